import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers, walk, type FunctionNode } from './ast.js';
import { getCallName, isCleanupCall } from './cleanup-calls.js';
import { getCalledLocalFunction } from './local-functions.js';
import { isLockRelease } from './lock-release.js';
import { isLoggingCall } from './logging-calls.js';
import { isRejectionHandled } from './rejection-handling.js';

/** A step of error handling that can throw: an awaited call, or a call to a cleanup-named function. */
export type CleanupStep = TSESTree.AwaitExpression | TSESTree.CallExpression;

export interface CleanupStepOptions {
  /** Names that make a plain (not awaited) call a cleanup step; see DEFAULT_CLEANUP_METHODS. */
  readonly cleanupMethods: ReadonlySet<string>;
  /** Only awaited calls count: a `finally` block, where a synchronous cleanup call is the norm. */
  readonly awaitedOnly?: boolean;
}

/** True when `node` runs in the block of a `try` that has a `catch`, nested in `root`: that `catch` gets its errors. */
export function isInsideHandledTry(node: TSESTree.Node, root: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent && child !== root; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler) return true;
  }
  return false;
}

/** The call awaited by `step`, through `as` casts and optional chains: `x?.close()` in `await (x?.close() as P)`. */
export function getAwaitedCall(step: TSESTree.AwaitExpression): TSESTree.CallExpression | null {
  let value = skipTypeWrappers(step.argument);
  if (value.type === AST_NODE_TYPES.ChainExpression) value = value.expression;
  return value.type === AST_NODE_TYPES.CallExpression ? value : null;
}

/** True when the promise of `call` gets a rejection handler chained right on it: `x.close().catch(log)`. */
function hasChainedRejectionHandler(call: TSESTree.CallExpression): boolean {
  const member = call.parent;
  return (
    member.type === AST_NODE_TYPES.MemberExpression &&
    member.object === call &&
    member.parent.type === AST_NODE_TYPES.CallExpression &&
    member.parent.callee === member &&
    isRejectionHandled(member.parent)
  );
}

/**
 * True when `call` cannot let an error out: it logs, releases a lock, aborts an `AbortController`, waits a delay,
 * or runs a function of this file that protects itself (see isSelfProtectingFunction).
 */
function isHarmlessCall(call: TSESTree.CallExpression, context: StepContext): boolean {
  if (isLoggingCall(call) || isLockRelease(call, context.sourceCode) || isAbortSignalled(call) || isDelay(call)) return true;
  if (!context.followCalls) return false;
  const fn = getCalledLocalFunction(call, context.sourceCode);
  return fn !== null && isSelfProtectingFunction(fn, context);
}

/**
 * True when `fn` lets no error out by construction: its body is one `try` whose `catch` throws nothing and has no
 * step of its own (`async function safeClose() { try { await c.close(); } catch (e) { log(e); } }`), or an
 * expression with a rejection handler (`() => c.close().catch(log)`). Calls inside it are not followed further.
 */
function isSelfProtectingFunction(fn: FunctionNode, context: StepContext): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isRejectionHandled(fn.body);
  const [only, ...rest] = fn.body.body;
  if (only?.type !== AST_NODE_TYPES.TryStatement || !only.handler || rest.length > 0) return false;
  const inner = { ...context, options: { ...context.options, awaitedOnly: false }, followCalls: false };
  const handlerBody = only.handler.body;
  return (
    !hasUncaughtThrow(handlerBody, context.sourceCode.visitorKeys) &&
    collectSteps(handlerBody, handlerBody, inner).length === 0 &&
    (!only.finalizer || collectSteps(only.finalizer, only.finalizer, inner).length === 0)
  );
}

/** True when `block` holds a `throw` (outside nested functions) that no `try` inside it catches. */
export function hasUncaughtThrow(block: TSESTree.BlockStatement, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let throws = false;
  walk(block, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ThrowStatement && !isInsideHandledTry(node, block)) throws = true;
    return !throws;
  });
  return throws;
}

