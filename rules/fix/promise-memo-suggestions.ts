import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getIndentationUnit, getLineIndentation } from './fix-text.js';
import { getCalleeName, getEnclosingFunction, isNullish, isWithin, skipTypeWrappers, walk } from '../analysis/program/ast.js';
import { getFirstSuspensionWithin } from '../analysis/program/path-suspensions.js';
import { getFieldDeclaration, getThisClass, type ClassNode } from '../analysis/program/class-members.js';
import { isCommonJsFile } from '../analysis/program/commonjs-file.js';
import { getRuntimeHelperImport } from './runtime-helper-import.js';
import { getMemberName, getStateTarget, isModuleLevelVariable } from '../analysis/program/state-target.js';
import { getAliasedThis, getThisOwner } from '../analysis/program/this-alias.js';
import { getClassFacts, getMemberWrites, isNameUsedInFile } from '../analysis/program/file-model.js';
import { getReferencesWithin } from '../analysis/program/references-within.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** A rewrite that makes concurrent callers share one in-flight initialization. */
export interface PromiseMemoSuggestion {
  /** `memoizePromise`: keep the promise in a new member; `useLazy`: create the value with the runtime's `lazy()`. */
  readonly kind: 'memoizePromise' | 'useLazy';
  /** The member or variable the rewrite adds. */
  readonly field: string;
  readonly fix: (fixer: Fixer) => Fix[];
}

export interface PromiseMemoOptions {
  readonly sourceCode: SourceCode;
  readonly filename: string;
  readonly languageOptions: { readonly ecmaVersion?: unknown; readonly sourceType?: unknown };
  readonly runtimeModule: string;
}

/** Where the state lives and where a sibling declaration for it goes. */
interface StateOwner {
  readonly kind: 'class' | 'module';
  /** The declaration of the state, to put the new one after; or the first class member, to put it before. */
  readonly anchor: TSESTree.Node;
  readonly placeAfter: boolean;
  readonly typeAnnotation: TSESTree.TypeNode | null;
  readonly isFreeName: (name: string) => boolean;
}

function isInConstructor(node: TSESTree.Node): boolean {
  const fn = getEnclosingFunction(node);
  return fn?.parent.type === AST_NODE_TYPES.MethodDefinition && fn.parent.kind === 'constructor';
}

/**
 * True when `assignment` is the only write of member `name` in the file, apart from clearing it in the constructor:
 * a memoized promise must not outlive a reset of the state it fills (that would hand out a stale value).
 */
function isOnlyMemberWrite(assignment: TSESTree.AssignmentExpression, classNode: ClassNode, name: string, sourceCode: SourceCode): boolean {
  return getMemberWrites(name, sourceCode).every(({ node }) => {
    if (node.parent === assignment) return true;
    const object = skipTypeWrappers(node.object);
    const isOwnMember =
      isWithin(node, classNode) &&
      (object.type === AST_NODE_TYPES.ThisExpression ||
        (object.type === AST_NODE_TYPES.Identifier && getAliasedThis(object, sourceCode) !== null));
    return isOwnMember && node.parent.type === AST_NODE_TYPES.AssignmentExpression && isNullish(node.parent.right) && isInConstructor(node);
  });
}

function getClassOwner(assignment: TSESTree.AssignmentExpression, sourceCode: SourceCode): StateOwner | null {
  const left = skipTypeWrappers(assignment.left);
  if (left.type !== AST_NODE_TYPES.MemberExpression || left.object.type !== AST_NODE_TYPES.ThisExpression) return null;
  const name = getMemberName(left);
  const owner = getThisClass(assignment);
  if (name === null || !owner || owner.isStatic || !isOnlyMemberWrite(assignment, owner.classNode, name, sourceCode)) return null;
  const field = getFieldDeclaration(owner.classNode, name, false);
  if (field?.value && !isNullish(field.value)) return null;
  const first = owner.classNode.body.body[0];
  if (!first) return null;
  const { privateNames } = getClassFacts(owner.classNode, sourceCode);
  return {
    kind: 'class',
    anchor: field ?? first,
    placeAfter: field !== null,
    typeAnnotation: field?.typeAnnotation?.typeAnnotation ?? null,
    isFreeName: (candidate) => !privateNames.has(candidate),
  };
}

function getModuleOwner(assignment: TSESTree.AssignmentExpression, sourceCode: SourceCode): StateOwner | null {
  const target = getStateTarget(assignment.left, sourceCode);
  if (target?.kind !== 'module-variable') return null;
  const { variable } = target;
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== 'Variable') return null;
  if (definition.node.init && !isNullish(definition.node.init)) return null;
  const isOnlyWrite = variable.references.every(
    (reference) => !reference.isWrite() || reference.init || reference.identifier === target.node,
  );
  const declaration = definition.parent;
  const statement = declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ? declaration.parent : declaration;
  if (!isOnlyWrite || statement.parent?.type !== AST_NODE_TYPES.Program) return null;
  return {
    kind: 'module',
    anchor: statement,
    placeAfter: true,
    typeAnnotation: definition.name.typeAnnotation?.typeAnnotation ?? null,
    isFreeName: (candidate) => !isNameUsedInFile(candidate, sourceCode),
  };
}

