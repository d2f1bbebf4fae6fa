/**
 * The runtime's single logging sink. Every helper reports through here so an application can route
 * the note's "log it, don't throw it" messages to its own logger with one call.
 *
 * The current logger is module-level state on purpose: one process, one sink.
 */
import { describeError } from './describe-error.js';

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
 * Returns the logger the helpers log through: `explicit` when given, else whatever the runtime logger is
 * at the moment of each call, so `setRuntimeLogger` also reaches helpers created before it ran. Either way
 * a logger that throws cannot change what a helper does (a failed release still resolves `false`, a work
 * error is still the one thrown): its failure is reported to the console instead.
 */
export function getLoggerFor(explicit: RuntimeLogger | undefined): RuntimeLogger {
  return explicit === undefined ? forwardingLogger : createSafeLogger(() => explicit);
}

/** Calls `logger[level]` as a method (loggers such as pino need their `this`), never throwing. */
function logSafely(logger: RuntimeLogger, level: (typeof LEVELS)[number], message: string, details: unknown[]): void {
  try {
    logger[level](message, ...details);
  } catch (loggerError) {
    try {
      console.error(`runtime logger failed at ${level}: ${describeError(loggerError)} (message: ${message})`, loggerError);
    } catch {
      // Nowhere left to report to; the helper must go on either way.
    }
  }
}

function createSafeLogger(getTarget: () => RuntimeLogger): RuntimeLogger {
  return Object.freeze({
    debug: (message: string, ...details: unknown[]) => logSafely(getTarget(), 'debug', message, details),
    info: (message: string, ...details: unknown[]) => logSafely(getTarget(), 'info', message, details),
    warn: (message: string, ...details: unknown[]) => logSafely(getTarget(), 'warn', message, details),
    error: (message: string, ...details: unknown[]) => logSafely(getTarget(), 'error', message, details),
  });
}

const forwardingLogger: RuntimeLogger = createSafeLogger(() => currentLogger);

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
