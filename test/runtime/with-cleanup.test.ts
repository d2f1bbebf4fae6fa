import './leak-guard.js';
import { describe, expect, it, vi } from 'vitest';
import { SuppressedError, withCleanup } from '../../packages/runtime/src/index.js';
import { useCapturedLog } from './captured-log.js';

const log = useCapturedLog();

describe('withCleanup', () => {
  it('work ok, cleanup ok: resolves to the work value after cleanup ran', async () => {
    const events: string[] = [];
    const result = await withCleanup(
      async () => {
        events.push('work');
        return 'value';
      },
      async () => {
        events.push('cleanup');
      },
    );
    expect(result).toBe('value');
    expect(events).toEqual(['work', 'cleanup']);
  });

  it('work ok, cleanup fails: rejects with the cleanup error itself and calls no handler', async () => {
    const cleanupError = new Error('cleanup');
    const onCleanupError = vi.fn();
    const outcome = withCleanup(
      () => 'value',
      () => Promise.reject(cleanupError),
      { onCleanupError },
    );
    await expect(outcome).rejects.toBe(cleanupError);
    expect(onCleanupError).not.toHaveBeenCalled();
  });

  it('work fails, cleanup ok: rejects with the same work error after cleanup ran', async () => {
    const workError = new Error('work');
    const cleanup = vi.fn();
    await expect(withCleanup(() => Promise.reject(workError), cleanup)).rejects.toBe(workError);
    expect(cleanup).toHaveBeenCalledOnce();
  });

  it('work fails, cleanup fails: rejects with the same work error and passes (cleanupError, workError) to onCleanupError', async () => {
    const workError = new Error('work');
    const cleanupError = new Error('cleanup');
    const onCleanupError = vi.fn();
    const outcome = withCleanup(
      () => Promise.reject(workError),
      () => Promise.reject(cleanupError),
      { onCleanupError },
    );
    await expect(outcome).rejects.toBe(workError);
    expect(onCleanupError).toHaveBeenCalledExactlyOnceWith(cleanupError, workError);
    expect(log.entries).toEqual([]);
  });

  it('work fails, cleanup fails, default handler: logs both at error level in the documented format', async () => {
    const workError = new Error('socket reset');
    const cleanupError = new TypeError('handle already closed');
    await expect(
      withCleanup(
        () => {
          throw workError;
        },
        () => {
          throw cleanupError;
        },
      ),
    ).rejects.toBe(workError);
    expect(log.entries).toEqual([
      {
        level: 'error',
        message: 'cleanup failed: TypeError: handle already closed (original error: Error: socket reset)',
        details: [cleanupError, workError],
      },
    ]);
  });

  it('awaits an async onCleanupError before rejecting with the work error', async () => {
    const events: string[] = [];
    const workError = new Error('work');
    const outcome = withCleanup(
      () => Promise.reject(workError),
      () => Promise.reject(new Error('cleanup')),
      {
        onCleanupError: async () => {
          await Promise.resolve();
          events.push('handler done');
        },
      },
    ).catch((error: unknown) => {
      events.push('caller sees error');
      return error;
    });
    expect(await outcome).toBe(workError);
    expect(events).toEqual(['handler done', 'caller sees error']);
  });

  it('still rejects with the work error, and logs the cleanup error, when onCleanupError itself throws', async () => {
    const workError = new Error('work');
    const cleanupError = new Error('cleanup');
    const handlerError = new Error('handler');
    const outcome = withCleanup(
      () => Promise.reject(workError),
      () => Promise.reject(cleanupError),
      {
        onCleanupError: () => {
          throw handlerError;
        },
      },
    );
    await expect(outcome).rejects.toBe(workError);
    expect(log.messages('error')).toEqual([
      'cleanup failed: Error: cleanup (original error: Error: work)',
      'onCleanupError failed: Error: handler',
    ]);
  });

  it('with suppressed: true, both failing throws SuppressedError(cleanupError, workError) as `await using` does', async () => {
    const workError = new Error('work');
    const cleanupError = new Error('cleanup');
    const rejection: unknown = await withCleanup(
      () => Promise.reject(workError),
      () => Promise.reject(cleanupError),
      { suppressed: true },
    ).catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(SuppressedError);
    expect(rejection).toBeInstanceOf(Error);
    expect(rejection).toMatchObject({
      name: 'SuppressedError',
      message: 'cleanup failed: Error: cleanup (original error: Error: work)',
    });
    expect((rejection as InstanceType<typeof SuppressedError>).error).toBe(cleanupError);
    expect((rejection as InstanceType<typeof SuppressedError>).suppressed).toBe(workError);
    expect(log.entries).toEqual([]);
  });

  it('with suppressed: true, a lone cleanup failure is thrown as itself, as `await using` does', async () => {
    const cleanupError = new Error('cleanup');
    await expect(withCleanup(() => 1, () => Promise.reject(cleanupError), { suppressed: true })).rejects.toBe(cleanupError);
  });

  it('rejects onCleanupError together with suppressed: true, and non-function arguments, with a TypeError', async () => {
    await expect(withCleanup(() => 1, () => {}, { suppressed: true, onCleanupError: () => {} })).rejects.toThrow(
      new TypeError('withCleanup: onCleanupError and suppressed: true are exclusive (with suppressed, the cleanup error is thrown)'),
    );
    // @ts-expect-error: checking the runtime guard for untyped callers
    await expect(withCleanup(() => 1, null)).rejects.toThrow(new TypeError('withCleanup: cleanup must be a function, got null'));
  });
});

describe('SuppressedError', () => {
  it('has the proposal shape: error and suppressed as own non-enumerable properties, name on the prototype', () => {
    const inner = new Error('cleanup');
    const outer = new Error('work');
    const error = new SuppressedError(inner, outer, 'both failed');
    expect(error.name).toBe('SuppressedError');
    expect(error.message).toBe('both failed');
    expect(error.error).toBe(inner);
    expect(error.suppressed).toBe(outer);
    expect(Object.keys(error)).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(error, 'error')).toMatchObject({ enumerable: false, writable: true });
    expect(Object.hasOwn(error, 'name')).toBe(false);
  });

  it('is the global constructor when the platform has one', () => {
    const native = (globalThis as { SuppressedError?: unknown }).SuppressedError;
    expect(native === undefined || native === SuppressedError).toBe(true);
  });
});
