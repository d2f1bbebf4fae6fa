import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getFirstSuspension, isExitStatement, isFunctionNode, isSuspensionPoint, skipTypeWrappers, walk } from '../program/ast.js';
import { getFallThroughSuspension, getStatementList, getSuspensionsBefore } from '../program/path-suspensions.js';
import { getPresenceCheckedTarget } from '../locks/double-checked-init.js';
import {
  getAbsenceCheckedTarget,
  getAbsenceCheckedTargets,
  getStateTarget,
  isSameStateTarget,
  type StateTarget,
} from '../program/state-target.js';

/**
 * An assignment that runs only when its target is absent: lazy creation.
 * Forms: `if (!x) x = v`, `if (x == null) { …; x = v }`, `if (x) {…} else x = v`,
 * `if (x) return x; …; x = v`, `x ??= v`, `x ||= v`, `x = x ?? v`, `x = x || v`, `x ?? (x = v)`, `x ? x : (x = v)`.
 */
export interface ConditionalAssignment {
  readonly target: StateTarget;
  readonly assignment: TSESTree.AssignmentExpression;
  /** The value stored when the target is absent. */
  readonly value: TSESTree.Expression;
  /** Where the absence is checked: an `if`, or the assignment itself for `??=` and friends. */
  readonly check: TSESTree.Node;
  /** True when an `await` or `yield` runs after the check and before the value is stored. */
  readonly suspendsBetweenCheckAndAssignment: boolean;
  /**
   * What can be deleted to drop the lazy branch without changing anything else:
   * a whole statement (the `if`, or `x ??= v;`), or the assignment expression to replace by its target.
   */
  readonly removable: TSESTree.Statement | TSESTree.Expression | null;
}

const STATEMENT_LIST_PARENTS = new Set<string>([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.StaticBlock,
]);

function isInStatementList(statement: TSESTree.Statement): boolean {
  return STATEMENT_LIST_PARENTS.has(statement.parent?.type ?? '');
}

/** True when `test` suspends after it has read `target`: `if (!this.lock && (await this.isSealed()))`. */
function suspendsAfterRead(test: TSESTree.Node, target: StateTarget, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let readEnd: number | null = null;
  let suspends = false;
  walk(test, sourceCode.visitorKeys, (node) => {
    if (suspends) return false;
    if (readEnd === null && isSameStateTarget(node, target, sourceCode)) {
      readEnd = node.range[1];
      return false;
    }
    suspends = readEnd !== null && node.range[0] >= readEnd && isSuspensionPoint(node);
    return !suspends;
  });
  return suspends;
}

/**
 * True when an `await`/`yield` can run after the check and before `assignment` stores its value, on a path that
 * reaches the assignment: in the value itself, in the `if` test after it reads the target, or in statements between
 * them that fall through to it. `check` is the enclosing `if`, or `earlyExit` the sibling `if (x) return x;` that
 * precedes the assignment's block.
 */
function suspendsBetween(
  assignment: TSESTree.AssignmentExpression,
  value: TSESTree.Node,
  check: TSESTree.Node,
  target: StateTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
  earlyExit?: TSESTree.Statement,
): boolean {
  const { visitorKeys } = sourceCode;
  if (getFirstSuspension(value, visitorKeys)) return true;
  if (check.type === AST_NODE_TYPES.IfStatement && !earlyExit && suspendsAfterRead(check.test, target, sourceCode)) return true;
  let child: TSESTree.Node = assignment;
  for (
    let parent: TSESTree.Node | undefined = assignment.parent;
    parent && parent !== check && !isFunctionNode(parent);
    child = parent, parent = parent.parent
  ) {
    const list = getStatementList(parent);
    if (earlyExit && list?.includes(earlyExit)) {
      return list
        .slice(list.indexOf(earlyExit) + 1, list.indexOf(child))
        .some((statement) => getFallThroughSuspension(statement, visitorKeys) !== null);
    }
    if (getSuspensionsBefore(parent, child, visitorKeys).some((suspension) => suspension !== null)) return true;
  }
  return false;
}

/**
 * True when `test` being true means `target` is absent: the checks of `getAbsenceCheckedTargets` (`!x`, `x == null`,
 * `!x && more`), and both sides of an `||` (`x === null || x === undefined`). With `whole`, only when the test is
 * nothing but such a check, so that it is surely false once the target is always there.
 */
function isAbsenceCheckOf(
  test: TSESTree.Expression,
  target: StateTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
  whole: boolean,
): boolean {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
    return isAbsenceCheckOf(node.left, target, sourceCode, whole) && isAbsenceCheckOf(node.right, target, sourceCode, whole);
  }
  if (whole) return getAbsenceCheckedTarget(node as TSESTree.Expression, sourceCode)?.key === target.key;
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return isAbsenceCheckOf(node.left, target, sourceCode, false) || isAbsenceCheckOf(node.right, target, sourceCode, false);
  }
  return getAbsenceCheckedTargets(node as TSESTree.Expression, sourceCode).some((checked) => checked.key === target.key);
}

/**
 * The expression forms of the check, with `child` the branch taken when `target` is absent:
 * `x ?? (x = v)`, `x || (x = v)`, `!x && (x = v)`, `x ? x : (x = v)`, `!x ? (x = v) : x`.
 * `isWholeLazyExpression` when the expression is nothing but that: it then equals `x` once `x` is always there.
 */
