/**
 * Imported by every runtime test file. After each test it fails the test if
 *  1. a promise rejection went unhandled while the test ran (process 'unhandledRejection'), or
 *  2. the test left a timer or immediate behind (Node's active 'Timeout' / 'Immediate' resources,
 *     counted before and after the test; the runtime uses no timers and the tests use none either).
 * A concurrency runtime that leaks a rejection or a timer is broken even when every assertion passed.
 */
import { afterAll, afterEach, beforeEach, expect } from 'vitest';

const unhandledRejections: unknown[] = [];
const recordUnhandledRejection = (reason: unknown): void => {
  unhandledRejections.push(reason);
};
process.on('unhandledRejection', recordUnhandledRejection);

let timersBefore = 0;

function countTimers(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout' || kind === 'Immediate').length;
}

/** Lets Node run its rejection bookkeeping, which happens after the microtask queue drains. */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  unhandledRejections.length = 0;
  timersBefore = countTimers();
});

afterEach(async () => {
  await nextMacrotask();
  expect(unhandledRejections, 'unhandled promise rejections during the test').toEqual([]);
  expect(countTimers(), 'timers left running by the test').toBeLessThanOrEqual(timersBefore);
});

afterAll(() => {
  process.off('unhandledRejection', recordUnhandledRejection);
});
