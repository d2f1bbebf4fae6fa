import './leak-guard.js';
import { describe, expect, it, vi } from 'vitest';
import { releaseAndClear, releaseThenClear } from '../../packages/runtime/src/index.js';
import { useCapturedLog } from './captured-log.js';
import { createDeferred } from './deferred.js';

const log = useCapturedLog();

interface Handler {
  id: number;
}

class Monitor {
  handler: Handler | null = { id: 1 };
  removed: Handler[] = [];
}

describe('releaseAndClear', () => {
  it('releases and clears a reference with a synchronous release, before the promise settles', async () => {
    const monitor = new Monitor();
    const handler = monitor.handler;
    const outcome = releaseAndClear(monitor, 'handler', (h) => {
      monitor.removed.push(h);
    });
    expect(monitor.handler).toBeNull();
    expect(await outcome).toBe(true);
    expect(monitor.removed).toEqual([handler]);
  });

  it('clears the reference after an async release resolves', async () => {
    const monitor = new Monitor();
    const done = createDeferred();
    const outcome = releaseAndClear(monitor, 'handler', () => done.promise);
    expect(monitor.handler).not.toBeNull();
    done.resolve();
    expect(await outcome).toBe(true);
    expect(monitor.handler).toBeNull();
  });

  it('keeps the reference, warns and resolves false when release throws', async () => {
    const monitor = new Monitor();
    const handler = monitor.handler;
    const error = new Error('not registered');
    const outcome = await releaseAndClear(monitor, 'handler', () => {
      throw error;
    });
    expect(outcome).toBe(false);
    expect(monitor.handler).toBe(handler);
    expect(log.entries).toEqual([
      { level: 'warn', message: 'release of handler failed, reference kept for retry: Error: not registered', details: [error] },
    ]);
  });

  it('keeps the reference, warns and resolves false when an async release rejects', async () => {
    const monitor = new Monitor();
    const handler = monitor.handler;
    const outcome = await releaseAndClear(monitor, 'handler', () => Promise.reject(new Error('timeout')));
    expect(outcome).toBe(false);
    expect(monitor.handler).toBe(handler);
    expect(log.messages('warn')).toEqual(['release of handler failed, reference kept for retry: Error: timeout']);
  });

  it('lets a retry after a failure release and clear the kept reference', async () => {
    const monitor = new Monitor();
    let attempts = 0;
    const remove = (): void => {
      attempts += 1;
      if (attempts === 1) throw new Error('busy');
    };
    expect(await releaseAndClear(monitor, 'handler', remove)).toBe(false);
    expect(await releaseAndClear(monitor, 'handler', remove)).toBe(true);
    expect(monitor.handler).toBeNull();
  });

  it('treats a missing reference (null or undefined) as done: resolves true without calling release', async () => {
    const release = vi.fn();
    const owner: { a: Handler | null; b?: Handler } = { a: null };
    expect(await releaseAndClear(owner, 'a', release)).toBe(true);
    expect(await releaseAndClear(owner, 'b', release)).toBe(true);
    expect(release).not.toHaveBeenCalled();
    expect(log.entries).toEqual([]);
  });

  it('leaves a reference replaced during an async release alone', async () => {
    const monitor = new Monitor();
    const done = createDeferred();
    const outcome = releaseAndClear(monitor, 'handler', () => done.promise);
    const replacement = { id: 2 };
    monitor.handler = replacement;
    done.resolve();
    expect(await outcome).toBe(true);
    expect(monitor.handler).toBe(replacement);
  });

  it('only accepts keys of the owner (checked by the type system)', async () => {
    const monitor = new Monitor();
    // @ts-expect-error: 'handlr' is not a key of Monitor
    expect(await releaseAndClear(monitor, 'handlr', () => {})).toBe(true);
  });

  it('rejects a non-function release and a non-object owner with a TypeError', () => {
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => releaseAndClear(new Monitor(), 'handler', 'remove')).toThrow(
      new TypeError('releaseAndClear: release must be a function, got string'),
    );
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => releaseAndClear(7, 'handler', () => {})).toThrow(new TypeError('releaseAndClear: owner must be an object, got number'));
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => releaseAndClear(null, 'handler', () => {})).toThrow(new TypeError('releaseAndClear: owner must be an object, got null'));
  });
});

describe('releaseThenClear', () => {
  class PrivateMonitor {
    #handler: Handler | null = { id: 1 };
    get handler(): Handler | null {
      return this.#handler;
    }
    stop(remove: (h: Handler) => unknown): Promise<boolean> {
      return releaseThenClear(this.#handler, remove, () => {
        this.#handler = null;
      }, { label: '#handler' });
    }
  }

  it('clears a #private reference through the clear callback once release succeeded', async () => {
    const monitor = new PrivateMonitor();
    expect(await monitor.stop(async () => {})).toBe(true);
    expect(monitor.handler).toBeNull();
  });

  it('keeps a #private reference and warns with its label when release fails', async () => {
    const monitor = new PrivateMonitor();
    expect(await monitor.stop(() => Promise.reject(new Error('gone')))).toBe(false);
    expect(monitor.handler).not.toBeNull();
    expect(log.messages('warn')).toEqual(['release of #handler failed, reference kept for retry: Error: gone']);
  });
});
