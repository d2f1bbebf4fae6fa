import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction, isWithin, skipTypeWrappers, walk, type FunctionNode, type SuspensionNode } from '../program/ast.js';
import { getSuspensionOnPathTo } from '../program/path-suspensions.js';
import { getAwaitedData, isUsingAwaitedData, type AwaitedData } from '../program/awaited-data.js';
import { getCriticalSectionBodies } from '../locks/critical-section-bodies.js';
import { getEntryGuard, isEntryGuardClaimed } from './entry-guards.js';
import { getExcludedBranches } from './excluded-branches.js';
import { getFirstSuspensionOnPath, getPossibleGuardReach, getStateGuardsIn, isBlockingValue, type ExitCondition, type StateGuard } from './guards.js';
import { getCriticalSectionCallback } from '../locks/locks.js';
import { hasMemoizedPromise } from './memoized-promise.js';
import { getCalledOwnMethod, getCalledOwnSyncMethod, getUnconditionalMemberWrites, isOneShotObjectMethod } from './own-methods.js';
import { getOwnStateAccess } from './own-state.js';
import { getCallReferences, isSingleFlightFunction } from './single-flight.js';
import type { SlotAccess } from './slot-access.js';
import { getStateTarget } from '../program/state-target.js';
import { getStateValueKey } from './state-values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A write that puts a guarded member into its blocking state only after the first `await` of the guarded path. */
export interface LateStateClaim {
  readonly assignment: TSESTree.AssignmentExpression;
  /** The guard that reads the member. */
  readonly guard: StateGuard;
  /** The last guard of the compound guard: the claim belongs right after it. */
  readonly lastGuard: StateGuard;
  readonly firstSuspension: SuspensionNode;
  /** True when the guarded path runs holding a lock: callers of this code wait their turn, other readers do not. */
  readonly isLocked: boolean;
  /**
   * True when every guard that reads the member throws (`if (this.replied) throw new AlreadyRepliedError()`): a
   * precondition reporting misuse, which a concurrent call gets past, rather than a guard that turns callers away.
   */
  readonly isPrecondition: boolean;
  /** The call of the same-class helper that makes the write after the `await`, or `null` when the write is direct. */
  readonly via: TSESTree.CallExpression | null;
}

/** A write of a constant to a guarded member, and whether that value makes the guard exit. */
interface GuardedWrite {
  readonly assignment: TSESTree.AssignmentExpression;
  /** The call of a same-class synchronous method that makes the write (`this.markClosed()`), or `null` when direct. */
  readonly via: TSESTree.CallExpression | null;
  readonly isBlocking: boolean;
}

/** Where a write happens on the guarded path: the assignment itself, or the call of the helper that makes it. */
function getWriteSite({ assignment, via }: GuardedWrite): TSESTree.Node {
  return via ?? assignment;
}

/** The test that decides whether `child` of `parent` runs, when `parent` is a branch point: `if`, `?:`, `&&`/`||`, `switch`. */
function getBranchTest(parent: TSESTree.Node, child: TSESTree.Node): TSESTree.Node | null {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child === parent.test ? null : parent.test;
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.right ? parent.left : null;
    case AST_NODE_TYPES.SwitchStatement:
      return child === parent.discriminant ? null : parent.discriminant;
    default:
      return null;
  }
}

/**
 * True when `node` runs only on some outcomes of the awaited work, as a reaction to it rather than a claim of it:
 * in a `catch` clause (`catch { this.connected = false }` after a failed ping), or in a branch whose test reads an
 * awaited result (`if (frame.type === 'close') this.state = 'closed'`).
 */
function isOutcomeReaction(node: TSESTree.Node, root: TSESTree.Node, data: AwaitedData, sourceCode: SourceCode): boolean {
  let child = node;
  for (let parent = node.parent; parent && child !== root; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.CatchClause) return true;
    const test = getBranchTest(parent, child);
    if (test && isUsingAwaitedData(test, data, sourceCode)) return true;
  }
  return false;
}

