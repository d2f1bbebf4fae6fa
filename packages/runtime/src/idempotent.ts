import { assertFunction, assertOptionalBoolean, assertOptionsObject } from './validate.js';
import { isInside, runInside } from './run-context.js';

/** Options for {@link idempotent} and `runIdempotent`. */
export interface IdempotentOptions {
  /**
   * `false` (default): a failed run still completes the operation, as the note sets `_shutdown_complete`
   * in `finally`; later calls resolve at once. `true`: a failed run leaves the operation not complete,
   * so the next call runs it again.
   */
  retryOnFailure?: boolean;
}

/** What a run of the guarded operation can be observed through. */
export interface IdempotentStatus {
  /** Whether a run has started and not yet settled. */
  readonly inProgress: boolean;
  /** Whether the operation is done (succeeded, or failed without `retryOnFailure`). Later calls resolve at once. */
  readonly complete: boolean;
}

/**
 * The guarded operation. Resolves to the run's value; a re-entrant call (made from inside the run)
 * resolves to `undefined` at once, and so does every call after a failed, completed run.
 */
export interface IdempotentFunction<T> extends IdempotentStatus {
  (): Promise<T | undefined>;
}

/** Runs one guarded operation for its owner; `runIdempotent` passes each call's own closure as `op`. */
export interface IdempotentRunner<T> extends IdempotentStatus {
  run(op: () => T | PromiseLike<T>): Promise<T | undefined>;
}

type RunnerState<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly promise: Promise<T> }
  | { readonly kind: 'complete'; readonly promise: Promise<T | undefined> };

const IDLE = { kind: 'idle' } as const;

/**
 * Returns the state machine behind {@link idempotent}: at most one run at a time, every outside caller
 * waits for the run it joined, callers from inside the run do not.
 * Exported for `runIdempotent`; prefer `idempotent` in application code.
 */
export function createIdempotentRunner<T>(options: IdempotentOptions = {}, where = 'idempotent'): IdempotentRunner<T> {
  assertOptionsObject(options, where);
  assertOptionalBoolean(options.retryOnFailure, where, 'options.retryOnFailure');
  const retryOnFailure = options.retryOnFailure ?? false;
  let state: RunnerState<T> = IDLE;

  function start(op: () => T | PromiseLike<T>): Promise<T> {
    let resolveRun!: (value: T | PromiseLike<T>) => void;
    let rejectRun!: (reason: unknown) => void;
    const outcome = new Promise<T>((resolve, reject) => {
      resolveRun = resolve;
      rejectRun = reject;
    });
    // Callers get a promise derived from the run, not the run itself: the bookkeeping handler below marks
    // `outcome` as handled, and a failure nobody awaits (`void client.close()`) must still surface as an
    // unhandled rejection, as it would without the guard.
    const promise = outcome.then((value) => value);
    // The run's own identity: a call that descends from *this* run must not wait for it (self-deadlock),
    // while a stray callback left over from an earlier failed run still waits for the current one.
    const run: RunnerState<T> = { kind: 'running', promise };
    state = run;
    // Runs in the same turn as the reaction that settles `promise`, before any caller's handler on it
    // (queued only once it settles), so `complete` is already true when a caller resumes.
    outcome.then(
      (value) => {
        if (state === run) state = { kind: 'complete', promise: Promise.resolve(value) };
      },
      () => {
        if (state === run) state = retryOnFailure ? IDLE : { kind: 'complete', promise: Promise.resolve(undefined) };
      },
    );
    runInside(run, () => {
      try {
        resolveRun(op());
      } catch (error) {
        rejectRun(error);
      }
    });
    return promise;
  }

  return {
    run(op) {
      switch (state.kind) {
        case 'idle':
          return start(op);
        case 'complete':
          return state.promise;
        case 'running':
          return isInside(state) ? Promise.resolve(undefined) : state.promise;
      }
    },
    get inProgress() {
      return state.kind === 'running';
    },
    get complete() {
      return state.kind === 'complete';
    },
  };
}

/**
 * Returns `op` guarded to run once however often and however concurrently it is called: the note's
 * pattern 3 (in-progress tracking) without its early return. Every caller's promise settles only when
 * the run has finished, with the run's value or the very same error; a call from inside `op`
 * (even after awaits) resolves at once instead of deadlocking.
 *
 * @example
 * class Client { close = idempotent(async () => { await this.socket.end(); }); }
 * @throws {TypeError} when `op` is not a function or an option has the wrong type.
 */
export function idempotent<T>(op: () => T | PromiseLike<T>, options: IdempotentOptions = {}): IdempotentFunction<T> {
  assertFunction(op, 'idempotent', 'op');
  const runner = createIdempotentRunner<T>(options, 'idempotent');
  const guarded = (() => runner.run(op)) as IdempotentFunction<T>;
  Object.defineProperties(guarded, {
    inProgress: { get: () => runner.inProgress, enumerable: true },
    complete: { get: () => runner.complete, enumerable: true },
  });
  return guarded;
}
