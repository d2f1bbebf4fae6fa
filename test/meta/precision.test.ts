import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { MEASURED_PRECISION } from '../../rules/utils/measured-precision.js';
import { getReportKindTier, isReportedAtPrecision } from '../../rules/utils/report-precision.js';

// A lazily created lock: `no-unguarded-lazy-lock` reports it as `lazyLock` under every option but a tier above its own.
const code = 'class A { async f() { this.lock ??= new Mutex(); } }';

function getMessageIds(options: unknown[]): (string | null)[] {
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { concurrency: plugin },
        rules: { 'concurrency/no-unguarded-lazy-lock': ['error', ...options] },
      },
    ] as unknown as Linter.Config[],
    'file.ts',
  );
  return messages.map(({ messageId }) => messageId ?? null);
}

describe('report precision', () => {
  it('orders the tiers: `any` takes all, `medium` takes medium and high, `high` only high', () => {
    expect(isReportedAtPrecision('low', 'any')).toBe(true);
    expect(isReportedAtPrecision('low', 'medium')).toBe(false);
    expect(isReportedAtPrecision('medium', 'medium')).toBe(true);
    expect(isReportedAtPrecision('medium', 'high')).toBe(false);
    expect(isReportedAtPrecision('high', 'high')).toBe(true);
  });

  it('treats a kind the ledger has never seen as low', () => {
    expect(getReportKindTier('no-such-rule', 'noSuchKind')).toBe('low');
  });

  it('reports every kind by default and filters by the measured tier under `precision`', () => {
    expect(getMessageIds([])).toEqual(['lazyLock']);
    const tier = getReportKindTier('no-unguarded-lazy-lock', 'lazyLock');
    expect(getMessageIds([{ precision: 'high' }])).toEqual(isReportedAtPrecision(tier, 'high') ? ['lazyLock'] : []);
    expect(getMessageIds([{ precision: 'medium' }])).toEqual(isReportedAtPrecision(tier, 'medium') ? ['lazyLock'] : []);
  });

  it('applies each file its own options when files of one run alternate between configs', () => {
    // The rule keeps the last file's options to skip merging them again (createRule): a severity-only config hands
    // each file a new array of the same default objects, and another config must not be served from that.
    const tier = getReportKindTier('no-unguarded-lazy-lock', 'lazyLock');
    const underHigh = isReportedAtPrecision(tier, 'high') ? ['lazyLock'] : [];
    for (let round = 0; round < 2; round += 1) {
      expect(getMessageIds([])).toEqual(['lazyLock']);
      expect(getMessageIds([])).toEqual(['lazyLock']);
      expect(getMessageIds([{ precision: 'high' }])).toEqual(underHigh);
      expect(getMessageIds([{ precision: 'any' }])).toEqual(['lazyLock']);
      expect(getMessageIds([{ precision: 'high' }])).toEqual(underHigh);
    }
  });

  it('carries only counts that add up, with the tier the counts give (the lower of the ledger and the hold-out record)', () => {
    const tierOf = (reports: number, falseCount: number) => {
      const falseShare = reports === 0 ? 1 : falseCount / reports;
      return reports >= 3 && falseShare <= 0.05 ? 'high' : reports > 0 && falseShare <= 0.2 ? 'medium' : 'low';
    };
    const order = ['high', 'medium', 'low'];
    for (const kinds of Object.values(MEASURED_PRECISION)) {
      for (const kind of Object.values(kinds)) {
        expect(kind.real + kind.harmless + kind.false).toBe(kind.reports);
        expect(kind.untunedFalse).toBeLessThanOrEqual(kind.untunedReports);
        const ledgerTier = tierOf(kind.reports, kind.false);
        const untunedTier = kind.untunedReports >= 3 ? tierOf(kind.untunedReports, kind.untunedFalse) : ledgerTier;
        expect(kind.tier).toBe(order[Math.max(order.indexOf(ledgerTier), order.indexOf(untunedTier))]);
      }
    }
  });
});

describe('configs.recommended', () => {
  // One sample of several kinds of one rule: a cleanup before a rethrow, an awaited cleanup in `finally`, and a
  // recovery step before a rethrow.
  const sample = `
export class Store {
  async save(row: Row) {
    try {
      await this.db.insert(row);
    } catch (error) {
      await this.db.rollback();
      throw error;
    }
  }
  async load(id: string) {
    try {
      return await this.db.get(id);
    } finally {
      await this.db.release();
    }
  }
  async sync() {
    try {
      await this.db.sync();
    } catch (error) {
      await this.cluster.refreshMetadata();
      throw error;
    }
  }
}
`;
  const lint = (config: unknown) =>
    new Linter({ configType: 'flat' })
      .verify(sample, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, config] as unknown as Linter.Config[], 'file.ts')
      .map(({ messageId }) => messageId ?? null)
      .sort();

  it('reports exactly the kinds measured high, where strict reports every kind', () => {
    const every = lint(plugin.configs.strict);
    expect(every).toEqual(['awaitInFinally', 'cleanupBeforeRethrow', 'stepBeforeRethrow']);
    const high = every.filter((kind) => getReportKindTier('no-shadowed-exception', kind ?? '') === 'high');
    expect(lint(plugin.configs.recommended)).toEqual(high);
  });
});
