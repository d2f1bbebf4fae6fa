import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction, isExitStatement, isNullish, skipTypeWrappers, walk, type FunctionNode } from './ast.js';
import { getAcquireReleaseSections, getCriticalSectionCallback } from './locks.js';
import { getStateTarget, type StateTarget } from './state-target.js';

/** The state an `if` test checks for presence: `x`, `!!x`, `x === true`, `x != null`, `x !== undefined`. */
export function getPresenceCheckedTarget(
  test: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StateTarget | null {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    const inner = skipTypeWrappers(node.argument);
    return inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === '!'
      ? getStateTarget(inner.argument, sourceCode)
      : null;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.left.type !== AST_NODE_TYPES.PrivateIdentifier) {
    const isTrueCheck =
      node.operator === '===' && node.right.type === AST_NODE_TYPES.Literal && node.right.value === true;
    const isNotNullishCheck = (node.operator === '!==' || node.operator === '!=') && isNullish(node.right);
    return isTrueCheck || isNotNullishCheck ? getStateTarget(node.left, sourceCode) : null;
  }
  return getStateTarget(node, sourceCode);
}

/** The state checked by an early exit (`if (this.ready) return;`), when `statement` is one. */
function getFastPathTarget(statement: TSESTree.Statement, sourceCode: Readonly<TSESLint.SourceCode>): StateTarget | null {
  if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !isExitStatement(statement.consequent)) {
    return null;
  }
  return getPresenceCheckedTarget(statement.test, sourceCode);
}

/** True when `body` re-checks `target` with an early exit and then marks it done (`target = true`). */
function isRecheckedAndMarked(
  body: TSESTree.Node,
  target: StateTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): boolean {
  let rechecked = false;
  let marked = false;
  walk(body, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.IfStatement && getFastPathTarget(node, sourceCode)?.key === target.key) {
      rechecked = true;
    }
    if (
      rechecked &&
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.operator === '=' &&
      getStateTarget(node.left, sourceCode)?.key === target.key &&
      !isNullish(node.right) &&
      !(node.right.type === AST_NODE_TYPES.Literal && node.right.value === false)
    ) {
      marked = true;
    }
  });
  return rechecked && marked;
}

/** The critical-section bodies among (or inside) `statements`: `runExclusive` callbacks and acquire/release blocks. */
function getCriticalSectionBodies(
  statements: readonly TSESTree.Statement[],
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): TSESTree.Node[] {
  const bodies: TSESTree.Node[] = [...getAcquireReleaseSections(statements)];
  for (const statement of statements) {
    walk(statement, visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callback = getCriticalSectionCallback(node);
        if (callback) bodies.push(callback.body);
      }
    });
  }
  return bodies;
}

/**
 * True when `node` is part of the design note's double-checked initializer (pattern 1):
 * an early exit on an "initialized" flag, then a critical section of an init lock that re-checks the flag
 * and sets it. Lock creations there are the guarded form the note recommends, including the init lock itself.
 */
export function isInDoubleCheckedInitializer(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  let fn: FunctionNode | null = getEnclosingFunction(node);
  // Inside the critical-section callback, the initializer is the function that calls runExclusive.
  if (fn?.parent.type === AST_NODE_TYPES.CallExpression && getCriticalSectionCallback(fn.parent) === fn) {
    fn = getEnclosingFunction(fn.parent);
  }
  if (!fn || fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const statements = fn.body.body;
  const guardIndex = statements.findIndex((statement) => getFastPathTarget(statement, sourceCode) !== null);
  const guard = statements[guardIndex];
  if (!guard || guard.range[1] > node.range[0]) return false;
  const flag = getFastPathTarget(guard, sourceCode)!;
  const rest = statements.slice(guardIndex + 1);
  return getCriticalSectionBodies(rest, sourceCode.visitorKeys).some((body) =>
    isRecheckedAndMarked(body, flag, sourceCode, sourceCode.visitorKeys),
  );
}
