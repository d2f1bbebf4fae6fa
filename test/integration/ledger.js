#!/usr/bin/env node
/**
 * The triage ledger: every report of every rule on the integration corpus, judged `real`, `harmless` or
 * `false` by a person who read the code (format: README.md beside this file). This module reads, matches and
 * rewrites the ledger files for run.js, and computes the precision tiers from them and from the hold-out record
 * (hold-outs.json: what each hold-out set's reports were judged when the rules had never seen its packages).
 *
 * Usage: node test/integration/ledger.js --write-tiers   (= npm run ledger -- --write-tiers)
 *        node test/integration/ledger.js --check         (exit 1 when the generated tiers or doc tables are stale)
 * --write-tiers rewrites rules/utils/measured-precision.ts and the table between the precision tier markers in
 * each docs/rules/<id>.md.
 * @module
 */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPOSITORY_ROOT = path.resolve(HERE, '../..');
export const LEDGER_DIR = path.join(HERE, 'ledger');
export const HOLD_OUTS_FILE = path.join(HERE, 'hold-outs.json');
export const MEASURED_PRECISION_FILE = path.join(REPOSITORY_ROOT, 'rules/utils/measured-precision.ts');
const RULE_DOCS_DIR = path.join(REPOSITORY_ROOT, 'docs/rules');
export const TIERS_BEGIN_MARKER = '<!-- begin precision tiers -->';
export const TIERS_END_MARKER = '<!-- end precision tiers -->';

/** The judged verdicts; `null` is an entry nobody has judged yet. */
export const VERDICTS = /** @type {const} */ (['real', 'harmless', 'false']);
/** `high` needs this many judged reports (and the hold-out record lowers a tier only from this many on)... */
const HIGH_MIN_REPORTS = 3;
/** ...and at most this share of them false; `medium` at most the second share. */
export const HIGH_MAX_FALSE_SHARE = 0.05;
const MEDIUM_MAX_FALSE_SHARE = 0.2;

const MEASURED_PRECISION_HEADER =
  "// Generated from test/integration/ledger/ and hold-outs.json by `npm run ledger -- --write-tiers`; checked by `npm test`. Do not edit.\nimport type { MeasuredReportKind } from './report-precision.js';\n";

/**
 * @typedef {'real' | 'harmless' | 'false'} Verdict
 * @typedef {'high' | 'medium' | 'low'} Tier
 */

/**
 * @typedef {object} LedgerEntry
 * @property {string} package
 * @property {string} file Relative to the package root.
 * @property {number} line Informational: refreshed by `--update`, not used to match.
 * @property {string} messageId The report kind.
 * @property {string} fingerprint The reported line's text, trimmed, whitespace runs collapsed.
 * @property {Verdict | null} verdict
 * @property {string | null} reason One line, required once judged.
 */

/**
 * What the ledger needs of a report (run.js's reports carry more).
 * @typedef {object} LedgeredReport
 * @property {string} package
 * @property {string} file
 * @property {number} line
 * @property {string | undefined} messageId
 * @property {string} fingerprint
 */

/**
 * @typedef {object} MeasuredKind
 * @property {Tier} tier
 * @property {number} reports Judged reports: real + harmless + false.
 * @property {number} real
 * @property {number} harmless
 * @property {number} false
 * @property {number} untunedReports Reports of the kind judged in hold-out sets, before any change for them.
 * @property {number} untunedFalse Of those, the false ones.
 */

/** @typedef {Record<string, Record<string, MeasuredKind>>} MeasuredPrecision By rule id, then messageId. */

/**
 * One hold-out set of the record: packages no rule had been tuned on, linted with the rules as they stood, every
 * report judged before anything changed for them (the set then joined the corpus and the ledger).
 * @typedef {object} HoldOutSet
 * @property {number} set
 * @property {string[]} packages `name@version`, as test/integration/packages.js pins them.
 * @property {Record<string, Record<string, { real: number, harmless: number, false: number }>>} judged By rule id, then messageId.
 */

// ---------------------------------------------------------------------------------------------------
// Ledger files
// ---------------------------------------------------------------------------------------------------

/**
 * The fingerprint of a reported line: its text trimmed, runs of whitespace collapsed to one space, so
 * re-indenting or a shifted line number does not orphan a verdict.
 * @param {string} lineText
 */
