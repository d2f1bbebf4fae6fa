import { hasSuspendableFunction, type FunctionNode } from './analysis/program/index.js';
import { createSlotAccess, getEarlyClaim, getLateStateClaims } from './analysis/state/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type MessageId =
  | 'flagAfterAwait'
  | 'flagAfterAwaitInLock'
  | 'preconditionAfterAwait'
  | 'flagAfterAwaitViaHelper'
  | 'preconditionAfterAwaitViaHelper'
  | 'claimAfterGuard'
  | 'claimAfterGuardWithRestore';

export default createRule<[PrecisionOptions], MessageId>({
  name: 'no-state-flag-after-await',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require state flags read by a guard to be set before the first `await` of the guarded path',
      // Out of recommended until a kind is measured high (the tier table of the rule's doc has the figures).
      recommended: false,
      // Moving a claim out of `finally` keeps its outcome-independent meaning; a flag set only on success (restore
      // form) or read by lock-free code elsewhere changes what other readers see, which a person must judge.
      // A precondition's flag often records state that nested or owned use relies on (a transaction's `active`).
      cures: {
        flagAfterAwait: 'claimAfterGuard',
        flagAfterAwaitInLock: null,
        preconditionAfterAwait: null,
        flagAfterAwaitViaHelper: null,
        preconditionAfterAwaitViaHelper: null,
      },
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
      preconditionAfterAwait:
        '`{{name}}` is set to {{value}} only after an `await`, so the check on line {{guardLine}}, which throws for that value, rejects only calls made after this one finishes: a concurrent call gets past it and runs the same work. If callers may overlap, set it right after the check.',
      flagAfterAwaitViaHelper:
        '`{{helper}}()` sets `{{name}}` to {{value}}, but it runs only after an `await`, and the guard on line {{guardLine}} reads `{{name}}` first: concurrent calls all pass the guard while this one waits. Set it right after the guard.',
      preconditionAfterAwaitViaHelper:
        '`{{helper}}()` sets `{{name}}` to {{value}}, but it runs only after an `await`, so the check on line {{guardLine}}, which throws for that value, rejects only calls made after this one finishes: a concurrent call gets past it and runs the same work. If callers may overlap, set it right after the check.',
      claimAfterGuard: 'Set `{{name}}` right after the guard instead of in `finally`.',
      claimAfterGuardWithRestore:
        'Set `{{name}}` right after the guard, and restore its previous value if the work that follows throws.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    // Only async functions and generators have late claims (`getLateStateClaims`): a file without one has none.
    if (!hasSuspendableFunction(sourceCode)) return {};
    const access = createSlotAccess(sourceCode);

    function checkFunction(fn: FunctionNode): void {
      for (const { assignment, guard, lastGuard, isLocked, isPrecondition, via } of getLateStateClaims(fn, access, sourceCode)) {
        const name = sourceCode.getText(assignment.left);
        const data = { name, value: sourceCode.getText(assignment.right), guardLine: guard.statement.loc.start.line };
        if (via) {
          // The claim lives in the helper, which other callers share: moving it is a person's call.
          const helper = sourceCode.getText(via.callee);
          context.report({ node: via, messageId: isPrecondition ? 'preconditionAfterAwaitViaHelper' : 'flagAfterAwaitViaHelper', data: { ...data, helper } });
          continue;
        }
        const claim = getEarlyClaim(lastGuard, assignment, sourceCode);
        context.report({
          node: assignment,
          messageId: isPrecondition ? 'preconditionAfterAwait' : isLocked ? 'flagAfterAwaitInLock' : 'flagAfterAwait',
          data,
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
