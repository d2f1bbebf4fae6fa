import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders never rewritten: dependencies, version control and the usual build output. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.turbo', '.svelte-kit', '.cache']);

/** Declarations hold no code to rewrite; minified files are build output. */
const SKIPPED_FILE = /\.d\.[cm]?ts$|\.min\.[cm]?js$/u;

export interface FileSelection {
  /** Absolute paths to rewrite, in a stable order. */
  readonly files: readonly string[];
  /** Files or folders left out, with the reason (only those a user could expect to be included). */
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}

export interface SelectionOptions {
  /** Without the dot. */
  readonly extensions: readonly string[];
  /** Globs (`*`, `**`, `?`) matched against the path relative to `cwd`, or against the base name when they hold no `/`. */
  readonly ignorePatterns: readonly string[];
  readonly cwd: string;
}

/** A glob as a regular expression over `/`-separated paths. */
export function getGlobPattern(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index]!;
    if (character === '*' && glob[index + 1] === '*') {
      const isSegment = glob[index + 2] === '/';
      source += isSegment ? '(?:.*/)?' : '.*';
      index += isSegment ? 2 : 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += character.replace(/[.+^${}()|[\]\\]/u, '\\$&');
  }
  return new RegExp(`^${source}/?$`, 'u');
}

function isInside(file: string, roots: readonly string[]): boolean {
  return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

/** The files among `files` that git ignores (tracked files never are); none outside a git work tree or without git. */
function getGitIgnored(files: readonly string[]): Set<string> {
  const byDirectory = new Map<string, string[]>();
  for (const file of files) {
    const group = byDirectory.get(path.dirname(file));
    if (group) group.push(file);
    else byDirectory.set(path.dirname(file), [file]);
  }
  const ignored = new Set<string>();
  for (const [directory, group] of byDirectory) {
    try {
      const output = execFileSync('git', ['-C', directory, 'check-ignore', '--stdin', '-z'], { input: group.join('\0') + '\0', encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
      for (const file of output.split('\0')) if (file) ignored.add(path.resolve(directory, file));
    } catch {
      // Exit 1: nothing ignored; 128: not a work tree (or no git): nothing to ignore either.
    }
  }
  return ignored;
}

/**
 * The files under `paths` the codemod may rewrite: matching extensions, outside dependencies and build output,
 * not git-ignored, not matched by an ignore pattern. Symbolic links are followed only when they point inside the
 * given paths, so a rewrite never lands outside them. Throws for a path that does not exist.
 */
export function selectFiles(paths: readonly string[], options: SelectionOptions): FileSelection {
  const roots = paths.map((given) => {
    try {
      return realpathSync(path.resolve(options.cwd, given));
    } catch {
      throw new Error(`no such file or directory: ${given}`);
    }
  });
  const extensions = new Set(options.extensions.map((extension) => `.${extension.replace(/^\./u, '')}`));
  const ignorePatterns = options.ignorePatterns.map((glob) => ({ glob, pattern: getGlobPattern(glob), isBaseName: !glob.includes('/') }));
  const isIgnoredByPattern = (file: string): boolean => {
    const relative = path.relative(options.cwd, file).split(path.sep).join('/');
    return ignorePatterns.some(({ pattern, isBaseName }) => pattern.test(relative) || (isBaseName && pattern.test(path.basename(file))));
  };
  const found = new Set<string>();
  const skipped: { file: string; reason: string }[] = [];
  const visited = new Set<string>();

  const visit = (file: string, isGiven: boolean): void => {
    const link = lstatSync(file);
    let real = file;
    if (link.isSymbolicLink()) {
      try {
        real = realpathSync(file);
      } catch {
        skipped.push({ file, reason: 'broken symbolic link' });
        return;
      }
      if (!isInside(real, roots)) {
        skipped.push({ file, reason: 'symbolic link out of the given paths' });
        return;
      }
    }
    if (isIgnoredByPattern(file)) return;
    const stats = statSync(real);
    if (stats.isDirectory()) {
      if (!isGiven && SKIPPED_DIRECTORIES.has(path.basename(file))) return;
      if (visited.has(real)) return;
      visited.add(real);
      for (const entry of readdirSync(real).sort()) visit(path.join(real, entry), false);
      return;
    }
    if (!stats.isFile() || !extensions.has(path.extname(real)) || SKIPPED_FILE.test(real)) {
      if (isGiven) skipped.push({ file, reason: 'not a source file the codemod reads (see --extensions)' });
      return;
    }
    found.add(real);
  };
  roots.forEach((root) => visit(root, true));

  const ignored = getGitIgnored([...found]);
  for (const file of ignored) skipped.push({ file, reason: 'ignored by git' });
  return { files: [...found].filter((file) => !ignored.has(file)), skipped };
}
