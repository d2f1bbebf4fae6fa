// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceAfterPrecondition: { tier: 'medium', reports: 1, real: 1, harmless: 0, false: 0 },
    raceOnCacheEntry: { tier: 'medium', reports: 2, real: 0, harmless: 2, false: 0 },
    raceOnInit: { tier: 'medium', reports: 17, real: 4, harmless: 11, false: 2 },
    raceOnRefresh: { tier: 'high', reports: 4, real: 1, harmless: 3, false: 0 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'high', reports: 5, real: 2, harmless: 3, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'high', reports: 19, real: 6, harmless: 13, false: 0 },
    cleanupBeforeRethrow: { tier: 'high', reports: 37, real: 7, harmless: 29, false: 1 },
    listenersBeforeRethrow: { tier: 'high', reports: 6, real: 1, harmless: 5, false: 0 },
    stepBeforeRethrow: { tier: 'high', reports: 14, real: 2, harmless: 12, false: 0 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 5, real: 1, harmless: 1, false: 3 },
    preconditionAfterAwait: { tier: 'medium', reports: 11, real: 0, harmless: 10, false: 1 },
  },
  'no-unconditional-handler-clear': {
    clearedDespiteFailure: { tier: 'low', reports: 1, real: 0, harmless: 0, false: 1 },
  },
  'require-idempotent-teardown': {
    concurrentTeardown: { tier: 'medium', reports: 8, real: 1, harmless: 6, false: 1 },
    unclaimedGuardTeardown: { tier: 'low', reports: 2, real: 0, harmless: 1, false: 1 },
    unguardedHandleTeardown: { tier: 'high', reports: 4, real: 0, harmless: 4, false: 0 },
    unguardedTeardown: { tier: 'low', reports: 18, real: 3, harmless: 10, false: 5 },
  },
};
