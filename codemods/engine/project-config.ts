import { ESLint, type Linter } from 'eslint';
import { statSync } from 'node:fs';
import path from 'node:path';

/** The prefix our rules carry in a flat config, as in the plugin's own configs. */
export const PLUGIN_PREFIX = 'concurrency';

/**
 * What the codemod takes from the project's ESLint config for one file. Not its parser: the codemod picks the
 * parser from the file's extension (a project config that leaves `.ts` to espree would make every file unparsable).
 */
export interface ProjectConfig {
  /** `settings.concurrency` (lockClasses, runtimeModule), validated by the rules themselves. */
  readonly concurrencySettings: unknown;
  /**
   * The options of each of our rules the config turns on, by rule id (`[]` when it gives none); `null` when the
   * config names none of our rules, so that a project that has not adopted the plugin yet gets every rule.
   */
  readonly ruleOptions: ReadonlyMap<string, readonly unknown[]> | null;
}

function isRuleOff(entry: unknown): boolean {
  const severity = Array.isArray(entry) ? (entry as unknown[])[0] : entry;
  return severity === 0 || severity === 'off';
}

function getRuleOptions(rules: Readonly<Record<string, unknown>>): Map<string, readonly unknown[]> | null {
  const ours = Object.entries(rules).filter(([name]) => name.startsWith(`${PLUGIN_PREFIX}/`));
  if (ours.length === 0) return null;
  return new Map(
    ours
      .filter(([, entry]) => !isRuleOff(entry))
      .map(([name, entry]) => [name.slice(PLUGIN_PREFIX.length + 1), Array.isArray(entry) ? (entry as unknown[]).slice(1) : []]),
  );
}

/** The config file names ESLint looks for in each folder, in its order (`FLAT_CONFIG_FILENAMES` of its config loader). */
const CONFIG_FILE_NAMES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

/** ESLint 10 looks a file's config up from the file's folder; ESLint 9 (without a flag) from its cwd. */
const IS_LOOKUP_FROM_FILE = Number.parseInt(ESLint.version, 10) >= 10;

function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // Unreadable (say, no permission on the folder): ESLint's lookup skips it too.
    return false;
  }
}

/**
 * Reads the project's ESLint config (the `eslint.config.*` ESLint itself would use) for each file. Loading a config
 * imports its plugins, so ESLint instances are kept: under ESLint 10, one per config file (and its modification
 * time), found by the reader's own lookup; under ESLint 9, one per working directory (and the modification time of
 * the config found from it), which finds the config itself.
 */
export class ProjectConfigReader {
  readonly #instances = new Map<string, ESLint>();
  /**
   * The config file ESLint 10 finds from each folder looked at (null: none), like the per-folder cache of its own
   * loader. ESLint's lookup costs a round of asynchronous `stat`s per file name and folder up to the config, for
   * every new folder; this one is synchronous and remembers the folders it passes through.
   */
  readonly #configFiles = new Map<string, string | null>();

  /**
   * The config for `file`, or null when there is none: no config file, a file the config ignores (the user
   * named it to the codemod, which has its own ignores), or a config that fails to load (reported by ESLint
   * itself when the project lints; the codemod works without it).
   */
  async getConfig(file: string, cwd: string): Promise<ProjectConfig | null> {
    const absoluteFile = path.resolve(cwd, file);
    const eslint = IS_LOOKUP_FROM_FILE ? this.#getInstanceForFile(absoluteFile) : this.#getInstanceForCwd(cwd);
    if (!eslint) return null;
    let config: Linter.Config | undefined;
    try {
      config = (await eslint.calculateConfigForFile(absoluteFile)) as Linter.Config | undefined;
    } catch {
      return null;
    }
    if (!config) return null;
    return {
      concurrencySettings: config.settings?.[PLUGIN_PREFIX],
      ruleOptions: getRuleOptions(config.rules ?? {}),
    };
  }

  /** ESLint 9's lookup: the config found from the working directory, read again once edited (as for ESLint 10). */
  #getInstanceForCwd(cwd: string): ESLint {
    const configFile = this.#findConfigFile(cwd);
    const modified = configFile === null ? '' : (statSync(configFile, { throwIfNoEntry: false })?.mtimeMs ?? '');
    const key = `${cwd}\0${configFile ?? ''}\0${modified}`;
    let eslint = this.#instances.get(key);
    if (!eslint) {
      eslint = new ESLint({ cwd });
      this.#instances.set(key, eslint);
    }
    return eslint;
  }

  /**
   * An ESLint that reads exactly the config ESLint 10 finds for `file`: that file, with its folder as the base of
   * its patterns (as ESLint's lookup sets it). Null when no config file is found, where ESLint would throw.
   */
  #getInstanceForFile(file: string): ESLint | null {
    const configFile = this.#findConfigFile(path.dirname(file));
    if (configFile === null) return null;
    // An edited config is read again, as the next `eslint` run would.
    const key = `${configFile}\0${statSync(configFile, { throwIfNoEntry: false })?.mtimeMs ?? ''}`;
    let eslint = this.#instances.get(key);
    if (!eslint) {
      eslint = new ESLint({ cwd: path.dirname(configFile), overrideConfigFile: configFile });
      this.#instances.set(key, eslint);
    }
    return eslint;
  }

  /** The config file ESLint's lookup finds from `directory`: the first of its names in the folder, else in its parent. */
  #findConfigFile(directory: string): string | null {
    const passed: string[] = [];
    let found: string | null | undefined;
    for (let current = directory; ; current = path.dirname(current)) {
      found = this.#configFiles.get(current);
      if (found !== undefined) break;
      passed.push(current);
      found = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).find(isFile) ?? null;
      if (found !== null || path.dirname(current) === current) break;
    }
    for (const folder of passed) this.#configFiles.set(folder, found);
    return found;
  }
}
