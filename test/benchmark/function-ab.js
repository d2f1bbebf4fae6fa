// A/B of one analysis function of two builds, over the inputs the rules ask it about on the corpus.
//
// A change that saves 1% of the rule time is below what an A/B of whole lints can see (compare.js: two copies of one
// build differ by up to 2% in total, 5% for one rule). Timed alone, over its own candidates, a function shows a change
// of about 10% or more (two copies of one build came within 7% of each other over every second file, three rounds;
// single rounds move by a fifth). Every corpus file is parsed once per
// round; the function's candidates are collected there, and each build's function is run over them in turn (the order
// alternating from file to file), with that build's own slot access. A first pass over the corpus only compares each
// candidate's answers from the two builds (a difference is listed and the run exits 1); it is not timed, since the
// functions keep what they found per node, and a second call on the same nodes would be timed from those caches.
//
// Functions, and the candidates they are run over:
// - getCheckThenAct: every write (assignment, or `set` call on a Map-like) in an async function or generator that
//   resolves to shared state and may have an absence check before it, as no-async-lazy-init-race asks (minus the
//   rule's own filters on the value written, which do not change what the function does);
// - getLateStateClaims: every async function or generator with a block body, as no-state-flag-after-await asks.
//
// Usage: node test/benchmark/function-ab.js --before <dist/index.js> --after <dist/index.js> --function <name>
//        [--every 2] [--rounds 3]
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import { CACHE_DIR, configsFor } from '../integration/run.js';
import { loadCorpus } from './corpus.js';

const USAGE = `usage: node test/benchmark/function-ab.js --before <dist/index.js> --after <dist/index.js>
       --function <getCheckThenAct | getLateStateClaims> [--every 2] [--rounds 3]`;

const OPTIONS = /** @type {const} */ ({
  before: { type: 'string' },
  after: { type: 'string' },
  function: { type: 'string' },
  every: { type: 'string', default: '2' },
  rounds: { type: 'string', default: '3' },
  help: { type: 'boolean', short: 'h', default: false },
});

const ms = (value) => `${value.toFixed(1)} ms`;

const range = (node) => node?.range ?? null;

/**
 * Per function: the node types its candidates are found at, whether a node is one (with a build's modules, to read
 * its filters), how the function is called on one, and its answer as text (ranges and flags, comparable across builds).
 */
const SUBJECTS = {
  getCheckThenAct: {
    nodeTypes: ['AssignmentExpression', 'CallExpression'],
    isCandidate: (node, build) => build.program.isInSuspendableFunction(node) && build.state.mayHaveAbsenceCheck(node),
    prepare: (node, build, access) => access.getWrite(node),
    call: (build, write, access, sourceCode) => build.state.getCheckThenAct(write, access, sourceCode),
    describe: (race) =>
      JSON.stringify(
        race && {
          check: { kind: race.check.kind, node: range(race.check.node), test: range(race.check.test), list: range(race.check.list) },
          suspension: range(race.suspension),
          isRefresh: race.isRefresh,
          isPrecondition: race.isPrecondition,
        },
      ),
  },
  getLateStateClaims: {
    nodeTypes: ['ArrowFunctionExpression', 'FunctionDeclaration', 'FunctionExpression'],
    isCandidate: (node) => (node.async || node.generator) && node.body.type === 'BlockStatement',
    prepare: (node) => node,
    call: (build, fn, access, sourceCode) => build.state.getLateStateClaims(fn, access, sourceCode),
    describe: (claims) =>
      JSON.stringify(
        claims.map((claim) => ({
          assignment: range(claim.assignment),
          guard: range(claim.guard.statement),
          lastGuard: range(claim.lastGuard.statement),
          suspension: range(claim.firstSuspension),
          isLocked: claim.isLocked,
          isPrecondition: claim.isPrecondition,
          via: range(claim.via),
        })),
      ),
  },
};

