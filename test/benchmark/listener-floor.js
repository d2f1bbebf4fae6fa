// How much of the rules' time is analysis, and how much is what ESLint charges a rule for being there at all?
//
// Lints the corpus (the pinned packages of test/integration, as run.js reads them) with the built plugin, and right
// after each file, with a plugin of no-op rules of the same names that register, on that file, exactly the listeners
// the real rule registered there (a real rule registers none in a file it cannot report in). The no-op rules' time,
// by ESLint's own per-rule `stats`, is the part no change inside a rule's analysis can take: calling and timing each
// listener on every node of its type, the rule's context, options and `create`. The rest is the analysis.
// Prints, per rule, both times from the last round (the first warms the JIT) and the analysis' share.
//
// Usage: node test/benchmark/listener-floor.js [--plugin dist/index.js] [--every 3] [--rounds 2]
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import { CACHE_DIR, configsFor, loadPlugin } from '../integration/run.js';
import { loadCorpus, perLanguage } from './corpus.js';

const { values } = parseArgs({
  options: {
    plugin: { type: 'string', default: 'dist/index.js' },
    every: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
  },
});
const every = Number(values.every);
const rounds = Number(values.rounds);
if (!(every >= 1) || !(rounds >= 1)) {
  console.error('usage: node test/benchmark/listener-floor.js [--plugin dist/index.js] [--every 3] [--rounds 2]');
  process.exit(2);
}

const plugin = await loadPlugin(path.resolve(values.plugin));
const ruleNames = Object.keys(plugin.rules);

/** The listener keys each rule registered on the file being linted, recorded by a wrapper around its `create`. */
const registered = new Map();
const recording = {
  ...plugin,
  rules: Object.fromEntries(
    ruleNames.map((name) => {
      const rule = plugin.rules[name];
      return [
        name,
        {
          ...rule,
          create(context) {
            const listeners = rule.create(context);
            registered.set(name, Object.keys(listeners));
            return listeners;
          },
        },
      ];
    }),
  ),
};

/** No-op rules of the same names: each registers the keys its real rule registered on this file, and does nothing. */
const noop = () => {};
const noopPlugin = {
  rules: Object.fromEntries(
    ruleNames.map((name) => [
      name,
      {
        meta: { ...plugin.rules[name].meta, hasSuggestions: false, fixable: undefined },
        create: () => Object.fromEntries((registered.get(name) ?? []).map((key) => [key, noop])),
      },
    ]),
  ),
};

const files = await loadCorpus({ every });

const linter = new Linter({ configType: 'flat', cwd: CACHE_DIR });
const configsOf = perLanguage((language) => ({
  real: configsFor(language, recording, ruleNames).lint,
  noop: configsFor(language, noopPlugin, ruleNames).lint,
}));
const ruleTimes = () => linter.getTimes().passes?.[0]?.rules ?? {};

let real = {};
let floor = {};
for (let round = 0; round < rounds; round += 1) {
  real = {};
  floor = {};
  for (const { filename, source, language } of files) {
    const config = configsOf(language);
    registered.clear();
    linter.verifyAndFix(source, config.real, { filename, stats: true, fix: false });
    for (const [rule, { total }] of Object.entries(ruleTimes())) real[rule] = (real[rule] ?? 0) + total;
    linter.verifyAndFix(source, config.noop, { filename, stats: true, fix: false });
    for (const [rule, { total }] of Object.entries(ruleTimes())) floor[rule] = (floor[rule] ?? 0) + total;
  }
  process.stderr.write(`  round ${round + 1}/${rounds} done\n`);
}

const ms = (value) => `${value.toFixed(1)} ms`;
const sum = (times) => Object.values(times).reduce((total, value) => total + value, 0);
console.log(`Corpus: ${files.length} files (every ${every}th), round ${rounds} of ${rounds}.\n`);
console.log('| rule | rule time | no-op rule, same listeners | analysis (the difference) |');
console.log('| --- | ---: | ---: | ---: |');
for (const rule of Object.keys(real).sort()) {
  const difference = real[rule] - (floor[rule] ?? 0);
  console.log(`| ${rule} | ${ms(real[rule])} | ${ms(floor[rule] ?? 0)} | ${ms(difference)} (${((difference / real[rule]) * 100).toFixed(0)}%) |`);
}
const total = sum(real);
console.log(`| all | ${ms(total)} | ${ms(sum(floor))} | ${ms(total - sum(floor))} (${(((total - sum(floor)) / total) * 100).toFixed(0)}%) |`);
