// The project config reader against ESLint's own lookup: the config nearest the file's folder with its patterns read
// from that folder, ignored and unconfigured files, a config that fails to load, and a config edited between files.
import { ESLint, type Linter } from 'eslint';
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectConfigReader } from '../../codemods/engine/project-config.js';
import { createScratchProject, removeScratchProjects, writeFiles } from './scratch-projects.js';

afterEach(removeScratchProjects);

/** `settings.concurrency` as a fresh ESLint finds it for `file` (undefined: no config), without any cache of ours. */
async function getSettingsFromEslint(project: string, file: string): Promise<unknown> {
  try {
    const config = (await new ESLint({ cwd: project }).calculateConfigForFile(path.join(project, file))) as Linter.Config | undefined;
    return config ? config.settings?.['concurrency'] : undefined;
  } catch {
    return undefined;
  }
}

describe('ProjectConfigReader', () => {
  it('reads, for each file, the config ESLint itself uses', async () => {
    const project = createScratchProject('codemod-config-', {});
    const rootConfig = (runtimeModule: string) =>
      `export default [{ files: ['**/*.ts'], settings: { concurrency: { runtimeModule: '${runtimeModule}' } } }, { ignores: ['generated/**'] }];\n`;
    writeFiles(project, {
      'eslint.config.mjs': rootConfig('root'),
      'packages/nested/eslint.config.mjs': "export default [{ files: ['src/**/*.ts'], settings: { concurrency: { runtimeModule: 'nested' } } }];\n",
      'packages/broken/eslint.config.mjs': "import 'eslint-plugin-that-is-not-installed';\nexport default [];\n",
    });
    const files = ['src/a.ts', 'src/deep/er/b.ts', 'generated/c.ts', 'packages/nested/src/d.ts', 'packages/nested/e.ts', 'packages/broken/f.ts', 'src/deep/g.ts'];
    const expected = {
      'src/a.ts': 'root',
      'src/deep/er/b.ts': 'root',
      'generated/c.ts': undefined,
      'packages/nested/src/d.ts': 'nested',
      'packages/nested/e.ts': undefined,
      'packages/broken/f.ts': undefined,
      'src/deep/g.ts': 'root',
    };
    // ESLint 9 looks the config up from the working directory only: the root config answers for every file.
    const expectedUnderEslint9 = { ...expected, 'packages/nested/src/d.ts': 'root', 'packages/nested/e.ts': 'root', 'packages/broken/f.ts': 'root' };
    const expectedHere = Number(ESLint.version.split('.')[0]) >= 10 ? expected : expectedUnderEslint9;
    const reader = new ProjectConfigReader();
    const read = async (file: string) => ((await reader.getConfig(file, project))?.concurrencySettings as { runtimeModule?: string } | undefined)?.runtimeModule;
    for (const file of files) {
      expect(await read(file), file).toBe(expectedHere[file as keyof typeof expected]);
      expect(await read(file), file).toBe(((await getSettingsFromEslint(project, file)) as { runtimeModule?: string } | undefined)?.runtimeModule);
    }

    // An edited config is read again, as the next `eslint` run would read it.
    writeFileSync(path.join(project, 'eslint.config.mjs'), rootConfig('edited'));
    const later = new Date(Date.now() + 10_000);
    utimesSync(path.join(project, 'eslint.config.mjs'), later, later);
    expect(await read('src/a.ts')).toBe('edited');
    expect(await getSettingsFromEslint(project, 'src/a.ts')).toEqual({ runtimeModule: 'edited' });
  });
});
