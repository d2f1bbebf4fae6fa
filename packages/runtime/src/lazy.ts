import { assertFunction, assertOptionalBoolean, assertOptionsObject } from './validate.js';

/** Options for {@link lazy}. */
export interface LazyOptions {
  /**
   * `true` (default): a rejected factory call is forgotten, so the next `get()` calls the factory again.
   * `false`: the rejection is cached, and every later `get()` rejects with that same error object until `reset()`.
   */
  retryOnFailure?: boolean;
}

/** A value created on first use, once, however many callers ask at the same time. */
export interface Lazy<T> {
  /** Resolves to the value, calling the factory if no call is cached or in flight. */
  get(): Promise<T>;
  /** Returns the value if the factory has fulfilled, else `undefined`. Never calls the factory. */
  peek(): T | undefined;
  /** Whether a value is cached (the factory has fulfilled since the last reset). */
  readonly initialized: boolean;
  /**
   * Forgets the cached value or rejection. A factory call still in flight keeps serving the callers
   * that joined it, but its result is no longer cached, and the next `get()` starts a fresh call.
   */
  reset(): void;
}

type LazyState<T> =
  | { readonly kind: 'empty' }
  | { readonly kind: 'pending'; readonly promise: Promise<T> }
  | { readonly kind: 'fulfilled'; readonly promise: Promise<T>; readonly value: T }
  | { readonly kind: 'rejected'; readonly promise: Promise<T> };

const EMPTY = { kind: 'empty' } as const;

/**
 * Returns a lazily initialised value: the note's pattern 1 (double-checked lock initialisation) done the
 * JS way, by storing the factory's promise synchronously so concurrent callers share one call.
 *
 * The factory must not await its own `get()`: that is a cycle and never settles (returning that promise
 * directly is caught and rejects the call with a TypeError).
 *
 * @throws {TypeError} when `factory` is not a function or an option has the wrong type.
 */
export function lazy<T>(factory: () => T | PromiseLike<T>, options: LazyOptions = {}): Lazy<T> {
  assertFunction(factory, 'lazy', 'factory');
  assertOptionsObject(options, 'lazy');
  assertOptionalBoolean(options.retryOnFailure, 'lazy', 'options.retryOnFailure');
  const retryOnFailure = options.retryOnFailure ?? true;

  let state: LazyState<T> = EMPTY;

  function start(): Promise<T> {
    let resolveCall!: (value: T | PromiseLike<T>) => void;
    let rejectCall!: (reason: unknown) => void;
    const call = new Promise<T>((resolve, reject) => {
      resolveCall = resolve;
      rejectCall = reject;
    });
    // Callers get a promise derived from the call, not the call itself: the bookkeeping handler below marks
    // `call` as handled, and a failure nobody awaits must still surface as an unhandled rejection.
    const promise = call.then((value) => value);
    // Marked pending before the factory runs, so a synchronous re-entry joins this call instead of recursing.
    const pending: LazyState<T> = { kind: 'pending', promise };
    state = pending;
    // Runs in the same turn as the reaction that settles `promise`, before any caller's handler on `promise`
    // (queued only once it settles), so the state is settled by the time a caller resumes.
    call.then(
      (value) => {
        if (state === pending) state = { kind: 'fulfilled', promise, value };
      },
      () => {
        if (state === pending) state = retryOnFailure ? EMPTY : { kind: 'rejected', promise };
      },
    );
    try {
      const result = factory();
      // Waiting for itself would never settle; fail the call the way a promise resolved with itself does.
      if (result === promise) throw new TypeError('lazy: the factory returned its own get() promise, which can never settle');
      resolveCall(result);
    } catch (error) {
      rejectCall(error);
    }
    return promise;
  }

  return {
    get() {
      return state.kind === 'empty' ? start() : state.promise;
    },
    peek() {
      return state.kind === 'fulfilled' ? state.value : undefined;
    },
    get initialized() {
      return state.kind === 'fulfilled';
    },
    reset() {
      state = EMPTY;
    },
  };
}
