import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { endsEveryPathWith, walk } from '../program/ast.js';

const THROW_ONLY = new Set([AST_NODE_TYPES.ThrowStatement] as const);

/** True when `root` holds a `return`, a `continue`, or a `break` that may leave it (labelled, or outside a loop or `switch` of its own). */
function hasJumpOut(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let found = false;
  walk(root, visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ContinueStatement) {
      found = true;
    } else if (node.type === AST_NODE_TYPES.BreakStatement) {
      found = node.label !== null || !hasLoopOrSwitchBetween(node, root);
    }
    return !found;
  });
  return found;
}

function hasLoopOrSwitchBetween(node: TSESTree.Node, root: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== root; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.SwitchStatement:
        return true;
      default:
        break;
    }
  }
  return false;
}

/**
 * True when a `catch` clause handles the failure: some path through it finishes normally or jumps away
 * (`return`, `break`, `continue`) instead of throwing. A clause that always throws (`catch (e) { throw e }`,
 * `catch (e) { log(e); throw new Wrapped(e) }`) only passes the failure on: the caller's error zone decides.
 */
export function isHandlingCatch(clause: TSESTree.CatchClause, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  return !endsEveryPathWith(clause.body, THROW_ONLY) || hasJumpOut(clause.body, visitorKeys);
}
