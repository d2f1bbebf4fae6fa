import './leak-guard.js';
import { describe, expect, it } from 'vitest';
import { lazy } from '../../packages/runtime/src/index.js';
import { useCapturedLog } from './captured-log.js';
import { createDeferred } from './deferred.js';
import { getUnhandledRejections } from './unhandled-rejections.js';

useCapturedLog();

describe('lazy', () => {
  it('shares one factory call and one value between concurrent get()s', async () => {
    let calls = 0;
    const gate = createDeferred();
    const connection = lazy(async () => {
      calls += 1;
      await gate.promise;
      return { id: calls };
    });
    const pending = [connection.get(), connection.get(), connection.get()];
    gate.resolve();
    const [a, b, c] = await Promise.all(pending);
    expect(calls).toBe(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('peek() is undefined and initialized false until the factory fulfils', async () => {
    const gate = createDeferred();
    const value = { answer: 42 };
    const cached = lazy(async () => {
      await gate.promise;
      return value;
    });
    expect(cached.peek()).toBeUndefined();
    const pending = cached.get();
    expect(cached.initialized).toBe(false);
    expect(cached.peek()).toBeUndefined();
    gate.resolve();
    await pending;
    expect(cached.initialized).toBe(true);
    expect(cached.peek()).toBe(value);
  });

  it('does not call the factory again once it has fulfilled', async () => {
    let calls = 0;
    const cached = lazy(() => ++calls);
    expect(await cached.get()).toBe(1);
    expect(await cached.get()).toBe(1);
    expect(calls).toBe(1);
  });

  it('rejects every waiter of a failed call with the same error, then runs the factory again on the next get()', async () => {
    const error = new Error('connect refused');
    let calls = 0;
    const connection = lazy(async () => {
      calls += 1;
      if (calls === 1) throw error;
      return 'connected';
    });
    const waiters = [connection.get(), connection.get()];
    await expect(waiters[0]).rejects.toBe(error);
    await expect(waiters[1]).rejects.toBe(error);
    expect(connection.initialized).toBe(false);
    await expect(connection.get()).resolves.toBe('connected');
    expect(calls).toBe(2);
  });

  it('turns a synchronous throw of the factory into a rejection', async () => {
    const error = new Error('sync');
    const cached = lazy(() => {
      throw error;
    });
    await expect(cached.get()).rejects.toBe(error);
  });

  it('with retryOnFailure: false caches the rejection: later get()s reject with the same error without calling the factory', async () => {
    const error = new Error('permanent');
    let calls = 0;
    const cached = lazy(
      async () => {
        calls += 1;
        throw error;
      },
      { retryOnFailure: false },
    );
    await expect(cached.get()).rejects.toBe(error);
    await expect(cached.get()).rejects.toBe(error);
    expect(calls).toBe(1);
    expect(cached.initialized).toBe(false);
  });

  it('reset() after a cached rejection lets the factory run again', async () => {
    let calls = 0;
    const cached = lazy(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('first');
        return calls;
      },
      { retryOnFailure: false },
    );
    await expect(cached.get()).rejects.toThrow('first');
    cached.reset();
    await expect(cached.get()).resolves.toBe(2);
  });

  it('reset() after a value forgets it: the next get() calls the factory again', async () => {
    let calls = 0;
    const cached = lazy(() => ({ call: ++calls }));
    const first = await cached.get();
    cached.reset();
    expect(cached.initialized).toBe(false);
    expect(cached.peek()).toBeUndefined();
    const second = await cached.get();
    expect(second).not.toBe(first);
    expect(calls).toBe(2);
  });

  it('reset() during a call lets that call serve its waiters without caching its value', async () => {
    const gates = [createDeferred<string>(), createDeferred<string>()];
    let calls = 0;
    const cached = lazy(() => gates[calls++]!.promise);
    const before = cached.get();
    cached.reset();
    const after = cached.get();
    gates[0]!.resolve('stale');
    gates[1]!.resolve('fresh');
    expect(await before).toBe('stale');
    expect(await after).toBe('fresh');
    expect(cached.peek()).toBe('fresh');
    expect(calls).toBe(2);
  });

  it('a synchronous get() from inside the factory joins the running call instead of recursing', async () => {
    let calls = 0;
    let inner: Promise<number> | undefined;
    const cached = lazy((): number => {
      calls += 1;
      inner = cached.get();
      return 7;
    });
    const outer = cached.get();
    expect(inner).toBe(outer);
    expect(await outer).toBe(7);
    expect(calls).toBe(1);
  });

  it('rejects with a TypeError, instead of hanging, when the factory returns its own get() promise', async () => {
    let calls = 0;
    const cached = lazy((): Promise<number> => {
      calls += 1;
      return calls === 1 ? cached.get() : Promise.resolve(2);
    });
    await expect(cached.get()).rejects.toThrow(
      new TypeError('lazy: the factory returned its own get() promise, which can never settle'),
    );
    await expect(cached.get()).resolves.toBe(2);
  });

  it('lets a failure nobody awaits surface as an unhandled rejection, as a stored promise would', async () => {
    const error = new Error('prewarm failed');
    const client = lazy(async () => {
      throw error;
    });
    const cached = lazy(
      async () => {
        throw error;
      },
      { retryOnFailure: false },
    );
    const unhandled = await getUnhandledRejections(() => {
      void client.get();
      void cached.get();
    });
    expect(unhandled).toEqual([error, error]);
    expect(client.initialized).toBe(false);
  });

  it('rejects a non-function factory and malformed options with a TypeError', () => {
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => lazy(42)).toThrow(new TypeError('lazy: factory must be a function, got number'));
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => lazy(() => 1, { retryOnFailure: 'no' })).toThrow(
      new TypeError('lazy: options.retryOnFailure must be a boolean, got string'),
    );
  });
});
