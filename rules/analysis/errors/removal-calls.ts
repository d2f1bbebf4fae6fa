import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers, walk } from '../program/ast.js';
import { getCallName } from '../program/ast.js';
import { isLoggingCall } from './logging-calls.js';
import { isNonThrowingPlatformCall, isTimerClear } from './non-throwing-calls.js';
import { isRejectionHandled } from './rejection-handling.js';
import { getAliasedStateKey } from '../state/state-alias.js';
import { getStateTarget } from '../program/state-target.js';

/**
 * Method names that remove or release something and can fail doing it: event handler removal, unsubscription,
 * teardown of sockets, watchers, streams and handles. `clearTimeout` and friends are not here: they cannot throw.
 */
export const DEFAULT_REMOVAL_METHODS: readonly string[] = [
  'removeEventHandler',
  'removeListener',
  'removeEventListener',
  'off',
  'unsubscribe',
  'unregister',
  'detach',
  'dispose',
  'close',
  'destroy',
  'release',
  'cancel',
  'abort',
];

/** A call that removes or releases a resource, and the shared state it used to do it. */
export interface RemovalCall {
  readonly call: TSESTree.CallExpression;
  readonly method: string;
  /** Keys (see `StateTarget`) of the state used as the receiver or as an argument, directly or through a local alias. */
  readonly usedStateKeys: ReadonlySet<string>;
  /**
   * False for platform methods that report failures instead of throwing them (`socket.destroy()`,
   * `controller.abort()`, see isNonThrowingPlatformCall): a clear after them never follows a failed removal.
   */
  readonly canFail: boolean;
}

/** The state keys `node` reads as a whole or as the base of a member chain: `this.a` for `this.a`, `this.a.b`, `a` (`const a = this.a`). */
function getReadStateKeys(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  const keys: string[] = [];
  let current: TSESTree.Node = skipTypeWrappers(node);
  for (;;) {
    const target = getStateTarget(current, sourceCode);
    if (target) keys.push(target.key);
    else if (current.type === AST_NODE_TYPES.Identifier) {
      const alias = getAliasedStateKey(current, sourceCode);
      if (alias) keys.push(alias);
    }
    if (current.type !== AST_NODE_TYPES.MemberExpression) return keys;
    current = skipTypeWrappers(current.object);
  }
}

/** True when the call's promise gets a rejection handler on the spot (`x.close().catch(noop)`): its failure cannot reach a `catch`. */
function hasRejectionHandler(call: TSESTree.CallExpression): boolean {
  const value = call.parent.type === AST_NODE_TYPES.ChainExpression ? call.parent : call;
  const member = value.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== value) return false;
  return member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member && isRejectionHandled(member.parent);
}

/**
 * The removal method `call` makes, by its name without leading underscores or an `Async` suffix (`_close()`,
 * `this.#detach()`, mqtt's `unsubscribeAsync()`, a promisified `closeAsync()`), else `null`.
 */
function getRemovalMethodName(call: TSESTree.CallExpression, removalMethods: ReadonlySet<string>): string | null {
  const name = getCallName(call);
  if (name === null) return null;
  const bare = name.replace(/^_+/u, '');
  if (removalMethods.has(bare)) return name;
  return bare.endsWith('Async') && removalMethods.has(bare.slice(0, -'Async'.length)) ? name : null;
}

/** `call` as a removal call (`x.close()`, `x?.off('e', h)`, `removeEventListener('e', h)`), else `null`. */
export function getRemovalCall(
  call: TSESTree.CallExpression,
  removalMethods: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): RemovalCall | null {
  const method = getRemovalMethodName(call, removalMethods);
  if (method === null || hasRejectionHandler(call)) return null;
  const usedStateKeys = new Set<string>();
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    for (const key of getReadStateKeys(callee.object, sourceCode)) usedStateKeys.add(key);
  }
  for (const argument of call.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
    for (const key of getReadStateKeys(argument, sourceCode)) usedStateKeys.add(key);
  }
  return { call, method, usedStateKeys, canFail: !isNonThrowingPlatformCall(call) };
}

/** The removal calls that run as part of `root`, in source order, not entering nested functions. */
export function getRemovalCalls(
  root: TSESTree.Node,
  removalMethods: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): RemovalCall[] {
  const calls: RemovalCall[] = [];
  walk(root, sourceCode.visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    const removal = getRemovalCall(node, removalMethods, sourceCode);
    if (removal) calls.push(removal);
  });
  return calls;
}

/** First words of calls that take up or use a resource rather than let it go: handing a member to them is no release. */
const USE_VERBS = new Set([
  'connect', 'open', 'start', 'init', 'initialize', 'create', 'get', 'fetch', 'read', 'load', 'query', 'send', 'write',
  'request', 'run', 'exec', 'execute', 'call', 'emit', 'log', 'set', 'add', 'push', 'update', 'save', 'put', 'post',
]);

/** The call a statement consists of: `x.stop();`, `await x?.stop();`, `void shutdown(h);`; else `null`. */
function getStatementCall(statement: TSESTree.Statement): TSESTree.CallExpression | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  let value = skipTypeWrappers(statement.expression);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeWrappers(value.argument);
  if (value.type === AST_NODE_TYPES.ChainExpression) value = value.expression;
  return value.type === AST_NODE_TYPES.CallExpression ? value : null;
}

/**
 * The calls of a `try` block that consists of nothing but calls handed state (as receiver or argument) whose
 * result is dropped, whatever their names: `try { await this.transport.stop(); }`, `try { nativeShutdown(this.handle); }`,
 * `try { pc.removeTrack(this.sender); }`. Such a block exists to let that state go; a clear after it that also
 * runs on failure drops a reference the failed release still needed. Calls that take up or use a resource
 * (`connect`, `query`, `send`, …) and calls whose failure is handled on the spot are left out.
 */
export function getReleasingStatementCalls(block: TSESTree.BlockStatement, sourceCode: Readonly<TSESLint.SourceCode>): RemovalCall[] {
  const calls: RemovalCall[] = [];
  for (const statement of block.body) {
    const call = getStatementCall(statement);
    if (!call || isRejectionHandled(call) || hasRejectionHandler(call) || isLoggingCall(call) || isTimerClear(call)) return [];
    const method = getCallName(call);
    const verb = method === null ? undefined : /^_*([a-z]+)/u.exec(method)?.[1];
    if (method === null || verb === undefined || USE_VERBS.has(verb)) return [];
    const removal = getRemovalCall(call, new Set([method.replace(/^_+/u, '')]), sourceCode);
    if (!removal || removal.usedStateKeys.size === 0) return [];
    calls.push(removal);
  }
  return calls;
}
