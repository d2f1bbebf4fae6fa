// The design note's monitoring component, ported to TypeScript with each of its DON'Ts.
// Every line marked `// expect: <rule>` is where that rule reports; `npm start` shows the findings.
import { Mutex } from 'async-mutex';
import { extractData, type ChatClient, type Extracted, type Message, type MessageHandler, type Profile } from '../chat-client.js';

export class MessageMonitor {
  connected = false;
  cleanupCount = 0;
  private sendLock: Mutex | null = null;
  private readonly disconnectLock = new Mutex();
  private eventHandler: MessageHandler | null = null;
  private profile: Profile | undefined;
  private shutdownComplete = false;

  constructor(
    private readonly client: ChatClient,
    private readonly callback?: (data: Extracted) => Promise<void>,
  ) {}

  // Pattern 1, pitfall 1: a lock created on first use.
  async send(text: string): Promise<void> {
    if (this.sendLock === null) {
      this.sendLock = new Mutex(); // expect: no-unguarded-lazy-lock
    }
    await this.sendLock.runExclusive(() => this.client.send(text));
  }

  // Pattern 1 as it bites in JavaScript: check, await, then act. Concurrent callers fetch twice.
  async getProfile(): Promise<Profile> {
    if (!this.profile) {
      this.profile = await this.client.fetchProfile(); // expect: no-async-lazy-init-race
    }
    return this.profile;
  }

  // Pattern 2, pitfall 2: the state flag is set in `finally`, after the await.
  async disconnect(): Promise<void> {
    await this.disconnectLock.runExclusive(async () => {
      if (!this.connected) return;
      try {
        await this.client.disconnect();
      } finally {
        this.connected = false; // expect: no-state-flag-after-await
      }
    });
  }

  // Pattern 3: no in-progress tracking, so concurrent shutdowns clean up twice.
  async shutdown(): Promise<void> { // expect: require-idempotent-teardown
    this.stopMonitoring();
    await this.disconnect();
    this.cleanupCount += 1;
    this.shutdownComplete = true;
  }

  // Pattern 4, pitfall 3: if cleanup fails, the original error is lost.
  async syncWithCleanup(): Promise<void> {
    try {
      await this.client.sync();
    } catch (error) {
      await this.client.cleanup(); // expect: no-shadowed-exception
      throw error;
    }
  }

  // Pattern 5, pitfall 4: the reference is cleared even when the removal failed.
  stopMonitoring(): void {
    if (!this.eventHandler) return;
    try {
      this.client.removeEventHandler(this.eventHandler);
    } finally {
      this.eventHandler = null; // expect: no-unconditional-handler-clear
    }
  }

  // Pattern 6: one `try` for extraction and delivery; a callback failure looks like an extraction failure.
  async handleMessage(message: Message): Promise<void> {
    try {
      const data = await extractData(message);
      await this.callback?.(data); // expect: no-mixed-error-zones
    } catch (error) {
      console.error('Message handling failed', error);
    }
  }

  get isShutDown(): boolean {
    return this.shutdownComplete;
  }
}
