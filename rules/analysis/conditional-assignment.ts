import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getFirstSuspension, isExitStatement, isFunctionNode, skipTypeWrappers } from './ast.js';
import { getFallThroughSuspension, getStatementList, getSuspensionsBefore } from './path-suspensions.js';
import { getPresenceCheckedTarget } from './double-checked-init.js';
import {
  getAbsenceCheckedTarget,
  getAbsenceCheckedTargets,
  getStateTarget,
  isSameStateTarget,
  type StateTarget,
} from './state-target.js';

/**
 * An assignment that runs only when its target is absent: lazy creation.
 * Forms: `if (!x) x = v`, `if (x == null) { …; x = v }`, `if (x) {…} else x = v`,
 * `if (x) return x; …; x = v`, `x ??= v`, `x ||= v`, `x = x ?? v`, `x = x || v`.
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
  readonly removable: TSESTree.Statement | TSESTree.AssignmentExpression | null;
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

/**
 * True when an `await`/`yield` can run after the check and before `assignment` stores its value, on a path that
 * reaches the assignment: in the value itself, or in statements between them that fall through to it.
 * `check` is the enclosing `if`, or `earlyExit` the sibling `if (x) return x;` that precedes the assignment's block.
 */
function suspendsBetween(
  assignment: TSESTree.AssignmentExpression,
  value: TSESTree.Node,
  check: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  earlyExit?: TSESTree.Statement,
): boolean {
  if (getFirstSuspension(value, visitorKeys)) return true;
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
  const { visitorKeys } = sourceCode;
  const statement = assignment.parent.type === AST_NODE_TYPES.ExpressionStatement ? assignment.parent : null;
  const removableSelf = statement ? (isInStatementList(statement) ? statement : null) : assignment;

  if (assignment.operator === '??=' || assignment.operator === '||=') {
    return {
      target,
      assignment,
      value: assignment.right,
      check: assignment,
      suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, assignment.right, assignment, visitorKeys),
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
      suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, right.right, assignment, visitorKeys),
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
    if (parent.type === AST_NODE_TYPES.IfStatement && child !== parent.test) {
      const inConsequent = child === parent.consequent;
      const guardsAbsence = inConsequent
        ? getAbsenceCheckedTargets(parent.test, sourceCode).some((checked) => checked.key === target.key)
        : getPresenceCheckedTarget(parent.test, sourceCode)?.key === target.key;
      if (guardsAbsence) {
        const isWholeLazyBranch =
          inConsequent &&
          !parent.alternate &&
          getAbsenceCheckedTarget(parent.test, sourceCode)?.key === target.key &&
          isSoleStatementOf(parent.consequent, assignment) &&
          isInStatementList(parent);
        return {
          target,
          assignment,
          value: assignment.right,
          check: parent,
          suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, assignment.right, parent, visitorKeys),
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
          suspendsBetweenCheckAndAssignment: suspendsBetween(assignment, assignment.right, earlyReturn, visitorKeys, earlyReturn),
          removable: statement && statement.parent === parent ? statement : null,
        };
      }
    }
  }
  return null;
}
