import { assertFunction, assertOptionsObject, describeType } from './validate.js';
import type { RuntimeLogger } from './logger.js';
import { assertIsRuntimeLogger, getLoggerFor } from './logger.js';

/** Gives the lock back. Calling it a second time does nothing, so a `finally` plus an early release is safe. */
export type ReleaseLock = () => void;

/** Options for {@link Mutex}. */
export interface MutexOptions {
  /** Shown in the debug line logged at creation; defaults to `mutex#<n>`. */
  name?: string;
  /** Logger for this lock; defaults to the runtime logger (see `setRuntimeLogger`). */
  logger?: RuntimeLogger;
}

let createdCount = 0;

/**
 * A first-come, first-served async lock (the note's pattern 1, `asyncio.Lock`).
 *
 * In JS a lock needs no event loop, so create it eagerly in a field initialiser; reach for `lazy`
 * only when creation itself is asynchronous. Not re-entrant: awaiting `runExclusive` on the same
 * mutex from inside `runExclusive` waits forever, as with `asyncio.Lock`.
 */
export class Mutex {
  /** The name shown in this lock's debug lines. */
  readonly name: string;
  #locked = false;
  /** Waiters in arrival order; each is handed the lock directly so no late-comer can overtake it. */
  readonly #waiters: Array<() => void> = [];

  constructor(options: MutexOptions = {}) {
    assertOptionsObject(options, 'new Mutex');
    if (options.name !== undefined && typeof options.name !== 'string') {
      throw new TypeError(`new Mutex: options.name must be a string, got ${describeType(options.name)}`);
    }
    if (options.logger !== undefined) assertIsRuntimeLogger(options.logger, 'new Mutex');
    createdCount += 1;
    this.name = options.name ?? `mutex#${createdCount}`;
    getLoggerFor(options.logger).debug(`lock created: ${this.name}`);
  }

  /** Returns whether someone holds the lock (or it has been handed to the next waiter). */
  isLocked(): boolean {
    return this.#locked;
  }

  /** Returns how many callers are queued behind the current holder. */
  get waitingCount(): number {
    return this.#waiters.length;
  }

  /**
   * Resolves, in call order, to a release function once the lock is yours.
   * Pair it with `try { ... } finally { release() }`; prefer {@link runExclusive}, which does that for you.
   */
  acquire(): Promise<ReleaseLock> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve(this.#createRelease());
    }
    return new Promise<ReleaseLock>((resolve) => {
      this.#waiters.push(() => resolve(this.#createRelease()));
    });
  }

  /**
   * Runs `fn` while holding the lock and returns its result. The lock is released however `fn` ends:
   * value, synchronous throw or rejection (which is passed on to the caller unchanged).
   */
  async runExclusive<T>(fn: () => T | PromiseLike<T>): Promise<T> {
    assertFunction(fn, 'Mutex#runExclusive', 'fn');
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }

  #createRelease(): ReleaseLock {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#handOver();
    };
  }

  /** Passes the lock straight to the oldest waiter; `#locked` stays true in between, which is what makes it FIFO. */
  #handOver(): void {
    const next = this.#waiters.shift();
    if (next === undefined) {
      this.#locked = false;
    } else {
      next();
    }
  }
}
