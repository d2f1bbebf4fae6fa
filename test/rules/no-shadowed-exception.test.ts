import rule from '../../rules/no-shadowed-exception.js';
import { javascript, ruleTester } from './rule-tester.js';

ruleTester.run('no-shadowed-exception', rule, {
  valid: [
    // Two parked errors: the second step runs in a try of its own whose catch parks its error, so it cannot replace the first (mongoose's validators).
    {
      code: `
export async function validateAll(docs, check) {
  let schemaError;
  try {
    await check(docs);
  } catch (err) {
    schemaError = err;
  }
  let subdocumentError;
  try {
    await Promise.all(docs.map((doc) => doc.validate()));
  } catch (err) {
    subdocumentError = err;
  }
  if (schemaError != null) throw schemaError;
  if (subdocumentError != null) throw subdocumentError;
}
`,
      ...javascript,
    },
    // A parked error with only a protected cleanup before the later throw.
    `
export async function runAll(tasks: Task[], pool: Pool): Promise<void> {
  let error: unknown;
  try {
    await Promise.all(tasks.map((task) => task.run()));
  } catch (e) {
    error = e;
  }
  await pool.close().catch((closeError: unknown) => console.warn('close failed', closeError));
  if (error) throw error;
}
`,
    // A closure assigned once to a `let` (the deferred-settle idiom) whose promise has a rejection handler: it cannot throw.
    {
      code: `
export class Batch {
  #closePromise = null;

  #prepareClose() {
    let close;
    this.#closePromise = new Promise((resolve, reject) => {
      close = () => {
        this.#privateClose().then(resolve, reject);
      };
    });
    return close;
  }

  async #privateClose() {
    await this._close();
  }

  async write(options) {
    const close = this.#prepareClose();
    try {
      await this._write(options);
    } catch (err) {
      close(); // settles #closePromise, cannot throw
      throw err;
    }
    close();
  }
}
`,
      ...javascript,
    },
    // A rollback reached through a handler object: `popTransaction` only splices an own array, it cannot throw.
    `
class Mouse {
  #transactions: Array<Partial<MouseState>> = [];
  #createTransaction() {
    const transaction: Partial<MouseState> = {};
    this.#transactions.push(transaction);
    const popTransaction = () => {
      this.#transactions.splice(this.#transactions.indexOf(transaction), 1);
    };
    return {
      commit: () => {
        this.state = { ...this.state, ...transaction };
        popTransaction();
      },
      rollback: popTransaction,
    };
  }
  async #withTransaction(action: () => Promise<unknown>): Promise<void> {
    const { commit, rollback } = this.#createTransaction();
    try {
      await action();
      commit();
    } catch (error) {
      rollback();
      throw error;
    }
  }
}
`,
    // Cleanups reached through a closure factory and a handler object, each protecting itself or touching only an own map.
    {
      code: `
const pending = new Map();

function makeRelease(id) {
  return () => {
    try {
      pending.get(id)?.cancel();
    } catch (error) {
      console.warn('cancel failed', error);
    }
  };
}

export async function request(client, id) {
  const release = makeRelease(id);
  const handlers = { close: () => pending.delete(id) };
  try {
    return await client.send(id);
  } catch (err) {
    release();
    handlers.close();
    throw err;
  }
}
`,
      ...javascript,
    },
    // A cleanup reached through a getter that returns a function clearing an own map.
    `
class Poller {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  private get cleanup() {
    return () => this.#timers.clear();
  }
  async poll(): Promise<void> {
    try {
      await this.fetch();
    } catch (error) {
      this.cleanup();
      throw error;
    }
  }
}
`,
    // A finally cleanup gated by a flag the catch sets before anything can throw: it only runs when no error is on its way out.
    `
async function* decodeLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const it = source[Symbol.asyncIterator]();
  let closed = false;
  try {
    for (;;) {
      const { done, value } = await it.next();
      if (done) return;
      yield await decode(value);
    }
  } catch (error) {
    closed = true; // a failed iterator is already closed
    throw new ReadError('read failed', { cause: error });
  } finally {
    if (!closed) await it.return?.();
  }
}
`,
    // The flag can be the caught error itself, and one conjunct of the gate (kysely's query logging, tedious' bulk load).
    {
      code: `
export function addLogging(connection, executeQuery, log) {
  connection.executeQuery = async (query) => {
    let caughtError;
    const startTime = now();
    try {
      return await executeQuery.call(connection, query);
    } catch (error) {
      caughtError = error;
      await log.error(error, query, startTime);
      throw error;
    } finally {
      if (!caughtError) {
        await log.query(query, startTime);
      }
    }
  };
}
export async function copyRows(iterator, sink) {
  let done = false;
  let closed = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) { done = true; return; }
      await sink.write(next.value);
    }
  } catch (err) {
    closed = true;
    throw err;
  } finally {
    if (!done && !closed && typeof iterator.return === 'function') {
      await iterator.return();
    }
  }
}
`,
      ...javascript,
    },
    // TypeScript: the caught error as the flag of a gated \`finally\`, and a self-protecting cleanup ending with \`defer\`.
    `
import defer from 'lodash/defer';
export class Driver {
  async execute(query: Query): Promise<Result> {
    let caughtError: unknown;
    try {
      return await this.connection.execute(query);
    } catch (error) {
      caughtError = error;
      throw error;
    } finally {
      if (!caughtError) await this.log.query(query);
    }
  }
  async destroyRawConnection(connection: Connection): Promise<void> {
    try {
      await connection.end();
    } catch (error) {
      connection.disposed = error;
    } finally {
      defer(() => connection.removeAllListeners());
    }
  }
  async cancel(connection: Connection): Promise<void> {
    try {
      await this.kill(connection);
    } finally {
      await this.destroyRawConnection(connection);
    }
  }
}
`,
    // A step that protects itself two calls deep (msw's runScheduledCleanups → exhaustCleanups, which catches every
    // cleanup's failure and logs, building the error it logs).
    `
class RequestHandler {
  private async exhaustCleanups(cleanups: Array<() => Promise<void>>): Promise<void> {
    const errors: Error[] = [];
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error as Error);
      }
    }
    if (errors.length > 0) {
      console.error('cleanups failed', new AggregateError(errors, 'cleanups failed'));
    }
  }
  private async runScheduledCleanups(): Promise<void> {
    const cleanups = this.scheduled;
    if (cleanups) {
      await this.exhaustCleanups(cleanups);
    }
  }
  async resolve(info: Info): Promise<Response> {
    try {
      return await this.resolver(info);
    } catch (error) {
      await this.runScheduledCleanups();
      throw error;
    }
  }
}
`,
    // A \`finally\` step gated by a success flag set only where the \`try\` then ends: with the flag set, the \`try\`
    // completed and no error is on its way out (oracledb's \`_handleFetchInPipeline\`).
    {
      code: `
class Connection {
  async _handleFetchInPipeline(result, resultSet, fetchOp) {
    let shouldClose = false;
    try {
      if (fetchOp.opType === 'fetchOne') {
        const row = await resultSet._getRow();
        result.rows = row ? [row] : [];
        shouldClose = true;
      } else if (fetchOp.opType === 'fetchMany') {
        if (fetchOp.numRows === 0)
          result.rows = [];
        else
          result.rows = await resultSet._doGetRows(fetchOp.numRows);
        shouldClose = true;
      } else
        result.rows = await resultSet._getAllRows();
    } finally {
      if (shouldClose)
        await resultSet._close();
      delete result.resultSet;
    }
  }
}
`,
      ...javascript,
    },
    `
export async function readAll(stream: RowStream): Promise<Row[]> {
  const rows: Row[] = [];
  let completed = false;
  try {
    for await (const row of stream) rows.push(row);
    completed = true;
  } finally {
    completed && (await stream.close());
  }
  return rows;
}
`,
    // A closure of the same function that protects itself: it returns once ended, removes an event listener (the DOM's
    // \`removeEventListener\` has no exceptions) and calls the observer inside a \`try\` that swallows
    // (@anthropic-ai/sdk's observeStream, src/internal/tracing.ts).
    `
export function observeStream<Item>(stream: AsyncIterable<Item>, signal: AbortSignal, observer: StreamObserver<Item>): void {
  let ended = false;
  const end = (how: StreamEnd): void => {
    if (ended) return;
    ended = true;
    signal.removeEventListener('abort', cancel);
    try {
      observer.onEnd(how);
    } catch {}
  };
  const cancel = () => end({ reason: 'canceled' });
  const source = stream[Symbol.asyncIterator]();
  stream[Symbol.asyncIterator] = () => ({
    async next() {
      let result: IteratorResult<Item>;
      try {
        result = await source.next();
      } catch (error) {
        end({ reason: 'failed', error });
        throw error;
      }
      return result;
    },
  });
}
`,
    {
      code: `
export function watchAbort(socket, signal, onClose) {
  let closed = false;
  const close = (reason) => {
    if (closed) return;
    closed = true;
    socket.removeEventListener('message', onMessage);
    signal.removeEventListener('abort', onAbort);
    try {
      onClose(reason);
    } catch {}
  };
  const onAbort = () => close('aborted');
  async function onMessage(event) {
    try {
      await handle(event.data);
    } catch (error) {
      close(error);
      throw error;
    }
  }
  return onMessage;
}
`,
      ...javascript,
    },
    // A same-class teardown that only calls what its private members hold, optionally: every value the class stores
    // into them is nothing, a \`new Promise\` executor's \`reject\`, or a closure that clears a timer
    // (@electric-sql/client's ShapeStream#teardown, src/client.ts, reduced).
    `
export class ShapeStream {
  #connected = false;
  #tickPromiseRejecter?: (reason?: unknown) => void;
  #unsubscribeFromWakeDetection?: () => void;
  #tick(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#tickPromiseRejecter = reject;
      setTimeout(() => {
        this.#tickPromiseRejecter = undefined;
        resolve();
      }, 0);
    });
  }
  #watchWake(): void {
    if (this.#unsubscribeFromWakeDetection) return;
    const timer = setInterval(() => this.#tick(), 1000);
    this.#unsubscribeFromWakeDetection = () => {
      clearInterval(timer);
      this.#unsubscribeFromWakeDetection = undefined;
    };
  }
  async #start(): Promise<void> {
    try {
      this.#watchWake();
      await this.#requestShape();
    } catch (err) {
      this.#teardown();
      throw err;
    }
  }
  #teardown(): void {
    this.#connected = false;
    this.#tickPromiseRejecter?.();
    this.#unsubscribeFromWakeDetection?.();
  }
}
`,
    {
      code: `
export class Poller {
  #rejectWait;
  #stopTimer;
  wait() {
    return new Promise((resolve, reject) => {
      this.#rejectWait = reject;
      setTimeout(resolve, 1000);
    });
  }
  watch() {
    const timer = setInterval(() => this.poll(), 5000);
    this.#stopTimer = () => {
      clearInterval(timer);
      this.#stopTimer = undefined;
    };
  }
  async run() {
    try {
      this.watch();
      await this.poll();
    } catch (error) {
      this.#teardown();
      throw error;
    }
  }
  #teardown() {
    this.#rejectWait?.();
    this.#rejectWait = undefined;
    this.#stopTimer?.();
  }
}
`,
      ...javascript,
    },
    // A method of a class of this file, called on a constant built from it, that protects itself: it closes each
    // connection quietly and rejects the queued waiters, whose \`reject\` functions cannot throw (@libsql/client's
    // ConnectionPool.close).
    {
      code: `
class ConnectionPool {
  #idle;
  #borrowed;
  #waiters;
  constructor(path) {
    this.path = path;
    this.#idle = [];
    this.#borrowed = new Set();
    this.#waiters = [];
  }
  acquire() {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve, reject) => this.#waiters.push({
      resolve: (db) => {
        this.#borrowed.add(db);
        resolve(db);
      },
      reject,
    }));
  }
  close() {
    for (const db of this.#idle) {
      closeQuietly(db);
    }
    this.#idle = [];
    this.#borrowed.clear();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      waiter.reject(new LibsqlError('The client is closed', 'CLIENT_CLOSED'));
    }
  }
}
function closeQuietly(db) {
  try {
    if (db.open) db.close();
  } catch {
    // nothing useful to do while tearing down
  }
}
export function openClient(path) {
  const pool = new ConnectionPool(path);
  const db = pool.acquireSync();
  try {
    executeStmt(db, 'SELECT 1');
  } catch (e) {
    pool.close();
    throw e;
  }
  return new Client(pool);
}
`,
      ...javascript,
    },
    `
class Registry {
  readonly #entries = new Map<string, Entry>();
  dispose(): void {
    this.#entries.clear();
  }
}
export async function load(source: Source): Promise<Registry> {
  const registry = new Registry();
  try {
    await source.fill(registry);
  } catch (error) {
    registry.dispose();
    throw error;
  }
  return registry;
}
`,
    // The success flag may hold a computed value: it is stored only once computing it did not throw, and only an
    // inert \`return\` follows (DBOS's initWorkflowStatusStandalone).
    `
export async function initStatus(db: Database, status: Status): Promise<InitResult> {
  const client = await db.connect();
  let shouldCommit = false;
  try {
    await client.query('BEGIN');
    const result = await insertStatus(client, status);
    shouldCommit = result.isNew;
    return result;
  } finally {
    try {
      if (shouldCommit) {
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  }
}
`,
    // A reader-writer lock's release, paired by name with the acquire of the same mode in the same function
    // (@confluentinc/kafka-javascript's \`#acquireWrite\`/\`#releaseWrite\`).
    `
export class ReadWriteLock {
  #readers = 0;
  #writers = 0;
  async #acquireRead(): Promise<void> {
    while (this.#writers > 0) await this.drained();
    this.#readers++;
  }
  async #releaseRead(): Promise<void> {
    const store = this.storage.getStore();
    this.#readers--;
    store.readers--;
    this.notify();
  }
  async read<T>(task: () => Promise<T>): Promise<T> {
    try {
      await this.#acquireRead();
      return await task();
    } finally {
      await this.#releaseRead();
    }
  }
}
`,
    // The success flag may be declared earlier in the same block, with other work before the \`try\` (jasmine's
    // withinGlobalSetup_).
    {
      code: `
class RunnerBase {
  async withinGlobalSetup_(fn) {
    let ok = false;

    await this.runGlobalSetup_();

    try {
      await fn();
      ok = true;
    } finally {
      if (ok) {
        await this.runGlobalTeardown_();
      } else {
        try {
          await this.runGlobalTeardown_();
        } catch (e) {
          console.error(e);
        }
      }
    }
  }
}
`,
      ...javascript,
    },
    // The catch-flag gate as compilers write it: \`tickError === void 0\` (@langchain/langgraph's Pregel loop).
    {
      code: `
export async function tick(loop) {
  let tickError;
  try {
    await loop.step();
  } catch (e) {
    tickError = e;
    if (!(await loop.handle(tickError))) throw e;
  } finally {
    if (tickError === void 0) await loop.finish();
  }
}
`,
      ...javascript,
    },
    // A cleanup that settles a queued promise: the queue only ever receives the resolvers of \`new Promise\` executors,
    // and calling one never throws (@azure/service-bus's Semaphore).
    {
      code: `
export class Semaphore {
  constructor(limit) {
    this._queue = [];
    this._used = 0;
    this.limit = limit;
  }
  acquire() {
    if (this._used < this.limit) {
      this._used += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this._queue.push(resolve);
    });
  }
  release() {
    if (this._queue.length) {
      const item = this._queue.shift();
      if (item) {
        item();
      }
    } else {
      this._used -= 1;
    }
  }
  use(fn) {
    return this.acquire()
      .then(fn)
      .catch((err) => {
        this.release();
        throw err;
      });
  }
}
`,
      ...javascript,
    },
    // The same with waiter objects and an optional call: \`{ resolve }\` pushed, \`shift()?.resolve(…)\` called.
    `
class Channel<T> {
  readonly #waiters: Array<{ resolve: (value: T | undefined) => void }> = [];
  receive(): Promise<T | undefined> {
    return new Promise((resolve) => this.#waiters.push({ resolve }));
  }
  close(): void {
    this.#waiters.shift()?.resolve(undefined);
  }
  async pump(source: AsyncIterable<T>): Promise<void> {
    try {
      for await (const item of source) this.#waiters.shift()?.resolve(item);
    } catch (error) {
      this.close();
      throw error;
    }
  }
}
`,
    // A \`private\` (not readonly) Map the constructor creates and the class only ever replaces with a new Map: its
    // \`get\` and \`delete\` cannot throw, so the helper that takes from it protects itself (msw's scheduledCleanups).
    `
class RequestHandler {
  private scheduledCleanups: Map<string, Array<() => Promise<void>>>;
  constructor(private resolver: Resolver) {
    this.scheduledCleanups = new Map();
  }
  reset(): void {
    this.scheduledCleanups = new Map();
  }
  private takeScheduledCleanups(requestId: string): Array<() => Promise<void>> | undefined {
    const cleanups = this.scheduledCleanups.get(requestId);
    if (!cleanups || cleanups.length === 0) return undefined;
    this.scheduledCleanups.delete(requestId);
    return cleanups;
  }
  private async runScheduledCleanups(requestId: string): Promise<void> {
    const cleanups = this.takeScheduledCleanups(requestId);
    if (cleanups) {
      await Promise.all(cleanups.map((cleanup) => cleanup().catch((error) => console.error('cleanup failed', error))));
    }
  }
  async resolve(info: Info): Promise<Response> {
    try {
      return await this.resolver(info);
    } catch (error) {
      await this.runScheduledCleanups(info.requestId);
      throw error;
    }
  }
}
`,
    // A same-class cleanup that protects itself: its \`finally\` only schedules a callback (knex's lodash \`defer\`).
    {
      code: `
const defer = require('lodash/defer');
class Client {
  async destroyRawConnection(connection) {
    try {
      await promisify((cb) => connection.end(cb))();
    } catch (err) {
      connection.__knex__disposed = err;
    } finally {
      defer(() => connection.removeAllListeners());
    }
  }
  async cancelQuery(connectionToKill) {
    const conn = await this.acquireRawConnection();
    try {
      return await this.wrappedCancelQueryCall(conn, connectionToKill);
    } finally {
      await this.destroyRawConnection(conn);
    }
  }
}
`,
      ...javascript,
    },
    // An outer catch in the same function swallows every error: whichever error leaves the inner handler, no caller sees it.
    {
      code: `
export async function poll(client) {
  try {
    try {
      await client.fetch();
    } catch (e) {
      await client.close();
      throw e;
    } finally {
      await client.release();
    }
  } catch (e) {
    console.error('poll failed', e);
  }
}
`,
      ...javascript,
    },
    // `it.return()` in finally where the try only awaits `it.next()`: an iterator whose `next()` failed is closed already.
    `
async function* abortable<T>(iterable: AsyncIterable<T>, signal?: AbortSignal): AsyncIterable<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  try {
    while (true) {
      const next = await waitForAbortableNext(iterator.next(), signal);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
`,
    // A same-file helper that runs listeners, but catches what they throw.
    `
class Room extends EventEmitter {
  private audioEnabled = true;

  private handleAudioPlaybackFailed = (e: unknown) => {
    this.audioEnabled = false;
    try {
      this.emit('audioPlaybackChanged', false);
    } catch (listenerError) {
      console.error('listener failed', listenerError);
    }
  };

  startAudio = async (elements: HTMLMediaElement[]) => {
    try {
      await Promise.all(elements.map((e) => e.play()));
    } catch (err) {
      this.handleAudioPlaybackFailed(err);
      throw err;
    }
  };
}
`,
    // A parked error thrown later, with only protected promises in between (each pushed with its own `.catch`).
    {
      code: `
export async function validate(paths, schema, obj) {
  let error = null;
  try {
    obj = schema.cast(obj);
  } catch (err) {
    error = err;
  }
  const promises = [];
  for (const path of paths) {
    promises.push(
      schema.path(path).validate(obj[path]).catch((err) => {
        error = error || new ValidationError();
        error.addError(path, err);
      }),
    );
  }
  await Promise.all(promises);
  if (error != null) {
    throw error;
  }
}
`,
      ...javascript,
    },
    // A catch that swallows the error: nothing is passed on, so nothing can be shadowed.
    `
async function handle(message: Message) {
  try {
    await process(message);
  } catch (error) {
    await this.client.cleanup();
    console.error('Message handling failed', error);
  }
}
`,
    // The original kept as `cause`, with nothing that can throw before it; plain calls that are not cleanup.
    `
class Monitor {
  async sync() {
    try {
      await this.client.sync();
    } catch (e) {
      this.metrics.increment('sync.failed');
      this.state = 'failed';
      throw new SyncError('sync failed', { cause: e });
    }
  }
}
`,
    // The fixed example: the cleanup has its own try/catch, so the original error is the one rethrown.
    `
class MessageMonitor {
  async syncWithCleanup(): Promise<void> {
    try {
      await this.client.sync();
    } catch (error) {
      try {
        await this.client.cleanup();
      } catch (cleanupError) {
        console.error('Cleanup failed', cleanupError, { originalError: error });
      }
      throw error;
    }
  }
}
`,
    // Rejection handlers: `.catch(…)`, `.then(…, …)`, `Promise.allSettled`; `void` lets a promise go on purpose.
    `
async function shutdown(a: Conn, b: Conn, recorder: Recorder) {
  try {
    await Promise.all([a.flush(), b.flush()]);
  } catch (e) {
    await a.close().catch((closeError) => log(closeError));
    b.close().then(done, report);
    await Promise.allSettled([a.destroy(), b.destroy()]);
    void recorder.stop();
    throw e;
  }
}
`,
    // Lock releases: the function `acquire()` returned, a receiver named as a lock, a lock acquired in the same function.
    `
class Cluster {
  private readonly lock = new Mutex();
  async refresh() {
    const release = await this.lock.acquire();
    await this.mutatingTopics.acquire();
    try {
      await this.fetchMetadata();
    } catch (e) {
      release();
      this.lock.release();
      this.#writeLock.unlock();
      await this.mutatingTopics.release();
      await this.releaseBrokerLock(this.broker);
      throw e;
    } finally {
      await this.mutatingTopics.release();
    }
  }
}
`,
    // Logging is how the failure is reported, awaited or not; aborting an AbortController and a delay cannot fail.
    `
async function send(request: Request, controller: AbortController) {
  try {
    await request.send();
  } catch (err) {
    console.error('send failed', err);
    this.logger.warn('retrying');
    await logger.error('send failed', err);
    await this.#log.debug(err);
    controller.abort();
    this.abortController.abort(err);
    await sleep(100);
    await this.delay(250);
    throw err;
  }
}
`,
    // Cleanup on a path that returns, or after the rethrow: it does not run before the error is passed on.
    `
async function commit(db: Db) {
  try {
    await db.commit();
  } catch (e) {
    if (isRetryable(e)) {
      await db.rollback();
      return commit(db);
    }
    if (!(e instanceof DbError)) throw e;
    await db.disconnect();
  }
}
`,
    // A new error that only quotes the original has dropped it already (preserve-caught-error reports that).
    `
async function load(file: File) {
  try {
    await file.read();
  } catch (e) {
    await file.close();
    throw new Error(\`load failed: \${e.message}\`);
  }
}
`,
    // A rethrow caught again inside the handler, and a throw of another variable that has the same name.
    `
async function run(task: Task) {
  try {
    await task.run();
  } catch (e) {
    await task.close();
    try {
      throw e;
    } catch {
      task.failed = true;
    }
    try {
      task.verify();
    } catch (e) {
      throw e;
    }
  }
}
`,
    // Code in callbacks runs at another time; an awaited value that is not a call cannot be told apart.
    `
async function close(connections: Connection[]) {
  try {
    await flush(connections);
  } catch (e) {
    setTimeout(() => connections.forEach((connection) => connection.close()), 0);
    await this.pendingFlush;
    throw e;
  }
}
`,
    // An awaited call whose result the handler uses is recovery, not cleanup.
    `
class Api {
  async request(path: string) {
    try {
      return await this.fetch(path);
    } catch (error) {
      const outcome = await this.tokens.refresh();
      if (outcome === 'ok') return this.request(path);
      throw new TokenRefreshError(error);
    }
  }
}
`,
    // A function of this file that protects itself: its body is one try whose catch only logs.
    `
async function closeQuietly(connection: Connection) {
  try {
    await connection.close();
  } catch (closeError) {
    console.warn('close failed', closeError);
  }
}
const stopQuietly = (worker: Worker) => worker.stop().catch(() => {});
class Pool {
  async #dispose() {
    try {
      await this.client.dispose();
    } catch (disposeError) {
      this.logger.error(disposeError);
    }
  }
  async connect(connection: Connection, worker: Worker) {
    try {
      await connection.open();
    } catch (e) {
      await closeQuietly(connection);
      await stopQuietly(worker);
      await this.#dispose();
      throw e;
    }
  }
}
`,
    // No caught error to rethrow: no parameter, or a destructured one.
    `
async function open(file: File) {
  try {
    await file.open();
  } catch {
    await file.close();
    throw new Error('open failed');
  }
  try {
    await file.lock();
  } catch ({ message }) {
    await file.close();
    throw message;
  }
}
`,
    // In `finally`: a catch that handles everything leaves no error to lose; synchronous cleanup; protected awaits.
    `
class Connection {
  async disconnect() {
    try {
      await this.client.disconnect();
    } catch (error) {
      console.error('Disconnect error', error);
    } finally {
      await this.client.close();
    }
  }
  async send(data: string) {
    try {
      await this.socket.write(data);
    } finally {
      this.connected = false;
      this.socket.destroy();
      await this.socket.end().catch(() => {});
      try {
        await this.socket.close();
      } catch (closeError) {
        this.logger.warn(closeError);
      }
      release();
    }
  }
  async empty() {
    try {
    } finally {
      await this.client.close();
    }
  }
}
`,
    // A `.catch(…)` handler that recovers, or that rethrows with nothing before it.
    `
const profile = fetchProfile().catch((error) => {
  cache.clear();
  return fallback;
});
const ready = connect().catch((error: unknown) => {
  state.connecting = undefined;
  throw error;
});
`,
    {
      // JavaScript (espree): a protected cleanup and a swallowing catch with a finally.
      code: `
export async function run(client) {
  try {
    await client.run();
  } catch (error) {
    await client.close().catch(console.error);
    throw error;
  }
}
export async function poll(client) {
  try {
    await client.poll();
  } catch (error) {
    console.warn(error);
  } finally {
    await client.idle();
  }
}
`,
      ...javascript,
    },
    // Not awaited, a call of an async function or generator of this file cannot throw: it returns before its body runs.
    `
class Browser {
  #page?: Page;
  async shutdown() {
    await this.#page?.close();
  }
  async #cleanup() {
    await this.#page?.close();
  }
  stopAll = async () => {
    await this.shutdown();
  };
  *teardown() {
    yield this.#page?.close();
  }
  async launch() {
    try {
      this.#page = await openPage();
    } catch (e) {
      this.shutdown();
      this.#cleanup();
      this.stopAll();
      this.teardown();
      throw e;
    }
  }
}
`,
    // Platform objects that report failures instead of throwing: a Node.js stream or socket's destroy(), a
    // MediaStreamTrack's stop(), an OpenTelemetry span's end(), a prom-client timer's end(), timer clears.
    `
async function connectTls(host: string, span: Span, histogram: Histogram) {
  let socket: Socket | undefined;
  const end = histogram.startTimer();
  const timer = setTimeout(() => {}, 1000);
  try {
    socket = await dial(host);
    return await upgrade(socket);
  } catch (err) {
    socket?.destroy();
    this.tlsSocket.destroy(err as Error);
    track.stop();
    this.localVideoTrack?.stop();
    span.end();
    end({ status: 'error' });
    clearTimeout(timer);
    throw err;
  }
}
`,
    // A cleanup-named call whose value goes elsewhere builds a value or a promise, it does not clean up on the spot.
    {
      code: `
import { call, put } from 'redux-saga/effects';
export function* save(action) {
  try {
    yield call(api.save, action.payload);
  } catch (e) {
    yield put(rollback(action.payload));
    store.dispatch(abort());
    connection.close().then(() => log('closed'));
    throw e;
  }
}
`,
      ...javascript,
    },
    // A function of this file protects itself when what it runs outside its try cannot throw: guards, assignments,
    // releases. A local closure that only releases a reader's lock cannot throw either.
    `
class Gateway {
  #wss?: Server;
  async close() {
    if (!this.#wss) return;
    const wss = this.#wss;
    this.#wss = undefined;
    try {
      await wss.close();
    } catch (err) {
      console.warn('close failed', err);
    }
  }
  async stop() {
    try {
      await this.flush();
    } finally {
      await this.close();
    }
  }
  read(reader: ReadableStreamDefaultReader) {
    const cleanup = () => {
      reader.releaseLock();
      this.signal = undefined;
    };
    return async () => {
      try {
        return await reader.read();
      } catch (err) {
        cleanup();
        throw err;
      }
    };
  }
}
`,
    // `Promise.all` over promises that all have a rejection handler cannot reject.
    `
async function shutdown(connections: Connection[], worker: Worker) {
  try {
    await Promise.all(connections.map((c) => c.flush()));
  } catch (e) {
    await Promise.all(connections.map((c) => c.close().catch(log)));
    await Promise.all([worker.stop().catch(log), sleep(10)]);
    await Promise.all(
      connections.map(async (c) => {
        try {
          await c.destroy();
        } catch (destroyError) {
          log(destroyError);
        }
      }),
    );
    throw e;
  }
}
`,
    // A `finally` that always throws the caught error discards whatever its try block throws.
    `
async function load(db: Db) {
  try {
    await db.load();
  } catch (e) {
    try {
      await db.close();
    } finally {
      throw e;
    }
  }
}
`,
    // Not a promise's handler: `bot.catch((err, ctx) => …)` registers an error handler with two parameters.
    `
bot.catch(async (err, ctx) => {
  await ctx.reply('Something went wrong');
  throw err;
});
`,
    {
      // CommonJS (.cjs): the cleanup already goes through `withCleanup`, required from the runtime.
      code: `
'use strict';
const { withCleanup } = require('concurrency-runtime');

async function writeAll(path, chunks) {
  const handle = await open(path, 'w');
  await withCleanup(async () => {
    for (const chunk of chunks) await handle.write(chunk);
  }, async () => {
    await handle.close();
  });
}

module.exports = { writeAll };
`,
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
  ],
  invalid: [
    {
      // `['c\x61tch']` names `catch` with an escape: its handler is checked like any other.
      code: `
export function send(conn, data) {
  return conn.write(data)['c\\x61tch']((error) => {
    conn.close();
    throw error;
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 4,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: `
export function send(conn, data) {
  return conn.write(data)['c\\x61tch']((error) => {
    try {
      conn.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
    }
    throw error;
  });
}
` }],
        },
      ],
    },
    {
      // A rejection handler is checked at its function: `.catch((error) => { …; throw error; })` is reported; a handler
      // that gives up the error and returns a fallback passes nothing on, and is not.
      code: `
async function query(pool: Pool, sql: string) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    conn.release();
    throw error;
  });
}
async function queryQuietly(pool: Pool, sql: string) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    conn.release();
    log(error);
    return [];
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 5,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: `
async function query(pool: Pool, sql: string) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    try {
      conn.release();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
    }
    throw error;
  });
}
async function queryQuietly(pool: Pool, sql: string) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    conn.release();
    log(error);
    return [];
  });
}
` }],
        },
      ],
    },
    {
      // The same in JavaScript.
      code: `
async function query(pool, sql) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    conn.release();
    throw error;
  });
}
async function queryQuietly(pool, sql) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    conn.release();
    log(error);
    return [];
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 5,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: `
async function query(pool, sql) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    try {
      conn.release();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
    }
    throw error;
  });
}
async function queryQuietly(pool, sql) {
  const conn = await pool.connect();
  return conn.query(sql).catch((error) => {
    conn.release();
    log(error);
    return [];
  });
}
` }],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: the stored stop function calls a method that may throw (`this.onStop(timer)`), so the teardown does not protect itself.
      code: `
