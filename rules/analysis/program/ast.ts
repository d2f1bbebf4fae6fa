import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

type LoopNode =
  | TSESTree.DoWhileStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.ForStatement
  | TSESTree.WhileStatement;

const LOOP_TYPES = new Set<string>([
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.WhileStatement,
]);

/** True for the loop statements: the targets of an unlabelled `continue`, and of `break` with switches. */
export function isLoop(node: TSESTree.Node): node is LoopNode {
  return LOOP_TYPES.has(node.type);
}

/** Strips the TS-only wrappers (`as`, `!`, `satisfies`, `<T>x`) that do not change the value. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

/** The nearest enclosing function, or `null` at module level. */
export function getEnclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return null;
}

/**
 * True when `node` runs in an async function or a generator: code that can suspend between two of its steps.
 * Module code runs once, and a plain function runs to completion, so neither races with another call of itself.
 */
export function isInSuspendableFunction(node: TSESTree.Node): boolean {
  const fn = getEnclosingFunction(node);
  return fn !== null && (fn.async || fn.generator);
}

/** True when `node` may `await`: it runs in an async function, or in module code (top-level `await`). */
export function isInAsyncCode(node: TSESTree.Node): boolean {
  return getEnclosingFunction(node)?.async ?? true;
}

/** True when `fn` is the body of a class constructor. */
export function isConstructor(fn: FunctionNode): boolean {
  return fn.parent.type === AST_NODE_TYPES.MethodDefinition && fn.parent.kind === 'constructor';
}

/** True for the `null` literal, `undefined` and `void 0`. */
export function isNullish(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  return (
    (value.type === AST_NODE_TYPES.Literal && value.value === null && !('regex' in value)) ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') ||
    (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'void')
  );
}

/** The callee's own name: `Mutex` for `new Mutex()`, `new am.Mutex()` and `withTimeout(...)`. */
export function getCalleeName(node: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier
  ) {
    return callee.property.name;
  }
  return null;
}

/** The name of a method called as `x.name(...)` or `x?.name(...)`, else `null`. */
export function getCalledMethodName(node: TSESTree.CallExpression): string | null {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (!callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  if (callee.computed && callee.property.type === AST_NODE_TYPES.Literal && typeof callee.property.value === 'string') {
    return callee.property.value;
  }
  return null;
}

/** True for the ASCII characters that can continue an identifier: letters, digits, `_` and `$`. */
export function isAsciiIdentifierPart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/**
 * False only when no identifier or string literal in `text` can be `word` (an identifier name): the text spells `word`
 * nowhere as a whole word, and has no backslash (an escape can spell it: `x.s\u0065t()`, `x['s\x65t']()`). Cheaper
 * than a listener that would look at every node of a kind to find the few that name it.
 */
export function maySpellWord(text: string, word: string): boolean {
  if (text.includes('\\')) return true;
  for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + word.length)) {
    // A non-ASCII neighbour counts as a boundary: it may be a space (`x.\u00a0set()` with a real no-break space).
    if (!isAsciiIdentifierPart(text.charCodeAt(index - 1)) && !isAsciiIdentifierPart(text.charCodeAt(index + word.length))) return true;
  }
  return false;
}

type VisitorKeys = TSESLint.SourceCode.VisitorKeys;

/**
 * Visits `root` and its descendants depth-first in source order. `visit` returns `false` to skip a node's children.
 * Nested functions are entered only when `enterFunctions` is set: code inside them runs at another time.
 */
export function walk(
  root: TSESTree.Node,
  visitorKeys: VisitorKeys,
  visit: (node: TSESTree.Node) => boolean | void,
  { enterFunctions = false }: { enterFunctions?: boolean } = {},
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root && !enterFunctions && isFunctionNode(node)) continue;
    if (visit(node) === false) continue;
    const keys = visitorKeys[node.type];
    if (!keys) continue;
    // Children pushed last first, so that they are popped (visited) in source order; no list per node.
    for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex -= 1) {
      const value = (node as unknown as Record<string, unknown>)[keys[keyIndex]!];
      if (Array.isArray(value)) {
        for (let index = value.length - 1; index >= 0; index -= 1) {
          const item: unknown = value[index];
          if (isNode(item)) stack.push(item);
        }
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * The deepest node within `root` whose range holds `index`: one descent, reading only the children on the way. A list
 * of children (a program's statements, a class's members) is searched by halves, its nodes being in source order: a
 * descent then costs about the file's depth, not the length of its longest list, however often it is asked.
 *
 * A decorator can lie outside the range of the node it decorates and of that node's parent (TypeScript's AST gives
 * `@entity.name('x') export class A {}` an export and a class that start at `export`, and `f(@inject.x() a)` a
 * parameter that starts at `a`): where no child holds `index`, the decorators of the child just after it are looked
 * at too, so that what is written in a decorator is found like the rest.
 */
export function getDeepestNodeAt(root: TSESTree.Node, index: number, visitorKeys: VisitorKeys): TSESTree.Node {
  let node: TSESTree.Node = root;
  for (;;) {
    let next: TSESTree.Node | null = null;
    /** The child that starts first after `index`, whose decorators may hold it. */
    let following: TSESTree.Node | null = null;
    for (const key of visitorKeys[node.type] ?? []) {
      const value: unknown = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        const position = findFirstEndingAfter(value as unknown[], index);
        const found: unknown = value[position];
        if (!isNode(found)) continue;
        if (holdsIndex(found, index)) next = found;
        else if (!following || found.range[0] < following.range[0]) following = found;
      } else if (isNode(value)) {
        if (holdsIndex(value, index)) next = value;
        else if (value.range[0] > index && (!following || value.range[0] < following.range[0])) following = value;
      }
      if (next) break;
    }
    next ??= following && getDecoratorHolding(following, index);
    if (!next) return node;
    node = next;
  }
}

