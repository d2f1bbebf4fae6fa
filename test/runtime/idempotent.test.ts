import './leak-guard.js';
import { describe, expect, it } from 'vitest';
import { getIdempotentStatus, idempotent, runIdempotent } from '../../packages/runtime/src/index.js';
import { useCapturedLog } from './captured-log.js';
import { createDeferred, flushMicrotasks } from './deferred.js';
import { getUnhandledRejections } from './unhandled-rejections.js';

useCapturedLog();

describe('idempotent', () => {
  it('runs op once under concurrent calls and resolves every caller with its value', async () => {
    let runs = 0;
    const gate = createDeferred();
    const close = idempotent(async () => {
      runs += 1;
      await gate.promise;
      return 'closed';
    });
    const callers = [close(), close(), close()];
    expect(close.inProgress).toBe(true);
    expect(close.complete).toBe(false);
    gate.resolve();
    expect(await Promise.all(callers)).toEqual(['closed', 'closed', 'closed']);
    expect(runs).toBe(1);
    expect(close.inProgress).toBe(false);
    expect(close.complete).toBe(true);
  });

  it('settles a caller that joined mid-run only after the run finished, cleanup included', async () => {
    const events: string[] = [];
    const cleanupGate = createDeferred();
    const shutdown = idempotent(async () => {
      events.push('stop');
      await cleanupGate.promise;
      events.push('cleanup done');
    });
    const first = shutdown().then(() => events.push('first caller resumed'));
    const joiner = shutdown().then(() => events.push('joiner resumed'));
    await flushMicrotasks();
    expect(events).toEqual(['stop']);
    cleanupGate.resolve();
    await Promise.all([first, joiner]);
    expect(events).toEqual(['stop', 'cleanup done', 'first caller resumed', 'joiner resumed']);
  });

  it('resolves calls made after completion at once, with the value, without running op', async () => {
    let runs = 0;
    const close = idempotent(() => {
      runs += 1;
      return 'done';
    });
    await close();
    const later = close();
    let resolved = false;
    void later.then(() => {
      resolved = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(resolved).toBe(true);
    expect(await later).toBe('done');
    expect(runs).toBe(1);
  });

  it('resolves a synchronous call from inside op at once, with undefined, instead of deadlocking', async () => {
    let inner: Promise<string | undefined> | undefined;
    const close = idempotent((): string => {
      inner = close();
      return 'outer';
    });
    expect(await close()).toBe('outer');
    expect(await inner).toBeUndefined();
  });

  it('resolves a call made from inside op after awaits, through a helper, without waiting for the run', async () => {
    const gate = createDeferred();
    const events: string[] = [];
    const close = idempotent(async () => {
      await gate.promise;
      await flushResources();
      events.push('after nested close');
      return 'closed';
    });
    async function flushResources(): Promise<void> {
      await Promise.resolve();
      // A resource's own teardown calling back into close(): the classic recursive-shutdown case.
      const nested = await close();
      events.push(`nested close resolved with ${String(nested)} while inProgress=${String(close.inProgress)}`);
    }
    const outer = close();
    gate.resolve();
    expect(await outer).toBe('closed');
    expect(events).toEqual(['nested close resolved with undefined while inProgress=true', 'after nested close']);
  });

  it('resolves a call from a microtask queued by op without waiting', async () => {
    let nested: Promise<void | undefined> | undefined;
    const gate = createDeferred();
    const close = idempotent(async () => {
      queueMicrotask(() => {
        nested = close();
      });
      await gate.promise;
    });
    const outer = close();
    await flushMicrotasks();
    await expect(nested).resolves.toBeUndefined();
    expect(close.inProgress).toBe(true);
    gate.resolve();
    await outer;
  });

  it('makes a caller from outside wait even while a re-entrant call resolved at once', async () => {
    const gate = createDeferred();
    let outsideSettled = false;
    const close = idempotent(async () => {
      await close();
      await gate.promise;
    });
    const first = close();
    const outside = close().then(() => {
      outsideSettled = true;
    });
    await flushMicrotasks();
    expect(outsideSettled).toBe(false);
    gate.resolve();
    await Promise.all([first, outside]);
    expect(outsideSettled).toBe(true);
  });

  it('rejects every caller of a failed run with the same error and is then complete: later calls resolve without running op', async () => {
    const error = new Error('cleanup failed');
    let runs = 0;
    const gate = createDeferred();
    const shutdown = idempotent(async () => {
      runs += 1;
      await gate.promise;
      throw error;
    });
    const callers = [shutdown(), shutdown()];
    gate.resolve();
    await expect(callers[0]).rejects.toBe(error);
    await expect(callers[1]).rejects.toBe(error);
    expect(shutdown.complete).toBe(true);
    await expect(shutdown()).resolves.toBeUndefined();
    expect(runs).toBe(1);
  });

  it('turns a synchronous throw of op into a rejection of every caller', async () => {
    const error = new Error('sync');
    const close = idempotent(() => {
      throw error;
    });
    await expect(close()).rejects.toBe(error);
    expect(close.complete).toBe(true);
  });

  it('lets a failed run nobody awaits surface as an unhandled rejection (`void client.close()`), not swallow it', async () => {
    const error = new Error('close failed');
    const close = idempotent(async () => {
      throw error;
    });
    const closeTwice = idempotent(
      async () => {
        throw error;
      },
      { retryOnFailure: true },
    );
    const unhandled = await getUnhandledRejections(() => {
      void close();
      void closeTwice();
    });
    expect(unhandled).toEqual([error, error]);
    expect(close.complete).toBe(true);
    expect(closeTwice.complete).toBe(false);
  });

  it('with retryOnFailure runs op again on the call after a failed run', async () => {
    const error = new Error('first attempt');
    let runs = 0;
    const shutdown = idempotent(
      async () => {
        runs += 1;
        if (runs === 1) throw error;
        return runs;
      },
      { retryOnFailure: true },
    );
    await expect(shutdown()).rejects.toBe(error);
    expect(shutdown.complete).toBe(false);
    expect(shutdown.inProgress).toBe(false);
    await expect(shutdown()).resolves.toBe(2);
    expect(shutdown.complete).toBe(true);
    await expect(shutdown()).resolves.toBe(2);
    expect(runs).toBe(2);
  });

  it('keeps a class field method per instance, with `this` bound by the arrow function', async () => {
    class Client {
      closed = 0;
      close = idempotent(async () => {
        this.closed += 1;
      });
    }
    const a = new Client();
    const b = new Client();
    await Promise.all([a.close(), a.close(), b.close()]);
    expect([a.closed, b.closed]).toEqual([1, 1]);
  });

  it('rejects a non-function op and malformed options with a TypeError', () => {
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => idempotent(undefined)).toThrow(new TypeError('idempotent: op must be a function, got undefined'));
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => idempotent(() => 1, { retryOnFailure: 1 })).toThrow(
      new TypeError('idempotent: options.retryOnFailure must be a boolean, got number'),
    );
  });
});

