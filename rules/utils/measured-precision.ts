// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'high', reports: 3, real: 2, harmless: 1, false: 0 },
    raceOnCacheEntry: { tier: 'low', reports: 12, real: 1, harmless: 8, false: 3 },
    raceOnInit: { tier: 'low', reports: 84, real: 10, harmless: 43, false: 31 },
    raceOnRefresh: { tier: 'medium', reports: 12, real: 4, harmless: 6, false: 2 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 12, real: 7, harmless: 5, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'high', reports: 90, real: 25, harmless: 64, false: 1 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1 },
    cleanupBeforeRethrow: { tier: 'high', reports: 96, real: 31, harmless: 64, false: 1 },
    listenersBeforeRethrow: { tier: 'medium', reports: 13, real: 2, harmless: 10, false: 1 },
    stepBeforeRethrow: { tier: 'medium', reports: 79, real: 39, harmless: 33, false: 7 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 18, real: 5, harmless: 5, false: 8 },
    flagAfterAwaitViaHelper: { tier: 'low', reports: 2, real: 0, harmless: 0, false: 2 },
    preconditionAfterAwait: { tier: 'medium', reports: 18, real: 0, harmless: 16, false: 2 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1 },
    clearedDespiteFailure: { tier: 'low', reports: 7, real: 0, harmless: 4, false: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 20, real: 2, harmless: 16, false: 2 },
    unclaimedGuardTeardown: { tier: 'low', reports: 5, real: 0, harmless: 3, false: 2 },
    unguardedHandleTeardown: { tier: 'high', reports: 6, real: 0, harmless: 6, false: 0 },
    unguardedTeardown: { tier: 'low', reports: 69, real: 11, harmless: 36, false: 22 },
  },
};
