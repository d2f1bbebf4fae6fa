import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  containsSuspension,
  getCalleeName,
  getCallName,
  getLastName,
  isExitStatement,
  isFunctionNode,
  isNullish,
  skipTypeWrappers,
  walk,
  type FunctionNode,
} from '../program/ast.js';
import { getOwnStateAccess } from '../state/own-state.js';
import { isLoggingCall } from './logging-calls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What delegation is judged against: the teardown names, the file, and which calls of own methods hand teardown on. */
export interface DelegationContext {
  readonly names: ReadonlySet<string>;
  readonly sourceCode: SourceCode;
  /**
   * True when the own-method call `this.x(…)` may count as handing teardown on: a method the rule checks itself,
   * one it cannot see (inherited), or a same-file helper that is idempotent. A same-file helper that is not is the
   * very cleanup a second call would run again.
   */
  readonly isDelegableOwnCall: (call: TSESTree.CallExpression) => boolean;
}

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
  'leave',
  'quit',
  'release',
  'remove',
  'shutdown',
  'stop',
  'teardown',
  'terminate',
  'unsubscribe',
]);

/**
 * Calls that leave things as a first call left them when made again: timers cleared, listeners removed, collections
 * emptied, a stream's lock released, a controller aborted.
 */
const IDEMPOTENT_STEP =
  /^(?:clear|clearTimeout|clearInterval|clearImmediate|off|removeListener|removeEventListener|removeAllListeners|unref|delete|abort|releaseLock)$|^(?:clear|cancel|unregister|unsubscribe)[A-Z_]/u;

/** `this.log(…)`, `this.logDebug(…)`, `debug(…)`: a logger called directly, as a function. */
const LOGGER_FUNCTION = /^_*(?:log|logger|debug|trace|logDebug|logInfo|logWarn|logError)$/iu;

/** The name a teardown call is known by: the callee's, or for `this.#closeCallback.call(null)` the function's own. */
function getDelegateName(call: TSESTree.CallExpression): string | null {
  const name = getCallName(call);
  const callee = skipTypeWrappers(call.callee);
  if ((name === 'call' || name === 'apply') && callee.type === AST_NODE_TYPES.MemberExpression) return getLastName(callee.object);
  return name;
}

