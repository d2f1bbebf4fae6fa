import { assertOptionsObject, describeType } from './validate.js';
import type { RuntimeLogger } from './logger.js';
import { assertIsRuntimeLogger, getLoggerFor } from './logger.js';

/** Options for {@link Lifecycle}. */
export interface LifecycleOptions {
  /** Prefixes every transition log line (`"db: state transition: a -> b"`). */
  name?: string;
  /** Where transitions are logged (debug level); defaults to the runtime logger. */
  logger?: RuntimeLogger;
}

/**
 * A state variable whose only writer is an atomic check-and-set: the note's pattern 2 (immediate state
 * flag updates). `if (!life.transition('connected', 'disconnecting')) return;` is the guard check and
 * the flag update in one synchronous call, so no concurrent caller can slip in between them.
 *
 * Every transition is logged at debug level as `state transition: <from> -> <to>` (prefixed with
 * `<name>: ` when named), the note's "monitor state transitions".
 *
 * Give the state union explicitly: `new Lifecycle<'connected' | 'disconnected'>('disconnected')`.
 */
export class Lifecycle<S extends string> {
  /** The prefix of this lifecycle's transition log lines, if any. */
  readonly name: string | undefined;
  #state: S;
  readonly #logger: RuntimeLogger;

  constructor(initial: NoInfer<S>, options: LifecycleOptions = {}) {
    assertState(initial, 'new Lifecycle', 'initial');
    assertOptionsObject(options, 'new Lifecycle');
    if (options.name !== undefined && typeof options.name !== 'string') {
      throw new TypeError(`new Lifecycle: options.name must be a string, got ${describeType(options.name)}`);
    }
    if (options.logger !== undefined) assertIsRuntimeLogger(options.logger, 'new Lifecycle');
    this.#state = initial;
    this.name = options.name;
    this.#logger = getLoggerFor(options.logger);
  }

  /** The current state. */
  get state(): S {
    return this.#state;
  }

  /**
   * Returns whether the current state is `state` (or one of `state` when given a list).
   *
   * @throws {TypeError} when `state` is neither a string nor an array.
   */
  is(state: S | readonly S[]): boolean {
    if (typeof state === 'string') return this.#state === state;
    if (!Array.isArray(state)) {
      throw new TypeError(`Lifecycle#is: state must be a state or an array of states, got ${describeType(state)}`);
    }
    return state.includes(this.#state);
  }

  /**
   * Moves to `to` if the current state is `from` (or one of `from`), and returns whether it did.
   * Check and set happen in one synchronous step: call it before the first `await` of the operation.
   *
   * @throws {TypeError} when `from` is empty or a state is not a string.
   */
  transition(from: S | readonly S[], to: S): boolean {
    if (typeof from !== 'string') {
      if (!Array.isArray(from) || from.length === 0) {
        throw new TypeError(`Lifecycle#transition: from must be a state or a non-empty array of states, got ${describeType(from)}`);
      }
      for (const state of from) assertState(state, 'Lifecycle#transition', 'from');
    }
    assertState(to, 'Lifecycle#transition', 'to');
    if (!this.is(from)) return false;
    const previous = this.#state;
    this.#state = to;
    this.#logger.debug(`${this.name === undefined ? '' : `${this.name}: `}state transition: ${previous} -> ${to}`);
    return true;
  }
}

function assertState(value: unknown, where: string, what: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${where}: ${what} must be a state name (string), got ${describeType(value)}`);
  }
}
