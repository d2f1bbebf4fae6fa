// `npm run test:packaging`: the packed tarballs in fresh projects, set up the way the README says.
//
// 1. Copies the working tree to a scratch folder, builds it there with `npm run build` and packs both packages
//    (eslint-plugin-concurrency and the concurrency-runtime workspace).
// 2. The matrix {ESM, CommonJS} × {ESLint 9, 10} × {JavaScript, TypeScript}: each project lints a small buggy
//    file per module flavour and must report exactly the expected findings (a run that checks nothing fails),
//    plus a TypeScript project configured only for JavaScript, which must fail loudly rather than pass.
// 3. The type test: `tsc` over eslint.config.ts files using defineConfig, tseslint.config, Linter.Config[] and
//    `require()` from a .cts file, under each ESLint major.
// 4. The production install: the runtime as a dependency, the plugin as a devDependency; suggestions rewrite a
//    buggy file, dev dependencies are pruned, and the rewritten code runs with only the runtime installed.
// 5. The README's code-scanning recipe: `eslint --format @microsoft/eslint-formatter-sarif` writes SARIF.
//
// Installs from the npm registry. Options: --head (pack the last commit instead of the working tree),
// --keep (leave the scratch folder), --verbose (print npm's output).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const isVerbose = process.argv.includes('--verbose');
const isKept = process.argv.includes('--keep');
const isFromHead = process.argv.includes('--head');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The TypeScript toolchain versions the repository itself is tested with. */
const typescriptEslintVersion = rootPackage.devDependencies['typescript-eslint'];
const typescriptVersion = rootPackage.devDependencies.typescript;
const sarifFormatterVersion = rootPackage.devDependencies['@microsoft/eslint-formatter-sarif'];

const scratch = mkdtempSync(join(tmpdir(), 'concurrency-packaging-'));
const started = Date.now();
const failures = [];

function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}`);
}

/** Runs a command to completion; throws with its output when it fails, unless `allowFailure`. */
function run(command, args, cwd, { allowFailure = false, encoding = 'utf8', input } = {}) {
  const result = spawnSync(command, args, { cwd, encoding, input, maxBuffer: 256 * 1024 * 1024 });
  if (isVerbose && encoding === 'utf8') process.stdout.write(result.stdout + result.stderr);
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** Runs a command without blocking, so the projects' installs can overlap. */
function runAsync(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (isVerbose) process.stdout.write(output);
      if (status === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${status}:\n${output}`));
    });
  });
}

function writeFiles(directory, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
}

