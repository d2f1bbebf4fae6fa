import './leak-guard.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FailureBudget,
  Lifecycle,
  Mutex,
  getRuntimeLogger,
  releaseAndClear,
  setRuntimeLogger,
  withCleanup,
} from '../../packages/runtime/src/index.js';
import type { RuntimeLogger } from '../../packages/runtime/src/index.js';
import type { LogEntry } from './captured-log.js';
import { createCapturingLogger } from './captured-log.js';

// This file tests the default logger itself, so it silences the console with spies instead of useCapturedLog().
afterEach(() => {
  setRuntimeLogger(null);
  vi.restoreAllMocks();
});

function spyOnConsole(): Record<'debug' | 'info' | 'warn' | 'error' | 'log', ReturnType<typeof vi.spyOn>> {
  return {
    debug: vi.spyOn(console, 'debug').mockImplementation(() => {}),
    info: vi.spyOn(console, 'info').mockImplementation(() => {}),
    warn: vi.spyOn(console, 'warn').mockImplementation(() => {}),
    error: vi.spyOn(console, 'error').mockImplementation(() => {}),
    log: vi.spyOn(console, 'log').mockImplementation(() => {}),
  };
}

describe('runtime logger', () => {
  it('by default keeps debug and info silent and sends warn and error to the console', () => {
    const consoleSpies = spyOnConsole();
    const logger = getRuntimeLogger();
    const detail = new Error('detail');
    logger.debug('d');
    logger.info('i');
    logger.warn('w', detail);
    logger.error('e', detail);
    expect(consoleSpies.debug).not.toHaveBeenCalled();
    expect(consoleSpies.info).not.toHaveBeenCalled();
    expect(consoleSpies.log).not.toHaveBeenCalled();
    expect(consoleSpies.warn).toHaveBeenCalledExactlyOnceWith('w', detail);
    expect(consoleSpies.error).toHaveBeenCalledExactlyOnceWith('e', detail);
  });

  it('routes lock creation and state transitions to the logger set with setRuntimeLogger, at debug level', () => {
    const entries: LogEntry[] = [];
    setRuntimeLogger(createCapturingLogger(entries));
    new Mutex({ name: 'init' });
    new Lifecycle<'a' | 'b'>('a', { name: 'component' }).transition('a', 'b');
    expect(entries).toEqual([
      { level: 'debug', message: 'lock created: init', details: [] },
      { level: 'debug', message: 'component: state transition: a -> b', details: [] },
    ]);
  });

  it('reaches helpers created before the logger was set', () => {
    const life = new Lifecycle<'a' | 'b'>('a');
    const entries: LogEntry[] = [];
    setRuntimeLogger(createCapturingLogger(entries));
    life.transition('a', 'b');
    expect(entries.map((entry) => entry.message)).toEqual(['state transition: a -> b']);
  });

  it('setRuntimeLogger(null) restores the default logger', () => {
    const consoleSpies = spyOnConsole();
    const entries: LogEntry[] = [];
    setRuntimeLogger(createCapturingLogger(entries));
    setRuntimeLogger(null);
    getRuntimeLogger().warn('back to console');
    expect(entries).toEqual([]);
    expect(consoleSpies.warn).toHaveBeenCalledExactlyOnceWith('back to console');
  });

  it('rejects a logger missing a level with a TypeError naming what is missing', () => {
    const noop = (): void => {};
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => setRuntimeLogger({ debug: noop, info: noop, warn: noop })).toThrow(
      new TypeError('setRuntimeLogger: logger must be an object with debug, info, warn and error methods (missing: error)'),
    );
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => setRuntimeLogger('console')).toThrow(TypeError);
  });

  it('does not let a throwing logger change what a helper does; the logger failure goes to console.error', async () => {
    const consoleSpies = spyOnConsole();
    const loggerError = new Error('logger down');
    const fail = (): never => {
      throw loggerError;
    };
    const throwing: RuntimeLogger = { debug: fail, info: fail, warn: fail, error: fail };
    setRuntimeLogger(throwing);

    const workError = new Error('work');
    await expect(
      withCleanup(
        () => Promise.reject(workError),
        () => Promise.reject(new Error('cleanup')),
      ),
    ).rejects.toBe(workError);
    const budget = new FailureBudget({ limit: 1, onExhausted: () => {} });
    await expect(budget.run(() => Promise.reject(new Error('callback')))).resolves.toBeUndefined();
    expect(budget.exhausted).toBe(true);
    const owner = { handler: {} as object | null };
    await expect(releaseAndClear(owner, 'handler', fail)).resolves.toBe(false);
    expect(owner.handler).not.toBeNull();
    expect(new Lifecycle<'a' | 'b'>('a', { logger: throwing }).transition('a', 'b')).toBe(true);
    expect(new Mutex({ name: 'quiet' }).isLocked()).toBe(false);

    expect(consoleSpies.error).toHaveBeenCalledWith(
      'runtime logger failed at error: Error: logger down (message: cleanup failed: Error: cleanup (original error: Error: work))',
      loggerError,
    );
    expect(consoleSpies.error).toHaveBeenCalledWith(
      'runtime logger failed at debug: Error: logger down (message: state transition: a -> b)',
      loggerError,
    );
  });

  it('accepts console itself as a logger', () => {
    setRuntimeLogger(console);
    expect(getRuntimeLogger()).toBe(console);
  });
});
