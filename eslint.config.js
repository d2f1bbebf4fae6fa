// The project lints itself: typescript-eslint for the code, eslint-plugin-eslint-plugin for the rules,
// and our own recommended config over our own sources.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import concurrency from './dist/index.js';

export default tseslint.config(
  {
    ignores: ['**/dist/', 'test/codemods/fixtures/', 'node_modules/', '**/.cache/', '.scratch/', 'examples/legacy/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
  {
    // After the spread: the config's own `files` (every supported extension) would replace ours.
    ...concurrency.configs.strict,
    files: ['rules/**/*.ts', 'runtime/**/*.ts', 'packages/runtime/src/**/*.ts', 'index.ts', 'index.cts', 'package-meta.ts'],
  },
);
