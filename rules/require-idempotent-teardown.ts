import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { DEFAULT_TEARDOWN_METHODS, getTeardownMethod, isTeardownDelegation } from './analysis/errors/index.js';
import { getIdempotentRewrite, getRuntimeHelperImport } from './fix/index.js';
import { getAcquireReleaseSections, getCriticalSectionCallback, isAwaitedAcquire } from './analysis/locks/index.js';
import {
  containsSuspension,
  type FunctionNode,
  getCalleeName,
  getConcurrencySettings,
  isCommonJsFile,
  skipTypeWrappers,
} from './analysis/program/index.js';
import {
  getEntryGuard,
  getStateGuards,
  hasMemoizedPromise,
  isClaimedHandleCleanup,
  isEntryGuardClaimed,
} from './analysis/state/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type MessageId = 'unguardedTeardown' | 'wrapInRunIdempotent' | 'wrapInIdempotent';
type Options = [{ teardownMethods?: string[] } & PrecisionOptions];

/** The call awaited by `statement` when that is all it does: `await x()`, `return await x()`, `const v = await x()`. */
function getAwaitedCall(statement: TSESTree.Statement): TSESTree.CallExpression | null {
  let expression: TSESTree.Node | null = null;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) expression = statement.expression;
  if (statement.type === AST_NODE_TYPES.ReturnStatement) expression = statement.argument;
  if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1) {
    expression = statement.declarations[0]!.init;
  }
  if (expression?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const call = skipTypeWrappers(expression.argument);
  return call.type === AST_NODE_TYPES.CallExpression ? call : null;
}

/** True for `await this.method(…)` as a statement: the object readying itself, as before taking a lock. */
function isOwnMethodAwait(statement: TSESTree.Statement): boolean {
  const call = getAwaitedCall(statement);
  const callee = call && skipTypeWrappers(call.callee);
  return (
    statement.type === AST_NODE_TYPES.ExpressionStatement &&
    call !== null &&
    callee?.type === AST_NODE_TYPES.MemberExpression &&
    skipTypeWrappers(callee.object).type === AST_NODE_TYPES.ThisExpression &&
    getCriticalSectionCallback(call) === null
  );
}

export default createRule<Options, MessageId>({
  name: 'require-idempotent-teardown',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require async teardown methods to be safe against a second or concurrent call',
      recommended: 'warn',
      // The codemod routes class teardown through `runIdempotent`; the suggestion is only offered where the
      // class has no method that reopens it. `idempotent(…)` on an object-literal handle is left for a person:
      // it would also cache a transient failure and turn every retry away.
      cures: { unguardedTeardown: 'wrapInRunIdempotent' },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          teardownMethods: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Method names to check on top of the default teardown names (close, shutdown, dispose, destroy, stop, disconnect, terminate, teardown).',
          },
          precision: PRECISION_OPTION_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ teardownMethods: [], precision: 'any' }],
    messages: {
      unguardedTeardown:
        '`{{name}}` awaits its cleanup with nothing to stop a second or concurrent call: a call made while the first one waits runs the cleanup again. Set an in-progress state before the first `await` and return early on it, memoize the promise, or route the body through `runIdempotent`.',
      wrapInRunIdempotent:
        'Route the body of `{{name}}` through `runIdempotent`, so concurrent and later calls join the one run.',
      wrapInIdempotent: 'Wrap `{{name}}` in `idempotent(…)`, so concurrent and later calls join the one run.',
    },
  },
  create(context, [{ teardownMethods = [] }]) {
    const { sourceCode } = context;
    const { runtimeModule } = getConcurrencySettings(context);
    const names = new Set([...DEFAULT_TEARDOWN_METHODS, ...teardownMethods]);

    /**
     * True when `statements` turn a second call away: a guard whose state is claimed before the first `await`
     * (inside a critical section, the guard alone), a memoized promise, handles taken before the first `await` and
     * awaited only while there, a critical section or an acquired lock whose body is so protected (after awaits of
     * the object's own methods that ready it), or a body already routed through `runIdempotent`.
     */
    function isProtectedBody(statements: readonly TSESTree.Statement[], boundary: FunctionNode, isLocked: boolean): boolean {
      const guard = getEntryGuard(statements, boundary, sourceCode);
      if (guard && (isLocked || isEntryGuardClaimed(guard, boundary, sourceCode))) return true;
      if (hasMemoizedPromise(statements, boundary, sourceCode) || isClaimedHandleCleanup(statements, boundary, sourceCode)) return true;
      const suspending = statements.filter((statement) => containsSuspension(statement, sourceCode.visitorKeys));
      // The lock may come after the object readies itself (the note's `await this.ensureLocksInitialized()`).
      const lockIndex = suspending.findIndex((statement) => !isOwnMethodAwait(statement));
      const lockStatement = suspending[lockIndex];
      if (!lockStatement) return false;
      if (isAwaitedAcquire(lockStatement)) {
        const rest = statements.slice(statements.indexOf(lockStatement) + 1);
        const [section] = getAcquireReleaseSections([lockStatement, ...rest.slice(0, 1)]);
        return isProtectedBody(rest, boundary, true) || (section !== undefined && isProtectedBody(section.body, boundary, true));
      }
      const call = lockIndex === suspending.length - 1 ? getAwaitedCall(lockStatement) : null;
      if (!call) return false;
      if (getCalleeName(call) === 'runIdempotent') return lockIndex === 0;
      const callback = getCriticalSectionCallback(call);
      return callback !== null && isProtected(callback, boundary, true);
    }

    function isProtected(fn: FunctionNode, boundary: FunctionNode, isLocked: boolean): boolean {
      // A guard on a state member, claimed late or not, is no-state-flag-after-await's to judge.
      if (getStateGuards(fn, sourceCode).length > 0) return true;
      return fn.body.type === AST_NODE_TYPES.BlockStatement && isProtectedBody(fn.body.body, boundary, isLocked);
    }

    function checkFunction(fn: FunctionNode): void {
      const method = getTeardownMethod(fn, names);
      if (
        !method ||
        !fn.async ||
        fn.generator ||
        !containsSuspension(fn.body, sourceCode.visitorKeys) ||
        isTeardownDelegation(fn, names) ||
        isProtected(fn, fn, false)
      ) {
        return;
      }
      // An `import` added to a CommonJS file would not run.
      const rewrite = isCommonJsFile(sourceCode) ? null : getIdempotentRewrite(method, sourceCode);
      const usage = rewrite?.helper === 'runIdempotent' ? fn.body : method.member;
      const helperImport = rewrite && getRuntimeHelperImport(usage, rewrite.helper, runtimeModule, sourceCode);
      context.report({
        node: method.key,
        messageId: 'unguardedTeardown',
        data: { name: method.name },
        suggest:
          rewrite && helperImport
            ? [
                {
                  messageId: rewrite.helper === 'runIdempotent' ? 'wrapInRunIdempotent' : 'wrapInIdempotent',
                  data: { name: method.name },
                  fix: (fixer) => [rewrite.fix(fixer, helperImport.localName), ...helperImport.fix(fixer)],
                },
              ]
            : [],
      });
    }

    return {
      ArrowFunctionExpression: checkFunction,
      FunctionExpression: checkFunction,
    };
  },
});
