import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { MEASURED_PRECISION } from '../../rules/utils/measured-precision.js';
import {
  LEDGER_DIR,
  computeTiers,
  formatLedger,
  getHoldOutFormatProblems,
  getLedgerFormatProblems,
  getTier,
  readHoldOuts,
  readLedgers,
  updateLedger,
  type HoldOutSet,
  type LedgerEntry,
} from '../integration/ledger.js';
import { packages } from '../integration/packages.js';

const ruleIds = Object.keys(plugin.rules).sort();
const rules = plugin.rules as Record<string, (typeof plugin.rules)[keyof typeof plugin.rules]>;

/** A rule's report kinds: the messageIds `docs.cures` names (the others in `messages` are suggestions). */
function getReportKinds(ruleId: string): string[] {
  const meta = rules[ruleId]?.meta;
  return Object.keys(meta?.docs?.cures ?? meta?.messages ?? {});
}

function readLedgerText(ruleId: string): string {
  return readFileSync(path.join(LEDGER_DIR, `${ruleId}.json`), 'utf8');
}

describe('triage ledger files', () => {
  it('has one ledger file per rule and none for a rule the plugin does not have', () => {
    expect(Object.keys(readLedgers())).toEqual(ruleIds);
  });

  it.each(ruleIds)('%s: follows the format (verdicts, a reason once judged, sorted, one text per line)', (ruleId) => {
    expect(getLedgerFormatProblems(JSON.parse(readLedgerText(ruleId)))).toEqual([]);
  });

  it.each(ruleIds)('%s: is laid out as --update writes it, so diffs show only judgements', (ruleId) => {
    const text = readLedgerText(ruleId);
    expect(text).toBe(formatLedger(JSON.parse(text) as LedgerEntry[]));
  });

  it.each(ruleIds)('%s: names only report kinds the rule has', (ruleId) => {
    const kinds = new Set(readLedgers()[ruleId]?.map((entry) => entry.messageId));
    expect([...kinds].filter((kind) => !getReportKinds(ruleId).includes(kind))).toEqual([]);
  });
});

