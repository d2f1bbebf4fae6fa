import { Linter, type Rule, type SourceCode } from 'eslint';
import path from 'node:path';
import plugin from '../../index.js';
import { getReportKindTier, isReportedAtPrecision, type PrecisionOption, type PrecisionTier } from '../../rules/utils/report-precision.js';
import { getFileLanguage, getLanguageOptions, loadTypeScriptParser, type FileLanguage } from './language.js';
import { PLUGIN_PREFIX, type ProjectConfig } from './project-config.js';

const BYTE_ORDER_MARK = '\uFEFF';

/** How the reason of a file on which the rules (or the engine) threw begins. */
export const CRASH_PREFIX = 'crashed:';

/** Bounded like ESLint's own `--fix` loop: a cure that keeps producing work is a bug, not progress. */
const MAX_PASSES = 10;

/** Every rule id of the plugin. */
export const RULE_IDS: readonly string[] = Object.keys(plugin.rules);

/** Files ESLint lints only when a `files` pattern names their extension (`**\/*` alone matches nothing). */
const ALL_FILES = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'].map((extension) => `**/*.${extension}`);

export interface RewriteOptions {
  /** The rules whose reports are applied and listed. */
  readonly ruleIds: readonly string[];
  /** The lowest measured tier whose reports are rewritten; the rest are listed, with their cure. */
  readonly precision: PrecisionOption;
  /** Overrides `settings.concurrency.runtimeModule`. */
  readonly runtimeModule?: string | undefined;
  /** Adds a `// TODO(concurrency/<rule>): <message>` line above each finding left for a person. */
  readonly annotate: boolean;
  readonly projectConfig: ProjectConfig | null;
  /**
   * Rewrites before the rules run, for shapes no single report covers (the note's double-checked initializer).
   * `sourceCode` is ESLint's reading of `source`. Returns the new text, or null when it changes nothing.
   */
  readonly preRewrite?:
    | ((source: string, language: FileLanguage, sourceCode: SourceCode) => { text: string; rewrites: readonly AppliedRewrite[] } | null)
    | undefined;
}

/** One rewrite applied to the file. `line` is where it was reported, in the text the pass read. */
export interface AppliedRewrite {
  readonly ruleId: string;
  readonly messageId: string;
  /** `fix`: the report's own fix; `cure`: its designated suggestion; `collapse`: a collection-API rewrite. */
  readonly kind: 'fix' | 'cure' | 'collapse';
  readonly line: number;
}

/** Why a finding is left for a person. */
export type LeftReason =
  /** The rule names no cure for this kind of report: the code needs a person's judgement. */
  | 'no-cure'
  /** The rule names a cure, but it does not apply to this code (say, a helper import into CommonJS). */
  | 'cure-not-applicable'
  /** The cure exists, but this kind of report is measured below the requested precision. */
  | 'below-precision';

/** A report of our rules on the rewritten text. Lines and columns are 1-based, in the rewritten text. */
export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly reason: LeftReason;
  /** The measured tier of the report kind. */
  readonly tier: PrecisionTier;
}

export type RewriteResult =
  | { readonly status: 'changed' | 'unchanged'; readonly output: string; readonly rewrites: readonly AppliedRewrite[]; readonly left: readonly Finding[] }
  /** Left byte-identical: the input does not parse, or no parser for it is installed. */
  | { readonly status: 'skipped'; readonly reason: string }
  /** The rewrite was discarded: its output did not parse, or the passes did not converge. `rules`: whose rewrite failed. */
  | { readonly status: 'failed'; readonly reason: string; readonly rules: readonly string[] };

interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
  readonly rewrite: AppliedRewrite;
}

function getShortRuleId(qualifiedRuleId: string | null): string | null {
  return qualifiedRuleId?.startsWith(`${PLUGIN_PREFIX}/`) ? qualifiedRuleId.slice(PLUGIN_PREFIX.length + 1) : null;
}

/** The suggestion the rule designates as the cure of a report kind, from `meta.docs.cures`; null for none. */
function getCureMessageId(ruleId: string, messageId: string): string | null {
  const rule = plugin.rules[ruleId as keyof typeof plugin.rules] as { meta?: { docs?: { cures?: Readonly<Record<string, string | null>> } } } | undefined;
  return rule?.meta?.docs?.cures?.[messageId] ?? null;
}

/** The edit that cures `message`, if the rule has one for it: its fix, else its designated suggestion. */
function getCure(message: Linter.LintMessage, ruleId: string): { fix: Rule.Fix; kind: 'fix' | 'cure' } | null {
  if (message.fix) return { fix: message.fix, kind: 'fix' };
  const cure = getCureMessageId(ruleId, message.messageId ?? '');
  const suggestion = cure === null ? undefined : message.suggestions?.find((candidate) => candidate.messageId === cure);
  return suggestion ? { fix: suggestion.fix, kind: 'cure' } : null;
}

