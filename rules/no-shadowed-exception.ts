import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  canThrowIntoFinally,
  type CleanupStep,
  DEFAULT_CLEANUP_METHODS,
  getAwaitedCall,
  getCaughtErrorReads,
  getDeferredErrorVariable,
  getHelperListenerCall,
  getReadsAfter,
  getStepsBeforeErrorPassedOn,
  getUnprotectedCleanupSteps,
  getUnprotectedCleanupStepsAndCalls,
  isErrorPassedOn,
  isGatedByCatchFlag,
  isGatedBySuccessFlag,
  isInsideHandledTry,
  isIteratorCloseAfterNext,
  isReadInThrow,
  isReleasingCall,
  isSwallowedInFunction,
} from './analysis/errors/index.js';
import { getGuardedStatementReplacement, getRuntimeHelperImport, getWithCleanupRewrite } from './fix/index.js';
import {
  type FunctionNode,
  getCallName,
  getConcurrencySettings,
  skipTypeWrappers,
} from './analysis/program/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { getOptionNames } from './utils/option-names.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type Options = [{ cleanupMethods?: string[] } & PrecisionOptions];
type MessageId =
  | 'cleanupBeforeRethrow'
  | 'stepBeforeRethrow'
  | 'listenersBeforeRethrow'
  | 'cleanupBeforeDeferredRethrow'
  | 'awaitInFinally'
  | 'wrapCleanup'
  | 'wrapFinallyCleanup'
  | 'useWithCleanup'
  | 'useWithCleanupOnce';
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageId>;

const NO_NAMES: readonly string[] = [];

