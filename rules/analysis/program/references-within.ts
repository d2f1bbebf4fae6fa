import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;
type Reference = TSESLint.Scope.Reference;

function overlaps(block: TSESTree.Node, node: TSESTree.Node): boolean {
  return block.range[0] < node.range[1] && block.range[1] > node.range[0];
}

/**
 * The variable references made inside `node`, from the scopes around and within it only: the same references as
 * filtering every scope of the file, at the cost of `node`'s neighbourhood rather than the file's.
 */
export function getReferencesWithin(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Reference[] {
  let scope: Scope | null = sourceCode.getScope(node);
  // A scope's references lie within its block; one whose block is `node` itself may hold references (a class
  // heritage, a function's parameter defaults) made from the scope around it, so start there.
  while (scope?.upper && scope.block.range[0] >= node.range[0] && scope.block.range[1] <= node.range[1]) scope = scope.upper;
  const found: Reference[] = [];
  const pending: Scope[] = scope ? [scope] : [];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const reference of current.references) {
      const { identifier } = reference;
      if (identifier.range[0] >= node.range[0] && identifier.range[1] <= node.range[1]) found.push(reference);
    }
    for (const child of current.childScopes) if (overlaps(child.block, node)) pending.push(child);
  }
  return found;
}
