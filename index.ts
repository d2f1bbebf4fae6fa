import type { TSESLint } from '@typescript-eslint/utils';
import { readFileSync } from 'node:fs';
import { rules } from './rules/index.js';

/**
 * The package's own name and version, read at load time so `meta` never drifts from what is published.
 * The file sits next to `index.ts` in the sources and one level up from `dist/index.js` once built.
 */
function readPackageMeta(): { name: string; version: string } {
  for (const candidate of ['./package.json', '../package.json']) {
    try {
      const { name, version } = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as Record<string, unknown>;
      if (name === 'eslint-plugin-concurrency' && typeof version === 'string') return { name, version };
    } catch {
      // Not there: try the next location.
    }
  }
  throw new Error('eslint-plugin-concurrency: cannot find its own package.json.');
}

const { name, version } = readPackageMeta();

type RuleId = keyof typeof rules;
type Severity = 'error' | 'warn';
type FlatConfig = TSESLint.FlatConfig.Config;

const ruleIds = Object.keys(rules) as RuleId[];

type RuleEntry = Severity | [Severity, { precision: 'high' }];

/** The rules of a config keyed by their plugin-qualified name: `concurrency/<id>`. */
function qualify(entries: readonly (readonly [RuleId, RuleEntry])[]): Record<string, RuleEntry> {
  return Object.fromEntries(entries.map(([id, entry]) => [`concurrency/${id}`, entry]));
}

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as { recommended: FlatConfig; strict: FlatConfig; all: FlatConfig },
};

// Each config registers the plugin itself, so `export default [concurrency.configs.recommended]` is enough.
plugin.configs = {
  recommended: {
    name: 'concurrency/recommended',
    plugins: { concurrency: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: qualify(
      ruleIds.flatMap((id) => {
        const severity = rules[id].meta.docs?.recommended;
        // Only the report kinds measured high-precision on real code (test/integration/ledger/).
        return severity ? [[id, [severity, { precision: 'high' }]] as [RuleId, RuleEntry]] : [];
      }),
    ),
  },
  strict: {
    name: 'concurrency/strict',
    plugins: { concurrency: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: qualify(ruleIds.map((id) => [id, 'error'] as const)),
  },
  all: {
    name: 'concurrency/all',
    plugins: { concurrency: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: qualify(ruleIds.map((id) => [id, 'error'] as const)),
  },
};

export default plugin;
