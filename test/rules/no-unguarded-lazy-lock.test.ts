import rule from '../../rules/no-unguarded-lazy-lock.js';
import { javascript, ruleTester } from './rule-tester.js';

ruleTester.run('no-unguarded-lazy-lock', rule, {
  valid: [
    // Created at construction: field initializer, constructor, static block, module-level const.
    `
import { Mutex } from 'async-mutex';
class Client {
  private lock = new Mutex();
  readonly #sem = new Semaphore(2);
}
`,
    `
class Client {
  private lock: Mutex;
  constructor() {
    this.lock = new Mutex();
    if (!this.other) this.other = new Mutex();
  }
}
`,
    `
class Registry {
  static lock: Mutex | null = null;
  static {
    this.lock ??= new Mutex();
  }
}
`,
    `const lock = new Mutex();`,
    // Module top level runs once: lazy-looking code there is construction.
    `
let lock: Mutex | undefined;
if (!lock) lock = new Mutex();
`,
    // Factories return a new lock; they store nothing.
    `
function makeLock() {
  return new Mutex();
}
class Pool {
  createLock() {
    const mutex = new Mutex();
    return mutex;
  }
}
`,
    // Per-key lock registries are keyed by a parameter: one lock per key is the point.
    `
class Locks {
  private locks = new Map<string, Mutex>();
  private byId: Record<string, Lock> = {};
  get(key: string) {
    if (!this.locks.has(key)) this.locks.set(key, new Mutex());
    this.byId[key] = this.byId[key] || new Lock();
    this.byId[key] ??= new Lock();
    return this.locks.get(key)!;
  }
}
const registry: Record<string, Lock> = {};
export function lockFor(id: string) {
  registry[id] = registry[id] || new Lock();
  return registry[id];
}
`,
    // Lazy values that are not locks.
    `
class Client {
  private timer?: NodeJS.Timeout;
  private cache: Map<string, string> | null = null;
  private connecting?: Promise<void>;
  start() {
    this.timer ??= setInterval(() => this.tick(), 1000);
    if (!this.cache) this.cache = new Map();
    return (this.connecting ??= this.connect());
  }
}
`,
    // Locals and parameters are not shared between callers.
    `
async function run(options: { lock?: Mutex }) {
  let lock: Mutex | undefined;
  if (!lock) lock = new Mutex();
  options.lock ??= new Mutex();
  return lock.runExclusive(() => 1);
}
`,
    // An unconditional creation with no lock created at construction is an initialisation, not a replacement.
    `
class Client {
  private lock!: Mutex;
  init() {
    this.lock = new Mutex();
  }
}
`,
    // The design note's double-checked initializer: fast path, init lock, re-check inside its critical section.
    `
class Component {
  private lock: Mutex | null = null;
  private locksInitialized = false;
  private initLock: Mutex | null = null;

  private async ensureLocksInitialized(): Promise<void> {
    if (this.locksInitialized) return;
    if (this.initLock === null) this.initLock = new Mutex();
    await this.initLock.runExclusive(async () => {
      if (this.locksInitialized) return;
      if (this.lock === null) this.lock = new Mutex();
      this.locksInitialized = true;
    });
  }
}
`,
    // The same initializer with acquire/release instead of runExclusive.
    `
class Component {
  #lock;
  #ready = false;
  #initLock;
  async #ensureLocks() {
    if (this.#ready) {
      return;
    }
    this.#initLock ??= new Mutex();
    const release = await this.#initLock.acquire();
    try {
      if (this.#ready) return;
      this.#lock ??= new Mutex();
      this.#ready = true;
    } finally {
      release();
    }
  }
}
`,
    // A guard on some other state is not a lazy creation of the lock.
    `
class Client {
  private lock?: Mutex;
  private ready = false;
  setup() {
    if (!this.ready) {
      this.lock = new Mutex();
      this.ready = true;
    }
  }
}
`,
    {
      code: `
class Client {
  constructor() {
    this.lock = new AsyncLock();
  }
  reset() {
    this.queue = new AsyncLock.Queue();
  }
}
`,
      ...javascript,
    },
    {
      // Pre-class constructor functions are construction too: a conditional default there runs once per object.
      code: `
const { Mutex } = require('async-mutex');
function Client(options) {
  if (!(this instanceof Client)) return new Client(options);
  if (!this.lock) this.lock = new Mutex();
  this.sem = this.sem || new Mutex();
}
module.exports = Client;
`,
      ...javascript,
    },
    {
      // A prototype method creating a lock that the constructor function never created: an initialisation.
      code: `
function Pool() {
  this.items = [];
}
Pool.prototype.init = function () {
  this.lock = new Mutex();
};
`,
      ...javascript,
    },
    // The double-checked initializer with the re-check wrapping the creations (\`if (!ready) { …; ready = true; }\`).
    `
class Component {
  private lock: Mutex | null = null;
  private locksInitialized = false;
  private initLock: Mutex | null = null;
  private async ensureLocksInitialized(): Promise<void> {
    if (this.locksInitialized) return;
    this.initLock ??= new Mutex();
    await this.initLock.runExclusive(() => {
      if (!this.locksInitialized) {
        this.lock ??= new Mutex();
        this.locksInitialized = true;
      }
    });
  }
}
`,
    // The double-checked initializer under \`using\`, with logging between the steps.
    `
class Component {
  private lock: Mutex | null = null;
  private ready = false;
  private initLock: Mutex | null = null;
  async ensure() {
    if (this.ready) return;
    if (this.initLock === null) {
      this.initLock = new Mutex();
      this.logger.debug('created init lock');
    }
    using _ = await this.initLock.acquire();
    if (this.ready) return;
    this.lock ??= new Mutex();
    this.ready = true;
  }
}
`,
    {
      // The fast path as a wrapping \`if (!initialized) { … }\`, in JavaScript with #private members.
      code: `
class Component {
  #lock = null;
  #initLock = null;
  #initialized = false;
  async #ensureLocks() {
    if (!this.#initialized) {
      if (!this.#initLock) this.#initLock = new Mutex();
      await this.#initLock.runExclusive(async () => {
        if (this.#initialized) return;
        this.#lock = new Mutex();
        this.#initialized = true;
      });
    }
  }
}
`,
      ...javascript,
    },
  ],
  invalid: [
    {
      code: `
import { Mutex } from 'async-mutex';
class Client {
  private lock: Mutex | null = null;
  async send(data: string) {
    if (!this.lock) {
      // created on first use
      this.lock = new Mutex();
    }
    return this.lock.runExclusive(() => this.write(data));
  }
}
`,
      output: `
import { Mutex } from 'async-mutex';
class Client {
  private lock: Mutex = new Mutex();
  async send(data: string) {
    // created on first use
    return this.lock.runExclusive(() => this.write(data));
  }
}
`,
      errors: [{ messageId: 'lazyLock', data: { name: 'this.lock' }, line: 8, column: 7, endLine: 8, endColumn: 30 }],
    },
    {
      // `#private`, an optional field type, and the creation used as an expression.
      code: `
class Client {
  #lock: Mutex | undefined;
  run<T>(fn: () => Promise<T>) {
    return (this.#lock ??= new Mutex()).runExclusive(fn);
  }
}
`,
      output: `
class Client {
  #lock: Mutex = new Mutex();
  run<T>(fn: () => Promise<T>) {
    return (this.#lock).runExclusive(fn);
  }
}
`,
      errors: [{ messageId: 'lazyLock', data: { name: 'this.#lock' }, line: 5, column: 13 }],
    },
    {
      // A lock class named with a `\u` escape is the same name.
      code: `
class Client {
  #lock;
  run(fn) {
    return (this.#lock ??= new Mut\\u0065x()).runExclusive(fn);
  }
}
`,
      output: `
class Client {
  #lock = new Mut\\u0065x();
  run(fn) {
    return (this.#lock).runExclusive(fn);
  }
}
`,
      ...javascript,
      errors: [{ messageId: 'lazyLock', data: { name: 'this.#lock' }, line: 5, column: 13 }],
    },
    {
      // A timeout wrapper with literal arguments, an optional member, `== null`.
      code: `
import { Mutex, withTimeout, type MutexInterface } from 'async-mutex';
class Queue {
  private lock?: MutexInterface;
  async push(item: Item) {
    if (this.lock == null) this.lock = withTimeout(new Mutex(), 5_000);
    await this.lock.runExclusive(() => this.items.push(item));
  }
}
`,
      output: `
import { Mutex, withTimeout, type MutexInterface } from 'async-mutex';
class Queue {
  private lock: MutexInterface = withTimeout(new Mutex(), 5_000);
  async push(item: Item) {
    await this.lock.runExclusive(() => this.items.push(item));
  }
}
`,
      errors: [{ messageId: 'lazyLock', line: 6, column: 28 }],
    },
    {
      // Every lazy site of the same member goes at once; the field keeps its other union members.
      code: `
class Store {
  private lock: Mutex | MutexInterface | null = null;
  async get() {
    this.lock ??= new Mutex();
    return this.lock.runExclusive(() => this.read());
  }
  async set(value: string) {
    this.lock ??= new Mutex();
    await this.lock.runExclusive(() => this.write(value));
  }
}
`,
      output: `
class Store {
  private lock: Mutex | MutexInterface = new Mutex();
  async get() {
    return this.lock.runExclusive(() => this.read());
  }
  async set(value: string) {
    await this.lock.runExclusive(() => this.write(value));
  }
}
`,
      errors: [
        { messageId: 'lazyLock', line: 5, column: 5 },
        { messageId: 'lazyLock', line: 9, column: 5 },
      ],
    },
    {
      // Module level: the variable becomes a const.
      code: `
import { Mutex } from 'async-mutex';
let lock: Mutex | undefined;
export async function migrate() {
  lock ||= new Mutex();
  await lock.runExclusive(runMigrations);
}
`,
      output: `
import { Mutex } from 'async-mutex';
const lock: Mutex = new Mutex();
export async function migrate() {
  await lock.runExclusive(runMigrations);
}
`,
      errors: [{ messageId: 'lazyLock', data: { name: 'lock' }, line: 5, column: 3 }],
    },
    {
      // JavaScript with ESLint's default parser; a function-valued class field.
      code: `
class Bot {
  #lock = null;
  handle = async (update) => {
    if (!this.#lock) this.#lock = new AsyncLock();
    await this.#lock.acquire('update', () => this.process(update));
  };
}
`,
      output: `
class Bot {
  #lock = new AsyncLock();
  handle = async (update) => {
    await this.#lock.acquire('update', () => this.process(update));
  };
}
`,
      errors: [{ messageId: 'lazyLock', line: 5, column: 22 }],
      ...javascript,
    },
    {
      // Public member: other code may read or reset it, so no fix.
      code: `
class Client {
  lock: Semaphore | null = null;
  async call() {
    this.lock = this.lock ?? new Semaphore(4);
    return this.lock.runExclusive(() => this.request());
  }
}
`,
      output: null,
      errors: [{ messageId: 'lazyLock', line: 5, column: 5 }],
    },
    {
      // The lock's argument is instance state, which is not set yet when field initializers run: no fix.
      code: `
class Pool {
  private sem: Semaphore | null = null;
  constructor(private readonly size: number) {}
  async run(task: () => Promise<void>) {
    this.sem ??= new Semaphore(this.size);
    await this.sem.runExclusive(task);
  }
}
`,
      output: null,
      errors: [{ messageId: 'lazyLock', line: 6, column: 5 }],
    },
    {
      // Another method tells an absent lock from a present one: the fix would change it.
      code: `
class Client {
  #lock?: Mutex;
  async send() {
    if (!this.#lock) this.#lock = new Mutex();
    await this.#lock.runExclusive(() => this.flush());
  }
  cancel() {
    this.#lock?.cancel();
  }
}
`,
      output: null,
      errors: [{ messageId: 'lazyLock', line: 5, column: 22 }],
    },
    {
      // Early-return getter form, a static member, an object-literal method, a \`var\`: reported, not fixed.
      code: `
class Client {
  private lock?: Mutex;
  static shared: Mutex | null = null;
  getLock() {
    if (this.lock) return this.lock;
    this.lock = new Mutex();
    return this.lock;
  }
  static async exclusive(fn: () => Promise<void>) {
    if (!this.shared) this.shared = new Mutex();
    await this.shared.runExclusive(fn);
  }
}
const client = {
  lock: null as Mutex | null,
  async run() {
    if (this.lock) {
      return;
    } else {
      this.lock = new asyncMutex.Mutex();
    }
  },
};
var fallback;
function getFallback() {
  if (typeof fallback === 'undefined') fallback = new Sema(1);
  return fallback;
}
`,
      output: null,
      errors: [
        { messageId: 'lazyLock', line: 7, column: 5 },
        { messageId: 'lazyLock', line: 11, column: 23 },
        { messageId: 'lazyLock', line: 21, column: 7 },
        { messageId: 'lazyLock', line: 27, column: 40 },
      ],
    },
    {
      // An await between the check and the creation: two callers get two different locks.
      code: `
class Client {
  private lock?: Mutex;
  async send() {
    if (!this.lock) {
      await this.ready;
      this.lock = new Mutex();
    }
    await this.lock.runExclusive(() => this.flush());
  }
  async lockFor() {
    this.lock ??= withTimeout(new Mutex(), await this.timeout());
  }
}
`,
      output: null,
      errors: [
        { messageId: 'awaitBeforeCreation', data: { name: 'this.lock' }, line: 7, column: 7 },
        { messageId: 'awaitBeforeCreation', line: 12, column: 5 },
      ],
    },
    {
      // An await on a branch that exits, or before a re-check, does not sit between the check and the creation.
      code: `
class Client {
  private lock?: Mutex;
  async send(flush: boolean) {
    if (!this.lock) {
      if (flush) {
        await this.flush();
        return;
      }
      this.lock = new Mutex();
    }
  }
  async getLock() {
    if (this.lock) return this.lock;
    await this.ready;
    if (this.lock) return this.lock;
    this.lock = new Mutex();
    return this.lock;
  }
}
`,
      output: null,
      errors: [
        { messageId: 'lazyLock', line: 10, column: 7 },
        { messageId: 'lazyLock', line: 17, column: 5 },
      ],
    },
    {
      // Replacing a lock created at construction: old and new holders run at once.
      code: `
class Connection {
  private lock = new Mutex();
  async reconnect() {
    this.lock = new Mutex();
    await this.open();
  }
}
let queueLock = new Semaphore(1);
export function resetQueue() {
  queueLock = new Semaphore(1);
}
`,
      output: null,
      errors: [
        { messageId: 'replacedLock', data: { name: 'this.lock' }, line: 5, column: 5 },
        { messageId: 'replacedLock', data: { name: 'queueLock' }, line: 11, column: 3 },
      ],
    },
    {
      code: `
class Worker {
  constructor() {
    this.lock = new AwaitLock();
  }
  async restart() {
    this.lock = new AwaitLock();
  }
}
`,
      output: null,
      errors: [{ messageId: 'replacedLock', line: 7, column: 5 }],
      ...javascript,
    },
    {
      // CommonJS (.cjs): the module scope is a function scope whose block is the Program.
      code: `
const { Mutex } = require('async-mutex');
let lock = null;
async function withLock(fn) {
  if (lock === null) lock = new Mutex();
  return lock.runExclusive(fn);
}
module.exports = { withLock };
`,
      output: `
const { Mutex } = require('async-mutex');
const lock = new Mutex();
async function withLock(fn) {
  return lock.runExclusive(fn);
}
module.exports = { withLock };
`,
      errors: [{ messageId: 'lazyLock', data: { name: 'lock' }, line: 5, column: 22 }],
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    {
      // TSX with the typescript-eslint parser.
      code: `
class Store {
  #lock: Mutex | null = null;
  async render() {
    this.#lock ??= new Mutex();
    return this.#lock.runExclusive(async () => <div>{await this.load()}</div>);
  }
}
`,
      output: `
class Store {
  #lock: Mutex = new Mutex();
  async render() {
    return this.#lock.runExclusive(async () => <div>{await this.load()}</div>);
  }
}
`,
      errors: [{ messageId: 'lazyLock', line: 5, column: 5 }],
      filename: 'file.tsx',
    },
    {
      // User-listed lock factories extend the defaults.
      code: `
class Client {
  private lock: Lock | null = null;
  async run() {
    this.lock ??= createLock();
  }
}
`,
      output: `
class Client {
  private lock: Lock = createLock();
  async run() {
  }
}
`,
      settings: { concurrency: { lockClasses: ['createLock'] } },
      errors: [{ messageId: 'lazyLock', line: 5, column: 5 }],
    },
    {
      // A fast path and a lazily created lock, but no re-check inside the critical section: not the note's initializer.
      code: `
class Component {
  private lock?: Mutex;
  private initLock?: Mutex;
  private ready = false;
  async ensure() {
    if (this.ready) return;
    this.initLock ??= new Mutex();
    await this.initLock.runExclusive(() => {
      this.lock ??= new Mutex();
    });
    this.ready = true;
  }
}
`,
      output: [
        `
class Component {
  private lock: Mutex = new Mutex();
  private initLock?: Mutex;
  private ready = false;
  async ensure() {
    if (this.ready) return;
    this.initLock ??= new Mutex();
    await this.initLock.runExclusive(() => {
    });
    this.ready = true;
  }
}
`,
        `
class Component {
  private lock: Mutex = new Mutex();
  private initLock: Mutex = new Mutex();
  private ready = false;
  async ensure() {
    if (this.ready) return;
    await this.initLock.runExclusive(() => {
    });
    this.ready = true;
  }
}
`,
      ],
      errors: [
        { messageId: 'lazyLock', data: { name: 'this.initLock' }, line: 8, column: 5 },
        { messageId: 'lazyLock', data: { name: 'this.lock' }, line: 10, column: 7 },
      ],
    },
    {
      // An await in the test after the lock is read sits between the check and the creation; one before the read does not.
      code: `
class Vault {
  private lock?: Mutex;
  async unlock() {
    if (!this.lock && (await this.isSealed())) {
      this.lock = new Mutex();
    }
  }
  async relock() {
    if ((await this.isSealed()) && !this.lock) {
      this.lock = new Mutex();
    }
  }
}
`,
      output: null,
      errors: [
        { messageId: 'awaitBeforeCreation', line: 6, column: 7 },
        { messageId: 'lazyLock', line: 11, column: 7 },
      ],
    },
    {
      // \`=== null || === undefined\` is an absence check; the fix keeps the comment that trailed the creation.
      code: `
class Monitor {
  private lock: Mutex | null | undefined = null;
  async poll() {
    if (this.lock === null || this.lock === undefined) this.lock = new Mutex(); // serialise polls
    await this.lock.runExclusive(() => this.tick());
  }
}
`,
      output: `
class Monitor {
  private lock: Mutex = new Mutex();
  async poll() {
    // serialise polls
    await this.lock.runExclusive(() => this.tick());
  }
}
`,
      errors: [{ messageId: 'lazyLock', line: 5, column: 56 }],
    },
    {
      // \`!lock || lock.isLocked()\` does not mean absent: that creation replaces a busy lock (no lock made at construction, so no report).
      code: `
class Queue {
  private lock?: Mutex;
  async push() {
    if (!this.lock || this.force) this.lock = new Mutex();
    this.lock ??= new Mutex();
  }
}
`,
      output: null,
      errors: [{ messageId: 'lazyLock', line: 6, column: 5 }],
    },
    {
      // CommonJS: an options object and \`require(…).Mutex\` can move to the declaration, which becomes a const.
      code: `
const AsyncLock = require('async-lock');
const Mutex = require('async-mutex').Mutex;
let lock;
let mutex;
async function run(key, fn) {
  lock ??= new AsyncLock({ timeout: 5000, queue: [1, 2] });
  mutex ??= new Mutex();
  return mutex.runExclusive(() => lock.acquire(key, fn));
}
module.exports = { run };
`,
      // Each fix rewrites its own declaration; ESLint applies them in two passes.
      output: [
        `
const AsyncLock = require('async-lock');
const Mutex = require('async-mutex').Mutex;
const lock = new AsyncLock({ timeout: 5000, queue: [1, 2] });
let mutex;
async function run(key, fn) {
  mutex ??= new Mutex();
  return mutex.runExclusive(() => lock.acquire(key, fn));
}
module.exports = { run };
`,
        `
const AsyncLock = require('async-lock');
const Mutex = require('async-mutex').Mutex;
const lock = new AsyncLock({ timeout: 5000, queue: [1, 2] });
const mutex = new Mutex();
async function run(key, fn) {
  return mutex.runExclusive(() => lock.acquire(key, fn));
}
module.exports = { run };
`,
      ],
      errors: [
        { messageId: 'lazyLock', data: { name: 'lock' }, line: 7, column: 3 },
        { messageId: 'lazyLock', data: { name: 'mutex' }, line: 8, column: 3 },
      ],
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    {
      // The lock class is required below the variable: a const there would read it in its temporal dead zone. No fix.
      code: `
let lock;
async function run(fn) {
  lock ??= new Mutex();
  return lock.runExclusive(fn);
}
const { Mutex } = require('async-mutex');
module.exports = { run };
`,
      output: null,
      errors: [{ messageId: 'lazyLock', line: 4, column: 3 }],
      filename: 'file.cjs',
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    {
      // Prototype methods: a lazy creation, and replacing the lock the constructor function created.
      code: `
var Mutex = require('async-mutex').Mutex;
function Connection(socket) {
  this.socket = socket;
  this.writeLock = new Mutex();
}
Connection.prototype.reset = function () {
  this.writeLock = new Mutex();
};
Object.assign(Connection.prototype, {
  reconnect: function () {
    this.writeLock = new Mutex();
  },
  ensureReadLock() {
    this.readLock = this.readLock || new Mutex();
  },
});
module.exports = Connection;
`,
      output: null,
      errors: [
        { messageId: 'replacedLock', data: { name: 'this.writeLock' }, line: 8, column: 3 },
        { messageId: 'replacedLock', line: 12, column: 5 },
        { messageId: 'lazyLock', data: { name: 'this.readLock' }, line: 15, column: 5 },
      ],
      ...javascript,
    },
    {
      // Replacing a lock made by a TS parameter property's default, an object literal's property, or in a listener
      // the constructor registers (it runs later).
      code: `
class Channel {
  constructor(private lock: Mutex = new Mutex()) {
    this.on('reconnect', () => {
      this.lock = new Mutex();
    });
  }
  async close() {
    this.lock = new Mutex();
  }
}
const queue = {
  lock: new Mutex(),
  reset() {
    this.lock = new Mutex();
  },
};
`,
      output: null,
      errors: [
        { messageId: 'replacedLock', line: 5, column: 7 },
        { messageId: 'replacedLock', line: 9, column: 5 },
        { messageId: 'replacedLock', line: 15, column: 5 },
      ],
    },
    {
      // Expression forms: \`x ?? (x = …)\`, \`x || (x = …)\`, \`x ? x : (x = …)\` become \`x\`; \`!x && (x = …)\` is reported
      // without a fix (the statement would have to go), and so is an expression with a comment the fix would drop.
      code: `
class A {
  #a?: Mutex;
  a() {
    return (this.#a ?? (this.#a = new Mutex())).runExclusive(() => 1);
  }
}
class B {
  #b: Mutex | null = null;
  b() {
    return (this.#b || (this.#b = new Mutex())).runExclusive(() => 1);
  }
}
class C {
  #c?: Mutex;
  c() {
    const lock = this.#c ? this.#c : (this.#c = new Mutex());
    return lock.runExclusive(() => 1);
  }
}
class D {
  #d?: Mutex;
  private e?: Mutex;
  d() {
    !this.#d && (this.#d = new Mutex());
    return this.#d!.runExclusive(() => 1);
  }
  e() {
    return (this.e ??= /* shared */ new Mutex()).runExclusive(() => 1);
  }
}
`,
      output: `
class A {
  #a: Mutex = new Mutex();
  a() {
    return (this.#a).runExclusive(() => 1);
  }
}
class B {
  #b: Mutex = new Mutex();
  b() {
    return (this.#b).runExclusive(() => 1);
  }
}
class C {
  #c: Mutex = new Mutex();
  c() {
    const lock = this.#c;
    return lock.runExclusive(() => 1);
  }
}
class D {
  #d?: Mutex;
  private e?: Mutex;
  d() {
    !this.#d && (this.#d = new Mutex());
    return this.#d!.runExclusive(() => 1);
  }
  e() {
    return (this.e ??= /* shared */ new Mutex()).runExclusive(() => 1);
  }
}
`,
      errors: [
        { messageId: 'lazyLock', data: { name: 'this.#a' }, line: 5, column: 25 },
        { messageId: 'lazyLock', data: { name: 'this.#b' }, line: 11, column: 25 },
        { messageId: 'lazyLock', data: { name: 'this.#c' }, line: 17, column: 39 },
        { messageId: 'lazyLock', data: { name: 'this.#d' }, line: 25, column: 18 },
        { messageId: 'lazyLock', data: { name: 'this.e' }, line: 29, column: 13 },
      ],
    },
    {
      // Another instance's lock read as absent (\`!other.#lock\`), or a read through an alias of \`this\`: the fix would
      // change what they see.
      code: `
class Pool {
  #lock?: Mutex;
  private spare?: Mutex;
  async run() {
    this.#lock ??= new Mutex();
    this.spare ??= new Mutex();
    await this.#lock.runExclusive(() => this.spare!.runExclusive(() => 1));
  }
  isIdle(other: Pool) {
    const self = this;
    return !other.#lock && !self.spare;
  }
}
`,
      output: null,
      errors: [
        { messageId: 'lazyLock', data: { name: 'this.#lock' }, line: 6, column: 5 },
        { messageId: 'lazyLock', data: { name: 'this.spare' }, line: 7, column: 5 },
      ],
    },
  ],
});