/** The constant writes on `path` (not in nested functions, not reacting to an outcome) to the members `conditions` read. */
function getGuardedWrites(
  path: readonly TSESTree.Statement[],
  conditions: readonly ExitCondition[],
  sourceCode: SourceCode,
): GuardedWrite[] {
  const writes: GuardedWrite[] = [];
  const data = getAwaitedData(path, sourceCode, () => false);
  const addWrite = (assignment: TSESTree.AssignmentExpression, via: TSESTree.CallExpression | null, statement: TSESTree.Statement): void => {
    const key = getStateTarget(assignment.left, sourceCode)?.key;
    const valueKey = getStateValueKey(assignment.right);
    const readBy = conditions.filter((condition) => condition.target.key === key);
    if (readBy.length === 0 || valueKey === null || isOutcomeReaction(via ?? assignment, statement, data, sourceCode)) return;
    writes.push({ assignment, via, isBlocking: readBy.some((condition) => isBlockingValue(condition, valueKey)) });
  };
  for (const statement of path) {
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') addWrite(node, null, statement);
      // `this.markClosed()`: a synchronous helper of the same class whose body sets the member on every call.
      const helper = node.type === AST_NODE_TYPES.CallExpression ? getCalledOwnSyncMethod(node, sourceCode) : null;
      for (const assignment of helper ? getUnconditionalMemberWrites(helper, sourceCode) : []) {
        addWrite(assignment, node as TSESTree.CallExpression, statement);
      }
    });
  }
  return writes;
}

/**
 * True when `path` (not in nested functions) writes a constant to one of the members `keys` names, itself or through a
 * same-class synchronous helper: the writes `getGuardedWrites` looks at, before the guards that read them are known.
 */
function hasConstantWriteOf(keys: ReadonlySet<string>, path: readonly TSESTree.Statement[], sourceCode: SourceCode): boolean {
  const isConstantWrite = (assignment: TSESTree.AssignmentExpression): boolean => {
    if (getStateValueKey(assignment.right) === null) return false;
    const key = getStateTarget(assignment.left, sourceCode)?.key;
    return key !== undefined && keys.has(key);
  };
  let found = false;
  for (const statement of path) {
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (found) return false;
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') found = isConstantWrite(node);
      const helper = !found && node.type === AST_NODE_TYPES.CallExpression ? getCalledOwnSyncMethod(node, sourceCode) : null;
      if (helper) found = getUnconditionalMemberWrites(helper, sourceCode).some(isConstantWrite);
      return !found;
    });
    if (found) return true;
  }
  return false;
}

/**
 * True when the first suspension of `path` waits for a method of the same class that memoizes its promise before its
 * own first `await` and returns or awaits it (`await this.open()` with `open() { this.opening ??= this.socket.open();
 * return this.opening; }`): a second caller joins the first one's work there, as it would an inline memo.
 */
