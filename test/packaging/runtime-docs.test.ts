// docs/runtime.md shows what the lint suggestions write. Each such example is marked
// `<!-- suggestion-output: <rule> <suggestion messageId> -->` and followed by two ```ts blocks, the code before and
// the code after: the rule runs on the first, and the second must be exactly what the suggestion produces.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

interface DocumentedSuggestion {
  readonly ruleId: string;
  readonly suggestion: string;
  readonly before: string;
  readonly after: string;
}

const runtimeDoc = readFileSync(new URL('../../docs/runtime.md', import.meta.url), 'utf8');

function getDocumentedSuggestions(markdown: string): DocumentedSuggestion[] {
  const marker = /<!-- suggestion-output: (\S+) (\S+) -->\n[\s\S]*?```ts\n([\s\S]*?)```\n[\s\S]*?```ts\n([\s\S]*?)```/gu;
  return [...markdown.matchAll(marker)].map(([, ruleId = '', suggestion = '', before = '', after = '']) => ({
    ruleId,
    suggestion,
    before,
    after,
  }));
}

/** The code after applying suggestion `messageId` of the one report `ruleId` gives on `code`. */
function applySuggestion(ruleId: string, messageId: string, code: string): string {
  const linter = new Linter();
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { concurrency: plugin }, rules: { [`concurrency/${ruleId}`]: 'error' } }],
    { filename: 'example.ts' },
  );
  expect(messages.map((message) => message.ruleId)).toEqual([`concurrency/${ruleId}`]);
  const fix = messages[0]?.suggestions?.find((suggestion) => suggestion.messageId === messageId)?.fix;
  if (!fix) throw new Error(`${ruleId} offers no ${messageId} suggestion on:\n${code}`);
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

const documented = getDocumentedSuggestions(runtimeDoc);

describe('docs/runtime.md suggestion outputs', () => {
  it('marks one example per suggestion that imports a runtime helper', () => {
    expect(documented.map(({ ruleId, suggestion }) => `${ruleId} ${suggestion}`)).toEqual([
      'no-async-lazy-init-race useLazy',
      'require-idempotent-teardown wrapInRunIdempotent',
      'no-shadowed-exception useWithCleanup',
      'no-unconditional-handler-clear useReleaseAndClear',
    ]);
  });

  it.each(documented)('$ruleId $suggestion writes what the doc shows', ({ ruleId, suggestion, before, after }) => {
    expect(applySuggestion(ruleId, suggestion, before)).toBe(after);
  });
});
