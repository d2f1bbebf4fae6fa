#!/usr/bin/env node
/**
 * Real-code integration harness: lints the source of pinned npm packages (packages.js) with every rule
 * of the built plugin, once plainly and once with fixes, and fails on rule crashes and on fixes whose
 * output no longer parses. Every report is checked against the triage ledger (ledger/<rule-id>.json):
 * the run fails on a report nobody has judged, on stale entries, and on a `high` report kind whose
 * ledger shows more than 5% false. `--update` writes the ledger of the rules named with `--rule`.
 * Reports are printed per rule and kind, and written in full to .cache/report.json.
 *
 * Usage: node test/integration/run.js [--package <name>]... [--rule <id>]... [--update] [--verbose]
 * (build first: `npm run build`). See README.md beside this file.
 * @module
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import {
  HIGH_MAX_FALSE_SHARE,
  getFingerprint,
  getLedgerFile,
  getLedgerFormatProblems,
  matchLedger,
  readLedger,
  readMeasuredPrecision,
  updateLedger,
  writeLedger,
} from './ledger.js';
import { packages as pinnedPackages } from './packages.js';

const execFileAsync = promisify(execFile);

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = path.join(HERE, '.cache');
const DEFAULT_REPORT_FILE = path.join(CACHE_DIR, 'report.json');
const DEFAULT_PLUGIN_ENTRY = path.resolve(HERE, '../../dist/index.js');
/** The prefix the rules get in the flat config, as in the plugin's own configs. */
const PLUGIN_PREFIX = 'concurrency';
/** How many sample locations to print per rule (and unparsable files per package). */
const SAMPLES = 5;

/** Left out of every package: type declarations, minified files, tests and their fixtures. */
const DEFAULT_EXCLUDE = [
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
  '**/*.min.js',
  '**/*.{test,spec,e2e}.*',
  '**/{test,tests,__tests__,__mocks__,fixtures,__fixtures__}/**',
  '**/node_modules/**',
];
/** ESLint's line breaks: report lines count these. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
const TS_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
const JS_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.jsx']);

/** An expected failure (bad option, failed download...): printed as one line, without a stack trace. */
class HarnessError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} Options
 * @property {string[]} packages Package names to run; empty for all.
 * @property {string[]} rules Rule ids to enable; empty for all.
 * @property {boolean} verbose Print every report.
 * @property {boolean} update Rewrite the ledger files of the selected rules from this run's reports.
 * @property {string} pluginEntry The built plugin to load (`--plugin`, default dist/index.js).
 * @property {string} reportFile Where the full report is written (`--report`, default .cache/report.json).
 */

/**
 * Reads the command line.
 * @param {string[]} argv Arguments after the script name.
 * @returns {Options}
 */
function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        package: { type: 'string', multiple: true, default: [] },
        rule: { type: 'string', multiple: true, default: [] },
        verbose: { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        // Another build or report location, so two runs from one checkout do not overwrite each other.
        plugin: { type: 'string', default: DEFAULT_PLUGIN_ENTRY },
        report: { type: 'string', default: DEFAULT_REPORT_FILE },
        // A hold-out list (a module exporting `packages` like packages.js): judged before anyone tunes on it.
        'packages-file': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new HarnessError(/** @type {Error} */ (error).message);
  }
  if (values.help) {
    console.log(
      'usage: node test/integration/run.js [--package <name>]... [--rule <id>]... [--update] [--verbose] [--plugin <dist/index.js>] [--report <file.json>] [--packages-file <list.js>]',
    );
    process.exit(0);
  }
  // Each rule's ledger has its owner: an --update that rewrote every ledger would overwrite their work.
  if (values.update && values.rule.length === 0) {
    throw new HarnessError('--update rewrites the ledgers of the rules named with --rule: name them (--rule <id>)');
  }
  return {
    packages: values.package,
    // Accept `concurrency/<id>` as well as the bare id.
    rules: values.rule.map((id) => id.replace(`${PLUGIN_PREFIX}/`, '')),
    verbose: values.verbose,
    update: values.update,
    pluginEntry: path.resolve(values.plugin),
    reportFile: path.resolve(values.report),
    packagesFile: values['packages-file'] === undefined ? null : path.resolve(values['packages-file']),
  };
}

/**
 * The pinned packages named on the command line, in the pinned order (all of them when none is named).
 * @param {string[]} names
 * @param {import('./packages.js').PinnedPackage[]} [list] Another list than the pinned one (--packages-file).
 * @returns {import('./packages.js').PinnedPackage[]}
 */
function selectPackages(names, list = pinnedPackages) {
  const known = new Set(list.map((pkg) => pkg.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new HarnessError(`unknown package ${unknown.join(', ')} (pinned: ${[...known].join(', ')})`);
  }
  return names.length === 0 ? list : list.filter((pkg) => names.includes(pkg.name));
}

/**
 * The rule ids to run: every rule the plugin has, or those named on the command line.
 * @param {Record<string, unknown>} rules The plugin's rules by id.
 * @param {string[]} ids
 * @returns {string[]}
 */
function selectRules(rules, ids) {
  const known = Object.keys(rules);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new HarnessError(`unknown rule ${unknown.join(', ')} (rules: ${known.join(', ')})`);
  }
  return ids.length === 0 ? known : known.filter((id) => ids.includes(id));
}

// ---------------------------------------------------------------------------------------------------
// Plugin
// ---------------------------------------------------------------------------------------------------

/**
 * Imports the built plugin. The harness tests what is published (dist/), not the TypeScript sources.
 * @param {string} [pluginEntry] The built entry point.
 * @returns {Promise<{ meta?: { name?: string, version?: string }, rules: Record<string, unknown> }>}
 */
async function loadPlugin(pluginEntry = DEFAULT_PLUGIN_ENTRY) {
  if (!fs.existsSync(pluginEntry)) throw new HarnessError(`${pluginEntry} is missing: run "npm run build" first`);
  const { default: plugin } = await import(pathToFileURL(pluginEntry).href);
  if (!plugin?.rules || Object.keys(plugin.rules).length === 0) {
    throw new HarnessError(`${path.relative(process.cwd(), pluginEntry)} exports no rules`);
  }
  return plugin;
}

