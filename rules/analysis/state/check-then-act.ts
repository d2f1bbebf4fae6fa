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

/**
 * The keys of the states that are surely absent when `test` is true (when it is false, if `negate`):
 * `!x`, `x == null`, `typeof x === 'undefined'`, `!cache.has(k)`, `cache.get(k) === undefined`, and `&&`/`||`
 * combinations (`!x && y` still guarantees `x` absent; `!x || force` does not).
 */
export function getAbsentKeys(test: TSESTree.Node, negate: boolean, access: SlotAccess, isLoose = false): Set<string> {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return getAbsentKeys(node.argument, !negate, access, isLoose);
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
    const left = getAbsentKeys(node.left, negate, access, isLoose);
    const right = getAbsentKeys(node.right, negate, access, isLoose);
    // `a && b` is true only when both are; `!(a || b)` likewise. Loosely (a refresh check), one side is enough.
    return isLoose || (node.operator === '&&') !== negate ? union(left, right) : intersection(left, right);
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['==', '===', '!=', '!=='].includes(node.operator)) {
    if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return new Set();
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
      if (key !== null) return isEquality !== negate ? new Set([key]) : new Set();
    }
    return new Set();
  }
  // Loosely, `!this.session?.isValid()` passes when the session is missing too: `?.` gives `undefined`.
  const optionalBase = isLoose && negate && node.type === AST_NODE_TYPES.ChainExpression ? getOptionalBase(node.expression) : null;
  const key = access.getReadKey(optionalBase ?? node);
  return key !== null && negate ? new Set([key]) : new Set();
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
 * The nearest absence check of `write`'s state on the way from the function (or module) to the write. With
 * `isLoose`, a check that lets the state through when absent *or* under another condition counts too (a refresh).
 */
export function getAbsenceCheck(write: SlotWrite, access: SlotAccess, isLoose = false): AbsenceCheck | null {
  if (write.isSelfChecked && write.node.type === AST_NODE_TYPES.AssignmentExpression) {
    return { kind: 'self', node: write.node };
  }
  let child: TSESTree.Node = write.node;
  for (let parent: TSESTree.Node | undefined = child.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (
      (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
      child !== parent.test
    ) {
      if (getAbsentKeys(parent.test, child === parent.alternate, access, isLoose).has(write.key)) {
        return { kind: 'branch', node: parent, test: parent.test };
      }
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right) {
      if (getAbsentKeys(parent.left, parent.operator !== '&&', access, isLoose).has(write.key)) {
        return { kind: 'branch', node: parent, test: parent.left };
      }
    }
    const list = getStatementList(parent);
    if (list) {
      for (let index = list.indexOf(child) - 1; index >= 0; index -= 1) {
        const sibling = list[index]!;
        if (
          sibling.type === AST_NODE_TYPES.IfStatement &&
          !sibling.alternate &&
          isExitStatement(sibling.consequent) &&
          getAbsentKeys(sibling.test, true, access, isLoose).has(write.key)
        ) {
          return { kind: 'exit', node: sibling, list: parent };
        }
      }
    }
  }
  return null;
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
  walk(fn.body, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.IfStatement && isBetween(node)) addReadKeys(node.test);
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
  const strictCheck = getAbsenceCheck(write, access);
  const check = strictCheck ?? getAbsenceCheck(write, access, true);
  if (!check) return null;
  if (isStoredBeforeCheck(check, write, fn, access, sourceCode.visitorKeys)) return null;
  const suspension = getSuspensionBetween(check, write, access, sourceCode.visitorKeys);
  if (!suspension || isClaimedBeforeSuspension(check, suspension, fn, access, sourceCode.visitorKeys)) return null;
  const isRefresh = strictCheck === null;
  if (isRefresh && isProgressCheck(check, write, fn, access, sourceCode.visitorKeys)) return null;
  const isPrecondition = check.kind === 'exit' && endsEveryPathWith(check.node.consequent, THROW);
  return { check, suspension, isRefresh, isPrecondition };
}
