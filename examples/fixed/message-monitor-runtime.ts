// The design note's monitoring component with concurrency-runtime doing the bookkeeping:
// each helper is one of the note's patterns, implemented once and tested under random interleavings.
import {
  FailureBudget,
  Lifecycle,
  Mutex,
  lazy,
  releaseThenClear,
  runIdempotent,
  withCleanup,
} from 'concurrency-runtime';
import { extractData, type ChatClient, type Extracted, type Message, type MessageHandler } from '../chat-client.js';

type ConnectionState = 'connected' | 'disconnecting' | 'disconnected';

export class MessageMonitor {
  cleanupCount = 0;
  // Pattern 1: the lock is created with the object; `lazy` shares one in-flight fetch and retries after a failure.
  private readonly sendLock = new Mutex({ name: 'send' });
  private readonly profile = lazy(() => this.client.fetchProfile());
  // Pattern 2: the check and the state change are one atomic call, logged at debug level.
  private readonly connection = new Lifecycle<ConnectionState>('connected', { name: 'monitor' });
  private eventHandler: MessageHandler | null = null;
  // Pattern 6: callback failures are counted; the tenth triggers an emergency shutdown, whose failure is logged.
  private readonly callbackFailures = new FailureBudget({ limit: 10, onExhausted: () => this.shutdown(), name: 'callback' });

  constructor(
    private readonly client: ChatClient,
    private readonly callback?: (data: Extracted) => Promise<void>,
  ) {}

  get connected(): boolean {
    return this.connection.is('connected');
  }

  async send(text: string): Promise<void> {
    await this.sendLock.runExclusive(() => this.client.send(text));
  }

  getProfile() {
    return this.profile.get();
  }

  async disconnect(): Promise<void> {
    if (!this.connection.transition('connected', 'disconnecting')) return;
    try {
      await this.client.disconnect();
    } catch (error) {
      console.error('Disconnect error', error);
    } finally {
      this.connection.transition('disconnecting', 'disconnected');
    }
  }

  // Pattern 3: one run however many callers; every caller waits for it to finish; a call from inside returns at once.
  async shutdown(): Promise<void> {
    await runIdempotent(this, 'shutdown', async () => {
      await this.stopMonitoring();
      await this.disconnect();
      this.cleanupCount += 1;
    });
  }

  // Pattern 4, the note's operation_with_cleanup: cleanup runs however sync() ended, the caller always gets
  // sync()'s own error, and a cleanup failure after a failed sync() is logged with both errors.
  async syncWithCleanup(): Promise<void> {
    await withCleanup(
      () => this.client.sync(),
      () => this.client.cleanup(),
    );
  }

  // Pattern 5: the reference is cleared only if the removal succeeded; a failure is logged and can be retried.
  async stopMonitoring(): Promise<boolean> {
    return releaseThenClear(
      this.eventHandler,
      (handler) => this.client.removeEventHandler(handler),
      () => {
        this.eventHandler = null;
      },
      { label: 'event handler' },
    );
  }

  // Pattern 6: extraction and delivery are separate zones.
  async handleMessage(message: Message): Promise<void> {
    let data: Extracted;
    try {
      data = await extractData(message);
    } catch (error) {
      console.error('Data extraction failed', error);
      return;
    }
    const { callback } = this;
    if (callback) await this.callbackFailures.run(() => callback(data));
  }
}
