#!/usr/bin/env node
// concurrency-codemod: rewrites a codebase with the fixes and designated cures of eslint-plugin-concurrency's rules,
// through jscodeshift's runner (worker processes), and prints what it rewrote and what it left for a person.
import Runner from 'jscodeshift/src/Runner.js';
import { chmodSync, existsSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getUnifiedDiff } from './engine/diff.js';
import { selectFiles } from './engine/files.js';
import { getDirtyWorkTrees } from './engine/git.js';
import { DEFAULT_EXTENSIONS } from './engine/language.js';
import { RULE_IDS } from './engine/rewrite.js';
import { formatRunReport, getFileReport, getRunReport, type FileReport } from './engine/summary.js';
import { DEFAULT_PRECISION, getRecordPath, getSourceHash, getTransformSettings, REPORT_DIRECTORY_OPTION, type FileRecord } from './engine/transform.js';

const TRANSFORM = fileURLToPath(new URL('./transforms/all.js', import.meta.url));

const HELP = `Usage: concurrency-codemod [options] <paths...>

Rewrites files and folders with the fixes and cures of eslint-plugin-concurrency's rules (docs/codemods.md).

Options:
  --only <rules>            Comma-separated rule ids to apply (default: every rule)
  --precision <level>       high (default) | medium | any: the measured precision a report kind needs to be rewritten
  --dry                     Print a unified diff of each rewrite; write nothing
  --print                   Print each rewritten file; write nothing
  --json                    Print the report as JSON (files, per-rule totals) instead of the summary
  --extensions <list>       File extensions to read (default: ${DEFAULT_EXTENSIONS.join(',')})
  --ignore-pattern <glob>   Leave out matching paths (repeatable)
  --runtime-module <name>   Import runtime helpers from this module (default: settings.concurrency.runtimeModule,
                            else concurrency-runtime)
  --annotate                Add a "// TODO(concurrency/<rule>): <message>" line above each finding left for a person
  --force                   Write into a git work tree that has uncommitted changes
  --cpus <n>                Worker processes (default: CPUs - 1); --run-in-band: none
  -h, --help                Show this help

Exit status: 0 done, 1 a file failed (its rewrite was discarded), 2 usage error or refused to write.`;

class UsageError extends Error {}

function readArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        only: { type: 'string' },
        precision: { type: 'string', default: DEFAULT_PRECISION },
        dry: { type: 'boolean', default: false },
        print: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        extensions: { type: 'string', default: DEFAULT_EXTENSIONS.join(',') },
        'ignore-pattern': { type: 'string', multiple: true, default: [] },
        'runtime-module': { type: 'string' },
        annotate: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        cpus: { type: 'string' },
        'run-in-band': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Writes through a temporary file in the same folder and a rename, keeping the file's mode: never a half-written file. */
function writeAtomically(file: string, text: string): void {
  const { mode } = statSync(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.concurrency-codemod.tmp`);
  try {
    writeFileSync(temporary, text, { mode });
    chmodSync(temporary, mode);
    renameSync(temporary, file);
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

function readRecord(reportDirectory: string, file: string): FileRecord | null {
  try {
    return JSON.parse(readFileSync(getRecordPath(reportDirectory, file), 'utf8')) as FileRecord;
  } catch {
    return null;
  }
}

/** Runs the codemod; returns the exit status. Output goes to `stdout`/`stderr` (the summary to stderr under --print). */
export async function runCli(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const { values, positionals } = readArguments(argv);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no paths given');
  if (values.print && values.json) throw new UsageError('--print and --json both write to stdout: pick one');
  const settings = (() => {
    try {
      return getTransformSettings({ precision: values.precision, only: values.only, runtimeModule: values['runtime-module'] }, RULE_IDS);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  const cpus = values.cpus === undefined ? undefined : Number(values.cpus);
  if (cpus !== undefined && !(Number.isInteger(cpus) && cpus > 0)) throw new UsageError('--cpus needs a positive integer');
  const isWriting = !values.dry && !values.print;

  let selection;
  try {
    selection = selectFiles(positionals, {
      cwd,
      extensions: values.extensions.split(',').map((extension) => extension.trim()).filter(Boolean),
      ignorePatterns: values['ignore-pattern'],
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (isWriting && !values.force) {
    const dirty = getDirtyWorkTrees(selection.files);
    if (dirty.length > 0) {
      throw new UsageError(
        `refusing to write into a git work tree with uncommitted changes (${dirty.join(', ')}): commit or stash them so the rewrite can be reviewed and reverted as one diff, or pass --force (or --dry to preview).`,
      );
    }
  }

  const reportDirectory = mkdtempSync(path.join(os.tmpdir(), 'concurrency-codemod-'));
  const files: FileReport[] = [];
  try {
    if (selection.files.length > 0) {
      await Runner.run(TRANSFORM, [...selection.files], {
        // jscodeshift writes nothing: the records come back here, and changed files are written atomically below.
        dry: true,
        silent: true,
        babel: false,
        runInBand: values['run-in-band'],
        ...(cpus === undefined ? {} : { cpus }),
        [REPORT_DIRECTORY_OPTION]: reportDirectory,
        precision: settings.precision,
        only: settings.ruleIds.join(','),
        ...(settings.runtimeModule === undefined ? {} : { runtimeModule: settings.runtimeModule }),
        annotate: values.annotate,
      });
    }
    for (const file of selection.files) {
      const record = readRecord(reportDirectory, file);
      let report = getFileReport(file, cwd, record);
      if (record?.status === 'changed') {
        if (values.dry) report = { ...report, diff: getUnifiedDiff(report.file, readFileSync(file, 'utf8'), record.output) };
        if (values.print) process.stdout.write(record.output);
        if (isWriting) {
          // The file changed under the run (an editor, another tool): its rewrite is stale.
          if (getSourceHash(readFileSync(file, 'utf8')) === record.sourceHash) writeAtomically(file, record.output);
          else report = { ...report, status: 'failed', reason: 'changed on disk during the run; not written' };
        }
      }
      files.push(report);
    }
  } finally {
    rmSync(reportDirectory, { recursive: true, force: true });
  }

  const skipped: FileReport[] = selection.skipped.map(({ file, reason }) => ({ ...getFileReport(file, cwd, null), status: 'skipped', reason }));
  const report = getRunReport([...files, ...skipped], settings.ruleIds, settings.precision, isWriting);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (values.dry) for (const file of files) if (file.diff) process.stdout.write(file.diff);
    (values.print ? process.stderr : process.stdout).write(formatRunReport(report));
  }
  return report.totals.failed > 0 ? 1 : 0;
}

// Run when executed (also through npm's bin link), not when imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`concurrency-codemod: ${error.message}\nRun concurrency-codemod --help for the options.\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`concurrency-codemod: ${(error as Error).stack ?? String(error)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
