import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { endsEveryPathWith, getEnclosingFunction, isExitStatement, isFunctionNode, isNullish, skipTypeWrappers, walk, type FunctionNode } from '../program/ast.js';
import {
  getEarliestSuspension,
  getFallThroughSuspension,
  getFirstSuspensionWithin,
  getStatementList,
  getSuspensionsBefore,
  type SuspensionNode,
} from '../program/path-suspensions.js';
import type { SlotAccess, SlotWrite } from './slot-access.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type VisitorKeys = TSESLint.SourceCode.VisitorKeys;

const THROW: ReadonlySet<AST_NODE_TYPES.ThrowStatement> = new Set([AST_NODE_TYPES.ThrowStatement]);

/** Where a write's state was last found absent on the way to the write. */
export type AbsenceCheck =
  /** `x ??= v`, `x ||= v`, `x = x ?? v`: the write checks for itself. */
  | { readonly kind: 'self'; readonly node: TSESTree.AssignmentExpression }
  /** `if (!x) { …write… }`, `x ? y : (…write…)`, `x || (…write…)`: the write is in the branch taken when absent. */
  | { readonly kind: 'branch'; readonly node: TSESTree.Node; readonly test: TSESTree.Expression }
  /** `if (x) return x; … write`: an early exit when present, before the write in the same statement list. */
  | { readonly kind: 'exit'; readonly node: TSESTree.IfStatement; readonly list: TSESTree.Node };

/** A check for absence, a suspension, then a write of the same state, all on one path of one function. */
export interface CheckThenAct {
  readonly check: AbsenceCheck;
  /**
   * True when the check lets the state through when present too, under another condition (`!token || force`,
   * `x == null || isExpired(x)`, `!entry || entry.expires < now`): a refresh, not a first initialization.
   */
  readonly isRefresh: boolean;
  /** True when the check throws instead of returning (`if (map.has(name)) throw …`): a precondition, not a guard. */
  readonly isPrecondition: boolean;
  /** The first `await`/`yield` on the path from the check to the write. */
  readonly suspension: SuspensionNode;
}

function union(left: ReadonlySet<string>, right: ReadonlySet<string>): Set<string> {
  return new Set([...left, ...right]);
}

function intersection(left: ReadonlySet<string>, right: ReadonlySet<string>): Set<string> {
  return new Set([...left].filter((key) => right.has(key)));
}

/** The keys of the states a test finds absent, strictly and loosely (see `getAbsentKeys`). */
interface AbsentKeys {
  readonly strict: ReadonlySet<string>;
  /** Also the states a refresh check lets through when absent or under another condition. */
  readonly loose: ReadonlySet<string>;
}

const NO_KEYS: ReadonlySet<string> = new Set();
const NO_ABSENT_KEYS: AbsentKeys = { strict: NO_KEYS, loose: NO_KEYS };

/**
 * The keys of the states that are surely absent when `test` is true (when it is false, if `negate`):
 * `!x`, `x == null`, `typeof x === 'undefined'`, `!cache.has(k)`, `cache.get(k) === undefined`, and `&&`/`||`
 * combinations (`!x && y` still guarantees `x` absent; `!x || force` does not). Loosely (a refresh check), one side
 * of a combination is enough, and `!this.session?.isValid()` finds `this.session` absent (`?.` gives `undefined`).
 * Both in one reading of the test: resolving the state it reads is the costly part, and a read is resolved only where
 * its key can count (a plain `x` is true when `x` is present, and says nothing of its absence).
 */
