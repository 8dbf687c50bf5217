import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; Node (and so Yoga and Pothos) loads the CJS one.
    // Vite would pick the ESM one for our sources, giving two GraphQLError classes.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    env: { NODE_ENV: 'test' },
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
