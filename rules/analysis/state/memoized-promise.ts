import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { containsSuspension, isExitStatement, skipTypeWrappers, walk } from '../program/ast.js';
import { getFirstSuspensionOnPath } from './guards.js';
import { getOwnStateAccess, getOwnStateChanges, getOwnStateReads, isAnyReadChanged, type OwnStateAccess } from './own-state.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The own state memoized by `node` itself: `m ??= x`, `m ||= x`, `m = m ?? x`, `m = m || x`, `m ?? (m = x)`,
 * `m || (m = x)`; else `null`.
 */
function getMemoizedByExpression(node: TSESTree.Node, boundary: TSESTree.Node, sourceCode: SourceCode): OwnStateAccess | null {
  if (node.type === AST_NODE_TYPES.AssignmentExpression && (node.operator === '??=' || node.operator === '||=')) {
    return getOwnStateAccess(node.left, boundary, sourceCode);
  }
  if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') {
    const right = skipTypeWrappers(node.right);
    const access = getOwnStateAccess(node.left, boundary, sourceCode);
    if (access !== null && right.type === AST_NODE_TYPES.LogicalExpression && (right.operator === '??' || right.operator === '||')) {
      return getOwnStateAccess(right.left, boundary, sourceCode) === access ? access : null;
    }
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === '??' || node.operator === '||')) {
    const right = skipTypeWrappers(node.right);
    const access = getOwnStateAccess(node.left, boundary, sourceCode);
    if (access !== null && right.type === AST_NODE_TYPES.AssignmentExpression && right.operator === '=') {
      return getOwnStateAccess(right.left, boundary, sourceCode) === access ? access : null;
    }
  }
  return null;
}

/** The own state that `if (!m) { m = x; }` (no exit, no `await`) memoizes: read by the test and set in the block. */
function getMemoizedByIf(statement: TSESTree.Statement, boundary: TSESTree.Node, sourceCode: SourceCode): OwnStateAccess[] {
  if (
    statement.type !== AST_NODE_TYPES.IfStatement ||
    statement.alternate ||
    isExitStatement(statement.consequent) ||
    containsSuspension(statement, sourceCode.visitorKeys)
  ) {
    return [];
  }
  const reads = getOwnStateReads(statement.test, boundary, sourceCode);
  const changes = getOwnStateChanges(statement.consequent, statement.consequent.range[1], boundary, sourceCode);
  return [...reads].filter((read) => !read.endsWith('.*') && isAnyReadChanged(new Set([read]), changes));
}

/** Where the code that runs before the first suspension ends: the operand of the first `await` is evaluated before it suspends. */
function getFirstSuspensionEnd(statements: readonly TSESTree.Statement[], sourceCode: SourceCode): number {
  const first = getFirstSuspensionOnPath(statements, sourceCode);
  if (!first) return statements.at(-1)?.range[1] ?? 0;
  return first.type === AST_NODE_TYPES.ForOfStatement ? first.right.range[1] : first.range[1];
}

/**
 * True when `statements` memoize their work in own state before the first `await` and then await or return
 * the memo: `await (this.closing ??= this.doClose())`, `if (!this.closing) this.closing = this.backend.close();
 * await this.closing;`. A second call then joins the first one's promise instead of running the work again.
 */
export function hasMemoizedPromise(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  const end = getFirstSuspensionEnd(statements, sourceCode);
  const memos = new Set<OwnStateAccess>();
  for (const statement of statements) {
    if (statement.range[0] >= end) break;
    for (const memo of getMemoizedByIf(statement, boundary, sourceCode)) memos.add(memo);
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (node.range[0] >= end) return false;
      const memo = getMemoizedByExpression(node, boundary, sourceCode);
      if (memo !== null) memos.add(memo);
      return true;
    });
  }
  if (memos.size === 0) return false;
  let isUsed = false;
  for (const statement of statements) {
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (isUsed) return false;
      const operand =
        node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.ReturnStatement ? node.argument : null;
      if (operand && [...getOwnStateReads(operand, boundary, sourceCode)].some((read) => memos.has(read.replace(/\.\*$/u, '')))) {
        isUsed = true;
      }
      return true;
    });
  }
  return isUsed;
}
