/**
 * Routes the runtime logger into an array for the duration of each test, so nothing prints and tests
 * can assert on log lines; the default logger is restored with setRuntimeLogger(null) afterwards.
 */
import { afterEach, beforeEach } from 'vitest';
import type { RuntimeLogger } from '../../packages/runtime/src/index.js';
import { setRuntimeLogger } from '../../packages/runtime/src/index.js';

/** One of the four runtime log levels. */
export type LogLevel = keyof RuntimeLogger;

/** One captured call to the runtime logger. */
export interface LogEntry {
  level: LogLevel;
  message: string;
  details: unknown[];
}

/** Read access to what the runtime logged during the current test. */
export interface CapturedLog {
  /** Every entry logged during the current test, oldest first. */
  readonly entries: LogEntry[];
  /** The messages logged at `level` during the current test. */
  messages(level: LogLevel): string[];
}

/** Returns a logger that appends to `entries`. */
export function createCapturingLogger(entries: LogEntry[]): RuntimeLogger {
  const record =
    (level: LogLevel) =>
    (message: string, ...details: unknown[]): void => {
      entries.push({ level, message, details });
    };
  return { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

/** Installs a capturing runtime logger before each test of the calling file and restores the default after. */
export function useCapturedLog(): CapturedLog {
  const entries: LogEntry[] = [];
  beforeEach(() => {
    entries.length = 0;
    setRuntimeLogger(createCapturingLogger(entries));
  });
  afterEach(() => {
    setRuntimeLogger(null);
  });
  return {
    entries,
    messages: (level) => entries.filter((entry) => entry.level === level).map((entry) => entry.message),
  };
}
