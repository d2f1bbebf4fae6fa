import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPromiseMemoSuggestions } from './fix/index.js';
import { getCriticalSection, isLockCreation } from './analysis/locks/index.js';
import {
  getCalledMethodName,
  getConcurrencySettings,
  getEnclosingFunction,
  getStateTarget,
  hasSuspendableFunction,
  isInSuspendableFunction,
  isNullish,
  maySpellWord,
  skipTypeWrappers,
  type SuspensionNode,
} from './analysis/program/index.js';
import {
  createSlotAccess,
  getCheckThenAct,
  isStateConstant,
  isMemoizedResult,
  isOneShotObjectMethod,
  isOnlyCalledBehindClaims,
  isSingleFlightFunction,
  isStateMember,
  mayHaveAbsenceCheck,
  mayHaveMapLikeNames,
  type SlotWrite,
} from './analysis/state/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type MessageId = 'raceOnInit' | 'raceOnCacheEntry' | 'raceOnRefresh' | 'raceAfterPrecondition' | 'memoizePromise' | 'useLazy';
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * True when `value` initialises the state. Clearing it (`null`, `undefined`) is a reset; a literal
 * (`true`, `'ready'`, `0`) is a state flag, which no-state-flag-after-await owns.
 */
function isInitialization(value: TSESTree.Node | null): value is TSESTree.Node {
  if (!value) return false;
  const node = skipTypeWrappers(value);
  if (isNullish(node) || node.type === AST_NODE_TYPES.Literal) return false;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length > 0;
  return !(node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!');
}

/** An enum-like constant (`State.Ready`) stored into a member that only ever holds such constants: a state flag too. */
function isStateFlagWrite(write: SlotWrite, value: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (!isStateConstant(value, sourceCode)) return false;
  const target = getStateTarget(write.target, sourceCode);
  return target !== null && isStateMember(target, sourceCode);
}

/** `catch (error) { this.error = error; }` records a failure; it initialises nothing. */
function isCaughtError(value: TSESTree.Node, sourceCode: SourceCode): boolean {
  const node = skipTypeWrappers(value);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  return variable?.defs.some((definition) => definition.type === 'CatchClause') ?? false;
}

/** How the source spells a suspension: `await`, `yield`, `for await`. */
function getSuspensionKeyword(suspension: SuspensionNode): string {
  if (suspension.type === AST_NODE_TYPES.YieldExpression) return 'yield';
  return suspension.type === AST_NODE_TYPES.ForOfStatement ? 'for await' : 'await';
}

export default createRule<[PrecisionOptions], MessageId>({
  name: 'no-async-lazy-init-race',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow checking shared state for absence, awaiting, then initializing it',
      // Out of recommended until a kind is measured high again: raceOnRefresh and raceAfterPrecondition were, until
      // hold-out sets 6–8 found refreshes and preconditioned inits that one loop, an in-flight guard elsewhere or a
      // per-call object serialises (4 false of 14, 2 of 5); raceOnInit is low (on real code its callees in other
      // files often share one promise already). The figures are in the tier table of the rule's doc.
      recommended: false,
      // The memo is offered only when the member has no other write (no reset it could outlive); cache entries have no cure.
      // A refresh needs its renewal condition kept, a precondition its error: a person rewrites those.
      cures: { raceOnInit: 'memoizePromise', raceOnCacheEntry: null, raceOnRefresh: null, raceAfterPrecondition: null },
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
      raceOnInit:
        '`{{name}}` is checked on line {{checkLine}} but assigned only after the `{{suspension}}` on line {{suspensionLine}}: concurrent callers all pass the check while the first one waits, and each runs the initialization. Store the promise synchronously (forgetting it if it rejects), or re-check after the `{{suspension}}`.',
      raceOnCacheEntry:
        '`{{name}}` is checked for `{{key}}` on line {{checkLine}} but the entry is set only after the `{{suspension}}` on line {{suspensionLine}}: concurrent callers all miss, each loads it, and the last one stored wins. Cache the promise synchronously (deleting it if it rejects), or re-check after the `{{suspension}}`.',
      raceOnRefresh:
        '`{{name}}` is checked on line {{checkLine}} for being missing or due for renewal, but replaced only after the `{{suspension}}` on line {{suspensionLine}}: concurrent callers that find it due all renew it, each running the work, and the last one stored wins. Share the renewal in flight (keep its promise until it settles).',
      raceAfterPrecondition:
        '`{{name}}` is checked on line {{checkLine}} by a check that throws when it is already set, but it is set only after the `{{suspension}}` on line {{suspensionLine}}: a concurrent call gets past the check too, and the later write replaces the earlier one. Claim it before the `{{suspension}}` if callers may overlap.',
      memoizePromise: 'Memoize the in-flight promise in `{{field}}`, forgetting it if it rejects.',
      useLazy: 'Create the value once with `lazy()` from `{{module}}`, in `{{field}}`.',
    },
  },
  create(context) {
    const { lockClasses, runtimeModule } = getConcurrencySettings(context);
    const { sourceCode } = context;
    // Both listeners pass over every write outside an async function or generator: a file without one needs neither.
    if (!hasSuspendableFunction(sourceCode)) return {};
    const access = createSlotAccess(sourceCode);

    function checkWrite(write: SlotWrite): void {
      const { value } = write;
      if (!isInitialization(value) || isStateFlagWrite(write, value, sourceCode) || isCaughtError(value, sourceCode)) return;
      // Lock creations in `this` members and module variables belong to no-unguarded-lazy-lock (which leaves per-key
      // lock registries, aliases and `ClassName.x` to us).
      if (write.entry === null && isLockCreation(value, lockClasses) && getStateTarget(write.target, sourceCode)) return;
      // `this.x = await this.pending`: every caller stores the result of one shared call.
      if (isMemoizedResult(value, access, sourceCode)) return;
      const race = getCheckThenAct(write, access, sourceCode);
      if (!race) return;
      const section = getCriticalSection(write.node);
      if (section && race.check.node.range[0] >= section[0]) return;
      // A method that only ever runs memoized (`this.p ??= this.#connect()`) or behind its callers' claims, or on a
      // one-shot object this file builds and awaits once before handing it out, never runs twice at once.
      const fn = getEnclosingFunction(write.node);
      if (
        fn &&
        (isSingleFlightFunction(fn, access, sourceCode) || isOnlyCalledBehindClaims(fn, sourceCode) || isOneShotObjectMethod(fn, sourceCode))
      ) {
        return;
      }

      const name = sourceCode.getText(write.target);
      const checkLine = race.check.node.loc.start.line;
      const suspension = getSuspensionKeyword(race.suspension);
      const suspensionLine = race.suspension.loc.start.line;
      if (race.isPrecondition || race.isRefresh) {
        const target = write.entry ? `${name}[${sourceCode.getText(write.entry)}]` : name;
        context.report({
          node: write.node,
          messageId: race.isPrecondition ? 'raceAfterPrecondition' : 'raceOnRefresh',
          data: { name: target, checkLine, suspension, suspensionLine },
        });
        return;
      }
      if (write.entry) {
        context.report({
          node: write.node,
          messageId: 'raceOnCacheEntry',
          data: { name, key: sourceCode.getText(write.entry), checkLine, suspension, suspensionLine },
        });
        return;
      }
      const suggestions = getPromiseMemoSuggestions(write.node as TSESTree.AssignmentExpression, value, {
        sourceCode,
        filename: context.filename,
        languageOptions: context.languageOptions,
        runtimeModule,
      });
      context.report({
        node: write.node,
        messageId: 'raceOnInit',
        data: { name, checkLine, suspension, suspensionLine },
        suggest: suggestions.map(({ kind, field, fix }) => ({ messageId: kind, data: { field, module: runtimeModule }, fix })),
      });
    }

    // `checkWrite` first asks whether the value stored initialises anything; asking that of the node's own shape
    // first spares resolving the slot of every assignment and call in the file. (For `x = x ?? v` the stored value is
    // `v`, but `x ?? v` itself passes the same test.) A write outside an async function or generator is no race
    // (`getCheckThenAct` finds none there), so it is passed over before its slot is resolved too, and so is a write
    // with no branch or early exit before it that could check for absence.
    const listeners: TSESLint.RuleListener = {
      AssignmentExpression(node) {
        if (!isInitialization(node.right) || !isInSuspendableFunction(node) || !mayHaveAbsenceCheck(node)) return;
        const write = access.getWrite(node);
        if (write) checkWrite(write);
      },
    };
    // Most files make no `set` call, and a `set` call writes an entry only of a Map-like the file names by its class
    // (`getWrite`): their text says so, and then every call of the file need not be looked at. The Map-like names
    // first: fewer files have one (2,739 of the corpus's 10,442 that may hold an async function, against 4,728 that
    // spell `set`), so the second search runs less often (23 ms warm over those files in this order, 32 the other).
    if (!mayHaveMapLikeNames(sourceCode) || !maySpellWord(sourceCode.text, 'set')) return listeners;
    return {
      ...listeners,
      CallExpression(node) {
        const value = node.arguments[1];
        // Only `set` calls write (see `getWrite`): the name first, the enclosing function after.
        if (!value || value.type === AST_NODE_TYPES.SpreadElement || getCalledMethodName(node) !== 'set') return;
        if (!isInitialization(value) || !isInSuspendableFunction(node) || !mayHaveAbsenceCheck(node)) return;
        const write = access.getWrite(node);
        if (write) checkWrite(write);
      },
    };
  },
});
