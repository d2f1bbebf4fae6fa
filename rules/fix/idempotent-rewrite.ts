import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, walk } from '../analysis/program/ast.js';
import { getThisClass } from '../analysis/program/class-members.js';
import { getTemplateTokensOverlapping } from '../analysis/program/file-model.js';
import { ASYNC_DISPOSE_NAME, type TeardownMethod } from '../analysis/errors/teardown-methods.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * How to route a teardown method through the runtime: `runIdempotent(this, key, …)` inside the method (it stays a
 * method, so prototypes, subclasses and `this` keep working) or, for object-literal functions that do not use
 * `this`, `idempotent(…)` as the property's value. `fix` takes the local name the helper is imported as.
 */
export interface IdempotentRewrite {
  readonly helper: 'runIdempotent' | 'idempotent';
  readonly fix: (fixer: TSESLint.RuleFixer, helperName: string) => TSESLint.RuleFix;
}

/** What `fn`'s own body (arrows included, other functions not) uses of `this`, `super` and `arguments`, and whether it returns a value. */
function getBodyUses(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression, sourceCode: SourceCode) {
  const uses = { thisOrSuper: false, arguments: false, returnsValue: false };
  walk(
    fn.body,
    sourceCode.visitorKeys,
    (node) => {
      if (isFunctionNode(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression) return false;
      if (node.type === AST_NODE_TYPES.ThisExpression || node.type === AST_NODE_TYPES.Super) uses.thisOrSuper = true;
      if (node.type === AST_NODE_TYPES.Identifier && node.name === 'arguments') uses.arguments = true;
      if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument && !isWithinArrow(node, fn)) uses.returnsValue = true;
      return true;
    },
    { enterFunctions: true },
  );
  return uses;
}

/** True when `node` lies in an arrow function nested in `fn`. */
function isWithinArrow(node: TSESTree.Node, fn: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}

/** `'text'` as a single-quoted string literal. */
function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** The name of a class, or of the variable an anonymous class expression initialises; `null` if it has none. */
function getClassName(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression): string | null {
  if (classNode.id) return classNode.id.name;
  const parent = classNode.parent;
  return parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
}

/**
 * The key `runIdempotent` guards the method under: its name (`'close'`, `Symbol.asyncDispose`), qualified by the
 * class name when the class extends another (`'Pool.close'`), so an override calling `super.close()` does not
 * share the base method's run (the runtime's advice). `null` when a subclass has no name to qualify with.
 */
function getRunKey(method: TeardownMethod): string | null {
  const { member } = method;
  if (member.type === AST_NODE_TYPES.AssignmentExpression) return getAssignedRunKey(method, member);
  const classBody = member.parent;
  const classNode = classBody.type === AST_NODE_TYPES.ClassBody ? classBody.parent : null;
  if (!classNode?.superClass) return method.name === ASYNC_DISPOSE_NAME ? 'Symbol.asyncDispose' : quote(method.name);
  const className = getClassName(classNode);
  if (className === null) return null;
  return quote(method.name === ASYNC_DISPOSE_NAME ? `${className}[Symbol.asyncDispose]` : `${className}.${method.name}`);
}

/**
 * The key for a method assigned as `Foo.prototype.close = …` (always qualified, `'Foo.close'`: nothing shows whether
 * `Foo` inherits a `close` it calls) or `this.close = …` (as a method of the enclosing class, if any).
 */
