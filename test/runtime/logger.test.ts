import './leak-guard.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lifecycle, Mutex, getRuntimeLogger, setRuntimeLogger } from '../../runtime/index.js';
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

  it('accepts console itself as a logger', () => {
    setRuntimeLogger(console);
    expect(getRuntimeLogger()).toBe(console);
  });
});
