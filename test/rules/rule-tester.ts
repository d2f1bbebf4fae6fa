// One RuleTester for every rule test, wired to vitest here (not in a global setup file, so the runtime and meta
// tests do not pay for loading it), plus the language options of ESLint's own parser for JavaScript cases.
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester();

/** Lints a case with ESLint's default parser (espree) instead of typescript-eslint's, as in a `.js` file. */
export const javascript = {
  filename: 'file.js',
  languageOptions: {
    parser: espree,
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },
} as const;
