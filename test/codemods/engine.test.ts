// The rewrite engine: precision, the project's config (settings, rules turned off, eslint-disable comments),
// annotations, and the safety net for unparsable input and output.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { rewriteSource, type RewriteOptions } from '../../codemods/engine/rewrite.js';
import { getReportKindTier } from '../../rules/utils/report-precision.js';
import { lateFlag, lateFlagCured } from './late-flag.js';

const everyRule: RewriteOptions = { ruleIds: Object.keys(plugin.rules), precision: 'any', annotate: false, projectConfig: null };


const teardown = `export class Service {
  constructor(private readonly client: { flush(): Promise<void>; close(): Promise<void> }) {}
  async shutdown(): Promise<void> {
    await this.client.flush();
    await this.client.close();
  }
}
`;

describe('rewriteSource', () => {
  it('applies a cure by default only for a report kind measured high', async () => {
    const result = await rewriteSource('connection.ts', lateFlag, { ...everyRule, precision: 'high' });
    const isHigh = getReportKindTier('no-state-flag-after-await', 'flagAfterAwait') === 'high';
    expect(result).toMatchObject(
      isHigh
        ? { status: 'changed', output: lateFlagCured, left: [] }
        : { status: 'unchanged', output: lateFlag, left: [{ ruleId: 'no-state-flag-after-await', messageId: 'flagAfterAwait', line: 9, column: 7, reason: 'below-precision' }] },
    );
  });

  it('applies every cure at precision any, and lists exactly what the rules still report', async () => {
    const source = `${lateFlag}export const lock = { locked: false };\n`;
    const result = await rewriteSource('connection.ts', source, everyRule);
    expect(result).toMatchObject({ status: 'changed', output: `${lateFlagCured}export const lock = { locked: false };\n`, left: [] });
    expect(result.status === 'changed' && result.rewrites).toEqual([{ ruleId: 'no-state-flag-after-await', messageId: 'flagAfterAwait', kind: 'cure', line: 9 }]);
  });

  it('lists a finding whose rule names no cure, and leaves its code as it is', async () => {
    const source = `import { Mutex } from 'async-mutex';
export class Connection {
  connected = true;
  readonly lock = new Mutex();
  constructor(private readonly client: { disconnect(): Promise<void> }) {}
  async disconnect(): Promise<void> {
    await this.lock.runExclusive(async () => {
      if (!this.connected) return;
      await this.client.disconnect();
      this.connected = false;
    });
  }
}
`;
    const result = await rewriteSource('connection.ts', source, everyRule);
    expect(result).toMatchObject({ status: 'unchanged', output: source, left: [{ ruleId: 'no-state-flag-after-await', messageId: 'flagAfterAwaitInLock', line: 10, column: 7, reason: 'no-cure' }] });
    const linter = new Linter();
    const rules = Object.fromEntries(Object.keys(plugin.rules).map((id) => [`concurrency/${id}`, 'error' as const]));
    const messages = linter.verify(source, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { concurrency: plugin }, rules }], 'file.ts');
    expect(messages.map(({ ruleId, line }) => `${ruleId}:${line}`)).toEqual(['concurrency/no-state-flag-after-await:10']);
  });

  it('runs only the rules asked for', async () => {
    const result = await rewriteSource('service.ts', teardown + lateFlag, { ...everyRule, ruleIds: ['require-idempotent-teardown'] });
    expect(result).toMatchObject({ status: 'changed', left: [] });
    expect(result.status === 'changed' && result.output).toBe(`import { runIdempotent } from 'concurrency-runtime';
export class Service {
  constructor(private readonly client: { flush(): Promise<void>; close(): Promise<void> }) {}
  async shutdown(): Promise<void> {
    await runIdempotent(this, 'shutdown', async () => {
      await this.client.flush();
      await this.client.close();
    });
  }
}
${lateFlag}`);
  });

  it('imports runtime helpers from settings.concurrency.runtimeModule, or from the runtime-module option over it', async () => {
    const fromSettings = await rewriteSource('service.ts', teardown, { ...everyRule, projectConfig: { concurrencySettings: { runtimeModule: '#runtime' }, ruleOptions: null } });
    expect(fromSettings.status === 'changed' && fromSettings.output.split('\n')[0]).toBe("import { runIdempotent } from '#runtime';");
    const fromOption = await rewriteSource('service.ts', teardown, { ...everyRule, runtimeModule: '@acme/runtime', projectConfig: { concurrencySettings: { runtimeModule: '#runtime' }, ruleOptions: null } });
    expect(fromOption.status === 'changed' && fromOption.output.split('\n')[0]).toBe("import { runIdempotent } from '@acme/runtime';");
  });

  it('leaves the rules the project turns off, and code under an eslint-disable comment for our rule', async () => {
    const turnedOff = await rewriteSource('connection.ts', lateFlag, { ...everyRule, projectConfig: { concurrencySettings: undefined, ruleOptions: new Map([['require-idempotent-teardown', []]]) } });
    expect(turnedOff).toMatchObject({ status: 'unchanged', output: lateFlag, left: [] });
    const disabled = lateFlag.replace('      this.connected = false;', '      // eslint-disable-next-line concurrency/no-state-flag-after-await -- reviewed\n      this.connected = false;');
    expect(await rewriteSource('connection.ts', disabled, everyRule)).toMatchObject({ status: 'unchanged', output: disabled, left: [] });
  });

  it('annotates each finding left for a person once, above its statement', async () => {
    const source = `export class Cache {
  profile?: string;
  async get(load: () => Promise<string>): Promise<string | undefined> {
    if (this.profile === undefined) {
      this.profile = await load();
    }
    return this.profile;
  }
}
`;
    const options = { ...everyRule, precision: 'high', annotate: true } as const;
    const first = await rewriteSource('cache.ts', source, options);
    expect(first.status).toBe('changed');
    const output = first.status === 'changed' ? first.output : '';
    const lines = output.split('\n');
    expect(lines[4]).toMatch(/^ {6}\/\/ TODO\(concurrency\/no-async-lazy-init-race\): `this\.profile` is checked on line 4 but assigned only after the `await`/u);
    expect(lines[5]).toBe('      this.profile = await load();');
    expect(await rewriteSource('cache.ts', output, options)).toMatchObject({ status: 'unchanged', output });
    const windows = await rewriteSource('cache.ts', source.replaceAll('\n', '\r\n'), options);
    expect(windows.status === 'changed' && windows.output).toBe(output.replaceAll('\n', '\r\n'));
  });

  it('keeps a byte order mark in front of the rewritten text', async () => {
    expect(await rewriteSource('connection.ts', `\uFEFF${lateFlag}`, everyRule)).toMatchObject({ status: 'changed', output: `\uFEFF${lateFlagCured}` });
  });

  it('skips an unparsable file, and fails a rewrite whose output does not parse', async () => {
    expect(await rewriteSource('broken.ts', 'class {', everyRule)).toEqual({ status: 'skipped', reason: "does not parse: 1:7 Parsing error: '}' expected." });
    const broken = await rewriteSource('connection.ts', lateFlag, {
      ...everyRule,
      preRewrite: () => ({ text: `${lateFlag}}`, rewrites: [{ ruleId: 'no-unguarded-lazy-lock', messageId: 'doubleCheckedInit', kind: 'collapse', line: 1 }] }),
    });
    expect(broken).toEqual({ status: 'failed', reason: "the no-unguarded-lazy-lock rewrite does not parse: 13:0 Parsing error: Declaration or statement expected.", rules: ['no-unguarded-lazy-lock'] });
  });
});
