import type { Linter } from 'eslint';
import { readFileSync, statSync } from 'node:fs';
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

/** A package.json as last read: its `type` (null: not readable as JSON), for as long as its size and time stay. */
interface PackageTypeEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly type: string | undefined | null;
}

/**
 * The package.json files read so far, by path. Every file of a package asks for the same one: reading and parsing
 * it again per file, and throwing for each folder without one on the way up, cost more than the lookup needs.
 */
const packageTypes = new Map<string, PackageTypeEntry>();

/** The `type` of the package.json at `file`; undefined when it has none, null when there is none or it is not JSON. */
function getPackageType(file: string): string | undefined | null {
  let stats;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (!stats) return null;
  const cached = packageTypes.get(file);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.type;
  let type: string | undefined | null;
  try {
    const { type: value } = JSON.parse(readFileSync(file, 'utf8')) as { type?: unknown };
    type = typeof value === 'string' ? value : undefined;
  } catch {
    type = null;
  }
  packageTypes.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, type });
  return type;
}

/** The `type` of the package.json nearest to `file`, as Node reads it to decide how a `.js` file loads. */
function getNearestPackageType(file: string): string | undefined {
  for (let directory = path.dirname(path.resolve(file)); ; directory = path.dirname(directory)) {
    const type = getPackageType(path.join(directory, 'package.json'));
    // No (readable) package.json here: look further up.
    if (type !== null) return type;
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
