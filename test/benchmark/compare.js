// A/B comparison of two builds of the plugin: are their messages identical, and what does each cost?
//
// Given two built plugins (`--before` and `--after`, each a `dist/index.js`), lints every corpus file (the pinned
// packages of test/integration, read with the helpers the integration run exports, as run.js does) with no rules
// (the floor) and with each build's rules, the two builds in alternating order from file to file so that machine
// noise falls on both alike. Then:
// 1. compares every message of every file between the two builds: rule, message id, positions, message text,
//    severity, fix (range and text) and suggestions (id, description, fix); any difference is listed (file, then
//    the first differing messages of each build) and the run exits 1;
// 2. prints each rule's time (ESLint's own per-rule `stats`) and its share of the floor, both builds side by side:
//    for the round with the lowest floor (the one the machine disturbed least, as run.js reports), and as the sum
//    over files of each file's lowest time over the rounds (floor too). On a shared machine the second is the steadier:
//    a file linted while the machine was busy elsewhere costs more, never less, and one undisturbed round per file is
//    enough: two copies of one build differed by 1.7% in total (±3% for the larger rules) where the first moved 6%.
// Generated files (test/benchmark/generate.js, `--sizes`) are linted both ways too and compared the same way,
// since the corpus has few large files.
//
// Usage: node test/benchmark/compare.js --before <dist/index.js> --after <dist/index.js>
//        [--rounds 2] [--every 1] [--sizes 2000,10000,20000] [--generated-rounds 3]
// `--every N` lints every Nth corpus file only (a quicker, noisier run). Messages are compared in the first round.
// A "before" build: copy dist/ and package.json (dist reads it from `../package.json`) aside before changing
// anything, e.g. `mkdir -p .scratch/before && cp -r dist .scratch/before/ && cp package.json .scratch/before/`.
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { CACHE_DIR, HarnessError, configsFor, loadPlugin, selectRules } from '../integration/run.js';
import { loadCorpus, perLanguage } from './corpus.js';
import { generateLines } from './generate.js';

const USAGE = `usage: node test/benchmark/compare.js --before <dist/index.js> --after <dist/index.js>
       [--rounds 2] [--every 1] [--sizes 2000,10000,20000] [--generated-rounds 3]`;

const OPTIONS = /** @type {const} */ ({
  before: { type: 'string' },
  after: { type: 'string' },
  rounds: { type: 'string', default: '2' },
  every: { type: 'string', default: '1' },
  sizes: { type: 'string', default: '2000,10000,20000' },
  'generated-rounds': { type: 'string', default: '3' },
  help: { type: 'boolean', short: 'h', default: false },
});

