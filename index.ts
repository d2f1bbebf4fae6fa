import type { ESLint, Linter, Rule } from 'eslint';
import { packageMeta } from './package-meta.js';
import { rules } from './rules/index.js';
import type { ConcurrencyRuleDocs } from './rules/utils/create-rule.js';

type RuleId = keyof typeof rules;
type RuleEntry = Linter.RuleSeverity | [Linter.RuleSeverity, { precision: 'high' }];

/**
 * Every file extension the rules support. The configs carry these as `files`, so a config used alone still
 * lints `.ts` files (ESLint only looks at `.js`, `.mjs` and `.cjs` unless a config names more): a TypeScript
 * project without a TypeScript parser then gets parse errors, never a green run that checked nothing.
 */
const SUPPORTED_FILES: readonly string[] = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/** A rule in ESLint's own type, with the `meta.docs` every rule of ours has. */
export type ConcurrencyRule = Rule.RuleModule & {
  readonly meta: Rule.RuleMetaData & { readonly docs: ConcurrencyRuleDocs & { readonly description: string; readonly url: string } };
};

/** The plugin's type, in ESLint's own terms, so `defineConfig` and `tseslint.config` both accept it and its configs. */
export interface ConcurrencyPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Readonly<Record<RuleId, ConcurrencyRule>>;
  readonly configs: {
    readonly recommended: Linter.Config;
    readonly strict: Linter.Config;
    readonly all: Linter.Config;
  };
}

const ruleIds = Object.keys(rules) as RuleId[];

/** The rules of a config keyed by their plugin-qualified name: `concurrency/<id>`. */
function qualify(entries: readonly (readonly [RuleId, RuleEntry])[]): Linter.RulesRecord {
  return Object.fromEntries(entries.map(([id, entry]) => [`concurrency/${id}`, entry]));
}

/** A config that registers the plugin itself, so `export default [concurrency.configs.recommended]` is enough. */
function createConfig(name: string, entries: readonly (readonly [RuleId, RuleEntry])[]): Linter.Config {
  return { name: `concurrency/${name}`, files: [...SUPPORTED_FILES], plugins: { concurrency: plugin }, rules: qualify(entries) };
}

const plugin: ConcurrencyPlugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  // typescript-eslint's rule type differs from ESLint's in ways that do not matter at run time (ESLint calls
  // `create` with its own context); ESLint's type is what configs are checked against.
  rules: rules as unknown as ConcurrencyPlugin['rules'],
  configs: {} as ConcurrencyPlugin['configs'],
};

// Filled in after `plugin` exists: each config registers the plugin object itself.
Object.assign(plugin.configs, {
  recommended: createConfig(
    'recommended',
    ruleIds.flatMap((id) => {
      const severity = plugin.rules[id].meta.docs.recommended;
      // Only the report kinds measured high-precision on real code (test/integration/ledger/).
      return severity ? [[id, [severity, { precision: 'high' }]] as const] : [];
    }),
  ),
  strict: createConfig('strict', ruleIds.map((id) => [id, 'error'] as const)),
  all: createConfig('all', ruleIds.map((id) => [id, 'error'] as const)),
} satisfies ConcurrencyPlugin['configs']);

export default plugin;
