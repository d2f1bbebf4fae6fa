// How the codemod decides a `.js` file's module system: the nearest readable package.json, read again when edited.
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getFileLanguage } from '../../codemods/engine/language.js';
import { createScratchProject, removeScratchProjects } from './scratch-projects.js';

afterEach(removeScratchProjects);

const plainScript = 'const a = require("a");\n';

describe('getFileLanguage', () => {
  it('reads a .js file as the nearest readable package.json says, and reads an edited one again', () => {
    const project = createScratchProject('codemod-language-', {
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