// ---------------------------------------------------------------------------------------------------
// Download and unpack
// ---------------------------------------------------------------------------------------------------

/**
 * The file name `npm pack` gives a package's tarball: `@scope/name` becomes `scope-name`.
 * @param {import('./packages.js').PinnedPackage} pkg
 */
function tarballName(pkg) {
  return `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
}

/**
 * True when the file's bytes match an SRI integrity string such as `sha512-...`.
 * @param {string} file
 * @param {string} integrity
 */
function matchesIntegrity(file, integrity) {
  const [algorithm, expected] = integrity.split(/-(.*)/s);
  if (!algorithm || !expected) return false;
  const actual = createHash(algorithm).update(fs.readFileSync(file)).digest('base64');
  return actual === expected;
}

/**
 * npm's reason for a failure, in one line: the first `npm error` line that says more than the code.
 * @param {string} stderr
 */
function npmReason(stderr) {
  const lines = stderr
    .split('\n')
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter((line) => line && !/^code \w+$/.test(line) && !/^A complete log of this run/.test(line));
  return lines[0] ?? 'npm pack failed';
}

/**
 * Downloads the package's tarball into the cache, unless a tarball with the pinned integrity is there.
 * npm writes into a private folder first so an interrupted download never leaves a truncated tarball.
 * @param {import('./packages.js').PinnedPackage} pkg
 * @returns {Promise<string>} The tarball's path.
 */
async function downloadTarball(pkg) {
  const tarball = path.join(CACHE_DIR, tarballName(pkg));
  if (fs.existsSync(tarball) && matchesIntegrity(tarball, pkg.integrity)) return tarball;

  const spec = `${pkg.name}@${pkg.version}`;
  console.log(`  downloading ${spec}`);
  const scratch = fs.mkdtempSync(path.join(CACHE_DIR, '.download-'));
  try {
    await execFileAsync(
      'npm',
      ['pack', spec, '--pack-destination', scratch, '--ignore-scripts', '--json', '--loglevel', 'error'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const downloaded = path.join(scratch, tarballName(pkg));
    if (!fs.existsSync(downloaded)) throw new HarnessError(`could not download ${spec}: npm wrote no ${tarballName(pkg)}`);
    if (!matchesIntegrity(downloaded, pkg.integrity)) {
      throw new HarnessError(`could not download ${spec}: tarball does not match the pinned integrity`);
    }
    fs.renameSync(downloaded, tarball);
    return tarball;
  } catch (error) {
    if (error instanceof HarnessError) throw error;
    const stderr = /** @type {{ stderr?: string }} */ (error).stderr ?? String(error);
    throw new HarnessError(`could not download ${spec}: ${npmReason(stderr)}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Makes sure `.cache/<name>@<version>/` holds the unpacked package, downloading it when needed.
 * Unpacks next to the target and renames, so a half-unpacked folder is never mistaken for a done one.
 * @param {import('./packages.js').PinnedPackage} pkg
 * @returns {Promise<string>} The unpacked package's root.
 */
async function preparePackage(pkg) {
  const root = path.join(CACHE_DIR, `${pkg.name}@${pkg.version}`);
  if (fs.existsSync(path.join(root, 'package.json'))) return root;

  const tarball = await downloadTarball(pkg);
  fs.mkdirSync(path.dirname(root), { recursive: true });
  const scratch = fs.mkdtempSync(`${root}.unpack-`);
  try {
    // npm tarballs hold one top folder (usually `package/`): strip it.
    await execFileAsync('tar', ['-xzf', tarball, '-C', scratch, '--strip-components=1', '--no-same-owner']);
    fs.rmSync(root, { recursive: true, force: true });
    fs.renameSync(scratch, root);
    return root;
  } catch (error) {
    const stderr = /** @type {{ stderr?: string }} */ (error).stderr?.trim().split('\n')[0];
    throw new HarnessError(`could not unpack ${pkg.name}@${pkg.version}: ${stderr || /** @type {Error} */ (error).message}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// File selection
// ---------------------------------------------------------------------------------------------------

/**
 * Turns a glob into a RegExp over `/`-separated relative paths. Enough for packages.js: `*`, `?`,
 * `**\/` (any number of folders), a trailing `**` and `{a,b}` alternatives of plain text.
 * @param {string} glob
 * @returns {RegExp}
 */
function globToRegExp(glob) {
  const escape = (/** @type {string} */ text) => text.replace(/[.+^$()|[\]\\]/g, '\\$&');
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob.charAt(index);
    if (glob.startsWith('**/', index)) {
      source += '(?:[^/]+/)*';
      index += 2;
    } else if (glob.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      const close = glob.indexOf('}', index);
      source += `(?:${glob.slice(index + 1, close).split(',').map(escape).join('|')})`;
      index = close;
    } else {
      source += escape(char);
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * Every file under `root`, as sorted `/`-separated paths relative to it.
 * @param {string} root
 * @returns {string[]}
 */
function walk(root) {
  /** @type {string[]} */
  const files = [];
  const visit = (/** @type {string} */ relative) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  visit('');
  return files.sort();
}

/**
 * The package's files to lint: matching `include`, not matching `exclude` nor the default exclusions.
 * @param {import('./packages.js').PinnedPackage} pkg
 * @param {string} root
 */
function selectFiles(pkg, root) {
  const include = pkg.include.map(globToRegExp);
  const exclude = [...DEFAULT_EXCLUDE, ...(pkg.exclude ?? [])].map(globToRegExp);
  return walk(root).filter((file) => {
    const extension = path.extname(file);
    if (!TS_EXTENSIONS.has(extension) && !JS_EXTENSIONS.has(extension)) return false;
    return include.some((pattern) => pattern.test(file)) && !exclude.some((pattern) => pattern.test(file));
  });
}

// ---------------------------------------------------------------------------------------------------
// Languages and configs
// ---------------------------------------------------------------------------------------------------

/** ESM syntax at the start of a line: a .js file without a package.json `type` that uses it is a module. */
const ESM_SYNTAX = /^\s*(?:import\s*[\w*{'"]|export\s+(?:\*|\{|default\b|const\b|let\b|var\b|function\b|async\b|class\b))/m;

/**
 * The `type` of the package.json nearest to `file` inside the package (bundlers often nest one, e.g.
 * dist/esm/package.json with `"type": "module"`).
 * @param {string} root The package root.
 * @param {string} file Relative path.
 * @param {Map<string, string | undefined>} cache By folder.
 * @returns {string | undefined}
 */
function nearestPackageType(root, file, cache) {
  let folder = path.posix.dirname(file);
  /** @type {string[]} */
  const visited = [];
  for (;;) {
    if (cache.has(folder)) break;
    visited.push(folder);
    const manifest = path.join(root, folder, 'package.json');
    if (fs.existsSync(manifest)) {
      cache.set(folder, JSON.parse(fs.readFileSync(manifest, 'utf8')).type ?? 'commonjs');
      break;
    }
    if (folder === '.') {
      cache.set(folder, undefined);
      break;
    }
    folder = path.posix.dirname(folder);
  }
  const type = cache.get(folder);
  for (const seen of visited) cache.set(seen, type);
  return type;
}

/**
 * How to parse a file. TypeScript goes to @typescript-eslint/parser (no type information: the rules must
 * not need it); JavaScript to ESLint's default parser, as a module or as CommonJS like Node would load it.
 * @param {import('./packages.js').PinnedPackage} pkg
 * @param {string} root
 * @param {string} file Relative path.
 * @param {string} source
 * @param {Map<string, string | undefined>} typeCache
 * @returns {{ parser: 'typescript' | 'espree', sourceType: 'module' | 'commonjs', jsx: boolean }}
 */
function languageOf(pkg, root, file, source, typeCache) {
  const extension = path.extname(file);
  const jsx = extension === '.tsx' || extension === '.jsx';
  if (TS_EXTENSIONS.has(extension)) {
    return { parser: 'typescript', sourceType: extension === '.cts' ? 'commonjs' : 'module', jsx };
  }
  if (extension === '.mjs') return { parser: 'espree', sourceType: 'module', jsx };
  if (extension === '.cjs') return { parser: 'espree', sourceType: 'commonjs', jsx };
  if (pkg.sourceType) return { parser: 'espree', sourceType: pkg.sourceType, jsx };
  if (nearestPackageType(root, file, typeCache) === 'module') return { parser: 'espree', sourceType: 'module', jsx };
  // No `"type": "module"`: Node would load it as CommonJS, unless it is ESM meant for a bundler.
  return { parser: 'espree', sourceType: ESM_SYNTAX.test(source) ? 'module' : 'commonjs', jsx };
}

/** The file patterns every config applies to (flat configs only lint files some `files` entry matches). */
const ALL_FILES = [...TS_EXTENSIONS, ...JS_EXTENSIONS].map((extension) => `**/*${extension}`);

/**
 * Builds the flat configs for one language: one that runs the selected rules, one that only parses
 * (used to check that fixed output still parses, with the very same parser options).
 * @param {ReturnType<typeof languageOf>} language
 * @param {object} plugin
 * @param {string[]} ruleIds
 */
function configsFor(language, plugin, ruleIds) {
  /** @type {Linter.LanguageOptions} */
  const languageOptions = {
    ecmaVersion: 'latest',
    sourceType: language.sourceType,
    parserOptions: { ecmaFeatures: { jsx: language.jsx } },
    ...(language.parser === 'typescript' ? { parser: tsParser } : {}),
  };
  const rules = Object.fromEntries(ruleIds.map((id) => [`${PLUGIN_PREFIX}/${id}`, /** @type {const} */ ('error')]));
  // The packages' own `eslint-disable` comments and inline configs name rules we do not load, and would
  // hide code from our rules or add fixes (removing "unused" directives) that are not the plugin's.
  /** @type {Linter.LinterOptions} */
  const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' };
  return {
    lint: [{ files: ALL_FILES, plugins: { [PLUGIN_PREFIX]: plugin }, languageOptions, linterOptions, rules }],
    parseOnly: [{ files: ALL_FILES, languageOptions, linterOptions }],
  };
}

// ---------------------------------------------------------------------------------------------------
// Linting one file
// ---------------------------------------------------------------------------------------------------

/**
 * A Linter that counts its `verify` calls: `verifyAndFix` verifies once per fix pass, so the count tells
 * the fix filter below when a new pass (with a fresh, unfixed text) starts. It also keeps the last text
 * it verified: when a rule crashes on the output of a fix pass, that text is the one to show.
 */
class PassCountingLinter extends Linter {
  passes = 0;
  lastText = '';

  /**
   * @param {string | import('eslint').SourceCode} code
   * @param {Linter.Config | Linter.Config[]} config
   * @param {string | Linter.LintOptions} [options]
   * @returns {Linter.LintMessage[]}
   * @override
   */
  verify(code, config, options) {
    this.passes += 1;
    this.lastText = typeof code === 'string' ? code : code.text;
    return super.verify(code, config, /** @type {Linter.LintOptions} */ (options));
  }
}

/**
 * @typedef {object} Report
 * @property {string} package
 * @property {string} file Relative to the package root.
 * @property {string} rule Rule id without the plugin prefix.
 * @property {string | undefined} messageId
 * @property {string} fingerprint The reported line's text, trimmed, whitespace collapsed (the ledger's key).
 * @property {number} line
 * @property {number} column
 * @property {number | undefined} endLine
 * @property {number | undefined} endColumn
 * @property {string} message
 * @property {boolean} fixable
 */

/**
 * @typedef {object} Crash
 * @property {string} package
 * @property {string} file
 * @property {string} rule Rule id, or `(unknown)` when ESLint's message names none.
 * @property {'lint' | 'fix'} stage `fix` when it only crashed on code produced by fixes.
 * @property {number | undefined} line The line ESLint was on.
 * @property {string} message
 * @property {string} stack First stack frame.
 * @property {string} snippet Source around the line (for stage `fix`, the fixed text ESLint was linting).
 * @property {{ rule: string, line: number, column: number, pass: number }[]} [fixes] For stage `fix`: the
 *   fixes applied before the crash.
 */

/**
 * @typedef {object} BrokenFix
 * @property {string} package
 * @property {string} file
 * @property {string[]} rules Rules whose fixes were applied.
 * @property {{ rule: string, line: number, column: number, pass: number }[]} fixes The applied fixes.
 * @property {number} line Where the fixed output fails to parse.
 * @property {number} column
 * @property {string} message The parse error.
 * @property {string} snippet Fixed output around the parse error.
 * @property {string} output The whole fixed output.
 */

/**
 * @typedef {object} BrokenSuggestion
 * @property {string} package
 * @property {string} file
 * @property {string} rule
 * @property {string} suggestion The suggestion's description.
 * @property {number} reportLine
 * @property {number} line Where the suggested output fails to parse.
 * @property {number} column
 * @property {string} message The parse error.
 * @property {string} snippet
 */

/**
 * @typedef {object} FileResult
 * @property {{ line: number, column: number, message: string } | null} unparsable Original does not parse.
 * @property {Report[]} reports
 * @property {{ rule: string, line: number, column: number, pass: number }[]} fixes Fixes applied.
 * @property {Crash | null} crash
 * @property {BrokenFix | null} brokenFix
 * @property {BrokenSuggestion[]} brokenSuggestions Suggestions whose output no longer parses.
 * @property {number} suggestions Suggestions applied and re-parsed.
 * @property {Report[]} unsettled Fixable reports left after ESLint's 10 fix passes (a fix that loops).
 */

/**
 * A few numbered lines of `text` around `line`.
 * @param {string} text
 * @param {number | undefined} line 1-based.
 */
function snippet(text, line) {
  if (!line) return '';
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  /** @type {string[]} */
  const out = [];
  for (let number = first; number <= last; number += 1) {
    const marker = number === line ? '>' : ' ';
    out.push(`${marker} ${String(number).padStart(5)} | ${(lines[number - 1] ?? '').slice(0, 200)}`);
  }
  return out.join('\n');
}

/**
 * Describes an exception thrown by the Linter. ESLint appends `Occurred while linting <file>:<line>`
 * and `Rule: "<id>"` to the message of an error a rule throws.
 * @param {unknown} thrown
 * @param {string} source The text being linted.
 * @returns {Pick<Crash, 'rule' | 'line' | 'message' | 'stack' | 'snippet'>}
 */
function describeCrash(thrown, source) {
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  const ruleMatch = /Rule: "(?:[^"/]+\/)?([^"]+)"/.exec(error.message) ?? /Error while loading rule '(?:[^'/]+\/)?([^']+)'/.exec(error.message);
  const lineMatch = /Occurred while linting .*:(\d+)\s*$/m.exec(error.message);
  const line = lineMatch ? Number(lineMatch[1]) : undefined;
  return {
    rule: ruleMatch?.[1] ?? '(unknown)',
    line,
    message: error.message.split('\n')[0] ?? '',
    stack: (error.stack ?? '').split('\n').find((frame) => frame.trim().startsWith('at '))?.trim() ?? '',
    snippet: snippet(source, line),
  };
}

/**
 * Converts ESLint's messages of the plugin's rules into reports.
 * @param {Linter.LintMessage[]} messages
 * @param {string} packageName
 * @param {string} file
 * @param {string[]} lines The linted text's lines, for the fingerprints.
 * @returns {Report[]}
 */
function toReports(messages, packageName, file, lines) {
  return messages
    .filter((message) => message.ruleId?.startsWith(`${PLUGIN_PREFIX}/`))
    .map((message) => ({
      package: packageName,
      file,
      rule: /** @type {string} */ (message.ruleId).slice(PLUGIN_PREFIX.length + 1),
      messageId: message.messageId,
      fingerprint: getFingerprint(lines[message.line - 1] ?? ''),
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
      message: message.message,
      fixable: Boolean(message.fix),
    }));
}

/**
 * Lints one file plainly, then with fixes, then re-parses the fixed output.
 * @param {PassCountingLinter} linter
 * @param {{ lint: Linter.Config[], parseOnly: Linter.Config[] }} configs
 * @param {string} packageName
 * @param {string} file Relative path (for reports).
 * @param {string} filename Absolute path (for ESLint).
 * @param {string} source
 * @returns {FileResult}
 */
function lintFile(linter, configs, packageName, file, filename, source) {
  /** @type {FileResult} */
  const result = { unparsable: null, reports: [], fixes: [], crash: null, brokenFix: null, brokenSuggestions: [], suggestions: 0, unsettled: [] };

  let messages;
  try {
    messages = linter.verify(source, configs.lint, { filename });
  } catch (error) {
    result.crash = { package: packageName, file, stage: 'lint', ...describeCrash(error, source) };
    return result;
  }
  const fatal = messages.find((message) => message.fatal);
  if (fatal) {
    // The original does not parse with our parser (newer syntax, Flow, a template...): not the plugin's doing.
    result.unparsable = { line: fatal.line, column: fatal.column, message: fatal.message };
    return result;
  }
  result.reports = toReports(messages, packageName, file, source.split(LINE_BREAK));

  // Every suggestion is applied on its own to the original text, as an editor would, and must still parse.
  for (const message of messages) {
    for (const suggestion of message.suggestions ?? []) {
      const { range, text } = suggestion.fix;
      const output = source.slice(0, range[0]) + text + source.slice(range[1]);
      result.suggestions += 1;
      const parseError = linter.verify(output, configs.parseOnly, { filename }).find((reparsed) => reparsed.fatal);
      if (parseError) {
        result.brokenSuggestions.push({
          package: packageName,
          file,
          rule: (message.ruleId ?? '').replace(`${PLUGIN_PREFIX}/`, ''),
          suggestion: suggestion.desc,
          reportLine: message.line,
          line: parseError.line,
          column: parseError.column,
          message: parseError.message,
          snippet: snippet(output, parseError.line),
        });
      }
    }
  }

  // Replay ESLint's fix merging (fixes sorted by range; one overlapping an applied one waits for the next
  // pass) so we know exactly which fixes were applied: verifyAndFix only says whether any was.
  const passesBefore = linter.passes;
  let pass = -1;
  let lastEnd = Number.NEGATIVE_INFINITY;
  /** @type {(message: Linter.LintMessage) => boolean} */
  const recordFix = (message) => {
    if (linter.passes !== pass) {
      pass = linter.passes;
      lastEnd = Number.NEGATIVE_INFINITY;
    }
    const [start, end] = /** @type {Linter.LintMessage['fix'] & {}} */ (message.fix).range;
    if (lastEnd < start && start <= end) {
      lastEnd = end;
      const rule = message.ruleId ? message.ruleId.replace(`${PLUGIN_PREFIX}/`, '') : '(eslint)';
      result.fixes.push({ rule, line: message.line, column: message.column, pass: pass - passesBefore });
    }
    return true;
  };

  let fixed;
  try {
    // A predicate as `fix` is what the ESLint class passes for its own `fix` filter option; the Linter's
    // typings only mention booleans.
    const fix = /** @type {boolean} */ (/** @type {unknown} */ (recordFix));
    fixed = linter.verifyAndFix(source, configs.lint, { filename, fix });
  } catch (error) {
    // The plain run succeeded, so this crash happened on code that earlier fix passes produced.
    result.crash = { package: packageName, file, stage: 'fix', ...describeCrash(error, linter.lastText), fixes: result.fixes };
    return result;
  }

  if (!fixed.fixed) return result;
  result.unsettled = toReports(fixed.messages.filter((message) => message.fix), packageName, file, fixed.output.split(LINE_BREAK));

  const reparsed = linter.verify(fixed.output, configs.parseOnly, { filename });
  const parseError = reparsed.find((message) => message.fatal);
  if (parseError) {
    result.brokenFix = {
      package: packageName,
      file,
      rules: [...new Set(result.fixes.map((fix) => fix.rule))],
      fixes: result.fixes,
      line: parseError.line,
      column: parseError.column,
      message: parseError.message,
      snippet: snippet(fixed.output, parseError.line),
      output: fixed.output,
    };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Running a package
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} PackageResult
 * @property {string} name
 * @property {string} version
 * @property {number} files Files linted (parsable ones).
 * @property {{ file: string, line: number, column: number, message: string }[]} unparsable
 * @property {Record<string, number>} reportsByRule
 * @property {Record<string, number>} fixesByRule
 * @property {Record<string, number>} languages Files by parser and source type, e.g. `js/commonjs`.
 * @property {number} seconds
 */

/**
 * Lints every selected file of one package.
 * @param {import('./packages.js').PinnedPackage} pkg
 * @param {string} root
 * @param {PassCountingLinter} linter
 * @param {(language: ReturnType<typeof languageOf>) => { lint: Linter.Config[], parseOnly: Linter.Config[] }} configsOf
 * @param {{ reports: Report[], crashes: Crash[], brokenFixes: BrokenFix[], brokenSuggestions: BrokenSuggestion[], suggestions: number, unsettled: Report[] }} sink
 * @returns {PackageResult}
 */
function runPackage(pkg, root, linter, configsOf, sink) {
  const started = performance.now();
  const typeCache = new Map();
  /** @type {PackageResult} */
  const result = { name: pkg.name, version: pkg.version, files: 0, unparsable: [], reportsByRule: {}, fixesByRule: {}, languages: {}, seconds: 0 };

  for (const file of selectFiles(pkg, root)) {
    const filename = path.join(root, file);
    const source = fs.readFileSync(filename, 'utf8');
    const language = languageOf(pkg, root, file, source, typeCache);
    const configs = configsOf(language);
    const languageKey = `${language.parser === 'typescript' ? 'ts' : 'js'}/${language.sourceType}${language.jsx ? '+jsx' : ''}`;
    result.languages[languageKey] = (result.languages[languageKey] ?? 0) + 1;
    const outcome = lintFile(linter, configs, pkg.name, file, filename, source);

    if (outcome.unparsable) {
      result.unparsable.push({ file, ...outcome.unparsable });
      continue;
    }
    result.files += 1;
    for (const report of outcome.reports) {
      result.reportsByRule[report.rule] = (result.reportsByRule[report.rule] ?? 0) + 1;
      sink.reports.push(report);
    }
    for (const fix of outcome.fixes) result.fixesByRule[fix.rule] = (result.fixesByRule[fix.rule] ?? 0) + 1;
    if (outcome.crash) sink.crashes.push(outcome.crash);
    if (outcome.brokenFix) sink.brokenFixes.push(outcome.brokenFix);
    sink.brokenSuggestions.push(...outcome.brokenSuggestions);
    sink.suggestions += outcome.suggestions;
    sink.unsettled.push(...outcome.unsettled);
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Ledger
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} KindCounts One report kind of one rule in this run.
 * @property {string} messageId
 * @property {import('./ledger.js').Tier} tier From rules/utils/measured-precision.ts (`low` when absent).
 * @property {number} reports
 * @property {number} real
 * @property {number} harmless
 * @property {number} false
 * @property {number} unjudged Matched entries with no verdict yet.
 */

/**
 * @typedef {object} RuleLedger The ledger of one rule against this run.
 * @property {string} rule
 * @property {string} file The ledger file, relative to the working directory.
 * @property {KindCounts[]} kinds
 * @property {Report[]} unledgered Reports with no entry.
 * @property {import('./ledger.js').LedgerEntry[]} unjudged Entries of this run's reports with no verdict.
 * @property {import('./ledger.js').LedgerEntry[]} stale Entries (of the packages run) whose report is gone.
 * @property {{ messageId: string, judged: number, false: number }[]} falseHigh `high` kinds over 5% false.
 * @property {string[]} malformed Format problems of the ledger file.
 * @property {{ added: number, kept: number } | null} updated What --update wrote, null without it.
 */

/**
 * Checks (and with `update`, rewrites) the ledger of every rule run. Only entries of the packages run are
 * matched, so a `--package` run neither reports nor drops the entries of the other packages; an entry of a
 * package no longer pinned is stale in a run over all packages.
 * @param {string[]} ruleIds
 * @param {Report[]} reports
 * @param {import('./packages.js').PinnedPackage[]} selected The packages run.
 * @param {boolean} update
 * @returns {Promise<RuleLedger[]>}
 */
async function checkLedgers(ruleIds, reports, selected, update) {
  const measured = await readMeasuredPrecision();
  const runPackages = new Set(selected.map((pkg) => pkg.name));
  const pinned = new Set(pinnedPackages.map((pkg) => pkg.name));
  // A hold-out list (--packages-file) is never every package: the pinned packages' entries stay out of scope.
  const isEveryPackage = selected.length === pinnedPackages.length && selected.every((pkg) => pinned.has(pkg.name));
  const isInScope = (/** @type {import('./ledger.js').LedgerEntry} */ entry) =>
    runPackages.has(entry.package) || (isEveryPackage && !pinned.has(entry.package));

  return ruleIds.map((rule) => {
    const file = path.relative(process.cwd(), getLedgerFile(rule));
    const ruleReports = reports.filter((report) => report.rule === rule);
    let entries = readLedger(rule);
    const malformed = getLedgerFormatProblems(entries);
    let updated = null;
    /** @type {import('./ledger.js').LedgerEntry[]} */
    let dropped = [];
    if (update && malformed.length === 0) {
      const next = updateLedger(entries, ruleReports, isInScope);
      writeLedger(rule, next.entries);
      updated = { added: next.added.length, kept: next.kept };
      dropped = next.stale;
      entries = next.entries;
    }
    const { matches, unledgered, stale } = matchLedger(malformed.length === 0 ? entries : [], ruleReports, isInScope);

    const measuredKinds = measured[rule] ?? {};
    const kindIds = [...new Set([...Object.keys(measuredKinds), ...ruleReports.map((report) => report.messageId ?? '')])].sort();
    const kinds = kindIds.map((messageId) => {
      const verdicts = matches.filter(({ report }) => report.messageId === messageId).map(({ entry }) => entry.verdict);
      const count = (/** @type {string | null} */ verdict) => verdicts.filter((each) => each === verdict).length;
      return {
        messageId,
        tier: measuredKinds[messageId]?.tier ?? 'low',
        reports: ruleReports.filter((report) => (report.messageId ?? '') === messageId).length,
        real: count('real'),
        harmless: count('harmless'),
        false: count('false'),
        unjudged: count(null),
      };
    });

    // A `high` kind is judged on its whole ledger, not only on the packages of this run.
    const falseHigh = Object.entries(measuredKinds)
      .filter(([, kind]) => kind.tier === 'high')
      .map(([messageId]) => {
        const judged = entries.filter((entry) => entry.messageId === messageId && entry.verdict !== null);
        return { messageId, judged: judged.length, false: judged.filter((entry) => entry.verdict === 'false').length };
      })
      .filter((kind) => kind.false > kind.judged * HIGH_MAX_FALSE_SHARE);

    return {
      rule,
      file,
      kinds,
      unledgered,
      unjudged: matches.filter(({ entry }) => entry.verdict === null).map(({ entry }) => entry),
      // After --update, the stale entries are the ones it dropped.
      stale: updated ? dropped : stale,
      falseHigh,
      malformed,
      updated,
    };
  });
}

/**
 * True when the ledgers fail the run: a report with no entry or no verdict, a stale entry, a `high` kind
 * over 5% false, a malformed file. After `--update` only a malformed file fails: new reports are unjudged
 * by design, and the stale entries were dropped.
 * @param {RuleLedger[]} ledgers
 * @param {boolean} update
 */
function isLedgerFailing(ledgers, update) {
  return ledgers.some((ledger) =>
    update
      ? ledger.malformed.length > 0
      : ledger.malformed.length > 0 ||
        ledger.unledgered.length > 0 ||
        ledger.unjudged.length > 0 ||
        ledger.stale.length > 0 ||
        ledger.falseHigh.length > 0,
  );
}

/**
 * `package/path:line messageId: fingerprint`, how ledger entries are listed.
 * @param {{ package: string, file: string, line: number, messageId?: string | undefined, fingerprint: string }} item
 */
function formatEntry(item) {
  return `${item.package}/${item.file}:${item.line} ${item.messageId ?? ''}: ${item.fingerprint}`;
}

/**
 * Prints what the ledgers say: what --update wrote, then every problem that fails the run, in full.
 * @param {RuleLedger[]} ledgers
 * @param {boolean} update
 */
function printLedgers(ledgers, update) {
  if (update) {
    console.log('\nLedger updated');
    for (const ledger of ledgers) {
      if (!ledger.updated) {
        console.log(`  ${ledger.file}: not written (malformed)`);
        continue;
      }
      console.log(`  ${ledger.file}: ${ledger.updated.kept} kept, ${ledger.updated.added} added unjudged, ${ledger.stale.length} stale dropped (entries of packages not run are left as they are)`);
      for (const entry of ledger.stale) console.log(`    dropped (${entry.verdict ?? 'unjudged'}): ${formatEntry(entry)}`);
    }
  }
  /** @type {[string, (ledger: RuleLedger) => string[]][]} */
  const sections = [
    ['malformed ledger file', (ledger) => ledger.malformed],
    ['report with no ledger entry (run with --update --rule <id>, then judge it)', (ledger) => ledger.unledgered.map(formatEntry)],
    ['unjudged (verdict null)', (ledger) => ledger.unjudged.map(formatEntry)],
    ['stale entry: its report is gone (--update drops it)', (ledger) => (update ? [] : ledger.stale.map(formatEntry))],
    [
      `\`high\` kind over ${HIGH_MAX_FALSE_SHARE * 100}% false in the ledger (npm run ledger -- --write-tiers)`,
      (ledger) => ledger.falseHigh.map((kind) => `${kind.messageId}: ${kind.false} false of ${kind.judged} judged`),
    ],
  ];
  for (const [title, getLines] of sections) {
    if (update && !title.startsWith('malformed')) continue;
    const lines = ledgers.flatMap((ledger) => getLines(ledger).map((line) => `[${ledger.rule}] ${line}`));
    if (lines.length === 0) continue;
    console.log(`\nLedger: ${title} (${lines.length})`);
    for (const line of lines) console.log(`  ${line}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------

/**
 * `package/path:line:col message`, the location format of every printed report.
 * @param {Report} report
 */
function formatReport(report) {
  return `${report.package}/${report.file}:${report.line}:${report.column} ${report.message}`;
}

/**
 * Up to `count` reports, taken in turn from each package so one noisy package cannot hide the others.
 * @param {Report[]} reports In run order.
 * @param {number} count
 */
function spreadSamples(reports, count) {
  /** @type {Map<string, Report[]>} */
  const byPackage = new Map();
  for (const report of reports) byPackage.set(report.package, [...(byPackage.get(report.package) ?? []), report]);
  const queues = [...byPackage.values()];
  /** @type {Report[]} */
  const samples = [];
  for (let round = 0; samples.length < count && queues.some((queue) => queue.length > round); round += 1) {
    for (const queue of queues) {
      const sample = queue[round];
      if (sample && samples.length < count) samples.push(sample);
    }
  }
  return samples;
}

/**
 * The verdict counts of several kinds added up.
 * @param {Omit<KindCounts, 'messageId' | 'tier'>[]} kinds
 * @returns {Omit<KindCounts, 'messageId' | 'tier'>}
 */
function sumKinds(kinds) {
  const total = { reports: 0, real: 0, harmless: 0, false: 0, unjudged: 0 };
  for (const kind of kinds) {
    for (const key of /** @type {(keyof typeof total)[]} */ (Object.keys(total))) total[key] += kind[key];
  }
  return total;
}

/**
 * `12 reports / 5 real / 6 harmless / 1 false`, with the unjudged and unledgered rest when there is one.
 * @param {Omit<KindCounts, 'messageId' | 'tier'>} counts
 */
function formatVerdictCounts(counts) {
  const unledgered = counts.reports - counts.real - counts.harmless - counts.false - counts.unjudged;
  const rest = [counts.unjudged > 0 ? `${counts.unjudged} unjudged` : '', unledgered > 0 ? `${unledgered} not in the ledger` : ''].filter(Boolean);
  return `${counts.reports} reports / ${counts.real} real / ${counts.harmless} harmless / ${counts.false} false${rest.length > 0 ? ` (${rest.join(', ')})` : ''}`;
}

/**
 * `name n, name n` for the non-zero counts.
 * @param {Record<string, number>} counts
 */
function formatCounts(counts) {
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  return entries.length === 0 ? '-' : entries.map(([name, count]) => `${name} ${count}`).join(', ');
}

/**
 * Prints the report sections: rules, packages, unsettled fixes, crashes, broken fixes.
 * @param {string[]} ruleIds
 * @param {PackageResult[]} results
 * @param {{ reports: Report[], crashes: Crash[], brokenFixes: BrokenFix[], brokenSuggestions: BrokenSuggestion[], suggestions: number, unsettled: Report[] }} sink
 * @param {boolean} verbose
 * @param {string} reportFile
 * @param {RuleLedger[]} ledgers In the order of `ruleIds`.
 */
function printReport(ruleIds, results, sink, verbose, reportFile, ledgers) {
  console.log('\nRules (reports / real / harmless / false by the ledger, per report kind with its measured tier)');
  for (const rule of ruleIds) {
    const reports = sink.reports.filter((report) => report.rule === rule);
    /** @type {Record<string, number>} */
    const byPackage = {};
    for (const report of reports) byPackage[report.package] = (byPackage[report.package] ?? 0) + 1;
    const kinds = ledgers.find((ledger) => ledger.rule === rule)?.kinds ?? [];
    console.log(`  ${rule}: ${formatVerdictCounts(sumKinds(kinds))}; ${formatCounts(byPackage)}`);
    for (const kind of kinds) console.log(`    ${kind.messageId} [${kind.tier}]: ${formatVerdictCounts(kind)}`);
    for (const report of verbose ? reports : spreadSamples(reports, SAMPLES)) console.log(`    ${formatReport(report)}`);
    if (!verbose && reports.length > SAMPLES) console.log(`    ... ${reports.length - SAMPLES} more (--verbose, or ${path.relative(process.cwd(), reportFile)})`);
  }

  console.log('\nPackages');
  const width = Math.max(...results.map((result) => `${result.name}@${result.version}`.length));
  for (const result of results) {
    const reports = Object.values(result.reportsByRule).reduce((sum, count) => sum + count, 0);
    const fixes = Object.values(result.fixesByRule).reduce((sum, count) => sum + count, 0);
    console.log(
      `  ${`${result.name}@${result.version}`.padEnd(width)}  ${String(result.files).padStart(4)} files, ` +
        `${String(result.unparsable.length).padStart(3)} unparsable (skipped), ${String(reports).padStart(3)} reports, ` +
        `${String(fixes).padStart(3)} fixes applied, ${result.seconds.toFixed(1).padStart(5)}s`,
    );
    console.log(`      parsed as: ${formatCounts(result.languages)}`);
    if (reports > 0) console.log(`      reports: ${formatCounts(result.reportsByRule)}`);
    if (fixes > 0) console.log(`      fixes:   ${formatCounts(result.fixesByRule)}`);
    for (const entry of result.unparsable.slice(0, 3)) {
      console.log(`      unparsable: ${entry.file}:${entry.line}:${entry.column} ${entry.message}`);
    }
    if (result.unparsable.length > 3) console.log(`      unparsable: ... ${result.unparsable.length - 3} more`);
  }

  if (sink.unsettled.length > 0) {
    console.log(`\nFixes still pending after ESLint's 10 fix passes (${sink.unsettled.length}; a fix that undoes itself or loops)`);
    for (const report of sink.unsettled.slice(0, SAMPLES)) console.log(`  [${report.rule}] ${formatReport(report)}`);
  }

  if (sink.crashes.length > 0) {
    console.log(`\nCrashes (${sink.crashes.length})`);
    for (const crash of sink.crashes) {
      const stage = crash.stage === 'fix' ? ' (on the output of earlier fix passes)' : '';
      console.log(`  ${crash.package}/${crash.file}${crash.line ? `:${crash.line}` : ''} [${crash.rule}]${stage}`);
      console.log(`    ${crash.message}`);
      if (crash.stack) console.log(`    ${crash.stack}`);
      for (const fix of crash.fixes ?? []) console.log(`    after fix: ${fix.rule} at ${fix.line}:${fix.column} (pass ${fix.pass})`);
      if (crash.snippet) console.log(crash.snippet.replace(/^/gm, '    '));
    }
  }

  if (sink.brokenFixes.length > 0) {
    console.log(`\nBroken fixes (${sink.brokenFixes.length}): the fixed output no longer parses`);
    for (const broken of sink.brokenFixes) {
      console.log(`  ${broken.package}/${broken.file} fixes by [${broken.rules.join(', ')}]`);
      for (const fix of broken.fixes) console.log(`    applied: ${fix.rule} at ${fix.line}:${fix.column} (pass ${fix.pass})`);
      console.log(`    parse error at ${broken.line}:${broken.column}: ${broken.message}`);
      console.log(broken.snippet.replace(/^/gm, '    '));
    }
  }

  if (sink.brokenSuggestions.length > 0) {
    console.log(`\nBroken suggestions (${sink.brokenSuggestions.length}): the suggested output no longer parses`);
    for (const broken of sink.brokenSuggestions) {
      console.log(`  ${broken.package}/${broken.file}:${broken.reportLine} [${broken.rule}] ${broken.suggestion}`);
      console.log(`    parse error at ${broken.line}:${broken.column}: ${broken.message}`);
      console.log(broken.snippet.replace(/^/gm, '    '));
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

/**
 * The packages of a hold-out list: a module exporting `packages` in the shape of packages.js. Their reports
 * are not in the ledger yet (each is printed as not in the ledger); the run is for judging them.
 * @param {string} file
 * @returns {Promise<import('./packages.js').PinnedPackage[]>}
 */
async function readPackagesFile(file) {
  const { packages } = await import(pathToFileURL(file).href);
  if (!Array.isArray(packages)) throw new HarnessError(`${file} does not export a \`packages\` array`);
  return packages;
}

/** Runs the harness; returns the exit code. */
async function main() {
  const started = performance.now();
  const options = readOptions(process.argv.slice(2));
  const plugin = await loadPlugin(options.pluginEntry);
  const ruleIds = selectRules(plugin.rules, options.rules);
  const list = options.packagesFile === null ? pinnedPackages : await readPackagesFile(options.packagesFile);
  const selected = selectPackages(options.packages, list);
  fs.mkdirSync(CACHE_DIR, { recursive: true });

  console.log(
    `integration: ${plugin.meta?.name ?? 'plugin'} ${plugin.meta?.version ?? ''}, ` +
      `${ruleIds.length} rule${ruleIds.length === 1 ? '' : 's'} (${ruleIds.join(', ')}), ${selected.length} package${selected.length === 1 ? '' : 's'}`,
  );

  // Every package lives under CACHE_DIR, which is the Linter's cwd: flat configs match files against it.
  const linter = new PassCountingLinter({ configType: 'flat', cwd: CACHE_DIR });
  /** @type {Map<string, ReturnType<typeof configsFor>>} */
  const configCache = new Map();
  const configsOf = (/** @type {ReturnType<typeof languageOf>} */ language) => {
    const key = `${language.parser}:${language.sourceType}:${language.jsx}`;
    if (!configCache.has(key)) configCache.set(key, configsFor(language, plugin, ruleIds));
    return /** @type {ReturnType<typeof configsFor>} */ (configCache.get(key));
  };

  const sink = { reports: /** @type {Report[]} */ ([]), crashes: /** @type {Crash[]} */ ([]), brokenFixes: /** @type {BrokenFix[]} */ ([]), brokenSuggestions: /** @type {BrokenSuggestion[]} */ ([]), suggestions: 0, unsettled: /** @type {Report[]} */ ([]) };
  /** @type {PackageResult[]} */
  const results = [];
  for (const pkg of selected) {
    const root = await preparePackage(pkg);
    const result = runPackage(pkg, root, linter, configsOf, sink);
    results.push(result);
    const reports = Object.values(result.reportsByRule).reduce((sum, count) => sum + count, 0);
    console.log(`  ${pkg.name}@${pkg.version}: ${result.files} files, ${result.unparsable.length} unparsable, ${reports} reports (${result.seconds.toFixed(1)}s)`);
  }

  // A crash hides the reports of its file: an update now would drop their verdicts as stale.
  const isUpdating = options.update && sink.crashes.length === 0;
  const ledgers = await checkLedgers(ruleIds, sink.reports, selected, isUpdating);
  printReport(ruleIds, results, sink, options.verbose, options.reportFile, ledgers);
  printLedgers(ledgers, isUpdating);
  if (options.update && !isUpdating) console.log('\nLedger not updated: a crash hides the reports of its file (see Crashes)');

  const seconds = (performance.now() - started) / 1000;
  const files = results.reduce((sum, result) => sum + result.files, 0);
  fs.mkdirSync(path.dirname(options.reportFile), { recursive: true });
  fs.writeFileSync(
    options.reportFile,
    `${JSON.stringify(
      {
        plugin: { name: plugin.meta?.name, version: plugin.meta?.version },
        rules: ruleIds,
        seconds: Number(seconds.toFixed(1)),
        packages: results,
        reports: sink.reports,
        crashes: sink.crashes,
        brokenFixes: sink.brokenFixes,
        brokenSuggestions: sink.brokenSuggestions,
        unsettledFixes: sink.unsettled,
      },
      null,
      2,
    )}\n`,
  );

  console.log(`\nreport: ${path.relative(process.cwd(), options.reportFile)}; elapsed ${seconds.toFixed(1)}s`);
  const verdicts = sumKinds(ledgers.flatMap((ledger) => ledger.kinds));
  const unledgered = ledgers.reduce((sum, ledger) => sum + ledger.unledgered.length, 0);
  const stale = ledgers.reduce((sum, ledger) => sum + ledger.stale.length, 0);
  console.log(
    `integration: ${files} files, ${sink.crashes.length} crashes, ${sink.brokenFixes.length} broken fixes, ` +
      `${sink.brokenSuggestions.length} broken suggestions (of ${sink.suggestions}), ${sink.reports.length} reports ` +
      `(${verdicts.real} real, ${verdicts.harmless} harmless, ${verdicts.false} false, ${verdicts.unjudged} unjudged, ` +
      `${unledgered} not in the ledger, ${stale} stale${isUpdating ? ' dropped' : ''})`,
  );
  const isBroken = sink.crashes.length > 0 || sink.brokenFixes.length > 0 || sink.brokenSuggestions.length > 0;
  return isBroken || isLedgerFailing(ledgers, isUpdating) ? 1 : 0;
}

// The benchmark (test/benchmark/run.js) imports the building blocks below; only a direct run lints.
export { CACHE_DIR, HarnessError, configsFor, languageOf, loadPlugin, preparePackage, selectFiles, selectPackages, selectRules };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      if (!(error instanceof HarnessError)) throw error;
      console.error(`integration: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
