import type { ReleaseOptions } from './release-then-clear.js';
import { releaseThenClearIn } from './release-then-clear.js';

/**
 * Releases `owner[key]` and clears the reference only if that worked: the note's pattern 5
 * (conditional resource cleanup). Resolves to whether the resource is gone.
 *
 * | `owner[key]` | `release` | result | `owner[key]` afterwards |
 * | --- | --- | --- | --- |
 * | `null` / `undefined` | not called | `true` | unchanged |
 * | resource | returns / resolves | `true` | `null` (unless replaced meanwhile) |
 * | resource | throws / rejects | `false`, warning logged | the resource, for a retry |
 *
 * A synchronous `release` clears the reference before this returns. If `owner[key]` was replaced while
 * an async release ran, the new value is left alone. Concurrent calls are not merged: guard the method
 * that calls this with `idempotent` or a `Mutex` if it can run twice at once.
 *
 * `key` must be a public property; for `private` or `#private` members use `releaseThenClear`.
 *
 * @throws {TypeError} when `owner` is not an object or `release` is not a function.
 */
export function releaseAndClear<O extends object, K extends keyof O>(
  owner: O,
  key: K,
  release: (resource: NonNullable<O[K]>) => unknown,
  options: ReleaseOptions = {},
): Promise<boolean> {
  if ((typeof owner !== 'object' && typeof owner !== 'function') || owner === null) {
    throw new TypeError(`releaseAndClear: owner must be an object, got ${owner === null ? 'null' : typeof owner}`);
  }
  const resource = owner[key];
  return releaseThenClearIn(
    'releaseAndClear',
    resource,
    release,
    () => {
      // Someone may have stored a fresh resource while an async release ran; that one is not ours to drop.
      if (owner[key] === resource) owner[key] = null as O[K];
    },
    { ...options, label: String(key) },
  );
}

