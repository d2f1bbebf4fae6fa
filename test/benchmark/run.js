// `npm run benchmark`: how long each rule takes on real code. Lints the integration corpus (the pinned packages
// of test/integration, downloaded on first use) a few times with ESLint's per-rule timing on, and prints numbers;
// nothing here asserts a time, since timings vary by machine.
import { Linter } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import {
  CACHE_DIR,
  HarnessError,
  configsFor,
  languageOf,
  loadPlugin,
  preparePackage,
  selectFiles,
  selectPackages,
  selectRules,
} from '../integration/run.js';

const ROUNDS = Number(process.env.BENCHMARK_ROUNDS ?? 3);

/** Reads every corpus file once, with the language options the integration run uses for it. */
async function loadCorpus() {
  const files = [];
  for (const pkg of selectPackages([])) {
    const root = await preparePackage(pkg);
    const typeCache = new Map();
    for (const file of selectFiles(pkg, root)) {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      files.push({ filename: path.join(root, file), source, language: languageOf(pkg, root, file, source, typeCache) });
    }
  }
  return files;
}

async function main() {
  const plugin = await loadPlugin();
  const ruleIds = selectRules(plugin.rules, []);
  const corpus = await loadCorpus();
  const bytes = corpus.reduce((sum, { source }) => sum + source.length, 0);
  const linter = new Linter({ configType: 'flat', cwd: CACHE_DIR });
  const configs = new Map();
  const configOf = (language) => {
    const key = `${language.parser}:${language.sourceType}:${language.jsx}`;
    if (!configs.has(key)) configs.set(key, configsFor(language, plugin, ruleIds).lint);
    return configs.get(key);
  };

  /** @type {Map<string, number[]>} milliseconds per rule, one entry per round */
  const ruleTimes = new Map(ruleIds.map((id) => [`concurrency/${id}`, []]));
  const parseTimes = [];
  const wallTimes = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const totals = new Map();
    let parse = 0;
    const started = performance.now();
    for (const { filename, source, language } of corpus) {
      // Per-rule timing (`stats`) is only collected by verifyAndFix; `fix: false` keeps it a plain lint.
      linter.verifyAndFix(source, configOf(language), { filename, stats: true, fix: false });
      const times = linter.getTimes();
      parse += times.passes?.[0]?.parse?.total ?? 0;
      for (const [rule, { total }] of Object.entries(times.passes?.[0]?.rules ?? {})) {
        totals.set(rule, (totals.get(rule) ?? 0) + total);
      }
    }
    wallTimes.push(performance.now() - started);
    parseTimes.push(parse);
    for (const [rule, times] of ruleTimes) times.push(totals.get(rule) ?? 0);
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const format = (ms) => `${ms.toFixed(1).padStart(8)} ms`;
  console.log(`benchmark: ${corpus.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${ROUNDS} rounds, medians`);
  console.log(`  ${'parse (all files)'.padEnd(44)}${format(median(parseTimes))}`);
  for (const [rule, times] of ruleTimes) {
    const ms = median(times);
    console.log(`  ${rule.padEnd(44)}${format(ms)}  ${((ms / corpus.length) * 1000).toFixed(1).padStart(7)} µs/file`);
  }
  console.log(`  ${'total lint wall time'.padEnd(44)}${format(median(wallTimes))}`);
}

main().catch((error) => {
  if (!(error instanceof HarnessError)) throw error;
  console.error(`benchmark: ${error.message}`);
  process.exitCode = 1;
});
