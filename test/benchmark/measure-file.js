// One measurement of `npm run benchmark`'s scaling series, run in its own process so that its peak memory
// (`maxRSS`) belongs to that measurement alone: lints one generated file of about `--lines` lines, either with
// no rules (`--mode parse`: parse, scope analysis and traversal) or with every rule of the plugin
// (`--mode rules`), `--rounds` times, and prints the best round's times (the lowest lint with no rules, the lowest
// rule time with rules) and the first round's peak memory as one line of JSON.
import process from 'node:process';
import { parseArgs } from 'node:util';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { loadPlugin } from '../integration/run.js';
import { generateLines } from './generate.js';

const { values } = parseArgs({
  options: {
    lines: { type: 'string' },
    mode: { type: 'string', default: 'rules' },
    plugin: { type: 'string' },
    rounds: { type: 'string', default: '1' },
  },
});

const plugin = await loadPlugin(values.plugin);
const rules =
  values.mode === 'rules' ? Object.fromEntries(Object.keys(plugin.rules).map((id) => [`concurrency/${id}`, 'error'])) : {};
const config = [
  { files: ['**/*.ts'], plugins: { concurrency: plugin }, languageOptions: { parser: tsParser, sourceType: 'module' }, rules },
];
const linter = new Linter({ configType: 'flat' });
const filename = 'generated.ts';

// A smaller file first, so that loading and compiling the parser and the rules is not counted.
linter.verify(generateLines(Math.min(Number(values.lines), 2000)), config, { filename });

const source = generateLines(Number(values.lines));
const rounds = Number(values.rounds);
let best = null;
let bestCost = Number.POSITIVE_INFINITY;
// Peak memory after the first round: later rounds leave garbage from earlier ones that V8 has not yet collected.
let maxRssKb = 0;
for (let round = 0; round < rounds; round += 1) {
  const started = performance.now();
  // Per-rule timing (`stats`) is only collected by verifyAndFix; `fix: false` keeps it a plain lint.
  const { messages } = linter.verifyAndFix(source, config, { filename, stats: true, fix: false });
  const wall = performance.now() - started;
  const [pass] = linter.getTimes().passes;
  const ruleTimes = Object.fromEntries(Object.entries(pass?.rules ?? {}).map(([id, { total }]) => [id, total]));
  const ruleTotal = Object.values(ruleTimes).reduce((sum, ms) => sum + ms, 0);
  const measurement = { wall, parse: pass?.parse?.total ?? 0, ruleTotal, ruleTimes, reports: messages.length };
  // The best round by what the mode measures: the whole lint for parsing alone, the rules' own time with rules. A round
  // the machine disturbed only ever costs more, and with rules the lowest lint is not always the lowest rule time (a
  // collection can land in the rules of a round whose parsing went fast).
  const cost = values.mode === 'rules' ? measurement.ruleTotal : measurement.wall;
  if (!best || cost < bestCost) {
    best = measurement;
    bestCost = cost;
  }
  if (round === 0) maxRssKb = process.resourceUsage().maxRSS;
}

const lines = source.split('\n').length;
process.stdout.write(`${JSON.stringify({ lines, mode: values.mode, ...best, maxRssKb })}\n`);
