import path from 'node:path';
import type { PrecisionOption } from '../../rules/utils/report-precision.js';
import type { FileRecord } from './transform.js';

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';

/** One file of the report, as `--json` prints it. Lines of findings are in the rewritten text. */
export interface FileReport {
  readonly file: string;
  readonly status: FileStatus;
  readonly reason?: string;
  /** `failed`: the rules whose rewrite failed. */
  readonly failedRules?: readonly string[];
  readonly rewrites: readonly { rule: string; messageId: string; kind: string; line: number }[];
  readonly left: readonly { rule: string; messageId: string; line: number; column: number; message: string; reason: string; tier: string }[];
  /** `--dry`: the unified diff of the rewrite. */
  readonly diff?: string;
}

export interface RuleTotals {
  rewritten: number;
  left: number;
  failed: number;
}

/** The whole run, as `--json` prints it. */
export interface RunReport {
  readonly precision: PrecisionOption;
  /** True when changed files were written (not `--dry` nor `--print`). */
  readonly written: boolean;
  readonly files: readonly FileReport[];
  readonly rules: Readonly<Record<string, RuleTotals>>;
  readonly totals: Readonly<Record<FileStatus, number>> & { readonly files: number };
}

/** The report entry of one file from its worker record (or its absence: the worker died on it). */
export function getFileReport(file: string, cwd: string, record: FileRecord | null): FileReport {
  const name = path.relative(cwd, file).split(path.sep).join('/') || file;
  if (!record) return { file: name, status: 'failed', reason: 'no result from the jscodeshift worker', rewrites: [], left: [] };
  if (record.status === 'skipped') return { file: name, status: record.status, reason: record.reason, rewrites: [], left: [] };
  if (record.status === 'failed') return { file: name, status: record.status, reason: record.reason, failedRules: record.rules, rewrites: [], left: [] };
  return {
    file: name,
    status: record.status,
    rewrites: record.rewrites.map(({ ruleId, messageId, kind, line }) => ({ rule: ruleId, messageId, kind, line })),
    left: record.left.map(({ ruleId, messageId, line, column, message, reason, tier }) => ({ rule: ruleId, messageId, line, column, message, reason, tier })),
  };
}

export function getRunReport(files: readonly FileReport[], ruleIds: readonly string[], precision: PrecisionOption, written: boolean): RunReport {
  const rules: Record<string, RuleTotals> = Object.fromEntries(ruleIds.map((id) => [id, { rewritten: 0, left: 0, failed: 0 }]));
  const totals = { files: files.length, changed: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const file of files) {
    totals[file.status] += 1;
    for (const rewrite of file.rewrites) if (rules[rewrite.rule]) rules[rewrite.rule]!.rewritten += 1;
    for (const finding of file.left) if (rules[finding.rule]) rules[finding.rule]!.left += 1;
    for (const id of file.failedRules ?? []) if (rules[id]) rules[id]!.failed += 1;
  }
  return { precision, written, files, rules, totals };
}

const NEXT_PRECISION: Readonly<Record<string, string>> = { medium: '--precision medium', low: '--precision any' };

function describeLeft(finding: FileReport['left'][number]): string {
  if (finding.reason === 'no-cure') return 'no cure: needs a person';
  if (finding.reason === 'cure-not-applicable') return 'its cure does not apply here: needs a person';
  return `cure available with ${NEXT_PRECISION[finding.tier] ?? '--precision any'} (measured ${finding.tier})`;
}

/** The human summary: one line per file that is not unchanged, then totals per rule with what is left for a person. */
export function formatRunReport(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.status === 'unchanged' && file.left.length === 0) continue;
    const detail =
      file.status === 'changed' ? `${file.rewrites.length} rewrite(s)` : file.status === 'unchanged' ? 'nothing rewritten' : (file.reason ?? '');
    lines.push(`${file.status.padEnd(9)} ${file.file}: ${detail}`);
  }
  const { totals } = report;
  const verb = report.written ? 'written' : 'not written';
  lines.push(
    '',
    `${totals.files} file(s): ${totals.changed} changed (${verb}), ${totals.unchanged} unchanged, ${totals.skipped} skipped, ${totals.failed} failed; precision ${report.precision}.`,
  );
  for (const [rule, counts] of Object.entries(report.rules)) {
    if (counts.rewritten + counts.left + counts.failed === 0) continue;
    lines.push(`${rule}: ${counts.rewritten} rewritten, ${counts.left} left for a person, ${counts.failed} failed`);
    for (const file of report.files) {
      for (const finding of file.left) {
        if (finding.rule === rule) lines.push(`  ${file.file}:${finding.line}:${finding.column} ${finding.message} [${describeLeft(finding)}]`);
      }
    }
  }
  const belowPrecision = report.files.flatMap((file) => file.left).filter((finding) => finding.reason === 'below-precision').length;
  if (belowPrecision > 0) {
    lines.push(`${belowPrecision} finding(s) have a cure measured below precision ${report.precision}: preview them with --dry --precision any.`);
  }
  return `${lines.join('\n')}\n`;
}
