import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  containsSuspension,
  endsEveryPathWith,
  getFirstSuspension,
  isExitStatement,
  skipTypeWrappers,
  type FunctionNode,
  type SuspensionNode,
} from '../program/ast.js';
import { getStateTarget, type StateTarget } from '../program/state-target.js';
import { getGetterValue } from './own-methods.js';
import { getStateValueKey, isStateMember, isTruthyStateValue } from './state-values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** When a guard exits, in terms of one state member's value. */
export type ExitCondition =
  | { readonly target: StateTarget; readonly kind: 'truthy' | 'falsy' }
  | { readonly target: StateTarget; readonly kind: 'equals' | 'notEquals'; readonly values: readonly string[] };

/**
 * An early exit on state before the function's first `await`: `if (this.closed) return;`,
 * `if (this.#status !== 'open') throw …`, or the wrapping form `if (!this.stopped) { …rest of the body… }`.
 */
export interface StateGuard {
  readonly statement: TSESTree.IfStatement;
  readonly conditions: readonly ExitCondition[];
  /** The guarded path: the statements that run when the guard lets the call through. */
  readonly path: readonly TSESTree.Statement[];
  readonly isWrapping: boolean;
  /**
   * True when the guard exits by throwing (`if (this.closed) throw new ClosedError()`): a precondition that reports
   * misuse, not a silent guard that turns concurrent callers away.
   */
  readonly isThrowing: boolean;
}

/** How many getters deep a guard's test is followed (`get isOpen() { return !this.isClosed; }`). */
const MAX_GETTER_DEPTH = 2;

const THROW: ReadonlySet<AST_NODE_TYPES.ThrowStatement> = new Set([AST_NODE_TYPES.ThrowStatement]);

/**
 * The state conditions under which `test` (negated when `negate`) is true, as a disjunction;
 * `null` when the test is not a disjunction of state conditions (e.g. `this.closed && !force`).
 */
function getExitConditions(test: TSESTree.Node, negate: boolean, sourceCode: SourceCode, getterDepth = 0): ExitCondition[] | null {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return getExitConditions(node.argument, !negate, sourceCode, getterDepth);
  }
  // `if (this.isClosed) return` where `get isClosed() { return this.#closed; }` reads `this.#closed`.
  const getterValue = getterDepth < MAX_GETTER_DEPTH ? getGetterValue(node, sourceCode) : null;
  if (getterValue) return getExitConditions(getterValue, negate, sourceCode, getterDepth + 1);
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    // `a || b` exits when either does; so does `!(a && b)`.
    if ((node.operator === '||' && !negate) || (node.operator === '&&' && negate)) {
      const left = getExitConditions(node.left, negate, sourceCode, getterDepth);
      const right = getExitConditions(node.right, negate, sourceCode, getterDepth);
      if (left === null && right === null) return null;
      return [...(left ?? []), ...(right ?? [])];
    }
    return null;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '==', '!==', '!='].includes(node.operator)) {
    if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
    const equals = node.operator === '===' || node.operator === '==';
    for (const [member, value] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const target = getStateTarget(getGetterValue(member, sourceCode) ?? member, sourceCode);
      const key = getStateValueKey(value);
      if (target && key !== null) {
        return [{ target, kind: equals !== negate ? 'equals' : 'notEquals', values: [key] }];
      }
    }
    return null;
  }
  // `['closing', 'closed'].includes(this.state)`
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    !node.callee.computed &&
    node.callee.property.type === AST_NODE_TYPES.Identifier &&
    node.callee.property.name === 'includes' &&
    node.callee.object.type === AST_NODE_TYPES.ArrayExpression &&
    node.arguments.length === 1
  ) {
    const target = getStateTarget(node.arguments[0]!, sourceCode);
    const keys = node.callee.object.elements.map((element) => (element ? getStateValueKey(element) : null));
    if (target && keys.every((key) => key !== null)) {
      return [{ target, kind: negate ? 'notEquals' : 'equals', values: keys as string[] }];
    }
    return null;
  }
  const target = getStateTarget(node, sourceCode);
  return target ? [{ target, kind: negate ? 'falsy' : 'truthy' }] : null;
}

/** Keeps the conditions on state members (flags, string or enum states), dropping handles and unknown members. */
function getStateConditions(conditions: readonly ExitCondition[], sourceCode: SourceCode): ExitCondition[] {
  return conditions.filter(({ target }) => isStateMember(target, sourceCode));
}

/** True when storing the constant `valueKey` makes `condition` exit: the member's blocking state. */
export function isBlockingValue(condition: ExitCondition, valueKey: string): boolean {
  switch (condition.kind) {
    case 'truthy':
      return isTruthyStateValue(valueKey) === true;
    case 'falsy':
      return isTruthyStateValue(valueKey) === false;
    case 'equals':
      return condition.values.includes(valueKey);
    case 'notEquals':
      return !condition.values.includes(valueKey);
  }
}

/**
 * The state guards of `fn`: early exits at the top of its body, before its first `await`, and a final
 * wrapping `if` whose block is the rest of the body. All guards share the statements after the last one.
 */
export function getStateGuards(fn: FunctionNode, sourceCode: SourceCode): readonly StateGuard[] {
  return fn.body.type === AST_NODE_TYPES.BlockStatement ? getStateGuardsIn(fn.body.body, sourceCode) : NO_GUARDS;
}

/** An `if` at the top of a statement list shaped like a state guard, with the conditions it exits on, not yet kept to state members. */
interface GuardCandidate {
  readonly statement: TSESTree.IfStatement;
  readonly conditions: readonly ExitCondition[];
  /** The statements that run when it lets the call through: those after it, or the wrapping `if`'s block. */
  readonly path: readonly TSESTree.Statement[];
  readonly isWrapping: boolean;
  readonly isThrowing: boolean;
}

