import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import { rules } from './rules/index.js';

const require = createRequire(import.meta.url);
// Read at load time so `meta.version` can never drift from the published package.
const { name, version } = require('../package.json') as { name: string; version: string };

type RuleId = keyof typeof rules;
type Severity = 'error' | 'warn';
type FlatConfig = TSESLint.FlatConfig.Config;

const ruleIds = Object.keys(rules) as RuleId[];

/** The rules of a config keyed by their plugin-qualified name: `concurrency/<id>`. */
function qualify(entries: readonly (readonly [RuleId, Severity])[]): Record<string, Severity> {
  return Object.fromEntries(entries.map(([id, severity]) => [`concurrency/${id}`, severity]));
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
        return severity ? [[id, severity] as const] : [];
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
export { rules };
