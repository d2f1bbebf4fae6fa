/**
 * Lets a test assert that a rejection *does* go unhandled (a failure nobody awaited must surface, not be
 * swallowed by a helper's bookkeeping). While `action` runs and one macrotask turn after it, every other
 * 'unhandledRejection' listener (the leak guard's, the test runner's) is set aside, so the expected
 * rejection is recorded here instead of failing the test.
 */
export async function getUnhandledRejections(action: () => void): Promise<unknown[]> {
  const others = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const reasons: unknown[] = [];
  const record = (reason: unknown): void => {
    reasons.push(reason);
  };
  process.on('unhandledRejection', record);
  try {
    action();
    // Node reports unhandled rejections after the microtask queue drains.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', record);
    for (const listener of others) process.on('unhandledRejection', listener);
  }
  return reasons;
}
