import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

const code = 'class A { async f() { this.lock ??= createLock(); } }';

function lintWith(settings: unknown, ruleOptions: unknown[] = []): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { concurrency: plugin },
        settings: { concurrency: settings },
        rules: { 'concurrency/no-unguarded-lazy-lock': ['error', ...ruleOptions] },
      },
    ] as unknown as Linter.Config[],
    'file.ts',
  );
}

describe('settings.concurrency', () => {
  it('adds user lock factories to the defaults', () => {
    expect(lintWith({ lockClasses: ['createLock'] }).map(({ messageId }) => messageId)).toEqual(['lazyLock']);
    expect(lintWith(undefined)).toEqual([]);
  });

  it.each([
    ['not an object', 'mutex', /settings\.concurrency must be an object/u],
    ['an unknown key', { lockClass: ['X'] }, /unknown setting settings\.concurrency\.lockClass /u],
    ['lockClasses not an array', { lockClasses: 'Mutex' }, /lockClasses must be an array of identifier names, got "Mutex"/u],
    ['a lockClasses entry that is no identifier', { lockClasses: ['new Foo()'] }, /lockClasses must be an array/u],
    ['an empty runtimeModule', { runtimeModule: '' }, /runtimeModule must be a non-empty module specifier/u],
  ])('rejects %s with a readable error', (_case, settings, message) => {
    expect(() => lintWith(settings)).toThrow(message);
  });

  it('rejects rule options the schema does not allow', () => {
    expect(() => lintWith(undefined, [{ lockClasses: ['X'] }])).toThrow(
      /Key "concurrency\/no-unguarded-lazy-lock".*Unexpected property "lockClasses"\. Expected properties: "precision"/su,
    );
    expect(() => lintWith(undefined, [{ precision: 'very' }])).toThrow(/Value "very" should be equal to one of the allowed values/u);
  });
});
