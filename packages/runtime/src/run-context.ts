import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One storage for the whole runtime. Node keeps every AsyncLocalStorage instance alive and pays for
 * each on every async hop, so helpers must not create one per object; they push a frame here instead.
 */
const activeRuns = new AsyncLocalStorage<RunFrame>();

interface RunFrame {
  readonly run: object;
  readonly parent: RunFrame | undefined;
}

/**
 * Calls `fn` so that it, and every callback or continuation it schedules (awaits, promise handlers,
 * timers), counts as running inside `run`. Returns what `fn` returns.
 */
export function runInside<T>(run: object, fn: () => T): T {
  return activeRuns.run({ run, parent: activeRuns.getStore() }, fn);
}

/** Returns whether the current synchronous or asynchronous execution descends from `runInside(run, ...)`. */
export function isInside(run: object): boolean {
  for (let frame = activeRuns.getStore(); frame !== undefined; frame = frame.parent) {
    if (frame.run === run) return true;
  }
  return false;
}
