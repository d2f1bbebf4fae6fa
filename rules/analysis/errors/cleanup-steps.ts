import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getLastName, isFunctionNode, isNullish, isWithin, skipTypeWrappers, walk, type FunctionNode } from '../program/ast.js';
import { getFieldDeclaration, getThisClass } from '../program/class-members.js';
import { getMemberWrites } from '../program/file-model.js';
import { getMemberName } from '../program/state-target.js';
import { isCleanupCall } from './cleanup-calls.js';
import { getCallName } from '../program/ast.js';
import { getReachedLocalFunction } from './reached-functions.js';
import { isLockRelease } from '../locks/lock-release.js';
import { isLoggingCall } from './logging-calls.js';
import {
  getMemberAssignment,
  isMetricTimerEnd,
  isNonThrowingPlatformCall,
  isOwnCollectionCall,
  isPromiseResolver,
  isQueuedResolverCall,
  isTimerClear,
} from './non-throwing-calls.js';
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

/**
 * True when `call` cannot let an error out: it logs, releases a lock, clears a timer, is a platform method that
 * reports failures instead of throwing them (see isNonThrowingPlatformCall), waits a delay, settles a promise whose
 * resolver it took from a queue (see isQueuedResolverCall), or runs a function of this file that protects itself
 * (see isSelfProtectingFunction).
 */
function isHarmlessCall(call: TSESTree.CallExpression, context: StepContext): boolean {
  const { sourceCode } = context;
  if (
    isLoggingCall(call) ||
    isLockRelease(call, sourceCode) ||
    isTimerClear(call) ||
    isNonThrowingPlatformCall(call) ||
    isMetricTimerEnd(call, sourceCode) ||
    isDelay(call) ||
    isQueuedResolverCall(call, sourceCode)
  ) {
    return true;
  }
  if (context.callDepth === 0) return false;
  const fn = getReachedLocalFunction(call, sourceCode);
  return (fn !== null && isSelfProtectingFunction(fn, context)) || isOptionalCallOfQuietMember(call, context);
}

/**
 * True for `this.#m?.()` (or TS `private m`) when every value the class ever stores into the member is nothing
 * (`undefined`, `null`), the `resolve` or `reject` of a `new Promise` executor, or a function of this file that
 * protects itself: `this.#rejectTick = reject`, `this.#stopWatching = () => { clearInterval(timer); … }`
 * (@electric-sql/client's teardown). The call is optional, so a member never stored is no call at all; the name is
 * private to the class, so no other file or subclass stores into it, and the class defines no method of that name.
 */
