import { assertFunction, assertOptionalBoolean, assertOptionsObject } from './validate.js';
import { describeError } from './describe-error.js';
import { getLoggerFor } from './logger.js';
import { SuppressedError } from './suppressed-error.js';

/**
 * Receives a cleanup error that would otherwise be hidden behind the work's own error.
 * May be async: it is awaited before the caller sees the work's error.
 */
export type CleanupErrorHandler = (cleanupError: unknown, originalError: unknown) => void | PromiseLike<void>;

/** Options for {@link withCleanup}. */
export interface WithCleanupOptions {
  /**
   * Called when both work and cleanup fail (the caller gets the work's error).
   * Default: {@link logCleanupError}. Not allowed together with `suppressed: true`.
   */
  onCleanupError?: CleanupErrorHandler;
  /**
   * When both fail, throw `new SuppressedError(cleanupError, originalError, message)` instead of the
   * work's error: exactly what `await using` does. Nothing is logged, since both errors travel with it.
   */
  suppressed?: boolean;
}

/**
 * Returns the message used when cleanup fails after the work failed:
 * `` `cleanup failed: ${cleanupError} (original error: ${originalError})` ``.
 * Lint suggestions generate the same text, so logs look alike with and without the runtime.
 */
export function formatCleanupError(cleanupError: unknown, originalError: unknown): string {
  return `cleanup failed: ${describeError(cleanupError)} (original error: ${describeError(originalError)})`;
}

/**
 * The default `onCleanupError`: logs {@link formatCleanupError} at error level through the runtime
 * logger, with both error objects as details (so their stacks are printed too).
 */
export function logCleanupError(cleanupError: unknown, originalError: unknown): void {
  getLoggerFor(undefined).error(formatCleanupError(cleanupError, originalError), cleanupError, originalError);
}

/**
 * Runs `work`, then `cleanup` however `work` ended, and returns `work`'s result: the note's pattern 4
 * (exception context preservation). A failing cleanup never shadows the work's error:
 *
 * | work | cleanup | caller gets | cleanup error goes to |
 * | --- | --- | --- | --- |
 * | ok | ok | work's value | - |
 * | ok | throws | the cleanup error | the caller |
 * | throws | ok | the work error (same object) | - |
 * | throws | throws | the work error (same object) | `onCleanupError(cleanupError, workError)` |
 * | throws | throws, `suppressed: true` | `SuppressedError { error: cleanupError, suppressed: workError }` | the caller |
 *
 * @throws {TypeError} when `work` or `cleanup` is not a function, or the options are malformed.
 */
export async function withCleanup<T>(
  work: () => T | PromiseLike<T>,
  cleanup: () => unknown,
  options: WithCleanupOptions = {},
): Promise<T> {
  assertFunction(work, 'withCleanup', 'work');
  assertFunction(cleanup, 'withCleanup', 'cleanup');
  assertOptionsObject(options, 'withCleanup');
  assertOptionalBoolean(options.suppressed, 'withCleanup', 'options.suppressed');
  if (options.onCleanupError !== undefined) {
    assertFunction(options.onCleanupError, 'withCleanup', 'options.onCleanupError');
    if (options.suppressed === true) {
      throw new TypeError('withCleanup: onCleanupError and suppressed: true are exclusive (with suppressed, the cleanup error is thrown)');
    }
  }

  let result: T;
  try {
    result = await work();
  } catch (workError) {
    try {
      await cleanup();
    } catch (cleanupError) {
      if (options.suppressed === true) {
        throw new SuppressedError(cleanupError, workError, formatCleanupError(cleanupError, workError));
      }
      await reportCleanupError(options.onCleanupError ?? logCleanupError, cleanupError, workError);
    }
    throw workError;
  }
  await cleanup();
  return result;
}

/** A throwing handler must not replace the work's error either; fall back to the default log. */
async function reportCleanupError(handler: CleanupErrorHandler, cleanupError: unknown, workError: unknown): Promise<void> {
  try {
    await handler(cleanupError, workError);
  } catch (handlerError) {
    logCleanupError(cleanupError, workError);
    getLoggerFor(undefined).error(`onCleanupError failed: ${describeError(handlerError)}`, handlerError);
  }
}
