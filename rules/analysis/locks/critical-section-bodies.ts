import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getAcquireReleaseSections, isAwaitedAcquire, LOCK_ACQUIRE_METHODS } from './locks.js';

/**
 * Where a text can name an acquisition (`isAwaitedAcquire`): a method of `LOCK_ACQUIRE_METHODS` as a whole word, in
 * an identifier or a string (`m['acquire']()`), or a backslash, which may spell one by an escape. A non-ASCII
 * neighbour counts as a boundary: a superset, for a first test of the text.
 */
const MAY_NAME_ACQUISITION = new RegExp(String.raw`\\|(?<![\w$])(?:${[...LOCK_ACQUIRE_METHODS].join('|')})(?![\w$])`, 'u');

/**
 * The statements of the critical sections that `statements` hold directly: the `try` block of
 * `await lock.acquire(); try { … } finally { release() }`, and what follows `using _ = await lock.acquire()`
 * (released when the block ends). Code at their top runs holding the lock, whatever was awaited to get it.
 */
export function getCriticalSectionBodies(
  statements: readonly TSESTree.Statement[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): (readonly TSESTree.Statement[])[] {
  // Asked of every async body, and most await no acquisition: their text names none (one pass over characters in a
  // row, cheaper than a look at each statement's nodes), and the rest get one look at each statement for one, before
  // the two passes that gather the sections and the `using` bodies (in that order).
  const [first] = statements;
  const last = statements.at(-1);
  if (!first || !last || !MAY_NAME_ACQUISITION.test(sourceCode.text.slice(first.range[0], last.range[1]))) return [];
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