/** Inserts `text` as a declaration of its own line next to the owner's anchor, keeping comments where they were. */
function insertDeclaration(fixer: Fixer, owner: StateOwner, text: string, sourceCode: SourceCode): Fix {
  const indent = getLineIndentation(owner.anchor, sourceCode);
  if (!owner.placeAfter) {
    // Before the anchor's own leading comments (its JSDoc), but not before a comment that trails the line above.
    const previous = sourceCode.getTokenBefore(owner.anchor, { includeComments: false });
    const start =
      sourceCode.getCommentsBefore(owner.anchor).find((comment) => comment.loc.start.line > (previous?.loc.end.line ?? 0)) ??
      owner.anchor;
    return fixer.insertTextBeforeRange(start.range, `${text}\n${indent}`);
  }
  // After the anchor and any comment that trails it on its last line.
  const trailing = sourceCode
    .getCommentsAfter(owner.anchor)
    .filter((comment) => comment.loc.start.line === owner.anchor.loc.end.line)
    .at(-1);
  return fixer.insertTextAfterRange((trailing ?? owner.anchor).range, `\n${indent}${text}`);
}

/** One level of indentation, measured at the nearest block around `node` that starts on its own line. */
function getIndentationStep(node: TSESTree.Node, sourceCode: SourceCode): string {
  for (let current = node.parent; current; current = current.parent) {
    const [first] = current.type === AST_NODE_TYPES.BlockStatement ? current.body : [];
    if (first && first.loc.start.line > current.loc.start.line) return getIndentationUnit(current, first, sourceCode);
  }
  return '  ';
}

/** `Client | null | undefined` → `Client`: the type of a value that is surely there. */
function getPresentTypeText(annotation: TSESTree.TypeNode, sourceCode: SourceCode): string {
  if (annotation.type !== AST_NODE_TYPES.TSUnionType) return sourceCode.getText(annotation);
  const kept = annotation.types.filter(
    (type) => type.type !== AST_NODE_TYPES.TSNullKeyword && type.type !== AST_NODE_TYPES.TSUndefinedKeyword,
  );
  if (kept.length === 0) return sourceCode.getText(annotation);
  return kept
    .map((type) =>
      type.type === AST_NODE_TYPES.TSFunctionType || type.type === AST_NODE_TYPES.TSConstructorType || type.type === AST_NODE_TYPES.TSConditionalType
        ? `(${sourceCode.getText(type)})`
        : sourceCode.getText(type),
    )
    .join(' | ');
}

function isAsyncFunctionValue(node: TSESTree.Node | null | undefined): boolean {
  return (
    (node?.type === AST_NODE_TYPES.FunctionExpression || node?.type === AST_NODE_TYPES.ArrowFunctionExpression || node?.type === AST_NODE_TYPES.FunctionDeclaration) &&
    node.async
  );
}

