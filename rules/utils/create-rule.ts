import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { DEFAULT_PRECISION, getContextAtPrecision, type PrecisionOption } from './report-precision.js';
import { packageMeta } from '../../package-meta.js';

/** Where the generated rule docs live; `docs.url` of every rule points here. From package.json's `repository`. */
export const REPOSITORY_URL = packageMeta.repositoryUrl;

/**
 * Our extra `meta.docs` fields.
 * `recommended` is the rule's severity in `configs.recommended` (`false`: not in it).
 * Every rule is an error in `configs.strict` and `configs.all`.
 */
export interface ConcurrencyRuleDocs {
  recommended: 'error' | 'warn' | false;
  requiresTypeChecking?: false;
  /**
   * For each report messageId, the suggestion messageId that cures it: the rewrite the codemod applies without a
   * person looking (a fix, when the report has one, is always applied). `null`: no safe cure, left for a person.
   */
  cures?: Readonly<Record<string, string | null>>;
}

/** Every rule's options object carries `precision` (see report-precision.ts) beside its own options. */
export interface PrecisionOptions {
  precision?: PrecisionOption;
}

const createDocumentedRule = ESLintUtils.RuleCreator<ConcurrencyRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);

type RuleDefinition<Options extends readonly [Partial<PrecisionOptions>], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, ConcurrencyRuleDocs>
>;

/**
 * The one rule factory: sets `docs.url` from the rule name, and applies the `precision` option, so a rule
 * reports every kind it finds and the configs choose which kinds reach the user.
 */
export function createRule<Options extends readonly [Partial<PrecisionOptions>], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, ConcurrencyRuleDocs> {
  const documented = createDocumentedRule<Options, MessageIds>(rule);
  const defaultOptions = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  // The options with their defaults, as RuleCreator would merge them (`applyDefault`, a structured clone each time):
  // merged once per distinct options rather than once per rule and file. Rules only read them.
  const optionsByText = new Map<string, Options>();
  // The options of the last file, as a JSON copy (ESLint hands each file a fresh object): consecutive files nearly
  // always share one config, and comparing against the copy costs less than JSON.stringify of ESLint's object.
  // `given` is the array ESLint handed: for a rule configured by severity alone (`'error'`), each file's array is new
  // but holds the very objects of the rule's `meta.defaultOptions` (ESLint's merge keeps an object nothing
  // overrides), so the same elements as the last file's are the same options, with no comparison of their contents.
  let last: { readonly userOptions: unknown; readonly options: Options; given: readonly unknown[] } | null = null;
  const getOptions = (userOptions: readonly unknown[]): Options => {
    if (last && hasSameElements(userOptions, last.given)) return last.options;
    if (last && isSameAsJson(userOptions, last.userOptions)) {
      last.given = userOptions;
      return last.options;
    }
    const text = JSON.stringify(userOptions);
    let options = optionsByText.get(text);
    if (!options) {
      options = ESLintUtils.applyDefault<Options, Options>(defaultOptions, userOptions as Options);
      optionsByText.set(text, options);
    }
    last = { userOptions: JSON.parse(text) as unknown, options, given: userOptions };
    return options;
  };
  return {
    ...documented,
    create(context) {
      const options = getOptions(context.options);
      const precision = options[0].precision ?? DEFAULT_PRECISION;
      return rule.create(getContextAtPrecision(rule.name, context, precision), options);
    },
  };
}

/** True when both arrays hold the same values, by identity, in the same order. */
function hasSameElements(array: readonly unknown[], other: readonly unknown[]): boolean {
  if (array.length !== other.length) return false;
  for (let index = 0; index < array.length; index += 1) {
    if (array[index] !== other[index]) return false;
  }
  return true;
}

/**
 * True when `value` is `json`, a value JSON.parse made, as JSON sees it: plain arrays and objects with the same keys in
 * the same order, and the same strings, numbers, booleans and nulls. Then `JSON.stringify(value)` is the text `json`
 * was parsed from. Anything JSON would write differently (`undefined`, a function, `NaN`, a class instance, a hole)
 * differs from every parsed value, and is left to JSON.stringify.
 */
function isSameAsJson(value: unknown, json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return value === json;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(json)) {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length !== json.length) return false;
    for (let index = 0; index < json.length; index += 1) {
      if (!(index in value) || !isSameAsJson(value[index], json[index])) return false;
    }
    return true;
  }
  if (Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  const jsonKeys = Object.keys(json);
  if (keys.length !== jsonKeys.length) return false;
  // Indexed, not `keys.entries()`: asked per rule and file, where an iterator per object costs more than the rest.
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    if (key !== jsonKeys[index] || !isSameAsJson((value as Record<string, unknown>)[key], (json as Record<string, unknown>)[key])) return false;
  }
  return true;
}
