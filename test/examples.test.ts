// The bundled examples: the legacy component reports exactly the rules its `// expect:` comments name,
// and the fixed component is clean under `strict`.
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';

const examplesDirectory = fileURLToPath(new URL('../examples/', import.meta.url));
const implementedRules = new Set(Object.keys(plugin.rules));

const eslint = new ESLint({
  cwd: examplesDirectory,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    plugin.configs.strict,
  ] as unknown as Linter.Config[],
});

/** `line:rule-id` for every `// expect: rule-id` comment of a rule that exists today. */
function getExpectedFindings(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const match = /\/\/ expect: ([\w-]+)/u.exec(text);
      return match && implementedRules.has(match[1]!) ? [`${index + 1}:concurrency/${match[1]}`] : [];
    });
}

describe('examples', () => {
  it('legacy: each DON\'T of the note reports exactly the expected rule', async () => {
    const results = await eslint.lintFiles(['legacy/**/*.ts']);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const found = result.messages.map(({ line, ruleId }) => `${line}:${ruleId}`);
      expect(found, result.filePath).toEqual(getExpectedFindings(result.filePath));
    }
  });

  it('fixed: the recommended forms lint clean under strict', async () => {
    const results = await eslint.lintFiles(['fixed/**/*.ts', '*.ts']);
    expect(results.length).toBeGreaterThan(1);
    expect(results.flatMap(({ filePath, messages }) => messages.map((message) => ({ filePath, ...message })))).toEqual([]);
  });
});
