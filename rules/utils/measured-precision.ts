// Generated from test/integration/ledger/ and hold-outs.json by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'low', reports: 12, real: 3, harmless: 2, false: 7, untunedReports: 11, untunedFalse: 7 },
    raceOnCacheEntry: { tier: 'low', reports: 27, real: 3, harmless: 14, false: 10, untunedReports: 20, untunedFalse: 9 },
    raceOnInit: { tier: 'low', reports: 172, real: 15, harmless: 72, false: 85, untunedReports: 117, untunedFalse: 64 },
    raceOnRefresh: { tier: 'low', reports: 19, real: 4, harmless: 10, false: 5, untunedReports: 13, untunedFalse: 6 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 18, real: 9, harmless: 9, false: 0, untunedReports: 8, untunedFalse: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'medium', reports: 267, real: 69, harmless: 187, false: 11, untunedReports: 215, untunedFalse: 18 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1, untunedReports: 0, untunedFalse: 0 },
    cleanupBeforeRethrow: { tier: 'high', reports: 194, real: 41, harmless: 149, false: 4, untunedReports: 139, untunedFalse: 5 },
    listenersBeforeRethrow: { tier: 'medium', reports: 24, real: 2, harmless: 20, false: 2, untunedReports: 15, untunedFalse: 2 },
    stepBeforeRethrow: { tier: 'medium', reports: 137, real: 61, harmless: 61, false: 15, untunedReports: 109, untunedFalse: 12 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 36, real: 9, harmless: 8, false: 19, untunedReports: 31, untunedFalse: 16 },
    flagAfterAwaitViaHelper: { tier: 'low', reports: 2, real: 0, harmless: 0, false: 2, untunedReports: 2, untunedFalse: 2 },
    preconditionAfterAwait: { tier: 'low', reports: 21, real: 1, harmless: 16, false: 4, untunedReports: 3, untunedFalse: 2 },
    preconditionAfterAwaitViaHelper: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1, untunedReports: 1, untunedFalse: 1 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 4, real: 0, harmless: 3, false: 1, untunedReports: 3, untunedFalse: 0 },
    clearedDespiteFailure: { tier: 'low', reports: 15, real: 0, harmless: 9, false: 6, untunedReports: 12, untunedFalse: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 23, real: 4, harmless: 16, false: 3, untunedReports: 5, untunedFalse: 1 },
    unclaimedGuardTeardown: { tier: 'low', reports: 14, real: 1, harmless: 7, false: 6, untunedReports: 9, untunedFalse: 4 },
    unguardedHandleTeardown: { tier: 'low', reports: 8, real: 0, harmless: 6, false: 2, untunedReports: 3, untunedFalse: 2 },
    unguardedTeardown: { tier: 'low', reports: 142, real: 15, harmless: 74, false: 53, untunedReports: 103, untunedFalse: 39 },
  },
};