function getAbsentKeys(test: TSESTree.Node, negate: boolean, access: SlotAccess): AbsentKeys {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return getAbsentKeys(node.argument, !negate, access);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
    const left = getAbsentKeys(node.left, negate, access);
    const right = getAbsentKeys(node.right, negate, access);
    // `a && b` is true only when both are; `!(a || b)` likewise.
    const strict = (node.operator === '&&') !== negate ? union(left.strict, right.strict) : intersection(left.strict, right.strict);
    return { strict, loose: union(left.loose, right.loose) };
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['==', '===', '!=', '!=='].includes(node.operator)) {
    const keys = getComparedAbsentKeys(node, negate, access);
    return { strict: keys, loose: keys };
  }
  if (!negate) return NO_ABSENT_KEYS;
  const key = access.getReadKey(node);
  const strict = key === null ? NO_KEYS : new Set([key]);
  const optionalBase = node.type === AST_NODE_TYPES.ChainExpression ? getOptionalBase(node.expression) : null;
  if (!optionalBase) return { strict, loose: strict };
  const baseKey = access.getReadKey(optionalBase);
  return { strict, loose: baseKey === null ? NO_KEYS : new Set([baseKey]) };
}

/** `getAbsentKeys` of a comparison (`x == null`, `typeof x === 'undefined'`, negated or not): the same both ways. */
function getComparedAbsentKeys(node: TSESTree.BinaryExpression, negate: boolean, access: SlotAccess): ReadonlySet<string> {
  if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return NO_KEYS;
  const isEquality = node.operator === '==' || node.operator === '===';
  for (const [operand, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const typeofOperand = skipTypeWrappers(operand);
    let key: string | null = null;
    if (typeofOperand.type === AST_NODE_TYPES.UnaryExpression && typeofOperand.operator === 'typeof') {
      key = other.type === AST_NODE_TYPES.Literal && other.value === 'undefined' ? access.getReadKey(typeofOperand.argument) : null;
    } else if (isNullish(other)) {
      key = access.getReadKey(operand);
    }
    if (key !== null) return isEquality !== negate ? new Set([key]) : NO_KEYS;
  }
  return NO_KEYS;
}

/** The object whose absence short-circuits the chain `node` (`this.session` in `this.session?.token.isValid()`). */
function getOptionalBase(node: TSESTree.Node): TSESTree.Node | null {
  let base: TSESTree.Node | null = null;
  for (let current: TSESTree.Node = node; ; ) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.optional) base = current.object;
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) base = current.callee;
      current = current.callee;
    } else {
      return base;
    }
  }
}

/**
 * The nearest absence check of `write`'s state on the way from the function (or module) to the write, and when there
 * is none, the nearest loose one: a check that lets the state through when absent *or* under another condition (a
 * refresh). `loose` is `null` when there is a strict check: it is not looked for then.
 */
interface AbsenceChecks {
  readonly strict: AbsenceCheck | null;
  readonly loose: AbsenceCheck | null;
}

/** The nearest absence check of `write`'s state on the way from the function (or module) to the write. */
export function getAbsenceCheck(write: SlotWrite, access: SlotAccess): AbsenceCheck | null {
  return getAbsenceChecks(write, access).strict;
}

/**
 * Both checks of `AbsenceChecks` in one walk from the write outwards, each test read once for both: the loose check
 * is needed when there is no strict one, and then the walk has read every test anyway. A loosely absent key is not
 * always strictly absent too (`!this.session?.isValid()` names `this.session` loosely, the whole chain strictly), so
 * the nearest loose check is kept apart from the strict one.
 */
