// What a lint costs in wall time with the plugin's rules, and with `require-atomic-updates` alone, over the floor (no
// rules): the time a user waits for, where the benchmark's ratios count only the time ESLint's `stats` charge to the
// rules' own code. The difference is ESLint's work for a rule outside that code: its context and options per file,
// registering its listeners, dispatching each node to them, and the timers themselves when `stats` is on.
//
// Each file is linted four ways in turn (the floor; the plugin; `require-atomic-updates`; the plugin with `stats`,
// whose rule times are summed as the benchmark sums them), the order rotated per file and round, so that no way is
// always the first to meet a file. Each file's lowest time per way over the rounds is kept (as compare.js's summed
// minima: a disturbed measure is only ever too high).
//
// Usage: node test/benchmark/wall-time.js [--plugin dist/index.js] [--every 1] [--rounds 2]
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import { CACHE_DIR, configsFor, loadPlugin } from '../integration/run.js';
import { loadCorpus, perLanguage } from './corpus.js';

const USAGE = 'usage: node test/benchmark/wall-time.js [--plugin dist/index.js] [--every 1] [--rounds 2]';
const { values } = parseArgs({
  options: {
    plugin: { type: 'string', default: 'dist/index.js' },
    every: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '2' },
  },
});
const every = Number(values.every);
const rounds = Number(values.rounds);
if (!(every >= 1) || !(rounds >= 1)) {
  console.error(USAGE);
  process.exit(2);
}

const BASELINE_RULE = 'require-atomic-updates';
const plugin = await loadPlugin(path.resolve(values.plugin));
const ruleNames = Object.keys(plugin.rules);
const files = await loadCorpus({ every });
const linter = new Linter({ configType: 'flat', cwd: CACHE_DIR });
const configsOf = perLanguage((language) => {
  const { lint, parseOnly } = configsFor(language, plugin, ruleNames);
  return { lint, parseOnly, baseline: [{ ...parseOnly[0], rules: { [BASELINE_RULE]: 'error' } }] };
});

const WAYS = ['floor', 'plugin', 'baseline', 'pluginStats'];
/** Per way, each file's lowest wall time; and each file's lowest sum of the plugin's rule times under `stats`. */
const lowest = Object.fromEntries(WAYS.map((way) => [way, files.map(() => Number.POSITIVE_INFINITY)]));
const lowestStats = files.map(() => Number.POSITIVE_INFINITY);
for (let round = 0; round < rounds; round += 1) {
  files.forEach(({ filename, source, language }, index) => {
    const { lint, parseOnly, baseline } = configsOf(language);
    const run = {
      floor: () => linter.verify(source, parseOnly, { filename }),
      plugin: () => linter.verify(source, lint, { filename }),
      baseline: () => linter.verify(source, baseline, { filename }),
      pluginStats: () => linter.verifyAndFix(source, lint, { filename, stats: true, fix: false }),
    };
    const first = (index + round) % WAYS.length;
    for (const way of [...WAYS.slice(first), ...WAYS.slice(0, first)]) {
      const started = performance.now();
      run[way]();
      lowest[way][index] = Math.min(lowest[way][index], performance.now() - started);
      // The rule times are read after the clock stops: reading them is no part of the lint.
      if (way === 'pluginStats') {
        const times = Object.values(linter.getTimes().passes?.[0]?.rules ?? {});
        lowestStats[index] = Math.min(lowestStats[index], times.reduce((sum, { total }) => sum + total, 0));
      }
    }
  });
  process.stderr.write(`  round ${round + 1}/${rounds} done\n`);
}

const sum = (list) => list.reduce((total, time) => total + time, 0);
const floor = sum(lowest.floor);
const over = (way) => sum(lowest[way]) - floor;
const percent = (time) => `${((time / floor) * 100).toFixed(2)}%`;
console.log(`Corpus: ${files.length} files (every ${every}th), each file's lowest time per way over ${rounds} rounds.\n`);
console.log('| measure | time | over the floor |');
console.log('| --- | ---: | ---: |');
console.log(`| floor: parse + scope + traverse, no rules | ${floor.toFixed(1)} ms | |`);
console.log(`| the plugin's ${ruleNames.length} rules, wall time over the floor | ${over('plugin').toFixed(1)} ms | ${percent(over('plugin'))} |`);
console.log(`| \`${BASELINE_RULE}\` alone, wall time over the floor | ${over('baseline').toFixed(1)} ms | ${percent(over('baseline'))} |`);
console.log(`| the plugin's rules with \`stats\` on, wall time over the floor | ${over('pluginStats').toFixed(1)} ms | ${percent(over('pluginStats'))} |`);
console.log(`| the plugin's rule times as \`stats\` counts them | ${sum(lowestStats).toFixed(1)} ms | ${percent(sum(lowestStats))} |`);
