import rule from '../../rules/no-unconditional-handler-clear.js';
import { javascript, ruleTester } from './rule-tester.js';

ruleTester.run('no-unconditional-handler-clear', rule, {
  valid: [
    // A `try` that uses its members (`query`, `write`) rather than letting them go: clearing them afterwards loses no release.
    `
class Session {
  async commit() {
    try {
      await this.conn.query('COMMIT');
      this.stream.write(COMMITTED);
    } finally {
      this.conn = null;
      this.stream = null;
    }
  }
}
`,
    // The cure (the clear inside the `try`, after the release), and a `catch` that decides to drop what failed.
    {
      code: `
export class Client {
  async disconnect() {
    try {
      await this.transport.stop();
      this.transport = undefined; // cleared only once the stop succeeded
    } catch (error) {
      console.warn('stop failed', error);
    }
  }
  async restart() {
    try {
      await this.transport.stop();
    } catch (error) {
      this.transport = undefined; // the catch decides to drop a transport that failed
      throw error;
    }
  }
}
`,
      ...javascript,
    },
    // The note's DO: the reference is cleared in the `try`, right after the removal.
    `
class MessageMonitor {
  private eventHandler: MessageHandler | null = null;
  stopMonitoring(): void {
    if (!this.eventHandler) return;
    try {
      this.client.removeEventHandler(this.eventHandler);
      this.eventHandler = null;
    } catch (error) {
      console.warn('Failed to remove handler', error);
    }
  }
}
`,
    // The note's DO: cleared in `finally` only when a success flag says the removal worked.
    `
class MessageMonitor {
  private eventHandler: MessageHandler | null = null;
  stopMonitoring(): void {
    let removed = false;
    try {
      this.client.removeEventHandler(this.eventHandler);
      removed = true;
    } finally {
      if (removed) this.eventHandler = null;
    }
  }
}
`,
    // No `try`: a failed removal throws past the clear.
    `
class Feed {
  stop() {
    this.subscription.unsubscribe();
    this.subscription = null;
  }
}
`,
    // clearTimeout and friends are not removals: they cannot fail.
    `
class Poller {
  stop() {
    try {
      clearTimeout(this.timer);
      clearInterval(this.interval);
    } finally {
      this.timer = null;
      this.interval = undefined;
    }
  }
}
`,
    // The finally clears members the removal did not use.
    `
class Monitor {
  stop() {
    try {
      this.client.removeEventHandler(this.handler);
    } finally {
      this.pending = null;
      this.stopping = false;
    }
  }
}
`,
    // A catch that rethrows, returns or rethrows selectively: code after the try does not run on (those) failures.
    `
class Feed {
  stop() {
    try {
      this.subscription.unsubscribe();
    } catch (error) {
      throw new Error('unsubscribe failed', { cause: error });
    }
    this.subscription = null;
  }
  stopQuietly() {
    try {
      this.subscription.unsubscribe();
    } catch (error) {
      this.log(error);
      return;
    }
    this.subscription = null;
  }
  stopIfClosed() {
    try {
      this.subscription.unsubscribe();
    } catch (error) {
      if (!isAlreadyClosed(error)) throw error;
    }
    this.subscription = null;
  }
}
`,
    // A failure flag checked before the clear, and clears that depend on the error: deliberate decisions.
    `
class Feed {
  stop() {
    let failed = false;
    try {
      this.subscription.unsubscribe();
    } catch {
      failed = true;
    }
    if (failed) return;
    this.subscription = null;
  }
  stopTolerant() {
    try {
      this.subscription.unsubscribe();
    } catch (error) {
      if (error.code === 'ERR_CLOSED') this.subscription = null;
    }
  }
  stopUnlessClosing() {
    try {
      this.subscription.unsubscribe();
    } finally {
      if (!this.closing) this.subscription = null;
    }
  }
}
`,
    // A try without catch: a failure propagates and skips the code after the try.
    `
class Feed {
  stop() {
    try {
      this.subscription.unsubscribe();
    } finally {
      this.log('stopped');
    }
    this.subscription = null;
  }
}
`,
    // The rejection is handled on the spot: the failure never reaches the try.
    `
class Connection {
  close() {
    try {
      this.socket.close().catch(() => {});
      this.stream.destroy().then(undefined, (error) => this.log(error));
    } finally {
      this.socket = null;
      this.stream = null;
    }
  }
}
`,
    // A catch around more than the removal is a general failure handler: dropping a broken connection there is a decision.
    `
class Connection {
  async reconnect() {
    try {
      await this.socket.close();
      this.socket = await this.connect();
    } catch (error) {
      this.socket = null;
      throw error;
    }
  }
}
`,
    // Not clears: other values, locals, other objects' members, computed keys.
    `
class Feed {
  stop(other: Feed, id: string) {
    try {
      this.subscription.unsubscribe();
      other.subscription.unsubscribe();
      this.handlers[id].off();
    } finally {
      this.subscription = EMPTY;
      other.subscription = null;
      delete this.handlers[id];
    }
    let local = this.make();
    try {
      local.close();
    } finally {
      local = null;
    }
  }
}
`,
    // The removal runs in the finally, before the clear: a failure skips the clear.
    `
class Feed {
  async run() {
    try {
      await this.work();
    } finally {
      this.subscription.unsubscribe();
      this.subscription = null;
    }
  }
}
`,
    // The clear runs later, in a callback; or before the removal (detach, then close the local copy).
    `
class Socket {
  stop() {
    try {
      this.subscription.unsubscribe();
    } finally {
      setTimeout(() => {
        this.subscription = null;
      });
    }
  }
  detach() {
    const ws = this.ws;
    this.ws = null;
    try {
      ws.close();
    } catch {}
  }
}
`,
    // A local that is reassigned is no alias of the member; a loop variable neither.
    `
class Pool {
  stop(next: Closable) {
    let ws = this.ws;
    ws = next;
    try {
      ws.close();
    } catch {}
    this.ws = null;
    for (const connection of this.connections) {
      try {
        connection.destroy();
      } catch {}
    }
    this.connections = null;
  }
}
`,
    // A fallback removal between the try and the clear: if it fails, the clear is skipped; if not, the resource is gone.
    `
class Socket {
  async stop() {
    try {
      await this.ws.close();
    } catch {
      this.ws.destroy();
    }
    this.ws = null;
  }
  async stopHard() {
    try {
      await this.ws.close();
    } finally {
      this.ws?.destroy();
      this.ws = null;
    }
  }
}
`,
    // The removal runs in a nested function of the try, at another time.
    `
class Feed {
  stop() {
    try {
      this.queue.push(() => this.subscription.unsubscribe());
    } finally {
      this.subscription = null;
    }
  }
}
`,
    {
      code: `
let client = null;
export async function stop() {
  try {
    await client.close();
    client = null;
  } catch (error) {
    console.error(error);
  }
}
class Watch {
  #watcher = null;
  async stop() {
    let closed = false;
    try {
      await this.#watcher?.close();
      closed = true;
    } finally {
      if (closed) this.#watcher = null;
    }
  }
}
`,
      ...javascript,
    },
    // Platform methods that cannot throw: AbortController's abort(), a Node.js stream or socket's destroy().
    `
class Fetcher {
  private controller?: AbortController;
  private socket: Socket | null = null;
  cancel() {
    try {
      this.controller?.abort();
    } finally {
      this.controller = undefined;
    }
  }
  drop() {
    try {
      this.socket?.destroy();
    } catch (error) {
      console.warn(error);
    }
    this.socket = null;
  }
}
`,
    {
      // A fallback teardown in the catch, by any cleanup verb: if it fails too, the clear is skipped.
      code: `
class Pool {
  #idle = null;
  async closeIdle() {
    try {
      await this.#idle.close();
    } catch {
      this.#idle.terminate();
    }
    this.#idle = null;
  }
}
`,
      ...javascript,
    },
    {
      // JavaScript look-alike judged by what the code does with the member: the `try` uses the connection for a
      // query, not to release it, so clearing it in `finally` drops no handle a release failed on.
      code: `
export class Session {
  async commit() {
    try {
      await this.conn.query('COMMIT');
    } finally {
      this.conn = undefined;
    }
  }
}
`,
      ...javascript,
    },
    // TypeScript: the cure for `removeTrack(sender)`, the clear inside the `try` after the release; a failed release
    // keeps the sender.
    `
export class Publisher {
  private sender?: RTCRtpSender;
  unpublish(): void {
    try {
      this.pc.removeTrack(this.sender!);
      this.sender = undefined;
    } catch (error) {
      this.log.warn('removeTrack failed', error);
    }
  }
}
`,
  ],
  invalid: [
    {
      // A release by any name (`transport.stop()`) handed the member, then a clear after a swallowing catch.
      code: `
class Client {
  private transport?: Transport;
  async disconnect(): Promise<void> {
    try {
      await this.transport?.stop();
    } catch (error) {
      console.warn('stop failed', error);
    }
    this.transport = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedAfterFailedRelease',
          line: 10,
          column: 5,
          suggestions: [
            { messageId: 'moveIntoTry', output: `
class Client {
  private transport?: Transport;
  async disconnect(): Promise<void> {
    try {
      await this.transport?.stop();
      this.transport = undefined;
    } catch (error) {
      console.warn('stop failed', error);
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // A native shutdown handed the handle in the `try`, then `delete` in `finally`.
      code: `
export class Engine {
  dispose() {
    try {
      binding.engineShutdown(this.handle);
    } finally {
      delete this.handle;
    }
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'clearedAfterFailedRelease',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'moveIntoTry', output: `
export class Engine {
  dispose() {
    binding.engineShutdown(this.handle);
    delete this.handle;
  }
}
` },
          ],
        },
      ],
    },
    {
      // `removeTrack(sender)` on another object, a `#private` member cleared after the catch; comments stay in place.
      code: `
class Publisher {
  #sender?: RTCRtpSender;
  constructor(private readonly pc: RTCPeerConnection) {}
  unpublish(): void {
    try {
      this.pc.removeTrack(this.#sender!);
    } catch {
      // the track is gone anyway
    }
    this.#sender = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedAfterFailedRelease',
          line: 11,
          column: 5,
          suggestions: [
            { messageId: 'moveIntoTry', output: `
class Publisher {
  #sender?: RTCRtpSender;
  constructor(private readonly pc: RTCPeerConnection) {}
  unpublish(): void {
    try {
      this.pc.removeTrack(this.#sender!);
      this.#sender = undefined;
    } catch {
      // the track is gone anyway
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // Methods outside the removal list that let the members go (`disconnect`, `end`) are judged by what the `try` does.
      code: `
class Session {
  async end() {
    try {
      await this.conn.disconnect();
      this.stream.end();
    } finally {
      this.conn = null;
      this.stream = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedAfterFailedRelease',
          line: 8,
          column: 7,
          suggestions: [
            { messageId: 'moveIntoTry', output: `
class Session {
  async end() {
    try {
      await this.conn.disconnect();
      this.conn = null;
      this.stream.end();
    } finally {
      this.stream = null;
    }
  }
}
` },
          ],
        },
        {
          messageId: 'clearedAfterFailedRelease',
          line: 9,
          column: 7,
          suggestions: [
            { messageId: 'moveIntoTry', output: `
class Session {
  async end() {
    try {
      await this.conn.disconnect();
      this.stream.end();
      this.stream = null;
    } finally {
      this.conn = null;
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // The note's DON'T (examples/legacy): cleared in `finally`; the emptied try/finally is unwrapped
      code: `
class MessageMonitor {
  private eventHandler: MessageHandler | null = null;
  stopMonitoring(): void {
    if (!this.eventHandler) return;
    try {
      this.client.removeEventHandler(this.eventHandler);
    } finally {
      this.eventHandler = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          data: { name: 'this.eventHandler', method: 'removeEventHandler', line: 7, where: 'in `finally`' },
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class MessageMonitor {
  private eventHandler: MessageHandler | null = null;
  stopMonitoring(): void {
    if (!this.eventHandler) return;
    this.client.removeEventHandler(this.eventHandler);
    this.eventHandler = null;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // The exact hazard: `finally { this.socket = null }` after `await this.socket.close()`; a logging catch
      code: `
class Connection {
  socket: WebSocketLike | null = null;
  async close() {
    try {
      await this.socket.close();
    } catch (error) {
      console.warn('close failed', error);
    } finally {
      this.socket = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 10,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Connection {
  socket: WebSocketLike | null = null;
  async close() {
    try {
      await this.socket.close();
      this.socket = null;
    } catch (error) {
      console.warn('close failed', error);
    }
  }
}
`,
            },
            {
              messageId: 'useReleaseAndClear',
              output: `
import { releaseAndClear } from 'concurrency-runtime';
class Connection {
  socket: WebSocketLike | null = null;
  async close() {
    await releaseAndClear(this, 'socket', (socket) => socket.close());
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Optional chaining on a possibly absent socket is still the hazard; comments move with the code
      code: `
class Connection {
  socket?: WebSocketLike | null;
  async close() {
    try {
      await this.socket?.close(/* code */ 1000); // polite close
    } finally {
      // forget it
      this.socket = null; // now
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Connection {
  socket?: WebSocketLike | null;
  async close() {
    await this.socket?.close(/* code */ 1000); // polite close
    // forget it
    this.socket = null; // now
  }
}
`,
            },
            {
              messageId: 'useReleaseAndClear',
              output: `
import { releaseAndClear } from 'concurrency-runtime';
class Connection {
  socket?: WebSocketLike | null;
  async close() {
    // polite close
    // forget it
    // now
    await releaseAndClear(this, 'socket', (socket) => socket?.close(/* code */ 1000));
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // After a catch that swallows the failure; cleared to `undefined`
      code: `
class Feed {
  private subscription?: Subscription;
  stop() {
    try {
      this.subscription.unsubscribe();
    } catch {}
    this.subscription = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Feed {
  private subscription?: Subscription;
  stop() {
    try {
      this.subscription.unsubscribe();
      this.subscription = undefined;
    } catch {}
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // In the catch, which runs exactly when the removal failed; `#private`
      code: `
class Watch {
  #watcher: FSWatcher | null = null;
  async stop() {
    try {
      await this.#watcher.close();
    } catch (error) {
      log(error);
      this.#watcher = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Watch {
  #watcher: FSWatcher | null = null;
  async stop() {
    try {
      await this.#watcher.close();
      this.#watcher = null;
    } catch (error) {
      log(error);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A local alias (`const ws = this.ws`) is followed; single-line try
      code: `
class Client {
  ws: WebSocket | undefined;
  stop() {
    const ws = this.ws;
    try { ws.close(); } catch {}
    this.ws = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Client {
  ws: WebSocket | undefined;
  stop() {
    const ws = this.ws;
    try { ws.close(); this.ws = undefined; } catch {}
  }
}
`,
            },
          ],
        },
      ],
    },

    {
      // JS: destructured alias; `delete`
      code: `
class Socket {
  stop() {
    const { ws } = this;
    try {
      ws.terminate();
    } catch {}
    this.ws = null;
  }
  detach() {
    try {
      emitter.off('message', this.onMessage);
    } finally {
      delete this.onMessage;
    }
  }
}
`,
      options: [{"removalMethods":["terminate"]}],
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Socket {
  stop() {
    const { ws } = this;
    try {
      ws.terminate();
      this.ws = null;
    } catch {}
  }
  detach() {
    try {
      emitter.off('message', this.onMessage);
    } finally {
      delete this.onMessage;
    }
  }
}
`,
            },
          ],
        },
        {
          messageId: 'clearedDespiteFailure',
          line: 14,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Socket {
  stop() {
    const { ws } = this;
    try {
      ws.terminate();
    } catch {}
    this.ws = null;
  }
  detach() {
    emitter.off('message', this.onMessage);
    delete this.onMessage;
  }
}
`,
            },
          ],
        },
      ],
      ...javascript,
    },
    {
      // JS: module-level state, a bare removeEventListener call
      code: `
let client = null;
let onResize = null;
export async function stop() {
  try {
    await client.close();
  } catch (error) {
    console.error(error);
  }
  client = null;
}
export function unbind() {
  try {
    removeEventListener('resize', onResize);
  } finally {
    onResize = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 10,
          column: 3,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
let client = null;
let onResize = null;
export async function stop() {
  try {
    await client.close();
    client = null;
  } catch (error) {
    console.error(error);
  }
}
export function unbind() {
  try {
    removeEventListener('resize', onResize);
  } finally {
    onResize = undefined;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'clearedDespiteFailure',
          line: 16,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
let client = null;
let onResize = null;
export async function stop() {
  try {
    await client.close();
  } catch (error) {
    console.error(error);
  }
  client = null;
}
export function unbind() {
  removeEventListener('resize', onResize);
  onResize = undefined;
}
`,
            },
          ],
        },
      ],
      ...javascript,
    },
    {
      // extra removal method; the import joins an existing one
      code: `
import { lazy } from 'concurrency-runtime';
class Session {
  async end() {
    try {
      await this.conn.disconnect();
    } finally {
      this.conn = null;
    }
  }
}
`,
      options: [{"removalMethods":["disconnect"]}],
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
import { lazy } from 'concurrency-runtime';
class Session {
  async end() {
    await this.conn.disconnect();
    this.conn = null;
  }
}
`,
            },
            {
              messageId: 'useReleaseAndClear',
              output: `
import { lazy, releaseAndClear } from 'concurrency-runtime';
class Session {
  async end() {
    await releaseAndClear(this, 'conn', (conn) => conn.disconnect());
  }
}
`,
            },
          ],
        },
      ],
      ...javascript,
    },
    {
      // the runtime module from settings; the helper already imported
      code: `
import { releaseAndClear } from '#runtime';
import type { Socket } from 'node:net';
class Peer {
  public socket: Socket | null = null;
  async close() {
    try {
      await (this.socket as Closable).close();
    } catch (error) {
      this.logger?.error('destroy failed', error);
    }
    this.socket = null;
  }
}
`,
      settings: {"concurrency":{"runtimeModule":"#runtime"}},
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 12,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
import { releaseAndClear } from '#runtime';
import type { Socket } from 'node:net';
class Peer {
  public socket: Socket | null = null;
  async close() {
    try {
      await (this.socket as Closable).close();
      this.socket = null;
    } catch (error) {
      this.logger?.error('destroy failed', error);
    }
  }
}
`,
            },
            {
              messageId: 'useReleaseAndClear',
              output: `
import { releaseAndClear } from '#runtime';
import type { Socket } from 'node:net';
class Peer {
  public socket: Socket | null = null;
  async close() {
    await releaseAndClear(this, 'socket', (socket) => (socket as Closable).close());
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // new import after the last import, custom module
      code: `
import type { Socket } from 'node:net';
class Peer {
  constructor(public socket: Socket | null) {}
  async close() {
    try {
      await this.socket!.end();
    } finally {
      this.socket = null;
    }
  }
}
`,
      options: [{"removalMethods":["end"]}],
      settings: {"concurrency":{"runtimeModule":"./runtime.js"}},
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
import type { Socket } from 'node:net';
class Peer {
  constructor(public socket: Socket | null) {}
  async close() {
    await this.socket!.end();
    this.socket = null;
  }
}
`,
            },
            {
              messageId: 'useReleaseAndClear',
              output: `
import type { Socket } from 'node:net';
import { releaseAndClear } from './runtime.js';
class Peer {
  constructor(public socket: Socket | null) {}
  async close() {
    await releaseAndClear(this, 'socket', (socket) => socket!.end());
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // presence check in finally still clears; not a statement of its own: no suggestion
      code: `
class Feed {
  stop() {
    try {
      this.subscription.unsubscribe();
    } finally {
      if (this.subscription) this.subscription = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 7,
          column: 30,
          suggestions: [],
        },
      ],
    },
    {
      // a rethrowing catch does not stop finally
      code: `
class Feed {
  stop() {
    try {
      this.subscription.unsubscribe();
    } catch (error) {
      throw new Error('unsubscribe failed', { cause: error });
    } finally {
      this.subscription = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Feed {
  stop() {
    try {
      this.subscription.unsubscribe();
      this.subscription = null;
    } catch (error) {
      throw new Error('unsubscribe failed', { cause: error });
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // the try sits in an if; the clear follows it
      code: `
class Feed {
  stop() {
    if (this.subscription) {
      try {
        this.subscription.unsubscribe();
      } catch {}
    }
    this.subscription = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Feed {
  stop() {
    if (this.subscription) {
      try {
        this.subscription.unsubscribe();
        this.subscription = null;
      } catch {}
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // finally reads the member before clearing: moving would change what it sees
      code: `
class Connection {
  async close() {
    try {
      await this.socket.close();
    } finally {
      this.log(this.socket.id);
      this.socket = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // let/const in the try: the emptied try/finally becomes a plain block
      code: `
class Monitor {
  stop() {
    try {
      const handler = this.handler;
      this.client.off('message', handler);
    } finally {
      this.handler = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Monitor {
  stop() {
    {
      const handler = this.handler;
      this.client.off('message', handler);
      this.handler = null;
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // TS private member: no releaseAndClear (it needs a public key)
      code: `
class Connection {
  private socket: Closable | null = null;
  async close() {
    try {
      await this.socket.close();
    } finally {
      this.socket = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Connection {
  private socket: Closable | null = null;
  async close() {
    await this.socket.close();
    this.socket = null;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // moved after the last removal that uses the member; the loop is kept whole
      code: `
class Bus {
  detach() {
    try {
      this.client.off('a', this.onA);
      for (const name of this.names) this.client.off(name, this.onAny);
      this.log('detached');
    } finally {
      this.client = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Bus {
  detach() {
    this.client.off('a', this.onA);
    for (const name of this.names) this.client.off(name, this.onAny);
    this.client = null;
    this.log('detached');
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // return: nothing runs after it inside the try
      code: `
class Connection {
  async close() {
    try {
      return await this.socket.close();
    } finally {
      this.socket = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 7,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // single line
      code: `
class Feed {
  stop() {
    try { this.sub.unsubscribe(); } finally { this.sub = null; }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 4,
          column: 47,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Feed {
  stop() {
    this.sub.unsubscribe(); this.sub = null;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // optional call, string key, static
      code: `
class Registry {
  static ['handler']: Handler | null = null;
  static detach() {
    try {
      this.client?.removeEventHandler?.(this['handler']);
    } catch (error) {
      console.warn(error);
    } finally {
      this['handler'] = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 10,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Registry {
  static ['handler']: Handler | null = null;
  static detach() {
    try {
      this.client?.removeEventHandler?.(this['handler']);
      this['handler'] = null;
    } catch (error) {
      console.warn(error);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // the catch does more than log: no releaseAndClear
      code: `
class Connection {
  socket: Closable | null = null;
  async close() {
    try {
      await this.socket.close();
    } catch (error) {
      this.emit('error', error);
    }
    this.socket = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 10,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Connection {
  socket: Closable | null = null;
  async close() {
    try {
      await this.socket.close();
      this.socket = null;
    } catch (error) {
      this.emit('error', error);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // cleared to undefined: releaseAndClear would store null
      code: `
class Connection {
  socket: Closable | undefined;
  async close() {
    try {
      await this.socket.close();
    } finally {
      this.socket = undefined;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Connection {
  socket: Closable | undefined;
  async close() {
    await this.socket.close();
    this.socket = undefined;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // the name `releaseAndClear` is taken: no helper suggestion
      code: `
const releaseAndClear = () => {};
class Connection {
  socket: Closable | null = null;
  async close() {
    try {
      await this.socket.close();
    } finally {
      this.socket = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
const releaseAndClear = () => {};
class Connection {
  socket: Closable | null = null;
  async close() {
    await this.socket.close();
    this.socket = null;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // a comment between the clauses stays: the finally clause is kept
      code: `
class Feed {
  stop() {
    try {
      this.sub.unsubscribe();
    } catch {
      // ignored
    } // done
    finally {
      this.sub = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 10,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Feed {
  stop() {
    try {
      this.sub.unsubscribe();
      this.sub = null;
    } catch {
      // ignored
    } // done
    finally {
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // a catch after removals only: it clears exactly when they failed
      code: `
class Pool {
  async drain() {
    try {
      await this.idle.destroy();
      await this.active.destroy();
    } catch {
      this.active = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Pool {
  async drain() {
    try {
      await this.idle.destroy();
      await this.active.destroy();
      this.active = null;
    } catch {
    }
  }
}
`,
            },
          ],
        },
      ],
    },

    {
      // a multi-line template in the try: not re-indented, kept as a block
      code: `
class Monitor {
  stop() {
    try {
      this.client.off('message', this.handler);
      this.log(\`handler
removed\`);
    } finally {
      this.handler = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Monitor {
  stop() {
    {
      this.client.off('message', this.handler);
      this.handler = null;
      this.log(\`handler
removed\`);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // the unwrapped statements keep their comments; a `let` alias never reassigned
      code: `
class Tail {
  async stop() {
    let watcher = this.watcher;
    try { // stop watching
      await watcher.close();
    } finally {
      this.watcher = undefined;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Tail {
  async stop() {
    let watcher = this.watcher;
    // stop watching
    await watcher.close();
    this.watcher = undefined;
  }
}
`,
            },
          ],
        },
      ],
      ...javascript,
    },

    {
      // In a `switch` case
      code: `
class Feed {
  handle(command: string) {
    switch (command) {
      case 'stop':
        try {
          this.sub.unsubscribe();
        } catch {}
        this.sub = null;
        break;
      default:
        break;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 9,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Feed {
  handle(command: string) {
    switch (command) {
      case 'stop':
        try {
          this.sub.unsubscribe();
          this.sub = null;
        } catch {}
        break;
      default:
        break;
    }
  }
}
`,
            },
          ],
        },
      ],
    },

    {
      // A swallowing try after another: reported once, for the removal nearest the clear.
      code: `
class Socket {
  async stop() {
    try {
      await this.ws.close();
    } catch {}
    try {
      this.ws.destroy();
    } catch {}
    this.ws = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          data: { name: 'this.ws', method: 'destroy', line: 8, where: 'after a `catch` that swallows errors' },
          line: 10,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Socket {
  async stop() {
    try {
      await this.ws.close();
    } catch {}
    try {
      this.ws.destroy();
      this.ws = null;
    } catch {}
  }
}
`,
            },
          ],
        },
      ],
    },
    // A removal method with an `Async` suffix (mqtt's unsubscribeAsync, promisified closeAsync) is a removal.
    {
      code: `
class MqttBridge {
  private client: MqttClient | null = null;
  private topic: string | null = null;
  async unsubscribe() {
    try {
      await this.client!.unsubscribeAsync(this.topic!);
    } finally {
      this.topic = null;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class MqttBridge {
  private client: MqttClient | null = null;
  private topic: string | null = null;
  async unsubscribe() {
    await this.client!.unsubscribeAsync(this.topic!);
    this.topic = null;
  }
}
`,
            },
          ],
        },
      ],
    },
    // The clear moves after the last use of the reference in the try, not between the removal and that use.
    {
      code: `
class Chat {
  #socket: Socket | null = null;
  #onMessage = (msg: string) => void msg;
  leave() {
    try {
      this.#socket?.off('message', this.#onMessage);
      this.#socket?.disconnect();
    } catch {
      // ignore
    }
    this.#socket = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 12,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
class Chat {
  #socket: Socket | null = null;
  #onMessage = (msg: string) => void msg;
  leave() {
    try {
      this.#socket?.off('message', this.#onMessage);
      this.#socket?.disconnect();
      this.#socket = null;
    } catch {
      // ignore
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS (.cjs): `releaseAndClear` is required after the directive prologue.
      code: `
'use strict';

class Connection {
  async close() {
    try {
      await this.socket.close();
    } catch (error) {
      console.warn('close failed', error);
    } finally {
      this.socket = null;
    }
  }
}

module.exports = { Connection };
`,
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 11,
          column: 7,
          suggestions: [
            { messageId: 'moveIntoTry', output: `
'use strict';

class Connection {
  async close() {
    try {
      await this.socket.close();
      this.socket = null;
    } catch (error) {
      console.warn('close failed', error);
    }
  }
}

module.exports = { Connection };
` },
            { messageId: 'useReleaseAndClear', output: `
'use strict';
const { releaseAndClear } = require('concurrency-runtime');

class Connection {
  async close() {
    await releaseAndClear(this, 'socket', (socket) => socket.close());
  }
}

module.exports = { Connection };
` },
          ],
        },
      ],
    },
    {
      // TypeScript compiled to CommonJS (.cts, `export =`): no `releaseAndClear` import; only the move into the try.
      code: `
class Connection {
  socket: WebSocketLike | null = null;
  async close() {
    try {
      await this.socket.close();
    } catch (error) {
      console.warn('close failed', error);
    } finally {
      this.socket = null;
    }
  }
}

export = Connection;
`,
      filename: 'file.cts',
      output: null,
      errors: [
        {
          messageId: 'clearedDespiteFailure',
          line: 10,
          column: 7,
          suggestions: [
            { messageId: 'moveIntoTry', output: `
class Connection {
  socket: WebSocketLike | null = null;
  async close() {
    try {
      await this.socket.close();
      this.socket = null;
    } catch (error) {
      console.warn('close failed', error);
    }
  }
}

export = Connection;
` },
          ],
        },
      ],
    },
    {
      // JavaScript: releases not on the name list, `transport.stop()` followed by `= undefined` after a swallowing
      // catch, and `removeTrack(sender)` followed by `= undefined` in `finally`.
      code: `
export class Client {
  async disconnect() {
    try {
      await this.transport.stop();
    } catch (error) {
      console.warn('stop failed', error);
    }
    this.transport = undefined;
  }
}
export class Publisher {
  unpublish() {
    try {
      this.pc.removeTrack(this.sender);
    } finally {
      this.sender = undefined;
    }
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'clearedAfterFailedRelease',
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
export class Client {
  async disconnect() {
    try {
      await this.transport.stop();
      this.transport = undefined;
    } catch (error) {
      console.warn('stop failed', error);
    }
  }
}
export class Publisher {
  unpublish() {
    try {
      this.pc.removeTrack(this.sender);
    } finally {
      this.sender = undefined;
    }
  }
}
`,
            },
          ],
        },
        {
          messageId: 'clearedAfterFailedRelease',
          line: 17,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
export class Client {
  async disconnect() {
    try {
      await this.transport.stop();
    } catch (error) {
      console.warn('stop failed', error);
    }
    this.transport = undefined;
  }
}
export class Publisher {
  unpublish() {
    this.pc.removeTrack(this.sender);
    this.sender = undefined;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript: a native `…Shutdown(handle)` handed the handle, then `delete` in `finally` and `= undefined`
      // after a swallowing catch.
      code: `
export class Engine {
  private handle?: NativeHandle;
  dispose(): void {
    try {
      binding.engineShutdown(this.handle!);
    } finally {
      delete this.handle;
    }
  }
  close(): void {
    try {
      binding.engineShutdown(this.handle!);
    } catch {
      // ignore
    }
    this.handle = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'clearedAfterFailedRelease',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
export class Engine {
  private handle?: NativeHandle;
  dispose(): void {
    binding.engineShutdown(this.handle!);
    delete this.handle;
  }
  close(): void {
    try {
      binding.engineShutdown(this.handle!);
    } catch {
      // ignore
    }
    this.handle = undefined;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'clearedAfterFailedRelease',
          line: 17,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
export class Engine {
  private handle?: NativeHandle;
  dispose(): void {
    try {
      binding.engineShutdown(this.handle!);
    } finally {
      delete this.handle;
    }
  }
  close(): void {
    try {
      binding.engineShutdown(this.handle!);
      this.handle = undefined;
    } catch {
      // ignore
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript: `delete` after a catch that only logs the failed shutdown.
      code: `
export class Engine {
  close() {
    try {
      binding.engineShutdown(this.handle);
    } catch (error) {
      this.log.warn('engine shutdown failed', error);
    }
    delete this.handle;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'clearedAfterFailedRelease',
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: 'moveIntoTry',
              output: `
export class Engine {
  close() {
    try {
      binding.engineShutdown(this.handle);
      delete this.handle;
    } catch (error) {
      this.log.warn('engine shutdown failed', error);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
});
