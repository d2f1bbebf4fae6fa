import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  DEFAULT_TEARDOWN_METHODS,
  getReturnedClosureTeardown,
  getSameClassMethod,
  getTeardownMethod,
  hasDisposalGuardDecorator,
  hasReopeningMethod,
  hasSerialisingDecorator,
  isLoggingCall,
  isTeardownDelegation,
  type DelegationContext,
  type TeardownMethod,
} from './analysis/errors/index.js';
import { getIdempotentRewrite, getRuntimeHelperImport } from './fix/index.js';
import { getAcquireReleaseSections, getCriticalSectionCallback, isAwaitedAcquire } from './analysis/locks/index.js';
import {
  containsSuspension,
  endsEveryPathWith,
  type FunctionNode,
  getCalleeName,
  getCalledLocalFunction,
  getConcurrencySettings,
  isFunctionNode,
  isWithin,
  isSuspensionPoint,
  skipTypeWrappers,
  walk,
  hasSuspendableFunction,
} from './analysis/program/index.js';
import {
  getAllOwnStateChanges,
  getEntryGuard,
  getOwnStateAccess,
  getStateGuards,
  hasMemoizedPromise,
  isAnyReadChanged,
  isClaimedHandleCleanup,
  isDrainedHandleCleanup,
  isEntryGuardClaimed,
  isLateClaimedHandleCleanup,
} from './analysis/state/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { getOptionNames } from './utils/option-names.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

/** The report kinds, by what the analysis established about a second call. */
type HazardId = 'unguardedTeardown' | 'unguardedHandleTeardown' | 'unclaimedGuardTeardown' | 'concurrentTeardown';
type MessageId = HazardId | 'wrapInRunIdempotent' | 'wrapInIdempotent';
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

