// Generates large TypeScript files of async classes for the scaling series of `npm run benchmark` and the
// linear-growth test. Every class holds the shapes each rule looks at, reported ones and look-alikes: lazy
// initialization across an await, a lock created lazily, a flag set after an await behind a guard, teardown
// that runs twice, cleanup in catch/finally, handler clears, injected callbacks inside a try, and memoized
// promises, locks in field initializers and guarded teardown that must stay quiet. Member names repeat from
// class to class, as they do in real code (`client`, `lock`, `socket`): a helper that scans the whole file
// for a member name then does work per class, which is what makes it quadratic.

const HEADER = `import { Mutex } from 'async-mutex';

interface Profile {
  readonly name: string;
}
interface Extracted {
  readonly symbols: readonly string[];
}
interface Client {
  fetchProfile(): Promise<Profile>;
  fetchSchema(): Promise<Record<string, unknown>>;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  sync(): Promise<void>;
  cleanup(): Promise<void>;
  write(data: string): Promise<void>;
  removeEventHandler(handler: (message: string) => void): void;
  query(sql: string): Promise<unknown>;
}
declare function extractData(message: string): Promise<Extracted>;
declare function openDatabase(): Promise<{ close(): Promise<void> }>;
`;

/** The source of class number `index`: about 160 lines. */
function getClassSource(index) {
  return `
export class Service${index} {
  private profile: Profile | undefined;
  private lock: Mutex | null = null;
  private readonly stableLock = new Mutex();
  private eventHandler: ((message: string) => void) | null = null;
  private socket: { close(): Promise<void> } | null = null;
  private ready?: Promise<void>;
  #schema?: Record<string, unknown>;
  connected = false;
  replied = false;
  stopped = false;
  cleanupCount = 0;

  constructor(
    private readonly client: Client,
    private readonly callback?: (data: Extracted) => Promise<void>,
  ) {
    this.profile = undefined;
  }

  async getProfile(): Promise<Profile> {
    if (!this.profile) {
      this.profile = await this.client.fetchProfile();
    }
    return this.profile;
  }

  async schema(): Promise<Record<string, unknown>> {
    if (this.#schema) return this.#schema;
    const schema = await this.client.fetchSchema();
    this.#schema = schema;
    return schema;
  }

  async ensureReady(): Promise<void> {
    this.ready ??= this.client.connect();
    return this.ready;
  }

  async send(data: string): Promise<void> {
    if (!this.lock) {
      this.lock = new Mutex();
    }
    return this.lock.runExclusive(() => this.write(data));
  }

  async sendStable(data: string): Promise<void> {
    const release = await this.stableLock.acquire();
    try {
      await this.write(data);
    } finally {
      release();
    }
  }

  private async write(data: string): Promise<void> {
    const framed = \`frame ${index}:
  \${data}
end\`;
    await this.client.write(framed);
  }

  async handleMessage(message: string): Promise<void> {
    try {
      const data = await extractData(message);
      await this.callback?.(data);
    } catch (error) {
      console.error('Message handling failed', error);
    }
  }

  async syncWithCleanup(): Promise<void> {
    try {
      await this.client.sync();
    } catch (error) {
      await this.client.cleanup();
      throw error;
    }
  }

  async migrate(): Promise<void> {
    try {
      await this.client.query('BEGIN');
      await this.client.query('UPDATE t SET n = n + ${index}');
      await this.client.query('COMMIT');
    } catch (err) {
      await this.client.query('ROLLBACK');
      throw new Error('migration failed', { cause: err });
    }
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    try {
      await this.client.disconnect();
    } finally {
      this.connected = false;
    }
  }

  async reply(content: string): Promise<void> {
    if (this.replied) throw new Error('already replied');
    await this.client.write(content);
    this.replied = true;
  }

  stopMonitoring(): void {
    if (!this.eventHandler) return;
    try {
      this.client.removeEventHandler(this.eventHandler);
    } finally {
      this.eventHandler = null;
    }
  }

  async close(): Promise<void> {
    if (!this.socket) return;
    await this.socket.close();
    this.socket = null;
  }

  async closeQuietly(): Promise<void> {
    try {
      await this.socket?.close();
    } catch (error) {
      console.warn('close failed', error);
    }
    this.socket = null;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.client.disconnect();
  }

  async shutdown(): Promise<void> {
    this.stopMonitoring();
    await this.disconnect();
    this.cleanupCount += 1;
  }

  async reconnect(): Promise<void> {
    this.lock = new Mutex();
    await this.client.connect();
  }
}

let database${index}: { close(): Promise<void> } | undefined;

export async function getDatabase${index}() {
  database${index} ??= await openDatabase();
  return database${index};
}

export function getUser${index}(db: { users: { find(id: string): Promise<unknown> } }, id: string, done: (error: unknown, user?: unknown) => void) {
  (async () => {
    try {
      const user = await db.users.find(id);
      done(null, user);
    } catch (error) {
      done(error);
    }
  })();
}
`;
}

/** The number of lines `getClassSource` produces per class, measured once. */
export const LINES_PER_CLASS = getClassSource(0).split('\n').length - 1;

/** A file of `classCount` generated classes. */
export function generateClasses(classCount) {
  let source = HEADER;
  for (let index = 0; index < classCount; index += 1) source += getClassSource(index);
  return source;
}

/** A file of about `lines` lines (whole classes). */
export function generateLines(lines) {
  return generateClasses(Math.max(1, Math.round((lines - HEADER.split('\n').length) / LINES_PER_CLASS)));
}
