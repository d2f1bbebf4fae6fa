import { readFileSync } from 'node:fs';

/** What the plugin reads from its own package.json: the one place its name, version and repository are written. */
export interface PackageMeta {
  readonly name: string;
  readonly version: string;
  /** The repository's web address, from `repository.url` without `git+` and `.git`: docs links derive from it. */
  readonly repositoryUrl: string;
}

/** `git+https://host/owner/name.git` → `https://host/owner/name`. */
export function getRepositoryWebUrl(repositoryUrl: string): string {
  return repositoryUrl.replace(/^git\+/u, '').replace(/\.git$/u, '');
}

/**
 * Reads package.json at load time so nothing drifts from what is published. The file sits next to this module in
 * the sources and one level up from `dist/package-meta.js` once built.
 */
function readPackageMeta(): PackageMeta {
  for (const candidate of ['./package.json', '../package.json']) {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as Record<string, unknown>;
    } catch {
      continue; // Not there: try the next location.
    }
    const { name, version, repository } = parsed;
    const url = (repository as { url?: unknown } | undefined)?.url;
    if (name === 'eslint-plugin-concurrency' && typeof version === 'string' && typeof url === 'string') {
      return { name, version, repositoryUrl: getRepositoryWebUrl(url) };
    }
  }
  throw new Error('eslint-plugin-concurrency: cannot find its own package.json.');
}

export const packageMeta: PackageMeta = readPackageMeta();
