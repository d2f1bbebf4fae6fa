/**
 * The three tests of the design note's "Testing Concurrency" section, ported to the runtime helpers.
 */
import './leak-guard.js';
import { describe, expect, it } from 'vitest';
import { Lifecycle, Mutex, idempotent, lazy } from '../../packages/runtime/src/index.js';
import { useCapturedLog } from './captured-log.js';
import { createDeferred } from './deferred.js';

const log = useCapturedLog();

describe('design note: testing concurrency', () => {
  it('concurrent initialisation yields one lock', async () => {
    const lock = lazy(() => new Mutex({ name: 'main' }));

    const locks = await Promise.all(Array.from({ length: 10 }, () => lock.get()));

    expect(new Set(locks).size).toBe(1);
    const first = locks[0];
    expect(first).toBeInstanceOf(Mutex);
    expect(await lock.get()).toBe(first);
    expect(log.messages('debug')).toEqual(['lock created: main']);
  });

  it('concurrent shutdown cleans up exactly once', async () => {
    class System {
      cleanupCount = 0;
      shutdown = idempotent(async () => {
        await Promise.resolve();
        this.cleanupCount += 1;
      });
    }
    const system = new System();

    await Promise.all(Array.from({ length: 5 }, () => system.shutdown()));

    expect(system.shutdown.complete).toBe(true);
    expect(system.cleanupCount).toBe(1);
  });

  it('the state flag flips immediately when a disconnect starts', async () => {
    const clientDisconnect = createDeferred();
    let clientCalls = 0;
    class Component {
      readonly life = new Lifecycle<'connected' | 'disconnected'>('connected');
      async disconnect(): Promise<void> {
        if (!this.life.transition('connected', 'disconnected')) return;
        clientCalls += 1;
        await clientDisconnect.promise;
      }
    }
    const component = new Component();

    const disconnecting = component.disconnect();

    // Synchronously after the call, while the client's disconnect is still pending.
    expect(component.life.state).toBe('disconnected');
    await component.disconnect();
    expect(clientCalls).toBe(1);
    clientDisconnect.resolve();
    await disconnecting;
    expect(component.life.state).toBe('disconnected');
  });
});