const THROWS = new Set([AST_NODE_TYPES.ThrowStatement] as const);

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
      // Out of recommended until a kind is measured high again: unguardedHandleTeardown was, until the eighth hold-out
      // set found handles whose one caller, in the same file or another, runs the teardown once (2 false of 8).
      recommended: false,
      // The codemod routes class teardown through `runIdempotent`; the suggestion is only offered where the
      // class has no method that reopens it. `idempotent(…)` on an object-literal handle is left for a person:
      // it would also cache a transient failure and turn every retry away.
      cures: {
        unguardedTeardown: 'wrapInRunIdempotent',
        unclaimedGuardTeardown: 'wrapInRunIdempotent',
        concurrentTeardown: 'wrapInRunIdempotent',
        unguardedHandleTeardown: null,
      },
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
        '`{{name}}` awaits its cleanup with nothing to stop a second or concurrent call: a call made while the first one waits runs the body again, on whatever the first call has changed so far (the cleanup again, or a call on a handle it already cleared). Set an in-progress state before the first `await` and return early on it, memoize the promise, or route the body through `runIdempotent`.',
      unguardedHandleTeardown:
        '`{{name}}` of this handle awaits its cleanup with nothing to stop a second or concurrent call: a call made while the first one waits runs the body again, on whatever the first call has changed so far. Keep an in-progress state in the handle and return early on it, or memoize the promise.',
      unclaimedGuardTeardown:
        '`{{name}}` checks state before its first `await` that it never changes itself: the check turns no second call away, so a call made while the first one waits, or after it, runs the cleanup again. Claim that state before the first `await`, or memoize the promise.',
      concurrentTeardown:
        '`{{name}}` releases what its check reads only after its first `await`: a later call is turned away, but a call made while the first one waits gets through and runs the cleanup again. Claim the state before the first `await`, memoize the promise, or route the body through `runIdempotent`.',
      wrapInRunIdempotent:
        'Route the body of `{{name}}` through `runIdempotent`, so concurrent and later calls join the one run.',
      wrapInIdempotent: 'Wrap `{{name}}` in `idempotent(…)`, so concurrent and later calls join the one run.',
    },
  },
  create(context, [{ teardownMethods = [] }]) {
    const { sourceCode } = context;
    const { runtimeModule } = getConcurrencySettings(context);
    const names = getOptionNames(DEFAULT_TEARDOWN_METHODS, teardownMethods);
    // Only an async teardown is reported (`checkFunction`): none in a file without an async function.
    if (!hasSuspendableFunction(sourceCode)) return {};
    /** Same-class helpers being judged, so that helpers calling each other do not loop. */
    const judging = new Set<FunctionNode>();
    /** Same-class helpers already judged in this file, so each is judged once however many methods call it. */
    const idempotentHelpers = new Map<FunctionNode, boolean>();

    const delegation: DelegationContext = {
      names,
      sourceCode,
      isDelegableOwnCall(call) {
        const helper = getSameClassMethod(call, sourceCode);
        // Inherited or out of sight: the delegate answers for a second call, as another object's would.
        if (!helper || !helper.async) return true;
        const member = helper.parent;
        if (member.type === AST_NODE_TYPES.MethodDefinition && getTeardownMethod(helper, names, sourceCode)) return true;
        const known = idempotentHelpers.get(helper);
        if (known !== undefined) return known;
        if (judging.has(helper)) return false;
        judging.add(helper);
        try {
          // A helper whose work runs in functions of its own (`await withEmitClose(close)`) is out of this analysis' sight.
          const isIdempotent = awaitsLocalFunction(helper) || getHazard(helper) === null;
          idempotentHelpers.set(helper, isIdempotent);
          return isIdempotent;
        } finally {
          judging.delete(helper);
        }
      },
    };

    /**
     * True when `statements` (run under a lock, one call at a time) await nothing but same-class helpers that turn a
     * repeat away (livekit's SignalClient#close awaiting `this.teardownTransport()`, which takes the socket before
     * its own `await`).
     */
    function isEveryAwaitIdempotent(statements: readonly TSESTree.Statement[]): boolean {
      let count = 0;
      let isIdempotent = true;
      for (const statement of statements) {
        walk(statement, sourceCode.visitorKeys, (node) => {
          if (!isIdempotent) return false;
          if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) isIdempotent = false;
          if (node.type !== AST_NODE_TYPES.AwaitExpression) return true;
          count += 1;
          const call = skipTypeWrappers(node.argument);
          const helper = call.type === AST_NODE_TYPES.CallExpression ? getSameClassMethod(call, sourceCode) : undefined;
          isIdempotent = helper !== undefined && helper !== null && delegation.isDelegableOwnCall(call as TSESTree.CallExpression);
          return false;
        });
      }
      return isIdempotent && count > 0;
    }

    /**
     * True when, before the first `await`, `statements` call a synchronous method of the same class that claims its
     * state behind a throwing guard (`this.assertNotClosing()` with `if (this.closing) throw …; this.closing = true;`):
     * a second call throws there, before it reaches any cleanup.
     */
    function isClaimedBySyncHelper(statements: readonly TSESTree.Statement[]): boolean {
      for (const statement of statements) {
        if (containsSuspension(statement, sourceCode.visitorKeys)) return false;
        const call = statement.type === AST_NODE_TYPES.ExpressionStatement ? skipTypeWrappers(statement.expression) : null;
        const helper = call?.type === AST_NODE_TYPES.CallExpression ? getSameClassMethod(call, sourceCode) : null;
        if (!helper || helper.async || helper.body.type !== AST_NODE_TYPES.BlockStatement) continue;
        const guard = getEntryGuard(helper.body.body, helper, sourceCode);
        const isThrowing = helper.body.body.some(
          (inner) => inner.type === AST_NODE_TYPES.IfStatement && endsEveryPathWith(inner.consequent, THROWS),
        );
        if (guard && isThrowing && isEntryGuardClaimed(guard, helper, sourceCode)) return true;
      }
      return false;
    }

    /** True for an `await` of the object's own state or method: `await this.started`, `await this.#change.catch(noop)`, `await this.init()`. */
    function isOwnAwait(node: TSESTree.AwaitExpression): boolean {
      let operand = skipTypeWrappers(node.argument);
      if (operand.type === AST_NODE_TYPES.CallExpression && getCalleeName(operand) === 'catch') {
        const callee = skipTypeWrappers(operand.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) operand = skipTypeWrappers(callee.object);
      }
      if (operand.type === AST_NODE_TYPES.ChainExpression) operand = skipTypeWrappers(operand.expression);
      const target = operand.type === AST_NODE_TYPES.CallExpression ? skipTypeWrappers(operand.callee) : operand;
      return target.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(target.object).type === AST_NODE_TYPES.ThisExpression;
    }

    /**
     * The statements after the leading waits for the object's own readiness (`await this.started;`,
     * `while (this.#statusChange !== null) await this.#statusChange.catch(noop);`, `try { await this.ready; } catch {}`),
     * or all of them when there is none.
     */
    function getAfterReadinessWaits(statements: readonly TSESTree.Statement[]): readonly TSESTree.Statement[] {
      let end = 0;
      for (const [index, statement] of statements.entries()) {
        if (!containsSuspension(statement, sourceCode.visitorKeys)) continue;
        let isWait = true;
        walk(statement, sourceCode.visitorKeys, (node) => {
          if (node.type === AST_NODE_TYPES.AwaitExpression && !isOwnAwait(node)) isWait = false;
          if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) isWait = false;
          return isWait;
        });
        if (!isWait) break;
        end = index + 1;
      }
      return statements.slice(end);
    }

    /** True when `fn` awaits a call of a function declared in it (`const close = async () => {…}; await close();`). */
    function awaitsLocalFunction(fn: FunctionNode): boolean {
      let isFound = false;
      walk(fn.body, sourceCode.visitorKeys, (node) => {
        if (node.type !== AST_NODE_TYPES.AwaitExpression || isFound) return !isFound;
        const call = skipTypeWrappers(node.argument);
        const local = call.type === AST_NODE_TYPES.CallExpression ? getCalledLocalFunction(call, sourceCode) : null;
        isFound = local !== null && isWithin(local, fn);
        return !isFound;
      });
      return isFound;
    }

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
      if (isClaimedBySyncHelper(statements)) return true;
      const suspending = statements.filter((statement) => containsSuspension(statement, sourceCode.visitorKeys));
      // The lock may come after the object readies itself (the note's `await this.ensureLocksInitialized()`).
      const lockIndex = suspending.findIndex((statement) => !isOwnMethodAwait(statement));
      const lockStatement = suspending[lockIndex];
      if (!lockStatement) return false;
      // Waiting for the object's own start or pending change first (`await this.started`), then guarding.
      const waited = getAfterReadinessWaits(statements);
      if (waited.length < statements.length && waited.length > 0 && isProtectedBody(waited, boundary, isLocked)) return true;
      if (isAwaitedAcquire(lockStatement)) {
        const rest = statements.slice(statements.indexOf(lockStatement) + 1);
        const [section] = getAcquireReleaseSections([lockStatement, ...rest.slice(0, 1)]);
        return (
          isProtectedBody(rest, boundary, true) ||
          (section !== undefined && isProtectedBody(section.body, boundary, true)) ||
          isEveryAwaitIdempotent(rest)
        );
      }
      const call = lockIndex === suspending.length - 1 ? getAwaitedCall(lockStatement) : null;
      if (!call) return false;
      if (getCalleeName(call) === 'runIdempotent') return lockIndex === 0;
      const callback = getCriticalSectionCallback(call);
      return callback !== null && isProtected(callback, boundary);
    }

    /** True when a critical section's callback is protected inside its lock (a state guard in it included). */
    function isProtected(fn: FunctionNode, boundary: FunctionNode): boolean {
      if (getStateGuards(fn, sourceCode).length > 0) return true;
      return fn.body.type === AST_NODE_TYPES.BlockStatement && isProtectedBody(fn.body.body, boundary, true);
    }

    /**
     * True for an object-literal method that keeps no state of its own and sends one request
     * (`{ async close() { await api.delete(`/sessions/${id}`); } }`): a second call is a second request, answered by
     * the other side, and a guard (or `idempotent`, which keeps a failure) would only block a retry.
     */
    function isStatelessRequest(method: TeardownMethod): boolean {
      const { fn } = method;
      if (method.member.type !== AST_NODE_TYPES.Property || fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
      let suspensions = 0;
      let isStateful = false;
      walk(fn.body, sourceCode.visitorKeys, (node) => {
        if (isSuspensionPoint(node)) suspensions += 1;
        const target =
          node.type === AST_NODE_TYPES.AssignmentExpression
            ? node.left
            : node.type === AST_NODE_TYPES.UpdateExpression
              ? node.argument
              : node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete'
                ? node.argument
                : null;
        if (target && getOwnStateAccess(target, fn, sourceCode) !== null) isStateful = true;
        // Anything else it calls (`emit('close')`) would also run twice; a log line may.
        if (node.type === AST_NODE_TYPES.CallExpression && !isWithinAwait(node) && !isLoggingCall(node)) isStateful = true;
      });
      return suspensions === 1 && !isStateful;
    }

    /**
     * What a second call of `fn` runs into, or `null` when it is turned away or the method has nothing of its own to
     * repeat. A state guard claimed after the first `await` is no-state-flag-after-await's report; other guards
     * released only after it (handles, another object's state) let only a concurrent call through.
     */
    function getHazard(fn: FunctionNode): Exclude<HazardId, 'unguardedHandleTeardown'> | null {
      if (fn.generator || !containsSuspension(fn.body, sourceCode.visitorKeys)) return null;
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isTeardownDelegation(fn, delegation) ? null : 'unguardedTeardown';
      const statements = fn.body.body;
      if (isProtectedBody(statements, fn, false)) return null;
      const guard = getEntryGuard(statements, fn, sourceCode, { isSilentOnly: true });
      const changes = guard && getLateChanges(guard.path, fn);
      if (guard && changes && isAnyReadChanged(guard.reads, changes)) {
        // A check of the delegate's own state (`if (!this.device.opened) return; await this.device.close();`)
        // is the delegate's business, as the delegation is.
        if (isTeardownDelegation(fn, delegation) && !isAnyReadChanged(guard.reads, getLateChanges(guard.path, fn, true))) return null;
        return getStateGuards(fn, sourceCode).length > 0 ? null : 'concurrentTeardown';
      }
      if (!guard && isLateClaimedHandleCleanup(statements, fn, sourceCode)) return 'concurrentTeardown';
      if (isTeardownDelegation(fn, delegation)) return null;
      if (guard) return 'unclaimedGuardTeardown';
      if (getStateGuards(fn, sourceCode).length > 0 || isDrainedHandleCleanup(statements, fn, sourceCode)) return null;
      return 'unguardedTeardown';
    }

    /**
     * The own state `statements` change anywhere, after their `await`s too, and what the same-class methods they
     * call change anywhere in their bodies (`await this.doClose()` that clears the handle after its own `await`);
     * with `isDelegateExcluded`, not what an awaited call of another object changes inside that object.
     */
    function getLateChanges(statements: readonly TSESTree.Statement[], fn: FunctionNode, isDelegateExcluded = false): Set<string> {
      const changes = getAllOwnStateChanges(statements, fn, sourceCode);
      if (isDelegateExcluded) {
        for (const statement of statements) {
          walk(statement, sourceCode.visitorKeys, (node) => {
            const call = node.type === AST_NODE_TYPES.AwaitExpression ? skipTypeWrappers(node.argument) : null;
            const callee = call?.type === AST_NODE_TYPES.CallExpression ? skipTypeWrappers(call.callee) : null;
            const object = callee?.type === AST_NODE_TYPES.MemberExpression ? getOwnStateAccess(callee.object, fn, sourceCode) : null;
            // What the awaited delegate changes inside itself is its own state, not the method's.
            if (object !== null && skipTypeWrappers((callee as TSESTree.MemberExpression).object).type !== AST_NODE_TYPES.ThisExpression) {
              changes.delete(object.endsWith('.*') ? object : `${object}.*`);
            }
          });
        }
      }
      for (const statement of statements) {
        walk(statement, sourceCode.visitorKeys, (node) => {
          const helper = node.type === AST_NODE_TYPES.CallExpression ? getSameClassMethod(node, sourceCode) : null;
          if (helper && helper !== fn && helper.body.type === AST_NODE_TYPES.BlockStatement) {
            for (const change of getAllOwnStateChanges(helper.body.body, helper, sourceCode)) changes.add(change);
          }
        });
      }
      return changes;
    }

    /**
     * The rewrite through the runtime, offered only for a method without parameters and where no method of the object
     * reopens it (a second close after a reopen would find the run done). The codemod applies `wrapInRunIdempotent` unseen (see `cures`); an
     * object-literal handle's `idempotent(…)` is for a person to choose, as it keeps a failed close failed.
     */
    function getSuggestions(method: TeardownMethod) {
      // An object reopened after a close would find the run done. A run joined by a later call ignores that call's
      // arguments (`terminate(error)`, `close(force)`): not unseen. CommonJS files get the helper by `require`, or no
      // suggestion where no import can compile (getRuntimeHelperImport).
      if (hasReopeningMethod(method, sourceCode) || method.fn.params.length > 0) return [];
      const rewrite = getIdempotentRewrite(method, sourceCode);
      const usage = rewrite?.helper === 'runIdempotent' ? method.fn.body : method.member;
      const helperImport = rewrite && getRuntimeHelperImport(usage, rewrite.helper, runtimeModule, sourceCode);
      if (!rewrite || !helperImport) return [];
      return [
        {
          messageId: rewrite.helper === 'runIdempotent' ? ('wrapInRunIdempotent' as const) : ('wrapInIdempotent' as const),
          data: { name: method.name },
          fix: (fixer: TSESLint.RuleFixer) => [rewrite.fix(fixer, helperImport.localName), ...helperImport.fix(fixer)],
        },
      ];
    }

    /** True when `node` is (in) the operand of an `await`: the request itself. */
    function isWithinAwait(node: TSESTree.Node): boolean {
      for (let current: TSESTree.Node | undefined = node.parent; current && !isFunctionNode(current); current = current.parent) {
        if (current.type === AST_NODE_TYPES.AwaitExpression) return true;
      }
      return false;
    }

    /** True for a handle's function (an object literal's, or a factory's local one): its state is a closure's. */
    function isHandleMember(method: TeardownMethod): boolean {
      return (
        method.member.type === AST_NODE_TYPES.Property ||
        method.member.type === AST_NODE_TYPES.VariableDeclarator ||
        method.member.type === AST_NODE_TYPES.FunctionDeclaration
      );
    }

    function checkFunction(fn: FunctionNode): void {
      // Only an async teardown can be entered again while it waits: the cheap test before the name's.
      if (!fn.async) return;
      const method = getTeardownMethod(fn, names, sourceCode) ?? getReturnedClosureTeardown(fn, names, sourceCode);
      if (!method || hasSerialisingDecorator(method) || isStatelessRequest(method)) return;
      let messageId: HazardId | null = getHazard(fn);
      if (messageId === null) return;
      if (hasDisposalGuardDecorator(method)) messageId = 'concurrentTeardown';
      else if (messageId === 'unguardedTeardown' && isHandleMember(method)) messageId = 'unguardedHandleTeardown';
      context.report({
        node: method.key,
        messageId,
        data: { name: method.name },
        suggest: getSuggestions(method),
      });
    }

    return {
      ArrowFunctionExpression: checkFunction,
      FunctionDeclaration: checkFunction,
      FunctionExpression: checkFunction,
    };
  },
});
