// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'low', reports: 9, real: 2, harmless: 1, false: 6 },
    raceOnCacheEntry: { tier: 'medium', reports: 16, real: 1, harmless: 12, false: 3 },
    raceOnInit: { tier: 'low', reports: 126, real: 11, harmless: 56, false: 59 },
    raceOnRefresh: { tier: 'low', reports: 16, real: 4, harmless: 7, false: 5 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 14, real: 8, harmless: 6, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'high', reports: 188, real: 52, harmless: 132, false: 4 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1 },
    cleanupBeforeRethrow: { tier: 'high', reports: 173, real: 36, harmless: 134, false: 3 },
    listenersBeforeRethrow: { tier: 'medium', reports: 14, real: 2, harmless: 11, false: 1 },
    stepBeforeRethrow: { tier: 'medium', reports: 116, real: 49, harmless: 59, false: 8 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 30, real: 9, harmless: 6, false: 15 },
    flagAfterAwaitViaHelper: { tier: 'low', reports: 2, real: 0, harmless: 0, false: 2 },
    preconditionAfterAwait: { tier: 'medium', reports: 21, real: 1, harmless: 16, false: 4 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 4, real: 0, harmless: 3, false: 1 },
    clearedDespiteFailure: { tier: 'low', reports: 11, real: 0, harmless: 8, false: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 21, real: 2, harmless: 16, false: 3 },
    unclaimedGuardTeardown: { tier: 'low', reports: 8, real: 1, harmless: 4, false: 3 },
    unguardedHandleTeardown: { tier: 'low', reports: 8, real: 0, harmless: 6, false: 2 },
    unguardedTeardown: { tier: 'low', reports: 98, real: 12, harmless: 57, false: 29 },
  },
};