describe('hold-out record', () => {
  it('follows the format (sets in order, name@version packages, real/harmless/false counts)', () => {
    expect(getHoldOutFormatProblems(readHoldOuts())).toEqual([]);
  });

  it('names packages the corpus pins at that version (every set joined the corpus once judged)', () => {
    const pinned = new Set(packages.map(({ name, version }) => `${name}@${version}`));
    expect(readHoldOuts().flatMap((set) => set.packages.filter((name) => !pinned.has(name)))).toEqual([]);
  });

  it('names only rules and report kinds the plugin has', () => {
    const unknown = readHoldOuts().flatMap((set) =>
      Object.entries(set.judged).flatMap(([ruleId, kinds]) =>
        Object.keys(kinds)
          .filter((kind) => !(ruleIds.includes(ruleId) && getReportKinds(ruleId).includes(kind)))
          .map((kind) => `set ${set.set}: ${ruleId}/${kind}`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});

describe('measured precision', () => {
  it('rules/utils/measured-precision.ts is what the ledger and the hold-out record give (npm run ledger -- --write-tiers)', () => {
    expect(MEASURED_PRECISION).toEqual(computeTiers(readLedgers(), readHoldOuts()));
  });

  const entry = (verdict: LedgerEntry['verdict'], line: number): LedgerEntry => ({
    package: 'pkg',
    file: 'a.js',
    line,
    messageId: 'kind',
    fingerprint: `close${line}();`,
    verdict,
    reason: verdict === null ? null : 'read',
  });
  // 20 judged in the ledger, 1 false: high on the ledger alone.
  const ledgers = { rule: Array.from({ length: 20 }, (_, index) => entry(index === 0 ? 'false' : 'harmless', index + 1)) };
  const holdOut = (real: number, falseCount: number): HoldOutSet => ({ set: 1, packages: ['pkg@1.0.0'], judged: { rule: { kind: { real, harmless: 0, false: falseCount } } } });

  it('gives a kind the lower of its ledger tier and its untuned tier, from 3 untuned judgements on', () => {
    expect(computeTiers(ledgers).rule?.kind?.tier).toBe('high');
    // 2 of 10 false when judged untuned (a fix since removed them from the ledger): medium, whatever the ledger says.
    expect(computeTiers(ledgers, [holdOut(8, 2)]).rule?.kind).toEqual({
      tier: 'medium',
      reports: 20,
      real: 0,
      harmless: 19,
      false: 1,
      untunedReports: 10,
      untunedFalse: 2,
    });
    // 0 of 30 false untuned does not lift a kind the ledger measures lower.
    const worse = { rule: [...ledgers.rule, entry('false', 21), entry('false', 22)] };
    expect(computeTiers(worse, [holdOut(30, 0)]).rule?.kind?.tier).toBe('medium');
    // Fewer than 3 untuned judgements say too little to move a tier.
    expect(computeTiers(ledgers, [holdOut(0, 2)]).rule?.kind?.tier).toBe('high');
  });

  // configs.recommended takes only high kinds, so a rule belongs there exactly when one of its kinds is measured high:
  // without one it would report nothing; with one, leaving it out would hide measured-precise reports.
  it.each(ruleIds)('%s is in configs.recommended exactly when one of its report kinds is measured high', (ruleId) => {
    const highKinds = Object.entries(MEASURED_PRECISION[ruleId] ?? {}).filter(([, kind]) => kind.tier === 'high');
    const measured = JSON.stringify(MEASURED_PRECISION[ruleId] ?? {});
    const isRecommended = rules[ruleId]?.meta.docs?.recommended !== false;
    expect(isRecommended, `recommended: ${String(rules[ruleId]?.meta.docs?.recommended)}, measured: ${measured}`).toBe(highKinds.length > 0);
  });

  it('tiers judged counts: high from 3 judged with at most 5% false, medium up to 20% false, low otherwise', () => {
    expect(getTier(3, 0)).toBe('high');
    expect(getTier(20, 1)).toBe('high');
    expect(getTier(19, 1)).toBe('medium');
    expect(getTier(2, 0)).toBe('medium');
    expect(getTier(5, 1)).toBe('medium');
    expect(getTier(4, 1)).toBe('low');
    expect(getTier(0, 0)).toBe('low');
  });
});

describe('updating a ledger from a run', () => {
  const judged: LedgerEntry = {
    package: 'pkg',
    file: 'src/a.ts',
    line: 10,
    messageId: 'kind',
    fingerprint: 'this.close();',
    verdict: 'real',
    reason: 'close() throws on a half-open socket',
  };
  const report = { package: 'pkg', file: 'src/a.ts', line: 12, messageId: 'kind', fingerprint: 'this.close();' };
  const isInPkg = (entry: LedgerEntry) => entry.package === 'pkg';

  it('keeps the verdict of a matched entry and refreshes its line', () => {
    const { entries, added, kept, stale } = updateLedger([judged], [report], isInPkg);
    expect(entries).toEqual([{ ...judged, line: 12 }]);
    expect({ added, kept, stale }).toEqual({ added: [], kept: 1, stale: [] });
  });

  it('adds a new report unjudged and drops the entry whose report is gone', () => {
    const moved = { ...report, fingerprint: 'await this.close();' };
    const { entries, added, stale } = updateLedger([judged], [moved], isInPkg);
    const unjudged = { ...moved, verdict: null, reason: null };
    expect(entries).toEqual([unjudged]);
    expect(added).toEqual([unjudged]);
    expect(stale).toEqual([judged]);
  });

  it('leaves the entries of packages not run as they are', () => {
    const other = { ...judged, package: 'other' };
    const { entries, stale } = updateLedger([judged, other], [], isInPkg);
    expect(entries).toEqual([other]);
    expect(stale).toEqual([judged]);
  });

  it('matches reports of the same line text in line order', () => {
    const second = { ...judged, line: 30, verdict: 'harmless' as const, reason: 'the second close is on a fresh socket' };
    const reports = [
      { ...report, line: 35 },
      { ...report, line: 15 },
    ];
    const { entries } = updateLedger([second, judged], reports, isInPkg);
    expect(entries).toEqual([
      { ...judged, line: 15 },
      { ...second, line: 35 },
    ]);
  });
});
