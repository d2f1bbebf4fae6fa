#!/usr/bin/env node
/**
 * The codemod over the integration corpus, as a dry run (nothing is written): every file of every pinned package
 * through the `all` transform's engine at precision `any` (every fix and cure), in the harness's file selection.
 * Fails on a crash, on a rewrite the engine had to discard (its output did not parse, or did not settle), and on an
 * output that does not parse with the harness's own parser settings for that file.
 *
 * Usage: node test/integration/codemod.js [--package <name>]... [--dist <built dist folder>] [--precision high|medium|any]
 * (build first; the corpus is unpacked by `node test/integration/run.js`).
 * @module
 */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import { CACHE_DIR, HarnessError, configsFor, languageOf, loadPlugin, preparePackage, selectFiles, selectPackages } from './run.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** How many sample failures to print per kind. */
const SAMPLES = 10;

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        package: { type: 'string', multiple: true, default: [] },
        dist: { type: 'string', default: path.resolve(HERE, '../../dist') },
        precision: { type: 'string', default: 'any' },
      },
    });
    return values;
  } catch (error) {
    throw new HarnessError(/** @type {Error} */ (error).message);
  }
}

async function main() {
  const started = performance.now();
  const options = readOptions();
  const dist = path.resolve(options.dist);
  const plugin = await loadPlugin(path.join(dist, 'index.js'));
  const engineFile = path.join(dist, 'codemods/engine/transform.js');
  if (!fs.existsSync(engineFile)) throw new HarnessError(`${engineFile} is missing: build first`);
  const { rewriteFile } = await import(pathToFileURL(engineFile).href);
  const { CRASH_PREFIX } = await import(pathToFileURL(path.join(dist, 'codemods/engine/rewrite.js')).href);
  const { ProjectConfigReader } = await import(pathToFileURL(path.join(dist, 'codemods/engine/project-config.js')).href);
  const ruleIds = Object.keys(plugin.rules);
  // The corpus has no ESLint config of ours: the reader finds none (or the repository's, which names no rule for it).
  const configReader = new ProjectConfigReader();
  const linter = new Linter({ configType: 'flat', cwd: CACHE_DIR });

  const counts = { files: 0, changed: 0, unchanged: 0, skipped: 0, rewrites: 0, left: 0 };
  /** @type {{ kind: string, where: string, detail: string }[]} */
  const problems = [];
  for (const pkg of selectPackages(options.package)) {
    const root = await preparePackage(pkg);
    const typeCache = new Map();
    for (const file of selectFiles(pkg, root)) {
      const absolute = path.join(root, file);
      const where = `${pkg.name}/${file}`;
      const source = fs.readFileSync(absolute, 'utf8');
      counts.files += 1;
      let result;
      try {
        result = await rewriteFile(absolute, source, { precision: options.precision }, ruleIds, configReader);
      } catch (error) {
        problems.push({ kind: 'crash', where, detail: /** @type {Error} */ (error).stack ?? String(error) });
        continue;
      }
      if (result.status === 'failed') {
        problems.push({ kind: result.reason.startsWith(CRASH_PREFIX) ? 'crash' : 'discarded rewrite', where, detail: result.reason });
        continue;
      }
      counts[result.status] += 1;
      if (result.status === 'skipped') continue;
      counts.rewrites += result.rewrites.length;
      counts.left += result.left.length;
      if (result.status !== 'changed') continue;
      // Re-parse with the harness's parser settings: the codemod's own check used the codemod's language choice.
      const language = languageOf(pkg, root, file, source, typeCache);
      const relative = path.relative(CACHE_DIR, absolute);
      const fatal = linter.verify(result.output, configsFor(language, plugin, []).parseOnly, relative).find((message) => message.fatal);
      if (fatal) problems.push({ kind: 'unparsable output', where, detail: `${fatal.line}:${fatal.column} ${fatal.message}` });
    }
  }

  for (const kind of new Set(problems.map((problem) => problem.kind))) {
    const ofKind = problems.filter((problem) => problem.kind === kind);
    console.log(`${kind}: ${ofKind.length}`);
    for (const problem of ofKind.slice(0, SAMPLES)) console.log(`  ${problem.where}: ${problem.detail.split('\n').slice(0, 4).join('\n    ')}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `codemod (dry, precision ${options.precision}): ${counts.files} files, ${counts.changed} changed, ${counts.unchanged} unchanged, ` +
      `${counts.skipped} skipped (unparsable); ${counts.rewrites} rewrites, ${counts.left} left for a person; ` +
      `${problems.filter((problem) => problem.kind === 'crash').length} crashes, ${problems.length} problems in all; ${seconds}s`,
  );
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (!(error instanceof HarnessError)) throw error;
    console.error(`codemod integration: ${error.message}`);
    process.exitCode = 1;
  },
);
