// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'low', reports: 5, real: 2, harmless: 1, false: 2 },
    raceOnCacheEntry: { tier: 'medium', reports: 15, real: 1, harmless: 11, false: 3 },
    raceOnInit: { tier: 'low', reports: 92, real: 11, harmless: 43, false: 38 },
    raceOnRefresh: { tier: 'low', reports: 14, real: 4, harmless: 6, false: 4 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 12, real: 7, harmless: 5, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'high', reports: 120, real: 27, harmless: 92, false: 1 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1 },
    cleanupBeforeRethrow: { tier: 'high', reports: 118, real: 33, harmless: 84, false: 1 },
    listenersBeforeRethrow: { tier: 'medium', reports: 13, real: 2, harmless: 10, false: 1 },
    stepBeforeRethrow: { tier: 'medium', reports: 87, real: 40, harmless: 39, false: 8 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 21, real: 5, harmless: 6, false: 10 },
    flagAfterAwaitViaHelper: { tier: 'low', reports: 2, real: 0, harmless: 0, false: 2 },
    preconditionAfterAwait: { tier: 'medium', reports: 20, real: 0, harmless: 16, false: 4 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1 },
    clearedDespiteFailure: { tier: 'low', reports: 10, real: 0, harmless: 7, false: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 20, real: 2, harmless: 16, false: 2 },
    unclaimedGuardTeardown: { tier: 'low', reports: 6, real: 1, harmless: 3, false: 2 },
    unguardedHandleTeardown: { tier: 'low', reports: 8, real: 0, harmless: 6, false: 2 },
    unguardedTeardown: { tier: 'low', reports: 76, real: 12, harmless: 41, false: 23 },
  },
};
