// One RuleTester for every rule test, plus the language options of ESLint's own parser for JavaScript cases.
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

export const ruleTester = new RuleTester();

/** Lints a case with ESLint's default parser (espree) instead of typescript-eslint's, as in a `.js` file. */
export const javascript = {
  filename: 'file.js',
  languageOptions: {
    parser: espree,
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },
} as const;
