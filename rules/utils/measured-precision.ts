// Generated from test/integration/ledger/ and hold-outs.json by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'low', reports: 11, real: 3, harmless: 1, false: 7, untunedReports: 10, untunedFalse: 7 },
    raceOnCacheEntry: { tier: 'low', reports: 20, real: 1, harmless: 13, false: 6, untunedReports: 13, untunedFalse: 5 },
    raceOnInit: { tier: 'low', reports: 135, real: 12, harmless: 60, false: 63, untunedReports: 80, untunedFalse: 42 },
    raceOnRefresh: { tier: 'low', reports: 17, real: 4, harmless: 8, false: 5, untunedReports: 11, untunedFalse: 6 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 15, real: 8, harmless: 7, false: 0, untunedReports: 5, untunedFalse: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'medium', reports: 232, real: 62, harmless: 160, false: 10, untunedReports: 180, untunedFalse: 17 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1, untunedReports: 0, untunedFalse: 0 },
    cleanupBeforeRethrow: { tier: 'high', reports: 181, real: 37, harmless: 141, false: 3, untunedReports: 126, untunedFalse: 4 },
    listenersBeforeRethrow: { tier: 'medium', reports: 14, real: 2, harmless: 11, false: 1, untunedReports: 5, untunedFalse: 1 },
    stepBeforeRethrow: { tier: 'medium', reports: 120, real: 52, harmless: 60, false: 8, untunedReports: 92, untunedFalse: 5 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 33, real: 9, harmless: 7, false: 17, untunedReports: 27, untunedFalse: 13 },
    flagAfterAwaitViaHelper: { tier: 'low', reports: 2, real: 0, harmless: 0, false: 2, untunedReports: 2, untunedFalse: 2 },
    preconditionAfterAwait: { tier: 'low', reports: 21, real: 1, harmless: 16, false: 4, untunedReports: 3, untunedFalse: 2 },
    preconditionAfterAwaitViaHelper: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1, untunedReports: 1, untunedFalse: 1 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 4, real: 0, harmless: 3, false: 1, untunedReports: 3, untunedFalse: 0 },
    clearedDespiteFailure: { tier: 'low', reports: 14, real: 0, harmless: 8, false: 6, untunedReports: 11, untunedFalse: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 23, real: 4, harmless: 16, false: 3, untunedReports: 5, untunedFalse: 1 },
    unclaimedGuardTeardown: { tier: 'low', reports: 10, real: 1, harmless: 5, false: 4, untunedReports: 5, untunedFalse: 2 },
    unguardedHandleTeardown: { tier: 'low', reports: 8, real: 0, harmless: 6, false: 2, untunedReports: 3, untunedFalse: 2 },
    unguardedTeardown: { tier: 'low', reports: 117, real: 13, harmless: 67, false: 37, untunedReports: 78, untunedFalse: 23 },
  },
};
