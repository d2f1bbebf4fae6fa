import './leak-guard.js';
import { describe, expect, it } from 'vitest';
import { Mutex } from '../../packages/runtime/src/index.js';
import { useCapturedLog } from './captured-log.js';
import { createDeferred, flushMicrotasks } from './deferred.js';

const log = useCapturedLog();

describe('Mutex', () => {
  it('is unlocked when created, locked while held, unlocked after release', async () => {
    const mutex = new Mutex();
    expect(mutex.isLocked()).toBe(false);
    const release = await mutex.acquire();
    expect(mutex.isLocked()).toBe(true);
    release();
    expect(mutex.isLocked()).toBe(false);
  });

  it('grants the lock first come, first served', async () => {
    const mutex = new Mutex();
    const order: string[] = [];
    const releaseFirst = await mutex.acquire();
    const second = mutex.acquire().then((release) => {
      order.push('second');
      release();
    });
    const third = mutex.acquire().then((release) => {
      order.push('third');
      release();
    });
    expect(mutex.waitingCount).toBe(2);
    releaseFirst();
    await Promise.all([second, third]);
    expect(order).toEqual(['second', 'third']);
  });

  it('hands the lock to the oldest waiter, so a caller arriving after release cannot overtake it', async () => {
    const mutex = new Mutex();
    const order: string[] = [];
    const release = await mutex.acquire();
    const waiter = mutex.runExclusive(() => {
      order.push('waiter');
    });
    release();
    const lateComer = mutex.runExclusive(() => {
      order.push('late-comer');
    });
    await Promise.all([waiter, lateComer]);
    expect(order).toEqual(['waiter', 'late-comer']);
  });

  it('ignores a second call of the same release function', async () => {
    const mutex = new Mutex();
    const releaseFirst = await mutex.acquire();
    const secondAcquired = mutex.acquire();
    releaseFirst();
    const releaseSecond = await secondAcquired;
    releaseFirst();
    expect(mutex.isLocked()).toBe(true);
    releaseSecond();
    expect(mutex.isLocked()).toBe(false);
  });

  it('runExclusive resolves to the value of fn and releases', async () => {
    const mutex = new Mutex();
    await expect(mutex.runExclusive(async () => 42)).resolves.toBe(42);
    expect(mutex.isLocked()).toBe(false);
  });

  it('runExclusive releases when fn throws synchronously, passing on the same error', async () => {
    const mutex = new Mutex();
    const error = new Error('sync failure');
    const outcome = mutex.runExclusive(() => {
      throw error;
    });
    await expect(outcome).rejects.toBe(error);
    expect(mutex.isLocked()).toBe(false);
  });

  it('runExclusive releases when fn rejects, passing on the same error', async () => {
    const mutex = new Mutex();
    const error = new Error('async failure');
    await expect(mutex.runExclusive(() => Promise.reject(error))).rejects.toBe(error);
    expect(mutex.isLocked()).toBe(false);
  });

  it('runExclusive keeps a second caller out until the first has finished', async () => {
    const mutex = new Mutex();
    const gate = createDeferred();
    const events: string[] = [];
    const first = mutex.runExclusive(async () => {
      events.push('first start');
      await gate.promise;
      events.push('first end');
    });
    const second = mutex.runExclusive(() => {
      events.push('second');
    });
    await flushMicrotasks();
    expect(events).toEqual(['first start']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(events).toEqual(['first start', 'first end', 'second']);
  });

  it('logs lock creation at debug level with its name', () => {
    new Mutex({ name: 'connect' });
    expect(log.messages('debug')).toEqual(['lock created: connect']);
  });

  it('names an unnamed lock mutex#<n> in the creation log', () => {
    const mutex = new Mutex();
    expect(mutex.name).toMatch(/^mutex#\d+$/);
    expect(log.messages('debug')).toEqual([`lock created: ${mutex.name}`]);
  });

  it('rejects a non-function passed to runExclusive with a TypeError', async () => {
    const mutex = new Mutex();
    // @ts-expect-error: checking the runtime guard for untyped callers
    await expect(mutex.runExclusive('not a function')).rejects.toThrow(
      new TypeError('Mutex#runExclusive: fn must be a function, got string'),
    );
    expect(mutex.isLocked()).toBe(false);
  });

  it('rejects malformed options with a TypeError', () => {
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => new Mutex({ name: 3 })).toThrow(new TypeError('new Mutex: options.name must be a string, got number'));
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => new Mutex({ logger: {} })).toThrow(TypeError);
  });
});
