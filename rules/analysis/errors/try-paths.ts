import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, isLoop, walk } from '../program/ast.js';

/**
 * How a statement still runs when the block of `tryStatement` threw:
 * - `finally`: it is in the `finally` clause;
 * - `catch`: it is in the `catch` clause, which runs only then;
 * - `after-catch`: it follows the `try` statement, whose `catch` swallowed the failure.
 */
export interface FailurePath {
  readonly kind: 'finally' | 'catch' | 'after-catch';
  readonly tryStatement: TSESTree.TryStatement;
}

type VisitorKeys = TSESLint.SourceCode.VisitorKeys;


/** True when a `break`/`continue` without label lands inside `region`: it does not leave it. */
function isJumpWithin(jump: TSESTree.BreakStatement | TSESTree.ContinueStatement, region: readonly [number, number]): boolean {
  if (jump.label) return false;
  for (let current: TSESTree.Node | undefined = jump.parent; current && !isFunctionNode(current); current = current.parent) {
    const isTarget = isLoop(current) || (jump.type === AST_NODE_TYPES.BreakStatement && current.type === AST_NODE_TYPES.SwitchStatement);
    if (isTarget) return current.range[0] >= region[0] && current.range[1] <= region[1];
  }
  return false;
}

/**
 * True when code of `root` lying within `region` can leave that region other than by falling through:
 * `return`, `throw`, or a `break`/`continue` that jumps out of it. Nested functions are not entered.
 */
export function hasExitWithin(root: TSESTree.Node, region: readonly [number, number], visitorKeys: VisitorKeys): boolean {
  let found = false;
  walk(root, visitorKeys, (node) => {
    if (found || node.range[1] <= region[0] || node.range[0] >= region[1]) return false;
    const isInside = node.range[0] >= region[0] && node.range[1] <= region[1];
    if (!isInside) return true;
    if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) found = true;
    else if (
      (node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) &&
      !isJumpWithin(node, region)
    ) {
      found = true;
    }
    return !found;
  });
  return found;
}

/** The statements before `statement` in `list`, nearest first. */
function getPrecedingSiblings(list: readonly TSESTree.Node[], statement: TSESTree.Node): TSESTree.Node[] {
  const index = list.indexOf(statement);
  return index <= 0 ? [] : list.slice(0, index).reverse();
}

/** The `try` statements with a `catch` inside `statement` (itself included), outside nested functions, innermost last. */
function getTryStatementsWithCatch(statement: TSESTree.Node, visitorKeys: VisitorKeys): TSESTree.TryStatement[] {
  const found: TSESTree.TryStatement[] = [];
  walk(statement, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.TryStatement && node.handler) found.push(node);
  });
  return found;
}

/**
 * The `try` statements whose block can throw while `node` still runs: `node` is in their `finally` or `catch`,
 * or follows them after a `catch` that swallowed the failure (one that cannot rethrow, return, break or continue).
 * Innermost first. Only paths on which `node` runs unconditionally count: the walk stops at the first enclosing
 * construct that may skip it (a condition, a loop, an exit before it), except for `if` tests that
 * `isTransparentTest` accepts. Nested functions end the walk: their code runs at another time.
 */
export function getFailurePaths(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  isTransparentTest: (test: TSESTree.Expression) => boolean = () => false,
): FailurePath[] {
  const { visitorKeys } = sourceCode;
  const paths: FailurePath[] = [];
  /** The swallowing `try` statements before `statement` in `list` (or nested in those), after which `node` still runs. */
  const addPathsAfterCatch = (list: readonly TSESTree.Node[], statement: TSESTree.Node): void => {
    const container = statement.parent!;
    for (const sibling of getPrecedingSiblings(list, statement)) {
      for (const tryStatement of getTryStatementsWithCatch(sibling, visitorKeys).reverse()) {
        const handler = tryStatement.handler!;
        const swallows = !hasExitWithin(handler.body, handler.body.range, visitorKeys);
        const reachesNode = !hasExitWithin(container, [tryStatement.range[1], node.range[0]], visitorKeys);
        if (swallows && reachesNode) paths.push({ kind: 'after-catch', tryStatement });
      }
    }
  };
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.SequenceExpression:
      case AST_NODE_TYPES.LabeledStatement:
      case AST_NODE_TYPES.CatchClause:
        break;
      case AST_NODE_TYPES.IfStatement:
        if (child !== parent.consequent || !isTransparentTest(parent.test)) return paths;
        break;
      case AST_NODE_TYPES.TryStatement:
        if (child === parent.finalizer) {
          if (hasExitWithin(parent.finalizer, [parent.finalizer.range[0], node.range[0]], visitorKeys)) return paths;
          paths.push({ kind: 'finally', tryStatement: parent });
        } else if (child === parent.handler) {
          if (hasExitWithin(parent.handler.body, [parent.handler.body.range[0], node.range[0]], visitorKeys)) return paths;
          paths.push({ kind: 'catch', tryStatement: parent });
          // The `catch` runs only on failure: whatever encloses the `try`, `node` is conditional there.
          return paths;
        }
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program:
      case AST_NODE_TYPES.StaticBlock:
        addPathsAfterCatch(parent.body, child);
        break;
      case AST_NODE_TYPES.SwitchCase:
        addPathsAfterCatch(parent.consequent, child);
        // Only this case runs `node`: whatever encloses the `switch`, `node` is conditional there.
        return paths;
      default:
        // Conditions, loops and expressions may skip `node` or run it more than once.
        return paths;
    }
  }
  return paths;
}
