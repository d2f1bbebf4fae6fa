import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { getCalledMethodName, getEnclosingFunction, skipTypeWrappers, type FunctionNode } from '../program/ast.js';
import { getMemberName } from '../program/state-target.js';
import { callsRelease, getCriticalSectionCallback, isAwaitedAcquire, isReleaseStatement } from './locks.js';

/**
 * The critical sections directly in `statements`, as source ranges: the `try` block of
 * `await lock.acquire(); try { … } finally { [await] release() }`, the statements between
 * `await lock.acquire()` and a later `release()` in the same block, and the rest of the block after
 * `using _ = await lock.acquire()` (explicit resource management releases at the end of the block).
 */
function getSectionRanges(statements: readonly TSESTree.Node[], blockEnd: number): TSESTree.Range[] {
  const ranges: TSESTree.Range[] = [];
  statements.forEach((statement, index) => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement && statement.type !== AST_NODE_TYPES.VariableDeclaration) return;
    if (!isAwaitedAcquire(statement)) return;
    if (statement.type === AST_NODE_TYPES.VariableDeclaration && (statement.kind === 'using' || statement.kind === 'await using')) {
      ranges.push([statement.range[1], blockEnd]);
      return;
    }
    const next = statements[index + 1];
    if (next?.type === AST_NODE_TYPES.TryStatement && next.finalizer && callsRelease(next.finalizer)) {
      ranges.push(next.block.range);
      return;
    }
    // `await lock.acquire(); …; release();` without `try`: a section all the same, up to the release.
    const release = statements.slice(index + 1).find((later) => isReleaseStatement(later));
    if (release) ranges.push([statement.range[1], release.range[0]]);
  });
  return ranges;
}

/** True when `left` and `right` name the same variable or member path: `this.queue`, `self.#tail`, `chain`. */
function isSameReference(left: TSESTree.Node, right: TSESTree.Node): boolean {
  const a = skipTypeWrappers(left);
  const b = skipTypeWrappers(right);
  if (a.type === AST_NODE_TYPES.ThisExpression) return b.type === AST_NODE_TYPES.ThisExpression;
  if (a.type === AST_NODE_TYPES.Identifier) return b.type === AST_NODE_TYPES.Identifier && a.name === b.name;
  if (a.type !== AST_NODE_TYPES.MemberExpression || b.type !== AST_NODE_TYPES.MemberExpression || a.computed || b.computed) return false;
  return getMemberName(a) === getMemberName(b) && isSameReference(a.object, b.object);
}

/**
 * True when `fn` is a link of a promise-chain queue: `this.queue = this.queue.then(fn)` (a `.catch`/`.finally` may
 * follow). Each link starts when the one before has settled, so links never overlap: the chain is the lock.
 */
function isPromiseQueueLink(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (!call.arguments.includes(fn as TSESTree.CallExpressionArgument) || getCalledMethodName(call) !== 'then') return false;
  const queue = call.callee.object;
  let value: TSESTree.Node = call;
  while (
    value.parent?.type === AST_NODE_TYPES.MemberExpression &&
    value.parent.object === value &&
    value.parent.parent.type === AST_NODE_TYPES.CallExpression &&
    ['catch', 'finally', 'then'].includes(getCalledMethodName(value.parent.parent) ?? '')
  ) {
    value = value.parent.parent;
  }
  const assignment = value.parent;
  return assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=' && isSameReference(assignment.left, queue);
}

/**
 * The source range of the innermost critical section that `node` runs in, within its own function: an
 * acquire/release `try` block, the rest of a block after `using _ = await lock.acquire()`, or the whole function
 * when it is the callback of `mutex.runExclusive(fn)` / `lock.acquire(key, fn)` or a link of a promise-chain
 * queue (`this.queue = this.queue.then(fn)`). `null` when `node` runs unlocked.
 */
export function getCriticalSection(node: TSESTree.Node): TSESTree.Range | null {
  const fn = getEnclosingFunction(node);
  for (let parent = node.parent; parent && parent !== fn; parent = parent.parent) {
    const statements =
      parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program
        ? parent.body
        : parent.type === AST_NODE_TYPES.SwitchCase
          ? parent.consequent
          : null;
    const section = statements
      ? getSectionRanges(statements, parent.range[1]).find(([start, end]) => node.range[0] >= start && node.range[1] <= end)
      : undefined;
    if (section) return section;
  }
  if (!fn) return null;
  return (fn.parent.type === AST_NODE_TYPES.CallExpression && getCriticalSectionCallback(fn.parent) === fn) || isPromiseQueueLink(fn)
    ? fn.range
    : null;
}