/** Applies the edits that do not overlap (nor touch) an earlier one, as ESLint's fixer does; the rest wait for the next pass. */
function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Edit[] = [];
  let output = '';
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.range[0] <= lastEnd) continue;
    output += text.slice(Math.max(lastEnd, 0), edit.range[0]) + edit.text;
    lastEnd = edit.range[1];
    applied.push(edit);
  }
  return { text: output + text.slice(Math.max(lastEnd, 0)), applied };
}

/** The reports of our rules, each with why the codemod left it. */
function getFindings(messages: readonly Linter.LintMessage[]): Finding[] {
  return messages.flatMap((message) => {
    const ruleId = getShortRuleId(message.ruleId);
    if (ruleId === null) return [];
    const messageId = message.messageId ?? '';
    const tier = getReportKindTier(ruleId, messageId);
    const reason: LeftReason = getCure(message, ruleId)
      ? 'below-precision'
      : getCureMessageId(ruleId, messageId) === null
        ? 'no-cure'
        : 'cure-not-applicable';
    return [{ ruleId, messageId, line: message.line, column: message.column, message: message.message, reason, tier }];
  });
}

function describeParseError(message: Linter.LintMessage): string {
  return `${message.line}:${message.column} ${message.message}`;
}

/** The flat config that runs `ruleIds` at every precision, with the project's settings and rule options. */
function getLintConfig(language: FileLanguage, parser: Linter.Parser | null, options: RewriteOptions): Linter.Config[] {
  const { projectConfig } = options;
  const settings: Record<string, unknown> = {};
  const projectSettings = projectConfig?.concurrencySettings;
  if (projectSettings !== undefined || options.runtimeModule !== undefined) {
    settings[PLUGIN_PREFIX] = {
      ...(typeof projectSettings === 'object' && projectSettings !== null ? projectSettings : {}),
      ...(options.runtimeModule === undefined ? {} : { runtimeModule: options.runtimeModule }),
    };
  }
  const rules: Linter.RulesRecord = {};
  for (const ruleId of options.ruleIds) {
    const projectOptions = projectConfig?.ruleOptions ? projectConfig.ruleOptions.get(ruleId) : [];
    // A rule the project turns off for this file stays off.
    if (!projectOptions) continue;
    const [first, ...rest] = projectOptions;
    // Every kind is reported, so the summary lists what is left below the precision as well.
    const ruleOptions = { ...(typeof first === 'object' && first !== null ? first : {}), precision: 'any' };
    rules[`${PLUGIN_PREFIX}/${ruleId}`] = ['error', ruleOptions, ...rest];
  }
  return [
    {
      files: ALL_FILES,
      plugins: { [PLUGIN_PREFIX]: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      languageOptions: getLanguageOptions(language, parser),
      // Other plugins' directives name rules that are not loaded here: not our business. (ESLint 9.15 knows no
      // `reportUnusedInlineConfigs`; its default is off.)
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      settings,
      rules,
    },
  ];
}

/** A comment line per finding left for a person, above the statement that holds it; already-present lines are kept once. */
function annotate(text: string, findings: readonly Finding[], sourceCode: SourceCode): string {
  const inserts = new Map<number, string[]>();
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  for (const finding of findings) {
    const index = sourceCode.getIndexFromLoc({ line: finding.line, column: finding.column - 1 });
    const anchor = getAnnotationAnchor(sourceCode, index);
    if (anchor === null) continue;
    const lineStart = text.lastIndexOf('\n', anchor - 1) + 1;
    const indentation = text.slice(lineStart, anchor);
    const marker = `// TODO(${PLUGIN_PREFIX}/${finding.ruleId}):`;
    if (getAnnotationsAbove(text, lineStart).includes(marker)) continue;
    const comment = `${indentation}${marker} ${finding.message.replaceAll(/\s+/gu, ' ')}${lineBreak}`;
    const lines = inserts.get(lineStart) ?? [];
    if (!lines.includes(comment)) lines.push(comment);
    inserts.set(lineStart, lines);
  }
  let output = '';
  let last = 0;
  for (const [lineStart, lines] of [...inserts].sort(([a], [b]) => a - b)) {
    output += text.slice(last, lineStart) + lines.join('');
    last = lineStart;
  }
  return output + text.slice(last);
}

/**
 * The `// TODO(concurrency/<rule>):` markers on the comment lines right above `lineStart`: a second run must not
 * add its note again (the message itself may differ, its line numbers having moved).
 */
function getAnnotationsAbove(text: string, lineStart: number): string[] {
  const markers: string[] = [];
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const marker = /^\s*(\/\/ TODO\([\w-]+\/[\w-]+\):)/u.exec(text.slice(start, end))?.[1];
    if (!marker) break;
    markers.push(marker);
    end = start - 1;
  }
  return markers;
}

type AstNode = { type: string; range: [number, number]; parent?: AstNode };

/**
 * Where a comment line about the node at `index` can go: the start of the statement or class member that holds
 * it, when that begins its line. Null inside JSX (a `//` line there is text, not a comment) or mid-line.
 */
