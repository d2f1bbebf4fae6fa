// What the published package.json files promise: a license, one repository address every docs link derives from,
// no install-time scripts, the same Node versions for both packages, a dependency-free runtime, and configs that
// match every extension the rules support.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { getRepositoryWebUrl } from '../../package-meta.js';
import { DEFAULT_RUNTIME_MODULE } from '../../rules/analysis/program/settings.js';
import { REPOSITORY_URL } from '../../rules/utils/create-rule.js';

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  repository?: { type: string; url: string; directory?: string };
  homepage?: string;
  bugs?: { url: string };
  engines?: Record<string, string>;
  scripts?: Record<string, string>;
  exports?: Record<string, unknown>;
  main?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  files?: string[];
}

const root = new URL('../../', import.meta.url);
const readPackage = (path: string): PackageJson => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as PackageJson;
const pluginPackage = readPackage('package.json');
const runtimePackage = readPackage('packages/runtime/package.json');
const repositoryUrl = 'https://github.com/eslint-plugin-concurrency/eslint-plugin-concurrency';
// A plain JavaScript config file without types: imported by a computed specifier, typed here.
const docGeneratorConfig: string = new URL('.eslint-doc-generatorrc.js', root).href;
const { default: docGeneratorOptions } = (await import(docGeneratorConfig)) as { default: { urlConfigs: string } };

describe('package metadata', () => {
  it('names the repository once, and the docs links derive from it', () => {
    expect(pluginPackage.repository).toEqual({ type: 'git', url: `git+${repositoryUrl}.git` });
    expect(getRepositoryWebUrl(pluginPackage.repository?.url ?? '')).toBe(repositoryUrl);
    expect(pluginPackage.homepage).toBe(`${repositoryUrl}#readme`);
    expect(pluginPackage.bugs).toEqual({ url: `${repositoryUrl}/issues` });
    expect(REPOSITORY_URL).toBe(repositoryUrl);
    expect(plugin.rules['no-unguarded-lazy-lock'].meta.docs.url).toBe(`${repositoryUrl}/blob/main/docs/rules/no-unguarded-lazy-lock.md`);
    expect(docGeneratorOptions.urlConfigs).toBe(`${repositoryUrl}#configs`);
  });

  it('gives the runtime the same repository, in its own directory', () => {
    expect(runtimePackage.repository).toEqual({ ...pluginPackage.repository, directory: 'packages/runtime' });
    expect(runtimePackage.bugs).toEqual(pluginPackage.bugs);
    expect(runtimePackage.homepage).toBe(`${repositoryUrl}/blob/main/docs/runtime.md`);
  });

  it('ships an MIT LICENSE with both packages', () => {
    expect(pluginPackage.license).toBe('MIT');
    expect(runtimePackage.license).toBe('MIT');
    expect(readFileSync(new URL('LICENSE', root), 'utf8')).toMatch(/^MIT License\n/u);
    expect(readFileSync(new URL('packages/runtime/LICENSE', root), 'utf8')).toBe(readFileSync(new URL('LICENSE', root), 'utf8'));
  });

  it('runs no script on install', () => {
    const installScripts = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack'];
    expect(Object.keys(pluginPackage.scripts ?? {}).filter((name) => installScripts.includes(name))).toEqual([]);
    expect(Object.keys(runtimePackage.scripts ?? {}).filter((name) => installScripts.includes(name))).toEqual([]);
  });

  it('supports exactly the Node versions with require(esm), in both packages', () => {
    expect(pluginPackage.engines).toEqual({ node: '^20.19.0 || ^22.12.0 || >=23.0.0' });
    expect(runtimePackage.engines).toEqual(pluginPackage.engines);
  });

  it('loads from require and import, with types for each', () => {
    expect(pluginPackage.exports?.['.']).toEqual({
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    });
    expect(pluginPackage.main).toBe('./dist/index.cjs');
  });

  it('keeps the runtime free of dependencies, and the plugin on the runtime of the same version', () => {
    expect(runtimePackage.name).toBe('concurrency-runtime');
    expect(runtimePackage.dependencies).toBeUndefined();
    expect(runtimePackage.peerDependencies).toBeUndefined();
    expect(runtimePackage.files).toEqual(['dist']);
    expect(existsSync(new URL('packages/runtime/README.md', root))).toBe(true);
    expect(pluginPackage.dependencies?.['concurrency-runtime']).toBe(`^${runtimePackage.version}`);
  });

  it('has suggestions import helpers from the runtime package by default', () => {
    expect(DEFAULT_RUNTIME_MODULE).toBe(runtimePackage.name);
  });

  it('matches every extension the rules support in each config', () => {
    const files = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
    expect(plugin.configs.recommended.files).toEqual(files);
    expect(plugin.configs.strict.files).toEqual(files);
    expect(plugin.configs.all.files).toEqual(files);
  });
});