function getAbsenceChecks(write: SlotWrite, access: SlotAccess): AbsenceChecks {
  if (write.isSelfChecked && write.node.type === AST_NODE_TYPES.AssignmentExpression) {
    return { strict: { kind: 'self', node: write.node }, loose: null };
  }
  let loose: AbsenceCheck | null = null;
  // The check `test` makes on the way to the write, when it checks the write's state: a strict one ends the walk, and
  // the first loose one is kept in case none comes.
  const consider = (test: TSESTree.Node, negate: boolean, check: () => AbsenceCheck): AbsenceCheck | null => {
    const keys = getAbsentKeys(test, negate, access);
    if (keys.strict.has(write.key)) return check();
    if (loose === null && keys.loose.has(write.key)) loose = check();
    return null;
  };
  let child: TSESTree.Node = write.node;
  for (let parent: TSESTree.Node | undefined = child.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (
      (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
      child !== parent.test
    ) {
      const branch = parent;
      const strict = consider(branch.test, child === branch.alternate, () => ({ kind: 'branch', node: branch, test: branch.test }));
      if (strict) return { strict, loose: null };
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right) {
      const branch = parent;
      const strict = consider(branch.left, branch.operator !== '&&', () => ({ kind: 'branch', node: branch, test: branch.left }));
      if (strict) return { strict, loose: null };
    }
    const list = getStatementList(parent);
    if (list) {
      for (let index = list.indexOf(child) - 1; index >= 0; index -= 1) {
        const sibling = list[index]!;
        if (sibling.type !== AST_NODE_TYPES.IfStatement || sibling.alternate || !isExitStatement(sibling.consequent)) continue;
        const listNode = parent;
        const strict = consider(sibling.test, true, () => ({ kind: 'exit', node: sibling, list: listNode }));
        if (strict) return { strict, loose: null };
      }
    }
  }
  return { strict: null, loose };
}

/**
 * True when `write`, an assignment or a `set` call, has what `getAbsenceCheck` needs before it reads any state: it
 * checks for itself (`x ??= v`, `x ||= v`, `x = … ?? v`), or on the way from its function to it there is a branch
 * (`if`, `?:`, `&&`/`||`) or an earlier `if` that leaves the function. Syntax alone: cheaper than resolving the slot.
 */
export function mayHaveAbsenceCheck(write: TSESTree.AssignmentExpression | TSESTree.CallExpression): boolean {
  if (write.type === AST_NODE_TYPES.AssignmentExpression) {
    if (write.operator !== '=') return true;
    const right = skipTypeWrappers(write.right);
    if (right.type === AST_NODE_TYPES.LogicalExpression && (right.operator === '??' || right.operator === '||')) return true;
  }
  let child: TSESTree.Node = write;
  for (let parent: TSESTree.Node | undefined = child.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child !== parent.test) return true;
    if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right) return true;
    const list = getStatementList(parent);
    if (list && getFirstExitIfStart(list) < child.range[0]) return true;
  }
  return false;
}

const firstExitIfStarts = new WeakMap<readonly TSESTree.Node[], number>();

/**
 * Where the first `if` of `list` without `else` that leaves the function starts (`Infinity` when there is none): a
 * statement of the list has such an `if` before it when it starts later. Kept per list, so the writes of a long body
 * do not each scan the statements before them.
 */
function getFirstExitIfStart(list: readonly TSESTree.Node[]): number {
  let start = firstExitIfStarts.get(list);
  if (start === undefined) {
    const exitIf = list.find(
      (statement) => statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && isExitStatement(statement.consequent),
    );
    start = exitIf ? exitIf.range[0] : Number.POSITIVE_INFINITY;
    firstExitIfStarts.set(list, start);
  }
  return start;
}

/** The suspensions of the write itself that run before it stores: its value, and the key of a `set`. */
function getSuspensionsOfWrite(write: SlotWrite, visitorKeys: VisitorKeys): (SuspensionNode | null)[] {
  if (write.node.type === AST_NODE_TYPES.AssignmentExpression) return [getFirstSuspensionWithin(write.node.right, visitorKeys)];
  return [getFirstSuspensionWithin(write.node.callee, visitorKeys), ...write.node.arguments.map((argument) => getFirstSuspensionWithin(argument, visitorKeys))];
}

/** The suspensions in an `if`/`&&` test that run after the test has read the state. */
function getSuspensionAfterRead(test: TSESTree.Node, key: string, access: SlotAccess, visitorKeys: VisitorKeys): SuspensionNode | null {
  let readEnd: number | null = null;
  let suspension: SuspensionNode | null = null;
  walk(test, visitorKeys, (node) => {
    if (suspension) return false;
    if (readEnd === null && access.getReadKey(node) === key) readEnd = node.range[1];
    if (readEnd !== null && node.range[0] >= readEnd) {
      suspension = getFirstSuspensionWithin(node, visitorKeys);
      return false;
    }
    return true;
  });
  return suspension;
}


