import './leak-guard.js';
import { describe, expect, it } from 'vitest';
import { Lifecycle } from '../../packages/runtime/src/index.js';
import type { LogEntry } from './captured-log.js';
import { createCapturingLogger, useCapturedLog } from './captured-log.js';

const log = useCapturedLog();

type ConnectionState = 'disconnected' | 'connecting' | 'connected' | 'disconnecting';

describe('Lifecycle', () => {
  it('starts in the initial state', () => {
    const life = new Lifecycle<ConnectionState>('disconnected');
    expect(life.state).toBe('disconnected');
    expect(life.is('disconnected')).toBe(true);
    expect(life.is('connected')).toBe(false);
  });

  it('transition() moves from the expected state and returns true', () => {
    const life = new Lifecycle<ConnectionState>('connected');
    expect(life.transition('connected', 'disconnecting')).toBe(true);
    expect(life.state).toBe('disconnecting');
  });

  it('transition() from another state returns false and changes nothing', () => {
    const life = new Lifecycle<ConnectionState>('disconnected');
    expect(life.transition('connected', 'disconnecting')).toBe(false);
    expect(life.state).toBe('disconnected');
  });

  it('transition() accepts a list of source states', () => {
    const life = new Lifecycle<ConnectionState>('connecting');
    expect(life.transition(['connecting', 'connected'], 'disconnecting')).toBe(true);
    expect(life.state).toBe('disconnecting');
    expect(life.transition(['connecting', 'connected'], 'disconnecting')).toBe(false);
  });

  it('is() accepts a list of states', () => {
    const life = new Lifecycle<ConnectionState>('connecting');
    expect(life.is(['connecting', 'connected'])).toBe(true);
    expect(life.is(['disconnected', 'disconnecting'])).toBe(false);
  });

  it('lets only the first of two concurrent guards through', () => {
    const life = new Lifecycle<ConnectionState>('connected');
    const first = life.transition('connected', 'disconnecting');
    const second = life.transition('connected', 'disconnecting');
    expect([first, second]).toEqual([true, false]);
  });

  it('logs each transition at debug level, and no line for a refused one', () => {
    const life = new Lifecycle<ConnectionState>('disconnected');
    life.transition('disconnected', 'connecting');
    life.transition('disconnected', 'connecting');
    life.transition('connecting', 'connected');
    expect(log.messages('debug')).toEqual(['state transition: disconnected -> connecting', 'state transition: connecting -> connected']);
  });

  it('prefixes the log line with the name when given', () => {
    const life = new Lifecycle<ConnectionState>('connected', { name: 'db' });
    life.transition('connected', 'disconnecting');
    expect(log.messages('debug')).toEqual(['db: state transition: connected -> disconnecting']);
  });

  it('logs to its own logger when given one', () => {
    const own: LogEntry[] = [];
    const life = new Lifecycle<ConnectionState>('connected', { logger: createCapturingLogger(own) });
    life.transition('connected', 'disconnecting');
    expect(own.map((entry) => `${entry.level} ${entry.message}`)).toEqual(['debug state transition: connected -> disconnecting']);
    expect(log.entries).toEqual([]);
  });

  it('rejects an empty source list and non-string states with a TypeError', () => {
    const life = new Lifecycle<ConnectionState>('connected');
    expect(() => life.transition([], 'disconnected')).toThrow(
      new TypeError('Lifecycle#transition: from must be a state or a non-empty array of states, got array'),
    );
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => life.transition('connected', 3)).toThrow(new TypeError('Lifecycle#transition: to must be a state name (string), got number'));
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => new Lifecycle(undefined)).toThrow(new TypeError('new Lifecycle: initial must be a state name (string), got undefined'));
    expect(life.state).toBe('connected');
  });

  it('rejects an is() argument that is neither a state nor a list with a TypeError', () => {
    const life = new Lifecycle<ConnectionState>('connected');
    // @ts-expect-error: checking the runtime guard for untyped callers
    expect(() => life.is(undefined)).toThrow(new TypeError('Lifecycle#is: state must be a state or an array of states, got undefined'));
    expect(life.is([])).toBe(false);
  });
});
