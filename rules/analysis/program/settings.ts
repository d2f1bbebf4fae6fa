import type { TSESLint } from '@typescript-eslint/utils';

/**
 * Lock constructors and factories recognised out of the box:
 * async-mutex (`Mutex`, `Semaphore`, `withTimeout(...)`), async-lock (`AsyncLock`),
 * await-lock (`AwaitLock`), async-sema (`Sema`) and generic `Lock`/`Mutex` classes.
 */
export const DEFAULT_LOCK_CLASSES: readonly string[] = [
  'Mutex',
  'Semaphore',
  'withTimeout',
  'AsyncLock',
  'AwaitLock',
  'Sema',
  'Lock',
];

/** The runtime package (packages/runtime): a production dependency of its own, free of the plugin's dependencies. */
export const DEFAULT_RUNTIME_MODULE = 'concurrency-runtime';

/** `settings.concurrency` after validation and defaults. */
export interface ConcurrencySettings {
  /** Names that create a lock when called or constructed; the defaults plus the user's entries. */
  readonly lockClasses: ReadonlySet<string>;
  /** Module specifier that suggestions import runtime helpers from. */
  readonly runtimeModule: string;
}

const KNOWN_KEYS = new Set(['lockClasses', 'runtimeModule']);

function formatValue(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/**
 * Reads and validates `settings.concurrency`.
 * ESLint does not validate shared settings, so a typo would otherwise be ignored silently:
 * we throw with a message that names the setting and what it expects.
 */
export function getConcurrencySettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ConcurrencySettings {
  const raw: unknown = context.settings['concurrency'];
  if (raw === undefined) return DEFAULT_SETTINGS;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TypeError(`eslint-plugin-concurrency: settings.concurrency must be an object, got ${formatValue(raw)}.`);
  }
  // Every rule asks on every file, and a config hands the same settings object to all of them: read it once.
  let settings = validatedSettings.get(raw);
  if (!settings) {
    settings = readSettings(raw as Record<string, unknown>);
    validatedSettings.set(raw, settings);
  }
  return settings;
}

const DEFAULT_SETTINGS: ConcurrencySettings = { lockClasses: new Set(DEFAULT_LOCK_CLASSES), runtimeModule: DEFAULT_RUNTIME_MODULE };

const validatedSettings = new WeakMap<object, ConcurrencySettings>();

/** Validates `settings.concurrency` (an object) and adds the defaults; throws on a mistake. */
function readSettings(settings: Record<string, unknown>): ConcurrencySettings {
  for (const key of Object.keys(settings)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new TypeError(
        `eslint-plugin-concurrency: unknown setting settings.concurrency.${key} (known: ${[...KNOWN_KEYS].join(', ')}).`,
      );
    }
  }
  const { lockClasses = [], runtimeModule = DEFAULT_RUNTIME_MODULE } = settings;
  if (!Array.isArray(lockClasses) || !lockClasses.every((name) => typeof name === 'string' && /^[\w$]+$/u.test(name))) {
    throw new TypeError(
      `eslint-plugin-concurrency: settings.concurrency.lockClasses must be an array of identifier names, got ${formatValue(lockClasses)}.`,
    );
  }
  if (typeof runtimeModule !== 'string' || runtimeModule.length === 0) {
    throw new TypeError(
      `eslint-plugin-concurrency: settings.concurrency.runtimeModule must be a non-empty module specifier, got ${formatValue(runtimeModule)}.`,
    );
  }
  return {
    lockClasses: new Set([...DEFAULT_LOCK_CLASSES, ...(lockClasses as string[])]),
    runtimeModule,
  };
}