describe('runIdempotent', () => {
  class Connection {
    closes = 0;
    readonly gate = createDeferred();
    async close(): Promise<void> {
      return runIdempotent(this, 'close', async () => {
        this.closes += 1;
        await this.gate.promise;
      });
    }
  }

  it('guards a prototype method per instance', async () => {
    const a = new Connection();
    const b = new Connection();
    const calls = [a.close(), a.close(), b.close(), b.close()];
    a.gate.resolve();
    b.gate.resolve();
    await Promise.all(calls);
    expect([a.closes, b.closes]).toEqual([1, 1]);
    expect(getIdempotentStatus(a, 'close')).toEqual({ inProgress: false, complete: true });
  });

  it('reports inProgress while running and nothing before the first call', async () => {
    const connection = new Connection();
    expect(getIdempotentStatus(connection, 'close')).toEqual({ inProgress: false, complete: false });
    const closing = connection.close();
    expect(getIdempotentStatus(connection, 'close')).toEqual({ inProgress: true, complete: false });
    connection.gate.resolve();
    await closing;
  });

  it('is inherited by a subclass that does not override the method', async () => {
    class PooledConnection extends Connection {}
    const pooled = new PooledConnection();
    const calls = [pooled.close(), pooled.close()];
    pooled.gate.resolve();
    await Promise.all(calls);
    expect(pooled.closes).toBe(1);
  });

  it('runs both bodies once when an override calls super and each level has its own key', async () => {
    const events: string[] = [];
    class Base {
      async close(): Promise<void> {
        return runIdempotent(this, 'Base.close', async () => {
          events.push('base');
        });
      }
    }
    class Derived extends Base {
      override async close(): Promise<void> {
        return runIdempotent(this, 'Derived.close', async () => {
          events.push('derived');
          await super.close();
        });
      }
    }
    const derived = new Derived();
    await Promise.all([derived.close(), derived.close()]);
    expect(events).toEqual(['derived', 'base']);
  });

  it('treats super.close() under the same key as re-entrant: the base body does not run (why keys must differ per level)', async () => {
    const events: string[] = [];
    class Base {
      async close(): Promise<void> {
        return runIdempotent(this, 'close', async () => {
          events.push('base');
        });
      }
    }
    class Derived extends Base {
      override async close(): Promise<void> {
        return runIdempotent(this, 'close', async () => {
          events.push('derived');
          await super.close();
        });
      }
    }
    await new Derived().close();
    expect(events).toEqual(['derived']);
  });

  it('runs the closure of the call that starts the retry after a failed run', async () => {
    const owner = {};
    const error = new Error('first');
    await expect(
      runIdempotent(owner, 'stop', () => Promise.reject(error), { retryOnFailure: true }),
    ).rejects.toBe(error);
    await expect(runIdempotent(owner, 'stop', () => 'second closure')).resolves.toBe('second closure');
    await expect(runIdempotent(owner, 'stop', () => 'third closure')).resolves.toBe('second closure');
  });

  it('rejects a non-object owner and a non-function op with a TypeError', () => {
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => runIdempotent(null, 'close', () => {})).toThrow(
      new TypeError('runIdempotent: owner must be an object (usually `this`), got null'),
    );
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => runIdempotent({}, 'close', 'op')).toThrow(new TypeError('runIdempotent: op must be a function, got string'));
  });
});
