import rule from '../../rules/no-mixed-error-zones.js';
import { javascript, ruleTester } from './rule-tester.js';

ruleTester.run('no-mixed-error-zones', rule, {
  valid: [
    // The callback runs after the `try`: the `catch` that destroys the body only sees failures to produce it.
    {
      code: `
export async function stream(client, opts, onBody) {
  let body;
  try {
    body = await client.open(opts);
  } catch (err) {
    body?.destroy(err);
    throw err;
  }
  onBody(body);
}
`,
      ...javascript,
    },
    // A rethrowing `catch` that only logs leaves the failure to the caller's zone.
    `
class Download {
  private body?: Readable;
  constructor(private readonly onResponse: (body: Readable) => void) {}

  async start(url: string): Promise<void> {
    try {
      this.body = await fetchStream(url);
      this.onResponse(this.body);
    } catch (error) {
      this.log.warn('download failed', error);
      throw error;
    }
  }
}
`,
    // The note's fix: extraction and delivery are separate zones.
    `
class MessageMonitor {
  constructor(private readonly callback?: (data: Extracted) => Promise<void>) {}
  async handleMessage(message: Message): Promise<void> {
    let data: Extracted;
    try {
      data = await extractData(message);
    } catch (error) {
      console.error('Data extraction failed', error);
      return;
    }
    if (!this.callback) return;
    try {
      await this.callback(data);
    } catch (error) {
      this.failures += 1;
    }
  }
}
`,
    // Not injected: methods of the class, emit, console, module functions, collections, callback managers.
    `
class Processor extends EventEmitter {
  onData?: (d: Data) => void;
  async run() {
    try {
      const data = await this.load();
      this.process(data);
      this.emit('data', data);
      console.log(data);
      deliver(data);
      this.handlers.set('last', data);
      this.listeners.push(data);
      this.addListener('data', data);
    } catch (error) {
      this.logger.error(error);
    }
  }
  process(data: Data) {}
}
`,
    // The callback called outside the try, or in a nested try/catch of its own.
    {
      code: `
class Monitor {
  constructor(callback) {
    this.callback = callback;
  }
  async outside() {
    const data = await this.extract();
    try {
      await this.callback(data);
    } catch (error) {
      this.failures++;
    }
  }
  async nested() {
    try {
      const data = await this.extract();
      try {
        await this.callback(data);
      } catch (error) {
        this.failures++;
      }
    } catch (error) {
      console.error('extraction failed', error);
    }
  }
}
`,
      ...javascript,
    },
    // A catch that always throws passes every failure on; try/finally handles nothing.
    `
class Monitor {
  constructor(private readonly callback: (data: Data) => Promise<void>) {}
  async rethrow() {
    try {
      const data = await this.extract();
      await this.callback(data);
    } catch (error) {
      throw error;
    }
  }
  async wrap() {
    try {
      const data = await this.extract();
      await this.callback(data);
    } catch (error) {
      log(error);
      if (error instanceof TypeError) throw error;
      else throw new ExtractionError('failed', { cause: error });
    }
  }
  async finallyOnly() {
    try {
      const data = await this.extract();
      await this.callback(data);
    } finally {
      this.busy = false;
    }
  }
}
`,
    // No data flow: the await produces nothing the callback gets, or the callback runs before it.
    `
class Monitor {
  constructor(private readonly callback: (data: Data) => void) {}
  async unrelated() {
    try {
      await this.ready;
      this.callback(this.lastValue);
    } catch (error) {
      log(error);
    }
  }
  async before() {
    try {
      this.callback(this.lastValue);
      const data = await this.extract();
      this.lastValue = data;
    } catch (error) {
      log(error);
    }
  }
  async task() {
    try {
      const data = await this.extract();
      this.callback(async () => { await flush(); });
    } catch (error) {
      log(error);
    }
  }
}
`,
    // A callback in a nested function runs later, outside the try.
    `
class Monitor {
  constructor(private readonly callback: (data: Data) => void) {}
  async later() {
    try {
      const data = await this.extract();
      setTimeout(() => this.callback(data), 0);
    } catch (error) {
      log(error);
    }
  }
}
`,
    // The extraction already has a zone of its own inside the outer try.
    `
class Monitor {
  constructor(private readonly callback: (data: Data) => void) {}
  async run() {
    try {
      let data;
      try {
        data = await this.read();
      } catch {
        return;
      }
      this.callback(data);
    } catch (error) {
      this.log(error);
    }
  }
}
`,
    // Results that are used are part of producing the data, not a delivery.
    {
      code: `
async function transform(url, handler) {
  try {
    const text = await get(url);
    return handler(text);
  } catch {
    return null;
  }
}
async function map(url, handler) {
  try {
    const text = await get(url);
    const value = handler(text);
    return value;
  } catch {
    return null;
  }
}
`,
      ...javascript,
    },
    // A promise's settle functions never throw; a middleware's next runs the rest of the pipeline.
    {
      code: `
function wrap(load) {
  return new Promise(async (res, rej) => {
    try {
      const value = await load();
      res(value);
    } catch (error) {
      rej(error);
    }
  });
}
async function settle(load, resolve, reject) {
  try {
    const value = await load();
    resolve(value);
  } catch (error) {
    reject(error);
  }
}
app.use(async (req, res, next) => {
  try {
    const user = await authenticate(req);
    next(user);
  } catch (error) {
    next(error);
  }
});
`,
      ...javascript,
    },
    // Parameters called but not named or typed like a callback, and methods of parameters that hold no callbacks.
    {
      code: `
const fetchUser = (id) => async (dispatch) => {
  try {
    const user = await api.get(id);
    dispatch(userLoaded(user));
  } catch (error) {
    dispatch(userFailed(error));
  }
};
async function retry(op) {
  try {
    const token = await auth();
    await op(token);
  } catch {
    return false;
  }
}
async function write(request, signal, abort) {
  try {
    const buffer = await body.arrayBuffer();
    request.onBodySent(buffer);
    signal.addEventListener('abort', buffer);
  } catch (err) {
    abort(err);
  }
}
`,
      ...javascript,
    },
    // Members the class defines or fills with its own code; a subclass's undeclared member may be inherited.
    `
class Own {
  private onEvent = (data: Data) => {
    this.seen.push(data);
  };
  private onChange: (d: Data) => void;
  constructor() {
    this.onChange = this.handleChange.bind(this);
  }
  onMessage(data: Data) {}
  async run() {
    try {
      const data = await this.read();
      this.onMessage(data);
      this.onEvent(data);
      this.onChange(data);
    } catch (error) {
      this.log(error);
    }
  }
}
class Derived extends Base {
  async run() {
    try {
      const data = await this.read();
      this.onData(data);
    } catch (error) {
      this.log(error);
    }
  }
}
`,
    // \`this\` of an object literal: no class to tell a callback from a method.
    {
      code: `
const monitor = {
  onData: null,
  async run() {
    try {
      const data = await read();
      this.onData(data);
    } catch {}
  },
};
`,
      ...javascript,
    },
    // A holder the class creates itself: `this.handler.onMessage` is that object's method.
    `
class MessageHandler {
  onMessage(text: string): void {}
}
class Session {
  private readonly handler = new MessageHandler();
  async read(socket: Socket): Promise<void> {
    try {
      const text = await socket.read();
      this.handler.onMessage(text);
    } catch (error) {
      console.error(error);
    }
  }
}
`,
    // A static function-typed member the class fills through its own name.
    `
class Telemetry {
  static flushHook: (count: number) => void;
  static {
    Telemetry.flushHook = (count) => console.log(count);
  }
  static async flush(): Promise<void> {
    try {
      const count = await send();
      this.flushHook(count);
    } catch (error) {
      console.error(error);
    }
  }
}
`,
    // Prototype methods: a method the prototype defines, a member the constructor binds, Object.assign methods,
    // and the `this` of a lower-case function (no constructor).
    {
      code: `
function Client(options) {
  this.options = options;
  this.onReady = this.handleReady.bind(this);
}
Client.prototype.handleReady = function (info) {};
Client.prototype.onConnect = function (info) {};
Client.prototype.connect = async function () {
  try {
    const info = await this.options.transport.open();
    this.onConnect(info);
    this.onReady(info);
  } catch (error) {
    this.retries++;
  }
};
function Queue(handler) {
  this.handler = handler;
}
Object.assign(Queue.prototype, {
  onDrain() {},
  async drain() {
    try {
      const rest = await this.take();
      this.onDrain(rest);
    } catch (error) {
      this.fail(error);
    }
  },
});
function helper() {
  (async () => {
    try {
      const value = await this.load();
      this.callback(value);
    } catch {}
  })();
}
`,
      ...javascript,
    },
    // Locals: reassigned, read from a method, looked up in a map that is no callback registry.
    `
class Dispatcher {
  private readonly routes = new Map<string, (body: string) => void>();
  constructor(private readonly onError: (e: unknown) => void) {}
  async one(queue: Queue): Promise<void> {
    let report = this.onError;
    report = (e) => console.error(e);
    try {
      const message = await queue.take();
      report(message.body);
    } catch (error) {
      console.error(error);
    }
  }
  async two(queue: Queue): Promise<void> {
    const format = this.format;
    try {
      const message = await queue.take();
      format(message.body);
      const route = this.routes.get(message.type);
      route?.(message.body);
    } catch (error) {
      console.error(error);
    }
  }
  format(body: string): void {}
}
`,
    // \`.call\` and \`.apply\` of built-ins, and of a parameter not named like a callback.
    {
      code: `
async function collect(stream, fn) {
  try {
    const chunks = await stream.toArray();
    Array.prototype.push.apply(buffer, chunks);
    Object.prototype.hasOwnProperty.call(chunks, 'length');
    fn.call(null, chunks);
  } catch (error) {
    console.error(error);
  }
}
`,
      ...javascript,
    },
    // Returned calls that compute a result: not node-style (\`null\` first), not \`void\`.
    {
      code: `
async function memo(key, loader, callback) {
  try {
    const hit = await cache.get(key);
    if (hit) return callback(hit);
    return callback(await loader(key));
  } catch (error) {
    return callback(undefined);
  }
}
`,
      ...javascript,
    },
    // A destructured parameter whose annotation does not type it as a function.
    `
async function runJob({ execute, report }: { execute(): Promise<number>; report: Reporter }) {
  try {
    const progress = await execute();
    report(progress);
  } catch (error) {
    console.error(error);
  }
}
`,
  ],
  invalid: [
    {
      // A rethrowing `catch` that destroys the body the callback was just handed: a callback failure aborts the callback's own stream.
      code: `
export async function stream(client, opts, onBody) {
  let body;
  try {
    body = await client.open(opts);
    onBody(body);
  } catch (err) {
    body?.destroy(err); // also when onBody threw
    throw err;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'abortsHandedData',
          line: 6,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // The same with a member, a constructor-parameter callback, `?.` and a type assertion in the `catch`.
      code: `
class Download {
  private body?: Readable;
  constructor(private readonly onResponse: (body: Readable) => void) {}

  async start(url: string): Promise<void> {
    try {
      this.body = await fetchStream(url);
      this.onResponse(this.body);
    } catch (error) {
      this.body?.destroy(error as Error);
      throw error;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'abortsHandedData',
          line: 9,
          column: 7,
          suggestions: [],
        },
      ],
    },
    // The design note's DON'T: a constructor parameter property called in the extraction's try.
    {
      code: `
class MessageMonitor {
  constructor(private readonly callback?: (data: Extracted) => Promise<void>) {}

  async handleMessage(message: Message): Promise<void> {
    try {
      const data = await extractData(message);
      await this.callback?.(data);
    } catch (error) {
      console.error('Message handling failed', error);
    }
  }
}
`,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.callback' },
          line: 8,
          column: 13,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class MessageMonitor {
  constructor(private readonly callback?: (data: Extracted) => Promise<void>) {}

  async handleMessage(message: Message): Promise<void> {
    let data;
    try {
      data = await extractData(message);
    } catch (error) {
      console.error('Message handling failed', error);
      return;
    }
    try {
      await this.callback?.(data);
    } catch (error) {
      console.error('Message handling failed', error);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // A field typed as a function; comments stay, the type annotation moves to the hoisted let.
    {
      code: `
class Feed {
  onMessage?: (message: Message) => void;

  async poll(): Promise<void> {
    try {
      // Fetch the next message.
      const message: Message = await this.client.next(); // one round trip
      /* deliver it */
      this.onMessage?.(message);
    } catch {
      this.failures += 1;
    }
  }
}
`,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.onMessage' },
          line: 10,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Feed {
  onMessage?: (message: Message) => void;

  async poll(): Promise<void> {
    let message: Message;
    try {
      // Fetch the next message.
      message = await this.client.next(); // one round trip
    } catch {
      this.failures += 1;
      return;
    }
    try {
      /* deliver it */
      this.onMessage?.(message);
    } catch {
      this.failures += 1;
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // A callback parameter; only the declaration the delivery reads is hoisted.
    {
      code: `
export async function poll(url, handler) {
  try {
    const response = await fetch(url);
    const body = await response.json();
    handler(body);
  } catch (error) {
    console.error(error);
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'handler' },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
export async function poll(url, handler) {
  let body;
  try {
    const response = await fetch(url);
    body = await response.json();
  } catch (error) {
    console.error(error);
    return;
  }
  try {
    handler(body);
  } catch (error) {
    console.error(error);
  }
}
`,
            },
          ],
        },
      ],
    },
    // this.options.onX stored from the constructor; at the end of a loop body the split continues.
    {
      code: `
class Stream {
  constructor(options) {
    this.options = options;
  }
  async pump() {
    while (this.open) {
      try {
        const chunk = await this.source.read();
        await this.options.onData(chunk);
      } catch (error) {
        this.logger.warn(error);
      }
    }
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.options.onData' },
          line: 10,
          column: 15,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Stream {
  constructor(options) {
    this.options = options;
  }
  async pump() {
    while (this.open) {
      let chunk;
      try {
        chunk = await this.source.read();
      } catch (error) {
        this.logger.warn(error);
        continue;
      }
      try {
        await this.options.onData(chunk);
      } catch (error) {
        this.logger.warn(error);
      }
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // Data derived from the awaited value; a catch that always returns needs no jump added.
    {
      code: `
class Watcher<E> {
  constructor(private readonly onEvent: (event: E) => void) {}

  async next(): Promise<E | null> {
    try {
      const raw = await this.read();
      const event = parse(raw) as E;
      this.onEvent(event);
      return event;
    } catch (error) {
      return null;
    }
  }
}
`,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.onEvent' },
          line: 9,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Watcher<E> {
  constructor(private readonly onEvent: (event: E) => void) {}

  async next(): Promise<E | null> {
    let event;
    try {
      const raw = await this.read();
      event = parse(raw) as E;
    } catch (error) {
      return null;
    }
    try {
      this.onEvent(event);
      return event;
    } catch (error) {
      return null;
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // #private member stored from a constructor parameter; a catch that returns on one path and throws on the other.
    {
      code: `
class Channel {
  #onMessage;
  constructor(onMessage) {
    this.#onMessage = onMessage;
  }
  async receive() {
    try {
      const frame = await this.socket.read();
      this.#onMessage(frame.payload);
    } catch (error) {
      if (error.code === 'EPIPE') return;
      throw error;
    }
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.#onMessage' },
          line: 10,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Channel {
  #onMessage;
  constructor(onMessage) {
    this.#onMessage = onMessage;
  }
  async receive() {
    let frame;
    try {
      frame = await this.socket.read();
    } catch (error) {
      if (error.code === 'EPIPE') return;
      throw error;
    }
    try {
      this.#onMessage(frame.payload);
    } catch (error) {
      if (error.code === 'EPIPE') return;
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
    // A node-style callback of an outer function: it runs twice when it throws.
    {
      code: `
function getUser(id, callback) {
  (async () => {
    try {
      const user = await db.users.find(id);
      callback(null, user);
    } catch (error) {
      callback(error);
    }
  })();
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'callback' },
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
function getUser(id, callback) {
  (async () => {
    let user;
    try {
      user = await db.users.find(id);
    } catch (error) {
      callback(error);
      return;
    }
    try {
      callback(null, user);
    } catch (error) {
      callback(error);
    }
  })();
}
`,
            },
          ],
        },
      ],
    },
    // The data is produced in the callback's own statement: nothing to split.
    {
      code: `
class Reader {
  constructor(private readonly onChunk: (chunk: Buffer) => void) {}
  async read(stream: AsyncIterable<Buffer>) {
    try {
      for await (const chunk of stream) {
        this.onChunk(chunk);
      }
    } catch (error) {
      this.log(error);
    }
  }
}
`,
      errors: [{ messageId: 'mixedZones', data: { callback: 'this.onChunk' }, line: 7, column: 9, suggestions: [] }],
    },
    {
      code: `
async function load(key, cb) {
  try {
    cb(await storage.get(key));
  } catch (error) {
    cb(null);
  }
}
`,
      ...javascript,
      errors: [{ messageId: 'mixedZones', data: { callback: 'cb' }, line: 4, column: 5, suggestions: [] }],
    },
    // Statements follow the try and its catch can finish normally: a split would change what runs.
    {
      code: `
async function load(key, onLoad) {
  try {
    const value = await storage.get(key);
    onLoad(value);
  } catch (error) {
    console.warn(error);
  }
  console.log('done');
}
`,
      ...javascript,
      errors: [{ messageId: 'mixedZones', data: { callback: 'onLoad' }, line: 5, column: 5, suggestions: [] }],
    },
    // Statements follow, but the catch always leaves: the split needs no jump.
    {
      code: `
async function fetchJson(url: string, onResult: (value: unknown) => void): Promise<boolean> {
  try {
    const value = await get(url);
    onResult(value);
  } catch (error) {
    return false;
  }
  return true;
}
`,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'onResult' },
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
async function fetchJson(url: string, onResult: (value: unknown) => void): Promise<boolean> {
  let value;
  try {
    value = await get(url);
  } catch (error) {
    return false;
  }
  try {
    onResult(value);
  } catch (error) {
    return false;
  }
  return true;
}
`,
            },
          ],
        },
      ],
    },
    // A parameter typed as a function, whatever its name; the options object of a parameter.
    {
      code: `
async function drain(ids: string[], deliver: (item: Item) => void, options: { onItem(item: Item): void }) {
  for (const id of ids) {
    try {
      const item = await fetchItem(id);
      deliver(item);
    } catch (error) {
      console.warn('skipped', id, error);
    }
    try {
      const item = await fetchItem(id);
      options.onItem(item);
    } catch (error) {
      console.warn('skipped', id, error);
    }
  }
}
`,
      errors: [
        { messageId: 'mixedZones', data: { callback: 'deliver' }, line: 6, column: 7, suggestions: [] },
        {
          messageId: 'mixedZones',
          data: { callback: 'options.onItem' },
          line: 12,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
async function drain(ids: string[], deliver: (item: Item) => void, options: { onItem(item: Item): void }) {
  for (const id of ids) {
    try {
      const item = await fetchItem(id);
      deliver(item);
    } catch (error) {
      console.warn('skipped', id, error);
    }
    let item;
    try {
      item = await fetchItem(id);
    } catch (error) {
      console.warn('skipped', id, error);
      continue;
    }
    try {
      options.onItem(item);
    } catch (error) {
      console.warn('skipped', id, error);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // `cb && cb(x)`; a finally would have to run once for both zones: no suggestion.
    {
      code: `
async function relay(source, callback) {
  try {
    const data = await source.read();
    callback && callback(data);
  } catch (error) {
    console.error(error);
  } finally {
    source.release();
  }
}
`,
      ...javascript,
      errors: [{ messageId: 'mixedZones', data: { callback: 'callback' }, line: 5, column: 17, suggestions: [] }],
    },
    // A handler looked up in this.handlers, called in a nested try without catch (still the outer zone).
    {
      code: `
class Bus {
  constructor() {
    this.handlers = {};
  }
  async dispatch(type) {
    try {
      const payload = await this.queue.take(type);
      try {
        this.handlers[type](payload);
      } finally {
        this.queue.ack(type);
      }
    } catch (error) {
      if (error.retry) return;
      throw error;
    }
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.handlers[type]' },
          line: 10,
          column: 9,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Bus {
  constructor() {
    this.handlers = {};
  }
  async dispatch(type) {
    let payload;
    try {
      payload = await this.queue.take(type);
    } catch (error) {
      if (error.retry) return;
      throw error;
    }
    try {
      try {
        this.handlers[type](payload);
      } finally {
        this.queue.ack(type);
      }
    } catch (error) {
      if (error.retry) return;
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
    // A callback destructured from the options; `void cb(x)`.
    {
      code: `
export async function sync(options) {
  const { onProgress } = options;
  try {
    const state = await fetchState();
    void onProgress(state.percent);
  } catch (error) {
    report(error);
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'onProgress' },
          line: 6,
          column: 10,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
export async function sync(options) {
  const { onProgress } = options;
  let state;
  try {
    state = await fetchState();
  } catch (error) {
    report(error);
    return;
  }
  try {
    void onProgress(state.percent);
  } catch (error) {
    report(error);
  }
}
`,
            },
          ],
        },
      ],
    },
    // this.props.onX of a React class component.
    {
      code: `
class Form extends React.Component {
  async save() {
    try {
      const saved = await api.save(this.state.values);
      this.props.onSaved(saved);
    } catch (error) {
      this.setState({ error });
    }
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.props.onSaved' },
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Form extends React.Component {
  async save() {
    let saved;
    try {
      saved = await api.save(this.state.values);
    } catch (error) {
      this.setState({ error });
      return;
    }
    try {
      this.props.onSaved(saved);
    } catch (error) {
      this.setState({ error });
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // Hoisting would clash with a name the catch uses.
    {
      code: `
async function run(source, callback) {
  try {
    const data = await source.read();
    callback(data);
  } catch (error) {
    console.error(error, data);
  }
}
`,
      ...javascript,
      errors: [{ messageId: 'mixedZones', data: { callback: 'callback' }, line: 5, column: 5, suggestions: [] }],
    },
    // The try is the unbraced body of an if: two statements cannot take its place.
    {
      code: `
async function run(source, callback, verbose) {
  if (verbose)
    try {
      const data = await source.read();
      callback(data);
    } catch (error) {
      console.error(error);
    }
}
`,
      ...javascript,
      errors: [{ messageId: 'mixedZones', data: { callback: 'callback' }, line: 6, column: 7, suggestions: [] }],
    },
    // A destructuring declaration does not hoist mechanically.
    {
      code: `
async function run(source, callback) {
  try {
    const { data } = await source.read();
    callback(data);
  } catch (error) {
    console.error(error);
  }
}
`,
      ...javascript,
      errors: [{ messageId: 'mixedZones', data: { callback: 'callback' }, line: 5, column: 5, suggestions: [] }],
    },
    // On one line; an empty catch still handles (it swallows).
    {
      code: `
async function run(source, callback) {
  try { const data = await source.read(); callback(data); } catch { }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'callback' },
          line: 3,
          column: 43,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
async function run(source, callback) {
  let data;
  try { data = await source.read(); } catch { return; }
  try { callback(data); } catch { }
}
`,
            },
          ],
        },
      ],
    },
    // A member of this written from an await (as in matrix-js-sdk's PollingCachedValue).
    {
      code: `
class PollingCachedValue<T> {
  constructor(private readonly opts: { onValueCached?: (value: T) => void }) {}
  async doFetch(): Promise<void> {
    try {
      this.cached = await this.fetchPromise;
      this.opts.onValueCached?.(this.cached);
    } catch (error) {
      this.logger.debug('fetch failed', error);
      if (this.isStopped) return;
      throw error;
    }
  }
}
`,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.opts.onValueCached' },
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class PollingCachedValue<T> {
  constructor(private readonly opts: { onValueCached?: (value: T) => void }) {}
  async doFetch(): Promise<void> {
    try {
      this.cached = await this.fetchPromise;
    } catch (error) {
      this.logger.debug('fetch failed', error);
      if (this.isStopped) return;
      throw error;
    }
    try {
      this.opts.onValueCached?.(this.cached);
    } catch (error) {
      this.logger.debug('fetch failed', error);
      if (this.isStopped) return;
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
    // Nested in an if branch; several declarators, a let, statements after the callback join the delivery.
    {
      code: `
async function run(source, callback) {
  if (source.ready) {
    try {
      const a = await source.read(), b = 2;
      let c = a + b;
      callback(c, b);
      source.close();
    } catch (error) {
      console.error(error);
    }
  } else {
    source.open();
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'callback' },
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
async function run(source, callback) {
  if (source.ready) {
    let a, b;
    let c;
    try {
      a = await source.read(), b = 2;
      c = a + b;
    } catch (error) {
      console.error(error);
      return;
    }
    try {
      callback(c, b);
      source.close();
    } catch (error) {
      console.error(error);
    }
  } else {
    source.open();
  }
}
`,
            },
          ],
        },
      ],
    },
    // A comment between \`try\` and its block has no place in a split; a type assertion around the callee.
    {
      code: `
class Relay {
  constructor(private readonly callback: unknown) {}
  async run(): Promise<void> {
    try /* one zone */ {
      const data = await this.read();
      (this.callback as (data: Data) => void)(data);
    } catch (error) {
      this.log(error);
    }
  }
}
`,
      errors: [{ messageId: 'mixedZones', data: { callback: 'this.callback' }, line: 7, column: 7, suggestions: [] }],
    },
    // A catch that ends in \`continue\` always leaves, so statements may follow; a \`var\` needs no hoisting.
    {
      code: `
async function drain(queue, handler) {
  while (queue.open) {
    try {
      var job = await queue.take();
      handler(job);
    } catch (error) {
      queue.retry(error);
      continue;
    }
    queue.ack();
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'handler' },
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
async function drain(queue, handler) {
  while (queue.open) {
    try {
      var job = await queue.take();
    } catch (error) {
      queue.retry(error);
      continue;
    }
    try {
      handler(job);
    } catch (error) {
      queue.retry(error);
      continue;
    }
    queue.ack();
  }
}
`,
            },
          ],
        },
      ],
    },
    // A member named like a callback that the class neither defines nor fills (assigned from outside).
    {
      code: `
class Socket {
  onmessage = null;
  async receive() {
    try {
      const event = await this.next();
      this.onmessage(event);
    } catch (error) {
      this.close(error);
    }
    this.receiving = false;
  }
}
`,
      ...javascript,
      errors: [{ messageId: 'mixedZones', data: { callback: 'this.onmessage' }, line: 7, column: 7, suggestions: [] }],
    },
    // A node-style callback returned from (passport-local's verify): `return done(null, user)` delivers, it computes nothing.
    {
      code: `
import { Strategy } from 'passport-local';
export const strategy = new Strategy(async (username, password, done) => {
  try {
    const user = await User.findOne({ username });
    if (!user) return done(null, false);
    return done(null, user);
  } catch (err) {
    return done(err);
  }
});
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'done' },
          line: 7,
          column: 12,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
import { Strategy } from 'passport-local';
export const strategy = new Strategy(async (username, password, done) => {
  let user;
  try {
    user = await User.findOne({ username });
    if (!user) return done(null, false);
  } catch (err) {
    return done(err);
  }
  try {
    return done(null, user);
  } catch (err) {
    return done(err);
  }
});
`,
            },
          ],
        },
      ],
    },
    // `return void cb(x)` delivers too.
    {
      code: `
async function lookup(id: string, onName: (n: string) => void): Promise<void> {
  try {
    const name = await resolveName(id);
    return void onName(name);
  } catch {
    return undefined;
  }
}
`,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'onName' },
          line: 5,
          column: 17,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
async function lookup(id: string, onName: (n: string) => void): Promise<void> {
  let name;
  try {
    name = await resolveName(id);
  } catch {
    return undefined;
  }
  try {
    return void onName(name);
  } catch {
    return undefined;
  }
}
`,
            },
          ],
        },
      ],
    },
    // Prototype methods of a constructor function (assignment and object-literal prototype); `.call` names the callback.
    {
      code: `
function Poller(client, callback) {
  this.client = client;
  this.callback = callback;
}
Poller.prototype.poll = async function () {
  try {
    const reply = await this.client.get('jobs');
    this.callback.call(this, null, reply);
  } catch (err) {
    this.callback(err);
  }
};
Poller.prototype = {
  async next() {
    try {
      const job = await this.client.take();
      this.callback(null, job);
    } catch (err) {
      this.callback(err);
    }
  },
};
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.callback' },
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
function Poller(client, callback) {
  this.client = client;
  this.callback = callback;
}
Poller.prototype.poll = async function () {
  let reply;
  try {
    reply = await this.client.get('jobs');
  } catch (err) {
    this.callback(err);
    return;
  }
  try {
    this.callback.call(this, null, reply);
  } catch (err) {
    this.callback(err);
  }
};
Poller.prototype = {
  async next() {
    try {
      const job = await this.client.take();
      this.callback(null, job);
    } catch (err) {
      this.callback(err);
    }
  },
};
`,
            },
          ],
        },
        {
          messageId: 'mixedZones',
          data: { callback: 'this.callback' },
          line: 18,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
function Poller(client, callback) {
  this.client = client;
  this.callback = callback;
}
Poller.prototype.poll = async function () {
  try {
    const reply = await this.client.get('jobs');
    this.callback.call(this, null, reply);
  } catch (err) {
    this.callback(err);
  }
};
Poller.prototype = {
  async next() {
    let job;
    try {
      job = await this.client.take();
    } catch (err) {
      this.callback(err);
      return;
    }
    try {
      this.callback(null, job);
    } catch (err) {
      this.callback(err);
    }
  },
};
`,
            },
          ],
        },
      ],
    },
    // A method the constructor function creates as an arrow: `this` is the instance.
    {
      code: `
export function Subscriber(client, onMessage) {
  this.onMessage = onMessage;
  this.listen = async () => {
    try {
      const message = await client.next();
      this.onMessage(message);
    } catch (error) {
      console.error(error);
    }
  };
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.onMessage' },
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
export function Subscriber(client, onMessage) {
  this.onMessage = onMessage;
  this.listen = async () => {
    let message;
    try {
      message = await client.next();
    } catch (error) {
      console.error(error);
      return;
    }
    try {
      this.onMessage(message);
    } catch (error) {
      console.error(error);
    }
  };
}
`,
            },
          ],
        },
      ],
    },
    // Locals that never change, read from `this` (`const { onEvent } = this`) or from a registry of handlers.
    {
      code: `
class Bus {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.handlers = new Map();
  }
  async next(queue) {
    const { onEvent } = this;
    try {
      const event = await queue.take();
      onEvent(event);
    } catch (error) {
      console.error(error);
    }
  }
  async dispatch(queue) {
    try {
      const message = await queue.take();
      const handler = this.handlers.get(message.type);
      if (handler) handler(message.payload);
    } catch (error) {
      console.error(error);
    }
  }
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'onEvent' },
          line: 11,
          column: 7,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Bus {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.handlers = new Map();
  }
  async next(queue) {
    const { onEvent } = this;
    let event;
    try {
      event = await queue.take();
    } catch (error) {
      console.error(error);
      return;
    }
    try {
      onEvent(event);
    } catch (error) {
      console.error(error);
    }
  }
  async dispatch(queue) {
    try {
      const message = await queue.take();
      const handler = this.handlers.get(message.type);
      if (handler) handler(message.payload);
    } catch (error) {
      console.error(error);
    }
  }
}
`,
            },
          ],
        },
        {
          messageId: 'mixedZones',
          data: { callback: 'handler' },
          line: 20,
          column: 20,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
class Bus {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.handlers = new Map();
  }
  async next(queue) {
    const { onEvent } = this;
    try {
      const event = await queue.take();
      onEvent(event);
    } catch (error) {
      console.error(error);
    }
  }
  async dispatch(queue) {
    let message;
    let handler;
    try {
      message = await queue.take();
      handler = this.handlers.get(message.type);
    } catch (error) {
      console.error(error);
      return;
    }
    try {
      if (handler) handler(message.payload);
    } catch (error) {
      console.error(error);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    // A destructured parameter typed as a handler in the pattern's annotation (kafkajs's `eachMessage`).
    {
      code: `
type EachMessageHandler = (payload: { message: Buffer }) => Promise<void>;
export async function run({ eachMessage }: { eachMessage: EachMessageHandler }, consumer: Consumer): Promise<void> {
  try {
    const batch = await consumer.fetch();
    for (const message of batch.messages) await eachMessage({ message });
  } catch (error) {
    consumer.logger.error('fetch failed', { error });
  }
}
`,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'eachMessage' },
          line: 6,
          column: 49,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
type EachMessageHandler = (payload: { message: Buffer }) => Promise<void>;
export async function run({ eachMessage }: { eachMessage: EachMessageHandler }, consumer: Consumer): Promise<void> {
  let batch;
  try {
    batch = await consumer.fetch();
  } catch (error) {
    consumer.logger.error('fetch failed', { error });
    return;
  }
  try {
    for (const message of batch.messages) await eachMessage({ message });
  } catch (error) {
    consumer.logger.error('fetch failed', { error });
  }
}
`,
            },
          ],
        },
      ],
    },
    // `await using` in the extraction: splitting would dispose the connection before the callback runs, so no suggestion.
    {
      code: `
declare const pool: { connect(): Promise<AsyncDisposable & { query(sql: string): Promise<unknown[]> }> };
export async function report(onRows: (rows: unknown[]) => void) {
  try {
    await using conn = await pool.connect();
    const rows = await conn.query('select 1');
    onRows(rows);
  } catch (error) {
    console.error(error);
  }
}
`,
      errors: [
        { messageId: 'mixedZones', data: { callback: 'onRows' }, line: 7, column: 5, suggestions: [] },
      ],
    },
    // Tabs and no semicolons: the hoisted `let` and the added `return` follow the file's style.
    {
      code: `
export class Watcher {
	constructor({ onChange, fs }) {
		this.onChange = onChange
		this.fs = fs
	}

	async tick(dir) {
		try {
			const files = await this.fs.scan(dir)
			this.onChange(files)
		} catch (error) {
			console.warn('scan failed', error)
		}
	}
}
`,
      ...javascript,
      errors: [
        {
          messageId: 'mixedZones',
          data: { callback: 'this.onChange' },
          line: 11,
          column: 4,
          suggestions: [
            {
              messageId: 'splitZones',
              output: `
export class Watcher {
	constructor({ onChange, fs }) {
		this.onChange = onChange
		this.fs = fs
	}

	async tick(dir) {
		let files
		try {
			files = await this.fs.scan(dir)
		} catch (error) {
			console.warn('scan failed', error)
			return
		}
		try {
			this.onChange(files)
		} catch (error) {
			console.warn('scan failed', error)
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
