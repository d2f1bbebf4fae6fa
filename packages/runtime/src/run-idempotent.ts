import { assertFunction } from './validate.js';
import type { IdempotentOptions, IdempotentRunner, IdempotentStatus } from './idempotent.js';
import { createIdempotentRunner } from './idempotent.js';

/** Key naming one guarded operation of an owner: a method name, or a symbol / object unique to a class level. */
export type IdempotentKey = PropertyKey | object;

/** Per-owner runners; a WeakMap so a closed object's guard state goes when the object does. */
const runnersByOwner = new WeakMap<object, Map<unknown, IdempotentRunner<unknown>>>();

const NOT_STARTED: IdempotentStatus = Object.freeze({ inProgress: false, complete: false });

/**
 * Runs `op` idempotently per `(owner, key)`: the in-method form of `idempotent`, made for rewriting
 * `async close() { body }` into `async close() { return runIdempotent(this, 'close', async () => { body }); }`.
 * The guard lives per instance, so prototypes and subclasses keep working.
 *
 * Each call passes its own closure; the one from the call that starts a run is the one that runs
 * (including the retry after a failure with `retryOnFailure`). `options` take effect on the first call
 * for the pair and are ignored after that.
 *
 * When an override calls `super.close()` and both levels use this helper, give each level its own key
 * (`'Base.close'`, `'Derived.close'`): with one shared key the super call would be a re-entrant call of
 * the running operation and resolve at once without running the base body.
 *
 * @throws {TypeError} when `owner` is not an object or `op` is not a function.
 */
export function runIdempotent<T>(
  owner: object,
  key: IdempotentKey,
  op: () => T | PromiseLike<T>,
  options?: IdempotentOptions,
): Promise<T | undefined> {
  assertOwner(owner, 'runIdempotent');
  assertFunction(op, 'runIdempotent', 'op');
  let runners = runnersByOwner.get(owner);
  if (runners === undefined) {
    runners = new Map();
    runnersByOwner.set(owner, runners);
  }
  let runner = runners.get(key) as IdempotentRunner<T> | undefined;
  if (runner === undefined) {
    runner = createIdempotentRunner<T>(options, 'runIdempotent');
    runners.set(key, runner as IdempotentRunner<unknown>);
  }
  return runner.run(op);
}

/** Returns a snapshot of `inProgress` / `complete` for `(owner, key)`; both false before the first call. */
export function getIdempotentStatus(owner: object, key: IdempotentKey): IdempotentStatus {
  assertOwner(owner, 'getIdempotentStatus');
  const runner = runnersByOwner.get(owner)?.get(key);
  return runner === undefined ? NOT_STARTED : { inProgress: runner.inProgress, complete: runner.complete };
}

function assertOwner(owner: unknown, where: string): asserts owner is object {
  if ((typeof owner !== 'object' && typeof owner !== 'function') || owner === null) {
    throw new TypeError(`${where}: owner must be an object (usually \`this\`), got ${owner === null ? 'null' : typeof owner}`);
  }
}
