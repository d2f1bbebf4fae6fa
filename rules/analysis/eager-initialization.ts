import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isNullish, skipTypeWrappers } from './ast.js';
import { getFieldDeclaration, getThisClass, getThisMemberAccesses } from './class-members.js';
import { getConditionalAssignment, type ConditionalAssignment } from './conditional-assignment.js';
import { isModuleLevelVariable } from './state-target.js';
import { removeStatement } from '../utils/fix-text.js';

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
  // `const { Mutex } = require('async-mutex')` is CommonJS's import.
  const isRequire =
    init?.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    init.callee.name === 'require' &&
    init.arguments[0]?.type === AST_NODE_TYPES.Literal;
  return init?.type === AST_NODE_TYPES.Literal || isRequire;
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

function removeSite(fixer: Fixer, site: ConditionalAssignment, sourceCode: SourceCode): Fix {
  const removable = site.removable!;
  return removable.type === AST_NODE_TYPES.AssignmentExpression
    ? fixer.replaceText(removable, sourceCode.getText(removable.left))
    : removeStatement(fixer, removable, sourceCode, site.value);
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
    const sites = getAllLazySites(site, getThisMemberAccesses(owner.classNode, target.name, sourceCode), sourceCode);
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
    !hasEagerCompatibleInit(definition.node.init, valueText, sourceCode)
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
