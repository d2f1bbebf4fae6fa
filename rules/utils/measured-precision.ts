// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {
  'no-async-lazy-init-race': {
    raceOnCacheEntry: { tier: 'low', reports: 0, real: 0, harmless: 0, false: 0 },
    raceOnInit: { tier: 'low', reports: 0, real: 0, harmless: 0, false: 0 },
  },
  'no-mixed-error-zones': {
    mixedZones: { tier: 'low', reports: 0, real: 0, harmless: 0, false: 0 },
  },
  'no-shadowed-exception': {
    awaitInFinally: { tier: 'low', reports: 0, real: 0, harmless: 0, false: 0 },
    cleanupBeforeRethrow: { tier: 'low', reports: 0, real: 0, harmless: 0, false: 0 },
  },
  'no-state-flag-after-await': {
    flagAfterAwait: { tier: 'low', reports: 0, real: 0, harmless: 0, false: 0 },
  },
  'require-idempotent-teardown': {
    unguardedTeardown: { tier: 'low', reports: 0, real: 0, harmless: 0, false: 0 },
  },
};
