import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction, isExitStatement, isNullish, isWithin, skipTypeWrappers, walk, type FunctionNode } from '../program/ast.js';
import { getAcquireReleaseSections, getCriticalSectionCallback, isAwaitedAcquire } from './locks.js';
import { getAbsenceCheckedTarget, getStateTarget, type StateTarget } from '../program/state-target.js';

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

/** True when `node` marks `target` done: `target = true` (any value but `null`, `undefined`, `false`). */
function isMarking(node: TSESTree.Node, target: StateTarget, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (
    node.type === AST_NODE_TYPES.AssignmentExpression &&
    node.operator === '=' &&
    getStateTarget(node.left, sourceCode)?.key === target.key &&
    !isNullish(node.right) &&
    !(node.right.type === AST_NODE_TYPES.Literal && node.right.value === false)
  );
}

/** True when `statement` is `if (!target) { …; target = true; }`: it runs only while `target` is not yet set, and sets it. */
function isWrappingRecheck(statement: TSESTree.Node, target: StateTarget, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (
    statement.type !== AST_NODE_TYPES.IfStatement ||
    statement.alternate ||
    getAbsenceCheckedTarget(statement.test, sourceCode)?.key !== target.key
  ) {
    return false;
  }
  let marked = false;
  walk(statement.consequent, sourceCode.visitorKeys, (node) => {
    marked ||= isMarking(node, target, sourceCode);
    return !marked;
  });
  return marked;
}

/**
 * True when `section` re-checks `target` and then marks it done: an early exit (`if (target) return;`) followed by
 * `target = true`, or the wrapping form `if (!target) { …; target = true; }`.
 */
function isRecheckedAndMarked(
  section: readonly TSESTree.Node[],
  target: StateTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  let rechecked = false;
  let marked = false;
  for (const root of section) {
    walk(root, sourceCode.visitorKeys, (node) => {
      if (isWrappingRecheck(node, target, sourceCode)) {
        marked = true;
        return false;
      }
      if (node.type === AST_NODE_TYPES.IfStatement && getFastPathTarget(node, sourceCode)?.key === target.key) {
        rechecked = true;
      }
      if (rechecked && isMarking(node, target, sourceCode)) marked = true;
      return !marked;
    });
  }
  return marked;
}

/**
 * The critical sections among (or inside) `statements`, each as the nodes it runs: `runExclusive` callbacks,
 * acquire/release blocks, and the rest of a block after `using _ = await lock.acquire()`.
 */
function getCriticalSections(statements: readonly TSESTree.Statement[], visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.Node[][] {
  const sections: TSESTree.Node[][] = getAcquireReleaseSections(statements).map((block) => [block]);
  statements.forEach((statement, index) => {
    if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind.endsWith('using') && isAwaitedAcquire(statement)) {
      sections.push(statements.slice(index + 1));
    }
  });
  for (const statement of statements) {
    walk(statement, visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callback = getCriticalSectionCallback(node);
        if (callback) sections.push([callback.body]);
      }
    });
  }
  return sections;
}

/**
 * The fast path of an initializer that `node` follows: an early exit on an "initialized" flag at the top of the
 * function (`if (this.ready) return;`), with the statements after it; or the wrapping form
 * `if (!this.ready) { … }` around `node`, with the statements inside it.
 */
function getFastPath(
  statements: readonly TSESTree.Statement[],
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { flag: StateTarget; rest: readonly TSESTree.Statement[] } | null {
  const guardIndex = statements.findIndex((statement) => getFastPathTarget(statement, sourceCode) !== null);
  const guard = statements[guardIndex];
  if (guard && guard.range[1] <= node.range[0]) {
    return { flag: getFastPathTarget(guard, sourceCode)!, rest: statements.slice(guardIndex + 1) };
  }
  const wrapping = statements.find((statement) => isWithin(node, statement));
  if (wrapping?.type !== AST_NODE_TYPES.IfStatement || wrapping.alternate || !isWithin(node, wrapping.consequent)) return null;
  const flag = getAbsenceCheckedTarget(wrapping.test, sourceCode);
  if (!flag) return null;
  return { flag, rest: wrapping.consequent.type === AST_NODE_TYPES.BlockStatement ? wrapping.consequent.body : [wrapping.consequent] };
}

/**
 * True when `node` is part of the design note's double-checked initializer (pattern 1):
 * a fast path on an "initialized" flag, then a critical section of an init lock that re-checks the flag
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
  const fastPath = getFastPath(fn.body.body, node, sourceCode);
  if (!fastPath) return false;
  return getCriticalSections(fastPath.rest, sourceCode.visitorKeys).some((section) =>
    isRecheckedAndMarked(section, fastPath.flag, sourceCode),
  );
}
