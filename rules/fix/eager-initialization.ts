import { AST_NODE_TYPES, AST_TOKEN_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isNullish, skipTypeWrappers, walk } from '../analysis/program/ast.js';
import { getFieldDeclaration, getThisClass, getMemberAccesses } from '../analysis/program/class-members.js';
import { getConditionalAssignment, type ConditionalAssignment } from '../analysis/state/conditional-assignment.js';
import { isModuleLevelVariable } from '../analysis/program/state-target.js';
import { removeStatement } from './fix-text.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/**
 * True when `node` evaluates to the same thing at construction time as later: literals, imports, globals,
 * module-level constants with literal values, and `new`/calls of those with such arguments.
 */
function isConstructionSafe(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = skipTypeWrappers(node);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return value.expressions.length === 0;
    case AST_NODE_TYPES.UnaryExpression:
      return (value.operator === '-' || value.operator === '+') && isConstructionSafe(value.argument, sourceCode);
    case AST_NODE_TYPES.Identifier:
      return isStableBinding(value, sourceCode);
    case AST_NODE_TYPES.MemberExpression:
      return !value.computed && !value.optional && isConstructionSafe(value.object, sourceCode);
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression:
      return (
        isConstructionSafe(value.callee, sourceCode) &&
        value.arguments.every((argument) => isConstructionSafe(argument, sourceCode))
      );
    // Options objects (`new AsyncLock({ timeout: 5000 })`) of such values.
    case AST_NODE_TYPES.ObjectExpression:
      return value.properties.every(
        (property) =>
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          property.kind === 'init' &&
          !property.method &&
          isConstructionSafe(property.value, sourceCode),
      );
    case AST_NODE_TYPES.ArrayExpression:
      return value.elements.every((element) => element !== null && isConstructionSafe(element, sourceCode));
    default:
      return false;
  }
}

/** Imports, implicit globals, `require`d bindings, and module-level `const`s initialised with a literal. */
function isStableBinding(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length === 0) return true;
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || !definition) return false;
  if (definition.type === 'ImportBinding') return true;
  if (definition.type !== 'Variable' || !isModuleLevelVariable(variable) || definition.parent.kind !== 'const') {
    return false;
  }
  const init = definition.node.init;
  // `const { Mutex } = require('async-mutex')` and `const Mutex = require('async-mutex').Mutex` are CommonJS's import.
  let required = init ? skipTypeWrappers(init) : null;
  while (required?.type === AST_NODE_TYPES.MemberExpression && !required.computed) required = skipTypeWrappers(required.object);
  const isRequire =
    required?.type === AST_NODE_TYPES.CallExpression &&
    required.callee.type === AST_NODE_TYPES.Identifier &&
    required.callee.name === 'require' &&
    required.arguments[0]?.type === AST_NODE_TYPES.Literal;
  return init?.type === AST_NODE_TYPES.Literal || isRequire;
}

/**
 * True when every variable `value` uses is initialised before `declaration` runs: imports (hoisted), globals, and
 * `const`s declared above it. A `const { Mutex } = require(…)` below would be in its temporal dead zone.
 */
function isDeclaredBefore(value: TSESTree.Node, declaration: TSESTree.Node, sourceCode: SourceCode): boolean {
  let declared = true;
  walk(value, sourceCode.visitorKeys, (node) => {
    const { parent } = node;
    const isName =
      (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) ||
      (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed);
    if (declared && node.type === AST_NODE_TYPES.Identifier && !isName) {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      declared = variable?.defs.every((definition) => definition.type === 'ImportBinding' || definition.node.range[1] <= declaration.range[0]) ?? true;
    }
    return declared;
  });
  return declared;
}

/** True for a read that dereferences the value (`x.y`, `x!.y`): it cannot tell a lazy value from an eager one. */
function isDereference(node: TSESTree.Node): boolean {
  const parent = node.parent?.type === AST_NODE_TYPES.TSNonNullExpression ? node.parent : node;
  const member = parent.parent;
  return member?.type === AST_NODE_TYPES.MemberExpression && member.object === parent && !member.optional;
}