function isOptionalCallOfQuietMember(call: TSESTree.CallExpression, context: StepContext): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (!call.optional || callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  if (skipTypeWrappers(callee.object).type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = getMemberName(callee);
  const owner = getThisClass(callee);
  if (name === null || !owner) return false;
  const { classNode, isStatic } = owner;
  const field = getFieldDeclaration(classNode, name, isStatic);
  if (!name.startsWith('#') && field?.accessibility !== 'private') return false;
  const isMethodNamed = classNode.body.body.some(
    (element) => element.type === AST_NODE_TYPES.MethodDefinition && !element.computed && getLastName(element.key) === name.replace(/^#/u, ''),
  );
  if (isMethodNamed) return false;
  const inner: StepContext = { ...context, options: { ...context.options, awaitedOnly: false }, callDepth: context.callDepth - 1 };
  const isQuietValue = (value: TSESTree.Node): boolean => {
    const stored = skipTypeWrappers(value);
    return (
      isNullish(stored) ||
      isPromiseResolver(stored, context.sourceCode) ||
      (isFunctionNode(stored) && !stored.async && !stored.generator && isSelfProtectingFunction(stored, inner))
    );
  };
  if (field?.value && !isQuietValue(field.value)) return false;
  return getMemberWrites(name, context.sourceCode).every((write) => {
    const assignment = getMemberAssignment(write);
    return isWithin(write.node, classNode) && assignment?.operator === '=' && isQuietValue(assignment.right);
  });
}

/**
 * Per file and per list of cleanup names (a rule's options), whether each function of it protects itself (see
 * isSelfProtectingFunction): every report asks again, so each function is read once.
 */
const selfProtection = new WeakMap<Readonly<TSESLint.SourceCode>, WeakMap<ReadonlySet<string>, Map<FunctionNode, boolean[]>>>();

/** Per function, whether it protects itself when calls in it may be read `callDepth` levels deep (index). */
function getSelfProtectionCache(context: StepContext): Map<FunctionNode, boolean[]> {
  let byOptions = selfProtection.get(context.sourceCode);
  if (!byOptions) {
    byOptions = new WeakMap();
    selfProtection.set(context.sourceCode, byOptions);
  }
  let known = byOptions.get(context.options.cleanupMethods);
  if (!known) {
    known = new Map();
    byOptions.set(context.options.cleanupMethods, known);
  }
  return known;
}

/**
 * True when `fn` lets no error out by construction: an expression with a rejection handler
 * (`() => c.close().catch(log)`) or that cannot throw (`() => this.#pending.splice(i, 1)`), or a body whose
 * statements each either sit in a `try` whose `catch` throws nothing and has no step of its own, or cannot throw
 * (see isQuiet): `async close() { if (!this.ws) return; const ws = this.ws; this.ws = null; try { await
 * ws.close(); } catch (e) { log(e); } }`. The functions of this file it calls are read in turn, down to
 * FOLLOWED_CALL_DEPTH levels from the reported step (msw's `runScheduledCleanups` calling `exhaustCleanups`, which
 * catches every cleanup's failure and logs).
 */
function isSelfProtectingFunction(fn: FunctionNode, context: StepContext): boolean {
  const known = getSelfProtectionCache(context);
  const byDepth = known.get(fn) ?? [];
  known.set(fn, byDepth);
  let isProtecting = byDepth[context.callDepth];
  if (isProtecting === undefined) {
    // A function reached again while it is being read (recursion) proves nothing about itself.
    byDepth[context.callDepth] = false;
    // Whether the caller counts only awaited steps does not matter here: every call in the body is read, and the
    // calls in it are followed one level less deep.
    const inner: StepContext = { ...context, options: { ...context.options, awaitedOnly: false }, callDepth: context.callDepth - 1 };
    isProtecting =
      fn.body.type === AST_NODE_TYPES.BlockStatement
        ? fn.body.body.length > 0 && fn.body.body.every((statement) => isQuiet(statement, inner))
        : isRejectionHandled(fn.body) || (!fn.async && isQuiet(fn.body, inner));
    byDepth[context.callDepth] = isProtecting;
  }
  return isProtecting;
}

/** True when the clauses of `statement` that run after a failure (its `catch`, its `finally`) throw nothing and have no step. */
function isProtectingTry(statement: TSESTree.TryStatement, context: StepContext): boolean {
  const { handler, finalizer } = statement;
  if (!handler) return false;
  return (
    !hasUncaughtThrow(handler.body, context.sourceCode.visitorKeys) &&
    collectSteps(handler.body, handler.body, context).length === 0 &&
    (!finalizer || isQuiet(finalizer, context))
  );
}

/**
 * True when running `node` cannot throw: the only calls in it are harmless ones or promises with a rejection
 * handler, it neither throws nor awaits an unhandled promise, and what it runs in a `try` is caught by a `catch`
 * that protects it (see isProtectingTry). Property reads are trusted not to fail.
 */
function isQuiet(node: TSESTree.Node, context: StepContext): boolean {
  let quiet = true;
  walk(node, context.sourceCode.visitorKeys, (child) => {
    if (!quiet) return false;
    switch (child.type) {
      case AST_NODE_TYPES.TryStatement:
        if (!child.handler) return true;
        quiet = isProtectingTry(child, context);
        return false;
      case AST_NODE_TYPES.AwaitExpression: {
        const call = getAwaitedCall(child);
        if (isRejectionHandled(child.argument) || (call && (isAllOfProtectedPromises(call, context) || isHarmlessCall(call, context)))) {
          return false;
        }
        quiet = false;
        return false;
      }
      case AST_NODE_TYPES.CallExpression:
        // A collection method of an own array or map cannot throw, but its arguments are calls of their own.
        if (isOwnCollectionCall(child, context.sourceCode)) return true;
        if (isRejectionHandled(child) || isHarmlessCall(child, context)) return false;
        quiet = false;
        return false;
      case AST_NODE_TYPES.NewExpression:
        // Building an error to log (`new AggregateError(errors, message)`) cannot fail; its arguments are read on.
        if (isErrorConstruction(child)) return true;
        quiet = false;
        return false;
      case AST_NODE_TYPES.ThrowStatement:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
        quiet = false;
        return false;
      default:
        return true;
    }
  });
  return quiet;
}

/** `new Error(…)`, `new AggregateError(…)`, `new errors.TimeoutError(…)`: a class named as an error. */
function isErrorConstruction(node: TSESTree.NewExpression): boolean {
  const name = getLastName(skipTypeWrappers(node.callee));
  return name !== null && name.endsWith('Error');
}

/**
 * True for `Promise.all` over promises that cannot reject: `Promise.all([a.close().catch(log), b.stop().catch(log)])`,
 * `Promise.all(conns.map((c) => c.close().catch(log)))`, or a mapped `async` callback that protects itself.
 */
function isAllOfProtectedPromises(call: TSESTree.CallExpression, context: StepContext): boolean {
  const callee = skipTypeWrappers(call.callee);
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? skipTypeWrappers(callee.object) : null;
  if (receiver?.type !== AST_NODE_TYPES.Identifier || receiver.name !== 'Promise' || getCallName(call) !== 'all' || call.arguments.length !== 1) {
    return false;
  }
  const isProtected = (node: TSESTree.Node): boolean => {
    const value = skipTypeWrappers(node);
    return isRejectionHandled(value) || (value.type === AST_NODE_TYPES.CallExpression && isHarmlessCall(value, context));
  };
  const argument = skipTypeWrappers(call.arguments[0]!);
  if (argument.type === AST_NODE_TYPES.ArrayExpression) {
    return argument.elements.every((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isProtected(element));
  }
  if (argument.type === AST_NODE_TYPES.Identifier) return isArrayOfProtectedPromises(argument, isProtected, context.sourceCode);
  if (argument.type !== AST_NODE_TYPES.CallExpression || getCallName(argument) !== 'map') return false;
  const mapper = argument.arguments[0] && skipTypeWrappers(argument.arguments[0]);
  if (!mapper || !isFunctionNode(mapper)) return false;
  if (mapper.body.type !== AST_NODE_TYPES.BlockStatement) return isProtected(mapper.body);
  return mapper.async && isSelfProtectingFunction(mapper, { ...context, callDepth: 1 });
}

/**
 * True when `array` is a constant that starts empty and only ever receives protected promises:
 * `const promises = []; for (…) promises.push(check(x).catch((err) => { … })); await Promise.all(promises);`.
 */
function isArrayOfProtectedPromises(
  array: TSESTree.Identifier,
  isProtected: (node: TSESTree.Node) => boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(array), array);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || definition.parent.kind !== 'const') return false;
  const init = definition.node.init && skipTypeWrappers(definition.node.init);
  if (init?.type !== AST_NODE_TYPES.ArrayExpression || init.elements.length > 0) return false;
  return variable.references.every(({ identifier, init: isInit }) => {
    if (isInit) return true;
    const member = identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) {
      // Read as a whole: only by `Promise.all(promises)`.
      return member?.type === AST_NODE_TYPES.CallExpression && getCallName(member) === 'all' && member.arguments[0] === identifier;
    }
    const push = member.parent;
    return (
      push?.type === AST_NODE_TYPES.CallExpression &&
      push.callee === member &&
      getCallName(push) === 'push' &&
      push.arguments.every((pushed) => pushed.type !== AST_NODE_TYPES.SpreadElement && isProtected(pushed))
    );
  });
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

const DELAYS = new Set(['delay', 'sleep', 'setTimeout', 'setImmediate', 'defer', 'nextTick', 'queueMicrotask']);

/**
 * `await sleep(ms)`, `await this.delay(ms)`, `await setTimeout(ms)` from `node:timers/promises`: a pause, not an
 * operation that fails; and `setImmediate(fn)`, lodash's `defer(fn)`, `process.nextTick(fn)`, `queueMicrotask(fn)`:
 * they only schedule `fn`, whose own failure surfaces later, on its own (knex's `defer(() =>
 * connection.removeAllListeners())` in a cleanup's `finally`).
 */
function isDelay(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  // `(0, promises_1.setTimeout)(ms)`: TypeScript's CommonJS output calls an imported function this way.
  const called = callee.type === AST_NODE_TYPES.SequenceExpression ? callee.expressions.at(-1)! : callee;
  const name = getLastName(called);
  return name !== null && DELAYS.has(name);
}

/**
 * True when the value of `node` is thrown away: it is a whole statement (`await x.close();`), `void`ed, yielded by a
 * statement, or a branch of such an expression (`this.client && (await this.client.close())`). Cleanup is done for
 * its effect; an awaited call whose result the handler uses (`const next = await pickServer()`) is part of its logic,
 * such as a recovery, and a call whose value goes elsewhere (`put(rollback())`, `x.close().then(done)`) builds a
 * value or a promise rather than cleaning up on the spot.
 */
function isValueDiscarded(node: TSESTree.Node): boolean {
  let child = node;
  let parent = node.parent;
  while (parent && (parent.type === AST_NODE_TYPES.ChainExpression || skipTypeWrappers(parent) !== parent)) {
    [child, parent] = [parent, parent.parent];
  }
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
      return true;
    // `yield transport.close(err);`: a coroutine (`co`, TypeScript's `__awaiter`) awaits what it yields.
    case AST_NODE_TYPES.YieldExpression:
      return !parent.delegate && isValueDiscarded(parent);
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

/**
 * True when `call`, not awaited, runs an `async` function or a generator of this file (`this.stop()` with
 * `async stop()`): such a call returns before its body can fail, so its failure is a rejection that cannot
 * replace the error being handled (leaving it unhandled is a different hazard: no-floating-promises).
 */
function isAsyncCall(call: TSESTree.CallExpression, context: StepContext): boolean {
  const fn = getReachedLocalFunction(call, context.sourceCode);
  return fn !== null && (fn.async || fn.generator);
}

/** How deep calls of this file's functions are read to prove a step harmless: enough for a helper's helper. */
const FOLLOWED_CALL_DEPTH = 3;

interface StepContext {
  readonly options: CleanupStepOptions;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /**
   * How many levels of calls to functions of this file may be read to prove a call harmless: 0 for none, 1 for the
   * called function alone, more for the functions it calls in turn.
   */
  readonly callDepth: number;
}

function collectSteps(node: TSESTree.Node, root: TSESTree.Node, context: StepContext): CleanupStep[] {
  return collectStepsAndCalls(node, root, context, null).steps;
}

/**
 * The steps `collectSteps` finds, and in the same walk the calls in `node` (not in nested functions) that `isWanted`
 * accepts, in source order, inside steps too. A step's inside is not searched for steps; it is for calls when
 * `isWanted` is given (its nodes are then passed over by the step search, not skipped by the walk).
 */
function collectStepsAndCalls(
  node: TSESTree.Node,
  root: TSESTree.Node,
  context: StepContext,
  isWanted: ((call: TSESTree.CallExpression) => boolean) | null,
): { steps: CleanupStep[]; calls: TSESTree.CallExpression[] } {
  const { options, sourceCode } = context;
  const steps: CleanupStep[] = [];
  const calls: TSESTree.CallExpression[] = [];
  // The nodes inside a step, when the walk goes on into them for `isWanted`.
  const insideSteps = new Set<TSESTree.Node>();
  const skipChildren = (child: TSESTree.Node): boolean => {
    if (!isWanted) return false;
    insideSteps.add(child);
    return true;
  };
  walk(node, sourceCode.visitorKeys, (child) => {
    if (isWanted && child.type === AST_NODE_TYPES.CallExpression && isWanted(child)) calls.push(child);
    if (insideSteps.size > 0 && child.parent && insideSteps.has(child.parent)) {
      insideSteps.add(child);
      return true;
    }
    if (child.type === AST_NODE_TYPES.AwaitExpression) {
      const call = getAwaitedCall(child);
      if (!call) return true;
      const isStep = isValueDiscarded(child) || isCleanupCall(call, options.cleanupMethods);
      if (
        isStep &&
        !isRejectionHandled(call) &&
        !isAllOfProtectedPromises(call, context) &&
        !isHarmlessCall(call, context) &&
        !isInsideHandledTry(child, root)
      ) {
        steps.push(child);
      }
      return isStep ? skipChildren(child) : true;
    }
    if (child.type === AST_NODE_TYPES.CallExpression && !options.awaitedOnly && isCleanupCall(child, options.cleanupMethods)) {
      if (!isValueDiscarded(child)) return true;
      if (
        !isVoided(child) &&
        !isAsyncCall(child, context) &&
        !isHarmlessCall(child, context) &&
        !isInsideHandledTry(child, root)
      ) {
        steps.push(child);
      }
      return skipChildren(child);
    }
    return true;
  });
  return { steps, calls };
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
  return collectSteps(node, root, { options, sourceCode, callDepth: FOLLOWED_CALL_DEPTH });
}

/**
 * `getUnprotectedCleanupSteps`, and the calls in `node` (not in nested functions) that `isWanted` accepts, in
 * source order: one walk of `node` for both, for a caller that looks for other steps beside the cleanups.
 */
export function getUnprotectedCleanupStepsAndCalls(
  node: TSESTree.Node,
  root: TSESTree.Node,
  options: CleanupStepOptions,
  sourceCode: Readonly<TSESLint.SourceCode>,
  isWanted: (call: TSESTree.CallExpression) => boolean,
): { steps: CleanupStep[]; calls: TSESTree.CallExpression[] } {
  return collectStepsAndCalls(node, root, { options, sourceCode, callDepth: FOLLOWED_CALL_DEPTH }, isWanted);
}
