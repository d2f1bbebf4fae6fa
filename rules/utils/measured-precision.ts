// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'medium', reports: 1, real: 1, harmless: 0, false: 0 },
    raceOnCacheEntry: { tier: 'medium', reports: 10, real: 1, harmless: 7, false: 2 },
    raceOnInit: { tier: 'low', reports: 70, real: 9, harmless: 34, false: 27 },
    raceOnRefresh: { tier: 'medium', reports: 11, real: 4, harmless: 6, false: 1 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 11, real: 6, harmless: 5, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'high', reports: 71, real: 24, harmless: 46, false: 1 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1 },
    cleanupBeforeRethrow: { tier: 'high', reports: 70, real: 14, harmless: 55, false: 1 },
    listenersBeforeRethrow: { tier: 'high', reports: 9, real: 1, harmless: 8, false: 0 },
    stepBeforeRethrow: { tier: 'medium', reports: 58, real: 28, harmless: 23, false: 7 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 10, real: 4, harmless: 2, false: 4 },
    preconditionAfterAwait: { tier: 'medium', reports: 18, real: 0, harmless: 16, false: 2 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1 },
    clearedDespiteFailure: { tier: 'low', reports: 6, real: 0, harmless: 3, false: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 20, real: 2, harmless: 16, false: 2 },
    unclaimedGuardTeardown: { tier: 'low', reports: 5, real: 0, harmless: 3, false: 2 },
    unguardedHandleTeardown: { tier: 'high', reports: 6, real: 0, harmless: 6, false: 0 },
    unguardedTeardown: { tier: 'low', reports: 59, real: 9, harmless: 29, false: 21 },
  },
};
