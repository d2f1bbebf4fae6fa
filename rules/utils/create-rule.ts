import { ESLintUtils } from '@typescript-eslint/utils';

/** Where the generated rule docs live; `docs.url` of every rule points here. */
export const REPOSITORY_URL = 'https://github.com/eslint-plugin-concurrency/eslint-plugin-concurrency';

/**
 * Our extra `meta.docs` fields.
 * `recommended` is the rule's severity in `configs.recommended` (`false`: not in it).
 * Every rule is an error in `configs.strict` and `configs.all`.
 */
export interface ConcurrencyRuleDocs {
  recommended: 'error' | 'warn' | false;
  requiresTypeChecking?: false;
}

/** The one rule factory: sets `docs.url` from the rule name. */
export const createRule = ESLintUtils.RuleCreator<ConcurrencyRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
