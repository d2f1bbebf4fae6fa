import { assertFunction, describeType } from './validate.js';
import { describeError } from './describe-error.js';
import type { RuntimeLogger } from './logger.js';
import { assertIsRuntimeLogger, getLoggerFor } from './logger.js';

/** Options for {@link FailureBudget}. */
export interface FailureBudgetOptions {
  /** How many failures are tolerated before `onExhausted` runs; a positive integer. */
  limit: number;
  /** Runs once when `failures` reaches `limit` (e.g. an emergency shutdown), receiving the failure that did it. */
  onExhausted: (lastError: unknown) => unknown;
  /** Prefixes log lines (`"callback: failure 3/10: ..."`). */
  name?: string;
  /** Where failures are logged; defaults to the runtime logger. */
  logger?: RuntimeLogger;
}

/**
 * An error zone that counts its failures: the note's pattern 6 (nested error zones). `run(fn)` never
 * throws: a failure is logged at error level and counted, and the caller gets `undefined`. When the
 * count reaches `limit`, `onExhausted` runs once (until `reset()`); its own failure is logged too,
 * so the emergency path cannot take down the loop that called `run`.
 *
 * Successes do not reset the count (the note's counter is cumulative); call `reset()` for that.
 * `run` keeps running `fn` after exhaustion: stopping is `onExhausted`'s job.
 */
export class FailureBudget {
  /** The number of failures that exhausts the budget. */
  readonly limit: number;
  /** The prefix of this budget's log lines, if any. */
  readonly name: string | undefined;
  #failures = 0;
  #exhausted = false;
  readonly #onExhausted: (lastError: unknown) => unknown;
  readonly #logger: RuntimeLogger;

  /** @throws {TypeError} when `limit` is not a positive integer or `onExhausted` is not a function. */
  constructor(options: FailureBudgetOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(`new FailureBudget: options { limit, onExhausted } are required, got ${describeType(options)}`);
    }
    const { limit, onExhausted, name, logger } = options;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      throw new TypeError(`new FailureBudget: limit must be a positive integer, got ${typeof limit === 'number' ? String(limit) : describeType(limit)}`);
    }
    assertFunction(onExhausted, 'new FailureBudget', 'onExhausted');
    if (name !== undefined && typeof name !== 'string') {
      throw new TypeError(`new FailureBudget: name must be a string, got ${describeType(name)}`);
    }
    if (logger !== undefined) assertIsRuntimeLogger(logger, 'new FailureBudget');
    this.limit = limit;
    this.name = name;
    this.#onExhausted = onExhausted;
    this.#logger = getLoggerFor(logger);
  }

  /** How many runs have failed since creation or the last `reset()`. */
  get failures(): number {
    return this.#failures;
  }

  /** Whether `failures` has reached `limit` (and `onExhausted` has been started). */
  get exhausted(): boolean {
    return this.#exhausted;
  }

  /**
   * Runs `fn` and resolves to its value, or to `undefined` if it threw or rejected (logged, counted).
   * The run whose failure exhausts the budget resolves after `onExhausted` has settled.
   */
  async run<T>(fn: () => T | PromiseLike<T>): Promise<T | undefined> {
    assertFunction(fn, 'FailureBudget#run', 'fn');
    try {
      return await fn();
    } catch (error) {
      await this.#recordFailure(error);
      return undefined;
    }
  }

  /** Zeroes the count and re-arms `onExhausted`. */
  reset(): void {
    this.#failures = 0;
    this.#exhausted = false;
  }

  async #recordFailure(error: unknown): Promise<void> {
    this.#failures += 1;
    this.#logger.error(`${this.#prefix()}failure ${this.#failures}/${this.limit}: ${describeError(error)}`, error);
    if (this.#exhausted || this.#failures < this.limit) return;
    // Set before the call, so failures that land while onExhausted runs cannot start it again.
    this.#exhausted = true;
    this.#logger.error(`${this.#prefix()}failure budget exhausted after ${this.#failures} failures`);
    try {
      await this.#onExhausted(error);
    } catch (exhaustedError) {
      this.#logger.error(`${this.#prefix()}onExhausted failed: ${describeError(exhaustedError)}`, exhaustedError);
    }
  }

  #prefix(): string {
    return this.name === undefined ? '' : `${this.name}: `;
  }
}