/** Records a failed check and goes on, so one run shows every broken setup. */
function check(name, condition, detail) {
  if (condition) {
    log(`ok    ${name}`);
  } else {
    failures.push(name);
    log(`FAIL  ${name}\n${detail}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Build and pack from a copy of the working tree (the checkout's own dist/ is left alone).

function packTarballs() {
  const copy = join(scratch, 'repo');
  if (isFromHead) {
    mkdirSync(copy);
    const archive = run('git', ['archive', '--format=tar', 'HEAD'], root, { encoding: 'buffer' }).stdout;
    run('tar', ['-x', '-C', copy], root, { input: archive });
  } else {
    const skipped = new Set(['node_modules', 'dist', '.git', '.cache', '.scratch', 'coverage']);
    cpSync(root, copy, { recursive: true, filter: (source) => !skipped.has(source.split(/[\\/]/u).at(-1)) });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  run('npm', ['run', 'build'], copy);
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  const packed = (args) => JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tarballs, ...args], copy).stdout)[0];
  const plugin = packed([]);
  const runtime = packed(['--workspace', 'concurrency-runtime']);
  const pluginFiles = plugin.files.map((file) => file.path);
  const runtimeFiles = runtime.files.map((file) => file.path);
  check(
    'the plugin tarball holds the ESM and CommonJS entries, their types, the LICENSE and no sources',
    ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/runtime/index.js', 'LICENSE'].every((file) =>
      pluginFiles.includes(file),
    ) && !pluginFiles.some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.d.cts')),
    pluginFiles.join('\n'),
  );
  check(
    'the runtime tarball holds its build, README and LICENSE only',
    ['dist/index.js', 'dist/index.d.ts', 'README.md', 'LICENSE', 'package.json'].every((file) => runtimeFiles.includes(file)) &&
      runtimeFiles.every((file) => file.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(file)),
    runtimeFiles.join('\n'),
  );
  return { plugin: join(tarballs, plugin.filename), runtime: join(tarballs, runtime.filename) };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. The buggy files: a lazy initialisation that races (no-async-lazy-init-race reports the assignment after the
//    await). Each flavour puts that assignment on line 4, column 7.

const buggyEsm = `export class Client {
  async getConnection() {
    if (!this.connection) {
      this.connection = await connect();
    }
    return this.connection;
  }
}

async function connect() {
  return { end: async () => {} };
}
`;

const buggyCommonJs = `class Client {
  async getConnection() {
    if (!this.connection) {
      this.connection = await connect();
    }
    return this.connection;
  }
}

async function connect() {
  return { end: async () => {} };
}

module.exports = { Client };
`;

const buggyTypeScript = `export class Client {
  private connection: Connection | undefined;
  async getConnection(): Promise<Connection> {
    if (!this.connection) { this.connection = await connect(); }
    return this.connection;
  }
}

interface Connection {
  end(): Promise<void>;
}

async function connect(): Promise<Connection> {
  return { end: async () => {} };
}
`;

/**
 * The README's config for each setup, with `strict` in place of `recommended`: `recommended` reports only the
 * kinds measured high-precision, which the ledger may change; these checks are about loading and file matching.
 */
const configs = {
  'esm-javascript': {
    'eslint.config.js': `import concurrency from 'eslint-plugin-concurrency';

export default [concurrency.configs.strict];
`,
  },
  'commonjs-javascript': {
    'eslint.config.js': `const concurrency = require('eslint-plugin-concurrency');

module.exports = [concurrency.configs.strict];
`,
  },
  'esm-typescript': {
    'eslint.config.js': `import concurrency from 'eslint-plugin-concurrency';
import tseslint from 'typescript-eslint';

export default tseslint.config(tseslint.configs.recommended, concurrency.configs.strict);
`,
  },
  'commonjs-typescript': {
    'eslint.config.js': `const concurrency = require('eslint-plugin-concurrency');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(tseslint.configs.recommended, concurrency.configs.strict);
`,
  },
};

/** Each setup: its package type, config, source files and the findings they must give. */
const setups = [
  {
    name: 'esm-javascript',
    type: 'module',
    files: { 'src/client.js': buggyEsm, 'src/legacy.cjs': buggyCommonJs, 'src/view.jsx': buggyEsm },
    expected: ['src/client.js:4:7', 'src/legacy.cjs:4:7', 'src/view.jsx:4:7'],
  },
  {
    name: 'commonjs-javascript',
    type: 'commonjs',
    files: { 'src/client.js': buggyCommonJs, 'src/modern.mjs': buggyEsm },
    expected: ['src/client.js:4:7', 'src/modern.mjs:4:7'],
  },
  {
    name: 'esm-typescript',
    type: 'module',
    files: { 'src/client.ts': buggyTypeScript, 'src/worker.mts': buggyTypeScript, 'src/view.tsx': buggyTypeScript },
    expected: ['src/client.ts:4:29', 'src/view.tsx:4:29', 'src/worker.mts:4:29'],
  },
  {
    name: 'commonjs-typescript',
    type: 'commonjs',
    files: { 'src/client.ts': buggyTypeScript, 'src/legacy.cts': buggyTypeScript },
    expected: ['src/client.ts:4:29', 'src/legacy.cts:4:29'],
  },
];

/** Lints `directory` with the project's ESLint CLI; returns the exit status and the JSON results. */
function lint(directory, args = []) {
  const eslintBin = join(directory, '..', 'node_modules', 'eslint', 'bin', 'eslint.js');
  const result = run(process.execPath, [eslintBin, '--format', 'json', ...args, '.'], directory, { allowFailure: true });
  let results = [];
  try {
    results = JSON.parse(result.stdout);
  } catch {
    // Not JSON: ESLint failed before linting; the status and stderr tell why.
  }
  return { status: result.status, results, stderr: result.stderr };
}

function getFindings(directory, results) {
  return results
    .flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId?.startsWith('concurrency/'))
        .map((message) => `${relative(directory, result.filePath)}:${message.line}:${message.column}`),
    )
    .toSorted();
}

function getFatalMessages(results) {
  return results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => message.message));
}

/**
 * `require` and `import` give the very same plugin object, so configs from both can be mixed. The script prints one
 * string: `console.log` colours booleans when the environment asks for colour (FORCE_COLOR in CI).
 */
function checkSameObject(eslintMajor, base) {
  const script = `const required = require('eslint-plugin-concurrency');
import('eslint-plugin-concurrency').then(({ default: imported }) =>
  console.log([required === imported, Object.keys(required.configs).join(), required.configs.recommended.plugins.concurrency === imported].join(' ')));`;
  const result = run(process.execPath, ['-e', script], base, { allowFailure: true });
  check(
    `ESLint ${eslintMajor}: require() and import give the same plugin object`,
    result.stdout.trim() === 'true recommended,strict,all true',
    result.stdout + result.stderr,
  );
}

function checkSetup(eslintMajor, base, setup) {
  const directory = join(base, setup.name);
  writeFiles(directory, {
    'package.json': JSON.stringify({ name: setup.name, private: true, type: setup.type }, null, 2),
    ...configs[setup.name],
    ...setup.files,
  });
  const { status, results, stderr } = lint(directory);
  const findings = getFindings(directory, results);
  const fatal = getFatalMessages(results);
  check(
    `ESLint ${eslintMajor} ${setup.name}: exit 1 with exactly ${setup.expected.join(', ')}`,
    status === 1 && fatal.length === 0 && JSON.stringify(findings) === JSON.stringify(setup.expected),
    `status ${status}, findings ${JSON.stringify(findings)}, fatal ${JSON.stringify(fatal)}\n${stderr}`,
  );
}

/** A TypeScript project given only the JavaScript setup: parse errors on the .ts files, never a green run. */
function checkTypeScriptWithoutParser(eslintMajor, base) {
  const directory = join(base, 'typescript-without-parser');
  writeFiles(directory, {
    'package.json': JSON.stringify({ name: 'typescript-without-parser', private: true, type: 'module' }, null, 2),
    ...configs['esm-javascript'],
    'src/client.ts': buggyTypeScript,
  });
  const { status, results, stderr } = lint(directory);
  const fatal = getFatalMessages(results);
  check(
    `ESLint ${eslintMajor} TypeScript files without the TypeScript parser: exit 1 with a parse error`,
    status === 1 && fatal.length === 1 && fatal[0].startsWith('Parsing error'),
    `status ${status}, fatal ${JSON.stringify(fatal)}\n${stderr}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 3. The type test.

const typeTest = {
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        verbatimModuleSyntax: true,
        types: [],
      },
      include: ['eslint.config.ts', 'eslint.config.cts', 'uses-runtime.ts'],
    },
    null,
    2,
  ),
  'eslint.config.ts': `import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import concurrency from 'eslint-plugin-concurrency';
import tseslint from 'typescript-eslint';

export const withDefineConfig = defineConfig(
  tseslint.configs.recommended,
  concurrency.configs.recommended,
  { plugins: { concurrency }, rules: { 'concurrency/no-unguarded-lazy-lock': ['error', { precision: 'high' }] } },
);

export const withTseslintConfig = tseslint.config(
  tseslint.configs.recommended,
  concurrency.configs.recommended,
  { plugins: { concurrency }, rules: { 'concurrency/no-unguarded-lazy-lock': 'error' } },
);

export const annotated: Linter.Config[] = [
  concurrency.configs.recommended,
  concurrency.configs.strict,
  { files: ['**/*.ts'], plugins: { concurrency }, rules: { 'concurrency/no-unguarded-lazy-lock': 'error' } },
];

export default withDefineConfig;
`,
  'eslint.config.cts': `import type { Linter } from 'eslint';
import concurrency = require('eslint-plugin-concurrency');

const config: Linter.Config[] = [concurrency.configs.recommended, { plugins: { concurrency } }];

export = config;
`,
  'uses-runtime.ts': `import { Mutex, lazy, runIdempotent, withCleanup } from 'concurrency-runtime';
import { lazy as sameLazy } from 'eslint-plugin-concurrency/runtime';

export const connection = lazy(async () => ({ id: 1 }));
export const sameFunction: typeof lazy = sameLazy;
export const mutex = new Mutex();
export { runIdempotent, withCleanup };
`,
};

