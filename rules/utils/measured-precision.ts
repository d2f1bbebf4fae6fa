// Generated from test/integration/ledger/ and hold-outs.json by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'low', reports: 13, real: 3, harmless: 2, false: 8, untunedReports: 12, untunedFalse: 8 },
    raceOnCacheEntry: { tier: 'low', reports: 32, real: 3, harmless: 18, false: 11, untunedReports: 25, untunedFalse: 10 },
    raceOnInit: { tier: 'low', reports: 177, real: 16, harmless: 75, false: 86, untunedReports: 122, untunedFalse: 65 },
    raceOnRefresh: { tier: 'low', reports: 21, real: 4, harmless: 11, false: 6, untunedReports: 15, untunedFalse: 7 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 23, real: 9, harmless: 14, false: 0, untunedReports: 13, untunedFalse: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'medium', reports: 297, real: 74, harmless: 212, false: 11, untunedReports: 245, untunedFalse: 18 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1, untunedReports: 0, untunedFalse: 0 },
    cleanupBeforeRethrow: { tier: 'medium', reports: 210, real: 49, harmless: 155, false: 6, untunedReports: 156, untunedFalse: 8 },
    listenersBeforeRethrow: { tier: 'medium', reports: 24, real: 2, harmless: 20, false: 2, untunedReports: 15, untunedFalse: 2 },
    stepBeforeRethrow: { tier: 'medium', reports: 152, real: 69, harmless: 67, false: 16, untunedReports: 124, untunedFalse: 13 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 41, real: 12, harmless: 8, false: 21, untunedReports: 36, untunedFalse: 18 },
    flagAfterAwaitViaHelper: { tier: 'low', reports: 2, real: 0, harmless: 0, false: 2, untunedReports: 2, untunedFalse: 2 },
    preconditionAfterAwait: { tier: 'low', reports: 23, real: 1, harmless: 18, false: 4, untunedReports: 5, untunedFalse: 2 },
    preconditionAfterAwaitViaHelper: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1, untunedReports: 1, untunedFalse: 1 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 4, real: 0, harmless: 3, false: 1, untunedReports: 3, untunedFalse: 0 },
    clearedDespiteFailure: { tier: 'low', reports: 16, real: 0, harmless: 10, false: 6, untunedReports: 13, untunedFalse: 3 },
  },
  'no-unguarded-lazy-lock': {
    lazyLock: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1, untunedReports: 1, untunedFalse: 1 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 23, real: 4, harmless: 16, false: 3, untunedReports: 5, untunedFalse: 1 },
    unclaimedGuardTeardown: { tier: 'low', reports: 14, real: 1, harmless: 7, false: 6, untunedReports: 9, untunedFalse: 4 },
    unguardedHandleTeardown: { tier: 'low', reports: 8, real: 0, harmless: 6, false: 2, untunedReports: 3, untunedFalse: 2 },
    unguardedTeardown: { tier: 'low', reports: 167, real: 16, harmless: 90, false: 61, untunedReports: 128, untunedFalse: 47 },
  },
};
