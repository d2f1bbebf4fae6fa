// How the codemod decides a `.js` file's module system: the nearest readable package.json, read again when edited.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getFileLanguage } from '../../codemods/engine/language.js';

let projects: string[] = [];
afterEach(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
  projects = [];
});

function writeFiles(project: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
}

const plainScript = 'const a = require("a");\n';

describe('getFileLanguage', () => {
  it('reads a .js file as the nearest readable package.json says, and reads an edited one again', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'codemod-language-'));
    projects.push(project);
    writeFiles(project, {
      'package.json': '{ "type": "module" }',
      'cjs/package.json': '{ "type": "commonjs" }',
      'broken/package.json': '{ not json',
      'untyped/package.json': '{}',
    });
    const sourceTypeOf = (file: string) => getFileLanguage(path.join(project, file), plainScript).sourceType;
    expect(sourceTypeOf('a.js')).toBe('module');
    expect(sourceTypeOf('deep/er/b.js')).toBe('module');
    expect(sourceTypeOf('cjs/c.js')).toBe('commonjs');
    expect(sourceTypeOf('broken/d.js')).toBe('module');
    expect(sourceTypeOf('untyped/e.js')).toBe('commonjs');
    expect(sourceTypeOf('f.cjs')).toBe('commonjs');

    writeFileSync(path.join(project, 'package.json'), '{ "type": "commonjs" }');
    const later = new Date(Date.now() + 10_000);
    utimesSync(path.join(project, 'package.json'), later, later);
    expect(sourceTypeOf('a.js')).toBe('commonjs');
    expect(sourceTypeOf('deep/er/b.js')).toBe('commonjs');
  });
});
