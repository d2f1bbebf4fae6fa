// The concurrency-codemod command as a user runs it: the built CLI (dist/, or CONCURRENCY_DIST for a private build)
// in a child process, on throwaway projects in the system's temporary folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lateFlag, lateFlagCured } from './late-flag.js';
import { createScratchProject, removeScratchProjects } from './scratch-projects.js';

const distDirectory = path.resolve(process.env['CONCURRENCY_DIST'] ?? fileURLToPath(new URL('../../dist/', import.meta.url)));
const cli = path.join(distDirectory, 'codemods/cli.js');


afterEach(removeScratchProjects);

/** A throwaway project: `files` by relative path. */
function createProject(files: Record<string, string>): string {
  return createScratchProject('codemod-cli-', files);
}

function runCodemod(args: readonly string[], cwd: string) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

function git(project: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: project, stdio: 'ignore' });
}

describe('concurrency-codemod', { timeout: 60_000 }, () => {
  it('prints its help and exits 0', () => {
    const { status, stdout } = runCodemod(['--help'], os.tmpdir());
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: concurrency-codemod \[options\] <paths\.\.\.>/u);
    expect(stdout).toContain('--precision <level>');
  });

  it('exits 2 on usage errors, naming the problem', () => {
    const project = createProject({ 'a.ts': lateFlag });
    expect(runCodemod([], project)).toMatchObject({ status: 2, stderr: expect.stringContaining('no paths given') });
    expect(runCodemod(['--bogus', 'a.ts'], project)).toMatchObject({ status: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    expect(runCodemod(['--precision', 'low', 'a.ts'], project)).toMatchObject({ status: 2, stderr: expect.stringContaining('--precision must be one of high, medium, any') });
    expect(runCodemod(['--only', 'no-such-rule', 'a.ts'], project)).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown rule no-such-rule') });
    expect(runCodemod(['--print', '--json', 'a.ts'], project)).toMatchObject({ status: 2, stderr: expect.stringContaining('--print and --json both write to stdout') });
    expect(runCodemod(['missing.ts'], project)).toMatchObject({ status: 2, stderr: expect.stringContaining('no such file or directory: missing.ts') });
    expect(readFileSync(path.join(project, 'a.ts'), 'utf8')).toBe(lateFlag);
  });

  it('--dry prints a unified diff and writes nothing', () => {
    const project = createProject({ 'src/a.ts': lateFlag });
    const { status, stdout } = runCodemod(['--dry', '--precision', 'any', '--run-in-band', 'src'], project);
    expect(status).toBe(0);
    expect(stdout).toContain(`--- a/src/a.ts
+++ b/src/a.ts
@@ -3,10 +3,7 @@
   constructor(private readonly client: { disconnect(): Promise<void> }) {}
   async disconnect(): Promise<void> {
     if (!this.connected) return;
-    try {
-      await this.client.disconnect();
-    } finally {
-      this.connected = false;
-    }
+    this.connected = false;
+    await this.client.disconnect();
   }
 }
`);
    expect(stdout).toContain('1 file(s): 1 changed (not written), 0 unchanged, 0 skipped, 0 failed; precision any.');
    expect(readFileSync(path.join(project, 'src/a.ts'), 'utf8')).toBe(lateFlag);
  });

  it('rewrites in place through worker processes, keeps the file mode, and changes nothing on a second run', () => {
    const project = createProject({ 'src/a.ts': lateFlag, 'src/b.js': 'export const answer = 42;\n' });
    chmodSync(path.join(project, 'src/a.ts'), 0o640);
    const first = runCodemod(['--precision', 'any', 'src'], project);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('changed   src/a.ts: 1 rewrite(s)');
    expect(first.stdout).toContain('2 file(s): 1 changed (written), 1 unchanged, 0 skipped, 0 failed; precision any.');
    expect(first.stdout).toContain('no-state-flag-after-await: 1 rewritten, 0 left for a person, 0 failed');
    expect(readFileSync(path.join(project, 'src/a.ts'), 'utf8')).toBe(lateFlagCured);
    expect(statSync(path.join(project, 'src/a.ts')).mode & 0o777).toBe(0o640);
    const second = runCodemod(['--precision', 'any', 'src'], project);
    expect(second.stdout).toContain('2 file(s): 0 changed (written), 2 unchanged, 0 skipped, 0 failed; precision any.');
  });

  it('leaves an unparsable file byte-identical and reports it skipped', () => {
    const broken = 'export class {\r\n  oops(: void\n';
    const project = createProject({ 'broken.ts': broken });
    const { status, stdout } = runCodemod(['--precision', 'any', '--run-in-band', '.'], project);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^skipped {3}broken\.ts: does not parse: 2:7 Parsing error: Parameter declaration expected\.$/mu);
    expect(readFileSync(path.join(project, 'broken.ts'), 'utf8')).toBe(broken);
  });

  it('--json prints the report: files with their rewrites and what is left, totals per rule and per status', () => {
    const project = createProject({ 'a.ts': lateFlag });
    const { status, stdout } = runCodemod(['--json', '--dry', '--run-in-band', '--only', 'no-state-flag-after-await', 'a.ts'], project);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['precision', 'written', 'files', 'rules', 'totals']);
    expect(report['precision']).toBe('high');
    expect(report['written']).toBe(false);
    expect(report['rules']).toEqual({ 'no-state-flag-after-await': { rewritten: expect.any(Number), left: expect.any(Number), failed: 0 } });
    expect(report['totals']).toEqual({ files: 1, changed: expect.any(Number), unchanged: expect.any(Number), skipped: 0, failed: 0 });
    const [file] = report['files'] as Record<string, unknown>[];
    expect(Object.keys(file!).sort()).toEqual(expect.arrayContaining(['file', 'left', 'rewrites', 'status']));
    expect(file!['file']).toBe('a.ts');
  });

  it('exits 1 when a file fails, naming why, and writes nothing to it', () => {
    const project = createProject({
      'a.ts': lateFlag,
      'eslint.config.mjs': "export default [{ files: ['**/*.ts'], settings: { concurrency: { lockClasses: 'Mutex' } } }];\n",
    });
    const { status, stdout } = runCodemod(['--precision', 'any', '--run-in-band', 'a.ts'], project);
    expect(status).toBe(1);
    expect(stdout).toContain(
      `failed    a.ts: crashed: Error while loading rule 'concurrency/no-async-lazy-init-race': eslint-plugin-concurrency: settings.concurrency.lockClasses must be an array of identifier names, got "Mutex". Occurred while linting a.ts`,
    );
    expect(stdout).toContain('1 file(s): 0 changed (written), 0 unchanged, 0 skipped, 1 failed; precision any.');
    expect(readFileSync(path.join(project, 'a.ts'), 'utf8')).toBe(lateFlag);
  });

  it('runs under plain jscodeshift too, one rule\'s transform with its options', () => {
    const project = createProject({ 'a.ts': lateFlag, 'b.ts': 'export const b = 1;\n' });
    const jscodeshift = fileURLToPath(new URL('../../node_modules/jscodeshift/bin/jscodeshift.js', import.meta.url));
    const transform = path.join(distDirectory, 'codemods/transforms/no-state-flag-after-await.js');
    const { status, stdout } = spawnSync(process.execPath, [jscodeshift, '--no-babel', '-t', transform, '--precision=any', 'a.ts', 'b.ts'], { cwd: project, encoding: 'utf8' });
    expect(status).toBe(0);
    // jscodeshift colours its summary when the environment asks for colour (FORCE_COLOR in CI): compare the text.
    expect(stripVTControlCharacters(stdout)).toMatch(/0 errors\n1 unmodified\n0 skipped\n1 ok/u);
    expect(readFileSync(path.join(project, 'a.ts'), 'utf8')).toBe(lateFlagCured);
  });

  it('refuses to write into a git work tree with uncommitted changes unless --force', () => {
    const project = createProject({ 'a.ts': lateFlag });
    git(project, 'init', '-q');
    git(project, 'add', 'a.ts');
    git(project, 'commit', '-q', '-m', 'initial');
    writeFileSync(path.join(project, 'notes.txt'), 'work in progress\n');
    const refused = runCodemod(['--precision', 'any', '--run-in-band', 'a.ts'], project);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('refusing to write into a git work tree with uncommitted changes');
    expect(readFileSync(path.join(project, 'a.ts'), 'utf8')).toBe(lateFlag);
    expect(runCodemod(['--precision', 'any', '--run-in-band', '--dry', 'a.ts'], project).status).toBe(0);
    expect(runCodemod(['--precision', 'any', '--run-in-band', '--force', 'a.ts'], project).status).toBe(0);
    expect(readFileSync(path.join(project, 'a.ts'), 'utf8')).toBe(lateFlagCured);
  });

  it('skips dependencies, build output, git-ignored files, ignore patterns and symbolic links out of the given paths', () => {
    const outside = createProject({ 'outside.ts': lateFlag });
    const project = createProject({
      'src/a.ts': lateFlag,
      'src/generated/g.ts': lateFlag,
      'src/types.d.ts': 'export type Id = string;\n',
      'node_modules/dep/index.ts': lateFlag,
      'dist/a.js': lateFlag,
      'tmp/scratch.ts': lateFlag,
      '.gitignore': 'tmp/\n',
    });
    symlinkSync(path.join(outside, 'outside.ts'), path.join(project, 'src/linked.ts'));
    git(project, 'init', '-q');
    const { status, stdout } = runCodemod(['--dry', '--precision', 'any', '--run-in-band', '--ignore-pattern', '**/generated/**', '.'], project);
    expect(status).toBe(0);
    expect(stdout).toContain('--- a/src/a.ts');
    expect(stdout).toContain('skipped   src/linked.ts: symbolic link out of the given paths');
    expect(stdout).toContain('skipped   tmp/scratch.ts: ignored by git');
    expect(stdout).toContain('3 file(s): 1 changed (not written), 0 unchanged, 2 skipped, 0 failed; precision any.');
    expect(stdout).not.toContain('node_modules');
    expect(stdout).not.toContain('generated');
    expect(stdout).not.toContain('dist/');
  });
});