export function getFingerprint(lineText) {
  return lineText.trim().replace(/\s+/g, ' ');
}

/** @param {string} ruleId */
export function getLedgerFile(ruleId) {
  return path.join(LEDGER_DIR, `${ruleId}.json`);
}

/**
 * A rule's ledger entries; none when the rule has no ledger file yet.
 * @param {string} ruleId
 * @returns {LedgerEntry[]}
 */
export function readLedger(ruleId) {
  const file = getLedgerFile(ruleId);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
}

/**
 * Every ledger file, by rule id (sorted).
 * @returns {Record<string, LedgerEntry[]>}
 */
export function readLedgers() {
  if (!fs.existsSync(LEDGER_DIR)) return {};
  const ruleIds = fs
    .readdirSync(LEDGER_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return Object.fromEntries(ruleIds.map((ruleId) => [ruleId, readLedger(ruleId)]));
}

/**
 * The hold-out record (hold-outs.json); none when the file is missing.
 * @returns {HoldOutSet[]}
 */
export function readHoldOuts() {
  return fs.existsSync(HOLD_OUTS_FILE) ? JSON.parse(fs.readFileSync(HOLD_OUTS_FILE, 'utf8')) : [];
}

/**
 * What is wrong with the hold-out record's layout (an empty list when nothing is).
 * @param {unknown} sets
 * @returns {string[]}
 */
export function getHoldOutFormatProblems(sets) {
  if (!Array.isArray(sets)) return ['not a JSON array'];
  /** @type {string[]} */
  const problems = [];
  const isCount = (/** @type {unknown} */ value) => Number.isInteger(value) && /** @type {number} */ (value) >= 0;
  sets.forEach((entry, index) => {
    const where = `set entry ${index}`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    const keys = Object.keys(entry).sort().join(',');
    if (keys !== 'judged,packages,set') problems.push(`${where}: keys are ${keys}`);
    if (!Number.isInteger(entry.set) || entry.set < 1) problems.push(`${where}: set is not a positive integer`);
    if (index > 0 && sets[index - 1]?.set >= entry.set) problems.push(`${where}: sets are not in increasing order`);
    if (!Array.isArray(entry.packages) || entry.packages.length === 0 || !entry.packages.every((name) => typeof name === 'string' && /.@\d/.test(name))) {
      problems.push(`${where}: packages is not a list of name@version`);
    }
    if (typeof entry.judged !== 'object' || entry.judged === null) {
      problems.push(`${where}: judged is not an object`);
      return;
    }
    for (const [ruleId, kinds] of Object.entries(entry.judged)) {
      for (const [messageId, counts] of Object.entries(kinds ?? {})) {
        const countKeys = Object.keys(counts ?? {}).sort().join(',');
        if (countKeys !== 'false,harmless,real' || !VERDICTS.every((verdict) => isCount(counts[verdict]))) {
          problems.push(`${where}: ${ruleId}/${messageId} is not { real, harmless, false } counts`);
        }
      }
    }
  });
  return problems;
}

/**
 * Plain code-unit order, the same on every machine and locale.
 * @param {string | number} left
 * @param {string | number} right
 */
function compareValues(left, right) {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/**
 * The ledger order: package, file, line, then messageId and fingerprint for reports sharing a line.
 * @param {LedgerEntry} left
 * @param {LedgerEntry} right
 */
export function compareEntries(left, right) {
  return (
    compareValues(left.package, right.package) ||
    compareValues(left.file, right.file) ||
    compareValues(left.line, right.line) ||
    compareValues(left.messageId, right.messageId) ||
    compareValues(left.fingerprint, right.fingerprint)
  );
}

/**
 * The file text of a ledger: sorted, each entry's keys in the documented order.
 * @param {LedgerEntry[]} entries
 */
export function formatLedger(entries) {
  const ordered = [...entries].sort(compareEntries).map((entry) => ({
    package: entry.package,
    file: entry.file,
    line: entry.line,
    messageId: entry.messageId,
    fingerprint: entry.fingerprint,
    verdict: entry.verdict,
    reason: entry.reason,
  }));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * @param {string} ruleId
 * @param {LedgerEntry[]} entries
 */
export function writeLedger(ruleId, entries) {
  fs.mkdirSync(LEDGER_DIR, { recursive: true });
  fs.writeFileSync(getLedgerFile(ruleId), formatLedger(entries));
}

/**
 * What is wrong with a ledger file's content, one line per problem (empty when it follows the format).
 * Entries with the same match key are allowed: the same line text reported more than once in a file.
 * @param {unknown} entries The parsed file.
 * @returns {string[]}
 */
export function getLedgerFormatProblems(entries) {
  if (!Array.isArray(entries)) return ['not a JSON array'];
  /** @type {string[]} */
  const problems = [];
  entries.forEach((entry, index) => {
    const where = `entry ${index}`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    const keys = Object.keys(entry).sort().join(',');
    if (keys !== 'file,fingerprint,line,messageId,package,reason,verdict') problems.push(`${where}: keys are ${keys}`);
    for (const key of ['package', 'file', 'messageId', 'fingerprint']) {
      if (typeof entry[key] !== 'string' || entry[key] === '') problems.push(`${where}: ${key} is not a non-empty string`);
    }
    if (!Number.isInteger(entry.line) || entry.line < 1) problems.push(`${where}: line is not a positive integer`);
    if (typeof entry.fingerprint === 'string' && entry.fingerprint !== getFingerprint(entry.fingerprint)) {
      problems.push(`${where}: fingerprint is not trimmed and collapsed`);
    }
    if (entry.verdict !== null && !VERDICTS.includes(entry.verdict)) {
      problems.push(`${where}: verdict ${JSON.stringify(entry.verdict)} is not one of ${VERDICTS.join(', ')} or null`);
    }
    if (entry.verdict !== null && (typeof entry.reason !== 'string' || entry.reason.trim() === '')) {
      problems.push(`${where}: judged ${entry.verdict} without a reason`);
    }
    if (entry.reason !== null && typeof entry.reason !== 'string') problems.push(`${where}: reason is neither a string nor null`);
    if (typeof entry.reason === 'string' && entry.reason.includes('\n')) problems.push(`${where}: reason is more than one line`);
    const previous = entries[index - 1];
    if (index > 0 && typeof previous === 'object' && previous !== null && compareEntries(previous, entry) > 0) {
      problems.push(`${where}: not sorted by package, file, line`);
    }
  });
  // Reports that share a line share its text: two fingerprints for one line mean one of them is a hand edit.
  const fingerprintsByLine = new Map();
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const where = `${entry.package}/${entry.file}:${entry.line}`;
    const known = fingerprintsByLine.get(where);
    if (known !== undefined && known !== entry.fingerprint) problems.push(`${where}: two fingerprints for one line`);
    fingerprintsByLine.set(where, entry.fingerprint);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Matching reports to entries
// ---------------------------------------------------------------------------------------------------

/**
 * The key an entry and a report match on; the line is left out so edits above a report keep its verdict.
 * @param {{ package: string, file: string, messageId?: string | undefined, fingerprint: string }} item
 */
function getMatchKey(item) {
  return JSON.stringify([item.package, item.file, item.messageId ?? '', item.fingerprint]);
}

/**
 * @template T
 * @param {T[]} items
 * @param {(item: T) => string} getKey
 * @returns {Map<string, T[]>} In the items' order within each key.
 */
function groupBy(items, getKey) {
  /** @type {Map<string, T[]>} */
  const groups = new Map();
  for (const item of items) {
    const key = getKey(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Pairs a rule's reports with its ledger entries by (package, file, messageId, fingerprint), identical keys
 * in line order. Only entries `isInScope` accepts take part: a run over some packages must not call the
 * entries of the others stale.
 * @template {LedgeredReport} R
 * @param {LedgerEntry[]} entries
 * @param {R[]} reports The rule's reports of this run.
 * @param {(entry: LedgerEntry) => boolean} isInScope
 * @returns {{ matches: { report: R, entry: LedgerEntry }[], unledgered: R[], stale: LedgerEntry[] }}
 */
export function matchLedger(entries, reports, isInScope) {
  const entriesByKey = groupBy([...entries].filter(isInScope).sort(compareEntries), getMatchKey);
  const byLine = (/** @type {R} */ left, /** @type {R} */ right) => left.line - right.line;
  /** @type {{ report: R, entry: LedgerEntry }[]} */
  const matches = [];
  /** @type {R[]} */
  const unledgered = [];
  for (const [key, group] of groupBy(reports, getMatchKey)) {
    const candidates = entriesByKey.get(key) ?? [];
    for (const report of [...group].sort(byLine)) {
      const entry = candidates.shift();
      if (entry) matches.push({ report, entry });
      else unledgered.push(report);
    }
  }
  const stale = [...entriesByKey.values()].flat();
  return { matches, unledgered, stale };
}

/**
 * The ledger after a run: matched entries keep their verdict and get the report's line, new reports come in
 * unjudged, stale entries in scope go; entries out of scope stay as they are.
 * @param {LedgerEntry[]} entries
 * @param {LedgeredReport[]} reports
 * @param {(entry: LedgerEntry) => boolean} isInScope
 * @returns {{ entries: LedgerEntry[], added: LedgerEntry[], kept: number, stale: LedgerEntry[] }}
 */
export function updateLedger(entries, reports, isInScope) {
  const { matches, unledgered, stale } = matchLedger(entries, reports, isInScope);
  const added = unledgered.map((report) => ({
    package: report.package,
    file: report.file,
    line: report.line,
    messageId: report.messageId ?? '',
    fingerprint: report.fingerprint,
    verdict: null,
    reason: null,
  }));
  const kept = matches.map(({ report, entry }) => ({ ...entry, line: report.line }));
  const untouched = entries.filter((entry) => !isInScope(entry));
  return { entries: [...untouched, ...kept, ...added].sort(compareEntries), added, kept: kept.length, stale };
}

// ---------------------------------------------------------------------------------------------------
// Tiers
// ---------------------------------------------------------------------------------------------------

/**
 * The tier of a report kind with `judged` judged reports of which `falseCount` are false.
 * @param {number} judged
 * @param {number} falseCount
 * @returns {Tier}
 */
export function getTier(judged, falseCount) {
  if (judged >= HIGH_MIN_REPORTS && falseCount <= judged * HIGH_MAX_FALSE_SHARE) return 'high';
  if (judged >= 1 && falseCount <= judged * MEDIUM_MAX_FALSE_SHARE) return 'medium';
  return 'low';
}

/**
 * The untuned judgements of the hold-out record, summed over its sets, by rule id and messageId.
 * @param {HoldOutSet[]} holdOuts
 * @returns {Record<string, Record<string, { reports: number, false: number }>>}
 */
function sumHoldOuts(holdOuts) {
  /** @type {Record<string, Record<string, { reports: number, false: number }>>} */
  const sums = {};
  for (const { judged } of holdOuts) {
    for (const [ruleId, kinds] of Object.entries(judged)) {
      for (const [messageId, counts] of Object.entries(kinds)) {
        sums[ruleId] ??= {};
        const sum = (sums[ruleId][messageId] ??= { reports: 0, false: 0 });
        sum.reports += counts.real + counts.harmless + counts.false;
        sum.false += counts.false;
      }
    }
  }
  return sums;
}

/** @type {Tier[]} best first */
const TIER_ORDER = ['high', 'medium', 'low'];

/**
 * The measured precision of every report kind the ledgers hold, rules and kinds in sorted order. A kind
 * whose entries are all unjudged is there with 0 reports (low).
 *
 * The ledger holds today's reports with their verdicts: a false report that a later fix silenced has left it. The
 * hold-out record keeps what each kind did on code the rules had never seen, false reports since fixed included,
 * which is the precision a user's code will meet. So a kind with at least HIGH_MIN_REPORTS untuned judgements gets
 * the lower of the two tiers: it reaches `high` only when both measures say so, and a fix regains a tier only through
 * new hold-out sets.
 * @param {Record<string, LedgerEntry[]>} ledgers By rule id.
 * @param {HoldOutSet[]} [holdOuts] The hold-out record (readHoldOuts()).
 * @returns {MeasuredPrecision}
 */
export function computeTiers(ledgers, holdOuts = []) {
  const untuned = sumHoldOuts(holdOuts);
  /** @type {MeasuredPrecision} */
  const tiers = {};
  for (const ruleId of Object.keys(ledgers).sort()) {
    /** @type {Record<string, { real: number, harmless: number, false: number }>} */
    const counts = {};
    for (const entry of ledgers[ruleId] ?? []) {
      counts[entry.messageId] ??= { real: 0, harmless: 0, false: 0 };
      if (entry.verdict !== null) counts[entry.messageId][entry.verdict] += 1;
    }
    const kinds = Object.keys(counts).sort();
    if (kinds.length === 0) continue;
    tiers[ruleId] = Object.fromEntries(
      kinds.map((messageId) => {
        const { real, harmless, false: falseCount } = counts[messageId];
        const judged = real + harmless + falseCount;
        const { reports: untunedReports, false: untunedFalse } = untuned[ruleId]?.[messageId] ?? { reports: 0, false: 0 };
        const ledgerTier = getTier(judged, falseCount);
        const untunedTier = untunedReports >= HIGH_MIN_REPORTS ? getTier(untunedReports, untunedFalse) : ledgerTier;
        const tier = TIER_ORDER[Math.max(TIER_ORDER.indexOf(ledgerTier), TIER_ORDER.indexOf(untunedTier))] ?? 'low';
        return [messageId, { tier, reports: judged, real, harmless, false: falseCount, untunedReports, untunedFalse }];
      }),
    );
  }
  return tiers;
}

/**
 * A property name as TypeScript source: bare when it is an identifier.
 * @param {string} name
 */
function formatPropertyName(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

/**
 * The text of rules/utils/measured-precision.ts for these tiers.
 * @param {MeasuredPrecision} tiers
 */
export function formatMeasuredPrecision(tiers) {
  const declaration = 'export const MEASURED_PRECISION: Readonly<Record<string, Readonly<Record<string, MeasuredReportKind>>>> =';
  const ruleIds = Object.keys(tiers);
  if (ruleIds.length === 0) return `${MEASURED_PRECISION_HEADER}\n${declaration} {};\n`;
  const lines = ruleIds.flatMap((ruleId) => [
    `  ${formatPropertyName(ruleId)}: {`,
    ...Object.entries(tiers[ruleId] ?? {}).map(
      ([messageId, kind]) =>
        `    ${formatPropertyName(messageId)}: { tier: '${kind.tier}', reports: ${kind.reports}, real: ${kind.real}, harmless: ${kind.harmless}, false: ${kind.false}, untunedReports: ${kind.untunedReports}, untunedFalse: ${kind.untunedFalse} },`,
    ),
    '  },',
  ]);
  return `${MEASURED_PRECISION_HEADER}\n${declaration} {\n${lines.join('\n')}\n};\n`;
}

/**
 * The tiers rules/utils/measured-precision.ts holds now (what the plugin built from these sources uses).
 * The file is TypeScript: transpiled in memory and imported, so its exact layout does not matter.
 * @returns {Promise<MeasuredPrecision>}
 */
export async function readMeasuredPrecision() {
  // Loaded here, not at the top: the benchmark imports run.js and should not pay for the compiler.
  const { default: ts } = await import('typescript');
  const source = fs.readFileSync(MEASURED_PRECISION_FILE, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript,${encodeURIComponent(outputText)}`);
  return module.MEASURED_PRECISION;
}

// ---------------------------------------------------------------------------------------------------
// Rule docs
// ---------------------------------------------------------------------------------------------------

/**
 * A markdown table with padded columns.
 * @param {string[]} header
 * @param {('left' | 'right')[]} align
 * @param {string[][]} rows
 */
function formatTable(header, align, rows) {
  const widths = header.map((cell, column) => Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const pad = (/** @type {string} */ cell, /** @type {number} */ column) =>
    align[column] === 'right' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0);
  const line = (/** @type {string[]} */ cells) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : `:${'-'.repeat(width - 1)}`));
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * The doc section between the precision tier markers (markers included) for one rule.
 * @param {string} ruleId
 * @param {Record<string, MeasuredKind> | undefined} kinds
 */
export function formatTierSection(ruleId, kinds) {
  const rows = Object.entries(kinds ?? {}).map(([messageId, kind]) => [
    `\`${messageId}\``,
    kind.tier,
    String(kind.reports),
    String(kind.real),
    String(kind.harmless),
    String(kind.false),
    kind.untunedReports === 0 ? '–' : `${kind.untunedFalse} of ${kind.untunedReports}`,
  ]);
  const table =
    rows.length === 0
      ? 'No report of this rule on the integration corpus yet: every kind is `low` (unmeasured).'
      : formatTable(
          ['Report kind (messageId)', 'Tier', 'Judged corpus reports', 'Real', 'Harmless', 'False', 'False when judged untuned'],
          ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
          rows,
        );
  const sentence =
    `Tiers are measured on the integration corpus, from the reports judged in \`test/integration/ledger/${ruleId}.json\` ` +
    '(`high`: at least 3 judged, at most 5% false; `medium`: at most 20% false; `low`: the rest, and any kind not listed), ' +
    'and on the hold-out record (`test/integration/hold-outs.json`): the last column counts the reports of hold-out sets, ' +
    'packages the rules had never been tuned on, judged before anything changed for them (false reports fixed since ' +
    'included). From 3 such reports on, a kind takes the lower of the two tiers. `configs.recommended` takes only `high` kinds.';
  return `${TIERS_BEGIN_MARKER}\n\n${table}\n\n${sentence}\n\n${TIERS_END_MARKER}`;
}

/**
 * The doc with its tier section replaced; null when the doc lacks the markers.
 * @param {string} doc
 * @param {string} section From formatTierSection.
 */
export function replaceTierSection(doc, section) {
  const begin = doc.indexOf(TIERS_BEGIN_MARKER);
  const end = doc.indexOf(TIERS_END_MARKER, begin);
  if (begin === -1 || end === -1) return null;
  return doc.slice(0, begin) + section + doc.slice(end + TIERS_END_MARKER.length);
}

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

/**
 * Every generated file with the text it should have, and the text it has.
 * @returns {{ file: string, expected: string, actual: string }[]}
 */
function getGeneratedFiles() {
  const tiers = computeTiers(readLedgers(), readHoldOuts());
  const read = (/** @type {string} */ file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  const generated = [{ file: MEASURED_PRECISION_FILE, expected: formatMeasuredPrecision(tiers), actual: read(MEASURED_PRECISION_FILE) }];
  const docs = fs.readdirSync(RULE_DOCS_DIR).filter((name) => name.endsWith('.md')).sort();
  for (const name of docs) {
    const file = path.join(RULE_DOCS_DIR, name);
    const actual = read(file);
    const ruleId = name.slice(0, -'.md'.length);
    const expected = replaceTierSection(actual, formatTierSection(ruleId, tiers[ruleId]));
    if (expected === null) throw new Error(`${path.relative(process.cwd(), file)} has no ${TIERS_BEGIN_MARKER} ... ${TIERS_END_MARKER} section`);
    generated.push({ file, expected, actual });
  }
  return generated;
}

/** Returns the exit code. */
function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { 'write-tiers': { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
  });
  if (values['write-tiers'] === values.check) {
    console.error('usage: node test/integration/ledger.js --write-tiers | --check');
    return 1;
  }
  const formatProblems = [
    ...Object.entries(readLedgers()).flatMap(([ruleId, entries]) =>
      getLedgerFormatProblems(entries).map((problem) => `${path.relative(process.cwd(), getLedgerFile(ruleId))}: ${problem}`),
    ),
    ...getHoldOutFormatProblems(readHoldOuts()).map((problem) => `${path.relative(process.cwd(), HOLD_OUTS_FILE)}: ${problem}`),
  ];
  if (formatProblems.length > 0) {
    console.error(`ledger: malformed ledger files\n  ${formatProblems.join('\n  ')}`);
    return 1;
  }
  const outdated = getGeneratedFiles().filter(({ expected, actual }) => expected !== actual);
  const names = outdated.map(({ file }) => path.relative(process.cwd(), file));
  if (values.check) {
    if (outdated.length === 0) return 0;
    console.error(`ledger: out of date with test/integration/ledger/ (run \`npm run ledger -- --write-tiers\`):\n  ${names.join('\n  ')}`);
    return 1;
  }
  for (const { file, expected } of outdated) fs.writeFileSync(file, expected);
  console.log(outdated.length === 0 ? 'ledger: tiers up to date' : `ledger: wrote\n  ${names.join('\n  ')}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
