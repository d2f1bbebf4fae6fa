import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isSuspensionPoint, skipTypeWrappers, walk, type SuspensionNode } from '../program/ast.js';
import { getChangesBeforeSuspension } from './entry-guards.js';
import { getOwnStateAccess, getOwnStateReads, isAnyReadChanged, type OwnStateAccess } from './own-state.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The object whose absence skips the optional chain `node` (`socket` in `socket?.end()`), else `null`. */
function getOptionalBase(node: TSESTree.Node): TSESTree.Node | null {
  const chain = skipTypeWrappers(node);
  if (chain.type !== AST_NODE_TYPES.ChainExpression) return null;
  let current: TSESTree.Node = chain.expression;
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) return current.callee;
      current = skipTypeWrappers(current.callee);
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.optional) return current.object;
      current = skipTypeWrappers(current.object);
    } else {
      return null;
    }
  }
}

/**
 * True when `suspension` runs only while some state in `changes` is present: it awaits an optional chain on it
 * (`await socket?.end()`), or sits in the branch of an `if`, `?:` or `&&` that tests it (`if (socket) await …`).
 */
function isGatedByChangedState(
  suspension: SuspensionNode,
  changes: ReadonlySet<OwnStateAccess>,
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  const base = suspension.type === AST_NODE_TYPES.AwaitExpression ? getOptionalBase(suspension.argument) : null;
  const baseAccess = base ? getOwnStateAccess(base, boundary, sourceCode) : null;
  if (baseAccess !== null && isAnyReadChanged(new Set([baseAccess]), changes)) return true;
  let child: TSESTree.Node = suspension;
  for (let parent: TSESTree.Node | undefined = suspension.parent; parent && parent !== boundary; child = parent, parent = parent.parent) {
    const test =
      (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child === parent.consequent
        ? parent.test
        : parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && child === parent.right
          ? parent.left
          : null;
    if (test && isAnyReadChanged(getOwnStateReads(test, boundary, sourceCode), changes)) return true;
  }
  return false;
}

/**
 * True when `statements` take their handles before the first `await` and every `await` works on one of them only
 * while it is there: `const socket = this.socket; this.socket = undefined; await socket?.end();`, or
 * `if (socket) { await socket.end(); }`. A second call finds the handles gone and awaits nothing.
 */
export function isClaimedHandleCleanup(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  const changes = getChangesBeforeSuspension(statements, boundary, sourceCode);
  if (changes.size === 0) return false;
  const suspensions: SuspensionNode[] = [];
  for (const statement of statements) {
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (isSuspensionPoint(node)) suspensions.push(node);
    });
  }
  return suspensions.length > 0 && suspensions.every((suspension) => isGatedByChangedState(suspension, changes, boundary, sourceCode));
}
