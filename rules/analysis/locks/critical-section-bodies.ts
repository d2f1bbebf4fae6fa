import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { getAcquireReleaseSections, isAwaitedAcquire } from './locks.js';

/**
 * The statements of the critical sections that `statements` hold directly: the `try` block of
 * `await lock.acquire(); try { … } finally { release() }`, and what follows `using _ = await lock.acquire()`
 * (released when the block ends). Code at their top runs holding the lock, whatever was awaited to get it.
 */
export function getCriticalSectionBodies(statements: readonly TSESTree.Statement[]): (readonly TSESTree.Statement[])[] {
  // Asked of every async body, and most await no acquisition: one look at each statement for one, before the two
  // passes that gather the sections and the `using` bodies (in that order).
  if (!statements.some((statement) => isAwaitedAcquire(statement))) return [];
  const bodies: (readonly TSESTree.Statement[])[] = getAcquireReleaseSections(statements).map((block) => block.body);
  statements.forEach((statement, index) => {
    if (
      statement.type === AST_NODE_TYPES.VariableDeclaration &&
      (statement.kind === 'using' || statement.kind === 'await using') &&
      isAwaitedAcquire(statement)
    ) {
      bodies.push(statements.slice(index + 1));
    }
  });
  return bodies;
}
