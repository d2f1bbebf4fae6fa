// One input shared by the engine and CLI tests: a flag set in `finally` after the await its guard precedes
// (no-state-flag-after-await's `flagAfterAwait`, cured by `claimAfterGuard`), and its cured form.

export const lateFlag = `export class Connection {
  connected = true;
  constructor(private readonly client: { disconnect(): Promise<void> }) {}
  async disconnect(): Promise<void> {
    if (!this.connected) return;
    try {
      await this.client.disconnect();
    } finally {
      this.connected = false;
    }
  }
}
`;

export const lateFlagCured = `export class Connection {
  connected = true;
  constructor(private readonly client: { disconnect(): Promise<void> }) {}
  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.client.disconnect();
  }
}
`;
