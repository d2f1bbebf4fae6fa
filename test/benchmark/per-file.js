// Where on the corpus does the rules' time over the goal go: a few files, or every file a little?
//
// Lints each corpus file (the pinned packages of test/integration, as run.js reads them) with no rules (the floor)
// and with the built plugin's rules, file after file, keeping each file's lowest times over the rounds (as
// compare.js's summed minima do: a disturbed measure is only ever too high). Then prints:
// - the rules' time over the floor, and the excess over the goal (`--goal`, 3%: the part a faster build must shed);
// - how that excess is spread: the share held by the costliest files, and by file size;
// - the quantiles of each file's own ratio;
// - the files with the largest excess, with their costliest rules.
// A file with one of its rule reports pays for the report's message and suggestions too: `reported` says which.
//
// Usage: node test/benchmark/per-file.js [--plugin dist/index.js] [--every 3] [--rounds 2] [--goal 3] [--top 20]
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import { CACHE_DIR, configsFor, loadPlugin } from '../integration/run.js';
import { loadCorpus, perLanguage } from './corpus.js';

const USAGE = 'usage: node test/benchmark/per-file.js [--plugin dist/index.js] [--every 3] [--rounds 2] [--goal 3] [--top 20]';
const { values } = parseArgs({
  options: {
    plugin: { type: 'string', default: 'dist/index.js' },
    every: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    goal: { type: 'string', default: '3' },
    top: { type: 'string', default: '20' },
  },
});
const every = Number(values.every);
const rounds = Number(values.rounds);
const goal = Number(values.goal) / 100;
const top = Number(values.top);
if (!(every >= 1) || !(rounds >= 1) || !(goal > 0) || !(top >= 0)) {
  console.error(USAGE);
  process.exit(2);
}

const plugin = await loadPlugin(path.resolve(values.plugin));
const ruleNames = Object.keys(plugin.rules);
const files = await loadCorpus({ every });
const linter = new Linter({ configType: 'flat', cwd: CACHE_DIR });
const configsOf = perLanguage((language) => configsFor(language, plugin, ruleNames));

/** Per file: its size, its lowest floor, its lowest rule time (the sum over rules) with that run's per-rule times. */
const results = files.map(({ filename, source }) => ({
  file: path.relative(CACHE_DIR, filename),
  size: source.length,
  floor: Number.POSITIVE_INFINITY,
  rules: Number.POSITIVE_INFINITY,
  byRule: {},
  reported: false,
}));
for (let round = 0; round < rounds; round += 1) {
  files.forEach(({ filename, source, language }, index) => {
    const { lint, parseOnly } = configsOf(language);
    const result = results[index];
    const start = performance.now();
    linter.verifyAndFix(source, parseOnly, { filename, fix: false });
    result.floor = Math.min(result.floor, performance.now() - start);
    const { messages } = linter.verifyAndFix(source, lint, { filename, stats: true, fix: false });
    const byRule = Object.fromEntries(
      Object.entries(linter.getTimes().passes?.[0]?.rules ?? {}).map(([rule, { total }]) => [rule.replace(/^concurrency\//u, ''), total]),
    );
    const total = Object.values(byRule).reduce((sum, time) => sum + time, 0);
    if (total < result.rules) {
      result.rules = total;
      result.byRule = byRule;
    }
    result.reported = messages.some((message) => message.ruleId?.startsWith('concurrency/'));
  });
  process.stderr.write(`  round ${round + 1}/${rounds} done\n`);
}

const sum = (list, get) => list.reduce((total, item) => total + get(item), 0);
const percent = (part, whole) => `${((part / whole) * 100).toFixed(2)}%`;
const excessOf = (result) => result.rules - goal * result.floor;
const floor = sum(results, (result) => result.floor);
const rules = sum(results, (result) => result.rules);
const excess = rules - goal * floor;

console.log(`Corpus: ${results.length} files (every ${every}th), each file's lowest times over ${rounds} rounds.\n`);
console.log(`The rules: ${rules.toFixed(1)} ms over a floor of ${floor.toFixed(1)} ms, ${percent(rules, floor)}.`);
console.log(`Over the goal of ${values.goal}%: ${excess.toFixed(1)} ms, ${percent(excess, rules)} of the rules' time.\n`);

const reported = results.filter((result) => result.reported);
const reportedRules = sum(reported, (result) => result.rules);
console.log(
  `The ${reported.length} files with a report take ${reportedRules.toFixed(1)} ms of the rules' time (${percent(reportedRules, rules)}), ` +
    `${percent(reportedRules, sum(reported, (result) => result.floor))} of their floor; the others ${percent(rules - reportedRules, floor - sum(reported, (result) => result.floor))} of theirs.\n`,
);

const byExcess = results.toSorted((left, right) => excessOf(right) - excessOf(left));
console.log('| costliest files, by excess over the goal | their excess | share of the total excess |');
console.log('| ---: | ---: | ---: |');
for (const count of [10, 100, 1000]) {
  if (count > results.length) break;
  const part = sum(byExcess.slice(0, count), excessOf);
  console.log(`| ${count} | ${part.toFixed(1)} ms | ${percent(part, excess)} |`);
}
const over = byExcess.filter((result) => excessOf(result) > 0);
console.log(`| all ${over.length} files over the goal | ${sum(over, excessOf).toFixed(1)} ms | ${percent(sum(over, excessOf), excess)} |\n`);

console.log('| file size | files | floor | rules | over the floor | files with a report |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [low, high] of [[0, 1000], [1000, 5000], [5000, 20000], [20000, 100000], [100000, Number.POSITIVE_INFINITY]]) {
  const bucket = results.filter((result) => result.size >= low && result.size < high);
  if (bucket.length === 0) continue;
  const label = high === Number.POSITIVE_INFINITY ? `${low} characters and more` : `${low}–${high} characters`;
  const bucketFloor = sum(bucket, (result) => result.floor);
  const bucketRules = sum(bucket, (result) => result.rules);
  const reported = bucket.filter((result) => result.reported).length;
  console.log(`| ${label} | ${bucket.length} | ${bucketFloor.toFixed(1)} ms | ${bucketRules.toFixed(1)} ms | ${percent(bucketRules, bucketFloor)} | ${reported} |`);
}

const ratios = results.map((result) => result.rules / result.floor).toSorted((left, right) => left - right);
const quantile = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))];
console.log(`\nEach file's own ratio: ${[0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map((q) => `${q * 100}th percentile ${(quantile(q) * 100).toFixed(1)}%`).join(', ')}.`);

if (top > 0) {
  console.log(`\n| file | size | floor | rules | over the floor | reported | costliest rules |`);
  console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
  for (const result of byExcess.slice(0, top)) {
    const costliest = Object.entries(result.byRule)
      .toSorted((left, right) => right[1] - left[1])
      .slice(0, 2)
      .map(([rule, time]) => `${rule} ${time.toFixed(1)} ms`)
      .join(', ');
    console.log(
      `| ${result.file} | ${result.size} | ${result.floor.toFixed(1)} ms | ${result.rules.toFixed(1)} ms | ${percent(result.rules, result.floor)} | ${result.reported ? 'yes' : 'no'} | ${costliest} |`,
    );
  }
}
