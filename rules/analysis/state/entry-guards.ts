import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { containsSuspension, endsEveryPathWith, isExitStatement, skipTypeWrappers } from '../program/ast.js';
import { getFirstSuspensionOnPath } from './guards.js';
import { getOwnStateChanges, getOwnStateReads, isAnyReadChanged, type OwnStateAccess } from './own-state.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The early exits on own state at the top of a statement list, before its first `await`: `if (this.closed) return;`,
 * `if (this.connection.closed) return;`, `if (this.callHasEnded()) return;`, `assert(this.#enabled, …)`, and a final
 * wrapping `if (this.socket) { …rest… }`. Broader than `getStateGuards`: any own state counts, handles included.
 */
export interface EntryGuard {
  /** Own state the guard tests read. */
  readonly reads: ReadonlySet<OwnStateAccess>;
  /** Own state the tests change themselves: a check-and-set like `if (!this.life.transition('open', 'closing')) return`. */
  readonly testChanges: ReadonlySet<OwnStateAccess>;
  /** The statements that run when the guards let the call through, in order (a wrapping `if`'s block included). */
  readonly path: readonly TSESTree.Statement[];
}

/** The condition of `assert(cond, …)`, `invariant(cond, …)` or `assert.ok(cond)` as a statement, else `null`. */
function getAssertedCondition(statement: TSESTree.Statement): TSESTree.Node | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const call = skipTypeWrappers(statement.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return null;
  const callee = skipTypeWrappers(call.callee);
  const isAssert =
    (callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'assert' || callee.name === 'invariant')) ||
    (callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'assert');
  return isAssert ? call.arguments[0]! : null;
}

/** True when every path through `statement` returns (a silent guard), none throws. */
function isSilentExit(statement: TSESTree.Statement): boolean {
  return endsEveryPathWith(statement, SILENT_EXITS);
}

const SILENT_EXITS = new Set([AST_NODE_TYPES.ReturnStatement] as const);

/**
 * The entry guards of `statements` (see {@link EntryGuard}), or `null` when there is none. With `isSilentOnly`, only
 * guards that turn a call away quietly count (`if (this.closed) return;`, with no `await` in the exit): a guard
 * that throws, or an assertion, reports misuse and is a precondition, not a claim.
 */
export function getEntryGuard(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
  { isSilentOnly = false }: { isSilentOnly?: boolean } = {},
): EntryGuard | null {
  const reads = new Set<OwnStateAccess>();
  const testChanges = new Set<OwnStateAccess>();
  const path: TSESTree.Statement[] = [];
  const addTest = (test: TSESTree.Node): boolean => {
    const testReads = getOwnStateReads(test, boundary, sourceCode);
    if (testReads.size === 0) return false;
    for (const read of testReads) reads.add(read);
    for (const change of getOwnStateChanges(test, test.range[1], boundary, sourceCode)) testChanges.add(change);
    return true;
  };
  let isBeforeSuspension = true;
  for (const [index, statement] of statements.entries()) {
    if (isBeforeSuspension && statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate) {
      if (!containsSuspension(statement.test, sourceCode.visitorKeys)) {
        const isGuardExit = isSilentOnly
          ? isSilentExit(statement.consequent) && !containsSuspension(statement.consequent, sourceCode.visitorKeys)
          : isExitStatement(statement.consequent);
        if (isGuardExit && addTest(statement.test)) continue;
        if (
          index === statements.length - 1 &&
          statement.consequent.type === AST_NODE_TYPES.BlockStatement &&
          addTest(statement.test)
        ) {
          path.push(...statement.consequent.body);
          continue;
        }
      }
    }
    const asserted = isBeforeSuspension && !isSilentOnly ? getAssertedCondition(statement) : null;
    if (asserted && !containsSuspension(asserted, sourceCode.visitorKeys) && addTest(asserted)) continue;
    if (containsSuspension(statement, sourceCode.visitorKeys)) isBeforeSuspension = false;
    path.push(statement);
  }
  return reads.size > 0 ? { reads, testChanges, path } : null;
}

/** True for `this.method` as a callee. */
function isOwnMethodCallee(callee: TSESTree.Node | null): boolean {
  return callee?.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(callee.object).type === AST_NODE_TYPES.ThisExpression;
}

/**
 * The own state that `path` changes before its first suspension: in the statements before it, and in the operand of
 * the first `await` (evaluated before it suspends) except another object's awaited call itself, whose change of state,
 * if any, usually waits for its own `await`s (`await this.room.disconnect()` does not make `this.room` read
 * disconnected yet); an own method's synchronous start is looked into.
 */
export function getChangesBeforeSuspension(
  path: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): Set<OwnStateAccess> {
  const first = getFirstSuspensionOnPath(path, sourceCode);
  const end = first ? first.range[0] : (path.at(-1)?.range[1] ?? 0);
  const changes = new Set<OwnStateAccess>();
  const add = (node: TSESTree.Node, limit: number): void => {
    for (const change of getOwnStateChanges(node, limit, boundary, sourceCode)) changes.add(change);
  };
  for (const statement of path) {
    if (statement.range[0] >= end) break;
    add(statement, end);
  }
  const operand = first?.type === AST_NODE_TYPES.AwaitExpression ? skipTypeWrappers(first.argument) : null;
  const callee = operand?.type === AST_NODE_TYPES.CallExpression ? skipTypeWrappers(operand.callee) : null;
  if (operand?.type === AST_NODE_TYPES.CallExpression && !isOwnMethodCallee(callee)) {
    for (const argument of operand.arguments) add(argument, argument.range[1]);
  } else if (operand && operand.type !== AST_NODE_TYPES.ChainExpression) {
    // An own method runs synchronously up to its own first `await`: `await this.doClose()` claims what it sets first.
    add(operand, operand.range[1]);
  }
  return changes;
}

/**
 * True when the guarded path claims what the guard reads before its first `await` (or the test itself does), so a
 * second call arriving while the first one waits is turned away: `if (!this.socket) return; const s = this.socket;
 * this.socket = null; await s.end();`, `if (this.closing) return this.closing; this.closing = this.doClose(); …`.
 */
export function isEntryGuardClaimed(guard: EntryGuard, boundary: TSESTree.Node, sourceCode: SourceCode): boolean {
  return (
    isAnyReadChanged(guard.reads, guard.testChanges) ||
    isAnyReadChanged(guard.reads, getChangesBeforeSuspension(guard.path, boundary, sourceCode))
  );
}
