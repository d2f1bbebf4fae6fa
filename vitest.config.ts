import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/integration/.cache/**'],
    // Fail instead of warn: a stray rejection in a concurrency runtime is a bug, not noise.
    dangerouslyIgnoreUnhandledErrors: false,
    testTimeout: 20_000,
  },
});
