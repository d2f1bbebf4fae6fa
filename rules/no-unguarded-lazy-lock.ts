import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getEagerInitializationFix } from './fix/index.js';
import { isInDoubleCheckedInitializer, isLockCreation } from './analysis/locks/index.js';
import {
  getConcurrencySettings,
  getConstructionValues,
  getEnclosingFunction,
  getStateTarget,
  isConstructionFunction,
  skipTypeWrappers,
  type StateTarget,
} from './analysis/program/index.js';
import { getConditionalAssignment } from './analysis/state/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type MessageId = 'lazyLock' | 'awaitBeforeCreation' | 'replacedLock';

/** True when the lock behind `target` is already created while the object (or module) is constructed. */
function isCreatedAtConstruction(
  target: StateTarget,
  assignment: TSESTree.AssignmentExpression,
  lockClasses: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  if (target.kind === 'module-variable') {
    return target.variable.defs.some(
      (definition) =>
        definition.type === 'Variable' && definition.node.init !== null && isLockCreation(definition.node.init, lockClasses),
    );
  }
  return getConstructionValues(assignment, target.name, sourceCode).some((value) => isLockCreation(value, lockClasses));
}

export default createRule<[PrecisionOptions], MessageId>({
  name: 'no-unguarded-lazy-lock',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow creating locks lazily or replacing them outside construction',
      // Out of recommended until a kind is measured high: no report on the integration corpus yet.
      recommended: false,
      // `lazyLock` has a fix (always applied); the other two need a person to choose where the one lock lives.
      cures: { lazyLock: null, awaitBeforeCreation: null, replacedLock: null },
    },
    fixable: 'code',
    schema: [
      {
        type: 'object',
        properties: { precision: PRECISION_OPTION_SCHEMA },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ precision: 'any' }],
    messages: {
      lazyLock:
        '`{{name}}` is a lock created lazily. A JavaScript lock needs no event loop: create it once in a field initializer or the constructor, so every caller is sure to share it.',
      awaitBeforeCreation:
        '`{{name}}` is checked, then awaited on, then created: concurrent callers each create their own lock and none excludes the others. Create it once in a field initializer or the constructor.',
      replacedLock:
        '`{{name}}` is replaced by a new lock outside construction: callers still holding the old lock and callers taking the new one run at the same time.',
    },
  },
  create(context) {
    const { lockClasses } = getConcurrencySettings(context);
    const { sourceCode } = context;

    return {
      AssignmentExpression(assignment) {
        // Every lock creation is the right side, or the fallback of `x = x ?? new Mutex()`: skip the rest cheaply.
        const right = skipTypeWrappers(assignment.right);
        const fallback = right.type === AST_NODE_TYPES.LogicalExpression ? right.right : null;
        if (!isLockCreation(right, lockClasses) && !(fallback && isLockCreation(fallback, lockClasses))) return;
        const fn = getEnclosingFunction(assignment);
        // Module-level code and constructors (constructor functions too) run once, at construction: that is where locks belong.
        if (!fn || isConstructionFunction(fn, sourceCode)) return;

        const site = getConditionalAssignment(assignment, sourceCode);
        if (site) {
          if (!isLockCreation(site.value, lockClasses) || isInDoubleCheckedInitializer(assignment, sourceCode)) return;
          const name = sourceCode.getText(site.target.node);
          if (site.suspendsBetweenCheckAndAssignment) {
            context.report({ node: assignment, messageId: 'awaitBeforeCreation', data: { name } });
            return;
          }
          context.report({
            node: assignment,
            messageId: 'lazyLock',
            data: { name },
            fix: getEagerInitializationFix(site, sourceCode),
          });
          return;
        }

        if (assignment.operator !== '=' || !isLockCreation(assignment.right, lockClasses)) return;
        const target = getStateTarget(assignment.left, sourceCode);
        if (target && isCreatedAtConstruction(target, assignment, lockClasses, sourceCode)) {
          context.report({ node: assignment, messageId: 'replacedLock', data: { name: sourceCode.getText(target.node) } });
        }
      },
    };
  },
});

