// `npm start`: lints examples/legacy with every rule of the plugin, the way a user's ESLint would,
// and prints the findings. Exits 0: finding bugs in the legacy example is the point of the demo.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const examplesDirectory = fileURLToPath(new URL('.', import.meta.url));

let plugin;
try {
  ({ default: plugin } = await import('../dist/index.js'));
} catch {
  console.error('demo: the plugin is not built yet: run "npm run build" (npm start does it for you).');
  process.exit(1);
}

const eslint = new ESLint({
  cwd: examplesDirectory,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.all],
});

const results = await eslint.lintFiles(['legacy/**/*.ts']);
const formatter = await eslint.loadFormatter('stylish');
const problems = results.reduce((sum, result) => sum + result.messages.length, 0);
const fixable = results.reduce((sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount, 0);

console.log(`eslint-plugin-concurrency ${plugin.meta.version}: ${Object.keys(plugin.rules).length} rules`);
console.log(`Linting examples/legacy (the design note's component, with each of its DON'Ts) with configs.all:`);
console.log(await formatter.format(results));
console.log(
  `${problems} finding(s), ${fixable} fixable with --fix. The recommended forms are in examples/fixed/, which lints clean.`,
);

// The codemod's answer to the same findings: every cure, as a diff (nothing is written).
const { runCli } = await import('../dist/codemods/cli.js');
console.log(`\nconcurrency-codemod --dry --precision any legacy (docs/codemods.md):\n`);
await runCli(['--dry', '--precision', 'any', 'legacy'], examplesDirectory);
