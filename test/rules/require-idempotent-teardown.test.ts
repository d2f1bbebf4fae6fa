import rule from '../../rules/require-idempotent-teardown.js';
import { javascript, ruleTester } from './rule-tester.js';

ruleTester.run('require-idempotent-teardown', rule, {
  valid: [
    // A wrapping guard that claims the teardown, followed only by a wait for the promise the object stored: a second
    // call skips the cleanup and waits for the same end (@databases/pg's Driver.dispose).
    {
      code: `
class PgDriver {
  constructor(client) {
    this._endCalled = false;
    this._disposed = new Promise((resolve) => {
      client.on('end', resolve);
    });
    this.client = client;
  }
  async dispose() {
    if (!this._endCalled) {
      this._endCalled = true;
      if (this.client.connection?.stream?.destroy) {
        this.client.connection.stream.destroy();
      } else {
        void this.client.end();
      }
    }
    return await this._disposed;
  }
}
`,
      ...javascript,
    },
    `
class Session {
  #closing = false;
  readonly #closed: Promise<void>;
  constructor(private readonly socket: Socket) {
    this.#closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }
  async close(): Promise<void> {
    if (!this.#closing) {
      this.#closing = true;
      this.socket.end();
    }
    await this.#closed;
  }
}
`,
    // Synchronous teardown: nothing to interleave with.
    `
class Client {
  close() {
    this.socket.end();
    this.socket = null;
  }
}
`,
    // Async in name only: no await, so the body runs to completion in one go.
    `
class Client {
  async close() {
    this.timer.unref();
    this.closed = true;
  }
}
`,
    // Not async: the returned promise is the delegate's business.
    `
class Client {
  close() {
    return this.pool.end();
  }
}
`,
    // The await runs in a callback, later, not in the method itself.
    `
class Client {
  async close() {
    this.socket.on('end', async () => {
      await this.flush();
    });
    this.socket.end();
  }
}
`,
    // Flag-first: the note's DO.
    `
class Client {
  closed = false;
  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.socket.end();
  }
}
`,
    // A string state machine.
    `
class Client {
  #state: 'open' | 'closing' | 'closed' = 'open';
  async close(): Promise<void> {
    if (this.#state !== 'open') return;
    this.#state = 'closing';
    await this.socket.end();
    this.#state = 'closed';
  }
}
`,
    // The note's pattern 3: in-progress and complete flags.
    `
class System {
  private shutdownInProgress = false;
  private shutdownComplete = false;
  async shutdown(): Promise<void> {
    if (this.shutdownComplete) return;
    if (this.shutdownInProgress) {
      console.warn('Shutdown already in progress');
      return;
    }
    this.shutdownInProgress = true;
    try {
      await this.cleanup();
    } finally {
      this.shutdownComplete = true;
    }
  }
}
`,
    // A state guard claimed too late is no-state-flag-after-await's report, not this rule's.
    `
class Client {
  connected = true;
  async disconnect() {
    if (!this.connected) return;
    await this.socket.end();
    this.connected = false;
  }
}
`,
    // A memoized promise, synchronous.
    `
class Pool {
  #closing?: Promise<void>;
  close() {
    return (this.#closing ??= this.drain());
  }
}
`,
    // A memoized promise, awaited.
    `
class Pool {
  async close() {
    await (this.closing ??= this.drain());
    this.emit('closed');
  }
}
`,
    // A memoized promise behind an early return (mongodb's MongoClient#close).
    `
class MongoClient {
  async close(_force = false): Promise<void> {
    if (this.closeLock) {
      return await this.closeLock;
    }
    try {
      this.closeLock = this._close();
      await this.closeLock;
    } finally {
      this.closeLock = undefined;
    }
  }
}
`,
    // A memoized promise set under an absence check (bullmq's QueueBase#close).
    `
class QueueBase {
  async close() {
    if (!this.closing) {
      this.closing = this.backend.close();
    }
    await this.closing;
    this.closed = true;
  }
}
`,
    // The runtime's helpers.
    `
import { idempotent, runIdempotent } from 'concurrency-runtime';
class Pool {
  readonly close = idempotent(async () => {
    await this.drain();
  });
  async shutdown(): Promise<void> {
    await runIdempotent(this, 'shutdown', async () => {
      await this.drain();
      await this.socket.end();
    });
  }
}
`,
    // The whole body in a critical section whose callback starts with a guard (the legacy example's disconnect).
    `
class Monitor {
  connected = false;
  async disconnect(): Promise<void> {
    await this.disconnectLock.runExclusive(async () => {
      if (!this.connected) return;
      try {
        await this.client.disconnect();
      } finally {
        this.connected = false;
      }
    });
  }
}
`,
    // A lock acquired and released by hand, the guard first in the section (livekit's Room#disconnect).
    `
class Room {
  disconnect = async (stopTracks = true) => {
    const unlock = await this.disconnectLock.lock();
    try {
      if (this.state === ConnectionState.Disconnected) {
        return;
      }
      await this.engine.close();
      this.handleDisconnect(stopTracks);
    } finally {
      unlock();
    }
  };
}
`,
    // The guard right after the acquisition, on a getter (livekit's RTCEngine#close).
    `
class Engine {
  private _isClosed = false;
  get isClosed() {
    return this._isClosed;
  }
  async close() {
    const unlock = await this.closingLock.lock();
    if (this.isClosed) {
      unlock();
      return;
    }
    try {
      this._isClosed = true;
      await this.cleanupPeerConnections();
    } finally {
      unlock();
    }
  }
}
`,
    // No body: abstract, overloads, interfaces, declarations.
    `
abstract class Resource {
  abstract close(): Promise<void>;
  declare stop: () => Promise<void>;
  dispose(): Promise<void>;
  dispose(force: boolean): Promise<void>;
  async dispose(force?: boolean): Promise<void> {
    return this.release(force);
  }
}
interface Closable {
  close(): Promise<void>;
}
`,
    // A required argument names what to stop: one guard per object would merge different calls.
    `
class Timers {
  async stop(id: string) {
    await this.timers.get(id)?.cancel();
    this.timers.delete(id);
  }
}
`,
    // A DOM-style handler takes the event.
    `
const player = {
  async stop(event) {
    event.preventDefault();
    await audio.fadeOut();
  },
};
`,
    // Pure delegation: whether a second call is safe is the delegate's business.
    `
class Cursor {
  async [Symbol.asyncDispose]() {
    await this.close();
  }
  async close(): Promise<void> {
    await this.cleanup();
  }
  async stop() {
    await this.#client?.close();
  }
  async destroy() {
    return super.destroy();
  }
}
`,
    // Delegation to several at once, or through a wrapper.
    `
class ElementHandle {
  async dispose(): Promise<void> {
    await Promise.all([this.handle.dispose(), this.isolatedHandle?.dispose()]);
  }
  async close() {
    await Promise.all(this.connections.map((connection) => connection.close()));
  }
  async shutdown() {
    await this.trace('shutdown', async () => {
      await super.shutdown();
    });
  }
}
`,
    // A handle claimed before the first await: a second call finds it gone.
    `
class Client {
  private socket: WebSocket | null = null;
  async close() {
    if (!this.socket) return;
    const socket = this.socket;
    this.socket = null;
    await socket.close();
  }
}
`,
    // A guard on a getter whose member is claimed before the first await.
    `
class Engine {
  #closed = false;
  get closed() {
    return this.#closed;
  }
  async close() {
    if (this.closed) return;
    this.#closed = true;
    await this.transport.close();
  }
}
`,
    // A guard through an own method (matrix-js-sdk's MatrixCall#terminate, without its arguments).
    `
class Call {
  callHasEnded() {
    return this.state === CallState.Ended;
  }
  async terminate() {
    if (this.callHasEnded()) return;
    this.state = CallState.Ended;
    this.callStatsAtEnd = await this.collectCallStats();
  }
}
`,
    // An own method claims the state synchronously, before its own first await.
    `
class Channel {
  async close() {
    if (!this.transport) return;
    await this.doClose();
  }
  private async doClose() {
    const transport = this.transport;
    this.transport = null;
    await transport.end();
  }
}
`,
    // An assertion is a guard too (puppeteer's JSCoverage#stop).
    `
class JSCoverage {
  #enabled = false;
  async stop() {
    assert(this.#enabled, 'JSCoverage is not enabled');
    this.#enabled = false;
    return await this.#client.send('Profiler.takePreciseCoverage');
  }
}
`,
    // A check-and-set in the guard itself.
    `
class Monitor {
  readonly connection = new Lifecycle('connected');
  async disconnect(): Promise<void> {
    if (!this.connection.transition('connected', 'disconnecting')) return;
    await this.client.disconnect();
  }
}
`,
    // The guard reads inside a member that a call changes before the first await.
    `
class Recorder {
  #controller = new AbortController();
  async stop() {
    if (this.#controller.signal.aborted) return;
    this.#controller.abort();
    await this.flush();
  }
}
`,
    // Closure state in a factory.
    `
export function createProducer(cluster) {
  let closed = false;
  return {
    async disconnect() {
      if (closed) return;
      closed = true;
      await cluster.disconnect();
      emit('disconnect');
    },
  };
}
`,
    // Callbacks handed to a call: the callee decides how often they run (a WHATWG sink closes once).
    `
const stream = new WritableStream({
  async close() {
    await sendTrailer(streamId);
    log('closed');
  },
});
`,
    // Not teardown names, private helpers, generators and accessors.
    `
class Client {
  async flush() {
    await this.socket.drain();
    this.buffer = [];
  }
  async #close() {
    await this.socket.end();
    this.socket = null;
  }
  async *stop() {
    yield await this.next();
    this.done = true;
  }
  get close() {
    return this.#close;
  }
}
`,
    // JavaScript has no optional marker: a Node-style \`close(callback)\` takes a required argument.
    {
      code: `
class Server {
  async close(callback) {
    await this.drain();
    this.server.close(callback);
  }
}
`,
      ...javascript,
    },
    // Compiled JavaScript: a parameter the body acts on is an argument the call needs (here the key of what to stop),
    // even where the body also tests it for absence first.
    {
      code: `
class Scheduler {
  async stop(name) {
    if (!name) return;
    await this.jobs.get(name).cancel();
    this.jobs.delete(name);
  }
}
`,
      ...javascript,
    },
    // ...and so is one handed on as a value (\`{ timeout: ms }\`) or never read.
    {
      code: `
class Worker {
  async stop(ms) {
    if (!this.running) return;
    await this.queue.drain({ timeout: ms });
    this.running = false;
  }
  async close(event) {
    if (!this.socket) return;
    await this.socket.end();
    this.socket = null;
  }
}
`,
      ...javascript,
    },
    // TypeScript says which arguments are optional: an annotated parameter without \`?\` is required, however it is read.
    `
class Agenda {
  async stop(closeConnection: boolean | undefined) {
    if (!this.jobProcessor) return;
    await this.db.unlockJobs();
    if (closeConnection ?? true) await this.backend.disconnect();
    this.jobProcessor = undefined;
  }
}
`,
    // TypeScript: the store's optional \`disconnect\` is a hand-off, and the store is never released.
    `
class KeyvAdapter {
  constructor(private readonly cache: { disconnect?: () => Promise<void> }) {}
  async disconnect(): Promise<void> {
    await this.cache.disconnect?.();
  }
}
`,
    // A method called optionally on a held object (cache-manager's KeyvAdapter): \`?.()\` asks whether the store has the
    // method, and nothing here is released after the \`await\`: the hand-off to the store is the store's business.
    {
      code: `
class KeyvAdapter {
  constructor(store) {
    this._cache = store;
  }
  async disconnect() {
    await this._cache.disconnect?.();
  }
}
class Other {
  async disconnect() {
    await this._cache.disconnect();
  }
  async close() {
    await this._cache?.close();
  }
}
`,
      ...javascript,
    },
    // JavaScript: flag-first.
    {
      code: `
class Client {
  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.socket.end();
  }
}
`,
      ...javascript,
    },
    // Prototype methods: flag-first; a memoized promise with `x = x || y` in a factory's closure.
    {
      code: `
function Pool() {
  this.closed = false;
}
Pool.prototype.close = async function () {
  if (this.closed) return;
  this.closed = true;
  await Promise.all(this.clients.map((client) => client.end()));
};
export function createProducer(cluster) {
  let disconnecting = null;
  return {
    async disconnect() {
      disconnecting = disconnecting || cluster.flushAndDisconnect();
      await disconnecting;
    },
  };
}
`,
      ...javascript,
    },
    // Handles taken before the first await: a guard on the snapshot, or awaits that only run while it is there.
    `
class Cache {
  private client: { quit(): Promise<void> } | null = null;
  private subscriber: { quit(): Promise<void> } | undefined;
  private server?: { close(done: () => void): void };
  async disconnect() {
    const client = this.client;
    if (!client) return;
    this.client = null;
    await client.quit();
  }
  async destroy() {
    const { subscriber } = this;
    this.subscriber = undefined;
    await subscriber?.quit();
  }
  async close() {
    const server = this.server;
    this.server = undefined;
    if (server) {
      await new Promise<void>((resolve) => server.close(resolve));
    }
  }
}
`,
    // The note's pattern 3 as written: the object readies its locks, then guards inside the acquired lock.
    `
class System {
  private shutdownComplete = false;
  private shutdownInProgress = false;
  async shutdown() {
    await this.ensureLocksInitialized();
    const release = await this.shutdownLock.acquire();
    try {
      if (this.shutdownComplete) return;
      if (this.shutdownInProgress) return;
      this.shutdownInProgress = true;
      try {
        await this.cleanup();
      } finally {
        this.shutdownComplete = true;
      }
    } finally {
      release();
    }
  }
}
`,
    // Delegation inside a try that only logs a failure (a debug-style logger), with a finally that delegates too (puppeteer's Browser#disconnect).
    `
class Browser {
  async disconnect() {
    try {
      await this.browserCore.session.end();
    } catch (error) {
      this.#logger?.('close')?.(error);
    } finally {
      this.connection.dispose();
    }
  }
}
`,
    // Delegation padded with idempotent steps: a cleared timer, constants stored, a local copy, a synchronous end in finally (mongodb's ChangeStream#close).
    `
class ChangeStream {
  async close(): Promise<void> {
    this.timeoutContext?.clear();
    this.timeoutContext = undefined;
    this.isClosed = true;
    const cursor = this.cursor;
    try {
      await cursor.close();
    } finally {
      this._endStream();
    }
  }
}
`,
    // Delegation padded with a log line and option defaulting (libp2p's Connection#close).
    `
import { setMaxListeners } from 'node:events';
class Connection {
  async close(options: AbortOptions = {}): Promise<void> {
    this.log('closing connection to %a', this.remoteAddr);
    if (options.signal == null) {
      const signal = AbortSignal.timeout(this.closeTimeout);
      setMaxListeners(Infinity, signal);
      options = { ...options, signal };
    }
    await this.muxer?.close(options);
    await this.maConn.close(options);
  }
}
`,
    // Delegation behind a presence check, then constants stored (kafkajs's BrokerPool#disconnect); listeners removed after a leave that dedups itself (matrix-js-sdk's MatrixRTCSession#stop).
    `
class BrokerPool {
  async disconnect() {
    this.seedBroker && (await this.seedBroker.disconnect());
    await Promise.all(Object.values(this.brokers).map((broker) => broker.disconnect()));
    this.brokers = {};
    this.metadata = null;
  }
}
class MatrixRTCSession {
  public async stop(): Promise<void> {
    await this.membershipManager?.leave(1000);
    if (this.expiryTimeout) {
      clearTimeout(this.expiryTimeout);
      this.expiryTimeout = undefined;
    }
    this.roomSubset.off('members', this.onRoomMemberUpdate);
  }
}
`,
    // A precondition that throws, a callback closed through `.call`, a `catch` that only logs or gives up, an own teardown in finally (puppeteer's BrowserContext#close, Browser#close, Page#close).
    `
class BrowserContext {
  async close(): Promise<void> {
    assert(this.#id, 'Default BrowserContext cannot be closed!');
    await this.#browser._disposeContext(this.#id);
  }
}
class Browser {
  async close(): Promise<void> {
    try {
      await this.#closeCallback.call(null);
    } catch (error) {
      this.logger?.(DEBUG_PREFIXES.error)?.(error);
    } finally {
      await this.disconnect();
    }
  }
}
class Page {
  async close(options?: { runBeforeUnload?: boolean }): Promise<void> {
    using _guard = await this.browserContext.waitForScreenshotOperations();
    try {
      await this.#frame.browsingContext.close(options?.runBeforeUnload);
    } catch {
      return;
    }
  }
}
`,
    // Lists drained with pop() before the await: a second call finds them empty (libp2p's TransportManager#stop).
    `
class TransportManager {
  private readonly listeners = new Map<string, Listener[]>();
  async stop(): Promise<void> {
    const tasks = [];
    for (const [key, listeners] of this.listeners) {
      this.log('closing listeners for %s', key);
      while (listeners.length > 0) {
        const listener = listeners.pop();
        if (listener == null) continue;
        tasks.push(listener.close());
      }
    }
    await Promise.all(tasks);
    this.started = false;
  }
}
`,
    // A same-class helper that moves the handle to a local and clears it before its own first await (livekit's SignalClient#teardownTransport), public or #private.
    `
class SignalClient {
  async close(reason = 'Close method called on signal client') {
    this.log.debug('closing', { reason });
    await this.teardownTransport(reason);
  }
  private async teardownTransport(reason: string) {
    const ws = this.ws;
    if (ws) {
      this.ws = undefined;
      ws.close({ closeCode: 1000, reason });
      await ws.closed;
    }
  }
}
class Transport {
  async disconnect() {
    await this.#closeSocket();
  }
  async #closeSocket() {
    const socket = this.#socket;
    this.#socket = null;
    await socket?.end();
  }
}
`,
    // A synchronous same-class helper claims the state behind a throwing guard before the first await.
    `
class Server {
  #stopping = false;
  async stop(): Promise<void> {
    this.#assertNotStopping();
    await this.httpServer.close();
    this.emit('stopped');
  }
  #assertNotStopping(): void {
    if (this.#stopping) throw new Error('Server is already stopping');
    this.#stopping = true;
  }
}
`,
    // A memoized stopping promise checked after waiting for the object's own start.
    `
class Worker {
  async stop(): Promise<void> {
    await this.started;
    if (this.stopping) return this.stopping;
    this.stopping = this.drainAndExit();
    return this.stopping;
  }
}
`,
    // Serialising decorators: one call at a time, and the second finds the flag (dxos's @synchronized close).
    `
class DataSpaceManager {
  @synchronized
  async close() {
    this._isOpen = false;
    await this._ctx.dispose();
    for (const space of this._spaces.values()) {
      await space.close();
    }
  }
  @guarded()
  async shutdown() {
    await this.flush();
    this.emit('shutdown');
  }
}
`,
    // An object-literal handle with no state of its own that sends one request: a second call is a second request.
    `
export function createSession(api: Api, id: string) {
  return {
    async close() {
      await api.request('DELETE', \`/sessions/\${id}\`);
    },
  };
}
`,
    // A factory's local function not handed out, or one that is a pure delegation.
    `
export function createClient(cluster) {
  const close = async () => {
    await cluster.flush();
    cluster.emit('closed');
  };
  process.on('exit', close);
  const disconnect = async () => {
    await cluster.disconnect();
  };
  return { disconnect };
}
`,
    // JavaScript: delegation behind a callback check, a local copy and a precondition on locals (mongoose's Mongoose#disconnect).
    {
      code: `
const MongooseError = require('./error');
Mongoose.prototype.disconnect = async function disconnect() {
  if (arguments.length >= 1 && typeof arguments[0] === 'function') {
    throw new MongooseError('Mongoose.prototype.disconnect() no longer accepts a callback');
  }
  const _mongoose = this instanceof Mongoose ? this : mongoose;
  const remaining = _mongoose.connections.length;
  if (remaining <= 0) {
    return;
  }
  await Promise.all(_mongoose.connections.map((conn) => conn.close()));
};
`,
      ...javascript,
    },
    // Under a lock, awaiting only a same-class helper that takes the socket before its own await (livekit's SignalClient#close).
    `
class SignalClient {
  async close(updateState = true) {
    const drivesLifecycle = updateState && this.sendLifecycleInput({ type: 'close' });
    const unlock = await this.closingLock.lock();
    try {
      await this.teardownTransport();
    } finally {
      if (drivesLifecycle) this.sendLifecycleInput({ type: 'closeComplete' });
      unlock();
    }
  }
  private async teardownTransport() {
    const ws = this.ws;
    if (ws) {
      this.ws = undefined;
      ws.close();
      await ws.closed;
    }
  }
}
`,
    // A check of the delegate's own state before the delegation: the delegate answers for a second call (a WebUSB transport).
    `
class UsbTransport {
  async disconnect(): Promise<void> {
    if (!this.usbDevice.opened) return;
    try {
      await this.usbDevice.close();
    } catch (e) {
      console.warn('Error closing connection with usbDevice');
    }
  }
}
`,
    {
      // JavaScript: a list drained with `splice` before the await, in an arrow-function field: a second call finds it
      // empty (payload's BasePayload#destroy, dist/index.js, its `db.destroy()` delegation left out).
      code: `
export class BasePayload {
  crons = [];
  destroy = async () => {
    if (this.crons.length) {
      // Remove all crons from the list before stopping them
      const cronsToStop = this.crons.splice(0, this.crons.length);
      await Promise.all(cronsToStop.map((cron) => cron.stop()));
    }
  };
}
`,
      ...javascript,
    },
    // TypeScript: the same drain by `splice(0, length)` in a method (payload's BasePayload#destroy, reduced).
    `
export class BasePayload {
  crons: Cron[] = [];
  async destroy(): Promise<void> {
    const cronsToStop = this.crons.splice(0, this.crons.length);
    await Promise.all(cronsToStop.map((cron) => cron.stop()));
  }
}
`,
    {
      // JavaScript: a Set copied and cleared before the await (@cloudamqp/amqp-client's AMQPQueue#cancelAll,
      // lib/mjs/amqp-queue.js, as a close), and a member replaced by `[]` after it is taken.
      code: `
export class AMQPQueue {
  subscriptions = new Set();
  async close() {
    const subs = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(subs.map((sub) => sub.cancel()));
  }
}
export class Pool {
  async dispose() {
    const handles = this.handles;
    this.handles = [];
    for (const handle of handles) await handle.release();
  }
}
`,
      ...javascript,
    },
    // TypeScript: the same drains, by `clear()` after a spread copy (@cloudamqp/amqp-client's AMQPQueue#cancelAll)
    // and by `= []`.
    `
export class AMQPQueue {
  private readonly subscriptions = new Set<AMQPSubscription>();
  async close(): Promise<void> {
    const subs = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(subs.map((sub) => sub.cancel()));
  }
}
export class Pool {
  private handles: Handle[] = [];
  async dispose(): Promise<void> {
    const handles = this.handles;
    this.handles = [];
    for (const handle of handles) await handle.release();
  }
}
`,
    // The other serialising decorators the doc names: `@exclusive`, `@mutex()`, `@lock` and `@once` (TypeScript only:
    // espree does not parse decorators).
    `
export class Connection {
  @exclusive
  async close(): Promise<void> {
    await this.socket.flush();
    this.socket = null;
  }
  @mutex()
  async stop(): Promise<void> {
    await this.socket.flush();
    this.socket = null;
  }
  @lock
  async shutdown(): Promise<void> {
    await this.socket.flush();
    this.socket = null;
  }
  @once
  async destroy(): Promise<void> {
    await this.socket.flush();
    this.socket = null;
  }
}
`,
    {
      // JavaScript: lists drained with pop() before the await (libp2p's TransportManager#stop).
      code: `
export class TransportManager {
  constructor() {
    this.listeners = new Map();
  }
  async stop() {
    const tasks = [];
    for (const [key, listeners] of this.listeners) {
      this.log('closing listeners for %s', key);
      while (listeners.length > 0) {
        const listener = listeners.pop();
        if (listener == null) continue;
        tasks.push(listener.close());
      }
    }
    await Promise.all(tasks);
    this.started = false;
  }
}
`,
      ...javascript,
    },
    {
      // JavaScript: the handle moved to a local and cleared before the await, behind `?.` or a presence check
      // (livekit's SignalClient, reduced).
      code: `
export class SignalClient {
  async close() {
    const ws = this.ws;
    this.ws = undefined;
    await ws?.close();
  }
  async disconnect() {
    if (!this.transport) return;
    const transport = this.transport;
    this.transport = null;
    await transport.shutdown();
  }
}
`,
      ...javascript,
    },
    {
      // JavaScript: delegation padded with a log line and option defaulting (libp2p's Connection#close).
      code: `
export class Connection {
  async close(options = {}) {
    this.log('closing connection to %a', this.remoteAddr);
    if (options.signal == null) {
      options = { ...options, signal: AbortSignal.timeout(this.closeTimeout) };
    }
    await this.muxer?.close(options);
    await this.maConn.close(options);
  }
}
`,
      ...javascript,
    },
    {
      // JavaScript: an object-literal handle with no state of its own that sends one request: a second call is a
      // second request, and a memo would keep a failed close failed.
      code: `
export function createSession(api, id) {
  return {
    async close() {
      await api.request('DELETE', \`/sessions/\${id}\`);
    },
  };
}
`,
      ...javascript,
    },
  ],
  invalid: [
    {
      // A string key that spells a teardown name with an escape names that teardown.
      code: `
class Monitor {
  async 'shut\\x64own'() {
    this.stopMonitoring();
    await this.socket.end();
    this.cleanupCount += 1;
  }
}
`,
      output: null,
      ...javascript,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'shutdown' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'shutdown' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Monitor {
  async 'shut\\x64own'() {
    await runIdempotent(this, 'shutdown', async () => {
      this.stopMonitoring();
      await this.socket.end();
      this.cleanupCount += 1;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // The note's pattern 3 without in-progress tracking: concurrent shutdowns clean up twice.
      code: `
class Monitor {
  async shutdown(): Promise<void> {
    this.stopMonitoring();
    await this.disconnect();
    this.cleanupCount += 1;
    this.shutdownComplete = true;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'shutdown' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'shutdown' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Monitor {
  async shutdown(): Promise<void> {
    await runIdempotent(this, 'shutdown', async () => {
      this.stopMonitoring();
      await this.disconnect();
      this.cleanupCount += 1;
      this.shutdownComplete = true;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A subclass qualifies the key with its class name, so an override calling super shares no run; the import joins the existing ones.
      code: `
import { EventEmitter } from 'node:events';
import { Mutex } from 'concurrency-runtime';

export class Pool extends EventEmitter {
  async close() {
    await this.drain();
    this.emit('close');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { EventEmitter } from 'node:events';
import { Mutex, runIdempotent } from 'concurrency-runtime';

export class Pool extends EventEmitter {
  async close() {
    await runIdempotent(this, 'Pool.close', async () => {
      await this.drain();
      this.emit('close');
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // An override that calls super: the arrow keeps `super`, and the key is its own.
      code: `
class Derived extends Base {
  async close(): Promise<void> {
    await this.flushPending();
    await super.close();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Derived extends Base {
  async close(): Promise<void> {
    await runIdempotent(this, 'Derived.close', async () => {
      await this.flushPending();
      await super.close();
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // An anonymous class is qualified by the variable it initialises; one without any name gets no suggestion.
      code: `
const Derived = class extends Base {
  async stop() {
    await this.flush();
    this.stopped = true;
  }
};
export default class extends Base {
  async destroy() {
    await this.flush();
    this.destroyed = true;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
const Derived = class extends Base {
  async stop() {
    await runIdempotent(this, 'Derived.stop', async () => {
      await this.flush();
      this.stopped = true;
    });
  }
};
export default class extends Base {
  async destroy() {
    await this.flush();
    this.destroyed = true;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'destroy' },
          line: 9,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // A body that returns a value returns the run; a return type that does not accept undefined gets no suggestion.
      code: `
class Tracing {
  async stop() {
    await this.client.send('Tracing.end');
    this.recording = false;
    return this.content;
  }
}
class Coverage {
  async stop(): Promise<Entry[]> {
    await this.client.send('Profiler.disable');
    return this.entries;
  }
}
class Recorder {
  async stop(): Promise<Buffer | undefined> {
    await this.client.send('Recorder.stop');
    return this.buffer;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Tracing {
  async stop() {
    return runIdempotent(this, 'stop', async () => {
      await this.client.send('Tracing.end');
      this.recording = false;
      return this.content;
    });
  }
}
class Coverage {
  async stop(): Promise<Entry[]> {
    await this.client.send('Profiler.disable');
    return this.entries;
  }
}
class Recorder {
  async stop(): Promise<Buffer | undefined> {
    await this.client.send('Recorder.stop');
    return this.buffer;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 10,
          column: 9,
          suggestions: [],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 16,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Tracing {
  async stop() {
    await this.client.send('Tracing.end');
    this.recording = false;
    return this.content;
  }
}
class Coverage {
  async stop(): Promise<Entry[]> {
    await this.client.send('Profiler.disable');
    return this.entries;
  }
}
class Recorder {
  async stop(): Promise<Buffer | undefined> {
    return runIdempotent(this, 'stop', async () => {
      await this.client.send('Recorder.stop');
      return this.buffer;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Symbol.asyncDispose, a class field, a static method and a string key; `for await` awaits too.
      code: `
class Connection {
  async [Symbol.asyncDispose]() {
    await this.flush();
    this.socket.end();
  }
  close = async () => {
    await this.flush();
    this.socket.end();
  };
  static async shutdown() {
    await pool.drain();
    pool = null;
  }
  async 'disconnect'() {
    for await (const chunk of this.pending) this.write(chunk);
    this.socket = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: '[Symbol.asyncDispose]' },
          line: 3,
          column: 10,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: '[Symbol.asyncDispose]' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Connection {
  async [Symbol.asyncDispose]() {
    await runIdempotent(this, Symbol.asyncDispose, async () => {
      await this.flush();
      this.socket.end();
    });
  }
  close = async () => {
    await this.flush();
    this.socket.end();
  };
  static async shutdown() {
    await pool.drain();
    pool = null;
  }
  async 'disconnect'() {
    for await (const chunk of this.pending) this.write(chunk);
    this.socket = null;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 7,
          column: 3,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Connection {
  async [Symbol.asyncDispose]() {
    await this.flush();
    this.socket.end();
  }
  close = async () => {
    await runIdempotent(this, 'close', async () => {
      await this.flush();
      this.socket.end();
    });
  };
  static async shutdown() {
    await pool.drain();
    pool = null;
  }
  async 'disconnect'() {
    for await (const chunk of this.pending) this.write(chunk);
    this.socket = null;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'shutdown' },
          line: 11,
          column: 16,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'shutdown' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Connection {
  async [Symbol.asyncDispose]() {
    await this.flush();
    this.socket.end();
  }
  close = async () => {
    await this.flush();
    this.socket.end();
  };
  static async shutdown() {
    await runIdempotent(this, 'shutdown', async () => {
      await pool.drain();
      pool = null;
    });
  }
  async 'disconnect'() {
    for await (const chunk of this.pending) this.write(chunk);
    this.socket = null;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'disconnect' },
          line: 15,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'disconnect' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Connection {
  async [Symbol.asyncDispose]() {
    await this.flush();
    this.socket.end();
  }
  close = async () => {
    await this.flush();
    this.socket.end();
  };
  static async shutdown() {
    await pool.drain();
    pool = null;
  }
  async 'disconnect'() {
    await runIdempotent(this, 'disconnect', async () => {
      for await (const chunk of this.pending) this.write(chunk);
      this.socket = null;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Comments stay, a single-line body is spread out, tabs are kept, a multi-line template literal is not re-indented.
      code: `
class Client {
\tasync close() { await this.a.flush(); /* then */ this.b = null; }
\tasync stop() {
\t\t// first
\t\tawait this.a.flush(); // trailing
\t\tthis.b = \`closed
at \${Date.now()}\`;
\t\t/* last */
\t}
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 8,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Client {
\tasync close() {
\t\tawait runIdempotent(this, 'close', async () => {
\t\t\tawait this.a.flush(); /* then */ this.b = null;
\t\t});
\t}
\tasync stop() {
\t\t// first
\t\tawait this.a.flush(); // trailing
\t\tthis.b = \`closed
at \${Date.now()}\`;
\t\t/* last */
\t}
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 4,
          column: 8,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Client {
\tasync close() { await this.a.flush(); /* then */ this.b = null; }
\tasync stop() {
\t\tawait runIdempotent(this, 'stop', async () => {
\t\t\t// first
\t\t\tawait this.a.flush(); // trailing
\t\t\tthis.b = \`closed
at \${Date.now()}\`;
\t\t\t/* last */
\t\t});
\t}
}
`,
            },
          ],
        },
      ],
    },
    {
      // The import comes from settings.concurrency.runtimeModule; an existing alias is reused.
      code: `
import { runIdempotent as run } from '#runtime';
import type { Lazy } from '#runtime';
class Client {
  async disconnect() {
    await this.#socket?.end();
    this.#socket = null;
  }
}
`,
      settings: {"concurrency":{"runtimeModule":"#runtime"}},
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'disconnect' },
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'disconnect' },
              output: `
import { runIdempotent as run } from '#runtime';
import type { Lazy } from '#runtime';
class Client {
  async disconnect() {
    await run(this, 'disconnect', async () => {
      await this.#socket?.end();
      this.#socket = null;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // teardownMethods adds names to the defaults; a local that takes the helper's name leaves no suggestion.
      code: `
class Lease {
  async release() {
    await this.client.unlock(this.key);
    this.held = false;
  }
  async close() {
    const runIdempotent = this.options.once;
    await this.client.quit();
    this.client = null;
  }
}
`,
      options: [{"teardownMethods":["release"]}],
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'release' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'release' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Lease {
  async release() {
    await runIdempotent(this, 'release', async () => {
      await this.client.unlock(this.key);
      this.held = false;
    });
  }
  async close() {
    const runIdempotent = this.options.once;
    await this.client.quit();
    this.client = null;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 7,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // A handle guard whose handle is cleared only after the await: a second call closes it again.
      code: `
class Client {
  private socket: WebSocket | null = null;
  async close() {
    if (!this.socket) return;
    await this.socket.close();
    this.socket = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'close' },
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Client {
  private socket: WebSocket | null = null;
  async close() {
    await runIdempotent(this, 'close', async () => {
      if (!this.socket) return;
      await this.socket.close();
      this.socket = null;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // The own method clears the handle only after its own first await.
      code: `
class Channel {
  async close() {
    if (!this.transport) return;
    await this.doClose();
  }
  private async doClose() {
    await this.transport.end();
    this.transport = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Channel {
  async close() {
    await runIdempotent(this, 'close', async () => {
      if (!this.transport) return;
      await this.doClose();
    });
  }
  private async doClose() {
    await this.transport.end();
    this.transport = null;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A guard on a getter whose state changes only when the awaited call completes (puppeteer's Browser#close).
      code: `
class Browser {
  get connection() {
    return this.#browserCore.session.connection;
  }
  async close(): Promise<void> {
    if (this.connection.closed) {
      return;
    }
    try {
      await this.#browserCore.close();
    } finally {
      this.connection.dispose();
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'close' },
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Browser {
  get connection() {
    return this.#browserCore.session.connection;
  }
  async close(): Promise<void> {
    await runIdempotent(this, 'close', async () => {
      if (this.connection.closed) {
        return;
      }
      try {
        await this.#browserCore.close();
      } finally {
        this.connection.dispose();
      }
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // The guard reads state that is claimed only after the first await.
      code: `
class Recorder {
  #controller = new AbortController();
  async stop() {
    if (this.#controller.signal.aborted) return;
    await this.page.stopScreencast();
    this.#controller.abort();
    await this.writeLastFrames();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'stop' },
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Recorder {
  #controller = new AbortController();
  async stop() {
    await runIdempotent(this, 'stop', async () => {
      if (this.#controller.signal.aborted) return;
      await this.page.stopScreencast();
      this.#controller.abort();
      await this.writeLastFrames();
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A critical section without a guard only runs the cleanup twice in a row; one followed by more awaits is not the whole body.
      code: `
class Client {
  async close() {
    await this.lock.runExclusive(async () => {
      await this.socket.end();
      this.socket = null;
    });
  }
  async stop() {
    await this.lock.runExclusive(async () => {
      if (this.stopped) return;
      this.stopped = true;
    });
    await this.worker.terminate();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Client {
  async close() {
    await runIdempotent(this, 'close', async () => {
      await this.lock.runExclusive(async () => {
        await this.socket.end();
        this.socket = null;
      });
    });
  }
  async stop() {
    await this.lock.runExclusive(async () => {
      if (this.stopped) return;
      this.stopped = true;
    });
    await this.worker.terminate();
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 9,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Client {
  async close() {
    await this.lock.runExclusive(async () => {
      await this.socket.end();
      this.socket = null;
    });
  }
  async stop() {
    await runIdempotent(this, 'stop', async () => {
      await this.lock.runExclusive(async () => {
        if (this.stopped) return;
        this.stopped = true;
      });
      await this.worker.terminate();
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A flag set under an absence check but never awaited is no memoized promise; a single awaited call that is not a teardown is no delegation.
      code: `
class Writer {
  async close() {
    if (!this.closing) {
      this.closing = true;
    }
    await this.flush();
  }
  async stop() {
    await sendStreamTrailer(this.streamId);
  }
  async destroy() {
    await this.client.close();
    this.client = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Writer {
  async close() {
    await runIdempotent(this, 'close', async () => {
      if (!this.closing) {
        this.closing = true;
      }
      await this.flush();
    });
  }
  async stop() {
    await sendStreamTrailer(this.streamId);
  }
  async destroy() {
    await this.client.close();
    this.client = null;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 9,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Writer {
  async close() {
    if (!this.closing) {
      this.closing = true;
    }
    await this.flush();
  }
  async stop() {
    await runIdempotent(this, 'stop', async () => {
      await sendStreamTrailer(this.streamId);
    });
  }
  async destroy() {
    await this.client.close();
    this.client = null;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'destroy' },
          line: 12,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'destroy' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Writer {
  async close() {
    if (!this.closing) {
      this.closing = true;
    }
    await this.flush();
  }
  async stop() {
    await sendStreamTrailer(this.streamId);
  }
  async destroy() {
    await runIdempotent(this, 'destroy', async () => {
      await this.client.close();
      this.client = null;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Object literals: an arrow and a method without `this` become idempotent(…) values, a method using `this` keeps runIdempotent, `arguments` or parameters leave no suggestion.
      code: `
import { Mutex } from 'concurrency-runtime';

export function createProducer(cluster) {
  let status = 'connected';
  return {
    disconnect: async () => {
      status = 'disconnecting';
      await cluster.disconnect();
      status = 'disconnected';
    },
    async close() {
      await cluster.flush();
      emit('close');
    },
    async stop() {
      await this.flush();
      this.stopped = true;
    },
    async shutdown() {
      await cluster.flush(arguments);
      emit('close');
    },
    destroy: async (force = false) => {
      await cluster.flush(force);
      emit('close');
    },
  };
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedHandleTeardown',
          data: { name: 'disconnect' },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'wrapInIdempotent',
              data: { name: 'disconnect' },
              output: `
import { Mutex, idempotent } from 'concurrency-runtime';

export function createProducer(cluster) {
  let status = 'connected';
  return {
    disconnect: idempotent(async () => {
      status = 'disconnecting';
      await cluster.disconnect();
      status = 'disconnected';
    }),
    async close() {
      await cluster.flush();
      emit('close');
    },
    async stop() {
      await this.flush();
      this.stopped = true;
    },
    async shutdown() {
      await cluster.flush(arguments);
      emit('close');
    },
    destroy: async (force = false) => {
      await cluster.flush(force);
      emit('close');
    },
  };
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedHandleTeardown',
          data: { name: 'close' },
          line: 12,
          column: 11,
          suggestions: [
            {
              messageId: 'wrapInIdempotent',
              data: { name: 'close' },
              output: `
import { Mutex, idempotent } from 'concurrency-runtime';

export function createProducer(cluster) {
  let status = 'connected';
  return {
    disconnect: async () => {
      status = 'disconnecting';
      await cluster.disconnect();
      status = 'disconnected';
    },
    close: idempotent(async () => {
      await cluster.flush();
      emit('close');
    }),
    async stop() {
      await this.flush();
      this.stopped = true;
    },
    async shutdown() {
      await cluster.flush(arguments);
      emit('close');
    },
    destroy: async (force = false) => {
      await cluster.flush(force);
      emit('close');
    },
  };
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedHandleTeardown',
          data: { name: 'stop' },
          line: 16,
          column: 11,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { Mutex, runIdempotent } from 'concurrency-runtime';

export function createProducer(cluster) {
  let status = 'connected';
  return {
    disconnect: async () => {
      status = 'disconnecting';
      await cluster.disconnect();
      status = 'disconnected';
    },
    async close() {
      await cluster.flush();
      emit('close');
    },
    async stop() {
      await runIdempotent(this, 'stop', async () => {
        await this.flush();
        this.stopped = true;
      });
    },
    async shutdown() {
      await cluster.flush(arguments);
      emit('close');
    },
    destroy: async (force = false) => {
      await cluster.flush(force);
      emit('close');
    },
  };
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedHandleTeardown',
          data: { name: 'shutdown' },
          line: 20,
          column: 11,
          suggestions: [],
        },
        {
          messageId: 'unguardedHandleTeardown',
          data: { name: 'destroy' },
          line: 24,
          column: 5,
          suggestions: [],
        },
      ],
      ...javascript,
    },
    {
      // JavaScript class, optional chaining.
      code: `
export class Client {
  async close() {
    await this.socket?.end();
    this.socket = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
export class Client {
  async close() {
    await runIdempotent(this, 'close', async () => {
      await this.socket?.end();
      this.socket = undefined;
    });
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
      // A CommonJS script takes the helper by require.
      code: `
class Client {
  async close() {
    await this.socket.end();
    this.socket = null;
  }
}
module.exports = Client;
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
const { runIdempotent } = require('concurrency-runtime');
class Client {
  async close() {
    await runIdempotent(this, 'close', async () => {
      await this.socket.end();
      this.socket = null;
    });
  }
}
module.exports = Client;
`,
            },
          ],
        },
      ],
      ...javascript,
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } },
    },
    {
      // Methods assigned to a prototype (keyed by the constructor's name) or to the instance; a prototype arrow has no instance \`this\`.
      code: `
import { EventEmitter } from 'node:events';
export function Pool() {
  EventEmitter.call(this);
  this.terminate = async () => {
    this.port.postMessage('stop');
    await this.exited;
  };
}
Pool.prototype.close = async function () {
  await Promise.all(this.clients.map((client) => client.end()));
  this.emit('close');
};
Pool.prototype.stop = async () => {
  await pool.drain();
  pool.emit('stop');
};
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'terminate' },
          line: 5,
          column: 8,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'terminate' },
              output: `
import { EventEmitter } from 'node:events';
import { runIdempotent } from 'concurrency-runtime';
export function Pool() {
  EventEmitter.call(this);
  this.terminate = async () => {
    await runIdempotent(this, 'terminate', async () => {
      this.port.postMessage('stop');
      await this.exited;
    });
  };
}
Pool.prototype.close = async function () {
  await Promise.all(this.clients.map((client) => client.end()));
  this.emit('close');
};
Pool.prototype.stop = async () => {
  await pool.drain();
  pool.emit('stop');
};
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 10,
          column: 16,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { EventEmitter } from 'node:events';
import { runIdempotent } from 'concurrency-runtime';
export function Pool() {
  EventEmitter.call(this);
  this.terminate = async () => {
    this.port.postMessage('stop');
    await this.exited;
  };
}
Pool.prototype.close = async function () {
  await runIdempotent(this, 'Pool.close', async () => {
    await Promise.all(this.clients.map((client) => client.end()));
    this.emit('close');
  });
};
Pool.prototype.stop = async () => {
  await pool.drain();
  pool.emit('stop');
};
`,
            },
          ],
        },
        { messageId: 'unguardedTeardown', data: { name: 'stop' }, line: 14, column: 16, suggestions: [] },
      ],
      ...javascript,
    },
    {
      // A \`.js\` file that uses require and module.exports is CommonJS even when parsed as a module: the helper comes
      // in by require, after the file's last one.
      code: `
const { connect } = require('amqplib');
class Consumer {
  async close() {
    await this.channel.drain();
    await this.connection.close();
  }
}
module.exports = { Consumer, connect };
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
const { connect } = require('amqplib');
const { runIdempotent } = require('concurrency-runtime');
class Consumer {
  async close() {
    await runIdempotent(this, 'close', async () => {
      await this.channel.drain();
      await this.connection.close();
    });
  }
}
module.exports = { Consumer, connect };
`,
            },
          ],
        },
      ],
      ...javascript,
    },
    {
      // Reading a list (\`.map\`) claims nothing; a taken handle protects only the awaits it gates.
      code: `
class Pool {
  private idle: Array<{ end(): Promise<void> }> = [];
  private socket: { end(): Promise<void> } | null = null;
  async terminate() {
    if (this.idle.length === 0) return;
    await Promise.all(this.idle.map((client) => client.end()));
    this.idle = [];
  }
  async stop() {
    const socket = this.socket;
    this.socket = null;
    await socket?.end();
    await this.flushLogs();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'terminate' },
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'terminate' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Pool {
  private idle: Array<{ end(): Promise<void> }> = [];
  private socket: { end(): Promise<void> } | null = null;
  async terminate() {
    await runIdempotent(this, 'terminate', async () => {
      if (this.idle.length === 0) return;
      await Promise.all(this.idle.map((client) => client.end()));
      this.idle = [];
    });
  }
  async stop() {
    const socket = this.socket;
    this.socket = null;
    await socket?.end();
    await this.flushLogs();
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 10,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Pool {
  private idle: Array<{ end(): Promise<void> }> = [];
  private socket: { end(): Promise<void> } | null = null;
  async terminate() {
    if (this.idle.length === 0) return;
    await Promise.all(this.idle.map((client) => client.end()));
    this.idle = [];
  }
  async stop() {
    await runIdempotent(this, 'stop', async () => {
      const socket = this.socket;
      this.socket = null;
      await socket?.end();
      await this.flushLogs();
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A guard on state the method never claims: `url` is never cleared, so a second close sends a second DELETE (matrix-js-sdk's MSC4108RendezvousSession#close).
      code: `
class MSC4108RendezvousSession {
  private url?: string;
  public async close(): Promise<void> {
    if (this.expiresTimer) {
      clearTimeout(this.expiresTimer);
      this.expiresTimer = undefined;
    }
    if (!this.url) return;
    try {
      await this.fetch(this.url, { method: 'DELETE' });
    } catch (e) {
      logger.warn(e);
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unclaimedGuardTeardown',
          data: { name: 'close' },
          line: 4,
          column: 16,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class MSC4108RendezvousSession {
  private url?: string;
  public async close(): Promise<void> {
    await runIdempotent(this, 'close', async () => {
      if (this.expiresTimer) {
        clearTimeout(this.expiresTimer);
        this.expiresTimer = undefined;
      }
      if (!this.url) return;
      try {
        await this.fetch(this.url, { method: 'DELETE' });
      } catch (e) {
        logger.warn(e);
      }
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript: a guard on a flag only an event sets; the method never claims it.
      code: `
import { once } from 'node:events';
export class ChildProcessWrapper {
  constructor(child) {
    this.child = child;
    this.exited = false;
    child.once('exit', () => {
      this.exited = true;
    });
  }
  async stop() {
    if (this.exited) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unclaimedGuardTeardown',
          data: { name: 'stop' },
          line: 11,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'stop' },
              output: `
import { once } from 'node:events';
import { runIdempotent } from 'concurrency-runtime';
export class ChildProcessWrapper {
  constructor(child) {
    this.child = child;
    this.exited = false;
    child.once('exit', () => {
      this.exited = true;
    });
  }
  async stop() {
    await runIdempotent(this, 'stop', async () => {
      if (this.exited) return;
      this.child.kill('SIGTERM');
      await once(this.child, 'exit');
    });
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
      // A handle released only after the awaits that use it: a later call is turned away, a concurrent one is not (puppeteer's WaitTask#terminate, #private, a comment in the rewritten range).
      code: `
class WaitTask {
  #poller?: Poller;
  async terminate(): Promise<void> {
    clearTimeout(this.#timeout);
    if (this.#poller) {
      try {
        await this.#poller.evaluate(async (poller) => {
          await poller.stop();
        });
        if (this.#poller) {
          await this.#poller.dispose();
          this.#poller = undefined;
        }
      } catch {
        // Ignore errors since they most likely come from low-level cleanup.
      }
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'terminate' },
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'terminate' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class WaitTask {
  #poller?: Poller;
  async terminate(): Promise<void> {
    await runIdempotent(this, 'terminate', async () => {
      clearTimeout(this.#timeout);
      if (this.#poller) {
        try {
          await this.#poller.evaluate(async (poller) => {
            await poller.stop();
          });
          if (this.#poller) {
            await this.#poller.dispose();
            this.#poller = undefined;
          }
        } catch {
          // Ignore errors since they most likely come from low-level cleanup.
        }
      }
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A disposal-guard decorator turns later calls away, not concurrent ones (puppeteer's core Browser#close); a flag set after the await is no-state-flag-after-await's, and a method with parameters gets no unseen cure.
      code: `
class Browser {
  @throwIfDisposed<Browser>((browser) => browser.#reason!)
  async close(): Promise<void> {
    try {
      await this.session.send('browser.close', {});
    } finally {
      this.dispose('Browser already closed.', true);
    }
  }
  async disconnect(reason?: string): Promise<void> {
    if (this.#disconnected) return;
    await this.session.end(reason);
    this.#disconnected = true;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'close' },
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Browser {
  @throwIfDisposed<Browser>((browser) => browser.#reason!)
  async close(): Promise<void> {
    await runIdempotent(this, 'close', async () => {
      try {
        await this.session.send('browser.close', {});
      } finally {
        this.dispose('Browser already closed.', true);
      }
    });
  }
  async disconnect(reason?: string): Promise<void> {
    if (this.#disconnected) return;
    await this.session.end(reason);
    this.#disconnected = true;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript: a factory's local teardown handed out as `{ disconnect }` or `stop: stop` (kafkajs's admin client); no `idempotent` cure for a handle, it would keep a failed close failed.
      code: `
module.exports = ({ cluster, instrumentationEmitter }) => {
  const disconnect = async () => {
    await cluster.disconnect();
    instrumentationEmitter.emit('admin.disconnect');
  };
  async function stop() {
    await cluster.flush();
    instrumentationEmitter.emit('admin.stop');
  }
  return { disconnect, stop: stop };
};
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedHandleTeardown',
          data: { name: 'disconnect' },
          line: 3,
          column: 9,
          suggestions: [],
        },
        {
          messageId: 'unguardedHandleTeardown',
          data: { name: 'stop' },
          line: 7,
          column: 18,
          suggestions: [],
        },
      ],
      ...javascript,
    },
    {
      // Delegation to a same-file helper that is not idempotent is no delegation; an object with a start method gets no runIdempotent rewrite (a second stop after a restart would do nothing).
      code: `
class Pool {
  async close() {
    this.log('closing');
    await this.closeAll();
  }
  private async closeAll() {
    await Promise.all(this.clients.map((client) => client.end()));
    this.emit('drained');
  }
}
class Tracing {
  async start(): Promise<void> {
    this.recording = true;
    await this.client.send('Tracing.start');
  }
  async stop(): Promise<void> {
    await this.client.send('Tracing.end');
    this.recording = false;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class Pool {
  async close() {
    await runIdempotent(this, 'close', async () => {
      this.log('closing');
      await this.closeAll();
    });
  }
  private async closeAll() {
    await Promise.all(this.clients.map((client) => client.end()));
    this.emit('drained');
  }
}
class Tracing {
  async start(): Promise<void> {
    this.recording = true;
    await this.client.send('Tracing.start');
  }
  async stop(): Promise<void> {
    await this.client.send('Tracing.end');
    this.recording = false;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'unguardedTeardown',
          data: { name: 'stop' },
          line: 17,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // Under a lock, a same-class helper that keeps the socket until after its await is no protection: the next holder closes it again.
      code: `
class SignalClient {
  async close() {
    const unlock = await this.closingLock.lock();
    try {
      await this.teardownTransport();
    } finally {
      unlock();
    }
  }
  private async teardownTransport() {
    await this.ws?.close();
    this.emit('transportClosed');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'close' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class SignalClient {
  async close() {
    await runIdempotent(this, 'close', async () => {
      const unlock = await this.closingLock.lock();
      try {
        await this.teardownTransport();
      } finally {
        unlock();
      }
    });
  }
  private async teardownTransport() {
    await this.ws?.close();
    this.emit('transportClosed');
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // The method itself clears the handle its guard reads, after the awaits: only a concurrent call gets through and leaves the match again.
      code: `
class MatchConnection {
  async disconnect(): Promise<void> {
    if (!this.connection) return;
    try {
      if (this.connection.state === HubConnectionState.Connected && this.currentMatchId) {
        await this.connection.invoke('LeaveMatch', this.currentMatchId);
      }
      await this.connection.stop();
    } catch {
      // ignore — best effort cleanup
    }
    this.connection = null;
    this._state.set('idle');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'disconnect' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              data: { name: 'disconnect' },
              output: `
import { runIdempotent } from 'concurrency-runtime';
class MatchConnection {
  async disconnect(): Promise<void> {
    await runIdempotent(this, 'disconnect', async () => {
      if (!this.connection) return;
      try {
        if (this.connection.state === HubConnectionState.Connected && this.currentMatchId) {
          await this.connection.invoke('LeaveMatch', this.currentMatchId);
        }
        await this.connection.stop();
      } catch {
        // ignore — best effort cleanup
      }
      this.connection = null;
      this._state.set('idle');
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Compiled from \`stop(closeConnection?: boolean)\` (agenda): the body only tests the parameter for absence, so the
      // method is called without it, and the guard's handle is released only after the awaits.
      code: `
class Agenda {
  async stop(closeConnection) {
    if (!this.jobProcessor) {
      log('Agenda.stop called, but agenda has never started!');
      return;
    }
    this.jobProcessor.stop();
    if (this.notificationChannel) {
      await this.notificationChannel.disconnect();
    }
    const shouldClose = closeConnection ?? this.backend.ownsConnection ?? true;
    if (shouldClose && typeof closeConnection !== 'string' && closeConnection !== null) {
      await this.backend.disconnect();
    }
    this.jobProcessor = undefined;
  }
}
`,
      ...javascript,
      errors: [{ messageId: 'concurrentTeardown', data: { name: 'stop' }, line: 3, column: 9, endLine: 3, endColumn: 13, suggestions: [] }],
    },
    {
      // Look-alike: the held object itself is released after the \`await\`, so its absence skips the optional call.
      code: `
class Connection {
  async close() {
    await this.socket.end?.();
    this.socket = null;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'concurrentTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [{ messageId: 'wrapInRunIdempotent', data: { name: 'close' }, output: `
import { runIdempotent } from 'concurrency-runtime';
class Connection {
  async close() {
    await runIdempotent(this, 'close', async () => {
      await this.socket.end?.();
      this.socket = null;
    });
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: after the guarded block it runs more cleanup of its own (`flushQueue`), not a wait for a promise the first call stored.
      code: `
class Driver {
  private endCalled = false;
  constructor(private client: Client) {}
  async dispose(): Promise<void> {
    if (!this.endCalled) {
      this.endCalled = true;
      void this.client.end();
    }
    return await this.flushQueue();
  }
  private async flushQueue(): Promise<void> {
    await this.client.query('DISCARD ALL');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          line: 5,
          column: 9,
          suggestions: [{ messageId: 'wrapInRunIdempotent', output: `
import { runIdempotent } from 'concurrency-runtime';
class Driver {
  private endCalled = false;
  constructor(private client: Client) {}
  async dispose(): Promise<void> {
    return runIdempotent(this, 'dispose', async () => {
      if (!this.endCalled) {
        this.endCalled = true;
        void this.client.end();
      }
      return await this.flushQueue();
    });
  }
  private async flushQueue(): Promise<void> {
    await this.client.query('DISCARD ALL');
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike of the copy-and-clear drain: the Set is cleared only after the await, so a call made while the
      // first one waits copies the same subscriptions and cancels them again.
      code: `
export class AMQPQueue {
  private readonly subscriptions = new Set<AMQPSubscription>();
  async close(): Promise<void> {
    const subs = [...this.subscriptions];
    await Promise.all(subs.map((sub) => sub.cancel()));
    this.subscriptions.clear();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              output: `
import { runIdempotent } from 'concurrency-runtime';
export class AMQPQueue {
  private readonly subscriptions = new Set<AMQPSubscription>();
  async close(): Promise<void> {
    await runIdempotent(this, 'close', async () => {
      const subs = [...this.subscriptions];
      await Promise.all(subs.map((sub) => sub.cancel()));
      this.subscriptions.clear();
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript look-alike of the splice drain (payload's BasePayload#destroy): the list is spliced only after the
      // await.
      code: `
export class BasePayload {
  crons = [];
  async destroy() {
    await Promise.all(this.crons.map((cron) => cron.stop()));
    this.crons.splice(0, this.crons.length);
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              output: `
import { runIdempotent } from 'concurrency-runtime';
export class BasePayload {
  crons = [];
  async destroy() {
    await runIdempotent(this, 'destroy', async () => {
      await Promise.all(this.crons.map((cron) => cron.stop()));
      this.crons.splice(0, this.crons.length);
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A decorator that does not serialise (`@logged`) guards nothing: the method stays reported.
      code: `
export class Connection {
  @logged
  async close(): Promise<void> {
    await this.socket.flush();
    this.socket = null;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              output: `
import { runIdempotent } from 'concurrency-runtime';
export class Connection {
  @logged
  async close(): Promise<void> {
    await runIdempotent(this, 'close', async () => {
      await this.socket.flush();
      this.socket = null;
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript: delegation to a same-file helper that is not idempotent is no delegation.
      code: `
export class Pool {
  async close() {
    this.log('closing');
    await this.closeAll();
  }
  async closeAll() {
    await Promise.all(this.clients.map((client) => client.end()));
    this.emit('drained');
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              output: `
import { runIdempotent } from 'concurrency-runtime';
export class Pool {
  async close() {
    await runIdempotent(this, 'close', async () => {
      this.log('closing');
      await this.closeAll();
    });
  }
  async closeAll() {
    await Promise.all(this.clients.map((client) => client.end()));
    this.emit('drained');
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript: a guard on a flag only an event sets; the method never claims it.
      code: `
import { once } from 'node:events';
export class ChildProcessWrapper {
  private exited = false;
  constructor(private readonly child: ChildProcess) {
    child.once('exit', () => {
      this.exited = true;
    });
  }
  async stop(): Promise<void> {
    if (this.exited) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'unclaimedGuardTeardown',
          line: 10,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              output: `
import { once } from 'node:events';
import { runIdempotent } from 'concurrency-runtime';
export class ChildProcessWrapper {
  private exited = false;
  constructor(private readonly child: ChildProcess) {
    child.once('exit', () => {
      this.exited = true;
    });
  }
  async stop(): Promise<void> {
    await runIdempotent(this, 'stop', async () => {
      if (this.exited) return;
      this.child.kill('SIGTERM');
      await once(this.child, 'exit');
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript: a guard on state the method never claims: `url` is never cleared, so a second close sends a
      // second DELETE (matrix-js-sdk's MSC4108RendezvousSession#close).
      code: `
export class MSC4108RendezvousSession {
  async close() {
    if (this.expiresTimer) {
      clearTimeout(this.expiresTimer);
      this.expiresTimer = undefined;
    }
    if (!this.url) return;
    try {
      await this.fetch(this.url, { method: 'DELETE' });
    } catch (e) {
      logger.warn(e);
    }
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'unclaimedGuardTeardown',
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              output: `
import { runIdempotent } from 'concurrency-runtime';
export class MSC4108RendezvousSession {
  async close() {
    await runIdempotent(this, 'close', async () => {
      if (this.expiresTimer) {
        clearTimeout(this.expiresTimer);
        this.expiresTimer = undefined;
      }
      if (!this.url) return;
      try {
        await this.fetch(this.url, { method: 'DELETE' });
      } catch (e) {
        logger.warn(e);
      }
    });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript: a factory's local teardown handed out as `{ disconnect }` (kafkajs's admin client); no
      // `idempotent` cure for a handle.
      code: `
export function createAdmin({ cluster, instrumentationEmitter }: AdminOptions): Admin {
  const disconnect = async (): Promise<void> => {
    await cluster.disconnect();
    instrumentationEmitter.emit('admin.disconnect');
  };
  return { disconnect };
}
`,
      output: null,
      errors: [
        {
          messageId: 'unguardedHandleTeardown',
          line: 3,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // The member taken into a local and cleared, then used without `?.` (issue 8 audit, item 9): a second call
      // takes `null` and throws on `socket.end()` rather than closing again, so unguardedTeardown's message says
      // only that it runs the body again on what the first call changed, not that it runs the cleanup again.
      code: `
export class Client {
  async close() {
    const socket = this.socket;
    this.socket = null;
    await socket.end();
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'unguardedTeardown',
          data: { name: 'close' },
          line: 3,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInRunIdempotent',
              output: `
import { runIdempotent } from 'concurrency-runtime';
export class Client {
  async close() {
    await runIdempotent(this, 'close', async () => {
      const socket = this.socket;
      this.socket = null;
      await socket.end();
    });
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