function getExpressionCheck(
  parent: TSESTree.Node,
  child: TSESTree.Node,
  target: StateTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { isWholeLazyExpression: boolean } | null {
  if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right) {
    if ((parent.operator === '??' || parent.operator === '||') && isSameStateTarget(parent.left, target, sourceCode)) {
      return { isWholeLazyExpression: true };
    }
    return parent.operator === '&&' && isAbsenceCheckOf(parent.left, target, sourceCode, false) ? { isWholeLazyExpression: false } : null;
  }
  if (parent.type !== AST_NODE_TYPES.ConditionalExpression || child === parent.test) return null;
  const inConsequent = child === parent.consequent;
  const other = inConsequent ? parent.alternate : parent.consequent;
  const guardsAbsence = inConsequent
    ? isAbsenceCheckOf(parent.test, target, sourceCode, false)
    : getPresenceCheckedTarget(parent.test, sourceCode)?.key === target.key;
  if (!guardsAbsence) return null;
  const isPureCheck = inConsequent ? isAbsenceCheckOf(parent.test, target, sourceCode, true) : isSameStateTarget(parent.test, target, sourceCode);
  return { isWholeLazyExpression: isPureCheck && isSameStateTarget(other, target, sourceCode) };
}

/** The statement `if (…) <assignment>;` or `if (…) { <assignment>; }` when the branch holds nothing else. */
function isSoleStatementOf(branch: TSESTree.Statement, assignment: TSESTree.AssignmentExpression): boolean {
  const only = branch.type === AST_NODE_TYPES.BlockStatement && branch.body.length === 1 ? branch.body[0] : branch;
  return only?.type === AST_NODE_TYPES.ExpressionStatement && only.expression === assignment;
}

/** `assignment` as a conditional (lazy) creation, or `null` when it is unconditional or not on shared state. */
export function getConditionalAssignment(
  assignment: TSESTree.AssignmentExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ConditionalAssignment | null {
  const target = getStateTarget(assignment.left, sourceCode);
  if (!target) return null;
  const statement = assignment.parent.type === AST_NODE_TYPES.ExpressionStatement ? assignment.parent : null;
  const removableSelf = statement ? (isInStatementList(statement) ? statement : null) : assignment;

  if (assignment.operator === '??=' || assignment.operator === '||=') {
    return {
      target,
      assignment,
      value: assignment.right,
      check: assignment,
      suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, assignment.right, assignment, target, sourceCode),
      removable: removableSelf,
    };
  }
  if (assignment.operator !== '=') return null;

  const right = skipTypeWrappers(assignment.right);
  if (
    right.type === AST_NODE_TYPES.LogicalExpression &&
    (right.operator === '??' || right.operator === '||') &&
    isSameStateTarget(right.left, target, sourceCode)
  ) {
    return {
      target,
      assignment,
      value: right.right,
      check: assignment,
      suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, right.right, assignment, target, sourceCode),
      removable: removableSelf,
    };
  }

  // Walk out through the enclosing statements of this function, looking for the check that guards the assignment.
  let child: TSESTree.Node = assignment;
  for (
    let parent: TSESTree.Node | undefined = assignment.parent;
    parent && !isFunctionNode(parent);
    child = parent, parent = parent.parent
  ) {
    const expressionCheck = getExpressionCheck(parent, child, target, sourceCode);
    if (expressionCheck) {
      return {
        target,
        assignment,
        value: assignment.right,
        check: parent,
        suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, assignment.right, parent, target, sourceCode),
        removable: expressionCheck.isWholeLazyExpression && child === assignment ? (parent as TSESTree.Expression) : null,
      };
    }
    if (parent.type === AST_NODE_TYPES.IfStatement && child !== parent.test) {
      const inConsequent = child === parent.consequent;
      const guardsAbsence = inConsequent
        ? isAbsenceCheckOf(parent.test, target, sourceCode, false)
        : getPresenceCheckedTarget(parent.test, sourceCode)?.key === target.key;
      if (guardsAbsence) {
        const isWholeLazyBranch =
          inConsequent &&
          !parent.alternate &&
          isAbsenceCheckOf(parent.test, target, sourceCode, true) &&
          isSoleStatementOf(parent.consequent, assignment) &&
          isInStatementList(parent);
        return {
          target,
          assignment,
          value: assignment.right,
          check: parent,
          suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, assignment.right, parent, target, sourceCode),
          removable: isWholeLazyBranch ? parent : null,
        };
      }
    }
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      // The nearest early exit before the assignment is the check that counts: an earlier one was re-checked.
      const earlyReturn = parent.body.findLast(
        (sibling) =>
          sibling.range[1] <= child.range[0] &&
          sibling.type === AST_NODE_TYPES.IfStatement &&
          !sibling.alternate &&
          isExitStatement(sibling.consequent) &&
          getPresenceCheckedTarget(sibling.test, sourceCode)?.key === target.key,
      );
      if (earlyReturn) {
        return {
          target,
          assignment,
          value: assignment.right,
          check: earlyReturn,
          suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, assignment.right, earlyReturn, target, sourceCode, earlyReturn),
          removable: statement && statement.parent === parent ? statement : null,
        };
      }
    }
  }
  return null;
}
