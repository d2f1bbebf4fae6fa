import { execFileSync } from 'node:child_process';
import path from 'node:path';

function runGit(directory: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', ['-C', directory, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/**
 * The git work trees holding `paths` that have uncommitted changes (or untracked files). A rewrite into such a
 * tree could not be reviewed and reverted as one diff, the convention of the Next.js and Turborepo codemods.
 * Paths outside a work tree (or without git) are never dirty.
 */
export function getDirtyWorkTrees(files: readonly string[]): string[] {
  const topLevels = new Set<string>();
  for (const directory of new Set(files.map((file) => path.dirname(file)))) {
    const topLevel = runGit(directory, ['rev-parse', '--show-toplevel'])?.trim();
    if (topLevel) topLevels.add(topLevel);
  }
  return [...topLevels].filter((topLevel) => (runGit(topLevel, ['status', '--porcelain']) ?? '').trim() !== '');
}