/** `Mutex | null` → `Mutex`: the annotation once the value can no longer be absent, or `null` to keep it as is. */
function getNarrowedTypeText(annotation: TSESTree.TypeNode, sourceCode: SourceCode): string | null {
  if (annotation.type !== AST_NODE_TYPES.TSUnionType) return null;
  const kept = annotation.types.filter(
    (type) => type.type !== AST_NODE_TYPES.TSNullKeyword && type.type !== AST_NODE_TYPES.TSUndefinedKeyword,
  );
  if (kept.length === annotation.types.length || kept.length === 0) return null;
  return kept.map((type) => sourceCode.getText(type)).join(' | ');
}

/**
 * The range from `statement` to the comment that trails it on its line (`x ??= v; // why`), when the statement
 * starts its line, holds no comment of its own outside `value`, and only that comment follows it; else `null`.
 */
function getRangeBeforeTrailingComment(statement: TSESTree.Statement, value: TSESTree.Node, sourceCode: SourceCode): TSESTree.Range | null {
  const inside = sourceCode.getCommentsInside(statement).filter((comment) => comment.range[0] < value.range[0] || comment.range[1] > value.range[1]);
  const next = sourceCode.getTokenAfter(statement, { includeComments: true });
  const lineStart = statement.range[0] - statement.loc.start.column;
  if (
    inside.length > 0 ||
    (next?.type !== AST_TOKEN_TYPES.Line && next?.type !== AST_TOKEN_TYPES.Block) ||
    next.loc.start.line !== statement.loc.end.line ||
    sourceCode.text.slice(lineStart, statement.range[0]).trim() !== ''
  ) {
    return null;
  }
  return [statement.range[0], next.range[0]];
}

function isStatement(node: TSESTree.Statement | TSESTree.Expression): node is TSESTree.Statement {
  return node.type.endsWith('Statement') || node.type.endsWith('Declaration');
}

/**
 * True when the site can go without losing a comment: a statement keeps its comments (see `removeStatement`); an
 * expression (`(this.#lock ??= new Mutex())`, `x ?? (x = v)`) becomes the target, so every comment in it must lie
 * in the value (which moves to the declaration) or in the target itself.
 */
function isRemovableWithComments(site: ConditionalAssignment, sourceCode: SourceCode): boolean {
  const removable = site.removable!;
  if (isStatement(removable)) return true;
  const kept = [site.value, site.target.node];
  return sourceCode
    .getCommentsInside(removable)
    .every((comment) => kept.some((node) => comment.range[0] >= node.range[0] && comment.range[1] <= node.range[1]));
}

function removeSite(fixer: Fixer, site: ConditionalAssignment, sourceCode: SourceCode): Fix {
  const removable = site.removable!;
  if (!isStatement(removable)) return fixer.replaceText(removable, sourceCode.getText(site.target.node));
  const beforeComment = getRangeBeforeTrailingComment(removable, site.value, sourceCode);
  return beforeComment ? fixer.removeRange(beforeComment) : removeStatement(fixer, removable, sourceCode, site.value);
}

/**
 * The other lazy creations of the same state, provided every write to it is one (same value text, removable,
 * no await in between) and every other read only dereferences it. `null` when the state is used any other way.
 */
function getAllLazySites(
  site: ConditionalAssignment,
  references: readonly TSESTree.Node[],
  sourceCode: SourceCode,
): ConditionalAssignment[] | null {
  const valueText = sourceCode.getText(site.value);
  const sites: ConditionalAssignment[] = [];
  for (const reference of references) {
    const parent = reference.parent;
    if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.left !== reference) continue;
    const other = getConditionalAssignment(parent, sourceCode);
    if (
      !other?.removable ||
      !isRemovableWithComments(other, sourceCode) ||
      other.suspendsBetweenCheckAndAssignment ||
      sourceCode.getText(other.value) !== valueText
    ) {
      return null;
    }
    sites.push(other);
  }
  const isInsideSite = (node: TSESTree.Node): boolean =>
    sites.some(({ removable }) => node.range[0] >= removable!.range[0] && node.range[1] <= removable!.range[1]);
  return references.every((reference) => isInsideSite(reference) || isDereference(reference)) ? sites : null;
}

