import rule from '../../rules/no-async-lazy-init-race.js';
import { javascript, ruleTester } from './rule-tester.js';

const es2021 = { ecmaVersion: 2021 } as const;

ruleTester.run('no-async-lazy-init-race', rule, {
  valid: [
    // The promise is stored in the checked slot inside the awaited expression, before the \`await\` suspends:
    // concurrent callers find it and return it (rabbitmq-client's Connection._lazy).
    {
      code: `
class Connection {
  async _lazy() {
    const ch = this._state.lazyChannel;
    if (ch instanceof Promise) {
      return ch;
    }
    if (ch == null || !ch.active)
      try {
        return this._state.lazyChannel = await (this._state.lazyChannel = this.acquire());
      } catch (err) {
        this._state.lazyChannel = void 0;
        throw err;
      }
    return ch;
  }
}
`,
      ...javascript,
    },
    `
class Publisher {
  private channel?: Channel | Promise<Channel>;
  async getChannel(): Promise<Channel> {
    if (!this.channel) {
      this.channel = await (this.channel = this.connection.acquire());
    }
    return this.channel;
  }
}
`,
    {
      // A closure `let` of a plain async function that is not a method of a returned object: one caller, in order.
      code: `
export async function loadAll(items) {
  let config;
  for (const item of items) {
    if (!config) config = await loadConfig();
    await item.apply(config);
  }
}
`,
      ...javascript,
    },
    {
      // A one-shot object: the class is not exported, each instance is built here and its load() awaited before
      // the instance is handed out, so two load() calls on one instance never overlap.
      code: `
class Payload {
  async load() {
    if (!this.files) {
      this.files = await Promise.all(this.options.files.map(readFile));
    }
    return this;
  }
}
export async function send(options) {
  const payload = new Payload(options);
  await payload.load();
  return post(payload);
}
`,
      ...javascript,
    },
    // A private loader that only start() calls, after start() claimed its own guard.
    `
class Client {
  #starting = false;
  #config?: Config;
  async start(): Promise<void> {
    if (this.#starting) return;
    this.#starting = true;
    await this.#loadConfig();
  }
  async #loadConfig(): Promise<void> {
    if (!this.#config) {
      this.#config = await fetchConfig();
    }
  }
}
`,
    // nats' lister: the loose check also reads a cursor the method advances, so it is a pager, not a renewal.
    `
class Lister {
  private pageInfo?: PageInfo;
  private offset = 0;
  async next(): Promise<Item[]> {
    if (this.pageInfo && this.offset >= this.pageInfo.total) return [];
    const page = await this.request({ offset: this.offset });
    this.pageInfo = page;
    this.offset += page.items.length;
    return page.items;
  }
}
`,
    // The optional chain reads another member (\`this.session?.user\`) than the one stored: no check of \`this.profile\`.
    `
class Client {
  async getProfile(): Promise<Profile | undefined> {
    if (!this.session?.user) {
      this.profile = await this.fetchProfile();
    }
    return this.profile;
  }
}
`,
    // A factory's const is never reassigned; the method only reads it.
    `
export function createClient(options: Options) {
  const token = fetchToken(options);
  return {
    async getToken(): Promise<Token> {
      return await token;
    },
  };
}
`,
    // Memoized promises: the check and the store happen with no await in between.
    `
class Client {
  private connecting?: Promise<Connection>;
  private started?: Promise<void>;
  connect(): Promise<Connection> {
    this.connecting ??= open();
    return this.connecting;
  }
  ready(): Promise<void> {
    return (this.started ??= this.init());
  }
  start(): Promise<void> {
    if (this.started) return this.started;
    this.started = this.init();
    return this.started;
  }
  private async init(): Promise<void> {}
}
`,
    // The check-then-act runs inside a critical section: runExclusive, acquire/release (awaited or not), `using`.
    `
import { Mutex } from 'async-mutex';
class Client {
  private readonly lock = new Mutex();
  private conn?: Connection;
  async viaCallback(): Promise<void> {
    await this.lock.runExclusive(async () => {
      if (!this.conn) this.conn = await open();
    });
  }
  async viaRelease(): Promise<void> {
    const release = await this.lock.acquire();
    try {
      if (!this.conn) this.conn = await open();
    } finally {
      release();
    }
  }
  async viaAwaitedRelease(): Promise<void> {
    await this.lock.acquire();
    try {
      if (!this.conn) {
        this.conn = await open();
      }
    } finally {
      await this.lock.release();
    }
  }
  async viaUsing(): Promise<void> {
    using _ = await this.lock.acquire();
    if (!this.conn) this.conn = await open();
  }
}
`,
    // Locals, parameters and members of local objects are not shared between callers.
    `
async function run(options: { conn?: Connection }) {
  let conn: Connection | undefined;
  if (!conn) conn = await open();
  options.conn ??= await open();
  const state: { conn?: Connection } = {};
  if (!state.conn) state.conn = await open();
  return conn;
}
`,
    // A re-check after the await: the loser closes its connection (if/else, early return, `??=`).
    `
class Client {
  private conn?: Connection;
  async connect(): Promise<void> {
    if (!this.conn) {
      const conn = await open();
      if (!this.conn) this.conn = conn;
      else await conn.close();
    }
  }
  async connectOrReturn(): Promise<Connection> {
    if (this.conn) return this.conn;
    const conn = await open();
    if (this.conn) {
      await conn.close();
      return this.conn;
    }
    this.conn = conn;
    return conn;
  }
  async connectOnce(): Promise<void> {
    if (!this.conn) {
      const conn = await open();
      this.conn ??= conn;
    }
  }
}
`,
    // A lock created after an await: no-unguarded-lazy-lock reports it (one report per line).
    `
import { Mutex } from 'async-mutex';
class Client {
  private lock?: Mutex;
  async send(): Promise<void> {
    if (!this.lock) {
      await this.ready;
      this.lock = new Mutex();
    }
  }
}
`,
    // Clearing the state after the await is a reset, not an initialization.
    `
class Client {
  private conn?: Connection | null;
  private open = true;
  async close(): Promise<void> {
    if (!this.conn) {
      await this.flush();
      this.conn = null;
      this.conn = undefined;
      this.open = false;
    }
  }
}
`,
    // The await runs in a callback, at another time.
    `
class Client {
  private conn?: Connection;
  async connect(): Promise<void> {
    if (!this.conn) {
      setTimeout(async () => {
        await this.ping();
      }, 1000);
      this.conn = create();
    }
  }
}
`,
    // Paths that await and never assign; an assignment in the branch where the state is present.
    `
class Client {
  private conn?: Connection;
  async warm(): Promise<void> {
    if (!this.conn) {
      await this.ping();
      return;
    }
  }
  async maybe(fast: boolean): Promise<void> {
    if (!this.conn) {
      if (fast) {
        await this.ping();
        return;
      }
      this.conn = create();
    }
  }
  async replace(): Promise<void> {
    if (!this.conn) {
      await this.ping();
    } else {
      this.conn = create();
    }
  }
}
`,
    // Constants set after the await are state flags: no-state-flag-after-await's concern, not this rule's.
    `
enum Phase {
  Idle,
  Ready,
}
class Client {
  private ready = false;
  private status?: string;
  private phase = Phase.Idle;
  async init(): Promise<void> {
    if (!this.ready) {
      await this.load();
      this.ready = true;
    }
    if (!this.status) {
      await this.load();
      this.status = 'ready';
    }
    if (this.phase !== Phase.Ready) return;
    await this.load();
    this.phase = Phase.Ready;
  }
}
`,
    // The stored value comes from one shared promise: every caller stores the same result of one call.
    `
import { lazy } from 'concurrency-runtime';
class Client {
  private conn?: Connection;
  private connecting?: Promise<Connection>;
  private info?: Info;
  private user?: User;
  readonly #session = lazy(() => this.login());
  private sessionValue?: Session;
  async connect(): Promise<Connection> {
    if (this.conn) return this.conn;
    this.connecting ??= open();
    this.conn = await this.connecting;
    return this.conn;
  }
  async getInfo(): Promise<Info> {
    if (!this.info) {
      const { info } = await this.ready;
      this.info = info;
    }
    return this.info;
  }
  async getUser(): Promise<User> {
    this.user ??= (log('waiting for the user'), await (this.userCall ??= fetchUser()));
    return this.user;
  }
  async session(): Promise<Session> {
    this.sessionValue ??= await this.#session.get();
    return this.sessionValue;
  }
}
`,
    // The work is claimed before the first await: concurrent callers turn back at the check.
    `
class Client {
  private conn?: Connection;
  private connecting = false;
  private pending?: Promise<void>;
  async connect(): Promise<void> {
    if (this.conn || this.connecting) return;
    this.connecting = true;
    try {
      this.conn = await open();
    } finally {
      this.connecting = false;
    }
  }
  async start(): Promise<void> {
    if (!this.conn) {
      this.conn = placeholder;
      await this.ping();
      this.conn = await open();
    }
  }
}
`,
    // Recording the caught error is not an initialization.
    `
class Lister {
  private error?: unknown;
  async next(): Promise<Item[]> {
    if (this.error) return [];
    try {
      return await this.fetchPage();
    } catch (error) {
      this.error = error;
      throw error;
    }
  }
}
`,
    // A private method that only ever runs memoized (mongodb's MongoClient.connect) cannot race with itself.
    `
class MongoClient {
  private connectionLock?: Promise<this>;
  private connectPromise?: Promise<void>;
  private topology?: Topology;
  private options: Options;
  async connect(): Promise<this> {
    if (this.connectionLock) {
      return await this.connectionLock;
    }
    try {
      this.connectionLock = this._connect();
      await this.connectionLock;
    } finally {
      this.connectionLock = undefined;
    }
    return this;
  }
  private async _connect(): Promise<this> {
    const options = this.options;
    options.ca ??= await readFile(options.caFile);
    if (!this.topology) this.topology = await createTopology(options);
    return this;
  }
  start(): Promise<void> {
    return (this.connectPromise ??= this.#start().finally(() => this.log('started')));
  }
  async #start(): Promise<void> {
    if (!this.topology) this.topology = await createTopology(this.options);
  }
}
`,
    // Code that runs once: a module's `main()`, an async IIFE, a private method called only from the constructor.
    // A dynamic import is memoized by the module registry: every caller gets the same namespace.
    `
let config: Config | undefined;
let sharp: typeof import('sharp') | undefined;
async function main(): Promise<void> {
  if (!config) config = await loadConfig();
}
main().catch(console.error);
(async () => {
  if (!config) config = await loadConfig();
})();
class Service {
  private store?: Store;
  private ready: Promise<void>;
  constructor() {
    this.ready = this.#init();
  }
  async #init(): Promise<void> {
    if (!this.store) this.store = await openStore();
  }
}
export async function resize(image: Buffer): Promise<Buffer> {
  sharp ??= await import('sharp');
  return sharp.default(image).resize(100).toBuffer();
}
`,
    // Map caches: no await, a re-check, another key, another map, the promise cached first, a store that is no Map.
    `
class Cache {
  private readonly items = new Map<string, Item>();
  private readonly other = new Map<string, Item>();
  private readonly pending = new Map<string, Promise<Item>>();
  private store: KeyValueStore;
  get(key: string): Item | undefined {
    if (!this.items.has(key)) this.items.set(key, load(key));
    return this.items.get(key);
  }
  async recheck(key: string): Promise<void> {
    if (!this.items.has(key)) {
      const item = await fetchItem(key);
      if (!this.items.has(key)) this.items.set(key, item);
    }
  }
  async otherKey(key: string, alias: string): Promise<void> {
    if (!this.items.has(key)) this.items.set(alias, await fetchItem(key));
  }
  async otherMap(key: string): Promise<void> {
    if (!this.items.has(key)) this.other.set(key, await fetchItem(key));
  }
  async promiseFirst(key: string): Promise<Item> {
    let pending = this.pending.get(key);
    if (!pending) {
      pending = fetchItem(key);
      this.pending.set(key, pending);
    }
    return pending;
  }
  async external(key: string): Promise<void> {
    if (!this.store.has(key)) this.store.set(key, await fetchItem(key));
  }
}
`,
    // Module top level runs once; functions that cannot suspend cannot interleave.
    `
let db: Database | undefined;
if (!db) db = await openDatabase();
export function getClient(): Client {
  if (!client) client = createClient();
  return client;
}
let client: Client | undefined;
`,
    // A guard on other state, an update of existing state.
    `
class Client {
  private conn?: Connection;
  private token?: string;
  private closed = false;
  async send(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.conn = await open();
  }
  async refresh(): Promise<void> {
    this.token &&= await renew(this.token);
  }
}
`,
    {
      // JavaScript: the in-flight promise memoized on the instance, and a per-key lock registry.
      code: `
function Client() {
  this.connecting = null;
}
Client.prototype.connect = function () {
  var self = this;
  if (!self.connecting) self.connecting = open();
  return self.connecting;
};
const locks = new Map();
export function lockFor(key) {
  if (!locks.has(key)) locks.set(key, new Mutex());
  return locks.get(key);
}
`,
      ...javascript,
    },
    // The rewrites this rule suggests are themselves valid.
    `
import { lazy } from 'concurrency-runtime';
class Monitor {
  private profile: Profile | undefined;
  #profilePromise: Promise<Profile> | undefined;
  private settings: Settings | undefined;
  readonly #settingsInit = lazy(() => this.client.fetchSettings());
  constructor(private readonly client: ChatClient) {}
  async getProfile(): Promise<Profile> {
    if (!this.profile) {
      this.profile = await (this.#profilePromise ??= Promise.resolve(this.client.fetchProfile()).catch((error: unknown) => {
        this.#profilePromise = undefined;
        throw error;
      }));
    }
    return this.profile;
  }
  async getSettings(): Promise<Settings> {
    this.settings ??= await this.#settingsInit.get();
    return this.settings;
  }
}
`,
    // Awaiting a method that returns a memoized promise (or a promise of it): every caller gets one shared result.
    `
class Client {
  private connecting?: Promise<Conn>;
  #ready?: Promise<Conn>;
  private conn?: Conn;
  private conn2?: Conn;
  #conn3?: Conn;
  connect(): Promise<Conn> {
    if (!this.connecting) {
      this.connecting = open().catch((error: unknown) => {
        this.connecting = undefined;
        throw error;
      });
    }
    return this.connecting;
  }
  async #connect(): Promise<Conn> {
    if (this.conn) return Promise.resolve(this.conn);
    return (this.#ready ??= open());
  }
  async query(sql: string) {
    if (!this.conn) this.conn = await this.connect();
    this.#conn3 ??= await this.#connect();
    if (!this.conn2) {
      const pending = this.#ready ?? (this.#ready = open());
      this.conn2 = await pending;
    }
  }
}
`,
    // A section without \`try\`: \`await lock.acquire(); …; release();\` (async-mutex, await-lock).
    `
class TokenStore {
  private token?: string;
  private token2?: string;
  async get() {
    const release = await this.mutex.acquire();
    if (!this.token) this.token = await fetchToken();
    release();
    return this.token;
  }
  async get2() {
    await this.lock.acquireAsync();
    if (!this.token2) {
      this.token2 = await fetchToken();
    }
    this.lock.release();
    return this.token2;
  }
}
`,
    // A method that only ever runs under a lock, called in a runExclusive callback, an acquire/release section,
    // or handed to the lock as the callback itself.
    `
class OAuthClient {
  private token?: string;
  #session?: string;
  getToken(): Promise<string> {
    return this.mutex.runExclusive(() => this.refreshIfNeeded());
  }
  async session() {
    const release = await this.mutex.acquire();
    try {
      return await this.#ensureSession();
    } finally {
      release();
    }
  }
  private async refreshIfNeeded(): Promise<string> {
    if (!this.token) this.token = await fetchToken();
    return this.token;
  }
  async #ensureSession() {
    this.#session ??= await fetchToken();
    return this.#session;
  }
}
`,
    // A semaphore's \`[value, release]\` acquisition; a private method bound and handed to the lock.
    `
class Pool {
  private readonly sem = new Semaphore(1);
  private conn?: Conn;
  private conn2?: Conn;
  async get() {
    const [, release] = await this.sem.acquire();
    try {
      if (!this.conn) this.conn = await connect();
      return this.conn;
    } finally {
      release();
    }
  }
  get2() {
    return this.sem.runExclusive(this.#open.bind(this));
  }
  async #open() {
    this.conn2 ??= await connect();
    return this.conn2;
  }
}
`,
    {
      code: `
const lock = new AsyncLock();
let schema;
export async function getSchema() {
  const load = async () => {
    if (!schema) schema = await fetchSchema();
    return schema;
  };
  return lock.acquire('schema', load);
}
`,
      ...javascript,
    },
    // A promise-chain queue: each link starts when the previous one settles, so links never overlap.
    `
class Writer {
  private queue: Promise<void> = Promise.resolve();
  private file?: FileHandle;
  write(line: string) {
    this.queue = this.queue
      .then(async () => {
        if (!this.file) this.file = await openFile();
        await this.file.write(line);
      })
      .catch(() => {});
    return this.queue;
  }
}
`,
    {
      // One-shot callbacks registered once (module top level, constructor): a \`once\` listener, a promise reaction, a timer.
      code: `
const client = new Client();
let guild;
let win;
let config;
client.once('ready', async () => {
  if (!guild) guild = await client.guilds.fetch('123');
});
app.whenReady().then(async () => {
  if (!win) win = await createWindow();
});
class Service {
  constructor() {
    setTimeout(async () => {
      if (!this.config) this.config = await loadConfig();
    }, 0);
  }
}
`,
      ...javascript,
    },
    {
      // Next.js's cached mongoose connection: the promise is memoized first, the connection is its shared result.
      code: `
let cached = global.mongoose;
if (!cached) {
  cached = global.mongoose = { conn: null, promise: null };
}
export async function dbConnect() {
  if (cached.conn) return cached.conn;
  if (!cached.promise) {
    cached.promise = mongoose.connect(process.env.MONGODB_URI).then((m) => m);
  }
  cached.conn = await cached.promise;
  return cached.conn;
}
`,
      ...javascript,
    },
    // TypeScript: a retry of the method's own earlier step.
    `
class Session {
  private serverId?: Record<string, string>;
  async start(): Promise<void> {
    this.serverId = await this.run('ID');
    await this.authenticate();
    if (!this.serverId || Object.keys(this.serverId).length < 2) {
      this.serverId = await this.run('ID');
    }
  }
}
`,
    {
      // The method stored the value itself on an earlier step and checks what that step got (imapflow's session
      // start asks for ID again after LOGIN): concurrent calls would already race on the first, unchecked write.
      code: `
export class ImapFlow {
  async startSession() {
    await this.run('CAPABILITY');
    if (this.capabilities.has('ID')) {
      this.idRequested = await this.run('ID', this.clientInfo);
    }
    await this.authenticate();
    if ((!this.idRequested || Object.keys(this.idRequested).length < 2) && this.capabilities.has('ID')) {
      this.idRequested = await this.run('ID', this.clientInfo);
    }
  }
}
`,
      ...javascript,
    },
    {
      // Shape 4, per-call state in JavaScript (@npmcli/arborist's `return new AuditReport(tree, opts).run()` in
      // lib/audit-report.js, reduced): each load builds its own report, by `new X().run()` or a `const` whose only
      // use is the returned call, so the lazily fetched `report` is never shared.
      code: `
class AuditReport {
  async run() {
    if (!this.report) {
      this.report = await this.fetchReport();
    }
    return this;
  }
}
export function load(tree, opts) {
  return new AuditReport(tree, opts).run();
}
export async function loadTwice(tree, opts) {
  await new AuditReport(tree, opts).run();
  const report = new AuditReport(tree, opts);
  return report.run();
}
`,
      ...javascript,
    },
    // Shape 4 in TypeScript (@adonisjs/lucid's `await new QueryRunner(this.client, …).run(this.knexQuery)`, reduced):
    // a runner per query, awaited or returned.
    `
class QueryRunner {
  private plan: Plan | undefined;
  constructor(private readonly client: Client, private readonly sql: string) {}
  async run(): Promise<unknown[]> {
    if (!this.plan) this.plan = await this.client.prepare(this.sql);
    return this.client.execute(this.plan);
  }
}
export class QueryBuilder {
  async exec(): Promise<unknown[]> {
    return await new QueryRunner(this.client, this.sql).run();
  }
  first(): Promise<unknown[]> {
    const runner = new QueryRunner(this.client, this.sql);
    return runner.run();
  }
}
`,
    {
      // JavaScript look-alike of the refresh nested in `&&`: the promise is stored before any await, so concurrent
      // callers join it.
      code: `
export class FlaggedTokenCache {
  enabled = true;
  async get(force) {
    if (this.enabled && (!this.pending || force)) {
      this.pending = fetchToken();
    }
    return await this.pending;
  }
}
`,
      ...javascript,
    },
    // TypeScript look-alike of the stale-entry cache: the entry holds the promise, stored before the first await.
    `
export class EntryCache {
  private readonly cache = new Map<string, { promise: Promise<Value>; expires: number }>();
  async get(key: string): Promise<Value> {
    const hit = this.cache.get(key);
    if (hit && hit.expires > Date.now()) return hit.promise;
    const promise = load(key);
    this.cache.set(key, { promise, expires: Date.now() + 1000 });
    return await promise;
  }
}
`,
    // Shape 8 in TypeScript: an unexported class this file builds, loads once and awaits before handing it out.
    `
class Payload {
  private files?: Buffer[];
  constructor(private readonly options: Options) {}
  async load(): Promise<this> {
    if (!this.files) {
      this.files = await Promise.all(this.options.files.map(readFile));
    }
    return this;
  }
}
export async function send(options: Options): Promise<void> {
  const payload = new Payload(options);
  await payload.load();
  return post(payload);
}
`,
  ],
  invalid: [
    {
      // Only an `await` between the check and the write, or in the written value, makes a race: in `poll` the `await`
      // comes after the write (the next turn of the loop checks again), in `load` it is in the value.
      code: `
class Poller {
  private conn?: Connection;
  async poll() {
    while (!this.conn) {
      this.conn = openConnection();
      await sleep(10);
    }
  }
  async load() {
    if (!this.conn) this.conn = await openConnection();
    return this.conn;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 11,
          column: 21,
          suggestions: [],
        },
      ],
    },
    {
      // The same in JavaScript.
      code: `
class Poller {
  conn;
  async poll() {
    while (!this.conn) {
      this.conn = openConnection();
      await sleep(10);
    }
  }
  async load() {
    if (!this.conn) this.conn = await openConnection();
    return this.conn;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 11,
          column: 21,
          suggestions: [],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: clearing the state first is no earlier step that got a value; concurrent callers all renew it.
      code: `
class TokenSource {
  private token: Token | null = null;
  async renew(): Promise<Token> {
    this.token = null;
    if (!this.token || this.expired) {
      this.token = await this.fetchToken();
    }
    return this.token;
  }
}
`,
      output: null,
      errors: [{ messageId: 'raceOnRefresh', data: { name: 'this.token', checkLine: 6, suspension: 'await', suspensionLine: 7 }, line: 7, column: 7, suggestions: [] }],
    },
    {
      // A refresh check: \`!conn || force\` lets a present connection through too.
      code: `
class Client {
  private conn?: Connection;
  async reconnect(force: boolean): Promise<void> {
    if (!this.conn || force) {
      await this.drain();
      this.conn = await open();
    }
  }
}
`,
      output: null,
      errors: [{ messageId: 'raceOnRefresh', data: { name: 'this.conn', checkLine: 5, suspension: 'await', suspensionLine: 6 }, line: 7, column: 7, suggestions: [] }],
    },
    {
      // A token renewed when expired, with the early-return form of the check.
      code: `
class TokenSource {
  #token?: Token;
  async getToken(): Promise<Token> {
    if (this.#token && !isExpired(this.#token)) return this.#token;
    this.#token = await this.fetchToken(); // renew
    return this.#token;
  }
}
`,
      output: null,
      errors: [
        { messageId: 'raceOnRefresh', data: { name: 'this.#token', checkLine: 5, suspension: 'await', suspensionLine: 6 }, line: 6, column: 5, suggestions: [] },
      ],
    },
    {
      // Optional chaining: \`!this.session?.isValid()\` passes when the session is missing or no longer valid.
      code: `
class Client {
  async getSession() {
    if (!this.session?.isValid()) {
      this.session = await this.login(/* with saved credentials */);
    }
    return this.session;
  }
}
`,
      ...javascript,
      output: null,
      errors: [{ messageId: 'raceOnRefresh', data: { name: 'this.session', checkLine: 4, suspension: 'await', suspensionLine: 5 }, line: 5, column: 7, suggestions: [] }],
    },
    {
      // A Map cache whose check includes staleness.
      code: `
const cache = new Map();
export async function get(key) {
  const entry = cache.get(key);
  if (!entry || entry.expires < Date.now()) {
    const value = await load(key);
    cache.set(key, { value, expires: Date.now() + 1000 });
  }
  return cache.get(key).value;
}
`,
      ...javascript,
      output: null,
      errors: [{ messageId: 'raceOnRefresh', data: { name: 'cache[key]', checkLine: 5, suspension: 'await', suspensionLine: 6 }, line: 7, column: 5, suggestions: [] }],
    },
    {
      // puppeteer's exposeFunction(): the check throws when the entry exists, a precondition a concurrent call passes too.
      code: `
class Frame {
  #exposed = new Map<string, Exposed>();
  async expose(name: string, apply: () => void): Promise<void> {
    if (this.#exposed.has(name)) {
      throw new Error(\`\${name} already exists\`);
    }
    const exposed = await Exposed.from(this, name, apply);
    this.#exposed.set(name, exposed);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceAfterPrecondition',
          data: { name: 'this.#exposed[name]', checkLine: 5, suspension: 'await', suspensionLine: 8 },
          line: 9,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // The awaited result is destructured before the assignment: \`result.id\` is data, not an enum constant.
      code: `
class Session {
  private id?: string;
  async ensure(): Promise<string> {
    if (!this.id) {
      const { result } = await this.api.createSession();
      this.id = result.id;
    }
    return this.id;
  }
}
`,
      output: null,
      errors: [{ messageId: 'raceOnInit', data: { name: 'this.id', checkLine: 5, suspension: 'await', suspensionLine: 6 }, line: 7, column: 7, suggestions: [] }],
    },
    {
      // A token manager that returns its async function: every call shares \`token\`, and \`force\` makes it a refresh.
      code: `
export function createTokenManager(client: ApiClient): (force?: boolean) => Promise<string> {
  let token: string | undefined;
  return async (force = false) => {
    if (!token || force) token = await mintJwt(client);
    return token;
  };
}
`,
      output: null,
      errors: [{ messageId: 'raceOnRefresh', data: { name: 'token', checkLine: 5, suspension: 'await', suspensionLine: 5 }, line: 5, column: 26, suggestions: [] }],
    },
    {
      // State in a \`let\` of a factory that returns async methods: every call of getToken() shares it.
      code: `
export function createClient(options) {
  let token;
  return {
    async getToken() {
      if (!token) {
        token = await fetchToken(options);
      }
      return token;
    },
  };
}
`,
      ...javascript,
      output: null,
      errors: [{ messageId: 'raceOnInit', data: { name: 'token', checkLine: 6, suspension: 'await', suspensionLine: 7 }, line: 7, column: 9, suggestions: [] }],
    },
    {
      // The design note's pattern 1 as it bites in JavaScript, with both suggested cures.
      code: `
class Monitor {
  private profile: Profile | undefined; // fetched on first use
  constructor(private readonly client: ChatClient) {}
  async getProfile(): Promise<Profile> {
    if (!this.profile) {
      this.profile = await this.client.fetchProfile();
    }
    return this.profile;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.profile', checkLine: 6, suspension: 'await', suspensionLine: 7 },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'memoizePromise',
              data: { field: '#profilePromise' },
              output: `
class Monitor {
  private profile: Profile | undefined; // fetched on first use
  #profilePromise: Promise<Profile> | undefined;
  constructor(private readonly client: ChatClient) {}
  async getProfile(): Promise<Profile> {
    if (!this.profile) {
      this.profile = await (this.#profilePromise ??= Promise.resolve(this.client.fetchProfile()).catch((error: unknown) => {
        this.#profilePromise = undefined;
        throw error;
      }));
    }
    return this.profile;
  }
}
`,
            },
            {
              messageId: 'useLazy',
              data: { field: '#profileInit', module: 'concurrency-runtime' },
              output: `
import { lazy } from 'concurrency-runtime';
class Monitor {
  private profile: Profile | undefined; // fetched on first use
  readonly #profileInit = lazy(() => this.client.fetchProfile());
  constructor(private readonly client: ChatClient) {}
  async getProfile(): Promise<Profile> {
    if (!this.profile) {
      this.profile = await this.#profileInit.get();
    }
    return this.profile;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // `??=` on a `#private` member; the awaited call is an async method, so it needs no `Promise.resolve`.
      // The call uses a parameter, so it cannot move to a field initializer: no `lazy()` suggestion.
      code: `
class Pool {
  #conn: Connection | null = null;
  async get(url: string): Promise<Connection> {
    this.#conn ??= await this.open(url);
    return this.#conn;
  }
  private async open(url: string): Promise<Connection> {
    return new Connection(url);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.#conn', checkLine: 5, suspension: 'await', suspensionLine: 5 },
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: 'memoizePromise',
              output: `
class Pool {
  #conn: Connection | null = null;
  #connPromise: Promise<Connection> | undefined;
  async get(url: string): Promise<Connection> {
    this.#conn ??= await (this.#connPromise ??= this.open(url).catch((error: unknown) => {
      this.#connPromise = undefined;
      throw error;
    }));
    return this.#conn;
  }
  private async open(url: string): Promise<Connection> {
    return new Connection(url);
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // The early-return form; the stored value is not the awaited call itself, so no suggestion.
      code: `
class Registry {
  #schema?: Schema;
  async schema(): Promise<Schema> {
    if (this.#schema) return this.#schema;
    const schema = await loadSchema();
    this.#schema = schema;
    return schema;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.#schema', checkLine: 5, suspension: 'await', suspensionLine: 6 },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // A module-level variable; the runtime import that exists is extended, comments in the call move with it.
      code: `
import { Mutex } from 'concurrency-runtime';
let db: Database | undefined;
export async function getDb(): Promise<Database> {
  if (db === undefined) db = await openDatabase(/* retries */ 3);
  return db;
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'db', checkLine: 5, suspension: 'await', suspensionLine: 5 },
          line: 5,
          column: 25,
          suggestions: [
            {
              messageId: 'memoizePromise',
              data: { field: 'dbPromise' },
              output: `
import { Mutex } from 'concurrency-runtime';
let db: Database | undefined;
let dbPromise: Promise<Database> | undefined;
export async function getDb(): Promise<Database> {
  if (db === undefined) db = await (dbPromise ??= Promise.resolve(openDatabase(/* retries */ 3)).catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  }));
  return db;
}
`,
            },
            {
              messageId: 'useLazy',
              data: { field: 'dbInit', module: 'concurrency-runtime' },
              output: `
import { Mutex, lazy } from 'concurrency-runtime';
let db: Database | undefined;
const dbInit = lazy(() => openDatabase(/* retries */ 3));
export async function getDb(): Promise<Database> {
  if (db === undefined) db = await dbInit.get();
  return db;
}
`,
            },
          ],
        },
      ],
    },
    {
      // JavaScript with a configured runtime module: the memo is a plain field; `lazy()` comes from that module.
      code: `
class Bot {
  info = null;
  async getInfo() {
    this.info ||= await this.api.getMe();
    return this.info;
  }
}
`,
      output: null,
      settings: { concurrency: { runtimeModule: '#runtime' } },
      errors: [
        {
          messageId: 'raceOnInit',
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: 'memoizePromise',
              output: `
class Bot {
  info = null;
  #infoPromise;
  async getInfo() {
    this.info ||= await (this.#infoPromise ??= Promise.resolve(this.api.getMe()).catch((error) => {
      this.#infoPromise = undefined;
      throw error;
    }));
    return this.info;
  }
}
`,
            },
            {
              messageId: 'useLazy',
              data: { field: '#infoInit', module: '#runtime' },
              output: `
import { lazy } from '#runtime';
class Bot {
  info = null;
  #infoInit = lazy(() => this.api.getMe());
  async getInfo() {
    this.info ||= await this.#infoInit.get();
    return this.info;
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
      // Older JavaScript: a prototype method and a `self` alias of `this`; CommonJS cannot take the import.
      code: `
function Client(options) {
  this.options = options;
}
Client.prototype.connect = async function () {
  var self = this;
  if (!self.conn) {
    self.conn = await open(self.options);
  }
  return self.conn;
};
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'self.conn', checkLine: 7, suspension: 'await', suspensionLine: 8 },
          line: 8,
          column: 5,
          suggestions: [],
        },
      ],
      ...javascript,
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    {
      // Static members (`this.x` in static code, `ClassName.x`) and members reached through other members.
      code: `
class Session {
  static current?: Session;
  static shared?: Session;
  #state: { token?: string } = {};
  static async get(): Promise<Session> {
    if (!this.current) this.current = await Session.create();
    return this.current;
  }
  async share(): Promise<void> {
    if (!Session.shared) {
      Session.shared = await Session.create();
    }
  }
  async token(): Promise<string> {
    if (!this.#state.token) this.#state.token = await fetchToken();
    return this.#state.token;
  }
  static async create(): Promise<Session> {
    return new Session();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.current', checkLine: 7, suspension: 'await', suspensionLine: 7 },
          line: 7,
          column: 24,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'Session.shared', checkLine: 11, suspension: 'await', suspensionLine: 12 },
          line: 12,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.#state.token', checkLine: 16, suspension: 'await', suspensionLine: 16 },
          line: 16,
          column: 29,
          suggestions: [],
        },
      ],
    },
    {
      // Expression forms of the check; a reset elsewhere (`close`) rules out the suggestions: the memo would go stale.
      code: `
class Loader {
  private value?: Value;
  private other?: Value;
  private third?: Value;
  async ternary(): Promise<Value> {
    return this.value ? this.value : (this.value = await load());
  }
  async logical(): Promise<Value> {
    return this.other || (this.other = await load());
  }
  async nullish(): Promise<Value> {
    return this.third ?? (this.third = await load());
  }
  close(): void {
    this.value = this.other = this.third = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.value', checkLine: 7, suspension: 'await', suspensionLine: 7 },
          line: 7,
          column: 39,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.other', checkLine: 10, suspension: 'await', suspensionLine: 10 },
          line: 10,
          column: 27,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.third', checkLine: 13, suspension: 'await', suspensionLine: 13 },
          line: 13,
          column: 27,
          suggestions: [],
        },
      ],
    },
    {
      // More check forms: a fall-through `catch`, `== null`, `typeof` with `&&`, `x = x ?? await`, `||=`.
      code: `
class Client {
  private socket?: Socket;
  private token?: string;
  private api?: Api;
  private cache?: Cache;
  private db?: Db;
  async connect(): Promise<void> {
    if (!this.socket) {
      try {
        await this.warmUp();
      } catch {
        this.log('warm-up failed');
      }
      this.socket = createSocket();
    }
  }
  async auth(): Promise<void> {
    if (this.token == null) this.token = await fetchToken();
  }
  async getApi(enabled: boolean): Promise<void> {
    if (typeof this.api === 'undefined' && enabled) this.api = await createApi();
  }
  async getCache(): Promise<void> {
    this.cache = this.cache ?? await openCache();
  }
  async getDb(): Promise<void> {
    this.db ||= await openDb();
  }
  reset(): void {
    this.socket = this.token = this.api = this.cache = this.db = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.socket', checkLine: 9, suspension: 'await', suspensionLine: 11 },
          line: 15,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.token', checkLine: 19, suspension: 'await', suspensionLine: 19 },
          line: 19,
          column: 29,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.api', checkLine: 22, suspension: 'await', suspensionLine: 22 },
          line: 22,
          column: 53,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.cache', checkLine: 25, suspension: 'await', suspensionLine: 25 },
          line: 25,
          column: 5,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.db', checkLine: 28, suspension: 'await', suspensionLine: 28 },
          line: 28,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // A lock taken after the check, with no re-check inside; a local snapshot as the check; a promise started after the await.
      code: `
class Client {
  private conn?: Connection;
  private pending?: Promise<void>;
  private readonly lock = new Mutex();
  async connect(): Promise<Connection> {
    if (this.conn) return this.conn;
    const release = await this.lock.acquire();
    try {
      this.conn = await open();
    } finally {
      release();
    }
    return this.conn;
  }
  async snapshot(): Promise<Connection> {
    const conn = this.conn;
    if (conn) return conn;
    this.conn = await open();
    return this.conn;
  }
  async start(): Promise<void> {
    if (!this.pending) {
      await this.ready;
      this.pending = this.run();
    }
    return this.pending;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.conn', checkLine: 7, suspension: 'await', suspensionLine: 8 },
          line: 10,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.conn', checkLine: 18, suspension: 'await', suspensionLine: 19 },
          line: 19,
          column: 5,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.pending', checkLine: 23, suspension: 'await', suspensionLine: 24 },
          line: 25,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // `yield` suspends too (co / redux-saga generators).
      code: `
class Saga {
  *run() {
    if (!this.config) this.config = yield call(loadConfig);
    return this.config;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.config', checkLine: 4, suspension: 'yield', suspensionLine: 4 },
          line: 4,
          column: 23,
          suggestions: [],
        },
      ],
      ...javascript,
    },
    {
      // Map and WeakMap caches: early return on `has`, a `let` snapshot of `get`, `get() === undefined`.
      code: `
const metadata = new WeakMap<object, Meta>();
export async function meta(target: object): Promise<Meta> {
  if (metadata.has(target)) return metadata.get(target)!;
  const value = await compute(target);
  metadata.set(target, value);
  return value;
}
class Users {
  readonly #byId: Map<string, User> = new Map();
  async get(id: string): Promise<User> {
    let user = this.#byId.get(id);
    if (!user) {
      user = await fetchUser(id);
      this.#byId.set(id, user);
    }
    return user;
  }
  async refresh(id: string): Promise<void> {
    if (this.#byId?.get(id) === undefined) this.#byId.set(id, await fetchUser(id));
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnCacheEntry',
          data: { name: 'metadata', key: 'target', checkLine: 4, suspension: 'await', suspensionLine: 5 },
          line: 6,
          column: 3,
        },
        {
          messageId: 'raceOnCacheEntry',
          data: { name: 'this.#byId', key: 'id', checkLine: 13, suspension: 'await', suspensionLine: 14 },
          line: 15,
          column: 7,
        },
        {
          messageId: 'raceOnCacheEntry',
          data: { name: 'this.#byId', key: 'id', checkLine: 20, suspension: 'await', suspensionLine: 20 },
          line: 20,
          column: 44,
        },
      ],
    },
    {
      // JavaScript: a per-key lock registry filled after an await gives two callers two locks for one key
      // (no-unguarded-lazy-lock leaves registries alone); a member of a module-level object.
      code: `
const locks = new Map();
export async function lockFor(key) {
  if (!locks.has(key)) {
    await warmUp();
    locks.set(key, new Mutex());
  }
  return locks.get(key);
}
const config = {};
export async function client() {
  if (!config.client) config.client = await connect();
  return config.client;
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnCacheEntry',
          data: { name: 'locks', key: 'key', checkLine: 4, suspension: 'await', suspensionLine: 5 },
          line: 6,
          column: 5,
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'config.client', checkLine: 12, suspension: 'await', suspensionLine: 12 },
          line: 12,
          column: 23,
          suggestions: [],
        },
      ],
      ...javascript,
    },
    {
      // Optional chaining in the awaited call may give `undefined`, which a memo would keep forever: no suggestion.
      // Without a declared type for `client`, TypeScript gets only the `lazy()` suggestion (its type is inferred).
      code: `
class Service {
  private client;
  private session: Session | undefined;
  constructor(private readonly factory?: Factory) {}
  async getClient() {
    if (!this.client) this.client = await createClient();
    return this.client;
  }
  async getSession(): Promise<Session | undefined> {
    if (!this.session) this.session = await this.factory?.createSession();
    return this.session;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 7,
          column: 23,
          suggestions: [
            {
              messageId: 'useLazy',
              output: `
import { lazy } from 'concurrency-runtime';
class Service {
  private client;
  readonly #clientInit = lazy(() => createClient());
  private session: Session | undefined;
  constructor(private readonly factory?: Factory) {}
  async getClient() {
    if (!this.client) this.client = await this.#clientInit.get();
    return this.client;
  }
  async getSession(): Promise<Session | undefined> {
    if (!this.session) this.session = await this.factory?.createSession();
    return this.session;
  }
}
`,
            },
          ],
        },
        { messageId: 'raceOnInit', line: 11, column: 24, suggestions: [] },
      ],
    },
    {
      // No suggestion when the new names are taken, when the value is not a plain awaited call, or before ES2022.
      code: `
class Client {
  #conn;
  #connPromise;
  #connInit;
  async connect() {
    if (!this.#conn) this.#conn = await open();
    return this.#conn;
  }
}
class Other {
  async run(url) {
    if (!this.conn) this.conn = (await open(url)).withRetry();
  }
}
`,
      output: null,
      errors: [
        { messageId: 'raceOnInit', line: 7, column: 22, suggestions: [] },
        { messageId: 'raceOnInit', line: 13, column: 21, suggestions: [] },
      ],
      ...javascript,
    },
    {
      code: `
class Client {
  async connect() {
    if (!this.conn) this.conn = await open();
  }
}
`,
      output: null,
      errors: [{ messageId: 'raceOnInit', line: 4, column: 21, suggestions: [] }],
      ...javascript,
      // `ecmaVersion` is what ESLint hands to the rule; the tester's types only know `parserOptions`.
      languageOptions: { ...javascript.languageOptions, ...es2021, parserOptions: { ecmaVersion: 2021, sourceType: 'module' } },
    },
    {
      // CommonJS cannot take the runtime import: only the memo is offered. Clearing the member in the constructor is fine.
      code: `
class MessagePayload {
  constructor(options) {
    this.options = options;
    this.files = null;
  }
  async resolveFiles() {
    if (this.files) return this;
    this.files = await Promise.all(this.options.files.map((file) => resolveFile(file)));
    return this;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.files', checkLine: 8, suspension: 'await', suspensionLine: 9 },
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: 'memoizePromise',
              output: `
class MessagePayload {
  #filesPromise;
  constructor(options) {
    this.options = options;
    this.files = null;
  }
  async resolveFiles() {
    if (this.files) return this;
    this.files = await (this.#filesPromise ??= Promise.all(this.options.files.map((file) => resolveFile(file))).catch((error) => {
      this.#filesPromise = undefined;
      throw error;
    }));
    return this;
  }
}
`,
            },
          ],
        },
      ],
      ...javascript,
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    {
      // Awaiting a member is no memo when this very call has just overwritten it: every caller starts its own.
      code: `
class Client {
  private conn?: Connection;
  private pending?: Promise<Connection>;
  async connect(): Promise<void> {
    if (!this.conn) {
      this.pending = open();
      this.conn = await this.pending;
    }
  }
  close(): void {
    this.conn = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.conn', checkLine: 6, suspension: 'await', suspensionLine: 8 },
          line: 8,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // Look-alikes of code that runs once: called twice, called in a loop, a private method also called elsewhere.
      code: `
let config: Config | undefined;
async function load(): Promise<void> {
  if (!config) config = await loadConfig();
}
load();
load();
async function poll(): Promise<void> {
  if (!config) config = await loadConfig();
}
for (const _ of [1, 2]) poll();
class Service {
  private store?: Store;
  constructor() {
    void this.#init();
  }
  async query(): Promise<void> {
    await this.#init();
  }
  async #init(): Promise<void> {
    if (!this.store) this.store = await openStore();
  }
  close(): void {
    config = undefined;
    this.store = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'config', checkLine: 4, suspension: 'await', suspensionLine: 4 },
          line: 4,
          column: 16,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'config', checkLine: 9, suspension: 'await', suspensionLine: 9 },
          line: 9,
          column: 16,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.store', checkLine: 21, suspension: 'await', suspensionLine: 21 },
          line: 21,
          column: 22,
          suggestions: [],
        },
      ],
    },
    {
      // The new member goes before the first member's JSDoc and after a comment that trails the class line;
      // comments inside the awaited call stay in it.
      code: `
class Store { // opened on first use
  /** Opens the store once. */
  async open() {
    if (!this.db) this.db = await openDatabase(/* path */ this.path);
    return this.db;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 5,
          column: 19,
          suggestions: [
            {
              messageId: 'memoizePromise',
              output: `
class Store { // opened on first use
  #dbPromise;
  /** Opens the store once. */
  async open() {
    if (!this.db) this.db = await (this.#dbPromise ??= Promise.resolve(openDatabase(/* path */ this.path)).catch((error) => {
      this.#dbPromise = undefined;
      throw error;
    }));
    return this.db;
  }
}
`,
            },
          ],
        },
      ],
      ...javascript,
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    {
      // A local name for a shared member (`const options = this.options`) still reaches shared state; a copy would not.
      code: `
class Client {
  private options: Options;
  async connect(): Promise<void> {
    const options = this.options;
    options.ca ??= await readFile(options.caFile);
    const copy = { ...this.options };
    copy.ca ??= await readFile(copy.caFile);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'options.ca', checkLine: 6, suspension: 'await', suspensionLine: 6 },
          line: 6,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // A promise started before the await but stored after it: every caller that passed the check started one.
      code: `
class Job {
  private run?: Promise<void>;
  async start(): Promise<void> {
    if (!this.run) {
      const run = this.execute();
      await this.log('started');
      this.run = run;
    }
    return this.run;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.run', checkLine: 5, suspension: 'await', suspensionLine: 7 },
          line: 8,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // `for await` suspends on every iteration.
      code: `
class Feed {
  private items?: Item[];
  async load(stream: AsyncIterable<Item>): Promise<void> {
    if (!this.items) {
      const items: Item[] = [];
      for await (const item of stream) items.push(item);
      this.items = items;
    }
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.items', checkLine: 5, suspension: 'for await', suspensionLine: 7 },
          line: 8,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // The `else` of a presence check; `!== undefined` as the early exit.
      code: `
class Client {
  private conn?: Connection;
  private info?: Info;
  async connect(): Promise<Connection> {
    if (this.conn) {
      this.log('reusing');
    } else {
      this.conn = await open();
    }
    return this.conn;
  }
  async getInfo(): Promise<Info> {
    if (this.info !== undefined) return this.info;
    this.info = await fetchInfo();
    return this.info;
  }
  reset(): void {
    this.conn = this.info = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.conn', checkLine: 6, suspension: 'await', suspensionLine: 9 },
          line: 9,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.info', checkLine: 14, suspension: 'await', suspensionLine: 15 },
          line: 15,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // Look-alikes of the valid cases above: a method that awaits its own work (no memo), a private method also
      // called outside the lock, a wait that is no acquisition (nothing releases), a \`.then\` not stored back.
      // (\`close()\` resets the members, so no suggestion is offered.)
      code: `
class Client {
  #conn?: Conn;
  private token?: string;
  private other?: Conn;
  private ready?: Conn;
  async connect(): Promise<Conn> {
    const conn = await open();
    return conn;
  }
  async query() {
    this.#conn ??= await this.connect();
  }
  getToken() {
    return this.mutex.runExclusive(() => this.refresh());
  }
  peek() {
    return this.refresh();
  }
  private async refresh() {
    if (!this.token) this.token = await fetchToken();
  }
  async waitReady() {
    await this.signal.wait();
    if (!this.ready) this.ready = await open();
  }
  later() {
    return this.queue.then(async () => {
      if (!this.other) this.other = await open();
    });
  }
  close() {
    this.#conn = this.token = this.other = this.ready = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.#conn', checkLine: 12, suspension: 'await', suspensionLine: 12 },
          line: 12,
          column: 5,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.token', checkLine: 21, suspension: 'await', suspensionLine: 21 },
          line: 21,
          column: 22,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.ready', checkLine: 25, suspension: 'await', suspensionLine: 25 },
          line: 25,
          column: 22,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.other', checkLine: 29, suspension: 'await', suspensionLine: 29 },
          line: 29,
          column: 24,
          suggestions: [],
        },
      ],
    },
    {
      // A \`.js\` file that is CommonJS in all but the parser's opinion (\`module.exports\`): no \`import\` can go in, so no \`lazy()\`.
      code: `
module.exports = class Bot {
  async getMe() {
    if (this.me) {
      return this.me;
    }
    this.me = await this.telegram.getMe();
    return this.me;
  }
};
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'this.me', checkLine: 4, suspension: 'await', suspensionLine: 7 },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'memoizePromise',
              data: { field: '#mePromise' },
              output: `
module.exports = class Bot {
  #mePromise;
  async getMe() {
    if (this.me) {
      return this.me;
    }
    this.me = await (this.#mePromise ??= Promise.resolve(this.telegram.getMe()).catch((error) => {
      this.#mePromise = undefined;
      throw error;
    }));
    return this.me;
  }
};
`,
            },
          ],
        },
      ],
      ...javascript,
    },
    {
      // Callbacks that run many times: an \`on\` listener, an interval, and a \`once\` registered on every call.
      code: `
let db;
client.on('message', async () => {
  if (!db) db = await openDb();
});
class Poller {
  start() {
    setInterval(async () => {
      if (!this.conn) this.conn = await connect();
    }, 1000);
    this.socket.once('open', async () => {
      this.session ??= await login();
    });
  }
  stop() {
    this.conn = this.session = undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'db', checkLine: 4, suspension: 'await', suspensionLine: 4 },
          line: 4,
          column: 12,
          suggestions: [
            {
              messageId: 'memoizePromise',
              data: { field: 'dbPromise' },
              output: `
let db;
let dbPromise;
client.on('message', async () => {
  if (!db) db = await (dbPromise ??= Promise.resolve(openDb()).catch((error) => {
    dbPromise = undefined;
    throw error;
  }));
});
class Poller {
  start() {
    setInterval(async () => {
      if (!this.conn) this.conn = await connect();
    }, 1000);
    this.socket.once('open', async () => {
      this.session ??= await login();
    });
  }
  stop() {
    this.conn = this.session = undefined;
  }
}
`,
            },
          ],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.conn', checkLine: 9, suspension: 'await', suspensionLine: 9 },
          line: 9,
          column: 23,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'this.session', checkLine: 12, suspension: 'await', suspensionLine: 12 },
          line: 12,
          column: 7,
          suggestions: [],
        },
      ],
      ...javascript,
      languageOptions: { ...javascript.languageOptions, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    },
    {
      // A lock created after an await in a member no-unguarded-lazy-lock does not watch (\`ClassName.x\`, an alias of
      // \`this\`): reported here, so the line is not lost between the two rules.
      code: `
class Registry {
  static lock;
  static async get() {
    if (!Registry.lock) {
      await Registry.ready();
      Registry.lock = new Mutex();
    }
    return Registry.lock;
  }
}
function Pool() {
  var self = this;
  self.acquire = async function () {
    if (!self.lock) {
      await self.warm();
      self.lock = new Mutex();
    }
  };
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          data: { name: 'Registry.lock', checkLine: 5, suspension: 'await', suspensionLine: 6 },
          line: 7,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnInit',
          data: { name: 'self.lock', checkLine: 15, suspension: 'await', suspensionLine: 16 },
          line: 17,
          column: 7,
          suggestions: [],
        },
      ],
      ...javascript,
    },
    {
      // Look-alike: the promise stored before the `await` is another member's (`pending`); the checked `channel` is still assigned only after it.
      code: `
class Publisher {
  private channel?: Channel;
  private pending?: Promise<Channel>;
  async getChannel(): Promise<Channel> {
    if (!this.channel) {
      this.channel = await (this.pending = this.connection.acquire());
    }
    return this.channel;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 7,
          column: 7,
          suggestions: [{ messageId: 'memoizePromise', output: `
class Publisher {
  private channel?: Channel;
  #channelPromise: Promise<Channel> | undefined;
  private pending?: Promise<Channel>;
  async getChannel(): Promise<Channel> {
    if (!this.channel) {
      this.channel = await ((this.#channelPromise ??= Promise.resolve(this.pending = this.connection.acquire()).catch((error: unknown) => {
        this.#channelPromise = undefined;
        throw error;
      })));
    }
    return this.channel;
  }
}
` }, { messageId: 'useLazy', output: `
import { lazy } from 'concurrency-runtime';
class Publisher {
  private channel?: Channel;
  readonly #channelInit = lazy(() => this.pending = this.connection.acquire());
  private pending?: Promise<Channel>;
  async getChannel(): Promise<Channel> {
    if (!this.channel) {
      this.channel = await (this.#channelInit.get());
    }
    return this.channel;
  }
}
` }],
        },
      ],
    },
    {
      // Shape 4 look-alike: one runner kept in a member (`this.runner.run()`) is shared by every call, so concurrent
      // calls all prepare the plan.
      code: `
class QueryRunner {
  private plan: Plan | undefined;
  constructor(private readonly client: Client, private readonly sql: string) {}
  async run(): Promise<unknown[]> {
    if (!this.plan) this.plan = await this.client.prepare(this.sql);
    return this.client.execute(this.plan);
  }
}
export class QueryBuilder {
  private readonly runner: QueryRunner;
  constructor(client: Client, sql: string) {
    this.runner = new QueryRunner(client, sql);
  }
  exec(): Promise<unknown[]> {
    return this.runner.run();
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 6,
          column: 21,
          suggestions: [
            {
              messageId: 'memoizePromise',
              output: `
class QueryRunner {
  private plan: Plan | undefined;
  #planPromise: Promise<Plan> | undefined;
  constructor(private readonly client: Client, private readonly sql: string) {}
  async run(): Promise<unknown[]> {
    if (!this.plan) this.plan = await (this.#planPromise ??= Promise.resolve(this.client.prepare(this.sql)).catch((error: unknown) => {
      this.#planPromise = undefined;
      throw error;
    }));
    return this.client.execute(this.plan);
  }
}
export class QueryBuilder {
  private readonly runner: QueryRunner;
  constructor(client: Client, sql: string) {
    this.runner = new QueryRunner(client, sql);
  }
  exec(): Promise<unknown[]> {
    return this.runner.run();
  }
}
`,
            },
            {
              messageId: 'useLazy',
              output: `
import { lazy } from 'concurrency-runtime';
class QueryRunner {
  private plan: Plan | undefined;
  readonly #planInit = lazy(() => this.client.prepare(this.sql));
  constructor(private readonly client: Client, private readonly sql: string) {}
  async run(): Promise<unknown[]> {
    if (!this.plan) this.plan = await this.#planInit.get();
    return this.client.execute(this.plan);
  }
}
export class QueryBuilder {
  private readonly runner: QueryRunner;
  constructor(client: Client, sql: string) {
    this.runner = new QueryRunner(client, sql);
  }
  exec(): Promise<unknown[]> {
    return this.runner.run();
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Shape 4 look-alike: a fresh instance whose method is called twice without waiting (`report.run(); return
      // report.run();`) overlaps with itself.
      code: `
class AuditReport {
  async run() {
    if (!this.report) {
      this.report = await this.fetchReport();
    }
    return this;
  }
}
export function load(tree, opts) {
  const report = new AuditReport(tree, opts);
  report.run();
  return report.run();
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'memoizePromise',
              output: `
class AuditReport {
  #reportPromise;
  async run() {
    if (!this.report) {
      this.report = await (this.#reportPromise ??= Promise.resolve(this.fetchReport()).catch((error) => {
        this.#reportPromise = undefined;
        throw error;
      }));
    }
    return this;
  }
}
export function load(tree, opts) {
  const report = new AuditReport(tree, opts);
  report.run();
  return report.run();
}
`,
            },
            {
              messageId: 'useLazy',
              output: `
import { lazy } from 'concurrency-runtime';
class AuditReport {
  #reportInit = lazy(() => this.fetchReport());
  async run() {
    if (!this.report) {
      this.report = await this.#reportInit.get();
    }
    return this;
  }
}
export function load(tree, opts) {
  const report = new AuditReport(tree, opts);
  report.run();
  return report.run();
}
`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript: refresh checks, `x == null || isExpired(x)` (the check form of google-auth-library's
      // getAccessToken), `!token || force` nested in `&&`, and a staleness check nested in `&&`.
      code: `
export class TokenCache {
  private token?: Token;
  async get(): Promise<Token> {
    if (this.token == null || isExpired(this.token)) {
      this.token = await fetchToken();
    }
    return this.token;
  }
}
export class FlaggedTokenCache {
  private token?: Token;
  enabled = true;
  async get(force: boolean): Promise<Token | undefined> {
    if (this.enabled && (!this.token || force)) {
      this.token = await fetchToken();
    }
    return this.token;
  }
}
export class GatedTokenCache {
  private token?: Token;
  async get(): Promise<Token | undefined> {
    if (this.enabled && (this.token == null || isExpired(this.token))) {
      this.token = await fetchToken();
    }
    return this.token;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnRefresh',
          line: 6,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnRefresh',
          line: 16,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnRefresh',
          line: 25,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // JavaScript: the same refresh checks, plain and nested in `&&`.
      code: `
export class TokenCache {
  token;
  async get() {
    if (this.token == null || isExpired(this.token)) {
      this.token = await fetchToken();
    }
    return this.token;
  }
}
export class FlaggedTokenCache {
  token;
  enabled = true;
  async get(force) {
    if (this.enabled && (!this.token || force)) {
      this.token = await fetchToken();
    }
    return this.token;
  }
}
export class GatedTokenCache {
  token;
  async get() {
    if (this.enabled && (this.token == null || isExpired(this.token))) {
      this.token = await fetchToken();
    }
    return this.token;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'raceOnRefresh',
          line: 6,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnRefresh',
          line: 16,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'raceOnRefresh',
          line: 25,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // TypeScript: a Map cache whose early return checks staleness (`hit && hit.expires > now`) still loads once per
      // concurrent caller.
      code: `
export class EntryCache {
  private readonly cache = new Map<string, Entry>();
  async get(key: string): Promise<Entry> {
    const hit = this.cache.get(key);
    if (hit && hit.expires > Date.now()) return hit;
    const value = await load(key);
    const entry = { value, expires: Date.now() + 1000 };
    this.cache.set(key, entry);
    return entry;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnRefresh',
          line: 9,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      // TypeScript: state in a `let` of a factory that returns an object of async methods.
      code: `
export function createClient(options: Options) {
  let token: string | undefined;
  return {
    async getToken(): Promise<string> {
      if (!token) {
        token = await fetchToken(options);
      }
      return token;
    },
  };
}
`,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 7,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // JavaScript: the awaited result destructured before the assignment (`const { result } = await …; this.id =
      // result.id`).
      code: `
export class SessionClient {
  id;
  async ensure() {
    if (!this.id) {
      const { result } = await this.api.createSession();
      this.id = result.id;
    }
    return this.id;
  }
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 7,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // Shape 8 look-alike: the same one-shot use, but the class is exported, so other modules can build instances
      // and call load() concurrently.
      code: `
export class Payload {
  async load() {
    if (!this.files) {
      this.files = await Promise.all(this.options.files.map(readFile));
    }
    return this;
  }
}
export async function send(options) {
  const payload = new Payload(options);
  await payload.load();
  return post(payload);
}
`,
      ...javascript,
      output: null,
      errors: [
        {
          messageId: 'raceOnInit',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'memoizePromise',
              output: `
export class Payload {
  #filesPromise;
  async load() {
    if (!this.files) {
      this.files = await (this.#filesPromise ??= Promise.all(this.options.files.map(readFile)).catch((error) => {
        this.#filesPromise = undefined;
        throw error;
      }));
    }
    return this;
  }
}
export async function send(options) {
  const payload = new Payload(options);
  await payload.load();
  return post(payload);
}
`,
            },
            {
              messageId: 'useLazy',
              output: `
import { lazy } from 'concurrency-runtime';
export class Payload {
  #filesInit = lazy(() => Promise.all(this.options.files.map(readFile)));
  async load() {
    if (!this.files) {
      this.files = await this.#filesInit.get();
    }
    return this;
  }
}
export async function send(options) {
  const payload = new Payload(options);
  await payload.load();
  return post(payload);
}
`,
            },
          ],
        },
      ],
    },
  ],
});