function getAssignedRunKey(method: TeardownMethod, assignment: TSESTree.AssignmentExpression): string | null {
  const { left } = assignment;
  if (left.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (left.object.type === AST_NODE_TYPES.ThisExpression) {
    const owner = getThisClass(assignment);
    if (!owner?.classNode.superClass) return method.name === ASYNC_DISPOSE_NAME ? 'Symbol.asyncDispose' : quote(method.name);
    const className = getClassName(owner.classNode);
    if (className === null) return null;
    return quote(method.name === ASYNC_DISPOSE_NAME ? `${className}[Symbol.asyncDispose]` : `${className}.${method.name}`);
  }
  const constructor = left.object.type === AST_NODE_TYPES.MemberExpression ? left.object.object : null;
  if (constructor?.type !== AST_NODE_TYPES.Identifier) return null;
  return quote(method.name === ASYNC_DISPOSE_NAME ? `${constructor.name}[Symbol.asyncDispose]` : `${constructor.name}.${method.name}`);
}

/** True for a type that `undefined` is assignable to: `void`, `undefined`, `unknown`, `any`, or a union with one of them. */
function acceptsUndefined(type: TSESTree.TypeNode): boolean {
  switch (type.type) {
    case AST_NODE_TYPES.TSVoidKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
    case AST_NODE_TYPES.TSUnknownKeyword:
    case AST_NODE_TYPES.TSAnyKeyword:
      return true;
    case AST_NODE_TYPES.TSUnionType:
      return type.types.some((member) => acceptsUndefined(member));
    default:
      return false;
  }
}

/**
 * True when the return type annotation of `fn` also fits `runIdempotent`'s `Promise<T | undefined>`: none, or
 * `Promise<X>` where `X` accepts `undefined` (`Promise<void>`, `Promise<Buffer | undefined>`).
 */
function acceptsUndefinedResult(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): boolean {
  if (!fn.returnType) return true;
  const type = fn.returnType.typeAnnotation;
  const [result] = type.type === AST_NODE_TYPES.TSTypeReference ? (type.typeArguments?.params ?? []) : [];
  return (
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    type.typeName.name === 'Promise' &&
    result !== undefined &&
    acceptsUndefined(result)
  );
}

/** The leading whitespace of the line holding offset `index`. */
function getIndentAt(index: number, sourceCode: SourceCode): string {
  const { line } = sourceCode.getLocFromIndex(index);
  return /^[ \t]*/u.exec(sourceCode.lines[line - 1] ?? '')?.[0] ?? '';
}

/**
 * The text of `body`'s contents from the first token or comment to the last, each line indented by `added` more
 * (the first line starting at `firstIndent` when it shares a line with `{`). Lines that start inside a multi-line
 * template literal are left alone: indenting them would change the string.
 */
function getIndentedContents(body: TSESTree.BlockStatement, added: string, firstIndent: string, sourceCode: SourceCode): string {
  const openBrace = sourceCode.getFirstToken(body)!;
  const closeBrace = sourceCode.getLastToken(body)!;
  const first = sourceCode.getTokenAfter(openBrace, { includeComments: true })!;
  const last = sourceCode.getTokenBefore(closeBrace, { includeComments: true })!;
  const startsOwnLine = first.loc.start.line > openBrace.loc.end.line;
  const start = startsOwnLine ? first.range[0] - first.loc.start.column : first.range[0];
  const templates = getTemplateTokensOverlapping([start, last.range[1]], sourceCode).filter(
    (token) => token.range[0] >= start && token.range[1] <= last.range[1],
  );
  let offset = start;
  return sourceCode.text
    .slice(start, last.range[1])
    .split('\n')
    .map((line, index) => {
      const lineStart = offset;
      offset += line.length + 1;
      if (index === 0 && !startsOwnLine) return firstIndent + line;
      if (line.trim() === '' || templates.some((token) => token.range[0] < lineStart && lineStart < token.range[1])) return line;
      return added + line;
    })
    .join('\n');
}

/** `body` rewritten as `{ <head> …body… <tail> }`, re-indented one level deeper. */
function getWrappedBlock(body: TSESTree.BlockStatement, head: string, tail: string, sourceCode: SourceCode): string {
  const closeBrace = sourceCode.getLastToken(body)!;
  const closeLineStart = closeBrace.range[0] - closeBrace.loc.start.column;
  const closeAlone = sourceCode.text.slice(closeLineStart, closeBrace.range[0]).trim() === '';
  const base = closeAlone ? getIndentAt(closeBrace.range[0], sourceCode) : getIndentAt(body.range[0], sourceCode);
  const firstStatement = body.body[0];
  const statementIndent = firstStatement ? getIndentAt(firstStatement.range[0], sourceCode) : '';
  const unit =
    firstStatement && firstStatement.loc.start.line > body.loc.start.line && statementIndent.startsWith(base) && statementIndent.length > base.length
      ? statementIndent.slice(base.length)
      : base.includes('\t')
        ? '\t'
        : '  ';
  const contents = getIndentedContents(body, unit, `${base}${unit}${unit}`, sourceCode);
  return `{\n${base}${unit}${head}\n${contents}\n${base}${unit}${tail}\n${base}}`;
}

/** The `runIdempotent(this, key, async () => { … })` rewrite of a method's block body. */
function getRunIdempotentRewrite(
  method: TeardownMethod,
  fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
  returnsValue: boolean,
  sourceCode: SourceCode,
): IdempotentRewrite | null {
  const key = getRunKey(method);
  if (key === null || fn.body.type !== AST_NODE_TYPES.BlockStatement || (returnsValue && !acceptsUndefinedResult(fn))) {
    return null;
  }
  const body = fn.body;
  return {
    helper: 'runIdempotent',
    fix: (fixer, helperName) =>
      fixer.replaceText(
        body,
        getWrappedBlock(body, `${returnsValue ? 'return' : 'await'} ${helperName}(this, ${key}, async () => {`, '});', sourceCode),
      ),
  };
}

/** The `key: idempotent(async () => { … })` rewrite of an object-literal function that takes no arguments. */
function getIdempotentPropertyRewrite(
  property: TSESTree.Property,
  fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
  sourceCode: SourceCode,
): IdempotentRewrite | null {
  if (fn.params.length > 0 || fn.typeParameters || (fn.type === AST_NODE_TYPES.FunctionExpression && fn.id)) return null;
  if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression) {
    return {
      helper: 'idempotent',
      fix: (fixer, helperName) => fixer.replaceText(fn, `${helperName}(${sourceCode.getText(fn)})`),
    };
  }
  // The method head (`async close()`, `close: async function ()`) is rewritten: a comment in it has no place to go.
  const head: [number, number] = [property.range[0], fn.body.range[0]];
  if (sourceCode.getAllComments().some((comment) => comment.range[0] >= head[0] && comment.range[1] <= head[1])) return null;
  const keyText = property.computed ? `[${sourceCode.getText(property.key)}]` : sourceCode.getText(property.key);
  const returnType = fn.returnType ? sourceCode.getText(fn.returnType) : '';
  return {
    helper: 'idempotent',
    fix: (fixer, helperName) =>
      fixer.replaceText(property, `${keyText}: ${helperName}(async ()${returnType} => ${sourceCode.getText(fn.body)})`),
  };
}

