import { type FunctionNode } from './analysis/program/index.js';
import { getEarlyClaim, getLateStateClaims } from './analysis/state/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type MessageId = 'flagAfterAwait' | 'flagAfterAwaitInLock' | 'claimAfterGuard' | 'claimAfterGuardWithRestore';

export default createRule<[PrecisionOptions], MessageId>({
  name: 'no-state-flag-after-await',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require state flags read by a guard to be set before the first `await` of the guarded path',
      recommended: 'error',
      // Moving a claim out of `finally` keeps its outcome-independent meaning; a flag set only on success (restore
      // form) or read by lock-free code elsewhere changes what other readers see, which a person must judge.
      cures: { flagAfterAwait: 'claimAfterGuard', flagAfterAwaitInLock: null },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: { precision: PRECISION_OPTION_SCHEMA },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ precision: 'any' }],
    messages: {
      flagAfterAwait:
        '`{{name}}` is set to {{value}} only after an `await`, but the guard on line {{guardLine}} reads it first: concurrent calls all pass the guard while this one waits. Set it right after the guard.',
      flagAfterAwaitInLock:
        '`{{name}}` is set to {{value}} only after an `await`, but the guard on line {{guardLine}} reads it first: the lock keeps callers of this code in line, but code that reads `{{name}}` without the lock still sees the old state while this call waits. Set it right after the guard.',
      claimAfterGuard: 'Set `{{name}}` right after the guard instead of in `finally`.',
      claimAfterGuardWithRestore:
        'Set `{{name}}` right after the guard, and restore its previous value if the work that follows throws.',
    },
  },
  create(context) {
    const { sourceCode } = context;

    function checkFunction(fn: FunctionNode): void {
      for (const { assignment, guard, lastGuard, isLocked } of getLateStateClaims(fn, sourceCode)) {
        const name = sourceCode.getText(assignment.left);
        const claim = getEarlyClaim(lastGuard, assignment, sourceCode);
        context.report({
          node: assignment,
          messageId: isLocked ? 'flagAfterAwaitInLock' : 'flagAfterAwait',
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