export class ShapeStream {
  #connected = false;
  #tickPromiseRejecter?: (reason?: unknown) => void;
  #unsubscribeFromWakeDetection?: () => void;
  #tick(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#tickPromiseRejecter = reject;
      setTimeout(() => {
        this.#tickPromiseRejecter = undefined;
        resolve();
      }, 0);
    });
  }
  #watchWake(): void {
    if (this.#unsubscribeFromWakeDetection) return;
    const timer = setInterval(() => this.#tick(), 1000);
    this.#unsubscribeFromWakeDetection = () => {
      this.onStop(timer);
      this.#unsubscribeFromWakeDetection = undefined;
    };
  }
  async #start(): Promise<void> {
    try {
      this.#watchWake();
      await this.#requestShape();
    } catch (err) {
      this.#teardown();
      throw err;
    }
  }
  #teardown(): void {
    this.#connected = false;
    this.#tickPromiseRejecter?.();
    this.#unsubscribeFromWakeDetection?.();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 28,
          column: 7,
          suggestions: [{ messageId: 'wrapCleanup', output: `
export class ShapeStream {
  #connected = false;
  #tickPromiseRejecter?: (reason?: unknown) => void;
  #unsubscribeFromWakeDetection?: () => void;
  #tick(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#tickPromiseRejecter = reject;
      setTimeout(() => {
        this.#tickPromiseRejecter = undefined;
        resolve();
      }, 0);
    });
  }
  #watchWake(): void {
    if (this.#unsubscribeFromWakeDetection) return;
    const timer = setInterval(() => this.#tick(), 1000);
    this.#unsubscribeFromWakeDetection = () => {
      this.onStop(timer);
      this.#unsubscribeFromWakeDetection = undefined;
    };
  }
  async #start(): Promise<void> {
    try {
      this.#watchWake();
      await this.#requestShape();
    } catch (err) {
      try {
        this.#teardown();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
      }
      throw err;
    }
  }
  #teardown(): void {
    this.#connected = false;
    this.#tickPromiseRejecter?.();
    this.#unsubscribeFromWakeDetection?.();
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: the same closure calls the observer outside a `try`, so a throwing observer replaces the read's error.
      code: `
export function observeStream<Item>(stream: AsyncIterable<Item>, signal: AbortSignal, observer: StreamObserver<Item>): void {
  let ended = false;
  const end = (how: StreamEnd): void => {
    if (ended) return;
    ended = true;
    signal.removeEventListener('abort', cancel);
    observer.onEnd(how); // the observer may throw
  };
  const cancel = () => end({ reason: 'canceled' });
  const source = stream[Symbol.asyncIterator]();
  stream[Symbol.asyncIterator] = () => ({
    async next() {
      let result: IteratorResult<Item>;
      try {
        result = await source.next();
      } catch (error) {
        end({ reason: 'failed', error });
        throw error;
      }
      return result;
    },
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 18,
          column: 9,
          suggestions: [{ messageId: 'wrapCleanup', output: `
export function observeStream<Item>(stream: AsyncIterable<Item>, signal: AbortSignal, observer: StreamObserver<Item>): void {
  let ended = false;
  const end = (how: StreamEnd): void => {
    if (ended) return;
    ended = true;
    signal.removeEventListener('abort', cancel);
    observer.onEnd(how); // the observer may throw
  };
  const cancel = () => end({ reason: 'canceled' });
  const source = stream[Symbol.asyncIterator]();
  stream[Symbol.asyncIterator] = () => ({
    async next() {
      let result: IteratorResult<Item>;
      try {
        result = await source.next();
      } catch (error) {
        try {
          end({ reason: 'failed', error });
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
        }
        throw error;
      }
      return result;
    },
  });
}
` }],
        },
      ],
    },
    {
      // A cleanup reached through a getter whose function calls something that can throw.
      code: `
class Poller {
  private get cleanup() {
    return () => this.scheduler.cancelAll(); // the scheduler may throw
  }
  async poll(): Promise<void> {
    try {
      await this.fetch();
    } catch (error) {
      this.cleanup();
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 10,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Poller {
  private get cleanup() {
    return () => this.scheduler.cancelAll(); // the scheduler may throw
  }
  async poll(): Promise<void> {
    try {
      await this.fetch();
    } catch (error) {
      try {
        this.cleanup();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // An outer catch that hands the error on (`reject(e)`) swallows nothing: the inner cleanup can still replace what the caller sees.
      code: `
export function fetchAll(client, urls) {
  return new Promise(async (resolve, reject) => {
    try {
      try {
        resolve(await client.getAll(urls));
      } catch (e) {
        await client.close();
        throw e;
      }
    } catch (e) {
      reject(e); // the caller sees whichever error arrives here
    }
  });
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 8,
          column: 9,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
export function fetchAll(client, urls) {
  return new Promise(async (resolve, reject) => {
    try {
      try {
        resolve(await client.getAll(urls));
      } catch (e) {
        try {
          await client.close();
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
        }
        throw e;
      }
    } catch (e) {
      reject(e); // the caller sees whichever error arrives here
    }
  });
}
` },
          ],
        },
      ],
    },
    {
      // A rollback reached through a handler object that calls the database: it can fail.
      code: `
class Mouse {
  #createTransaction() {
    return {
      commit: () => this.db.commit(),
      rollback: () => {
        this.db.rollback(); // a database call can fail
      },
    };
  }
  async #withTransaction(action: () => Promise<unknown>): Promise<void> {
    const { commit, rollback } = this.#createTransaction();
    try {
      await action();
      commit();
    } catch (error) {
      rollback();
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 17,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Mouse {
  #createTransaction() {
    return {
      commit: () => this.db.commit(),
      rollback: () => {
        this.db.rollback(); // a database call can fail
      },
    };
  }
  async #withTransaction(action: () => Promise<unknown>): Promise<void> {
    const { commit, rollback } = this.#createTransaction();
    try {
      await action();
      commit();
    } catch (error) {
      try {
        rollback();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // The catch sets the flag only after a step that can fail, and the finally gate does not hold for that error.
      code: `
async function* decodeLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const it = source[Symbol.asyncIterator]();
  let closed = false;
  try {
    for (;;) {
      const { done, value } = await it.next();
      if (done) return;
      yield await decode(value);
    }
  } catch (error) {
    await report(error);
    closed = true;
    throw error;
  } finally {
    if (!closed) await it.return?.();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'stepBeforeRethrow',
          line: 12,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function* decodeLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const it = source[Symbol.asyncIterator]();
  let closed = false;
  try {
    for (;;) {
      const { done, value } = await it.next();
      if (done) return;
      yield await decode(value);
    }
  } catch (error) {
    try {
      await report(error);
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
    }
    closed = true;
    throw error;
  } finally {
    if (!closed) await it.return?.();
  }
}
` },
          ],
        },
        {
          messageId: 'awaitInFinally',
          line: 16,
          column: 18,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
async function* decodeLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const it = source[Symbol.asyncIterator]();
  let closed = false;
  try {
    for (;;) {
      const { done, value } = await it.next();
      if (done) return;
      yield await decode(value);
    }
  } catch (error) {
    await report(error);
    closed = true;
    throw error;
  } finally {
    if (!closed) {
      try {
        await it.return?.();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // The outer catch rethrows what it does not expect: the inner cleanup can still replace the error the caller sees.
      code: `
export async function poll(client) {
  try {
    try {
      await client.fetch();
    } catch (e) {
      await client.close();
      throw e;
    }
  } catch (e) {
    if (e.code !== 'ECONNRESET') throw e;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
export async function poll(client) {
  try {
    try {
      await client.fetch();
    } catch (e) {
      try {
        await client.close();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
      throw e;
    }
  } catch (e) {
    if (e.code !== 'ECONNRESET') throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // `it.return()` after a try that awaits more than `it.next()`: a failed parse leaves a live iterator to close.
      code: `
async function* parsed<T>(iterable: AsyncIterable<string>): AsyncIterable<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  try {
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield await parse<T>(next.value);
    }
  } finally {
    await iterator.return?.();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 11,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
async function* parsed<T>(iterable: AsyncIterable<string>): AsyncIterable<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  try {
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield await parse<T>(next.value);
    }
  } finally {
    try {
      await iterator.return?.();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // A same-file helper runs listeners (`emit`) before the rethrow.
      code: `
class Room extends EventEmitter {
  private audioEnabled = true;

  private handleAudioPlaybackFailed = (e: unknown) => {
    this.audioEnabled = false;
    this.emit('audioPlaybackChanged', false);
  };

  startAudio = async (elements: HTMLMediaElement[]) => {
    try {
      await Promise.all(elements.map((e) => e.play()));
    } catch (err) {
      this.handleAudioPlaybackFailed(err);
      throw err;
    }
  };
}
`,
      output: null,
      errors: [
        {
          messageId: 'listenersBeforeRethrow',
          line: 14,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Room extends EventEmitter {
  private audioEnabled = true;

  private handleAudioPlaybackFailed = (e: unknown) => {
    this.audioEnabled = false;
    this.emit('audioPlaybackChanged', false);
  };

  startAudio = async (elements: HTMLMediaElement[]) => {
    try {
      await Promise.all(elements.map((e) => e.play()));
    } catch (err) {
      try {
        this.handleAudioPlaybackFailed(err);
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
      }
      throw err;
    }
  };
}
` },
          ],
        },
      ],
    },
    {
      // A same-file helper calls each listener of a list before the rethrow.
      code: `
export class Pool {
  constructor(onError) {
    this.onError = onError;
    this.listeners = [];
  }
  failAll(error) {
    for (const listener of this.listeners) listener(error);
  }
  async acquire() {
    try {
      return await this.connect();
    } catch (error) {
      this.failAll(error); // the listeners run first
      throw error;
    }
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'listenersBeforeRethrow',
          line: 14,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
export class Pool {
  constructor(onError) {
    this.onError = onError;
    this.listeners = [];
  }
  failAll(error) {
    for (const listener of this.listeners) listener(error);
  }
  async acquire() {
    try {
      return await this.connect();
    } catch (error) {
      try {
        this.failAll(error); // the listeners run first
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // A deferred rethrow: the error is parked in the catch, another cleanup runs, then it is thrown.
      code: `
export async function runAll(tasks, pool) {
  let error;
  try {
    await Promise.all(tasks.map((task) => task.run()));
  } catch (e) {
    error = e;
  }
  await pool.close();
  if (error) throw error;
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeDeferredRethrow',
          line: 9,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      // A recovery step before a rethrow for a retry is a step, not a cleanup.
      code: `
export async function findBroker(cluster, nodeId) {
  try {
    return await cluster.brokerPool.findBroker({ nodeId });
  } catch (e) {
    if (e.name === 'KafkaJSBrokerNotFound') {
      await cluster.refreshMetadata(); // the retry needs fresh metadata
    }
    throw e;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'stepBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
export async function findBroker(cluster, nodeId) {
  try {
    return await cluster.brokerPool.findBroker({ nodeId });
  } catch (e) {
    if (e.name === 'KafkaJSBrokerNotFound') {
      try {
        await cluster.refreshMetadata(); // the retry needs fresh metadata
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // The note's pitfall: the cleanup awaited in `catch` before the rethrow.
      code: `
class MessageMonitor {
  async syncWithCleanup(): Promise<void> {
    try {
      await this.client.sync();
    } catch (error) {
      await this.client.cleanup(); // if this throws, \`error\` is lost
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class MessageMonitor {
  async syncWithCleanup(): Promise<void> {
    try {
      await this.client.sync();
    } catch (error) {
      try {
        await this.client.cleanup(); // if this throws, \`error\` is lost
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // A synchronous cleanup-named call, `?.`, and a new error that keeps the original as its cause.
      code: `
export async function connect(options: Options): Promise<Connection> {
  let connection: Connection | null = null;
  try {
    connection = await open(options);
    await handshake(connection);
    return connection;
  } catch (error) {
    connection?.destroy();
    throw new ConnectionError('handshake failed', { cause: error });
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 9,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
export async function connect(options: Options): Promise<Connection> {
  let connection: Connection | null = null;
  try {
    connection = await open(options);
    await handshake(connection);
    return connection;
  } catch (error) {
    try {
      connection?.destroy();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
    }
    throw new ConnectionError('handshake failed', { cause: error });
  }
}
` },
          ],
        },
      ],
    },
    {
      // Other carriers of the caught error: a constructor argument, an AggregateError.
      code: `
async function migrate(pool: Pool, client: Client) {
  try {
    await client.query('BEGIN');
    await applyMigrations(client);
  } catch (err) {
    await client.query('ROLLBACK');
    if (err instanceof PgError) throw new MigrationError(err);
    pool.release(client);
    throw new AggregateError([err], 'migration failed');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function migrate(pool: Pool, client: Client) {
  try {
    await client.query('BEGIN');
    await applyMigrations(client);
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
    }
    if (err instanceof PgError) throw new MigrationError(err);
    pool.release(client);
    throw new AggregateError([err], 'migration failed');
  }
}
` },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 9,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function migrate(pool: Pool, client: Client) {
  try {
    await client.query('BEGIN');
    await applyMigrations(client);
  } catch (err) {
    await client.query('ROLLBACK');
    if (err instanceof PgError) throw new MigrationError(err);
    try {
      pool.release(client);
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
    }
    throw new AggregateError([err], 'migration failed');
  }
}
` },
          ],
        },
      ],
    },
    {
      // A rethrow through a type assertion.
      code: `
async function stop(worker: Worker) {
  try {
    await worker.drain();
  } catch (e) {
    await worker.terminate();
    throw e as Error;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 6,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function stop(worker: Worker) {
  try {
    await worker.drain();
  } catch (e) {
    try {
      await worker.terminate();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e as Error;
  }
}
` },
          ],
        },
      ],
    },
    {
      // Only steps on a path that reaches the rethrow: not the one before `return`, nor the one after the throw.
      code: `
class Session {
  async commit() {
    try {
      await this.db.commit();
    } catch (e) {
      if (this.retryable(e)) {
        await this.db.rollback();
        return this.commit();
      }
      if (!(e instanceof DbError)) {
        await this.db.abort();
        throw e;
      }
      this.emit('failed', e);
      await this.db.disconnect();
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 12,
          column: 9,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Session {
  async commit() {
    try {
      await this.db.commit();
    } catch (e) {
      if (this.retryable(e)) {
        await this.db.rollback();
        return this.commit();
      }
      if (!(e instanceof DbError)) {
        try {
          await this.db.abort();
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
        }
        throw e;
      }
      this.emit('failed', e);
      await this.db.disconnect();
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // An awaited call is a step whatever its name when its value is thrown away; a cleanup-named one even when it is used.
      code: `
class Client {
  async send(message: Message) {
    try {
      await this.socket.write(message);
    } catch (e) {
      await this.emitAsync('error', e);
      const closed = await this.socket.close();
      if (closed) throw e;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'stepBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Client {
  async send(message: Message) {
    try {
      await this.socket.write(message);
    } catch (e) {
      try {
        await this.emitAsync('error', e);
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
      const closed = await this.socket.close();
      if (closed) throw e;
    }
  }
}
` },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 8,
          column: 22,
          suggestions: [],
        },
      ],
    },
    {
      // `#private` members, private methods, optional calls, type assertions and a comment inside the step.
      code: `
class Pool {
  #client?: Client;
  #cleanup() {
    this.#client?.destroy();
  }
  async acquire() {
    try {
      return await this.#client!.connect();
    } catch (error) {
      await (this.#client?.end(/* force */ true) as Promise<void>);
      this.#cleanup();
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 11,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Pool {
  #client?: Client;
  #cleanup() {
    this.#client?.destroy();
  }
  async acquire() {
    try {
      return await this.#client!.connect();
    } catch (error) {
      try {
        await (this.#client?.end(/* force */ true) as Promise<void>);
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      this.#cleanup();
      throw error;
    }
  }
}
` },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 12,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Pool {
  #client?: Client;
  #cleanup() {
    this.#client?.destroy();
  }
  async acquire() {
    try {
      return await this.#client!.connect();
    } catch (error) {
      await (this.#client?.end(/* force */ true) as Promise<void>);
      try {
        this.#cleanup();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // A step in a nested `finally` of the rethrowing catch is reported once, as shadowing the caught error.
      code: `
async function save(file: FileHandle, data: string) {
  try {
    await file.write(data);
  } catch (e) {
    try {
      await file.sync();
    } finally {
      await file.close();
    }
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'stepBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function save(file: FileHandle, data: string) {
  try {
    await file.write(data);
  } catch (e) {
    try {
      try {
        await file.sync();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    } finally {
      await file.close();
    }
    throw e;
  }
}
` },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 9,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function save(file: FileHandle, data: string) {
  try {
    await file.write(data);
  } catch (e) {
    try {
      await file.sync();
    } finally {
      try {
        await file.close();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // A `finally` that runs between the rethrow and the caller; a catch inside the handler that throws the outer error.
      code: `
function parse(parser: Parser, text: string) {
  try {
    return JSON.parse(text);
  } catch (e) {
    try {
      throw e;
    } finally {
      parser.destroy();
    }
  }
}
async function load(cache: Cache) {
  try {
    return await cache.load();
  } catch (e) {
    try {
      await cache.close();
    } catch (closeError) {
      await cache.dispose();
      throw e;
    }
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 9,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
function parse(parser: Parser, text: string) {
  try {
    return JSON.parse(text);
  } catch (e) {
    try {
      throw e;
    } finally {
      try {
        parser.destroy();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    }
  }
}
async function load(cache: Cache) {
  try {
    return await cache.load();
  } catch (e) {
    try {
      await cache.close();
    } catch (closeError) {
      await cache.dispose();
      throw e;
    }
    throw e;
  }
}
` },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 20,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
function parse(parser: Parser, text: string) {
  try {
    return JSON.parse(text);
  } catch (e) {
    try {
      throw e;
    } finally {
      parser.destroy();
    }
  }
}
async function load(cache: Cache) {
  try {
    return await cache.load();
  } catch (e) {
    try {
      await cache.close();
    } catch (closeError) {
      try {
        await cache.dispose();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
      throw e;
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // A step in a loop runs before the rethrow after it.
      code: `
async function closeAll(connections: Connection[]) {
  try {
    await flushAll(connections);
  } catch (e) {
    for (const connection of connections) {
      await connection.close();
    }
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function closeAll(connections: Connection[]) {
  try {
    await flushAll(connections);
  } catch (e) {
    for (const connection of connections) {
      try {
        await connection.close();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // A step of one iteration runs before the rethrow of the next.
      code: `
async function retry(job: Job) {
  try {
    await job.run();
  } catch (e) {
    while (job.attempts < 3) {
      if (job.fatal) throw e;
      await job.reset();
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'stepBeforeRethrow',
          line: 8,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function retry(job: Job) {
  try {
    await job.run();
  } catch (e) {
    while (job.attempts < 3) {
      if (job.fatal) throw e;
      try {
        await job.reset();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // `switch` and labelled blocks: the paths that leave them by `break` reach the rethrow.
      code: `
async function handle(request: Request) {
  try {
    await request.process();
  } catch (e) {
    switch (request.kind) {
      case 'upload':
        await request.abort();
        break;
      default:
        request.log(e);
    }
    cleanup: {
      if (!request.upload) break cleanup;
      request.upload.destroy();
    }
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 8,
          column: 9,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function handle(request: Request) {
  try {
    await request.process();
  } catch (e) {
    switch (request.kind) {
      case 'upload':
        try {
          await request.abort();
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
        }
        break;
      default:
        request.log(e);
    }
    cleanup: {
      if (!request.upload) break cleanup;
      request.upload.destroy();
    }
    throw e;
  }
}
` },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 15,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function handle(request: Request) {
  try {
    await request.process();
  } catch (e) {
    switch (request.kind) {
      case 'upload':
        await request.abort();
        break;
      default:
        request.log(e);
    }
    cleanup: {
      if (!request.upload) break cleanup;
      try {
        request.upload.destroy();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // Rejection handlers of a promise chain are catch blocks too.
      code: `
function use(pool: Pool, fn: (resource: Resource) => Promise<void>) {
  return pool.acquire().then((resource) =>
    fn(resource).then(
      () => pool.release(resource),
      (err) => {
        pool.destroy(resource);
        throw err;
      },
    ),
  );
}
const ready = connect().catch(async (error) => {
  await client.close();
  throw error;
});
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 9,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
function use(pool: Pool, fn: (resource: Resource) => Promise<void>) {
  return pool.acquire().then((resource) =>
    fn(resource).then(
      () => pool.release(resource),
      (err) => {
        try {
          pool.destroy(resource);
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
        }
        throw err;
      },
    ),
  );
}
const ready = connect().catch(async (error) => {
  await client.close();
  throw error;
});
` },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 14,
          column: 3,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
function use(pool: Pool, fn: (resource: Resource) => Promise<void>) {
  return pool.acquire().then((resource) =>
    fn(resource).then(
      () => pool.release(resource),
      (err) => {
        pool.destroy(resource);
        throw err;
      },
    ),
  );
}
const ready = connect().catch(async (error) => {
  try {
    await client.close();
  } catch (cleanupError) {
    console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
  }
  throw error;
});
` },
          ],
        },
      ],
    },
    {
      // `cleanupMethods` adds names: a synchronous `flush()` counts now.
      code: `
class Writer {
  write(chunk: string) {
    try {
      this.buffer.push(chunk);
    } catch (e) {
      this.buffer.flush();
      this.buffer.reset();
      throw e;
    }
  }
}
`,
      options: [{"cleanupMethods":["flush"]}],
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Writer {
  write(chunk: string) {
    try {
      this.buffer.push(chunk);
    } catch (e) {
      try {
        this.buffer.flush();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
      this.buffer.reset();
      throw e;
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // A one-line catch gets a one-line guard; the original error named `cleanupError` does not clash.
      code: `
async function run(task: Task) {
  try { await task.run(); } catch (cleanupError) { await task.cleanup(); throw cleanupError; }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 3,
          column: 52,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function run(task: Task) {
  try { await task.run(); } catch (cleanupError) { try { await task.cleanup(); } catch (cleanupFailure) { console.error(\`cleanup failed: \${cleanupFailure} (original error: \${cleanupError})\`, cleanupFailure, cleanupError); } throw cleanupError; }
}
` },
          ],
        },
      ],
    },
    {
      // A step that is the body of a brace-less `if` is guarded in place.
      code: `
async function send(channel: Channel, data: string) {
  try {
    await channel.write(data);
  } catch (e) {
    if (channel.open) await channel.close();
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 6,
          column: 23,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function send(channel: Channel, data: string) {
  try {
    await channel.write(data);
  } catch (e) {
    if (channel.open) {
      try {
        await channel.close();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // Tabs, and a step written over several lines.
      code: `
class Uploader {
\tasync upload(file: File) {
\t\ttry {
\t\t\tawait this.transport.send(file);
\t\t} catch (e) {
\t\t\tawait this.transport.close({
\t\t\t\treason: 'upload failed',
\t\t\t});
\t\t\tthrow e;
\t\t}
\t}
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 4,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
class Uploader {
\tasync upload(file: File) {
\t\ttry {
\t\t\tawait this.transport.send(file);
\t\t} catch (e) {
\t\t\ttry {
\t\t\t\tawait this.transport.close({
\t\t\t\t\treason: 'upload failed',
\t\t\t\t});
\t\t\t} catch (cleanupError) {
\t\t\t\tconsole.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
\t\t\t}
\t\t\tthrow e;
\t\t}
\t}
}
` },
          ],
        },
      ],
    },
    {
      // The cleanup repeated at the end of the try: `withCleanup` runs it once, however the work ends.
      code: `
import { Mutex } from 'async-mutex';

class Exporter {
  async export(rows: Row[]) {
    try {
      await this.sink.open();
      await this.sink.write(rows);
      await this.sink.close();
    } catch (e) {
      await this.sink.close();
      throw e;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 11,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
import { Mutex } from 'async-mutex';

class Exporter {
  async export(rows: Row[]) {
    try {
      await this.sink.open();
      await this.sink.write(rows);
      await this.sink.close();
    } catch (e) {
      try {
        await this.sink.close();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
      }
      throw e;
    }
  }
}
` },
            { messageId: 'useWithCleanupOnce', output: `
import { Mutex } from 'async-mutex';
import { withCleanup } from 'concurrency-runtime';

class Exporter {
  async export(rows: Row[]) {
    await withCleanup(async () => {
      await this.sink.open();
      await this.sink.write(rows);
    }, async () => {
      await this.sink.close();
    });
  }
}
` },
          ],
        },
      ],
    },
    {
      // The cleanup repeated after the try: the same behaviour as a `finally`, so `withCleanup` is a faithful rewrite.
      code: `
import { lazy } from 'concurrency-runtime';

export async function backup(db: Db, target: string) {
  const snapshot = await db.snapshot();
  try {
    await snapshot.copyTo(target);
  } catch (e) {
    snapshot.release();
    throw e;
  }
  snapshot.release();
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 9,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
import { lazy } from 'concurrency-runtime';

export async function backup(db: Db, target: string) {
  const snapshot = await db.snapshot();
  try {
    await snapshot.copyTo(target);
  } catch (e) {
    try {
      snapshot.release();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e;
  }
  snapshot.release();
}
` },
            { messageId: 'useWithCleanup', output: `
import { lazy, withCleanup } from 'concurrency-runtime';

export async function backup(db: Db, target: string) {
  const snapshot = await db.snapshot();
  await withCleanup(async () => {
    await snapshot.copyTo(target);
  }, () => {
    snapshot.release();
  });
}
` },
          ],
        },
      ],
    },
    {
      // No `withCleanup` outside an async function.
      code: `
function writeSync(file: File, data: string) {
  try {
    file.writeSync(data);
    file.close();
  } catch (e) {
    file.close();
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
function writeSync(file: File, data: string) {
  try {
    file.writeSync(data);
    file.close();
  } catch (e) {
    try {
      file.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // No `withCleanup` when the cleanup runs only on failure (it would run on success too) or uses the error.
      code: `
async function commit(tx: Transaction) {
  try {
    await tx.commit();
  } catch (e) {
    await tx.rollback(e);
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 6,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
async function commit(tx: Transaction) {
  try {
    await tx.commit();
  } catch (e) {
    try {
      await tx.rollback(e);
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e;
  }
}
` },
          ],
        },
      ],
    },
    {
      // In `finally`: an awaited call while the try block may be throwing.
      code: `
import { Mutex } from 'async-mutex';

export async function writeAll(path: string, chunks: Uint8Array[]) {
  const handle = await open(path, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 9,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
import { Mutex } from 'async-mutex';

export async function writeAll(path: string, chunks: Uint8Array[]) {
  const handle = await open(path, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    try {
      await handle.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}
` },
            { messageId: 'useWithCleanup', output: `
import { Mutex } from 'async-mutex';
import { withCleanup } from 'concurrency-runtime';

export async function writeAll(path: string, chunks: Uint8Array[]) {
  const handle = await open(path, 'w');
  await withCleanup(async () => {
    for (const chunk of chunks) await handle.write(chunk);
  }, async () => {
    await handle.close();
  });
}
` },
          ],
        },
      ],
    },
    {
      // In `finally` after a catch that rethrows: the guard only (`withCleanup` has no catch).
      code: `
class Crypto {
  async receiveBundle(roomId: string, bundle: Bundle) {
    try {
      await this.olm.receive(bundle);
    } catch (err) {
      logger.warn('bundle failed', err);
      throw err;
    } finally {
      await this.olm.clearPending(roomId);
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 10,
          column: 7,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
class Crypto {
  async receiveBundle(roomId: string, bundle: Bundle) {
    try {
      await this.olm.receive(bundle);
    } catch (err) {
      logger.warn('bundle failed', err);
      throw err;
    } finally {
      try {
        await this.olm.clearPending(roomId);
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // In `finally` with a `return` in the try: the guard only (a `return` means something else in a callback).
      code: `
class Executor {
  async execute(operation: Operation) {
    const session = this.startSession();
    try {
      return await operation.run(session);
    } finally {
      await session.endSession();
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 8,
          column: 7,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
class Executor {
  async execute(operation: Operation) {
    const session = this.startSession();
    try {
      return await operation.run(session);
    } finally {
      try {
        await session.endSession();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // No `withCleanup` when the work assigns an outer variable: TypeScript would no longer see it assigned.
      code: `
async function read(path: string) {
  let text: string;
  const file = await open(path);
  try {
    text = await file.readFile('utf8');
  } finally {
    await file.close();
  }
  return text;
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 8,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
async function read(path: string) {
  let text: string;
  const file = await open(path);
  try {
    text = await file.readFile('utf8');
  } finally {
    try {
      await file.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
  return text;
}
` },
          ],
        },
      ],
    },
    {
      // No `withCleanup` when a comment between the blocks would be lost, or when the name is taken.
      code: `
async function copy(from: Handle, to: Handle) {
  try {
    await from.pipeTo(to);
  } // the destination is flushed by close()
  finally {
    await to.close();
  }
}
async function sync(withCleanup: boolean, db: Db) {
  try {
    await db.sync();
  } finally {
    await db.disconnect();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 7,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
async function copy(from: Handle, to: Handle) {
  try {
    await from.pipeTo(to);
  } // the destination is flushed by close()
  finally {
    try {
      await to.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}
async function sync(withCleanup: boolean, db: Db) {
  try {
    await db.sync();
  } finally {
    await db.disconnect();
  }
}
` },
          ],
        },
        {
          messageId: 'awaitInFinally',
          line: 14,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
async function copy(from: Handle, to: Handle) {
  try {
    await from.pipeTo(to);
  } // the destination is flushed by close()
  finally {
    await to.close();
  }
}
async function sync(withCleanup: boolean, db: Db) {
  try {
    await db.sync();
  } finally {
    try {
      await db.disconnect();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}
` },
          ],
        },
      ],
    },
    {
      // The runtime import joins an existing import of the configured module.
      code: `
import { lazy } from '@acme/runtime';

export async function drain(queue: Queue) {
  try {
    await queue.drain();
  } finally {
    await queue.stop();
  }
}
`,
      settings: {"concurrency":{"runtimeModule":"@acme/runtime"}},
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 8,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
import { lazy } from '@acme/runtime';

export async function drain(queue: Queue) {
  try {
    await queue.drain();
  } finally {
    try {
      await queue.stop();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}
` },
            { messageId: 'useWithCleanup', output: `
import { lazy, withCleanup } from '@acme/runtime';

export async function drain(queue: Queue) {
  await withCleanup(async () => {
    await queue.drain();
  }, async () => {
    await queue.stop();
  });
}
` },
          ],
        },
      ],
    },
    {
      // JavaScript (espree): the same cases, with the import added at the top.
      code: `
export class Client {
  async login(token) {
    try {
      await this.ws.connect(token);
    } catch (error) {
      await this.destroy();
      throw error;
    }
  }
  async snapshot(client) {
    try {
      await client.send('HeapProfiler.takeHeapSnapshot');
    } finally {
      await client.send('HeapProfiler.disable');
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 7,
          suggestions: [
            { messageId: 'wrapCleanup', output: `
export class Client {
  async login(token) {
    try {
      await this.ws.connect(token);
    } catch (error) {
      try {
        await this.destroy();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
  async snapshot(client) {
    try {
      await client.send('HeapProfiler.takeHeapSnapshot');
    } finally {
      await client.send('HeapProfiler.disable');
    }
  }
}
` },
          ],
        },
        {
          messageId: 'awaitInFinally',
          line: 15,
          column: 7,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
export class Client {
  async login(token) {
    try {
      await this.ws.connect(token);
    } catch (error) {
      await this.destroy();
      throw error;
    }
  }
  async snapshot(client) {
    try {
      await client.send('HeapProfiler.takeHeapSnapshot');
    } finally {
      try {
        await client.send('HeapProfiler.disable');
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` },
            { messageId: 'useWithCleanup', output: `
import { withCleanup } from 'concurrency-runtime';
export class Client {
  async login(token) {
    try {
      await this.ws.connect(token);
    } catch (error) {
      await this.destroy();
      throw error;
    }
  }
  async snapshot(client) {
    await withCleanup(async () => {
      await client.send('HeapProfiler.takeHeapSnapshot');
    }, async () => {
      await client.send('HeapProfiler.disable');
    });
  }
}
` },
          ],
        },
      ],
      ...javascript,
    },
    // A local that copies the caught error passes it on too.
    {
      code: `
async function run(db: Db) {
  try {
    await db.run();
  } catch (e) {
    const error = e as Error;
    await db.close();
    throw error;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
async function run(db: Db) {
  try {
    await db.run();
  } catch (e) {
    const error = e as Error;
    try {
      await db.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw error;
  }
}
`,
            },
          ],
        },
      ],
    },
    // A coroutine (co, TypeScript's __awaiter) awaits what it yields: a yielded cleanup is a step.
    {
      code: `
export function* connect(transport) {
  try {
    yield transport.connect();
  } catch (err) {
    yield transport.close(err);
    throw err;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 6,
          column: 11,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
export function* connect(transport) {
  try {
    yield transport.connect();
  } catch (err) {
    try {
      yield transport.close(err);
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
    }
    throw err;
  }
}
`,
            },
          ],
        },
      ],
      ...javascript,
    },
    // A synchronous method of this file that does more than guards and assignments; destroy() on receivers not named
    // as streams or sockets; stop() on a MediaRecorder (it throws when inactive). The async field function is no step.
    {
      code: `
class Uploader {
  stop = async () => {
    this.queue.length = 0;
  };
  teardown = () => {
    this.flushSync();
  };
  async upload(file: string, dest: Writable, tcpConnection?: Socket) {
    try {
      await this.send(file);
    } catch (err) {
      this.stop();
      this.teardown();
      dest.destroy();
      tcpConnection?.destroy();
      this.recorder?.stop();
      throw err;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 14,
          column: 7,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
class Uploader {
  stop = async () => {
    this.queue.length = 0;
  };
  teardown = () => {
    this.flushSync();
  };
  async upload(file: string, dest: Writable, tcpConnection?: Socket) {
    try {
      await this.send(file);
    } catch (err) {
      this.stop();
      try {
        this.teardown();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
      }
      dest.destroy();
      tcpConnection?.destroy();
      this.recorder?.stop();
      throw err;
    }
  }
}
`,
            },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 15,
          column: 7,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
class Uploader {
  stop = async () => {
    this.queue.length = 0;
  };
  teardown = () => {
    this.flushSync();
  };
  async upload(file: string, dest: Writable, tcpConnection?: Socket) {
    try {
      await this.send(file);
    } catch (err) {
      this.stop();
      this.teardown();
      try {
        dest.destroy();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
      }
      tcpConnection?.destroy();
      this.recorder?.stop();
      throw err;
    }
  }
}
`,
            },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 16,
          column: 7,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
class Uploader {
  stop = async () => {
    this.queue.length = 0;
  };
  teardown = () => {
    this.flushSync();
  };
  async upload(file: string, dest: Writable, tcpConnection?: Socket) {
    try {
      await this.send(file);
    } catch (err) {
      this.stop();
      this.teardown();
      dest.destroy();
      try {
        tcpConnection?.destroy();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
      }
      this.recorder?.stop();
      throw err;
    }
  }
}
`,
            },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 17,
          column: 7,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
class Uploader {
  stop = async () => {
    this.queue.length = 0;
  };
  teardown = () => {
    this.flushSync();
  };
  async upload(file: string, dest: Writable, tcpConnection?: Socket) {
    try {
      await this.send(file);
    } catch (err) {
      this.stop();
      this.teardown();
      dest.destroy();
      tcpConnection?.destroy();
      try {
        this.recorder?.stop();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
      }
      throw err;
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // Promise.all over promises without a rejection handler rejects with the first failure.
    {
      code: `
async function closeAll(connections: Connection[]) {
  try {
    await flushAll(connections);
  } catch (e) {
    await Promise.all(connections.map((c) => c.close()));
    throw e;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
async function closeAll(connections: Connection[]) {
  try {
    await flushAll(connections);
  } catch (e) {
    try {
      await Promise.all(connections.map((c) => c.close()));
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e;
  }
}
`,
            },
          ],
        },
      ],
    },
    // Unbraced bodies of if/else become blocks laid out on their own lines (tabs and no semicolons kept).
    {
      code: `
async function end(tx, pool) {
	try {
		await tx.commit()
	} catch (e) {
		if (tx.active) await tx.rollback()
		else await pool.release(tx)
		throw e
	}
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 6,
          column: 18,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
async function end(tx, pool) {
	try {
		await tx.commit()
	} catch (e) {
		if (tx.active) {
			try {
				await tx.rollback()
			} catch (cleanupError) {
				console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
			}
		}
		else await pool.release(tx)
		throw e
	}
}
`,
            },
          ],
        },
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 8,
          suggestions: [
            {
              messageId: 'wrapCleanup',
              output: `
async function end(tx, pool) {
	try {
		await tx.commit()
	} catch (e) {
		if (tx.active) await tx.rollback()
		else {
			try {
				await pool.release(tx)
			} catch (cleanupError) {
				console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
			}
		}
		throw e
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
      // CommonJS (.cjs): the `withCleanup` import is a `require`, after the directive prologue.
      code: `
'use strict';

async function writeAll(path, chunks) {
  const handle = await open(path, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

module.exports = { writeAll };
`,
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 9,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
'use strict';

async function writeAll(path, chunks) {
  const handle = await open(path, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    try {
      await handle.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}

module.exports = { writeAll };
` },
            { messageId: 'useWithCleanup', output: `
'use strict';
const { withCleanup } = require('concurrency-runtime');

async function writeAll(path, chunks) {
  const handle = await open(path, 'w');
  await withCleanup(async () => {
    for (const chunk of chunks) await handle.write(chunk);
  }, async () => {
    await handle.close();
  });
}

module.exports = { writeAll };
` },
          ],
        },
      ],
    },
    {
      // CommonJS: `withCleanup` joins an existing destructuring `require` of the runtime.
      code: `
const fs = require('node:fs');
const { lazy } = require('concurrency-runtime');

async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    await queue.stop();
  }
}

module.exports = { drain, fs, lazy };
`,
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 9,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
const fs = require('node:fs');
const { lazy } = require('concurrency-runtime');

async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    try {
      await queue.stop();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}

module.exports = { drain, fs, lazy };
` },
            { messageId: 'useWithCleanup', output: `
const fs = require('node:fs');
const { lazy, withCleanup } = require('concurrency-runtime');

async function drain(queue) {
  await withCleanup(async () => {
    await queue.drain();
  }, async () => {
    await queue.stop();
  });
}

module.exports = { drain, fs, lazy };
` },
          ],
        },
      ],
    },
    {
      // CommonJS: the `require` goes after the last one before the code that uses it, not after a later one; the added line keeps the file's CRLF line breaks.
      code: `
const fs = require('node:fs');
const { lazy } = require('other-runtime');

async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    await queue.stop();
  }
}

const late = require('late');
module.exports = { drain, late };
`.replaceAll('\n', '\r\n'),
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 9,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: "\r\nconst fs = require('node:fs');\r\nconst { lazy } = require('other-runtime');\r\n\r\nasync function drain(queue) {\r\n  try {\r\n    await queue.drain();\r\n  } finally {\r\n    try {\n      await queue.stop();\n    } catch (cleanupError) {\n      console.error(`cleanup failed: ${cleanupError}`, cleanupError);\n    }\r\n  }\r\n}\r\n\r\nconst late = require('late');\r\nmodule.exports = { drain, late };\r\n" },
            { messageId: 'useWithCleanup', output: `
const fs = require('node:fs');
const { lazy } = require('other-runtime');
const { withCleanup } = require('concurrency-runtime');

async function drain(queue) {
  await withCleanup(async () => {
    await queue.drain();
  }, async () => {
    await queue.stop();
  });
}

const late = require('late');
module.exports = { drain, late };
`.replaceAll('\n', '\r\n') },
          ],
        },
      ],
    },
    {
      // A `.js` file that is CommonJS (parsed as a module): the helper already required under another name is reused.
      code: `
const { withCleanup: cleanupAfter } = require('concurrency-runtime');

async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    await queue.stop();
  }
}

module.exports = { drain };
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 8,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
const { withCleanup: cleanupAfter } = require('concurrency-runtime');

async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    try {
      await queue.stop();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}

module.exports = { drain };
` },
            { messageId: 'useWithCleanup', output: `
const { withCleanup: cleanupAfter } = require('concurrency-runtime');

async function drain(queue) {
  await cleanupAfter(async () => {
    await queue.drain();
  }, async () => {
    await queue.stop();
  });
}

module.exports = { drain };
` },
          ],
        },
      ],
    },
    {
      // CommonJS without a directive or a `require`: the `require` goes before the first statement.
      code: `
// Queue helpers.
async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    await queue.stop();
  }
}

module.exports = { drain };
`,
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 7,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
// Queue helpers.
async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    try {
      await queue.stop();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}

module.exports = { drain };
` },
            { messageId: 'useWithCleanup', output: `
// Queue helpers.
const { withCleanup } = require('concurrency-runtime');
async function drain(queue) {
  await withCleanup(async () => {
    await queue.drain();
  }, async () => {
    await queue.stop();
  });
}

module.exports = { drain };
` },
          ],
        },
      ],
    },
    {
      // CommonJS where `withCleanup` already names a function of the file: no helper suggestion.
      code: `
function withCleanup(work) {
  return work();
}

async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    await queue.stop();
  }
}

module.exports = { drain, withCleanup };
`,
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 10,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
function withCleanup(work) {
  return work();
}

async function drain(queue) {
  try {
    await queue.drain();
  } finally {
    try {
      await queue.stop();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}

module.exports = { drain, withCleanup };
` },
          ],
        },
      ],
    },
    {
      // TypeScript compiled to CommonJS (.cts): neither an `import` nor an untyped `require`; only the inline guard.
      code: `
async function drain(queue: Queue) {
  try {
    await queue.drain();
  } finally {
    await queue.stop();
  }
}

module.exports = { drain };
`,
      filename: 'file.cts',
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 6,
          column: 5,
          suggestions: [
            { messageId: 'wrapFinallyCleanup', output: `
async function drain(queue: Queue) {
  try {
    await queue.drain();
  } finally {
    try {
      await queue.stop();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
    }
  }
}

module.exports = { drain };
` },
          ],
        },
      ],
    },
    {
      // Look-alikes of the gated finally: a gate that other conditions can open (\`|| log.always\`, \`!done || !closed\`)
      // lets the step run while the caught error is on its way out.
      code: `
export function addLogging(connection, executeQuery, log) {
  connection.executeQuery = async (query) => {
    let caughtError;
    try {
      return await executeQuery.call(connection, query);
    } catch (error) {
      caughtError = error;
      await log.error(error, query);
      throw error;
    } finally {
      if (!caughtError || log.always) {
        await log.query(query);
      }
    }
  };
}
export async function copyRows(iterator, sink) {
  let done = false;
  let closed = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) { done = true; return; }
      await sink.write(next.value);
    }
  } catch (err) {
    closed = true;
    throw err;
  } finally {
    if (!done || !closed) {
      await iterator.return();
    }
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 13,
          column: 9,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export function addLogging(connection, executeQuery, log) {
  connection.executeQuery = async (query) => {
    let caughtError;
    try {
      return await executeQuery.call(connection, query);
    } catch (error) {
      caughtError = error;
      await log.error(error, query);
      throw error;
    } finally {
      if (!caughtError || log.always) {
        try {
          await log.query(query);
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
        }
      }
    }
  };
}
export async function copyRows(iterator, sink) {
  let done = false;
  let closed = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) { done = true; return; }
      await sink.write(next.value);
    }
  } catch (err) {
    closed = true;
    throw err;
  } finally {
    if (!done || !closed) {
      await iterator.return();
    }
  }
}
` }],
        },
        {
          messageId: 'awaitInFinally',
          line: 32,
          column: 7,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export function addLogging(connection, executeQuery, log) {
  connection.executeQuery = async (query) => {
    let caughtError;
    try {
      return await executeQuery.call(connection, query);
    } catch (error) {
      caughtError = error;
      await log.error(error, query);
      throw error;
    } finally {
      if (!caughtError || log.always) {
        await log.query(query);
      }
    }
  };
}
export async function copyRows(iterator, sink) {
  let done = false;
  let closed = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) { done = true; return; }
      await sink.write(next.value);
    }
  } catch (err) {
    closed = true;
    throw err;
  } finally {
    if (!done || !closed) {
      try {
        await iterator.return();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: the cleanup's \`finally\` calls on the spot what the valid case schedules, and that call can throw.
      code: `
class Client {
  async destroyRawConnection(connection) {
    try {
      await promisify((cb) => connection.end(cb))();
    } catch (err) {
      connection.__knex__disposed = err;
    } finally {
      connection.removeAllListeners();
    }
  }
  async cancelQuery(connectionToKill) {
    const conn = await this.acquireRawConnection();
    try {
      return await this.wrappedCancelQueryCall(conn, connectionToKill);
    } finally {
      await this.destroyRawConnection(conn);
    }
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 17,
          column: 7,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
class Client {
  async destroyRawConnection(connection) {
    try {
      await promisify((cb) => connection.end(cb))();
    } catch (err) {
      connection.__knex__disposed = err;
    } finally {
      connection.removeAllListeners();
    }
  }
  async cancelQuery(connectionToKill) {
    const conn = await this.acquireRawConnection();
    try {
      return await this.wrappedCancelQueryCall(conn, connectionToKill);
    } finally {
      try {
        await this.destroyRawConnection(conn);
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: the helper's helper awaits a report in its \`catch\`, which can throw.
      code: `
class RequestHandler {
  private async exhaustCleanups(cleanups: Array<() => Promise<void>>): Promise<void> {
    const errors: Error[] = [];
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error as Error);
        await this.report(error);
      }
    }
    if (errors.length > 0) {
      console.error('cleanups failed', new AggregateError(errors, 'cleanups failed'));
    }
  }
  private async runScheduledCleanups(): Promise<void> {
    const cleanups = this.scheduled;
    if (cleanups) {
      await this.exhaustCleanups(cleanups);
    }
  }
  async resolve(info: Info): Promise<Response> {
    try {
      return await this.resolver(info);
    } catch (error) {
      await this.runScheduledCleanups();
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'stepBeforeRethrow',
          line: 27,
          column: 7,
          suggestions: [{ messageId: 'wrapCleanup', output: `
class RequestHandler {
  private async exhaustCleanups(cleanups: Array<() => Promise<void>>): Promise<void> {
    const errors: Error[] = [];
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error as Error);
        await this.report(error);
      }
    }
    if (errors.length > 0) {
      console.error('cleanups failed', new AggregateError(errors, 'cleanups failed'));
    }
  }
  private async runScheduledCleanups(): Promise<void> {
    const cleanups = this.scheduled;
    if (cleanups) {
      await this.exhaustCleanups(cleanups);
    }
  }
  async resolve(info: Info): Promise<Response> {
    try {
      return await this.resolver(info);
    } catch (error) {
      try {
        await this.runScheduledCleanups();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: the waiter queue also takes a listener (`subscribe`), whose call can throw: the close is a cleanup that can fail.
      code: `
class Channel<T> {
  readonly #waiters: Array<{ resolve: (value: T | undefined) => void }> = [];
  receive(): Promise<T | undefined> {
    return new Promise((resolve) => this.#waiters.push({ resolve }));
  }
  subscribe(listener: (value: T | undefined) => void): void {
    this.#waiters.push({ resolve: listener });
  }
  close(): void {
    this.#waiters.shift()?.resolve(undefined);
  }
  async pump(source: AsyncIterable<T>): Promise<void> {
    try {
      for await (const item of source) this.#waiters.shift()?.resolve(item);
    } catch (error) {
      this.close();
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 17,
          column: 7,
          suggestions: [{ messageId: 'wrapCleanup', output: `
class Channel<T> {
  readonly #waiters: Array<{ resolve: (value: T | undefined) => void }> = [];
  receive(): Promise<T | undefined> {
    return new Promise((resolve) => this.#waiters.push({ resolve }));
  }
  subscribe(listener: (value: T | undefined) => void): void {
    this.#waiters.push({ resolve: listener });
  }
  close(): void {
    this.#waiters.shift()?.resolve(undefined);
  }
  async pump(source: AsyncIterable<T>): Promise<void> {
    try {
      for await (const item of source) this.#waiters.shift()?.resolve(item);
    } catch (error) {
      try {
        this.close();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: the semaphore queues the caller's own callback, not a promise's resolver: `item()` runs user code that can throw.
      code: `
export class Semaphore {
  constructor(limit) {
    this._queue = [];
    this._used = 0;
    this.limit = limit;
  }
  acquire(onGranted) {
    if (this._used < this.limit) {
      this._used += 1;
      return onGranted();
    }
    this._queue.push(onGranted);
  }
  release() {
    const item = this._queue.shift();
    if (item) item();
    else this._used -= 1;
  }
  use(fn) {
    return fn().catch((err) => {
      this.release();
      throw err;
    });
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 22,
          column: 7,
          suggestions: [{ messageId: 'wrapCleanup', output: `
export class Semaphore {
  constructor(limit) {
    this._queue = [];
    this._used = 0;
    this.limit = limit;
  }
  acquire(onGranted) {
    if (this._used < this.limit) {
      this._used += 1;
      return onGranted();
    }
    this._queue.push(onGranted);
  }
  release() {
    const item = this._queue.shift();
    if (item) item();
    else this._used -= 1;
  }
  use(fn) {
    return fn().catch((err) => {
      try {
        this.release();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${err})\`, cleanupError, err);
      }
      throw err;
    });
  }
}
` }],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: `dispose()` replaces the Map with `undefined`, so the helper's `get` can throw a TypeError.
      code: `
class RequestHandler {
  private scheduledCleanups: Map<string, Array<() => Promise<void>>> | undefined;
  constructor(private resolver: Resolver) {
    this.scheduledCleanups = new Map();
  }
  dispose(): void {
    this.scheduledCleanups = undefined;
  }
  private takeScheduledCleanups(requestId: string): Array<() => Promise<void>> | undefined {
    const cleanups = this.scheduledCleanups.get(requestId);
    if (!cleanups || cleanups.length === 0) return undefined;
    this.scheduledCleanups.delete(requestId);
    return cleanups;
  }
  private async runScheduledCleanups(requestId: string): Promise<void> {
    const cleanups = this.takeScheduledCleanups(requestId);
    if (cleanups) {
      await Promise.all(cleanups.map((cleanup) => cleanup().catch((error) => console.error('cleanup failed', error))));
    }
  }
  async resolve(info: Info): Promise<Response> {
    try {
      return await this.resolver(info);
    } catch (error) {
      await this.runScheduledCleanups(info.requestId);
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'stepBeforeRethrow',
          line: 26,
          column: 7,
          suggestions: [{ messageId: 'wrapCleanup', output: `
class RequestHandler {
  private scheduledCleanups: Map<string, Array<() => Promise<void>>> | undefined;
  constructor(private resolver: Resolver) {
    this.scheduledCleanups = new Map();
  }
  dispose(): void {
    this.scheduledCleanups = undefined;
  }
  private takeScheduledCleanups(requestId: string): Array<() => Promise<void>> | undefined {
    const cleanups = this.scheduledCleanups.get(requestId);
    if (!cleanups || cleanups.length === 0) return undefined;
    this.scheduledCleanups.delete(requestId);
    return cleanups;
  }
  private async runScheduledCleanups(requestId: string): Promise<void> {
    const cleanups = this.takeScheduledCleanups(requestId);
    if (cleanups) {
      await Promise.all(cleanups.map((cleanup) => cleanup().catch((error) => console.error('cleanup failed', error))));
    }
  }
  async resolve(info: Info): Promise<Response> {
    try {
      return await this.resolver(info);
    } catch (error) {
      try {
        await this.runScheduledCleanups(info.requestId);
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError} (original error: \${error})\`, cleanupError, error);
      }
      throw error;
    }
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: the success flag is set before a step that can still fail (`markRead`), so the close can run with that error on its way out.
      code: `
export async function fetchPage(cursor: Cursor, size: number): Promise<Row[]> {
  let rows: Row[] = [];
  let ok = false;
  try {
    rows = await cursor.read(size);
    ok = true;
    await cursor.markRead(rows.length);
  } finally {
    if (ok) await cursor.close();
  }
  return rows;
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 10,
          column: 13,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export async function fetchPage(cursor: Cursor, size: number): Promise<Row[]> {
  let rows: Row[] = [];
  let ok = false;
  try {
    rows = await cursor.read(size);
    ok = true;
    await cursor.markRead(rows.length);
  } finally {
    if (ok) {
      try {
        await cursor.close();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
  return rows;
}
` }],
        },
      ],
    },
    {
      // Look-alike: the flag gates the commit, but its `else` (the rollback) runs exactly when an error is on its way out.
      code: `
export async function transfer(db: Database, from: string, to: string, amount: number): Promise<void> {
  const tx = await db.begin();
  let committed = false;
  try {
    await tx.debit(from, amount);
    await tx.credit(to, amount);
    committed = true;
  } finally {
    if (committed) await tx.commit();
    else await tx.rollback();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 11,
          column: 10,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export async function transfer(db: Database, from: string, to: string, amount: number): Promise<void> {
  const tx = await db.begin();
  let committed = false;
  try {
    await tx.debit(from, amount);
    await tx.credit(to, amount);
    committed = true;
  } finally {
    if (committed) await tx.commit();
    else {
      try {
        await tx.rollback();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: the flag outlives one pass of the loop: set by an earlier batch, it lets the close run after a later batch failed.
      code: `
export async function drain(queue) {
  let done = false;
  for (const batch of queue.batches()) {
    try {
      await batch.process();
      done = true;
    } finally {
      if (done) await batch.close();
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 9,
          column: 17,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export async function drain(queue) {
  let done = false;
  for (const batch of queue.batches()) {
    try {
      await batch.process();
      done = true;
    } finally {
      if (done) {
        try {
          await batch.close();
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
        }
      }
    }
  }
}
` }],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: the pool's `close` is inherited from a class of another file, so whether it can throw is unknown.
      code: `
class ConnectionPool extends BasePool {
  open(): Connection {
    return this.create();
  }
}
export function openClient(path: string): Client {
  const pool = new ConnectionPool(path);
  const db = pool.open();
  try {
    db.exec('SELECT 1');
  } catch (e) {
    pool.close();
    throw e;
  }
  return new Client(pool);
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 13,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: `
class ConnectionPool extends BasePool {
  open(): Connection {
    return this.create();
  }
}
export function openClient(path: string): Client {
  const pool = new ConnectionPool(path);
  const db = pool.open();
  try {
    db.exec('SELECT 1');
  } catch (e) {
    try {
      pool.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e;
  }
  return new Client(pool);
}
` }],
        },
      ],
    },
    {
      // Look-alike: `onExhausted` queues the caller's callback as a `reject`, so rejecting the waiters can run user code that throws.
      code: `
class ConnectionPool {
  #idle = [];
  #waiters = [];
  acquire() {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }
  onExhausted(callback) {
    this.#waiters.push({ resolve() {}, reject: callback });
  }
  close() {
    this.#idle = [];
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      waiter.reject(new Error('The pool is closed'));
    }
  }
}
export async function openClient(path) {
  const pool = new ConnectionPool(path);
  try {
    await pool.acquire();
  } catch (e) {
    pool.close();
    throw e;
  }
  return pool;
}
`,
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 27,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: `
class ConnectionPool {
  #idle = [];
  #waiters = [];
  acquire() {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }
  onExhausted(callback) {
    this.#waiters.push({ resolve() {}, reject: callback });
  }
  close() {
    this.#idle = [];
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      waiter.reject(new Error('The pool is closed'));
    }
  }
}
export async function openClient(path) {
  const pool = new ConnectionPool(path);
  try {
    await pool.acquire();
  } catch (e) {
    try {
      pool.close();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e;
  }
  return pool;
}
` }],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: the computed flag is stored before a step that can still fail (`NOTIFY`), so the commit can run with that error on its way out.
      code: `
export async function initStatus(db: Database, status: Status): Promise<InitResult> {
  const client = await db.connect();
  let shouldCommit = false;
  try {
    await client.query('BEGIN');
    const result = await insertStatus(client, status);
    shouldCommit = result.isNew;
    await client.query('NOTIFY status');
    return result;
  } finally {
    if (shouldCommit) await client.query('COMMIT');
    client.release();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 12,
          column: 23,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export async function initStatus(db: Database, status: Status): Promise<InitResult> {
  const client = await db.connect();
  let shouldCommit = false;
  try {
    await client.query('BEGIN');
    const result = await insertStatus(client, status);
    shouldCommit = result.isNew;
    await client.query('NOTIFY status');
    return result;
  } finally {
    if (shouldCommit) {
      try {
        await client.query('COMMIT');
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
    client.release();
  }
}
` }],
        },
      ],
    },
    {
      // Look-alike: `read` releases the write lock it never acquired in that function; only `write`'s paired release is a lock release.
      code: `
export class ReadWriteLock {
  #readers = 0;
  #writers = 0;
  async #acquireWrite() {
    while (this.#readers > 0 || this.#writers > 0) await this.drained();
    this.#writers++;
  }
  async #releaseWrite() {
    const store = this.storage.getStore();
    this.#writers--;
    store.writers--;
    this.notify();
  }
  async write(task) {
    try {
      await this.#acquireWrite();
      return await task();
    } finally {
      await this.#releaseWrite();
    }
  }
  async read(task) {
    try {
      return await task();
    } finally {
      await this.#releaseWrite();
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 27,
          column: 7,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export class ReadWriteLock {
  #readers = 0;
  #writers = 0;
  async #acquireWrite() {
    while (this.#readers > 0 || this.#writers > 0) await this.drained();
    this.#writers++;
  }
  async #releaseWrite() {
    const store = this.storage.getStore();
    this.#writers--;
    store.writers--;
    this.notify();
  }
  async write(task) {
    try {
      await this.#acquireWrite();
      return await task();
    } finally {
      await this.#releaseWrite();
    }
  }
  async read(task) {
    try {
      return await task();
    } finally {
      try {
        await this.#releaseWrite();
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` }],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: the flag is declared outside the loop around the `try`: set by an earlier suite, it lets the report run after a later one failed.
      code: `
export async function runSuites(runner, suites) {
  let ok = false;
  await runner.setUp();
  for (const suite of suites) {
    try {
      await suite.run();
      ok = true;
    } finally {
      if (ok) await runner.report(suite);
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 10,
          column: 15,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export async function runSuites(runner, suites) {
  let ok = false;
  await runner.setUp();
  for (const suite of suites) {
    try {
      await suite.run();
      ok = true;
    } finally {
      if (ok) {
        try {
          await runner.report(suite);
        } catch (cleanupError) {
          console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
        }
      }
    }
  }
}
` }],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: the gate runs the step exactly when the caught error is set (`!== void 0`), with it on its way out.
      code: `
export async function tick(loop) {
  let tickError;
  try {
    await loop.step();
  } catch (e) {
    tickError = e;
    if (!(await loop.handle(tickError))) throw e;
  } finally {
    if (tickError !== void 0) await loop.report(tickError);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'awaitInFinally',
          line: 10,
          column: 31,
          suggestions: [{ messageId: 'wrapFinallyCleanup', output: `
export async function tick(loop) {
  let tickError;
  try {
    await loop.step();
  } catch (e) {
    tickError = e;
    if (!(await loop.handle(tickError))) throw e;
  } finally {
    if (tickError !== void 0) {
      try {
        await loop.report(tickError);
      } catch (cleanupError) {
        console.error(\`cleanup failed: \${cleanupError}\`, cleanupError);
      }
    }
  }
}
` }],
        },
      ],
      ...javascript,
    },
  ],
});
