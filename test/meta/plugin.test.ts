import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

const root = new URL('../../', import.meta.url);
const ruleFiles = readdirSync(new URL('rules/', root))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/u, ''));
const ruleIds = Object.keys(plugin.rules);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string };

describe('plugin object', () => {
  it('carries the package name and version', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it('exports exactly the rule files', () => {
    expect(ruleIds.toSorted()).toEqual(ruleFiles.toSorted());
  });

  it.each(['recommended', 'strict', 'all'] as const)('config %s registers the plugin itself', (configName) => {
    const config = plugin.configs[configName];
    expect(config.name).toBe(`concurrency/${configName}`);
    expect(config.plugins?.['concurrency']).toBe(plugin);
  });

  it('puts every rule in `all` and `strict` as an error', () => {
    const everyRuleAsError = Object.fromEntries(ruleIds.map((id) => [`concurrency/${id}`, 'error']));
    expect(plugin.configs.all.rules).toEqual(everyRuleAsError);
    expect(plugin.configs.strict.rules).toEqual(everyRuleAsError);
  });
});

describe.each(ruleIds)('rule %s', (id) => {
  const rule = plugin.rules[id as keyof typeof plugin.rules];

  it('has a doc, a test file and a docs.url pointing at the doc', () => {
    expect(existsSync(new URL(`docs/rules/${id}.md`, root))).toBe(true);
    expect(existsSync(new URL(`test/rules/${id}.test.ts`, root))).toBe(true);
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`, 'u'));
  });

  it('is in `recommended` exactly as meta.docs.recommended says, with only its high-precision kinds', () => {
    const severity = rule.meta.docs?.recommended;
    expect(plugin.configs.recommended.rules?.[`concurrency/${id}`]).toEqual(
      severity === false ? undefined : [severity, { precision: 'high' }],
    );
  });

  it('documents why, with examples, and when not to use it', () => {
    const doc = readFileSync(new URL(`docs/rules/${id}.md`, root), 'utf8');
    expect(doc).toContain('## Why');
    expect(doc).toContain('### ❌ Incorrect');
    expect(doc).toContain('### ✅ Correct');
    expect(doc).toContain('## When Not To Use It');
  });
});