async function main() {
  const { values: options } = parseArgs({ options: OPTIONS });
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const subject = SUBJECTS[options.function ?? ''];
  if (!options.before || !options.after || !subject) {
    console.error(`${!subject ? `unknown --function ${options.function ?? '(none)'}` : '--before and --after are required'}\n${USAGE}`);
    return 2;
  }
  /** @type {Record<'before' | 'after', any>} */
  /** A build's analysis modules: state (the functions compared) and program (the candidates' filters). */
  const loadBuild = async (entry) => ({
    state: await import(path.resolve(path.dirname(entry), 'rules/analysis/state/index.js')),
    program: await import(path.resolve(path.dirname(entry), 'rules/analysis/program/index.js')),
  });
  const builds = { before: await loadBuild(options.before), after: await loadBuild(options.after) };
  const files = await loadCorpus({ every: Number(options.every) });
  const linter = new Linter({ configType: 'flat', cwd: CACHE_DIR });
  const rounds = Number(options.rounds);
  const totals = { before: 0, after: 0 };
  let candidates = 0;
  let differences = 0;
  let fileIndex = 0;
  let isCheckPass = true;

  /** Collects the candidates of one file, then compares (the first pass) or times (each round after it) both builds on them. */
  const probe = {
    meta: { schema: [] },
    create(context) {
      const { sourceCode } = context;
      const nodes = [];
      const collect = (node) => {
        if (subject.isCandidate(node, builds.after)) nodes.push(node);
      };
      return {
        ...Object.fromEntries(subject.nodeTypes.map((type) => [type, collect])),
        'Program:exit'() {
          if (nodes.length === 0) return;
          const inputs = {};
          for (const name of ['before', 'after']) {
            const access = builds[name].state.createSlotAccess(sourceCode);
            inputs[name] = { access, values: nodes.map((node) => subject.prepare(node, builds[name], access)) };
          }
          if (isCheckPass) {
            nodes.forEach((node, index) => {
              const [before, after] = ['before', 'after'].map((name) => {
                const value = inputs[name].values[index];
                return value ? subject.describe(subject.call(builds[name], value, inputs[name].access, sourceCode)) : 'no input';
              });
              if (before === 'no input' && after === 'no input') return;
              candidates += 1;
              if (before === after) return;
              differences += 1;
              if (differences <= 20) console.log(`${context.filename}:${node.loc.start.line}\n  before: ${before}\n  after:  ${after}`);
            });
            return;
          }
          const order = fileIndex % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
          fileIndex += 1;
          for (const name of order) {
            const { access, values } = inputs[name];
            const started = performance.now();
            for (const value of values) if (value) subject.call(builds[name], value, access, sourceCode);
            totals[name] += performance.now() - started;
          }
        },
      };
    },
  };
  const plugins = { probe: { rules: { probe } } };
  const pass = () => {
    for (const { filename, source, language } of files) {
      const [config] = configsFor(language, { rules: {} }, []).parseOnly;
      linter.verify(source, [{ ...config, plugins, rules: { 'probe/probe': 'error' } }], { filename });
    }
  };
  pass();
  isCheckPass = false;
  console.log(`checked: ${candidates} candidates, ${differences} answered differently`);
  for (let round = 0; round < rounds; round += 1) {
    const roundStart = { ...totals };
    pass();
    console.log(
      `round ${round + 1}/${rounds}: before ${ms(totals.before - roundStart.before)}, after ${ms(totals.after - roundStart.after)}`,
    );
  }
  console.log(`${options.function} on ${candidates} candidates in ${files.length} files (one corpus file in ${options.every})`);
  console.log(`before ${ms(totals.before)}, after ${ms(totals.after)}: ${(((totals.after - totals.before) / totals.before) * 100).toFixed(1)}%`);
  if (differences > 0) {
    console.log(`${differences} candidates answered differently`);
    return 1;
  }
  console.log('The same answer for every candidate, both builds.');
  return 0;
}

process.exitCode = await main();