function hasEagerCompatibleInit(init: TSESTree.Node | null, valueText: string, sourceCode: SourceCode): boolean {
  return init === null || isNullish(init) || sourceCode.getText(init) === valueText;
}

/** Edits that give a declaration its eager value and the type it can now have. */
function initializeDeclaration(
  fixer: Fixer,
  declaration: { init: TSESTree.Node | null; afterNode: TSESTree.Node; annotation: TSESTree.TypeNode | undefined },
  valueText: string,
  sourceCode: SourceCode,
): Fix[] {
  const fixes: Fix[] = [];
  if (declaration.annotation) {
    const narrowed = getNarrowedTypeText(declaration.annotation, sourceCode);
    if (narrowed !== null) fixes.push(fixer.replaceText(declaration.annotation, narrowed));
  }
  if (declaration.init === null) fixes.push(fixer.insertTextAfter(declaration.afterNode, ` = ${valueText}`));
  else if (sourceCode.getText(declaration.init) !== valueText) fixes.push(fixer.replaceText(declaration.init, valueText));
  return fixes;
}

/**
 * A fix that moves a lazily created value to construction: into the private field's initializer, or into a
 * module-level `const`, removing every lazy branch. `null` whenever that could change behaviour: the state is
 * public, reset or read as absent elsewhere, static (subclasses get their own), or the value depends on runtime state.
 */
export function getEagerInitializationFix(
  site: ConditionalAssignment,
  sourceCode: SourceCode,
): ((fixer: Fixer) => Fix[]) | null {
  if (!site.removable || site.suspendsBetweenCheckAndAssignment || !isConstructionSafe(site.value, sourceCode)) {
    return null;
  }
  const valueText = sourceCode.getText(site.value);
  const { target } = site;

  if (target.kind === 'this-member') {
    const owner = getThisClass(site.assignment);
    if (!owner || owner.isStatic) return null;
    const field = getFieldDeclaration(owner.classNode, target.name, false);
    if (
      !field ||
      field.declare ||
      // espree's AST has no `decorators`.
      (field.decorators?.length ?? 0) > 0 ||
      !(target.isPrivateName || field.accessibility === 'private') ||
      !hasEagerCompatibleInit(field.value, valueText, sourceCode)
    ) {
      return null;
    }
    const sites = getAllLazySites(site, getMemberAccesses(owner.classNode, target.name, sourceCode), sourceCode);
    if (!sites) return null;
    return (fixer) => {
      const fixes = initializeDeclaration(
        fixer,
        { init: field.value, afterNode: field.typeAnnotation ?? field.key, annotation: field.typeAnnotation?.typeAnnotation },
        valueText,
        sourceCode,
      );
      const marker = sourceCode.getTokenAfter(field.key);
      if ((field.optional || field.definite) && marker && (marker.value === '?' || marker.value === '!')) {
        fixes.push(fixer.remove(marker));
      }
      return [...fixes, ...sites.map((lazySite) => removeSite(fixer, lazySite, sourceCode))];
    };
  }

  const { variable } = target;
  const [definition] = variable.defs;
  if (
    variable.defs.length !== 1 ||
    definition?.type !== 'Variable' ||
    definition.parent.kind !== 'let' ||
    definition.parent.declarations.length !== 1 ||
    definition.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    !hasEagerCompatibleInit(definition.node.init, valueText, sourceCode) ||
    !isDeclaredBefore(site.value, definition.parent, sourceCode)
  ) {
    return null;
  }
  const declarator = definition.node;
  const declarationIdentifier = definition.name;
  const references = variable.references
    .filter((reference) => !(reference.init && reference.identifier === declarationIdentifier))
    .map((reference) => reference.identifier);
  const sites = getAllLazySites(site, references, sourceCode);
  if (!sites) return null;
  return (fixer) => {
    const letToken = sourceCode.getFirstToken(definition.parent)!;
    return [
      fixer.replaceText(letToken, 'const'),
      ...initializeDeclaration(
        fixer,
        {
          init: declarator.init,
          afterNode: declarator.id,
          annotation: declarationIdentifier.typeAnnotation?.typeAnnotation,
        },
        valueText,
        sourceCode,
      ),
      ...sites.map((lazySite) => removeSite(fixer, lazySite, sourceCode)),
    ];
  };
}