/** The step as quoted in a message: one line, at most 60 characters. */
function describeStep(step: CleanupStep, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(step).replaceAll(/\s+/gu, ' ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The statement that is `step` and nothing else (`await x.close();`, `x?.close();`, `yield x.close(err);`), else `null`. */
function getStepStatement(step: CleanupStep): TSESTree.ExpressionStatement | null {
  let node: TSESTree.Node = step;
  while (
    node.parent?.type === AST_NODE_TYPES.ChainExpression ||
    (node.parent?.type === AST_NODE_TYPES.YieldExpression && !node.parent.delegate) ||
    (node.parent && skipTypeWrappers(node.parent) !== node.parent)
  ) {
    node = node.parent;
  }
  return node.parent?.type === AST_NODE_TYPES.ExpressionStatement ? node.parent : null;
}

/** True when `fn` is the rejection handler of `call`: `.catch(fn)`, or `.then(onFulfilled, fn)`. */
function isRejectionHandlerOf(fn: FunctionNode, call: TSESTree.CallExpression): boolean {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getCallName(call);
  return name === 'catch' ? call.arguments[0] === fn : name === 'then' && call.arguments[1] === fn;
}

export default createRule<Options, MessageId>({
  name: 'no-shadowed-exception',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow cleanup in `catch` or `finally` that can throw in place of the error being handled',
      // Out of recommended until a kind is measured high again: on code the rules had never seen (the hold-out record,
      // test/integration/hold-outs.json), cleanupBeforeRethrow was 8 false of 156 judged reports (5.1%) after set 13,
      // and awaitInFinally 18 of 245; both are medium, and stay in strict.
      recommended: false,
      // The step in its own try/catch changes nothing unless it fails; `withCleanup` keeps a failing cleanup after a
      // successful try thrown, as `finally` did (wrapping it in a `finally` would log it instead: a person decides).
      // A recovery step's failure may be what the caller's retry needs to see, and a parked error's cleanup also
      // runs after a success, where wrapping it would hide its failure: a person decides both.
      cures: {
        cleanupBeforeRethrow: 'wrapCleanup',
        stepBeforeRethrow: null,
        listenersBeforeRethrow: 'wrapCleanup',
        cleanupBeforeDeferredRethrow: null,
        awaitInFinally: 'useWithCleanup',
      },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          cleanupMethods: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'More method or function names whose calls are cleanup steps even when not awaited, added to the defaults (close, destroy, dispose, rollback…).',
          },
          precision: PRECISION_OPTION_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ cleanupMethods: [], precision: 'any' }],
    messages: {
      cleanupBeforeRethrow:
        '`{{step}}` runs before `{{error}}` is thrown on (line {{line}}): if it throws, its error replaces `{{error}}` and the caller never sees the original failure. Give the cleanup its own try/catch or `.catch(…)`.',
      stepBeforeRethrow:
        '`{{step}}` runs before `{{error}}` is thrown on (line {{line}}): if this step fails, its error replaces `{{error}}` and the caller never sees the original failure. If `{{error}}` is the error to pass on, give the step its own try/catch or `.catch(…)`.',
      listenersBeforeRethrow:
        '`{{step}}` runs listeners or callbacks (`{{listener}}`, line {{listenerLine}}) before `{{error}}` is thrown on (line {{line}}): if one of them throws, its error replaces `{{error}}` and the caller never sees the original failure. Catch what the listeners throw, or give the call its own try/catch.',
      cleanupBeforeDeferredRethrow:
        '`{{step}}` runs after `{{error}}` was caught and before it is thrown on (line {{line}}): if it throws, its error replaces `{{error}}` and the caller never sees the original failure. Give the cleanup its own try/catch or `.catch(…)`.',
      awaitInFinally:
        '`{{step}}` runs in `finally` while an error from the try may be on its way out: if it rejects, its error replaces that one and the caller never sees the original failure. Give the cleanup its own try/catch or `.catch(…)`, or use `withCleanup`.',
      wrapCleanup:
        'Put `{{step}}` in its own try/catch that logs its failure together with `{{error}}`, so that `{{error}}` is the error thrown.',
      wrapFinallyCleanup:
        'Put `{{step}}` in its own try/catch that logs its failure. A failure after a successful try is then logged, no longer thrown.',
      useWithCleanup:
        'Rewrite as `await withCleanup(work, cleanup)`: the cleanup still runs however the work ends; when both fail, the work error is thrown and the cleanup error logged.',
      useWithCleanupOnce:
        'Rewrite as `await withCleanup(work, cleanup)`: the cleanup runs once however the work ends (no second run when it fails after a successful work); when both fail, the work error is thrown and the cleanup error logged.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const cleanupMethods = getOptionNames(DEFAULT_CLEANUP_METHODS, options.cleanupMethods ?? NO_NAMES);
    const { runtimeModule } = getConcurrencySettings(context);
    // A step in a nested `finally` of a rethrowing `catch` is found twice; the outer, more precise report wins.
    const reported = new Set<CleanupStep>();

    function getWrapSuggestion(step: CleanupStep, error: string | null): Suggestion[] {
      const statement = getStepStatement(step);
      if (!statement) return [];
      const data = { step: describeStep(step, sourceCode), error: error ?? '' };
      const { range, text } = getGuardedStatementReplacement(statement, error, sourceCode);
      return [{ messageId: error === null ? 'wrapFinallyCleanup' : 'wrapCleanup', data, fix: (fixer) => fixer.replaceTextRange(range, text) }];
    }

    function getWithCleanupSuggestion(tryStatement: TSESTree.TryStatement): Suggestion[] {
      const rewrite = getWithCleanupRewrite(tryStatement, sourceCode);
      const helper = rewrite && getRuntimeHelperImport(tryStatement, 'withCleanup', runtimeModule, sourceCode);
      if (!rewrite || !helper) return [];
      return [
        {
          messageId: rewrite.shape === 'repeated-in-try' ? 'useWithCleanupOnce' : 'useWithCleanup',
          fix: (fixer) => [fixer.replaceTextRange(rewrite.range, rewrite.getText(helper.localName)), ...helper.fix(fixer)],
        },
      ];
    }

    /** Steps in `node` that may throw in place of the error being handled: unprotected cleanups and listener helpers. */
    function getHandlerSteps(node: TSESTree.Node, root: TSESTree.Node): CleanupStep[] {
      // The calls made as statements, found in the walk for the cleanups: the listener helpers are among them.
      const isStatementCall = (call: TSESTree.CallExpression): boolean => getStepStatement(call)?.expression === call;
      const { steps, calls } = getUnprotectedCleanupStepsAndCalls(node, root, { cleanupMethods }, sourceCode, isStatementCall);
      for (const call of calls) {
        if (!steps.includes(call) && !isInsideHandledTry(call, root) && getHelperListenerCall(call, sourceCode)) steps.push(call);
      }
      return steps;
    }

    /** The report kind of a step before a rethrow: a listener helper, a cleanup, or another (recovery) step. */
    function getRethrowKind(step: CleanupStep): 'cleanupBeforeRethrow' | 'stepBeforeRethrow' | 'listenersBeforeRethrow' {
      const call = step.type === AST_NODE_TYPES.AwaitExpression ? getAwaitedCall(step) : step;
      if (call && isReleasingCall(call, cleanupMethods)) return 'cleanupBeforeRethrow';
      return step.type === AST_NODE_TYPES.CallExpression && getHelperListenerCall(step, sourceCode) ? 'listenersBeforeRethrow' : 'stepBeforeRethrow';
    }

    /** True when `step`'s failure cannot take the place of an error on its way to the caller (see step-exemptions). */
    function isExempt(step: CleanupStep): boolean {
      return isSwallowedInFunction(step, sourceCode);
    }

    function reportRethrowStep(step: CleanupStep, throwStatement: TSESTree.ThrowStatement, error: string, tryStatement: TSESTree.TryStatement | null): void {
      const messageId = getRethrowKind(step);
      const data = { step: describeStep(step, sourceCode), error, line: throwStatement.loc.start.line };
      const suggest = [...getWrapSuggestion(step, error), ...(tryStatement && messageId !== 'listenersBeforeRethrow' ? getWithCleanupSuggestion(tryStatement) : [])];
      if (messageId !== 'listenersBeforeRethrow') {
        context.report({ node: step, messageId, data, suggest });
        return;
      }
      const listener = getHelperListenerCall(step as TSESTree.CallExpression, sourceCode)!;
      context.report({
        node: step,
        messageId,
        data: { ...data, listener: describeStep(listener, sourceCode), listenerLine: listener.loc.start.line },
        suggest,
      });
    }

    /** Reports the unprotected steps before `body`, a handler of the caught error `param`, throws it on. */
    function checkHandler(body: TSESTree.BlockStatement, param: TSESTree.Identifier, owner: TSESTree.Node, tryStatement: TSESTree.TryStatement | null): void {
      const variable = sourceCode.getDeclaredVariables(owner).find((candidate) => candidate.defs.some((definition) => definition.name === param));
      if (!variable) return;
      const reads = getCaughtErrorReads(variable, sourceCode);
      // Only a throw that carries the error passes it on; a handler without one has no step to report.
      if (!isReadInThrow(reads)) return;
      const steps = getStepsBeforeErrorPassedOn(
        body,
        (statement) => isErrorPassedOn(statement, reads),
        (node) => getHandlerSteps(node, body),
      );
      for (const [step, throwStatement] of steps) {
        if (reported.has(step)) continue;
        reported.add(step);
        if (!isExempt(step)) reportRethrowStep(step, throwStatement, param.name, tryStatement);
      }
    }

    /**
     * Reports the steps between a `catch` that parks its error (`catch (e) { error = e; }`) and the later
     * `throw error`: the rest of the `catch`, the `finally`, and the statements after the `try`.
     */
    function checkDeferredRethrow(tryStatement: TSESTree.TryStatement): void {
      const variable = getDeferredErrorVariable(tryStatement, sourceCode);
      const block = tryStatement.parent;
      if (!variable || block.type !== AST_NODE_TYPES.BlockStatement || !tryStatement.handler) return;
      const reads = getReadsAfter(variable, tryStatement);
      if (reads.size === 0) return;
      const handlerStart = tryStatement.handler.body.range[0];
      const steps = getStepsBeforeErrorPassedOn(
        block,
        (statement) => statement.range[0] > tryStatement.range[1] && isErrorPassedOn(statement, reads),
        // `block` as the root: a step in a later `try` with its own `catch` is protected by it.
        (node) => (node.range[0] < handlerStart ? [] : getUnprotectedCleanupSteps(node, block, { cleanupMethods }, sourceCode)),
      );
      for (const [step, throwStatement] of steps) {
        if (reported.has(step) || isSwallowedInFunction(step, sourceCode)) continue;
        reported.add(step);
        context.report({
          node: step,
          messageId: 'cleanupBeforeDeferredRethrow',
          data: { step: describeStep(step, sourceCode), error: variable.name, line: throwStatement.loc.start.line },
        });
      }
    }

    /** True when `step` in the `finally` of `tryStatement` runs while an error may be on its way out, and its failure would replace it. */
    function isShadowingFinallyStep(step: CleanupStep, tryStatement: TSESTree.TryStatement): boolean {
      return !(
        isExempt(step) ||
        isGatedByCatchFlag(step, tryStatement, sourceCode) ||
        isGatedBySuccessFlag(step, tryStatement, sourceCode) ||
        isIteratorCloseAfterNext(step, tryStatement, sourceCode)
      );
    }

    /** `fn` as the rejection handler of `.catch(fn)` or `.then(onFulfilled, fn)`: its caught error is its one parameter. */
    function checkRejectionHandler(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): void {
      const [param] = fn.params;
      // The handler's own shape first: most functions are no one-parameter block in a call's arguments. A promise
      // passes its handler one argument; `bot.catch((err, ctx) => …)` registers an error handler of another kind.
      if (fn.params.length !== 1 || param?.type !== AST_NODE_TYPES.Identifier || fn.body.type !== AST_NODE_TYPES.BlockStatement) return;
      if (fn.parent.type === AST_NODE_TYPES.CallExpression && isRejectionHandlerOf(fn, fn.parent)) checkHandler(fn.body, param, fn, null);
    }

    return {
      TryStatement(tryStatement) {
        const { handler, finalizer } = tryStatement;
        if (handler?.param?.type === AST_NODE_TYPES.Identifier) checkHandler(handler.body, handler.param, handler, tryStatement);
        checkDeferredRethrow(tryStatement);
        if (!finalizer || !canThrowIntoFinally(tryStatement, sourceCode.visitorKeys)) return;
        for (const step of getUnprotectedCleanupSteps(finalizer, finalizer, { cleanupMethods, awaitedOnly: true }, sourceCode)) {
          if (reported.has(step)) continue;
          reported.add(step);
          if (!isShadowingFinallyStep(step, tryStatement)) continue;
          context.report({
            node: step,
            messageId: 'awaitInFinally',
            data: { step: describeStep(step, sourceCode) },
            suggest: [...getWrapSuggestion(step, null), ...(handler ? [] : getWithCleanupSuggestion(tryStatement))],
          });
        }
      },
      // A rejection handler is met at the function rather than at its call: a file has several times more calls
      // than function expressions, and ESLint calls (and times) a listener on every node of its type. The handler's
      // body is still checked before any `try` inside it, so the outer report of a step found twice still wins.
      ArrowFunctionExpression: checkRejectionHandler,
      FunctionExpression: checkRejectionHandler,
    };
  },
});
