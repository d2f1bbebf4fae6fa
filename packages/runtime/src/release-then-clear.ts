import { assertFunction, assertOptionsObject } from './validate.js';
import { describeError } from './describe-error.js';
import type { RuntimeLogger } from './logger.js';
import { assertIsRuntimeLogger, getLoggerFor } from './logger.js';

/** Options for `releaseAndClear` and {@link releaseThenClear}. */
export interface ReleaseOptions {
  /** Where the failure warning goes; defaults to the runtime logger. */
  logger?: RuntimeLogger;
}

/** Options for {@link releaseThenClear}. */
export interface ReleaseThenClearOptions extends ReleaseOptions {
  /** Names the resource in the failure warning; defaults to `"resource"`. */
  label?: string;
}

/**
 * Returns the warning logged when a release fails:
 * `` `release of ${label} failed, reference kept for retry: ${error}` ``.
 */
export function formatReleaseFailure(label: string, error: unknown): string {
  return `release of ${label} failed, reference kept for retry: ${describeError(error)}`;
}

/**
 * Calls `release(resource)` and then, only if it succeeded, `clear(resource)`: the accessor form of
 * `releaseAndClear` for references the helper cannot reach by key (`#private`, TS `private`,
 * closures). Resolves to whether the resource is gone; a failure is logged as a warning, never thrown.
 *
 * @example
 * await releaseThenClear(this.#handler, (h) => client.off('event', h), () => { this.#handler = null; });
 * @throws {TypeError} when `release` or `clear` is not a function.
 */
export function releaseThenClear<R>(
  resource: R,
  release: (resource: NonNullable<R>) => unknown,
  clear: (resource: NonNullable<R>) => void,
  options: ReleaseThenClearOptions = {},
): Promise<boolean> {
  return releaseThenClearIn('releaseThenClear', resource, release, clear, options);
}

/** The shared body of `releaseThenClear` and `releaseAndClear`; `where` names the public entry point in TypeErrors. */
export function releaseThenClearIn<R>(
  where: string,
  resource: R,
  release: (resource: NonNullable<R>) => unknown,
  clear: (resource: NonNullable<R>) => void,
  options: ReleaseThenClearOptions,
): Promise<boolean> {
  assertFunction(release, where, 'release');
  assertFunction(clear, where, 'clear');
  assertOptionsObject(options, where);
  if (options.logger !== undefined) assertIsRuntimeLogger(options.logger, where);
  const label = options.label ?? 'resource';
  const logger = getLoggerFor(options.logger);

  if (resource === null || resource === undefined) return Promise.resolve(true);
  const present = resource as NonNullable<R>;

  const reportFailure = (error: unknown): false => {
    logger.warn(formatReleaseFailure(label, error), error);
    return false;
  };
  const clearAfterRelease = (): true => {
    clear(present);
    return true;
  };

  let outcome: unknown;
  try {
    outcome = release(present);
  } catch (error) {
    return Promise.resolve(reportFailure(error));
  }
  if (isPromiseLike(outcome)) {
    return Promise.resolve(outcome).then(clearAfterRelease, reportFailure);
  }
  // A throwing `clear` is a bug in the caller's code, not a failed release: pass it on, as a rejection.
  try {
    return Promise.resolve(clearAfterRelease());
  } catch (error) {
    return Promise.reject(error);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