function checkTypes(eslintMajor, base) {
  const directory = join(base, 'types');
  writeFiles(directory, { ...typeTest, 'package.json': JSON.stringify({ name: 'types', private: true, type: 'module' }, null, 2) });
  const result = run(process.execPath, [join(base, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], directory, {
    allowFailure: true,
  });
  check(
    `ESLint ${eslintMajor} types: defineConfig, tseslint.config, Linter.Config[] and require() from .cts accept the plugin`,
    result.status === 0,
    result.stdout + result.stderr,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 4. The production install.

const productionApp = `let connects = 0;

async function connect() {
  connects += 1;
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { id: connects };
}

export class Client {
  async getConnection() {
    if (!this.connection) {
      this.connection = await connect();
    }
    return this.connection;
  }
}

export async function copyThenRelease(resource) {
  try {
    await resource.copy();
  } catch (e) {
    resource.release();
    throw e;
  }
  resource.release();
}

const client = new Client();
await Promise.all([client.getConnection(), client.getConnection(), client.getConnection()]);
let seen;
try {
  await copyThenRelease({
    copy: async () => {
      throw new Error('copy failed');
    },
    release: () => {
      throw new Error('release failed');
    },
  });
} catch (error) {
  seen = error.message;
}
console.log(JSON.stringify({ connects, seen }));
`;

/** Applies, one at a time, the suggestions that rewrite toward the runtime, the way an editor would. */
const applySuggestions = `import { Linter } from 'eslint';
import concurrency from 'eslint-plugin-concurrency';
import { readFileSync, writeFileSync } from 'node:fs';

const linter = new Linter();
const config = [concurrency.configs.strict];
let code = readFileSync('app.js', 'utf8');
const applied = [];
for (const wanted of ['useLazy', 'useWithCleanup']) {
  const suggestion = linter
    .verify(code, config, { filename: 'app.js' })
    .flatMap((message) => message.suggestions ?? [])
    .find((candidate) => candidate.messageId === wanted);
  if (!suggestion) continue;
  code = code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]);
  applied.push(wanted);
}
writeFileSync('app.fixed.js', code);
console.log(JSON.stringify(applied));
`;

async function installProduction(tarballs) {
  const directory = join(scratch, 'production');
  writeFiles(directory, {
    'package.json': JSON.stringify({ name: 'production', private: true, type: 'module' }, null, 2),
    'app.js': productionApp,
    'apply-suggestions.js': applySuggestions,
  });
  await runAsync('npm', ['install', '--no-audit', '--no-fund', tarballs.runtime], directory);
  await runAsync('npm', ['install', '--no-audit', '--no-fund', '--save-dev', tarballs.plugin, 'eslint@^10.0.0'], directory);
  return directory;
}

function checkProduction(directory) {
  const before = run(process.execPath, ['app.js'], directory).stdout.trim();
  const applied = run(process.execPath, ['apply-suggestions.js'], directory).stdout.trim();
  const fixed = readFileSync(join(directory, 'app.fixed.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  check(
    'production: the runtime is a dependency, the plugin a devDependency',
    'concurrency-runtime' in (manifest.dependencies ?? {}) && 'eslint-plugin-concurrency' in (manifest.devDependencies ?? {}),
    JSON.stringify(manifest, null, 2),
  );
  check(
    'production: the suggestions import their helpers from concurrency-runtime',
    applied === JSON.stringify(['useLazy', 'useWithCleanup']) &&
      fixed.includes("import { lazy, withCleanup } from 'concurrency-runtime';"),
    `applied ${applied}\n${fixed}`,
  );
  run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund'], directory);
  const installed = ['eslint', 'eslint-plugin-concurrency', '@typescript-eslint/utils', 'jscodeshift', 'concurrency-runtime'].filter(
    (name) => existsSync(join(directory, 'node_modules', name, 'package.json')),
  );
  check('production: after pruning only the runtime is installed', JSON.stringify(installed) === '["concurrency-runtime"]', installed.join(', '));
  const required = run(
    process.execPath,
    ['-e', "const { lazy, Mutex } = require('concurrency-runtime'); console.log(typeof lazy, typeof Mutex)"],
    directory,
    { allowFailure: true },
  );
  check('production: require() loads the runtime too', required.stdout.trim() === 'function function', required.stdout + required.stderr);
  const after = run(process.execPath, ['app.fixed.js'], directory, { allowFailure: true });
  check(
    'production: the buggy code connects three times and loses the error; the rewritten code runs pruned, connects once, keeps it',
    before === JSON.stringify({ connects: 3, seen: 'release failed' }) &&
      after.status === 0 &&
      after.stdout.trim().split('\n').at(-1) === JSON.stringify({ connects: 1, seen: 'copy failed' }),
    `before ${before}\nafter (status ${after.status}) ${after.stdout}${after.stderr}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 5. The README's code-scanning recipe.

function checkSarif(base) {
  const directory = join(base, 'esm-javascript');
  const output = join(directory, 'eslint.sarif');
  const eslintBin = join(base, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const result = run(
    process.execPath,
    [eslintBin, '.', '--max-warnings', '0', '--format', '@microsoft/eslint-formatter-sarif', '--output-file', output],
    directory,
    { allowFailure: true },
  );
  const sarif = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : null;
  const ruleIds = (sarif?.runs?.[0]?.results ?? []).map((finding) => finding.ruleId);
  check(
    'code scanning: --max-warnings 0 fails and the SARIF file holds the findings',
    result.status === 1 && sarif?.version === '2.1.0' && ruleIds.length === 3 && ruleIds.every((id) => id === 'concurrency/no-async-lazy-init-race'),
    `status ${result.status}, ruleIds ${JSON.stringify(ruleIds)}\n${result.stderr}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------

async function installEslintProject(eslintMajor, tarballs) {
  const base = join(scratch, `eslint${eslintMajor}`);
  writeFiles(base, { 'package.json': JSON.stringify({ name: `eslint${eslintMajor}`, private: true }, null, 2) });
  const eslintRange = eslintMajor === 9 ? '^9.15.0' : '^10.0.0';
  const packages = [
    `eslint@${eslintRange}`,
    `typescript-eslint@${typescriptEslintVersion}`,
    `typescript@${typescriptVersion}`,
    `@microsoft/eslint-formatter-sarif@${sarifFormatterVersion}`,
    tarballs.runtime,
    tarballs.plugin,
  ];
  await runAsync('npm', ['install', '--no-audit', '--no-fund', '--save-dev', ...packages], base);
  const version = JSON.parse(readFileSync(join(base, 'node_modules', 'eslint', 'package.json'), 'utf8')).version;
  log(`installed eslint ${version} in ${relative(scratch, base)}`);
  return base;
}

try {
  log(`scratch folder ${scratch}`);
  const tarballs = packTarballs();
  log('packed');
  const [eslint9, eslint10, production] = await Promise.all([
    installEslintProject(9, tarballs),
    installEslintProject(10, tarballs),
    installProduction(tarballs),
  ]);
  for (const [major, base] of [
    [9, eslint9],
    [10, eslint10],
  ]) {
    checkSameObject(major, base);
    for (const setup of setups) checkSetup(major, base, setup);
    checkTypeScriptWithoutParser(major, base);
    checkTypes(major, base);
  }
  checkSarif(eslint10);
  checkProduction(production);
} catch (error) {
  failures.push('setup');
  console.error(error);
} finally {
  if (isKept) log(`kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

log(failures.length === 0 ? 'packaging: every check passed' : `packaging: ${failures.length} failed: ${failures.join('; ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
