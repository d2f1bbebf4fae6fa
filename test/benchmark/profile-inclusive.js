// Reads a V8 CPU profile (`node --cpu-prof`) of a lint run and prints, for the functions of the plugin's build,
// inclusive time (each sample credited once to every distinct function on its stack: what a function and all it
// calls cost) instead of the self time a profile viewer lists first. Three views:
// - the functions with the most inclusive time (the rules' listeners and `create`s are the entry points);
// - `--callers-of <name>`: for each sample inside a function of that name, the nearest caller of another name
//   (who starts the walks: `--callers-of walk`);
// - `--under <prefix>`: what the samples under the first frame whose label starts with `prefix` spend their time
//   in, inclusively (`--under "checkFunction rules/no-state-flag"`), ESLint's and the parser's functions included.
// A function's label is `name path:line`, the path relative to the `--filter` folder.
//
// Usage: node test/benchmark/profile-inclusive.js <file.cpuprofile> [--filter /dist/] [--top 60]
//        [--callers-of walk] [--under <prefix>]
import fs from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    filter: { type: 'string', default: '/dist/' },
    top: { type: 'string', default: '60' },
    'callers-of': { type: 'string' },
    under: { type: 'string' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node test/benchmark/profile-inclusive.js <file.cpuprofile> [--filter /dist/] [--top 60] [--callers-of walk] [--under <prefix>]');
  process.exit(2);
}

const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const top = Number(values.top);

/** The label of one of our frames, or `null` for frames outside the filter. */
function ourLabel(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  return url.includes(values.filter) ? `${functionName || '(anonymous)'} ${url.split(values.filter)[1]}:${lineNumber + 1}` : null;
}

/** Any frame's label: ours, a package's (`node_modules:<package>:<function>`), or another (`(native) name`). */
function anyLabel(node) {
  const { functionName, url } = node.callFrame;
  const ours = ourLabel(node);
  if (ours) return ours;
  if (url.includes('node_modules/')) return `node_modules:${url.split('node_modules/').at(-1).split('/').slice(0, 2).join('/')}:${functionName}`;
  return `(native) ${functionName || '(anonymous)'}`;
}

/** The stack of sample `index`, root first. */
function stackOf(index) {
  const stack = [];
  for (let id = profile.samples[index]; id !== undefined; id = parents.get(id)) stack.push(nodes.get(id));
  return stack.reverse();
}

const ms = (microseconds) => `${(microseconds / 1000).toFixed(1).padStart(9)} ms`;
const print = (title, totals) => {
  console.log(`\n${title}`);
  for (const [label, time] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(time)}  ${label}`);
};
const credit = (totals, label, time) => totals.set(label, (totals.get(label) ?? 0) + time);

let total = 0;
const inclusive = new Map();
const callers = new Map();
const under = new Map();
let underTotal = 0;
for (let index = 0; index < profile.samples.length; index += 1) {
  const time = profile.timeDeltas[index] ?? 0;
  total += time;
  const stack = stackOf(index);
  const seen = new Set();
  const seenCallers = new Set();
  let lastOther = null;
  for (const node of stack) {
    const label = ourLabel(node);
    if (!label) continue;
    if (!seen.has(label)) {
      seen.add(label);
      credit(inclusive, label, time);
    }
    if (values['callers-of'] && node.callFrame.functionName === values['callers-of']) {
      if (lastOther && !seenCallers.has(lastOther)) {
        seenCallers.add(lastOther);
        credit(callers, lastOther, time);
      }
    } else {
      lastOther = label;
    }
  }
  if (values.under) {
    const at = stack.findIndex((node) => anyLabel(node).startsWith(values.under));
    if (at === -1) continue;
    underTotal += time;
    const below = new Set(stack.slice(at + 1).map(anyLabel));
    for (const label of below) credit(under, label, time);
    if (at === stack.length - 1) credit(under, '(its own time)', time);
  }
}

console.log(`profile: ${ms(total).trim()} sampled`);
print(`inclusive time of the functions under ${values.filter}`, inclusive);
if (values['callers-of']) print(`nearest other callers of ${values['callers-of']}`, callers);
if (values.under) print(`under ${values.under} (${ms(underTotal).trim()})`, under);
