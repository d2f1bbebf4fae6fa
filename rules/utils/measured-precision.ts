// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'low', reports: 8, real: 2, harmless: 1, false: 5 },
    raceOnCacheEntry: { tier: 'medium', reports: 15, real: 1, harmless: 11, false: 3 },
    raceOnInit: { tier: 'low', reports: 120, real: 11, harmless: 53, false: 56 },
    raceOnRefresh: { tier: 'low', reports: 15, real: 4, harmless: 6, false: 5 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 13, real: 7, harmless: 6, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'high', reports: 134, real: 30, harmless: 101, false: 3 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1 },
    cleanupBeforeRethrow: { tier: 'high', reports: 128, real: 35, harmless: 92, false: 1 },
    listenersBeforeRethrow: { tier: 'medium', reports: 13, real: 2, harmless: 10, false: 1 },
    stepBeforeRethrow: { tier: 'medium', reports: 91, real: 43, harmless: 40, false: 8 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 26, real: 7, harmless: 6, false: 13 },
    flagAfterAwaitViaHelper: { tier: 'low', reports: 2, real: 0, harmless: 0, false: 2 },
    preconditionAfterAwait: { tier: 'medium', reports: 21, real: 1, harmless: 16, false: 4 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 3, real: 0, harmless: 2, false: 1 },
    clearedDespiteFailure: { tier: 'low', reports: 11, real: 0, harmless: 8, false: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 21, real: 2, harmless: 16, false: 3 },
    unclaimedGuardTeardown: { tier: 'low', reports: 8, real: 1, harmless: 4, false: 3 },
    unguardedHandleTeardown: { tier: 'low', reports: 8, real: 0, harmless: 6, false: 2 },
    unguardedTeardown: { tier: 'low', reports: 89, real: 12, harmless: 53, false: 24 },
  },
};
