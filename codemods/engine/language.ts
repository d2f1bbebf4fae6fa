import type { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** File extensions the codemod reads by default: the ones our rules lint. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);

/** How a file is parsed: by ESLint for the rules, by jscodeshift for the collection-API rewrites. */
export interface FileLanguage {
  readonly isTypeScript: boolean;
  readonly sourceType: 'module' | 'commonjs';
  readonly jsx: boolean;
  /** jscodeshift's parser name for the same file. */
  readonly jscodeshiftParser: 'ts' | 'tsx' | 'babylon';
}

/** ESM syntax at the start of a line: a `.js` file without `"type": "module"` that uses it is meant as a module. */
const ESM_SYNTAX = /^\s*(?:import\s*[\w*{'"]|export\s+(?:\*|\{|default\b|const\b|let\b|var\b|function\b|async\b|class\b))/mu;

/** The `type` of the package.json nearest to `file`, as Node reads it to decide how a `.js` file loads. */
function getNearestPackageType(file: string): string | undefined {
  for (let directory = path.dirname(path.resolve(file)); ; directory = path.dirname(directory)) {
    try {
      const { type } = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { type?: unknown };
      return typeof type === 'string' ? type : undefined;
    } catch {
      // No (readable) package.json here: look further up.
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

/**
 * The language of `file` the way Node and TypeScript load it: `.cts`/`.cjs` are CommonJS, `.mts`/`.mjs` modules,
 * `.js` follows the nearest package.json `type` (ESM syntax without one is a module meant for a bundler).
 * `.js` files are read with JSX enabled, since React code keeps JSX in `.js` and nothing else conflicts with it.
 */
export function getFileLanguage(file: string, source: string): FileLanguage {
  const extension = path.extname(file).toLowerCase();
  const isTypeScript = TYPESCRIPT_EXTENSIONS.has(extension);
  if (isTypeScript) {
    const jsx = extension === '.tsx';
    return { isTypeScript, sourceType: extension === '.cts' ? 'commonjs' : 'module', jsx, jscodeshiftParser: jsx ? 'tsx' : 'ts' };
  }
  const jsx = extension !== '.mjs' && extension !== '.cjs';
  const language = { isTypeScript, jsx, jscodeshiftParser: 'babylon' } as const;
  if (extension === '.mjs') return { ...language, sourceType: 'module' };
  if (extension === '.cjs') return { ...language, sourceType: 'commonjs' };
  if (getNearestPackageType(file) === 'module' || ESM_SYNTAX.test(source)) return { ...language, sourceType: 'module' };
  return { ...language, sourceType: 'commonjs' };
}

/**
 * The typescript-eslint parser (a dependency), loaded on first use: it needs the `typescript` package, which a
 * JavaScript-only project may not have.
 */
let typeScriptParser: Promise<Linter.Parser | null> | undefined;

/** typescript-eslint's parser, or null when it cannot load (no `typescript` installed). */
export function loadTypeScriptParser(): Promise<Linter.Parser | null> {
  typeScriptParser ??= import('@typescript-eslint/parser').then(
    (module) => (module.default ?? module) as unknown as Linter.Parser,
    () => null,
  );
  return typeScriptParser;
}

/**
 * ESLint language options for `language`, with `parser` for TypeScript. Type information is never requested:
 * the rules need none, and building a program per file would make the codemod as slow as type-aware linting.
 */
export function getLanguageOptions(language: FileLanguage, parser: Linter.Parser | null): Linter.LanguageOptions {
  return {
    ecmaVersion: 'latest',
    sourceType: language.sourceType,
    parserOptions: { ecmaFeatures: { jsx: language.jsx } },
    ...(parser ? { parser } : {}),
  };
}
