// Each transform on its fixture pairs (test/codemods/fixtures/<transform>/<name>.input.<ext> → .output.<ext>, no
// output file: the input must come back unchanged), discovered from disk: the output is exact, a second run changes
// nothing, and TypeScript outputs type-check.
import type { API, FileInfo, Options } from 'jscodeshift';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

type Transform = (file: FileInfo, api: API, options: Options) => Promise<string | undefined>;

const fixturesDirectory = fileURLToPath(new URL('fixtures/', import.meta.url));
const transformsDirectory = fileURLToPath(new URL('../../codemods/transforms/', import.meta.url));

/** Every fixture pair as `<transform>/<name>.input.<ext>`, read from disk. */
const fixtures = readdirSync(fixturesDirectory).flatMap((transform) =>
  readdirSync(path.join(fixturesDirectory, transform))
    .filter((name) => name.includes('.input.'))
    .map((name) => ({ transform, name: `${transform}/${name}`, input: path.join(fixturesDirectory, transform, name), output: path.join(fixturesDirectory, transform, name.replace('.input.', '.output.')) })),
);

async function loadTransform(name: string): Promise<Transform> {
  return ((await import(path.join(transformsDirectory, `${name}.ts`))) as { default: Transform }).default;
}

/** Runs a transform as jscodeshift would, at every precision: the measured tiers are pinned in engine.test.ts. */
async function runTransform(name: string, file: string, source: string): Promise<string | undefined> {
  const transform = await loadTransform(name);
  return transform({ path: file, source }, {} as API, { precision: 'any' });
}

describe('transform fixtures', () => {
  it('covers every transform with at least one fixture pair', () => {
    const transforms = readdirSync(transformsDirectory).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));
    expect(new Set(fixtures.map((fixture) => fixture.transform))).toEqual(new Set(transforms));
  });

  it('has a transform for every rule with a fix or a designated cure', () => {
    const curable = Object.entries(plugin.rules)
      .filter(([, rule]) => {
        const meta = rule.meta as { fixable?: string; docs?: { cures?: Record<string, string | null> } };
        return meta.fixable !== undefined || Object.values(meta.docs?.cures ?? {}).some((cure) => cure !== null);
      })
      .map(([id]) => `${id}.ts`);
    expect(readdirSync(transformsDirectory)).toEqual(expect.arrayContaining([...curable, 'all.ts']));
  });

  describe.each(fixtures)('$name', ({ transform, input, output }) => {
    const source = readFileSync(input, 'utf8');
    const expected = existsSync(output) ? readFileSync(output, 'utf8') : source;

    it('rewrites to the output fixture', async () => {
      expect(await runTransform(transform, input, source)).toBe(expected);
    });

    it('changes nothing on a second run', async () => {
      expect(await runTransform(transform, output, expected)).toBe(expected);
    });
  });

  it('TypeScript outputs type-check', () => {
    const outputs = fixtures.map((fixture) => (existsSync(fixture.output) ? fixture.output : fixture.input)).filter((file) => /\.[cm]?tsx?$/u.test(file));
    const configFile = ts.readConfigFile(fileURLToPath(new URL('../../tsconfig.json', import.meta.url)), (file) => ts.sys.readFile(file));
    const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, fileURLToPath(new URL('../../', import.meta.url)));
    const program = ts.createProgram(outputs, { ...options, noEmit: true, jsx: ts.JsxEmit.Preserve });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${path.basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(outputs.length).toBeGreaterThan(5);
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