/** The first suspension on the path from `check` to `write`, or `null` when the path never suspends. */
export function getSuspensionBetween(
  check: AbsenceCheck,
  write: SlotWrite,
  access: SlotAccess,
  visitorKeys: VisitorKeys,
): SuspensionNode | null {
  const found = getSuspensionsOfWrite(write, visitorKeys);
  if (check.kind !== 'self') {
    let child: TSESTree.Node = write.node;
    for (let parent: TSESTree.Node | undefined = child.parent; parent; child = parent, parent = parent.parent) {
      if (check.kind === 'branch' && parent === check.node) {
        found.push(getSuspensionAfterRead(check.test, write.key, access, visitorKeys));
        break;
      }
      if (check.kind === 'exit' && parent === check.list) {
        const list = getStatementList(parent)!;
        const between = list.slice(list.indexOf(check.node) + 1, list.indexOf(child));
        found.push(...between.map((statement) => getFallThroughSuspension(statement, visitorKeys)));
        break;
      }
      found.push(...getSuspensionsBefore(parent, child, visitorKeys));
    }
  }
  return getEarliestSuspension(found);
}

/** True when `value` stores a marker that blocks a check, rather than clearing the state. */
function isClaimingValue(value: TSESTree.Node | null): boolean {
  if (!value) return false;
  const node = skipTypeWrappers(value);
  return !isNullish(node) && !(node.type === AST_NODE_TYPES.Literal && node.value === false);
}

/**
 * True when, after the check and before `suspension`, the function writes state that the check (or a guard
 * after it) reads: `if (this.client || this.connecting) return; this.connecting = true; await …` claims the
 * work, so a concurrent caller turns back at the check.
 */
function isClaimedBeforeSuspension(
  check: AbsenceCheck,
  suspension: SuspensionNode,
  fn: FunctionNode,
  access: SlotAccess,
  visitorKeys: VisitorKeys,
): boolean {
  if (check.kind === 'self') return false;
  const start = check.kind === 'exit' ? check.node.range[1] : check.test.range[1];
  // What an `await`/`yield` waits for is evaluated before it suspends, and holds no earlier suspension (this is the
  // first): a claim there counts (`this.ch = await (this.ch = this.acquire())` stores the promise first).
  const end =
    (suspension.type === AST_NODE_TYPES.AwaitExpression || suspension.type === AST_NODE_TYPES.YieldExpression) && suspension.argument
      ? suspension.argument.range[1]
      : suspension.range[0];
  const guardKeys = new Set<string>();
  const addReadKeys = (test: TSESTree.Node): void =>
    walk(test, visitorKeys, (node) => {
      const key = access.getReadKey(node);
      if (key !== null) guardKeys.add(key);
    });
  addReadKeys(check.kind === 'exit' ? check.node.test : check.test);
  // A node that holds the suspension (the write itself, `this.ch = await …`) runs on after it.
  const isBetween = (node: TSESTree.Node): boolean =>
    node.range[0] >= start && node.range[1] <= end && !(node.range[0] <= suspension.range[0] && node.range[1] >= suspension.range[1]);
  // Only the part of the body around the claim's range is read: a node outside it holds no `if` inside it.
  walk(fn.body, visitorKeys, (node) => {
    if (node.range[1] < start || node.range[0] > end) return false;
    if (node.type === AST_NODE_TYPES.IfStatement && isBetween(node)) addReadKeys(node.test);
    return true;
  });
  let claimed = false;
  walk(fn.body, visitorKeys, (node) => {
    if (claimed || node.range[1] < start || node.range[0] > end) return false;
    if (!isBetween(node)) return true;
    if (node.type === AST_NODE_TYPES.UpdateExpression) {
      claimed = guardKeys.has(access.getReadKey(node.argument) ?? '');
    } else {
      const write = access.getWrite(node);
      claimed = write !== null && guardKeys.has(write.key) && isClaimingValue(write.value);
    }
    return !claimed;
  });
  return claimed;
}

