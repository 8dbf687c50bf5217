import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each API test file opens its own temporary SQLite database; two workers match the machine.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