function isFirstWaitJoiningOwnMemo(path: readonly TSESTree.Statement[], sourceCode: SourceCode): boolean {
  const first = getFirstSuspensionOnPath(path, sourceCode);
  if (first?.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const argument = skipTypeWrappers(first.argument);
  const method = argument.type === AST_NODE_TYPES.CallExpression ? getCalledOwnMethod(argument, sourceCode) : null;
  return method !== null && hasMemoizedPromise(method.body.body, method, sourceCode);
}

/**
 * True when the guarded path turns a second caller away by other means before its first `await`: an early exit on
 * other own state (a handle, a pending promise) that it claims (`if (this.connecting) return this.connecting;
 * this.connecting = this.open();`), or a memoized promise that later callers join (`await (this.ready ??= …)`, or
 * `await this.open()` where the same class's `open()` memoizes it).
 */
function isClaimedOtherwise(
  statements: readonly TSESTree.Statement[],
  guards: readonly StateGuard[],
  path: readonly TSESTree.Statement[],
  fn: FunctionNode,
  sourceCode: SourceCode,
): boolean {
  if (hasMemoizedPromise(path, fn, sourceCode) || isFirstWaitJoiningOwnMemo(path, sourceCode)) return true;
  const entryGuard = getEntryGuard(statements, fn, sourceCode);
  if (!entryGuard) return false;
  // The state members themselves count only when put into their blocking state, which the caller checks; and only
  // members replaced outright count, not objects a call may have changed inside (`this.client.createRequest()`).
  const stateReads = new Set(
    guards.flatMap(({ conditions }) => conditions.map(({ target }) => getOwnStateAccess(target.node, fn, sourceCode))),
  );
  const otherReads = new Set([...entryGuard.reads].filter((read) => !read.endsWith('.*') && !stateReads.has(read)));
  return otherReads.size > 0 && isEntryGuardClaimed({ ...entryGuard, reads: otherReads }, fn, sourceCode);
}

/** The late claims of the guards at the top of `statements` (see {@link getLateStateClaims}). */
function getLateClaimsIn(
  statements: readonly TSESTree.Statement[],
  isLocked: boolean,
  fn: FunctionNode,
  sourceCode: SourceCode,
  isJudgedElsewhere: (node: TSESTree.Node) => boolean = () => false,
): LateStateClaim[] {
  // A claim is a constant write, on the guarded path, of a member a guard reads. Looking for one first, against every
  // guard-shaped `if`, spares most functions the question of which members are state (a look at the whole class).
  const reach = getPossibleGuardReach(statements, sourceCode);
  if (!reach || !hasConstantWriteOf(reach.keys, reach.path, sourceCode)) return [];
  const guards = getStateGuardsIn(statements, sourceCode);
  const lastGuard = guards.at(-1);
  if (!lastGuard) return [];
  const firstSuspension = getFirstSuspensionOnPath(lastGuard.path, sourceCode);
  if (!firstSuspension) return [];
  // All guards before the first await act as one compound guard: claiming any of their members is enough,
  // which keeps the note's in-progress/complete pair (`inProgress = true` first, `complete = true` in finally) valid.
  // A branch whose test contradicts what a guard let through (`if (!this.connected) return; if (this.connecting) …`
  // where the class never has both) never runs here: its awaits are on no path, and its writes claim nothing.
  const excluded = getExcludedBranches(statements, guards, sourceCode);
  const isExcluded = (node: TSESTree.Node): boolean => [...excluded].some((branch) => isWithin(node, branch));
  const reachablePath = excluded.size > 0 ? lastGuard.path.filter((statement) => !excluded.has(statement as TSESTree.IfStatement)) : lastGuard.path;
  const writes = getGuardedWrites(lastGuard.path, guards.flatMap(({ conditions }) => conditions), sourceCode).filter(
    (write) => !isJudgedElsewhere(getWriteSite(write)) && !isExcluded(getWriteSite(write)),
  );
  // Each write against the suspensions on its own way from the guard: an `await` in a branch that always returns
  // (`if (typeof data === 'function') return new InputFile(await data()).toRaw(); this.consumed = true;`) is on
  // another path, and the claim after it is made before any `await`.
  const claims = writes
    .filter((write) => write.isBlocking)
    .map((write) => ({ write, suspension: getSuspensionOnPathTo(reachablePath, getWriteSite(write), sourceCode.visitorKeys) }));
  // The first late claim is the one to move: once it comes before the await, the later ones are no claims.
  const late = claims.find(({ suspension }) => suspension !== null);
  const lateSuspension = late?.suspension;
  if (!late || !lateSuspension) return [];
  // A claim made before that `await` with none on its own way claims for it (a claim on another branch, after it, does not).
  const isClaimedEarly = claims.some(
    ({ write, suspension }) => suspension === null && getWriteSite(write).range[1] <= lateSuspension.range[0],
  );
  if (isClaimedEarly || isClaimedOtherwise(statements, guards, lastGuard.path, fn, sourceCode)) return [];
  const { assignment, via } = late.write;
  const key = getStateTarget(assignment.left, sourceCode)?.key;
  const readers = guards.filter(({ conditions }) => conditions.some(({ target }) => target.key === key));
  const isPrecondition = readers.length > 0 && readers.every(({ isThrowing }) => isThrowing);
  // Under a lock a throwing check runs for every caller in turn and sees the claim: it does its job.
  if (isPrecondition && isLocked) return [];
  return [{ assignment, guard: readers[0] ?? lastGuard, lastGuard, firstSuspension: lateSuspension, isLocked, isPrecondition, via }];
}

/**
 * The assignments of `fn` that put a member read by a state guard into the state that makes the guard exit only
 * after the first `await` of the guarded path, when nothing claimed the guard before that `await`: concurrent
 * callers all pass the guard while the first one waits. Guards at the top of the body count, and so do guards at
 * the top of a critical section in it (`const release = await lock.acquire(); try { if (!this.open) return; …`).
 * A claim a same-class synchronous helper makes (`this.markClosed()`) counts where the helper is called.
 */
export function getLateStateClaims(fn: FunctionNode, access: SlotAccess, sourceCode: SourceCode): LateStateClaim[] {
  // Only async functions and generators can suspend between a guard and a claim.
  if ((!fn.async && !fn.generator) || fn.body.type !== AST_NODE_TYPES.BlockStatement) return [];
  const body = fn.body.body;
  const isCallback = fn.parent.type === AST_NODE_TYPES.CallExpression && getCriticalSectionCallback(fn.parent) === fn;
  // A critical section with its own guard re-checks under the lock (double-checked): writes in it are judged
  // against that guard, and a claim belongs after it, not after the check outside the lock.
  const guardedSections = getCriticalSectionBodies(body).filter((statements) => getStateGuardsIn(statements, sourceCode).length > 0);
  const isInGuardedSection = (node: TSESTree.Node): boolean =>
    guardedSections.some((statements) => statements.some((statement) => isWithin(node, statement)));
  const claims = [
    ...guardedSections.flatMap((statements) => getLateClaimsIn(statements, true, fn, sourceCode)),
    ...getLateClaimsIn(body, isCallback, fn, sourceCode, isInGuardedSection),
  ];
  // Calls that never overlap: a private method whose every call is memoized, locked or behind its caller's claim, or
  // a method of an object this file builds and starts once (`const runner = new Runner(); await runner.start();`).
  // Asked only for the few functions with a late claim, since these look at the whole class.
  if (
    claims.length > 0 &&
    (isSingleFlightFunction(fn, access, sourceCode) || isOnlyCalledBehindClaims(fn, sourceCode) || isOneShotObjectMethod(fn, sourceCode))
  ) {
    return [];
  }
  return claims;
}

/**
 * True when the call `reference` makes sits on the guarded path of its function after that function claimed its
 * guard before its first `await` (`if (this.isInitializing) return; this.isInitializing = true; await this.#connect();`):
 * concurrent callers are turned away before they reach the call.
 */
function isCallBehindEarlyClaim(reference: TSESTree.Node, sourceCode: SourceCode): boolean {
  const call = reference.parent;
  const caller = getEnclosingFunction(reference);
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference || caller?.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const guards = getStateGuardsIn(caller.body.body, sourceCode);
  const lastGuard = guards.at(-1);
  if (!lastGuard?.path.some((statement) => isWithin(call, statement))) return false;
  const firstSuspension = getFirstSuspensionOnPath(lastGuard.path, sourceCode);
  const claimEnd = Math.min(call.range[0], firstSuspension?.range[0] ?? Number.POSITIVE_INFINITY);
  return getGuardedWrites(lastGuard.path, guards.flatMap(({ conditions }) => conditions), sourceCode).some(
    (write) => write.isBlocking && getWriteSite(write).range[1] <= claimEnd,
  );
}

/**
 * True when `fn` is a private method or an unexported function of this file whose every call sits behind its
 * caller's early claim (see {@link isCallBehindEarlyClaim}): the caller's claim keeps its calls from overlapping.
 */
export function isOnlyCalledBehindClaims(fn: FunctionNode, sourceCode: SourceCode): boolean {
  const references = getCallReferences(fn, sourceCode);
  return references !== null && references.length > 0 && references.every((reference) => isCallBehindEarlyClaim(reference, sourceCode));
}
