/**
 * The runtime's single logging sink. Every helper reports through here so an application can route
 * the note's "log it, don't throw it" messages to its own logger with one call.
 *
 * This is the only module-level state in the runtime, on purpose: one process, one sink.
 */

/** The four levels the runtime logs at. `details` carry the original error objects (for stacks). */
export interface RuntimeLogger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Debug and info are silent by default: a library must not chat on stdout unless asked to. */
const defaultLogger: RuntimeLogger = Object.freeze({
  debug() {},
  info() {},
  warn(message: string, ...details: unknown[]) {
    console.warn(message, ...details);
  },
  error(message: string, ...details: unknown[]) {
    console.error(message, ...details);
  },
});

let currentLogger: RuntimeLogger = defaultLogger;

/**
 * Routes every runtime log line to `logger`; `null` restores the default (debug and info silent,
 * warn and error to the console).
 *
 * @throws {TypeError} when `logger` lacks one of `debug`, `info`, `warn`, `error`.
 */
export function setRuntimeLogger(logger: RuntimeLogger | null): void {
  if (logger === null) {
    currentLogger = defaultLogger;
    return;
  }
  assertIsRuntimeLogger(logger, 'setRuntimeLogger');
  currentLogger = logger;
}

/** Returns the logger currently in force (the default one unless {@link setRuntimeLogger} replaced it). */
export function getRuntimeLogger(): RuntimeLogger {
  return currentLogger;
}

/**
 * Returns a logger that forwards to `explicit` when given, else to whatever the runtime logger is at
 * the moment of each call, so `setRuntimeLogger` also reaches helpers created before it ran.
 */
export function getLoggerFor(explicit: RuntimeLogger | undefined): RuntimeLogger {
  return explicit ?? forwardingLogger;
}

const forwardingLogger: RuntimeLogger = Object.freeze({
  debug: (message: string, ...details: unknown[]) => currentLogger.debug(message, ...details),
  info: (message: string, ...details: unknown[]) => currentLogger.info(message, ...details),
  warn: (message: string, ...details: unknown[]) => currentLogger.warn(message, ...details),
  error: (message: string, ...details: unknown[]) => currentLogger.error(message, ...details),
});

/**
 * Throws a TypeError unless `value` has the four logging methods.
 * `where` names the caller in the message (e.g. `"new Lifecycle"`).
 */
export function assertIsRuntimeLogger(value: unknown, where: string): asserts value is RuntimeLogger {
  const candidate = value as Partial<Record<(typeof LEVELS)[number], unknown>> | null;
  const missing =
    typeof value === 'object' && candidate !== null
      ? LEVELS.filter((level) => typeof candidate[level] !== 'function')
      : LEVELS;
  if (missing.length > 0) {
    throw new TypeError(
      `${where}: logger must be an object with debug, info, warn and error methods (missing: ${missing.join(', ')})`,
    );
  }
}
