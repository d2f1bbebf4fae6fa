// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'medium', reports: 1, real: 1, harmless: 0, false: 0 },
    raceOnCacheEntry: { tier: 'medium', reports: 7, real: 0, harmless: 6, false: 1 },
    raceOnInit: { tier: 'low', reports: 55, real: 5, harmless: 29, false: 21 },
    raceOnRefresh: { tier: 'high', reports: 7, real: 2, harmless: 5, false: 0 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 10, real: 6, harmless: 4, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'high', reports: 60, real: 20, harmless: 40, false: 0 },
    cleanupBeforeDeferredRethrow: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1 },
    cleanupBeforeRethrow: { tier: 'high', reports: 57, real: 10, harmless: 46, false: 1 },
    listenersBeforeRethrow: { tier: 'high', reports: 9, real: 1, harmless: 8, false: 0 },
    stepBeforeRethrow: { tier: 'medium', reports: 28, real: 7, harmless: 18, false: 3 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 6, real: 1, harmless: 1, false: 4 },
    preconditionAfterAwait: { tier: 'medium', reports: 18, real: 0, harmless: 16, false: 2 },
  },
  'no-unconditional-handler-clear': {
    clearedAfterFailedRelease: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1 },
    clearedDespiteFailure: { tier: 'low', reports: 3, real: 0, harmless: 0, false: 3 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 18, real: 2, harmless: 14, false: 2 },
    unclaimedGuardTeardown: { tier: 'low', reports: 5, real: 0, harmless: 3, false: 2 },
    unguardedHandleTeardown: { tier: 'high', reports: 5, real: 0, harmless: 5, false: 0 },
    unguardedTeardown: { tier: 'low', reports: 40, real: 4, harmless: 21, false: 15 },
  },
};