/**
 * True when a loose check also reads other state that the function itself writes: a cursor or progress counter
 * (`if (this.page && this.offset >= this.page.total) return []; … this.offset += n`) makes it a pager, not a renewal
 * of the checked state.
 */
function isProgressCheck(check: AbsenceCheck, write: SlotWrite, fn: FunctionNode, access: SlotAccess, visitorKeys: VisitorKeys): boolean {
  if (check.kind === 'self') return false;
  const otherKeys = new Set<string>();
  walk(check.kind === 'exit' ? check.node.test : check.test, visitorKeys, (node) => {
    const key = access.getReadKey(node);
    if (key !== null && key !== write.key) otherKeys.add(key);
  });
  if (otherKeys.size === 0) return false;
  let isWritten = false;
  walk(fn.body, visitorKeys, (node) => {
    const target =
      node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : null;
    isWritten ||= target !== null && otherKeys.has(access.getReadKey(target) ?? '');
    isWritten ||= otherKeys.has(access.getWrite(node)?.key ?? '');
    return !isWritten;
  });
  return isWritten;
}

/**
 * True when the function itself stores a value in the checked state before the check: `this.id = await
 * this.run('ID'); await this.login(); if (!this.id) this.id = await this.run('ID');` checks what its own earlier step
 * got, and retries it. Concurrent calls would race on the first, unchecked write already; the second is a step of the
 * same run, not a lazy initialisation that concurrent callers could each pass.
 */
function isStoredBeforeCheck(check: AbsenceCheck, write: SlotWrite, fn: FunctionNode, access: SlotAccess, visitorKeys: VisitorKeys): boolean {
  if (check.kind === 'self') return false;
  const start = check.node.range[0];
  let isStored = false;
  walk(fn.body, visitorKeys, (node) => {
    if (isStored || node.range[0] >= start) return false;
    if (isFunctionNode(node)) return false;
    const earlier = access.getWrite(node);
    isStored = earlier !== null && earlier.key === write.key && earlier.node.range[1] <= start && isClaimingValue(earlier.value);
    return !isStored;
  });
  return isStored;
}

/**
 * `write` as the act of a check-then-act race: its state was checked for absence, then the path to the write
 * suspended (`await`/`yield`), so concurrent callers all pass the check before any of them writes.
 * `null` when there is no such check, no suspension in between, or the work was claimed before suspending.
 */
export function getCheckThenAct(write: SlotWrite, access: SlotAccess, sourceCode: SourceCode): CheckThenAct | null {
  const fn = getEnclosingFunction(write.node);
  // Module top-level code runs once; a function that cannot suspend cannot interleave.
  if (!fn || !(fn.async || fn.generator)) return null;
  const { strict: strictCheck, loose: looseCheck } = getAbsenceChecks(write, access);
  const check = strictCheck ?? looseCheck;
  if (!check) return null;
  if (isStoredBeforeCheck(check, write, fn, access, sourceCode.visitorKeys)) return null;
  const suspension = getSuspensionBetween(check, write, access, sourceCode.visitorKeys);
  if (!suspension || isClaimedBeforeSuspension(check, suspension, fn, access, sourceCode.visitorKeys)) return null;
  const isRefresh = strictCheck === null;
  if (isRefresh && isProgressCheck(check, write, fn, access, sourceCode.visitorKeys)) return null;
  const isPrecondition = check.kind === 'exit' && endsEveryPathWith(check.node.consequent, THROW);
  return { check, suspension, isRefresh, isPrecondition };
}