/** True when `name` holds a teardown word (`close`, `closeAll`, `_disposeContext`, `closeCallback`) or is in `names`. */
function isTeardownName(name: string, names: ReadonlySet<string>): boolean {
  if (names.has(name)) return true;
  const words = name.replace(/([a-z\d])([A-Z])/gu, '$1 $2').toLowerCase().split(/[\s_$#]+/u);
  return words.some((word) => TEARDOWN_WORDS.has(word)) || /^clean[\s_]?up/iu.test(name);
}

/** The call `node` is, through `?.` and type wrappers, else `null`. */
function getCall(node: TSESTree.Node): TSESTree.CallExpression | null {
  const value = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  return value.type === AST_NODE_TYPES.CallExpression ? value : null;
}

/** True for a call on `this` itself (`this.close()`, `this.#teardown()`), not on a member of it. */
function isOwnMethodCall(call: TSESTree.CallExpression): boolean {
  let callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && (getCallName(call) === 'call' || getCallName(call) === 'apply')) {
    callee = skipTypeWrappers(callee.object);
  }
  return callee.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(callee.object).type === AST_NODE_TYPES.ThisExpression;
}

/** True for a teardown call whose delegate answers for a second call (see {@link DelegationContext}). */
function isTeardownCall(node: TSESTree.Node, context: DelegationContext): boolean {
  const call = getCall(node);
  const name = call && getDelegateName(call);
  if (!call || name === null || !isTeardownName(name, context.names)) return false;
  return !isOwnMethodCall(call) || context.isDelegableOwnCall(call);
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
 * (`Promise.all([a.close(), b?.dispose()])`, `Promise.all(xs.map((x) => x.disconnect()))`), one behind a presence
 * check (`this.seed && (await this.seed.disconnect())`), or a wrapper whose callback does so
 * (`this.trace('close', async () => { await super.close(); })`).
 */
function isDelegation(node: TSESTree.Node, context: DelegationContext): boolean {
  const expression = skipTypeWrappers(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node);
  if (isTeardownCall(expression, context)) return true;
  if (expression.type === AST_NODE_TYPES.LogicalExpression && expression.operator === '&&') {
    return !containsSuspension(expression.left, context.sourceCode.visitorKeys) && isDelegation(expression.right, context);
  }
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = getCalleeName(expression);
  const [first] = expression.arguments;
  if ((callee === 'all' || callee === 'allSettled') && first) {
    if (first.type === AST_NODE_TYPES.ArrayExpression) {
      return first.elements.length > 0 && first.elements.every((element) => element !== null && isDelegation(element, context));
    }
    const mapped = getMappedExpression(skipTypeWrappers(first));
    return mapped !== null && isDelegation(mapped, context);
  }
  const callbacks = expression.arguments.filter((argument) => isFunctionNode(argument));
  return callbacks.length === 1 && callbacks.every((callback) => {
    const delegated = getDelegatedExpression(callback);
    return delegated !== null && isDelegation(delegated, context);
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

/** True for a value storing which twice leaves the same state: `null`, `undefined`, a literal, `{}`, `[]`, `Status.Closed`. */
function isConstantValue(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (isNullish(value) || (value.type === AST_NODE_TYPES.Literal && !('regex' in value))) return true;
  if (value.type === AST_NODE_TYPES.ObjectExpression) return value.properties.length === 0;
  if (value.type === AST_NODE_TYPES.ArrayExpression) return value.elements.length === 0;
  if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === '-') return isConstantValue(value.argument);
  // An enum member or a frozen status table: `CONNECTION_STATUS.DISCONNECTED`, `GroupCallState.Ended`.
  return (
    value.type === AST_NODE_TYPES.MemberExpression &&
    !value.computed &&
    value.object.type === AST_NODE_TYPES.Identifier &&
    /^[A-Z]/u.test(value.object.name)
  );
}

/** True for `this.log(…)`, `logger.warn(…)`, `debug(…)`, `this.#logger?.(prefix)?.(error)`: a log line. */
function isLogLine(call: TSESTree.CallExpression): boolean {
  if (isLoggingCall(call)) return true;
  let callee = skipTypeWrappers(call.callee);
  while (callee.type === AST_NODE_TYPES.CallExpression) callee = skipTypeWrappers(callee.callee);
  const name = getLastName(callee);
  return name !== null && LOGGER_FUNCTION.test(name);
}

/**
 * True for a call a second run may repeat: a log line, an idempotent step (`clearTimeout(t)`, `this.timers.clear()`,
 * `emitter.off(…)`), a synchronous teardown of another object or of its own (`this.sweepers.destroy()`,
 * `this._endStream()`), an assertion, or a call that touches no own state (`setMaxListeners(Infinity, signal)`,
 * `AbortSignal.timeout(ms)`).
 */
function isRepeatableCall(call: TSESTree.CallExpression, boundary: FunctionNode, context: DelegationContext): boolean {
  if (isLogLine(call)) return true;
  const name = getDelegateName(call);
  if (name !== null && (IDEMPOTENT_STEP.test(name) || isTeardownName(name, context.names) || name === 'assert' || name === 'invariant')) {
    return true;
  }
  const callee = skipTypeWrappers(call.callee);
  // A plain function (`setMaxListeners(Infinity, signal)`, an import) touches the object only if handed it.
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return !call.arguments.some((argument) => skipTypeWrappers(argument).type === AST_NODE_TYPES.ThisExpression);
  }
  if (callee.type === AST_NODE_TYPES.Super) return false;
  if (callee.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(callee.object).type === AST_NODE_TYPES.Super) return false;
  return !isOwnMethodCall(call) && getOwnStateAccess(callee, boundary, context.sourceCode) === null;
}

/**
 * True when `node` (a statement or expression, nested functions excluded) changes nothing a second run would change
 * again: its calls are repeatable (see {@link isRepeatableCall}), its assignments write locals and parameters
 * (option defaulting: `options = { ...options, signal }`) or store a constant in own state (`this.socket = null`),
 * and it neither counts (`++`) nor deletes own state.
 */
function isRepeatable(node: TSESTree.Node, boundary: FunctionNode, context: DelegationContext): boolean {
  let isRepeatableNode = true;
  walk(node, context.sourceCode.visitorKeys, (child) => {
    if (!isRepeatableNode) return false;
    switch (child.type) {
      case AST_NODE_TYPES.CallExpression:
        if (!isRepeatableCall(child, boundary, context)) isRepeatableNode = false;
        break;
      case AST_NODE_TYPES.NewExpression:
        // A new object (`new Error(…)`, `new AbortController()`) is the call's own; one built from an own member is not.
        if (skipTypeWrappers(child.callee).type !== AST_NODE_TYPES.Identifier) isRepeatableNode = false;
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (getOwnStateAccess(child.left, boundary, context.sourceCode) !== null && (child.operator !== '=' || !isConstantValue(child.right))) {
          isRepeatableNode = false;
        }
        break;
      case AST_NODE_TYPES.UpdateExpression:
        if (getOwnStateAccess(child.argument, boundary, context.sourceCode) !== null) isRepeatableNode = false;
        break;
      case AST_NODE_TYPES.UnaryExpression:
        if (child.operator === 'delete') isRepeatableNode = false;
        break;
      default:
        break;
    }
    return isRepeatableNode;
  });
  return isRepeatableNode;
}

/**
 * True for a `catch` that only reports the failure or gives up quietly: it logs, returns nothing, or rethrows the
 * error it caught (`catch (error) { logger.warn('close failed', error); }`, `catch { return; }`,
 * `catch (error) { debug(error); throw error; }`).
 */
function isQuietCatch(handler: TSESTree.CatchClause, boundary: FunctionNode, context: DelegationContext): boolean {
  const parameter = handler.param?.type === AST_NODE_TYPES.Identifier ? handler.param.name : null;
  return handler.body.body.every((statement) => {
    if (statement.type === AST_NODE_TYPES.ReturnStatement) return statement.argument === null;
    if (statement.type === AST_NODE_TYPES.ThrowStatement) {
      return statement.argument.type === AST_NODE_TYPES.Identifier && statement.argument.name === parameter;
    }
    return !containsSuspension(statement, context.sourceCode.visitorKeys) && isRepeatable(statement, boundary, context);
  });
}

/** What a statement list adds up to: whether it hands teardown on at all, and whether everything in it may be repeated. */
interface DelegationSummary {
  readonly isRepeatable: boolean;
  readonly delegates: boolean;
}

/** True for a declaration that holds a scope-bound resource (`using guard = await …`): a wait, not a step of the cleanup. */
function isUsingDeclaration(statement: TSESTree.Statement): boolean {
  return statement.type === AST_NODE_TYPES.VariableDeclaration && (statement.kind === 'using' || statement.kind === 'await using');
}

function summarizeStatements(
  statements: readonly TSESTree.Statement[],
  boundary: FunctionNode,
  context: DelegationContext,
): DelegationSummary {
  let delegates = false;
  for (const statement of statements) {
    const summary = summarizeStatement(statement, boundary, context);
    if (!summary.isRepeatable) return summary;
    delegates ||= summary.delegates;
  }
  return { isRepeatable: true, delegates };
}

const NOT_REPEATABLE: DelegationSummary = { isRepeatable: false, delegates: false };

/**
 * How `statement` counts in a delegating teardown: a delegation (`await this.client.close();`, `return x.close()`),
 * padding a second run may repeat (a log line, a local copy, option defaulting, a precondition that returns or
 * throws, `this.timer = undefined`), or blocks of those (`if`, `try` whose `catch` is quiet).
 */
function summarizeStatement(statement: TSESTree.Statement, boundary: FunctionNode, context: DelegationContext): DelegationSummary {
  const { visitorKeys } = context.sourceCode;
  const hasSuspension = containsSuspension(statement, visitorKeys);
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ReturnStatement: {
      const expression = statement.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : statement.expression;
      if (expression && isDelegation(expression, context)) return { isRepeatable: true, delegates: true };
      return { isRepeatable: !hasSuspension && isRepeatable(statement, boundary, context), delegates: false };
    }
    case AST_NODE_TYPES.VariableDeclaration:
      if (isUsingDeclaration(statement)) return { isRepeatable: true, delegates: false };
      return { isRepeatable: !hasSuspension && isRepeatable(statement, boundary, context), delegates: false };
    case AST_NODE_TYPES.IfStatement: {
      if (containsSuspension(statement.test, visitorKeys) || !isRepeatable(statement.test, boundary, context)) return NOT_REPEATABLE;
      const branches = [statement.consequent, statement.alternate].filter((branch) => branch !== null);
      let delegates = false;
      for (const branch of branches) {
        if (!containsSuspension(branch, visitorKeys) && isExitStatement(branch) && isRepeatable(branch, boundary, context)) continue;
        const summary = summarizeStatements(branch.type === AST_NODE_TYPES.BlockStatement ? branch.body : [branch], boundary, context);
        if (!summary.isRepeatable) return NOT_REPEATABLE;
        delegates ||= summary.delegates;
      }
      return { isRepeatable: true, delegates };
    }
    case AST_NODE_TYPES.TryStatement: {
      const block = summarizeStatements(statement.block.body, boundary, context);
      const finalizer = statement.finalizer ? summarizeStatements(statement.finalizer.body, boundary, context) : null;
      if (!block.isRepeatable || (finalizer && !finalizer.isRepeatable)) return NOT_REPEATABLE;
      if (statement.handler && !isQuietCatch(statement.handler, boundary, context)) return NOT_REPEATABLE;
      return { isRepeatable: true, delegates: block.delegates || (finalizer?.delegates ?? false) };
    }
    case AST_NODE_TYPES.BlockStatement:
      return summarizeStatements(statement.body, boundary, context);
    case AST_NODE_TYPES.EmptyStatement:
      return { isRepeatable: true, delegates: false };
    default:
      return NOT_REPEATABLE;
  }
}

/**
 * True when the body of `fn` hands its teardown on to other objects and changes nothing a second run would do
 * differently: `async close() { await this.client.close(); }`, `async [Symbol.asyncDispose]() { await this.close(); }`,
 * also inside a `try` whose `catch` only logs, behind preconditions, and padded with log lines, local copies,
 * option defaulting, cleared timers and constants stored in own state. Guarding such a method adds nothing:
 * whether a second call is safe is the delegates' business. An own helper that is not idempotent is no delegate.
 */
export function isTeardownDelegation(fn: FunctionNode, context: DelegationContext): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isDelegation(fn.body, context);
  const summary = summarizeStatements(fn.body.body, fn, context);
  return summary.isRepeatable && summary.delegates && !hasOwnStateOfItsOwn(fn, context);
}

/** The own member a key stands for: `this.socket` for `this.socket` and `this.socket.*`. */
function getMemberKey(access: string): string {
  return access.endsWith('.*') ? access.slice(0, -2) : access;
}

/**
 * True when the constants `fn` stores in own state make it more than padding: it clears the very handle it hands
 * teardown to (`await this.socket.end(); this.socket = null;`: a later call finds `null`), or steps a member through
 * states (`status = 'disconnecting'; await cluster.disconnect(); status = 'disconnected';`).
 */
function hasOwnStateOfItsOwn(fn: FunctionNode, context: DelegationContext): boolean {
  const { sourceCode } = context;
  const stored = new Map<string, Set<string>>();
  const delegated = new Set<string>();
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      const access = getOwnStateAccess(node.left, fn, sourceCode);
      if (access !== null) stored.set(access, (stored.get(access) ?? new Set()).add(sourceCode.getText(node.right)));
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const name = getDelegateName(node);
      const callee = skipTypeWrappers(node.callee);
      if (name !== null && isTeardownName(name, context.names) && callee.type === AST_NODE_TYPES.MemberExpression) {
        const access = getOwnStateAccess(callee.object, fn, sourceCode);
        if (access !== null) delegated.add(getMemberKey(access));
      }
    }
  });
  return [...stored].some(([access, values]) => values.size > 1 || delegated.has(getMemberKey(access)));
}
