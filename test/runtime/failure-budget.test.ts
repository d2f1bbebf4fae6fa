import './leak-guard.js';
import { describe, expect, it, vi } from 'vitest';
import { FailureBudget } from '../../packages/runtime/src/index.js';
import { useCapturedLog } from './captured-log.js';
import { createDeferred } from './deferred.js';

const log = useCapturedLog();

const fail = (message: string) => (): Promise<never> => Promise.reject(new Error(message));

describe('FailureBudget', () => {
  it('resolves to the value of fn, sync or async, without counting', async () => {
    const budget = new FailureBudget({ limit: 3, onExhausted: () => {} });
    expect(await budget.run(() => 'sync')).toBe('sync');
    expect(await budget.run(async () => 'async')).toBe('async');
    expect(budget.failures).toBe(0);
  });

  it('resolves a failed run to undefined, logs the error and counts it', async () => {
    const budget = new FailureBudget({ limit: 3, onExhausted: () => {}, name: 'callback' });
    const error = new Error('boom');
    expect(await budget.run(() => Promise.reject(error))).toBeUndefined();
    expect(
      await budget.run(() => {
        throw new Error('sync boom');
      }),
    ).toBeUndefined();
    expect(budget.failures).toBe(2);
    expect(budget.exhausted).toBe(false);
    expect(log.entries).toEqual([
      { level: 'error', message: 'callback: failure 1/3: Error: boom', details: [error] },
      { level: 'error', message: 'callback: failure 2/3: Error: sync boom', details: [expect.any(Error)] },
    ]);
  });

  it('does not reset the count on success (cumulative, like the note)', async () => {
    const budget = new FailureBudget({ limit: 3, onExhausted: () => {} });
    await budget.run(fail('a'));
    await budget.run(() => 'ok');
    await budget.run(fail('b'));
    expect(budget.failures).toBe(2);
  });

  it('runs onExhausted once, with the failure that reached the limit, however many failures follow', async () => {
    const onExhausted = vi.fn();
    const budget = new FailureBudget({ limit: 2, onExhausted });
    const second = new Error('second');
    await budget.run(fail('first'));
    expect(onExhausted).not.toHaveBeenCalled();
    await budget.run(() => Promise.reject(second));
    await budget.run(fail('third'));
    expect(onExhausted).toHaveBeenCalledExactlyOnceWith(second);
    expect(budget.exhausted).toBe(true);
    expect(budget.failures).toBe(3);
  });

  it('runs onExhausted once when failures land concurrently while it is still running', async () => {
    const gate = createDeferred();
    let calls = 0;
    const budget = new FailureBudget({
      limit: 1,
      onExhausted: async () => {
        calls += 1;
        await gate.promise;
      },
    });
    const runs = [budget.run(fail('a')), budget.run(fail('b')), budget.run(fail('c'))];
    gate.resolve();
    expect(await Promise.all(runs)).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(1);
  });

  it('settles the run that exhausted the budget only after onExhausted finished', async () => {
    const events: string[] = [];
    const budget = new FailureBudget({
      limit: 1,
      onExhausted: async () => {
        await Promise.resolve();
        events.push('emergency shutdown done');
      },
    });
    await budget.run(fail('x'));
    events.push('run settled');
    expect(events).toEqual(['emergency shutdown done', 'run settled']);
  });

  it('logs a synchronous throw of onExhausted instead of throwing it', async () => {
    const budget = new FailureBudget({
      limit: 1,
      onExhausted: () => {
        throw new Error('shutdown threw');
      },
    });
    expect(await budget.run(fail('x'))).toBeUndefined();
    expect(log.messages('error')).toEqual([
      'failure 1/1: Error: x',
      'failure budget exhausted after 1 failures',
      'onExhausted failed: Error: shutdown threw',
    ]);
  });

  it('logs a rejection of onExhausted instead of throwing it', async () => {
    const budget = new FailureBudget({ limit: 1, onExhausted: () => Promise.reject(new Error('shutdown rejected')) });
    expect(await budget.run(fail('x'))).toBeUndefined();
    expect(log.messages('error').at(-1)).toBe('onExhausted failed: Error: shutdown rejected');
  });

  it('reset() zeroes the count and re-arms onExhausted', async () => {
    const onExhausted = vi.fn();
    const budget = new FailureBudget({ limit: 1, onExhausted });
    await budget.run(fail('a'));
    budget.reset();
    expect(budget.failures).toBe(0);
    expect(budget.exhausted).toBe(false);
    await budget.run(fail('b'));
    expect(onExhausted).toHaveBeenCalledTimes(2);
  });

  it('rejects a limit that is not a positive integer with a TypeError', () => {
    const onExhausted = (): void => {};
    const message = (shown: string): TypeError => new TypeError(`new FailureBudget: limit must be a positive integer, got ${shown}`);
    expect(() => new FailureBudget({ limit: 0, onExhausted })).toThrow(message('0'));
    expect(() => new FailureBudget({ limit: -2, onExhausted })).toThrow(message('-2'));
    expect(() => new FailureBudget({ limit: 1.5, onExhausted })).toThrow(message('1.5'));
    expect(() => new FailureBudget({ limit: Number.NaN, onExhausted })).toThrow(message('NaN'));
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => new FailureBudget({ limit: '3', onExhausted })).toThrow(message('string'));
  });

  it('rejects missing options, a missing onExhausted and a non-function fn with a TypeError', async () => {
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => new FailureBudget()).toThrow(new TypeError('new FailureBudget: options { limit, onExhausted } are required, got undefined'));
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => new FailureBudget({ limit: 1 })).toThrow(new TypeError('new FailureBudget: onExhausted must be a function, got undefined'));
    const budget = new FailureBudget({ limit: 1, onExhausted: () => {} });
    // @ts-expect-error: checking the runtime guard for untyped callers
    await expect(budget.run(null)).rejects.toThrow(new TypeError('FailureBudget#run: fn must be a function, got null'));
    expect(budget.failures).toBe(0);
  });
});
