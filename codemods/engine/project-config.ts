import { ESLint, type Linter } from 'eslint';
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

/**
 * Reads the project's ESLint config (the `eslint.config.*` ESLint itself would use) once per directory of
 * lookup. ESLint instances are cached per working directory: loading a config imports its plugins.
 */
export class ProjectConfigReader {
  readonly #instances = new Map<string, ESLint>();

  /**
   * The config for `file`, or null when there is none: no config file, a file the config ignores (the user
   * named it to the codemod, which has its own ignores), or a config that fails to load (reported by ESLint
   * itself when the project lints; the codemod works without it).
   */
  async getConfig(file: string, cwd: string): Promise<ProjectConfig | null> {
    let eslint = this.#instances.get(cwd);
    if (!eslint) {
      eslint = new ESLint({ cwd });
      this.#instances.set(cwd, eslint);
    }
    let config: Linter.Config | undefined;
    try {
      config = (await eslint.calculateConfigForFile(path.resolve(cwd, file))) as Linter.Config | undefined;
    } catch {
      return null;
    }
    if (!config) return null;
    return {
      concurrencySettings: config.settings?.[PLUGIN_PREFIX],
      ruleOptions: getRuleOptions(config.rules ?? {}),
    };
  }
}
