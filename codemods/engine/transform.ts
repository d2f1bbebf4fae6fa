import type { API, FileInfo, Options } from 'jscodeshift';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PrecisionOption } from '../../rules/utils/report-precision.js';
import { collapseDoubleCheckedInit } from './double-checked-init.js';
import { ProjectConfigReader } from './project-config.js';
import { RULE_IDS, rewriteSource, type AppliedRewrite, type RewriteOptions, type RewriteResult } from './rewrite.js';

/** The rule whose transform also collapses the note's double-checked initializer. */
export const COLLAPSING_RULE = 'no-unguarded-lazy-lock';

/** `eslint-disable…` naming the collapsing rule, or naming no rule at all. */
const DISABLING_DIRECTIVE = new RegExp(`eslint-disable(?:-next-line|-line)?(?:\\s*(?:\\*/|\\n|--)|[^\\n]*concurrency/${COLLAPSING_RULE})`, 'u');

const PRECISIONS: readonly PrecisionOption[] = ['high', 'medium', 'any'];

/** The default precision: only the report kinds a person would accept rewritten unseen. */
export const DEFAULT_PRECISION: PrecisionOption = 'high';

/** What the CLI learns about one file from the worker that rewrote it. */
export type FileRecord = { readonly file: string; readonly sourceHash: string } & RewriteResult;

/** The option the CLI passes to its workers: where each writes one record per file. */
export const REPORT_DIRECTORY_OPTION = 'concurrencyReportDirectory';

export function getSourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The record file of `file` in the report directory. */
export function getRecordPath(reportDirectory: string, file: string): string {
  return path.join(reportDirectory, `${createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 32)}.json`);
}

/** An option as jscodeshift passes it: `--runtime-module=x` arrives as `runtime-module`, API callers use `runtimeModule`. */
function getOption(options: Options, camelCase: string, kebabCase: string): unknown {
  return options[camelCase] ?? options[kebabCase];
}

function getStringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(getStringList);
  return typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : [];
}

/** The transform options, checked: a typo must not silently widen what the codemod rewrites. */
export function getTransformSettings(options: Options, ruleIds: readonly string[]): Omit<RewriteOptions, 'projectConfig' | 'preRewrite'> {
  const precision = options['precision'] ?? DEFAULT_PRECISION;
  if (!PRECISIONS.includes(precision as PrecisionOption)) {
    throw new Error(`--precision must be one of ${PRECISIONS.join(', ')}, got ${String(precision)}`);
  }
  const only = getStringList(options['only']);
  const unknown = only.filter((id) => !RULE_IDS.includes(id));
  if (unknown.length > 0) throw new Error(`unknown rule ${unknown.join(', ')} in --only (rules: ${RULE_IDS.join(', ')})`);
  const runtimeModule = getOption(options, 'runtimeModule', 'runtime-module');
  // A line break would end the string literal of the import the cures add.
  if (runtimeModule !== undefined && (typeof runtimeModule !== 'string' || runtimeModule === '' || /[\n\r\u2028\u2029]/u.test(runtimeModule))) {
    throw new Error('--runtime-module needs a module specifier');
  }
  const annotate = options['annotate'];
  return {
    ruleIds: only.length > 0 ? ruleIds.filter((id) => only.includes(id)) : ruleIds,
    precision: precision as PrecisionOption,
    runtimeModule,
    annotate: annotate === true || annotate === 'true',
  };
}

/** The lock classes `settings.concurrency` adds, for the collapse (the rules read and validate the settings themselves). */
function getExtraLockClasses(settings: unknown): string[] {
  const lockClasses = (settings as { lockClasses?: unknown } | undefined)?.lockClasses;
  return Array.isArray(lockClasses) ? lockClasses.filter((name): name is string => typeof name === 'string') : [];
}

/**
 * Rewrites one file as the transform for `ruleIds` does, with the transform's options, and returns the full result
 * (what was rewritten, what is left, why a file was skipped or failed): the engine behind every transform.
 */
export async function rewriteFile(
  file: string,
  source: string,
  options: Options,
  ruleIds: readonly string[],
  configReader: ProjectConfigReader,
): Promise<RewriteResult> {
  const settings = getTransformSettings(options, ruleIds);
  const projectConfig = await configReader.getConfig(file, process.cwd());
  const isCollapsing = settings.ruleIds.includes(COLLAPSING_RULE);
  return rewriteSource(file, source, {
    ...settings,
    projectConfig,
    preRewrite: isCollapsing
      ? (text, language, sourceCode) => {
          // The collapse is no report, so ESLint cannot scope a directive to it: any directive that turns the lock
          // rule off in this file (or every rule) keeps the whole file out of it.
          if (DISABLING_DIRECTIVE.test(text)) return null;
          const collapsed = collapseDoubleCheckedInit(text, language, sourceCode, getExtraLockClasses(projectConfig?.concurrencySettings));
          if (!collapsed) return null;
          const rewrites: AppliedRewrite[] = collapsed.lines.map((line) => ({ ruleId: COLLAPSING_RULE, messageId: 'doubleCheckedInit', kind: 'collapse', line }));
          return { text: collapsed.text, rewrites };
        }
      : undefined,
  });
}

/**
 * A standard jscodeshift transform `(file, api, options) => string | undefined` for `ruleIds`: the rewritten
 * text, the source when nothing changed, undefined for a skipped (unparsable) file; it throws for a failed one,
 * so jscodeshift counts it as an error. Under the CLI it also writes a record of the file to the report directory.
 */
export function createTransform(ruleIds: readonly string[]) {
  // One reader per worker process: loading a project's config imports its plugins.
  const configReader = new ProjectConfigReader();
  return async function transform(file: FileInfo, _api: API, options: Options): Promise<string | undefined> {
    const result = await rewriteFile(file.path, file.source, options, ruleIds, configReader);
    const reportDirectory = options[REPORT_DIRECTORY_OPTION] as string | undefined;
    if (reportDirectory) {
      const record: FileRecord = { file: path.resolve(file.path), sourceHash: getSourceHash(file.source), ...result };
      writeFileSync(getRecordPath(reportDirectory, file.path), JSON.stringify(record));
    }
    if (result.status === 'failed') throw new Error(result.reason);
    return result.status === 'skipped' ? undefined : result.output;
  };
}
