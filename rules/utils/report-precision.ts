import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { TSESLint } from '@typescript-eslint/utils';
import { MEASURED_PRECISION } from './measured-precision.js';

/**
 * How often a report kind (a rule's messageId) was right on real code, from the triage ledger in
 * test/integration/ledger/ (CodeQL's `@precision`, measured rather than declared):
 * - `high`: at least 3 judged corpus reports and at most 5% of them false;
 * - `medium`: at most 20% false;
 * - `low`: more false than that, or never seen on the corpus (unmeasured).
 * A kind judged at least 3 times in hold-out sets (test/integration/hold-outs.json: packages the rules had never been
 * tuned on, judged before any change for them) takes the lower of that tier and the same measure on those judgements.
 */
export type PrecisionTier = 'high' | 'medium' | 'low';

/** The `precision` option: the lowest tier a rule reports. `any` reports every kind, measured or not. */
export type PrecisionOption = 'high' | 'medium' | 'any';

/** What the ledger holds for one report kind; `tier` is computed from the counts. */
export interface MeasuredReportKind {
  readonly tier: PrecisionTier;
  readonly reports: number;
  readonly real: number;
  readonly harmless: number;
  readonly false: number;
  /** Reports of the kind judged in hold-out sets, on packages the rules had never been tuned on (test/integration/hold-outs.json). */
  readonly untunedReports: number;
  /** Of those, the false ones: from 3 untuned reports on, the tier is the lower of the ledger's and theirs. */
  readonly untunedFalse: number;
}

/** The schema of the `precision` option every rule takes, beside its own options. */
export const PRECISION_OPTION_SCHEMA: JSONSchema4 = {
  type: 'string',
  enum: ['high', 'medium', 'any'],
  description:
    'Report only the kinds measured at this precision or better on real code (see the rule doc): `high` as in `configs.recommended`, `any` (the default) reports every kind.',
};

export const DEFAULT_PRECISION: PrecisionOption = 'any';

const TIER_RANK: Record<PrecisionTier, number> = { high: 2, medium: 1, low: 0 };
const OPTION_RANK: Record<PrecisionOption, number> = { high: 2, medium: 1, any: 0 };

/** The measured tier of a rule's report kind; a kind the ledger has never seen is `low`. */
export function getReportKindTier(ruleId: string, messageId: string): PrecisionTier {
  return MEASURED_PRECISION[ruleId]?.[messageId]?.tier ?? 'low';
}

/** True when a report kind of `tier` is reported under the `precision` option. */
export function isReportedAtPrecision(tier: PrecisionTier, precision: PrecisionOption): boolean {
  return TIER_RANK[tier] >= OPTION_RANK[precision];
}

/**
 * The rule context a rule sees under `precision`: the same context whose `report` drops the kinds measured
 * below it. Filtering here, not in each rule, keeps every rule's analysis identical across configs.
 */
export function getContextAtPrecision<MessageIds extends string, Options extends readonly unknown[]>(
  ruleId: string,
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  precision: PrecisionOption,
): Readonly<TSESLint.RuleContext<MessageIds, Options>> {
  if (precision === 'any') return context;
  const report = (descriptor: TSESLint.ReportDescriptor<MessageIds>): void => {
    if (isReportedAtPrecision(getReportKindTier(ruleId, descriptor.messageId), precision)) context.report(descriptor);
  };
  return Object.create(context, { report: { value: report } }) as Readonly<TSESLint.RuleContext<MessageIds, Options>>;
}