/** `controller.abort()`, `this.#abortController.abort(reason)`: listeners' errors are reported, never thrown by `abort()`. */
function isAbortSignalled(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getCallName(call) !== 'abort') return false;
  let receiver = skipTypeWrappers(callee.object);
  if (receiver.type === AST_NODE_TYPES.MemberExpression && !receiver.computed) receiver = receiver.property;
  const name = receiver.type === AST_NODE_TYPES.Identifier || receiver.type === AST_NODE_TYPES.PrivateIdentifier ? receiver.name : '';
  return /^_*(?:ac|controller)$|Controller$/u.test(name);
}

const DELAYS = new Set(['delay', 'sleep', 'setTimeout', 'setImmediate']);

/** `await sleep(ms)`, `await this.delay(ms)`, `await setTimeout(ms)` from `node:timers/promises`: a pause, not an operation that fails. */
function isDelay(call: TSESTree.CallExpression): boolean {
  const name = getCallName(call);
  return name !== null && DELAYS.has(name);
}

/**
 * True when the value of `node` is thrown away: it is a whole statement (`await x.close();`), `void`ed, or a branch of
 * such an expression (`this.client && (await this.client.close())`). Cleanup is done for its effect; an awaited call
 * whose result the handler uses (`const next = await pickServer()`) is part of its logic, such as a recovery.
 */
function isValueDiscarded(node: TSESTree.Node): boolean {
  let child = node;
  let parent = node.parent;
  while (parent && skipTypeWrappers(parent) !== parent) [child, parent] = [parent, parent.parent];
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'void';
    case AST_NODE_TYPES.SequenceExpression:
      return parent.expressions.at(-1) !== child || isValueDiscarded(parent);
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === child && isValueDiscarded(parent);
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== child && isValueDiscarded(parent);
    default:
      return false;
  }
}

/** True for `void x.close()`: the promise is let go on purpose, and a promise-returning call does not throw. */
function isVoided(call: TSESTree.Node): boolean {
  let node = call;
  while (node.parent?.type === AST_NODE_TYPES.ChainExpression || (node.parent && skipTypeWrappers(node.parent) !== node.parent)) {
    node = node.parent;
  }
  return node.parent?.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void';
}

interface StepContext {
  readonly options: CleanupStepOptions;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Whether a call to a function of this file may be proved harmless by reading that function. */
  readonly followCalls: boolean;
}

function collectSteps(node: TSESTree.Node, root: TSESTree.Node, context: StepContext): CleanupStep[] {
  const { options, sourceCode } = context;
  const steps: CleanupStep[] = [];
  walk(node, sourceCode.visitorKeys, (child) => {
    if (child.type === AST_NODE_TYPES.AwaitExpression) {
      const call = getAwaitedCall(child);
      if (!call) return true;
      const isStep = isValueDiscarded(child) || isCleanupCall(call, options.cleanupMethods);
      if (isStep && !isRejectionHandled(call) && !isHarmlessCall(call, context) && !isInsideHandledTry(child, root)) {
        steps.push(child);
      }
      return !isStep;
    }
    if (child.type === AST_NODE_TYPES.CallExpression && !options.awaitedOnly && isCleanupCall(child, options.cleanupMethods)) {
      if (!hasChainedRejectionHandler(child) && !isVoided(child) && !isHarmlessCall(child, context) && !isInsideHandledTry(child, root)) {
        steps.push(child);
      }
      return false;
    }
    return true;
  });
  return steps;
}

/**
 * The steps in `node` (not in nested functions, which run at another time) whose error would escape `root`,
 * the `catch` or `finally` body they belong to. Protected steps are left out: those in their own
 * `try`/`catch`, promises with a rejection handler (`.catch(…)`, `Promise.allSettled`), logging, lock releases,
 * and calls of functions of this file that protect themselves. An awaited call counts when its value is
 * thrown away or it is cleanup-named; calls inside an awaited call are part of its step.
 */
export function getUnprotectedCleanupSteps(
  node: TSESTree.Node,
  root: TSESTree.Node,
  options: CleanupStepOptions,
  sourceCode: Readonly<TSESLint.SourceCode>,
): CleanupStep[] {
  return collectSteps(node, root, { options, sourceCode, followCalls: true });
}
