import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction } from './ast.js';
import { callsRelease, getCriticalSectionCallback, isAwaitedAcquire } from './locks.js';

/**
 * The critical sections directly in `statements`, as source ranges: the `try` block of
 * `await lock.acquire(); try { … } finally { [await] release() }`, and the rest of the block after
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
    }
  });
  return ranges;
}

/**
 * The source range of the innermost critical section that `node` runs in, within its own function: an
 * acquire/release `try` block, the rest of a block after `using _ = await lock.acquire()`, or the whole function
 * when it is the callback of `mutex.runExclusive(fn)` / `lock.acquire(key, fn)`. `null` when `node` runs unlocked.
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
  return fn?.parent.type === AST_NODE_TYPES.CallExpression && getCriticalSectionCallback(fn.parent) === fn ? fn.range : null;
}
