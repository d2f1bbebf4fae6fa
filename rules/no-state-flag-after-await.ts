import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  getEarlyClaim,
  getFirstSuspensionOnPath,
  getStateGuards,
  getStateTarget,
  getStateValueKey,
  isBlockingValue,
  walk,
  type ExitCondition,
  type FunctionNode,
} from './analysis/index.js';
import { createRule } from './utils/create-rule.js';

type MessageId = 'flagAfterAwait' | 'claimAfterGuard' | 'claimAfterGuardWithRestore';

/** A write of a constant to a guarded member, and whether that value makes the guard exit. */
interface GuardedWrite {
  readonly assignment: TSESTree.AssignmentExpression;
  readonly isBlocking: boolean;
}

export default createRule<[], MessageId>({
  name: 'no-state-flag-after-await',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require state flags read by a guard to be set before the first `await` of the guarded path',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      flagAfterAwait:
        '`{{name}}` is set to {{value}} only after an `await`, but the guard on line {{guardLine}} reads it first: concurrent calls all pass the guard while this one waits. Set it right after the guard.',
      claimAfterGuard: 'Set `{{name}}` right after the guard instead of in `finally`.',
      claimAfterGuardWithRestore:
        'Set `{{name}}` right after the guard, and restore its previous value if the work that follows throws.',
    },
  },
  create(context) {
    const { sourceCode } = context;

    /** The constant writes on `path` to the members that `conditions` read. */
    function getGuardedWrites(path: readonly TSESTree.Statement[], conditions: readonly ExitCondition[]): GuardedWrite[] {
      const writes: GuardedWrite[] = [];
      for (const statement of path) {
        walk(statement, sourceCode.visitorKeys, (node) => {
          if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=') return;
          const key = getStateTarget(node.left, sourceCode)?.key;
          const valueKey = getStateValueKey(node.right);
          const readBy = conditions.filter((condition) => condition.target.key === key);
          if (readBy.length === 0 || valueKey === null) return;
          writes.push({ assignment: node, isBlocking: readBy.some((condition) => isBlockingValue(condition, valueKey)) });
        });
      }
      return writes;
    }

    function checkFunction(fn: FunctionNode): void {
      // Only async functions and generators can suspend between a guard and a claim.
      if (!fn.async && !fn.generator) return;
      const guards = getStateGuards(fn, sourceCode);
      const lastGuard = guards.at(-1);
      if (!lastGuard) return;
      const firstAwait = getFirstSuspensionOnPath(lastGuard.path, sourceCode);
      if (!firstAwait) return;
      // All guards before the first await act as one compound guard: claiming any of their members is enough,
      // which keeps the note's in-progress/complete pair (`inProgress = true` first, `complete = true` in finally) valid.
      const writes = getGuardedWrites(lastGuard.path, guards.flatMap(({ conditions }) => conditions));
      if (writes.some(({ assignment, isBlocking }) => isBlocking && assignment.range[1] <= firstAwait.range[0])) return;

      for (const { assignment, isBlocking } of writes) {
        if (!isBlocking || assignment.range[0] < firstAwait.range[0]) continue;
        const name = sourceCode.getText(assignment.left);
        const key = getStateTarget(assignment.left, sourceCode)?.key;
        const guard = guards.find(({ conditions }) => conditions.some(({ target }) => target.key === key)) ?? lastGuard;
        const claim = getEarlyClaim(lastGuard, assignment, sourceCode);
        context.report({
          node: assignment,
          messageId: 'flagAfterAwait',
          data: { name, value: sourceCode.getText(assignment.right), guardLine: guard.statement.loc.start.line },
          suggest: claim
            ? [
                {
                  messageId: claim.kind === 'from-finally' ? 'claimAfterGuard' : 'claimAfterGuardWithRestore',
                  data: { name },
                  fix: claim.fix,
                },
              ]
            : [],
        });
      }
    }

    return {
      ArrowFunctionExpression: checkFunction,
      FunctionDeclaration: checkFunction,
      FunctionExpression: checkFunction,
    };
  },
});
