import rule from '../../rules/no-state-flag-after-await.js';
import { javascript, ruleTester } from './rule-tester.js';

ruleTester.run('no-state-flag-after-await', rule, {
  valid: [
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
  ],
  invalid: [
    {
      // The note's DON'T: the flag is set in `finally`, inside a critical section.
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
          messageId: 'flagAfterAwait',
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
      // A `#private` enum state with a throw guard; finally with a catch keeps the catch.
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
          messageId: 'flagAfterAwait',
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
  ],
});