function readOptions() {
  try {
    const { values } = parseArgs({ options: OPTIONS });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!values.before || !values.after) throw new Error('--before and --after are required');
    return values;
  } catch (error) {
    console.error(`${/** @type {Error} */ (error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const options = readOptions();

const ms = (value) => `${value.toFixed(1)} ms`;
const percent = (part, whole) => `${((part / whole) * 100).toFixed(2)}%`;

/** What of a message must not change between builds, in a fixed key order so that the JSON text compares. */
function describeMessage(message) {
  const fix = (value) => (value ? { range: value.range, text: value.text } : null);
  return JSON.stringify({
    ruleId: message.ruleId,
    messageId: message.messageId ?? null,
    severity: message.severity,
    fatal: message.fatal ?? false,
    line: message.line,
    column: message.column,
    endLine: message.endLine ?? null,
    endColumn: message.endColumn ?? null,
    message: message.message,
    fix: fix(message.fix),
    suggestions: (message.suggestions ?? []).map((suggestion) => ({
      messageId: suggestion.messageId ?? null,
      desc: suggestion.desc,
      data: suggestion.data ?? null,
      fix: fix(suggestion.fix),
    })),
  });
}

/** One lint with per-rule stats: the messages (described) and each rule's time. */
function lintWithStats(linter, source, config, filename) {
  const { messages } = linter.verifyAndFix(source, config, { filename, stats: true, fix: false });
  const times = Object.entries(linter.getTimes().passes?.[0]?.rules ?? {}).map(([rule, { total }]) => [rule, total]);
  return { messages: messages.map(describeMessage), times };
}

/** The differences between two lists of described messages, as lines to print (empty when identical). */
function diffMessages(label, before, after) {
  if (before.length === after.length && before.every((message, index) => message === after[index])) return [];
  const lines = [`${label}: ${before.length} messages before, ${after.length} after`];
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  for (const message of before.filter((m) => !afterSet.has(m)).slice(0, 5)) lines.push(`  - before only: ${message}`);
  for (const message of after.filter((m) => !beforeSet.has(m)).slice(0, 5)) lines.push(`  + after only:  ${message}`);
  if (lines.length === 1) lines.push('  (same messages, in a different order)');
  return lines;
}

function addTimes(totals, times) {
  for (const [rule, total] of times) totals.set(rule, (totals.get(rule) ?? 0) + total);
}

function printTable(title, floor, before, after) {
  const rules = [...new Set([...before.keys(), ...after.keys()])].sort();
  const sum = (totals) => [...totals.values()].reduce((total, value) => total + value, 0);
  const row = (name, b, a) =>
    `| ${name} | ${ms(b)} | ${percent(b, floor)} | ${ms(a)} | ${percent(a, floor)} | ${(((a - b) / b) * 100).toFixed(1)}% |`;
  console.log(`\n${title}, floor ${ms(floor)}\n`);
  console.log('| rule | before | over the floor | after | over the floor | change |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(row(`the plugin's ${rules.length} rules`, sum(before), sum(after)));
  for (const rule of rules) console.log(row(rule, before.get(rule) ?? 0, after.get(rule) ?? 0));
}

async function main() {
  const before = await loadPlugin(path.resolve(options.before));
  const after = await loadPlugin(path.resolve(options.after));
  const ruleIds = selectRules(before.rules, []);
  const afterIds = selectRules(after.rules, []);
  if (ruleIds.join() !== afterIds.join()) throw new HarnessError(`the builds differ in rules: ${ruleIds} / ${afterIds}`);
  const corpus = await loadCorpus({ every: Number(options.every) });
  const linter = new Linter({ configType: 'flat', cwd: CACHE_DIR });
  const configsOf = perLanguage((language) => {
    const a = configsFor(language, before, ruleIds);
    return { parseOnly: a.parseOnly, before: a.lint, after: configsFor(language, after, ruleIds).lint };
  });

  const differences = [];
  let messageCount = 0;
  let best = null;
  // Per file, its lowest floor and each build's lowest time per rule over the rounds.
  const minFloor = new Float64Array(corpus.length).fill(Number.POSITIVE_INFINITY);
  const minTimes = { before: new Map(), after: new Map() };
  const keepMin = (build, index, times) => {
    for (const [rule, time] of times) {
      let perFile = minTimes[build].get(rule);
      if (!perFile) minTimes[build].set(rule, (perFile = new Float64Array(corpus.length).fill(Number.POSITIVE_INFINITY)));
      perFile[index] = Math.min(perFile[index], time);
    }
  };
  const rounds = Number(options.rounds);
  for (let round = 0; round < rounds; round += 1) {
    let floor = 0;
    const totals = { before: new Map(), after: new Map() };
    let fileIndex = 0;
    for (const { filename, source, language } of corpus) {
      const config = configsOf(language);
      const started = performance.now();
      linter.verify(source, config.parseOnly, { filename });
      const fileFloor = performance.now() - started;
      floor += fileFloor;
      minFloor[fileIndex] = Math.min(minFloor[fileIndex], fileFloor);
      // Alternate which build goes first (per file and per round), so that neither always lints a warm file.
      const order = (fileIndex + round) % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
      const results = {};
      for (const build of order) {
        results[build] = lintWithStats(linter, source, config[build], filename);
        addTimes(totals[build], results[build].times);
        keepMin(build, fileIndex, results[build].times);
      }
      fileIndex += 1;
      if (round === 0) messageCount += results.before.messages.length;
      const diff = diffMessages(path.relative(CACHE_DIR, filename), results.before.messages, results.after.messages);
      if (diff.length > 0 && round === 0) differences.push(...diff);
    }
    process.stderr.write(`  corpus round ${round + 1}/${rounds}: floor ${ms(floor)}\n`);
    if (!best || floor < best.floor) best = { floor, ...totals };
  }
  console.log(`Corpus: ${corpus.length} files${options.every === '1' ? '' : ` (every ${options.every}th)`}, ${messageCount} messages per build.`);
  printTable(`Round with the lowest floor of ${rounds}`, best.floor, best.before, best.after);
  const sumOf = (values) => values.reduce((total, value) => total + value, 0);
  const minTotals = (build) => new Map([...minTimes[build]].map(([rule, perFile]) => [rule, sumOf([...perFile])]));
  if (rounds > 1) printTable(`Each file's lowest time over ${rounds} rounds, summed`, sumOf([...minFloor]), minTotals('before'), minTotals('after'));

  // Generated files: same comparison, each size linted by both builds in turn, best of `generated-rounds`.
  const generatedConfig = (plugin) => [
    {
      files: ['**/*.ts'],
      plugins: { concurrency: plugin },
      languageOptions: { parser: tsParser, sourceType: 'module' },
      rules: Object.fromEntries(ruleIds.map((id) => [`concurrency/${id}`, 'error'])),
    },
  ];
  const sizes = options.sizes ? options.sizes.split(',').map(Number).filter(Boolean) : [];
  for (const lines of sizes) {
    const source = generateLines(lines);
    const filename = path.join(CACHE_DIR, `generated-${lines}.ts`);
    const bests = { before: null, after: null };
    let count = 0;
    for (let round = 0; round < Number(options['generated-rounds']); round += 1) {
      const results = {};
      for (const build of round % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
        results[build] = lintWithStats(linter, source, generatedConfig(build === 'before' ? before : after), filename);
        const total = results[build].times.reduce((sum, [, time]) => sum + time, 0);
        if (!bests[build] || total < bests[build].total) bests[build] = { total, times: new Map(results[build].times) };
      }
      count = results.before.messages.length;
      if (round === 0) differences.push(...diffMessages(`generated ${lines} lines`, results.before.messages, results.after.messages));
    }
    console.log(
      `\nGenerated ${source.split('\n').length} lines: ${count} messages per build; rules ${ms(bests.before.total)} before, ` +
        `${ms(bests.after.total)} after (best of ${options['generated-rounds']})`,
    );
  }

  if (differences.length > 0) {
    console.error(`\nMESSAGES DIFFER between the builds:\n${differences.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nIdentical messages (fixes and suggestions included) on every file, both builds.');
  }
}

main().catch((error) => {
  if (!(error instanceof HarnessError)) throw error;
  console.error(`compare: ${error.message}`);
  process.exitCode = 1;
});
