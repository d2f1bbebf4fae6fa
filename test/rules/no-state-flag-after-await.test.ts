import rule from '../../rules/no-state-flag-after-await.js';
import { javascript, ruleTester } from './rule-tester.js';

ruleTester.run('no-state-flag-after-await', rule, {
  valid: [
    // Issue 8's shape 3 within the file: the awaited call is a same-class method that memoizes its promise before its
    // own first \`await\` and returns it, so a second caller that passed the guard joins the first one's open instead of
    // opening again (a reduced form; no corpus package has it).
    `
export class Client {
  private connected = false;
  private connecting?: Promise<void>;
  private open(): Promise<void> {
    this.connecting ??= this.socket.open();
    return this.connecting;
  }
  async connect(): Promise<void> {
    if (this.connected) return;
    await this.open();
    this.connected = true;
  }
}
`,
    {
      code: `
export class Session {
  #ready = false;
  #starting = null;
  async #start() {
    if (!this.#starting) this.#starting = this.transport.handshake();
    await this.#starting;
  }
  async ready() {
    if (this.#ready) return;
    await this.#start();
    this.#ready = true;
  }
}
`,
      ...javascript,
    },
    {
      // A getter guard whose claim comes before the await (JavaScript, espree).
      code: `
class Room {
  get ready() {
    return this._ready;
  }
  async load() {
    if (this.ready) return;
    this._ready = true;
    await this.fetch();
  }
}
`,
      ...javascript,
    },
    // A throwing check under a lock runs for each caller in turn and sees the claim of the previous one.
    `
class Transaction {
  private active = false;
  async commit(): Promise<void> {
    await this.mutex.runExclusive(async () => {
      if (!this.active) throw new Error('no transaction');
      await this.query('COMMIT');
      this.active = false;
    });
  }
}
`,
    // A same-class helper that claims before the first await is an early claim.
    `
class Channel {
  closed = false;
  private markClosed(): void {
    this.closed = true;
  }
  async close(): Promise<void> {
    if (this.closed) return;
    this.markClosed();
    await this.transport.end();
  }
}
`,
    {
      // kafkajs-style one-shot object: the class is not exported, this file builds each instance, starts it once
      // and awaits it before handing it out, so two start() calls never overlap.
      code: `
class Runner {
  async start() {
    if (this.running) return;
    await this.group.join();
    this.running = true;
  }
}
export async function run(group) {
  const runner = new Runner(group);
  await runner.start();
  return runner;
}
`,
      ...javascript,
    },
    // puppeteer's BidiTouchHandle: a one-shot object in TypeScript, whose class is also named in a type position.
    `
class TouchHandle {
  #started = false;
  async start(): Promise<void> {
    if (this.#started) throw new Error('Touch has already started');
    await this.page.dispatch('touchStart');
    this.#started = true;
  }
}
export class Touchscreen {
  declare touches: TouchHandle[];
  async touchStart(): Promise<TouchHandle> {
    const touch = new TouchHandle(this.page);
    await touch.start();
    this.touches.push(touch);
    return touch;
  }
}
`,
    // A private method that only initialize() calls, after claiming isInitializing: the caller's claim keeps it single.
    `
class Driver {
  private isInitializing = false;
  private connected = false;
  async initialize(): Promise<void> {
    if (this.isInitializing) return;
    this.isInitializing = true;
    try {
      await this.connect();
    } finally {
      this.isInitializing = false;
    }
  }
  private async connect(): Promise<void> {
    if (this.connected) return;
    await this.socket.open();
    this.connected = true;
  }
}
`,
    // A private method whose every call is memoized never runs twice at once.
    `
class Driver {
  #connecting?: Promise<void>;
  private connected = false;
  connect(): Promise<void> {
    return (this.#connecting ??= this.#open());
  }
  async #open(): Promise<void> {
    if (this.connected) return;
    await this.socket.open();
    this.connected = true;
  }
}
`,
    // The note's DO: the flag flips right after the guard.
    `
class Client {
  connected = true;
  async disconnect() {
    if (!this.connected) return;
    this.connected = false;
    await this.client.disconnect();
  }
}
`,
    // busy = true … finally { busy = false }: the reset in finally is the release, not a late claim.
    `
class Poller {
  #busy = false;
  async poll() {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await this.fetch();
    } finally {
      this.#busy = false;
    }
  }
}
`,
    // The note's in-progress/complete pair: claiming one member of the compound guard is enough.
    `
class System {
  private shutdownInProgress = false;
  private shutdownComplete = false;
  async shutdown() {
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
    // A string state machine claimed before the await.
    `
class Socket {
  #status: 'open' | 'closing' | 'closed' = 'open';
  async close() {
    if (this.#status !== 'open') throw new Error('not open');
    this.#status = 'closing';
    await this.flush();
    this.#status = 'closed';
  }
}
`,
    // No guard at all.
    `
class Client {
  connected = false;
  async connect() {
    await this.transport.open();
    this.connected = true;
  }
}
`,
    // Locals are not shared state.
    `
async function run() {
  let done = false;
  if (done) return;
  await step();
  done = true;
}
`,
    // References set to null are handles, not flags.
    `
class Client {
  private socket: WebSocket | null = null;
  async close() {
    if (!this.socket) return;
    await this.drain();
    this.socket = null;
  }
}
`,
    // Setting the flag to its non-blocking value after the await is a reset, not a claim.
    `
class Job {
  running = false;
  async start() {
    if (!this.running) return;
    await this.tick();
    this.running = true;
  }
}
`,
    // The await runs only on the exit branch; the guarded path claims before its own first await.
    `
class Conn {
  closed = false;
  async close() {
    if (this.closed) {
      await this.closedPromise;
      return;
    }
    this.closed = true;
    await this.end();
  }
}
`,
    // A guard whose exit needs another condition too (`&&`) is not a state guard.
    `
class Conn {
  closed = false;
  async close(force: boolean) {
    if (this.closed && !force) return;
    await this.end();
    this.closed = true;
  }
}
`,
    // The flag is assigned inside a callback that runs later, not on this path.
    `
class Conn {
  closed = false;
  async close() {
    if (this.closed) return;
    await this.end();
    this.socket.on('close', () => {
      this.closed = true;
    });
  }
}
`,
    // Guard after the first await: not a guard of this function's entry.
    `
class Conn {
  closed = false;
  async close() {
    await this.ready;
    if (this.closed) return;
    this.closed = true;
    await this.end();
  }
}
`,
    // A pending promise claimed before the await turns later callers away: they join it (node-redis style).
    `
class Client {
  private connected = false;
  private connecting: Promise<void> | null = null;
  async connect(): Promise<void> {
    if (this.connected) return;
    if (this.connecting) return this.connecting;
    this.connecting = this.open();
    try {
      await this.connecting;
      this.connected = true;
    } finally {
      this.connecting = null;
    }
  }
  async reconnect(): Promise<void> {
    if (this.connected) return;
    await (this.connecting ??= this.open());
    this.connected = true;
  }
}
`,
    // A write in `catch` records the failure (a failed ping), it does not claim the work.
    `
class Heartbeat {
  private connected = false;
  async ping() {
    if (!this.connected) return;
    try {
      await this.send('PING');
    } catch (error) {
      this.connected = false;
      this.emit('error', error);
    }
  }
}
`,
    // The guard is a precondition; the state changes only as a reaction to the awaited result.
    `
class Connection {
  #status: 'open' | 'closed' = 'open';
  private state: 'ready' | 'error' = 'ready';
  async receive() {
    if (this.#status !== 'open') throw new Error('closed');
    const frame = await this.read();
    if (frame.type === 'close') {
      this.#status = 'closed';
    }
    return frame;
  }
  async query(sql: string) {
    if (this.state !== 'ready') throw new Error('not ready');
    const result = await this.conn.query(sql);
    switch (result.code) {
      case 'FATAL':
        this.state = 'error';
        break;
    }
    return result;
  }
}
`,
    // In a hand-acquired lock, the note's in-progress/complete pair is valid too.
    `
class System {
  private shutdownComplete = false;
  private shutdownInProgress = false;
  async shutdown() {
    await this.ensureLocksInitialized();
    const release = await this.shutdownLock.acquire();
    try {
      if (this.shutdownComplete) return;
      if (this.shutdownInProgress) {
        this.logger.warn('Shutdown already in progress');
        return;
      }
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
    // Double-checked: the check outside the lock is re-done inside it, and the claim follows the inner check.
    `
class Client {
  private connected = true;
  async disconnect() {
    if (!this.connected) return;
    const release = await this.lock.acquire();
    try {
      if (!this.connected) return;
      this.connected = false;
      await this.transport.close();
    } finally {
      release();
    }
  }
}
`,
    // TypeScript: the \`await\` is in a branch that always returns, so the claim after it is made at once.
    `
class InputFile {
  private consumed = false;
  constructor(private readonly fileData: string | (() => Promise<Uint8Array>) | AsyncIterable<Uint8Array>) {}
  async toRaw(): Promise<Uint8Array | AsyncIterable<Uint8Array> | ReadStream> {
    if (this.consumed) throw new Error('Cannot reuse InputFile data source!');
    const data = this.fileData;
    if (typeof data === 'string') return createReadStream(data);
    if (typeof data === 'function') {
      return new InputFile(await data()).toRaw();
    }
    this.consumed = true;
    return data;
  }
}
`,
    {
      // grammY's InputFile#toRaw: the only \`await\` sits in a branch that always returns (it hands the data to a new
      // InputFile), so the path to the claim never suspends: the flag is set in the same tick as the check.
      code: `
export class InputFile {
  async toRaw() {
    if (this.consumed) {
      throw new Error('Cannot reuse InputFile data source!');
    }
    const data = this.fileData;
    if (typeof data === 'string') return createReadStream(data);
    if (typeof data === 'function') {
      return new InputFile(await data()).toRaw();
    }
    this.consumed = true;
    return data;
  }
}
`,
      ...javascript,
    },
    {
      // Shape 5, cassandra-driver's Client#_shutdown (lib/client.js): the only `await` before the claim sits under
      // `if (this.connecting)`, which the guard `!this.connected` already excludes, since the file's own writes never
      // leave `connected` and `connecting` both true (`connecting = true` only behind `if (this.connected) return`,
      // `connected = true` followed at once by `connecting = false`). The claim is made before any `await` that can
      // run.
      code: `
function Client(options) {
  this.options = options;
  this.connected = false;
}
Client.prototype._connect = async function () {
  if (this.connected) {
    return;
  }
  if (this.isShuttingDown) {
    throw new Error('Connecting after shutdown is not supported');
  }
  if (this.connecting) {
    return fromEvent(this, 'connected');
  }
  this.connecting = true;
  try {
    await this.controlConnection.init();
  } catch (err) {
    this.connected = false;
    this.connecting = false;
    this.emit('connected', err);
    throw err;
  }
  this.connected = true;
  this.connecting = false;
  this.emit('connected');
};
Client.prototype._shutdown = async function () {
  if (!this.hosts || !this.connected) {
    this.connected = false;
    return;
  }
  if (this.connecting) {
    await fromEvent(this, 'connected');
  }
  this.connected = false;
  this.isShuttingDown = true;
  await Promise.all(this.hosts.map((h) => h.shutdown()));
};
module.exports = Client;
`,
      ...javascript,
    },
    // Shape 5 in TypeScript (cassandra-driver's connect/shutdown pair as a class with fields): the same exclusion,
    // proven from the class's writes and field initializers.
    `
export class Client {
  private connected = false;
  private connecting = false;
  async connect(): Promise<void> {
    if (this.connected) return;
    if (this.connecting) return once(this, 'connected');
    this.connecting = true;
    try {
      await this.control.init();
    } catch (err) {
      this.connecting = false;
      throw err;
    }
    this.connected = true;
    this.connecting = false;
  }
  async shutdown(): Promise<void> {
    if (!this.connected) return;
    if (this.connecting) {
      await once(this, 'connected');
    }
    this.connected = false;
    await this.control.shutdown();
  }
}
`,
    // Shape 4, per-call state (@adonisjs/lucid's `await new QueryRunner(this.client, …).run(this.knexQuery)`,
    // reduced): an unexported class whose every instance is built for one call, by `await new X().run()`, `return new
    // X().run()` or a `const` whose only use is the returned call: no second call can reach an instance while the
    // first waits.
    `
class QueryRunner {
  private running = false;
  constructor(private readonly client: Client) {}
  async run(query: Query): Promise<unknown[]> {
    if (this.running) return [];
    await this.client.connect();
    this.running = true;
    return this.client.query(query);
  }
}
export class QueryBuilder {
  async exec(): Promise<unknown[]> {
    const rows = await new QueryRunner(this.client).run(this.query);
    return rows;
  }
  page(): Promise<unknown[]> {
    return new QueryRunner(this.client).run(this.query);
  }
  first(): Promise<unknown[]> {
    const runner = new QueryRunner(this.client);
    return runner.run(this.query);
  }
}
`,
    {
      // Shape 4 in JavaScript (cassandra-driver's `return new RequestHandler(request, execOptions, client).send()` in
      // lib/request-handler.js): each request gets a fresh handler, so its `sent` flag is never shared.
      code: `
class RequestHandler {
  async send() {
    if (this.sent) return this.result;
    this.connection = await this.client.getConnection();
    this.sent = true;
    return this.connection.execute(this.request);
  }
}
export function execute(client, request) {
  return new RequestHandler(request, client).send();
}
export async function executeTwice(client, request) {
  await new RequestHandler(request, client).send();
  const handler = new RequestHandler(request, client);
  return handler.send();
}
`,
      ...javascript,
    },
    // TypeScript counterpart of the getter-guard case (matrix-js-sdk's Room#fetchRoomThreads shape): the claim
    // through the backing field comes right after the guard.
    `
class Room {
  #threadsReady = false;
  get threadsReady(): boolean {
    return this.#threadsReady;
  }
  async fetchThreads(): Promise<void> {
    if (this.threadsReady) return;
    this.#threadsReady = true;
    await this.client.fetchThreadList();
  }
}
`,
    {
      // JavaScript: a `#private` method that only initialize() calls after claiming isInitializing, and one whose
      // every call is memoized (`??=`): neither runs twice at once.
      code: `
export class Driver {
  constructor() {
    this.isInitializing = false;
    this.connected = false;
  }
  async initialize() {
    if (this.isInitializing) return;
    this.isInitializing = true;
    try {
      await this.#connect();
    } finally {
      this.isInitializing = false;
    }
  }
  async #connect() {
    if (this.connected) return;
    await this.socket.open();
    this.connected = true;
  }
}
export class Pool {
  connect() {
    return (this.#connecting ??= this.#open());
  }
  #connecting;
  async #open() {
    if (this.opened) return;
    await this.socket.open();
    this.opened = true;
  }
}
`,
      ...javascript,
    },
  ],
  invalid: [
    {
      // Look-alike: the helper replaces the promise on every call instead of memoizing it, so each caller that passed the guard opens the socket again.
      code: `
export class Client {
  private connected = false;
  private connecting?: Promise<void>;
  private open(): Promise<void> {
    this.connecting = this.socket.open();
    return this.connecting;
  }
  async connect(): Promise<void> {
    if (this.connected) return;
    await this.open();
    this.connected = true;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 12,
          column: 5,
          suggestions: [{ messageId: 'claimAfterGuardWithRestore', output: `
export class Client {
  private connected = false;
  private connecting?: Promise<void>;
  private open(): Promise<void> {
    this.connecting = this.socket.open();
    return this.connecting;
  }
  async connect(): Promise<void> {
    if (this.connected) return;
    const previousConnected = this.connected;
    this.connected = true;
    try {
      await this.open();
    } catch (error) {
      this.connected = previousConnected;
      throw error;
    }
  }
}
` }],
        },
      ],
    },
    {
      // matrix-js-sdk's fetchRoomThreads(): the silent guard reads the flag through a getter.
      code: `
class Room {
  #threadsReady = false;
  get threadsReady(): boolean {
    return this.#threadsReady;
  }
  async fetchThreads(): Promise<void> {
    if (this.threadsReady) return;
    await this.client.fetchThreadList(); // one request per caller
    this.#threadsReady = true;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.#threadsReady', value: 'true', guardLine: 8 },
          line: 10,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.#threadsReady' },
              output: `
class Room {
  #threadsReady = false;
  get threadsReady(): boolean {
    return this.#threadsReady;
  }
  async fetchThreads(): Promise<void> {
    if (this.threadsReady) return;
    const previousThreadsReady = this.#threadsReady;
    this.#threadsReady = true;
    try {
      await this.client.fetchThreadList(); // one request per caller
    } catch (error) {
      this.#threadsReady = previousThreadsReady;
      throw error;
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
      // The claim is made by a same-class helper called from finally, after the await.
      code: `
class Socket {
  closed = false;
  private markClosed(): void {
    this.closed = true;
    this.emit('close');
  }
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.transport.end();
    } finally {
      this.markClosed();
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwaitViaHelper',
          data: { name: 'this.closed', value: 'true', guardLine: 9, helper: 'this.markClosed' },
          line: 13,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // Not every call of the private method is behind a claim: reconnect() calls it unguarded.
      code: `
class Driver {
  #initializing = false;
  #connected = false;
  async initialize(): Promise<void> {
    if (this.#initializing) return;
    this.#initializing = true;
    await this.#connect();
  }
  async reconnect(): Promise<void> {
    await this.#connect();
  }
  async #connect(): Promise<void> {
    if (this.#connected) return;
    await this.socket.open();
    this.#connected = true;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.#connected', value: 'true', guardLine: 14 },
          line: 16,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.#connected' },
              output: `
class Driver {
  #initializing = false;
  #connected = false;
  async initialize(): Promise<void> {
    if (this.#initializing) return;
    this.#initializing = true;
    await this.#connect();
  }
  async reconnect(): Promise<void> {
    await this.#connect();
  }
  async #connect(): Promise<void> {
    if (this.#connected) return;
    const previousConnected = this.#connected;
    this.#connected = true;
    try {
      await this.socket.open();
    } catch (error) {
      this.#connected = previousConnected;
      throw error;
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
      // Not one-shot: the instance is handed out before its start() settles, so another caller can start it too.
      code: `
class Runner {
  async start() {
    if (this.running) return;
    await this.group.join();
    this.running = true;
  }
}
export async function run(group, runners) {
  const runner = new Runner(group);
  runners.push(runner);
  await runner.start();
  return runner;
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.running', value: 'true', guardLine: 4 },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.running' },
              output: `
class Runner {
  async start() {
    if (this.running) return;
    const previousRunning = this.running;
    this.running = true;
    try {
      await this.group.join();
    } catch (error) {
      this.running = previousRunning;
      throw error;
    }
  }
}
export async function run(group, runners) {
  const runner = new Runner(group);
  runners.push(runner);
  await runner.start();
  return runner;
}
`,
            },
          ],
        },
      ],
    },
    {
      // discord.js's reply(): a throwing check is a precondition, reported as its own kind; no claim is offered for
      // a compound check over two members.
      code: `
class Interaction {
  async reply(options) {
    if (this.deferred || this.replied) throw new Error('already replied');
    const response = await this.client.rest.post(this.route, options);
    this.replied = true;
    return response;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'preconditionAfterAwait',
          data: { name: 'this.replied', value: 'true', guardLine: 4 },
          line: 6,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // A transaction's precondition: the flag records state, so the restore form is offered for a person to judge.
      code: `
class Transaction {
  private isTransactionActive = false;
  async commit(): Promise<void> {
    if (!this.isTransactionActive) throw new NotStartedError();
    await this.query('COMMIT');
    this.isTransactionActive = false;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'preconditionAfterAwait',
          data: { name: 'this.isTransactionActive', value: 'false', guardLine: 5 },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.isTransactionActive' },
              output: `
class Transaction {
  private isTransactionActive = false;
  async commit(): Promise<void> {
    if (!this.isTransactionActive) throw new NotStartedError();
    const previousIsTransactionActive = this.isTransactionActive;
    this.isTransactionActive = false;
    try {
      await this.query('COMMIT');
    } catch (error) {
      this.isTransactionActive = previousIsTransactionActive;
      throw error;
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
      // The note's DON'T: the flag is set in `finally`, inside a critical section (whose message says the lock is not enough).
      code: `
class Monitor {
  connected = false;
  async disconnect() {
    await this.lock.runExclusive(async () => {
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
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwaitInLock',
          data: { name: 'this.connected', value: 'false', guardLine: 6 },
          line: 10,
          column: 9,
          suggestions: [
            {
              messageId: 'claimAfterGuard',
              data: { name: 'this.connected' },
              output: `
class Monitor {
  connected = false;
  async disconnect() {
    await this.lock.runExclusive(async () => {
      if (!this.connected) return;
      this.connected = false;
      await this.client.disconnect();
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
      // Assigned on success only: the suggestion restores the previous value if the work throws.
      code: `
class Client {
  private connected = false;
  async connect(url: string) {
    if (this.connected) return;
    const transport = this.createTransport(url);
    await transport.open();
    this.connected = true;
    this.emit('connected');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 8,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
class Client {
  private connected = false;
  async connect(url: string) {
    if (this.connected) return;
    const previousConnected = this.connected;
    this.connected = true;
    try {
      const transport = this.createTransport(url);
      await transport.open();
    } catch (error) {
      this.connected = previousConnected;
      throw error;
    }
    this.emit('connected');
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A `#private` enum state with a throw guard (a precondition, its own kind); finally with a catch keeps the catch.
      code: `
enum State { Open, Closing, Closed }
class Channel {
  #state = State.Open;
  async close() {
    if (this.#state !== State.Open) {
      throw new Error('already closing');
    }
    try {
      await this.flush();
    } catch (error) {
      this.log(error);
    } finally {
      this.#state = State.Closed;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'preconditionAfterAwait',
          data: { name: 'this.#state', value: 'State.Closed', guardLine: 6 },
          line: 14,
          column: 7,
          suggestions: [
            {
              messageId: 'claimAfterGuard',
              output: `
enum State { Open, Closing, Closed }
class Channel {
  #state = State.Open;
  async close() {
    if (this.#state !== State.Open) {
      throw new Error('already closing');
    }
    this.#state = State.Closed;
    try {
      await this.flush();
    } catch (error) {
      this.log(error);
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
      // The wrapping form: `if (!this.stopped) { …rest… }`; JavaScript with ESLint's parser.
      code: `
class Worker {
  constructor() {
    this.stopped = false;
  }
  async stop() {
    if (!this.stopped) {
      await this.queue.drain();
      this.stopped = true;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
class Worker {
  constructor() {
    this.stopped = false;
  }
  async stop() {
    if (!this.stopped) {
      const previousStopped = this.stopped;
      this.stopped = true;
      try {
        await this.queue.drain();
      } catch (error) {
        this.stopped = previousStopped;
        throw error;
      }
    }
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
      // Compound guard with a string state; module-level `let` flag; nested assignment gets no suggestion.
      code: `
let initialized = false;
export async function init(config) {
  if (initialized || config.disabled) return;
  await loadPlugins();
  if (config.ready) {
    initialized = true;
  }
}
class Conn {
  state: 'idle' | 'closing' | 'closed' = 'idle';
  async close() {
    if (this.state === 'closing' || this.state === 'closed') return;
    await this.socket.end();
    this.state = 'closed';
  }
}
`,
      output: null,
      errors: [
        { messageId: 'flagAfterAwait', data: { name: 'initialized', value: 'true', guardLine: 4 }, line: 7, column: 5, suggestions: [] },
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.state', value: "'closed'", guardLine: 13 },
          line: 15,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
let initialized = false;
export async function init(config) {
  if (initialized || config.disabled) return;
  await loadPlugins();
  if (config.ready) {
    initialized = true;
  }
}
class Conn {
  state: 'idle' | 'closing' | 'closed' = 'idle';
  async close() {
    if (this.state === 'closing' || this.state === 'closed') return;
    const previousState = this.state;
    this.state = 'closed';
    try {
      await this.socket.end();
    } catch (error) {
      this.state = previousState;
      throw error;
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
      // try/finally with nothing else in finally: the try is unwrapped; a declaration used later blocks the restore form.
      code: `
class Session {
  #open = true;
  async end() {
    if (!this.#open) return;
    try {
      await this.send('bye');
    } finally {
      this.#open = false;
    }
  }
  async logout() {
    if (!this.#open) return;
    const token = await this.revoke();
    this.#open = false;
    return token;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'claimAfterGuard',
              output: `
class Session {
  #open = true;
  async end() {
    if (!this.#open) return;
    this.#open = false;
    await this.send('bye');
  }
  async logout() {
    if (!this.#open) return;
    const token = await this.revoke();
    this.#open = false;
    return token;
  }
}
`,
            },
          ],
        },
        { messageId: 'flagAfterAwait', line: 15, column: 5, suggestions: [] },
      ],
    },
    {
      // A critical section whose acquisition is spelled as a string key or with an escape is still one; `acquired()`
      // acquires nothing, so `halt`'s guard comes after its first `await` and guards nothing.
      code: `
class Client {
  private connected = true;
  async stop() {
    using _lock = await this.lock['acquire']();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
  async end() {
    using _lock = await this.lock.\\u0061cquire();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
  async halt() {
    using _ready = await this.lock.acquired();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwaitInLock',
          line: 8,
          column: 5,
          suggestions: [{ messageId: 'claimAfterGuardWithRestore', output: `
class Client {
  private connected = true;
  async stop() {
    using _lock = await this.lock['acquire']();
    if (!this.connected) return;
    const previousConnected = this.connected;
    this.connected = false;
    try {
      await this.transport.close();
    } catch (error) {
      this.connected = previousConnected;
      throw error;
    }
  }
  async end() {
    using _lock = await this.lock.\\u0061cquire();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
  async halt() {
    using _ready = await this.lock.acquired();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
}
` }],
        },
        {
          messageId: 'flagAfterAwaitInLock',
          line: 14,
          column: 5,
          suggestions: [{ messageId: 'claimAfterGuardWithRestore', output: `
class Client {
  private connected = true;
  async stop() {
    using _lock = await this.lock['acquire']();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
  async end() {
    using _lock = await this.lock.\\u0061cquire();
    if (!this.connected) return;
    const previousConnected = this.connected;
    this.connected = false;
    try {
      await this.transport.close();
    } catch (error) {
      this.connected = previousConnected;
      throw error;
    }
  }
  async halt() {
    using _ready = await this.lock.acquired();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
}
` }],
        },
      ],
    },
    {
      // Guards at the top of a hand-acquired critical section count; the claim goes after the inner (double) check.
      code: `
class Client {
  private connected = true;
  async disconnect() {
    if (!this.connected) return;
    const release = await this.lock.acquire();
    try {
      if (!this.connected) return;
      try {
        await this.transport.close();
      } finally {
        this.connected = false; // too late
      }
    } finally {
      release();
    }
  }
  async stop() {
    using _lock = await this.lock.acquire();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwaitInLock',
          data: { name: 'this.connected', value: 'false', guardLine: 8 },
          line: 12,
          column: 9,
          suggestions: [
            {
              messageId: 'claimAfterGuard',
              data: { name: 'this.connected' },
              output: `
class Client {
  private connected = true;
  async disconnect() {
    if (!this.connected) return;
    const release = await this.lock.acquire();
    try {
      if (!this.connected) return;
      this.connected = false; // too late
      await this.transport.close();
    } finally {
      release();
    }
  }
  async stop() {
    using _lock = await this.lock.acquire();
    if (!this.connected) return;
    await this.transport.close();
    this.connected = false;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'flagAfterAwaitInLock',
          data: { name: 'this.connected', value: 'false', guardLine: 20 },
          line: 22,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.connected' },
              output: `
class Client {
  private connected = true;
  async disconnect() {
    if (!this.connected) return;
    const release = await this.lock.acquire();
    try {
      if (!this.connected) return;
      try {
        await this.transport.close();
      } finally {
        this.connected = false; // too late
      }
    } finally {
      release();
    }
  }
  async stop() {
    using _lock = await this.lock.acquire();
    if (!this.connected) return;
    const previousConnected = this.connected;
    this.connected = false;
    try {
      await this.transport.close();
    } catch (error) {
      this.connected = previousConnected;
      throw error;
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
      // A prototype method in a file without semicolons: the claim keeps its comment and the file's style.
      code: `
function Pool() {
  this._ending = false
}
Pool.prototype.end = async function () {
  if (this._ending) return // only once
  ;[...this._clients].forEach((client) => client.release())
  await this._drain()
  this._ending = true // now ended
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this._ending', value: 'true', guardLine: 6 },
          line: 9,
          column: 3,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this._ending' },
              output: `
function Pool() {
  this._ending = false
}
Pool.prototype.end = async function () {
  if (this._ending) return // only once
  ;const previousEnding = this._ending
  this._ending = true // now ended
  try {
    [...this._clients].forEach((client) => client.release())
    await this._drain()
  } catch (error) {
    this._ending = previousEnding
    throw error
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
      // No suggestion when an early return would leave the state claimed; a template literal keeps its lines.
      code: `
class Connector {
  private connected = false;
  private closed = false;
  private sent = false;
  async connect() {
    if (this.connected) return;
    const ok = await this.probe();
    if (!ok) return;
    this.connected = true;
  }
  async close() {
    if (this.closed) return;
    if (!this.transport) return;
    try {
      await this.transport.close();
    } finally {
      this.closed = true;
    }
  }
  async greet(to: string) {
    if (this.sent) return;
    await this.send(to, \`Hello,
  welcome.\`);
    this.sent = true;
  }
}
`,
      output: null,
      errors: [
        { messageId: 'flagAfterAwait', data: { name: 'this.connected', value: 'true', guardLine: 7 }, line: 10, column: 5, suggestions: [] },
        { messageId: 'flagAfterAwait', data: { name: 'this.closed', value: 'true', guardLine: 13 }, line: 18, column: 7, suggestions: [] },
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.sent', value: 'true', guardLine: 22 },
          line: 25,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.sent' },
              output: `
class Connector {
  private connected = false;
  private closed = false;
  private sent = false;
  async connect() {
    if (this.connected) return;
    const ok = await this.probe();
    if (!ok) return;
    this.connected = true;
  }
  async close() {
    if (this.closed) return;
    if (!this.transport) return;
    try {
      await this.transport.close();
    } finally {
      this.closed = true;
    }
  }
  async greet(to: string) {
    if (this.sent) return;
    const previousSent = this.sent;
    this.sent = true;
    try {
      await this.send(to, \`Hello,
  welcome.\`);
    } catch (error) {
      this.sent = previousSent;
      throw error;
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
      // A call into an object the guard reads is no claim of the guard (matrix-js-sdk's Room#fetchRoomThreads).
      code: `
class Room {
  private threadsReady = false;
  async fetchThreads() {
    if (this.threadsReady || !this.client.supportsThreads()) return;
    await this.fetchThreadList();
    this.threadsReady = true;
  }
  private async fetchThreadList() {
    this.client.createRequest();
    await this.client.send();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.threadsReady', value: 'true', guardLine: 5 },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.threadsReady' },
              output: `
class Room {
  private threadsReady = false;
  async fetchThreads() {
    if (this.threadsReady || !this.client.supportsThreads()) return;
    const previousThreadsReady = this.threadsReady;
    this.threadsReady = true;
    try {
      await this.fetchThreadList();
    } catch (error) {
      this.threadsReady = previousThreadsReady;
      throw error;
    }
  }
  private async fetchThreadList() {
    this.client.createRequest();
    await this.client.send();
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Bracket access names the saved value after the member; comments before the claim move with it.
      code: `
class Socket {
  ['closed'] = false;
  private complete = false;
  async end() {
    if (this['closed']) return;
    // Flush what is buffered.
    await this.flush();
    /* Nothing is left to send. */
    this['closed'] = true;
  }
  async shutdown() {
    if (this.complete) return;
    try {
      await this.cleanup();
    } finally {
      // Mark as complete
      this.complete = true;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          data: { name: "this['closed']", value: 'true', guardLine: 6 },
          line: 10,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: "this['closed']" },
              output: `
class Socket {
  ['closed'] = false;
  private complete = false;
  async end() {
    if (this['closed']) return;
    const previousClosed = this['closed'];
    /* Nothing is left to send. */
    this['closed'] = true;
    try {
      // Flush what is buffered.
      await this.flush();
    } catch (error) {
      this['closed'] = previousClosed;
      throw error;
    }
  }
  async shutdown() {
    if (this.complete) return;
    try {
      await this.cleanup();
    } finally {
      // Mark as complete
      this.complete = true;
    }
  }
}
`,
            },
          ],
        },
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.complete', value: 'true', guardLine: 13 },
          line: 18,
          column: 7,
          suggestions: [
            {
              messageId: 'claimAfterGuard',
              data: { name: 'this.complete' },
              output: `
class Socket {
  ['closed'] = false;
  private complete = false;
  async end() {
    if (this['closed']) return;
    // Flush what is buffered.
    await this.flush();
    /* Nothing is left to send. */
    this['closed'] = true;
  }
  async shutdown() {
    if (this.complete) return;
    // Mark as complete
    this.complete = true;
    await this.cleanup();
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Look-alikes: an \`await\` in a branch that falls through to the claim is on its path, and a claim in a
      // branch after its \`await\` is late even when another branch claims at once.
      code: `
export class InputFile {
  async toRaw() {
    if (this.consumed) {
      throw new Error('Cannot reuse InputFile data source!');
    }
    const data = this.fileData;
    if (typeof data === 'function') {
      this.fileData = await data();
    }
    this.consumed = true;
    return this.fileData;
  }
  async close() {
    if (this.closed) return;
    if (this.stream) {
      await this.stream.close();
      this.closed = true;
      return;
    }
    this.closed = true;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'preconditionAfterAwait',
          data: { name: 'this.consumed', value: 'true', guardLine: 4 },
          line: 11,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              data: { name: 'this.consumed' },
              output: `
export class InputFile {
  async toRaw() {
    if (this.consumed) {
      throw new Error('Cannot reuse InputFile data source!');
    }
    const previousConsumed = this.consumed;
    this.consumed = true;
    try {
      const data = this.fileData;
      if (typeof data === 'function') {
        this.fileData = await data();
      }
    } catch (error) {
      this.consumed = previousConsumed;
      throw error;
    }
    return this.fileData;
  }
  async close() {
    if (this.closed) return;
    if (this.stream) {
      await this.stream.close();
      this.closed = true;
      return;
    }
    this.closed = true;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'flagAfterAwait',
          data: { name: 'this.closed', value: 'true', guardLine: 15 },
          line: 18,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // Shape 5 look-alike (JavaScript): `_reconnect` sets `connecting` while `connected` may be true, so the two can
      // hold together and the `await` under `if (this.connecting)` is on the guarded path.
      code: `
function Client(options) {
  this.options = options;
  this.connected = false;
}
Client.prototype._connect = async function () {
  if (this.connected) {
    return;
  }
  if (this.connecting) {
    return fromEvent(this, 'connected');
  }
  this.connecting = true;
  await this.controlConnection.init();
  this.connected = true;
  this.connecting = false;
};
Client.prototype._reconnect = async function () {
  this.connecting = true;
  await this.controlConnection.refresh();
  this.connecting = false;
};
Client.prototype._shutdown = async function () {
  if (!this.hosts || !this.connected) {
    return;
  }
  if (this.connecting) {
    await fromEvent(this, 'connected');
  }
  this.connected = false;
  await Promise.all(this.hosts.map((h) => h.shutdown()));
};
module.exports = Client;
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 30,
          column: 3,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
function Client(options) {
  this.options = options;
  this.connected = false;
}
Client.prototype._connect = async function () {
  if (this.connected) {
    return;
  }
  if (this.connecting) {
    return fromEvent(this, 'connected');
  }
  this.connecting = true;
  await this.controlConnection.init();
  this.connected = true;
  this.connecting = false;
};
Client.prototype._reconnect = async function () {
  this.connecting = true;
  await this.controlConnection.refresh();
  this.connecting = false;
};
Client.prototype._shutdown = async function () {
  if (!this.hosts || !this.connected) {
    return;
  }
  const previousConnected = this.connected;
  this.connected = false;
  try {
    if (this.connecting) {
      await fromEvent(this, 'connected');
    }
  } catch (error) {
    this.connected = previousConnected;
    throw error;
  }
  await Promise.all(this.hosts.map((h) => h.shutdown()));
};
module.exports = Client;
`,
            },
          ],
        },
      ],
    },
    {
      // Shape 5 look-alikes (TypeScript): `connect` claims `connecting` without checking `connected` first, so
      // nothing proves the two exclusive.
      code: `
export class Client {
  private connected = false;
  private connecting = false;
  async connect(): Promise<void> {
    if (this.connecting) return once(this, 'connected');
    this.connecting = true;
    await this.control.init();
    this.connected = true;
    this.connecting = false;
  }
  async shutdown(): Promise<void> {
    if (!this.connected) return;
    if (this.connecting) {
      await once(this, 'connected');
    }
    this.connected = false;
    await this.control.shutdown();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 17,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
export class Client {
  private connected = false;
  private connecting = false;
  async connect(): Promise<void> {
    if (this.connecting) return once(this, 'connected');
    this.connecting = true;
    await this.control.init();
    this.connected = true;
    this.connecting = false;
  }
  async shutdown(): Promise<void> {
    if (!this.connected) return;
    const previousConnected = this.connected;
    this.connected = false;
    try {
      if (this.connecting) {
        await once(this, 'connected');
      }
    } catch (error) {
      this.connected = previousConnected;
      throw error;
    }
    await this.control.shutdown();
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Shape 5 look-alike: a call between the guard and the branch (`this.log(…)`) could change either member, so
      // the guard no longer tells what the branch will see.
      code: `
export class Client {
  private connected = false;
  private connecting = false;
  async connect(): Promise<void> {
    if (this.connected) return;
    if (this.connecting) return once(this, 'connected');
    this.connecting = true;
    await this.control.init();
    this.connected = true;
    this.connecting = false;
  }
  async shutdown(): Promise<void> {
    if (!this.connected) return;
    this.log('shutting down');
    if (this.connecting) {
      await once(this, 'connected');
    }
    this.connected = false;
    await this.control.shutdown();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 19,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
export class Client {
  private connected = false;
  private connecting = false;
  async connect(): Promise<void> {
    if (this.connected) return;
    if (this.connecting) return once(this, 'connected');
    this.connecting = true;
    await this.control.init();
    this.connected = true;
    this.connecting = false;
  }
  async shutdown(): Promise<void> {
    if (!this.connected) return;
    const previousConnected = this.connected;
    this.connected = false;
    try {
      this.log('shutting down');
      if (this.connecting) {
        await once(this, 'connected');
      }
    } catch (error) {
      this.connected = previousConnected;
      throw error;
    }
    await this.control.shutdown();
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Shape 4 look-alike: a constructor that hands the instance out (`client.runners.add(this)`) lets other code
      // start a second run while the first waits, even though this file only calls it on a fresh instance.
      code: `
class QueryRunner {
  private running = false;
  constructor(private readonly client: Client) {
    client.runners.add(this);
  }
  async run(query: Query): Promise<unknown[]> {
    if (this.running) return [];
    await this.client.connect();
    this.running = true;
    return this.client.query(query);
  }
}
export class QueryBuilder {
  exec(): Promise<unknown[]> {
    return new QueryRunner(this.client).run(this.query);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 10,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
class QueryRunner {
  private running = false;
  constructor(private readonly client: Client) {
    client.runners.add(this);
  }
  async run(query: Query): Promise<unknown[]> {
    if (this.running) return [];
    const previousRunning = this.running;
    this.running = true;
    try {
      await this.client.connect();
    } catch (error) {
      this.running = previousRunning;
      throw error;
    }
    return this.client.query(query);
  }
}
export class QueryBuilder {
  exec(): Promise<unknown[]> {
    return new QueryRunner(this.client).run(this.query);
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Shape 4 look-alike (cassandra-driver's RequestHandler, shared): one handler kept in a member
      // (`this.handler.send()`) is shared by every call, so concurrent calls all pass the `sent` guard.
      code: `
class RequestHandler {
  async send() {
    if (this.sent) return this.result;
    this.connection = await this.client.getConnection();
    this.sent = true;
    return this.connection.execute(this.request);
  }
}
export class Client {
  constructor(request) {
    this.handler = new RequestHandler(request, this);
  }
  execute() {
    return this.handler.send();
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
class RequestHandler {
  async send() {
    if (this.sent) return this.result;
    const previousSent = this.sent;
    this.sent = true;
    try {
      this.connection = await this.client.getConnection();
    } catch (error) {
      this.sent = previousSent;
      throw error;
    }
    return this.connection.execute(this.request);
  }
}
export class Client {
  constructor(request) {
    this.handler = new RequestHandler(request, this);
  }
  execute() {
    return this.handler.send();
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript: matrix-js-sdk's Room#fetchRoomThreads (src/models/room.ts), whose silent guard reads the flag
      // through a getter that returns the backing field set after the await.
      code: `
export class Room {
  constructor() {
    this.threadsReady_ = false;
  }
  get threadsReady() {
    return this.threadsReady_;
  }
  async fetchThreads() {
    if (this.threadsReady) return;
    await this.client.fetchThreadList();
    this.threadsReady_ = true;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 12,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
export class Room {
  constructor() {
    this.threadsReady_ = false;
  }
  get threadsReady() {
    return this.threadsReady_;
  }
  async fetchThreads() {
    if (this.threadsReady) return;
    const previousThreadsReady = this.threadsReady_;
    this.threadsReady_ = true;
    try {
      await this.client.fetchThreadList();
    } catch (error) {
      this.threadsReady_ = previousThreadsReady;
      throw error;
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
      // JavaScript: the claim made by a same-class helper called after the await, in the body or from `finally`;
      // behind a throwing guard it is a precondition (`preconditionAfterAwaitViaHelper`).
      code: `
export class Socket {
  constructor() {
    this.closed = false;
  }
  markClosed() {
    this.closed = true;
    this.emit('close');
  }
  async close() {
    if (this.closed) return;
    await this.transport.end();
    this.markClosed();
  }
  async destroy() {
    if (this.closed) return;
    try {
      await this.transport.destroy();
    } finally {
      this.markClosed();
    }
  }
  async end() {
    if (this.closed) throw new Error('Socket is closed');
    await this.transport.end();
    this.markClosed();
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwaitViaHelper',
          line: 13,
          column: 5,
          suggestions: [],
        },
        {
          messageId: 'flagAfterAwaitViaHelper',
          line: 20,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'preconditionAfterAwaitViaHelper',
          line: 26,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // TypeScript: the helper claim called in the body after the await, behind a silent guard and behind a throwing
      // one.
      code: `
class Socket {
  closed = false;
  private markClosed(): void {
    this.closed = true;
    this.emit('close');
  }
  async close(): Promise<void> {
    if (this.closed) return;
    await this.transport.end();
    this.markClosed();
  }
  async end(): Promise<void> {
    if (this.closed) throw new Error('Socket is closed');
    await this.transport.end();
    this.markClosed();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwaitViaHelper',
          line: 11,
          column: 5,
          suggestions: [],
        },
        {
          messageId: 'preconditionAfterAwaitViaHelper',
          line: 16,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // JavaScript look-alikes of the caller's claim and the memo: a public `connect` (callable from anywhere, unlike
      // `#connect`), and a `#open` that `reconnect()` also calls without the memo.
      code: `
export class Driver {
  constructor() {
    this.isInitializing = false;
    this.connected = false;
  }
  async initialize() {
    if (this.isInitializing) return;
    this.isInitializing = true;
    try {
      await this.connect();
    } finally {
      this.isInitializing = false;
    }
  }
  async connect() {
    if (this.connected) return;
    await this.socket.open();
    this.connected = true;
  }
}
export class Pool {
  connect() {
    return (this.#connecting ??= this.#open());
  }
  reconnect() {
    return this.#open();
  }
  #connecting;
  async #open() {
    if (this.opened) return;
    await this.socket.open();
    this.opened = true;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'flagAfterAwait',
          line: 19,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
export class Driver {
  constructor() {
    this.isInitializing = false;
    this.connected = false;
  }
  async initialize() {
    if (this.isInitializing) return;
    this.isInitializing = true;
    try {
      await this.connect();
    } finally {
      this.isInitializing = false;
    }
  }
  async connect() {
    if (this.connected) return;
    const previousConnected = this.connected;
    this.connected = true;
    try {
      await this.socket.open();
    } catch (error) {
      this.connected = previousConnected;
      throw error;
    }
  }
}
export class Pool {
  connect() {
    return (this.#connecting ??= this.#open());
  }
  reconnect() {
    return this.#open();
  }
  #connecting;
  async #open() {
    if (this.opened) return;
    await this.socket.open();
    this.opened = true;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'flagAfterAwait',
          line: 33,
          column: 5,
          suggestions: [
            {
              messageId: 'claimAfterGuardWithRestore',
              output: `
export class Driver {
  constructor() {
    this.isInitializing = false;
    this.connected = false;
  }
  async initialize() {
    if (this.isInitializing) return;
    this.isInitializing = true;
    try {
      await this.connect();
    } finally {
      this.isInitializing = false;
    }
  }
  async connect() {
    if (this.connected) return;
    await this.socket.open();
    this.connected = true;
  }
}
export class Pool {
  connect() {
    return (this.#connecting ??= this.#open());
  }
  reconnect() {
    return this.#open();
  }
  #connecting;
  async #open() {
    if (this.opened) return;
    const previousOpened = this.opened;
    this.opened = true;
    try {
      await this.socket.open();
    } catch (error) {
      this.opened = previousOpened;
      throw error;
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