/**
 * How to make `method` idempotent with the runtime, or `null` when no rewrite keeps its meaning: the body uses
 * `arguments`, a value-returning body has a return type that `T | undefined` would not fit, a subclass has no
 * name to qualify the key with, or an object-literal arrow takes arguments (`idempotent` passes none).
 */
export function getIdempotentRewrite(method: TeardownMethod, sourceCode: SourceCode): IdempotentRewrite | null {
  const { fn, member } = method;
  // A factory's local function has no `this` to key a run by, and `idempotent(…)` would keep a failed close failed.
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration || member.type === AST_NODE_TYPES.VariableDeclarator) return null;
  const uses = getBodyUses(fn, sourceCode);
  if (uses.arguments) return null;
  // An object-literal arrow has no `this` of the object, and a method that never uses `this` may be called detached.
  if (member.type === AST_NODE_TYPES.Property && (fn.type === AST_NODE_TYPES.ArrowFunctionExpression || !uses.thisOrSuper)) {
    return getIdempotentPropertyRewrite(member, fn, sourceCode);
  }
  // An arrow assigned to a prototype has the `this` of the code around it, not the instance's.
  if (
    member.type === AST_NODE_TYPES.AssignmentExpression &&
    fn.type === AST_NODE_TYPES.ArrowFunctionExpression &&
    member.left.type === AST_NODE_TYPES.MemberExpression &&
    member.left.object.type !== AST_NODE_TYPES.ThisExpression
  ) {
    return null;
  }
  return getRunIdempotentRewrite(method, fn, uses.returnsValue, sourceCode);
}
