import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  getConcurrencySettings,
  getConditionalAssignment,
  getConstructor,
  getEagerInitializationFix,
  getEnclosingFunction,
  getAssignmentsTo,
  getFieldDeclaration,
  getStateTarget,
  getThisClass,
  isConstructor,
  isInDoubleCheckedInitializer,
  isLockCreation,
  type StateTarget,
} from './analysis/index.js';
import { createRule } from './utils/create-rule.js';

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
  const owner = getThisClass(assignment);
  if (!owner) return false;
  const field = getFieldDeclaration(owner.classNode, target.name, owner.isStatic);
  if (field?.value && isLockCreation(field.value, lockClasses)) return true;
  const constructor = owner.isStatic ? null : getConstructor(owner.classNode);
  return (
    constructor !== null &&
    getAssignmentsTo(constructor.body, target, sourceCode).some((write) => isLockCreation(write.right, lockClasses))
  );
}

export default createRule<[], MessageId>({
  name: 'no-unguarded-lazy-lock',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow creating locks lazily or replacing them outside construction',
      recommended: 'error',
    },
    fixable: 'code',
    schema: [],
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
        const fn = getEnclosingFunction(assignment);
        // Module-level code and constructors run once, at construction: that is where locks belong.
        if (!fn || isConstructor(fn)) return;

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