/**
 * The guard-shaped `if`s at the top of `statements` (see `getStateGuardsIn`) whose test is a disjunction of
 * conditions on own state, members of any kind. Kept per statement list: several rules and reports ask.
 */
function getGuardCandidates(statements: readonly TSESTree.Statement[], sourceCode: SourceCode): readonly GuardCandidate[] {
  // Only `if` statements can be guards: past the last one, the walks that look for the first suspension find none.
  // Most async bodies have no `if` at their top: they need neither the walks nor a cache entry.
  const lastIf = statements.findLastIndex((statement) => statement.type === AST_NODE_TYPES.IfStatement);
  if (lastIf === -1) return NO_CANDIDATES;
  const cached = guardCandidates.get(statements);
  if (cached) return cached;
  const candidates: GuardCandidate[] = [];
  for (let index = 0; index <= lastIf; index += 1) {
    const statement = statements[index]!;
    if (statement.type === AST_NODE_TYPES.IfStatement && !canSuspend(statement.test, sourceCode)) {
      if (!statement.alternate && isExitStatement(statement.consequent)) {
        const conditions = getExitConditions(statement.test, false, sourceCode);
        if (conditions) {
          candidates.push({
            statement,
            conditions,
            path: statements.slice(index + 1),
            isWrapping: false,
            isThrowing: endsEveryPathWith(statement.consequent, THROW),
          });
        }
        continue;
      }
      // A wrapping guard ends the list, but for statements that only join what the guarded run stored
      // (`if (!this.ending) { this.ending = true; … } return await this.ended;`): a second call waits for it too.
      const isLast = statements.slice(index + 1).every(isJoinOfStoredPromise);
      if (isLast && !statement.alternate && statement.consequent.type === AST_NODE_TYPES.BlockStatement) {
        const conditions = getExitConditions(statement.test, true, sourceCode);
        if (conditions) candidates.push({ statement, conditions, path: statement.consequent.body, isWrapping: true, isThrowing: false });
        break;
      }
    }
    if (canSuspend(statement, sourceCode)) break;
  }
  guardCandidates.set(statements, candidates);
  return candidates;
}

/** `return await this.x;`, `await this.#x;`, `return this.x;`: waiting for a promise the object keeps, with no call. */
function isJoinOfStoredPromise(statement: TSESTree.Statement): boolean {
  let value: TSESTree.Node | null | undefined =
    statement.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
  if (!value) return false;
  value = skipTypeWrappers(value);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeWrappers(value.argument);
  else if (statement.type !== AST_NODE_TYPES.ReturnStatement) return false;
  return value.type === AST_NODE_TYPES.MemberExpression && !value.computed && skipTypeWrappers(value.object).type === AST_NODE_TYPES.ThisExpression;
}

/**
 * `containsSuspension`, asked of the text first: most statements before a function's first `await` spell neither
 * `await` nor `yield` (keywords cannot be written with escapes), and those need no walk.
 */
function canSuspend(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const text = sourceCode.text.slice(node.range[0], node.range[1]);
  return (text.includes('await') || text.includes('yield')) && containsSuspension(node, sourceCode.visitorKeys);
}

const NO_CANDIDATES: readonly GuardCandidate[] = [];
const NO_GUARDS: readonly StateGuard[] = [];
const guardCandidates = new WeakMap<readonly TSESTree.Statement[], GuardCandidate[]>();
const stateGuards = new WeakMap<readonly TSESTree.Statement[], StateGuard[]>();

/** The state guards at the top of `statements` (a function body, or a critical section's), as `getStateGuards` finds them. */
export function getStateGuardsIn(statements: readonly TSESTree.Statement[], sourceCode: SourceCode): readonly StateGuard[] {
  const candidates = getGuardCandidates(statements, sourceCode);
  if (candidates.length === 0) return NO_GUARDS;
  const cached = stateGuards.get(statements);
  if (cached) return cached;
  const guards: StateGuard[] = [];
  for (const candidate of candidates) {
    const conditions = getStateConditions(candidate.conditions, sourceCode);
    if (conditions.length > 0) guards.push({ ...candidate, conditions });
  }
  // Earlier guards' paths include the later guards; every guard shares the path after the last one.
  const last = guards.at(-1);
  const shared = last ? guards.map((guard) => ({ ...guard, path: last.path })) : [];
  stateGuards.set(statements, shared);
  return shared;
}

/**
 * What any state guard at the top of `statements` can read and guard, asked before which members are state (a
 * look at the whole class): the keys of the own state the guard-shaped `if`s there read, and the statements after
 * the first of them, which hold every guarded path. `null` when there is no such `if`.
 */
export function getPossibleGuardReach(
  statements: readonly TSESTree.Statement[],
  sourceCode: SourceCode,
): { readonly keys: ReadonlySet<string>; readonly path: readonly TSESTree.Statement[] } | null {
  const candidates = getGuardCandidates(statements, sourceCode);
  const [first] = candidates;
  if (!first) return null;
  return { keys: new Set(candidates.flatMap(({ conditions }) => conditions.map(({ target }) => target.key))), path: first.path };
}

/** The first `await`/`yield` on `path` in source order (nested functions excluded), or `null`. */
export function getFirstSuspensionOnPath(path: readonly TSESTree.Statement[], sourceCode: SourceCode): SuspensionNode | null {
  for (const statement of path) {
    const first = getFirstSuspension(statement, sourceCode.visitorKeys);
    if (first) return first;
  }
  return null;
}