function getAnnotationAnchor(sourceCode: SourceCode, index: number): number | null {
  let node = sourceCode.getNodeByRangeIndex(index) as AstNode | null;
  while (node) {
    if (node.type.startsWith('JSX')) return null;
    const parentType = node.parent?.type;
    if (parentType === 'Program' || parentType === 'BlockStatement' || parentType === 'ClassBody' || parentType === 'SwitchCase' || parentType === 'StaticBlock') {
      const start = node.range[0];
      const lineStart = sourceCode.text.lastIndexOf('\n', start - 1) + 1;
      return /^[ \t]*$/u.test(sourceCode.text.slice(lineStart, start)) ? start : null;
    }
    node = node.parent ?? null;
  }
  return null;
}

/**
 * Runs our rules on `source` and applies, pass after pass, each report's fix or designated cure (for the kinds
 * at `options.precision`), until nothing more applies. What the rules still report is what is left for a person.
 */
export async function rewriteSource(file: string, source: string, options: RewriteOptions): Promise<RewriteResult> {
  // ESLint reads the text without its byte order mark, and fix ranges count from there: keep the mark aside.
  const hasByteOrderMark = source.startsWith(BYTE_ORDER_MARK);
  let result: RewriteResult;
  try {
    result = await rewriteText(file, hasByteOrderMark ? source.slice(1) : source, options);
  } catch (error) {
    // A rule that throws (say, on invalid settings.concurrency) fails this file, not the run.
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', reason: `${CRASH_PREFIX} ${message.replaceAll(/\s+/gu, ' ')}`, rules: [] };
  }
  if (hasByteOrderMark && (result.status === 'changed' || result.status === 'unchanged')) {
    return { ...result, output: BYTE_ORDER_MARK + result.output };
  }
  return result;
}

async function rewriteText(file: string, source: string, options: RewriteOptions): Promise<RewriteResult> {
  const language = getFileLanguage(file, source);
  const parser = language.isTypeScript ? await loadTypeScriptParser() : null;
  if (language.isTypeScript && !parser) {
    return { status: 'skipped', reason: 'TypeScript files need the typescript package, which is not installed' };
  }
  const linter = new Linter({ configType: 'flat' });
  const config = getLintConfig(language, parser, options);
  // The path only selects the config and tells the rules the extension; it must sit under the Linter's cwd.
  const filename = path.basename(file);
  const verify = (text: string): Linter.LintMessage[] => linter.verify(text, config, filename);

  let messages = verify(source);
  const parseError = messages.find((message) => message.fatal);
  if (parseError) return { status: 'skipped', reason: `does not parse: ${describeParseError(parseError)}` };

  const rewrites: AppliedRewrite[] = [];
  let text = source;
  const pre = options.preRewrite?.(source, language, linter.getSourceCode()) ?? null;
  if (pre) {
    messages = verify(pre.text);
    const error = messages.find((message) => message.fatal);
    if (error) {
      const rules = [...new Set(pre.rewrites.map((rewrite) => rewrite.ruleId))];
      return { status: 'failed', reason: `the ${rules.join(', ')} rewrite does not parse: ${describeParseError(error)}`, rules };
    }
    text = pre.text;
    rewrites.push(...pre.rewrites);
  }

  for (let pass = 0; ; pass++) {
    const edits: Edit[] = [];
    for (const message of messages) {
      const ruleId = getShortRuleId(message.ruleId);
      if (ruleId === null || !isReportedAtPrecision(getReportKindTier(ruleId, message.messageId ?? ''), options.precision)) continue;
      const cure = getCure(message, ruleId);
      if (!cure) continue;
      const rewrite: AppliedRewrite = { ruleId, messageId: message.messageId ?? '', kind: cure.kind, line: message.line };
      edits.push({ range: cure.fix.range, text: cure.fix.text, rewrite });
    }
    if (edits.length === 0) break;
    if (pass === MAX_PASSES) {
      const rules = [...new Set(edits.map((edit) => edit.rewrite.ruleId))];
      return { status: 'failed', reason: `the ${rules.join(', ')} rewrites did not settle after ${MAX_PASSES} passes`, rules };
    }
    const result = applyEdits(text, edits);
    text = result.text;
    rewrites.push(...result.applied.map((edit) => edit.rewrite));
    messages = verify(text);
    const error = messages.find((message) => message.fatal);
    if (error) {
      const rules = [...new Set(result.applied.map((edit) => edit.rewrite.ruleId))];
      return { status: 'failed', reason: `the ${rules.join(', ')} rewrite does not parse: ${describeParseError(error)}`, rules };
    }
  }

  let left = getFindings(messages);
  if (options.annotate && left.length > 0) {
    const annotated = annotate(text, left, linter.getSourceCode());
    if (annotated !== text) {
      messages = verify(annotated);
      const error = messages.find((message) => message.fatal);
      if (error) return { status: 'failed', reason: `the annotations do not parse: ${describeParseError(error)}`, rules: [...new Set(left.map((finding) => finding.ruleId))] };
      text = annotated;
      left = getFindings(messages);
    }
  }
  return { status: text === source ? 'unchanged' : 'changed', output: text, rewrites, left };
}
