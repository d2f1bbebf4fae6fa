import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, isFunctionNode, skipTypeWrappers, type FunctionNode } from '../program/ast.js';
import { isLoggingCall } from './logging-calls.js';

/** Words that name a release of resources, in calls like `closeAll()`, `endSession()`, `_disposeContext()`. */
const TEARDOWN_WORDS = new Set([
  'abort',
  'cleanup',
  'close',
  'destroy',
  'disconnect',
  'dispose',
  'end',
  'kill',
  'quit',
  'release',
  'shutdown',
  'stop',
  'teardown',
  'terminate',
  'unsubscribe',
]);

/** True when the callee's name holds a teardown word (`close`, `closeAll`, `_disposeContext`) or is in `names`. */
function isTeardownCall(node: TSESTree.Node, names: ReadonlySet<string>): boolean {
  const call = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getCalleeName(call);
  if (name === null) return false;
  if (names.has(name)) return true;
  const words = name.replace(/([a-z\d])([A-Z])/gu, '$1 $2').toLowerCase().split(/[\s_$]+/u);
  return words.some((word) => TEARDOWN_WORDS.has(word)) || /^clean[\s_]?up/iu.test(name);
}

/** The callback body of `xs.map(x => x.close())`, else `null`. */
function getMappedExpression(node: TSESTree.Node): TSESTree.Node | null {
  if (node.type !== AST_NODE_TYPES.CallExpression || getCalleeName(node) !== 'map') return null;
  const callback = node.arguments[0];
  if (!callback || !isFunctionNode(callback)) return null;
  return getDelegatedExpression(callback);
}

/**
 * True when `node` only hands teardown on: a teardown call (`this.inner.close()`, `super.close()`), several at once
 * (`Promise.all([a.close(), b?.dispose()])`, `Promise.all(xs.map((x) => x.disconnect()))`), or a wrapper whose
 * callback does so (`this.trace('close', async () => { await super.close(); })`).
 */
function isDelegation(node: TSESTree.Node, names: ReadonlySet<string>): boolean {
  const expression = skipTypeWrappers(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node);
  if (isTeardownCall(expression, names)) return true;
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = getCalleeName(expression);
  const [first] = expression.arguments;
  if ((callee === 'all' || callee === 'allSettled') && first) {
    if (first.type === AST_NODE_TYPES.ArrayExpression) {
      return first.elements.length > 0 && first.elements.every((element) => element !== null && isDelegation(element, names));
    }
    const mapped = getMappedExpression(skipTypeWrappers(first));
    return mapped !== null && isDelegation(mapped, names);
  }
  const callbacks = expression.arguments.filter((argument) => isFunctionNode(argument));
  return callbacks.length === 1 && callbacks.every((callback) => {
    const delegated = getDelegatedExpression(callback);
    return delegated !== null && isDelegation(delegated, names);
  });
}

/** The one expression `fn` awaits or returns when its body is just that (`await x`, `return x`, `=> x`), else `null`. */
function getDelegatedExpression(fn: FunctionNode): TSESTree.Node | null {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  if (fn.body.body.length !== 1) return null;
  const [statement] = fn.body.body;
  if (statement?.type === AST_NODE_TYPES.ReturnStatement) return statement.argument;
  if (statement?.type === AST_NODE_TYPES.ExpressionStatement) return statement.expression;
  return null;
}

/** The expression `statement` awaits or returns when that is all it does (`await x;`, `return x;`), else `null`. */
function getStatementExpression(statement: TSESTree.Statement): TSESTree.Node | null {
  if (statement.type === AST_NODE_TYPES.ReturnStatement) return statement.argument;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) return statement.expression;
  return null;
}

/** True when `statement` is a delegation on its own (see {@link isDelegation}). */
function isDelegationStatement(statement: TSESTree.Statement, names: ReadonlySet<string>): boolean {
  const expression = getStatementExpression(statement);
  return expression !== null && isDelegation(expression, names);
}

/** The name a call chain starts from: `logger` for `this.#logger?.(prefix)?.(error)`, `debug` for `debug(error)`. */
function getCallChainRootName(call: TSESTree.CallExpression): string | null {
  let callee = skipTypeWrappers(call.callee);
  while (callee.type === AST_NODE_TYPES.CallExpression) callee = skipTypeWrappers(callee.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) return callee.property.name;
  return null;
}

/**
 * True for a `catch` that only logs (or ignores) the failure: `catch (error) { logger.warn('close failed', error); }`,
 * `catch (error) { this.#logger?.(prefix)?.(error); }` (a debug-style logger).
 */
function isLoggingCatch(handler: TSESTree.CatchClause): boolean {
  return handler.body.body.every((statement) => {
    let expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? skipTypeWrappers(statement.expression) : null;
    if (expression?.type === AST_NODE_TYPES.ChainExpression) expression = expression.expression;
    if (expression?.type !== AST_NODE_TYPES.CallExpression) return false;
    return isLoggingCall(expression) || /^_*(?:log|logger|debug)$/iu.test(getCallChainRootName(expression) ?? '');
  });
}

/**
 * True when `statement` is a delegation wrapped in `try`: its block is one delegation, its `catch` only logs, and
 * its `finally` only delegates too (`try { await this.session.end(); } catch (e) { log(e); } finally { this.conn.dispose(); }`).
 */
function isGuardedDelegation(statement: TSESTree.Statement, names: ReadonlySet<string>): boolean {
  if (statement.type !== AST_NODE_TYPES.TryStatement) return false;
  const { block, handler, finalizer } = statement;
  return (
    block.body.length === 1 &&
    isDelegationStatement(block.body[0]!, names) &&
    (handler === null || isLoggingCatch(handler)) &&
    (finalizer === null || finalizer.body.every((inner) => isDelegationStatement(inner, names)))
  );
}

/**
 * True when the whole body of `fn` awaits or returns a delegation of teardown to other objects and changes nothing
 * itself: `async close() { await this.client.close(); }`, `async [Symbol.asyncDispose]() { await this.close(); }`,
 * also inside a `try` that only logs a failure. Guarding such a method adds nothing: whether a second call is safe
 * is the delegate's business.
 */
export function isTeardownDelegation(fn: FunctionNode, names: ReadonlySet<string>): boolean {
  const expression = getDelegatedExpression(fn);
  if (expression !== null) return isDelegation(expression, names);
  const [only] = fn.body.type === AST_NODE_TYPES.BlockStatement && fn.body.body.length === 1 ? fn.body.body : [];
  return only !== undefined && isGuardedDelegation(only, names);
}
