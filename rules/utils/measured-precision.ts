// Generated from test/integration/ledger/ by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.
import type { MeasuredReportKind } from './report-precision.js';

export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> = {};
