import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from './ast.js';

function isLoop(node: TSESTree.Node): node is
  | TSESTree.DoWhileStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.ForStatement
  | TSESTree.WhileStatement {
  return (
    node.type === AST_NODE_TYPES.DoWhileStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.WhileStatement
  );
}

/**
 * The jump that does what finishing `statement` does, when nothing runs after it: `return` when it is
 * the last thing its function does, `continue` when it is the last thing the body of its loop does.
 * Through nested blocks and `if` branches; `null` anywhere else (statements follow, `switch`, labels, `try`).
 */
export function getTailExit(statement: TSESTree.Statement): 'return' | 'continue' | null {
  let node: TSESTree.Node = statement;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return null;
    if (parent.type === AST_NODE_TYPES.IfStatement) {
      node = parent;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.BlockStatement || parent.body.at(-1) !== node) return null;
    const owner: TSESTree.Node = parent.parent;
    if (isFunctionNode(owner) && owner.body === parent) return 'return';
    if (isLoop(owner) && owner.body === parent) return 'continue';
    if (owner.type !== AST_NODE_TYPES.BlockStatement && owner.type !== AST_NODE_TYPES.IfStatement) return null;
    node = parent;
  }
}
