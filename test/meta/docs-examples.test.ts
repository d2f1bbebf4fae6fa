// The ❌/✅ examples in each rule doc are linted: docs cannot drift from behaviour.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

interface Example {
  readonly kind: 'incorrect' | 'correct';
  readonly language: string;
  readonly code: string;
  readonly line: number;
}

/** The fenced code blocks under `### ❌ Incorrect` and `### ✅ Correct` headings, with their line in the doc. */
function getExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | null = null;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.startsWith('#')) {
      kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : null;
      continue;
    }
    const fence = /^```(\w+)/u.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', index + 1);
    if (kind) examples.push({ kind, language: fence[1]!, code: lines.slice(index + 1, end).join('\n'), line: index + 1 });
    index = end;
  }
  return examples;
}

const linter = new Linter({ configType: 'flat' });

function lint(ruleId: string, example: Example): Linter.LintMessage[] {
  const isTypeScript = example.language === 'ts' || example.language === 'typescript';
  return linter.verify(
    example.code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        ...(isTypeScript ? { languageOptions: { parser: tsParser } } : {}),
        plugins: { concurrency: plugin },
        rules: { [`concurrency/${ruleId}`]: 'error' },
      },
    ] as unknown as Linter.Config[],
    isTypeScript ? 'example.ts' : 'example.js',
  );
}

describe.each(Object.keys(plugin.rules))('docs/rules/%s.md examples', (ruleId) => {
  const examples = getExamples(readFileSync(new URL(`../../docs/rules/${ruleId}.md`, import.meta.url), 'utf8'));

  it('has at least one example of each kind', () => {
    expect(examples.some(({ kind }) => kind === 'incorrect')).toBe(true);
    expect(examples.some(({ kind }) => kind === 'correct')).toBe(true);
  });

  it.each(examples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))(
    '%s',
    (_title, example) => {
      const messages = lint(ruleId, example);
      // Anything else (a parse error, "no matching configuration") means the example did not really run.
      expect(messages.filter(({ ruleId: id }) => id !== `concurrency/${ruleId}`)).toEqual([]);
      const reported = messages.filter(({ ruleId: id }) => id === `concurrency/${ruleId}`);
      if (example.kind === 'incorrect') expect(reported.length).toBeGreaterThan(0);
      else expect(reported).toEqual([]);
    },
  );
});
