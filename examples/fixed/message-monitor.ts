// The design note's monitoring component in the recommended forms, written out by hand.
// `message-monitor-runtime.ts` beside it gets the same guarantees from concurrency-runtime.
import { Mutex } from 'async-mutex';
import { extractData, type ChatClient, type Extracted, type Message, type MessageHandler, type Profile } from '../chat-client.js';

const MAX_CALLBACK_FAILURES = 10;

export class MessageMonitor {
  connected = false;
  cleanupCount = 0;
  // Pattern 1: a JavaScript lock needs no event loop, so it is created once, with the object.
  private readonly sendLock = new Mutex();
  private readonly disconnectLock = new Mutex();
  private eventHandler: MessageHandler | null = null;
  private profile: Promise<Profile> | undefined;
  private shutdownInProgress = false;
  private shutdownComplete = false;
  private failureCount = 0;

  constructor(
    private readonly client: ChatClient,
    private readonly callback?: (data: Extracted) => Promise<void>,
  ) {}

  async send(text: string): Promise<void> {
    await this.sendLock.runExclusive(() => this.client.send(text));
  }

  // Pattern 1 in JavaScript: memoize the promise synchronously, and forget it if it rejects so a later call retries.
  getProfile(): Promise<Profile> {
    this.profile ??= this.client.fetchProfile().catch((error: unknown) => {
      this.profile = undefined;
      throw error;
    });
    return this.profile;
  }

  // Pattern 2: the flag flips right after the guard, before the first await.
  async disconnect(): Promise<void> {
    await this.disconnectLock.runExclusive(async () => {
      if (!this.connected) return;
      this.connected = false;
      try {
        await this.client.disconnect();
      } catch (error) {
        console.error('Disconnect error', error); // already disconnected: the flag stays false
      }
    });
  }

  // Pattern 3: separate in-progress and complete flags, set before the first await.
  async shutdown(): Promise<void> {
    if (this.shutdownComplete || this.shutdownInProgress) return;
    this.shutdownInProgress = true;
    try {
      this.stopMonitoring();
      await this.disconnect();
      this.cleanupCount += 1;
    } finally {
      this.shutdownComplete = true;
    }
  }

  // Pattern 4: cleanup has its own try, so the original error is the one rethrown; both are logged.
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

  // Pattern 5: the reference is cleared only when the removal succeeded, so a failed removal can be retried.
  stopMonitoring(): void {
    if (!this.eventHandler) return;
    try {
      this.client.removeEventHandler(this.eventHandler);
      this.eventHandler = null;
    } catch (error) {
      console.warn('Failed to remove handler', error);
    }
  }

  // Pattern 6: extraction and delivery are separate error zones; callback failures are counted.
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
      console.error('Callback failed', error);
      this.failureCount += 1;
      if (this.failureCount >= MAX_CALLBACK_FAILURES) {
        try {
          await this.shutdown();
        } catch (shutdownError) {
          console.error('Emergency shutdown failed', shutdownError);
        }
      }
    }
  }
}