/** True when `node` surely evaluates to a native promise: `Promise.x(…)`, `new Promise(…)`, a call of an async function or method. */
function isKnownPromise(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.NewExpression) return getCalleeName(value) === 'Promise';
  if (value.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(value.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
    return (
      variable?.defs.some(
        (definition) =>
          (definition.type === 'FunctionName' && isAsyncFunctionValue(definition.node)) ||
          (definition.type === 'Variable' && definition.parent.kind === 'const' && isAsyncFunctionValue(definition.node.init)),
      ) ?? false
    );
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTypeWrappers(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Promise') return true;
  const owner = object.type === AST_NODE_TYPES.ThisExpression ? getThisClass(object) : null;
  const name = getMemberName(callee);
  return (
    owner?.classNode.body.body.some((element) => {
      if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) return false;
      if (element.computed || element.static !== owner.isStatic) return false;
      const key = element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : element.key.type === AST_NODE_TYPES.Identifier ? element.key.name : null;
      return key === name && isAsyncFunctionValue(element.value);
    }) ?? false
  );
}

/**
 * True when `expression` means the same in a field initializer (or at module level) as where it is: it uses
 * only module-level and global names, names it declares itself, and (for a class) the method's own `this`.
 */
function isMovable(expression: TSESTree.Expression, owner: StateOwner, assignment: TSESTree.Node, sourceCode: SourceCode): boolean {
  let movable = true;
  const methodThis = getThisOwner(assignment);
  walk(
    expression,
    sourceCode.visitorKeys,
    (node) => {
      if (node.type === AST_NODE_TYPES.Super || node.type === AST_NODE_TYPES.MetaProperty) movable = false;
      if (node.type === AST_NODE_TYPES.ThisExpression) {
        const thisOwner = getThisOwner(node);
        if (!isWithin(thisOwner, expression)) movable &&= owner.kind === 'class' && thisOwner === methodThis;
      }
      return movable;
    },
    { enterFunctions: true },
  );
  if (!movable) return false;
  return getReferencesWithin(expression, sourceCode).every(({ resolved: variable }) => {
    if (!variable) return true;
    return isWithin(variable.scope.block, expression) || isModuleLevelVariable(variable) || variable.scope.type === 'class';
  });
}

/**
 * Suggestions for `this.x = await create()` / `x ??= await create()` (any check form), where the awaited call is
 * the whole value: memoize the in-flight promise in a new member (`#xPromise`), or create the value with the
 * runtime's `lazy()` in a new field (`#xInit`). Offered only for `this` members of instance methods and module-level
 * variables written nowhere else (a reset would leave the memo stale), when the new name is free, when the call
 * cannot short-circuit to `undefined` (`a?.b()`), and (in TypeScript) when the memo's type can be written from
 * the state's declared type. Needs ES2022 (class fields, `??=`).
 */
export function getPromiseMemoSuggestions(
  assignment: TSESTree.AssignmentExpression,
  value: TSESTree.Node,
  options: PromiseMemoOptions,
): PromiseMemoSuggestion[] {
  const { sourceCode, filename, languageOptions, runtimeModule } = options;
  const { ecmaVersion } = languageOptions;
  if (typeof ecmaVersion === 'number' && ecmaVersion < 2022) return [];
  const awaited = skipTypeWrappers(value);
  if (awaited.type !== AST_NODE_TYPES.AwaitExpression) return [];
  const expression = awaited.argument;
  // `await this.factory?.create()` may give `undefined`, which a memo would keep forever instead of retrying.
  if (expression.type === AST_NODE_TYPES.ChainExpression || getFirstSuspensionWithin(expression, sourceCode.visitorKeys)) {
    return [];
  }
  const owner = getClassOwner(assignment, sourceCode) ?? getModuleOwner(assignment, sourceCode);
  if (!owner) return [];

  const left = skipTypeWrappers(assignment.left);
  const stateName = left.type === AST_NODE_TYPES.MemberExpression ? getMemberName(left)! : (left as TSESTree.Identifier).name;
  const base = stateName.replace(/^#/u, '').replace(/^[_$]+/u, '') || 'value';
  const prefix = owner.kind === 'class' ? '#' : '';
  const reference = (name: string): string => (owner.kind === 'class' ? `this.${name}` : name);
  const isTypeScript = /\.[cm]?tsx?$/u.test(filename);
  const expressionText = sourceCode.getText(expression);
  const suggestions: PromiseMemoSuggestion[] = [];

  const memoName = `${prefix}${base}Promise`;
  if (owner.isFreeName(memoName) && (!isTypeScript || owner.typeAnnotation)) {
    const typeText =
      isTypeScript && owner.typeAnnotation ? `: Promise<${getPresentTypeText(owner.typeAnnotation, sourceCode)}> | undefined` : '';
    const declaration = owner.kind === 'class' ? `${memoName}${typeText};` : `let ${memoName}${typeText};`;
    const indent = /^\s*/u.exec(sourceCode.lines[awaited.loc.start.line - 1] ?? '')![0];
    const unit = getIndentationStep(awaited, sourceCode);
    const promise = isKnownPromise(expression, sourceCode)
      ? expression.type === AST_NODE_TYPES.CallExpression || expression.type === AST_NODE_TYPES.NewExpression
        ? expressionText
        : `(${expressionText})`
      : `Promise.resolve(${expressionText})`;
    const memo = reference(memoName);
    const replacement =
      `(${memo} ??= ${promise}.catch((error${isTypeScript ? ': unknown' : ''}) => {\n` +
      `${indent}${unit}${memo} = undefined;\n${indent}${unit}throw error;\n${indent}}))`;
    suggestions.push({
      kind: 'memoizePromise',
      field: memoName,
      fix: (fixer) => [insertDeclaration(fixer, owner, declaration, sourceCode), fixer.replaceText(expression, replacement)],
    });
  }

  const lazyName = `${prefix}${base}Init`;
  const helper = isCommonJsFile(sourceCode) ? null : getRuntimeHelperImport(owner.anchor, 'lazy', runtimeModule, sourceCode);
  if (helper && owner.isFreeName(lazyName) && isMovable(expression, owner, assignment, sourceCode)) {
    const body =
      expression.type === AST_NODE_TYPES.ObjectExpression || expression.type === AST_NODE_TYPES.SequenceExpression
        ? `(${expressionText})`
        : expressionText;
    const declaration =
      owner.kind === 'class'
        ? `${isTypeScript ? 'readonly ' : ''}${lazyName} = ${helper.localName}(() => ${body});`
        : `const ${lazyName} = ${helper.localName}(() => ${body});`;
    suggestions.push({
      kind: 'useLazy',
      field: lazyName,
      fix: (fixer) => [
        ...helper.fix(fixer),
        insertDeclaration(fixer, owner, declaration, sourceCode),
        fixer.replaceText(expression, `${reference(lazyName)}.get()`),
      ],
    });
  }
  return suggestions;
}