function holdsIndex(value: unknown, index: number): boolean {
  return isNode(value) && value.range[0] <= index && index < value.range[1];
}

/**
 * The position in `list` (nodes or tokens in source order, without overlaps) of the first one that ends after
 * `index`: the one that holds `index`, if any does, else the first one after it (`list.length` when none). Searched
 * by halves; a list with a hole (`[a, , b]`) is read in order.
 */
export function findFirstEndingAfter(list: readonly unknown[], index: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = list[middle];
    if (!isNode(item)) {
      const found = list.findIndex((candidate) => isNode(candidate) && candidate.range[1] > index);
      return found === -1 ? list.length : found;
    }
    if (item.range[1] <= index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The decorator of `node` (or of the class an `export` of it declares) whose range holds `index`, else `null`. */
function getDecoratorHolding(node: TSESTree.Node, index: number): TSESTree.Decorator | null {
  const owner =
    (node.type === AST_NODE_TYPES.ExportNamedDeclaration || node.type === AST_NODE_TYPES.ExportDefaultDeclaration) && node.declaration
      ? node.declaration
      : node;
  const decorators = 'decorators' in owner ? (owner.decorators as TSESTree.Decorator[] | undefined) : undefined;
  return decorators?.find((decorator) => holdsIndex(decorator, index)) ?? null;
}

/** A point where a function can suspend and let other callers run. */
export type SuspensionNode = TSESTree.AwaitExpression | TSESTree.YieldExpression | TSESTree.ForOfStatement;

/** True for `await`, `yield` and `for await`. */
export function isSuspensionPoint(node: TSESTree.Node): node is SuspensionNode {
  return (
    node.type === AST_NODE_TYPES.AwaitExpression ||
    node.type === AST_NODE_TYPES.YieldExpression ||
    (node.type === AST_NODE_TYPES.ForOfStatement && node.await)
  );
}

/**
 * The first `await`, `yield` or `for await` that runs as part of `node`, in source order, not entering nested
 * functions. (`await using` awaits when its block ends, after what follows it, so it is not a point here.)
 */
export function getFirstSuspension(node: TSESTree.Node | null | undefined, visitorKeys: VisitorKeys): SuspensionNode | null {
  if (!node || isFunctionNode(node)) return null;
  let first: SuspensionNode | null = null;
  walk(node, visitorKeys, (child) => {
    if (first) return false;
    if (isSuspensionPoint(child)) {
      first = child;
      return false;
    }
    return true;
  });
  return first;
}

/** True when running `node` can suspend: it has a suspension point, or an `await using` that awaits at block end. */
export function containsSuspension(node: TSESTree.Node, visitorKeys: VisitorKeys): boolean {
  // One walk for both. A function given as `node` has no suspension point of its own (see getFirstSuspension); only
  // an `await using` in its body counts.
  const isFunction = isFunctionNode(node);
  let found = false;
  walk(node, visitorKeys, (child) => {
    if (found) return false;
    found = (child.type === AST_NODE_TYPES.VariableDeclaration && child.kind === 'await using') || (!isFunction && isSuspensionPoint(child));
    return !found;
  });
  return found;
}

/** True when `inner` lies within `outer` (or is it). */
export function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

type JumpType =
  | AST_NODE_TYPES.BreakStatement
  | AST_NODE_TYPES.ContinueStatement
  | AST_NODE_TYPES.ReturnStatement
  | AST_NODE_TYPES.ThrowStatement;

/** True when every path through `statement` ends in one of the `jumps` (looking through blocks and `if`/`else`). */
export function endsEveryPathWith(statement: TSESTree.Statement, jumps: ReadonlySet<JumpType>): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body.at(-1);
      return last !== undefined && endsEveryPathWith(last, jumps);
    }
    case AST_NODE_TYPES.IfStatement:
      return (
        statement.alternate !== null &&
        endsEveryPathWith(statement.consequent, jumps) &&
        endsEveryPathWith(statement.alternate, jumps)
      );
    default:
      return (jumps as ReadonlySet<string>).has(statement.type);
  }
}

const FUNCTION_EXITS: ReadonlySet<JumpType> = new Set([AST_NODE_TYPES.ReturnStatement, AST_NODE_TYPES.ThrowStatement]);

/** True when every path through `statement` leaves the function (ends in `return` or `throw`). */
export function isExitStatement(statement: TSESTree.Statement): boolean {
  return endsEveryPathWith(statement, FUNCTION_EXITS);
}

/** The last name of `node`: `x` for `x`, `this.x`, `this.#x`, `a.b.x`; `null` for anything else (computed keys). */
export function getLastName(node: TSESTree.Node): string | null {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  if (value.type === AST_NODE_TYPES.MemberExpression && !value.computed) {
    const { property } = value;
    if (property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier) return property.name;
  }
  return null;
}

/**
 * The name a call is made by: `close` for `close()`, `x.close()`, `x?.close()`, `this.#close()` and `x['close']()`;
 * `null` for computed or anonymous callees.
 */
export function getCallName(call: TSESTree.CallExpression): string | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const { property } = callee;
  if (!callee.computed && (property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier)) {
    return property.name;
  }
  if (callee.computed && property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  return null;
}
