import { defineConfig } from 'vitest/config';

// The whole suite runs on SQLite; the database-backed part runs again on PostgreSQL when
// WIREGRAPH_TEST_PG_URL names a server (CI sets it). Without it, that suite is skipped.
const pgUrl = process.env.WIREGRAPH_TEST_PG_URL;
if (!pgUrl) {
  console.log(
    'PostgreSQL suite skipped: set WIREGRAPH_TEST_PG_URL=postgresql://USER@HOST:5432/postgres to run it (a user that may create databases).',
  );
}

// The shared response cache's tests need a Redis server (CI sets WIREGRAPH_TEST_REDIS_URL).
const redisUrl = process.env.WIREGRAPH_TEST_REDIS_URL;
if (!redisUrl) {
  console.log('Redis cache suite skipped: set WIREGRAPH_TEST_REDIS_URL=redis://127.0.0.1:6379 to run it (it uses keys under wiregraph-test-*).');
}

const shared = {
  globalSetup: ['tests/helpers/global-setup.ts'],
  maxWorkers: 2,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// The attacks on a running server measure latency (/health p99, refusals at once) on a 2-core
// machine: they run after everything else, one file at a time, each database in turn.
const ATTACKS = 'tests/server/attacks.test.ts';
const attacks = (provider: 'sqlite' | 'postgresql', groupOrder: number) => ({
  extends: true as const,
  test: {
    ...shared,
    maxWorkers: 1,
    name: `attacks-${provider}`,
    include: [ATTACKS],
    sequence: { groupOrder },
    env: { NODE_ENV: 'test', WIREGRAPH_TEST_PROVIDER: provider },
  },
});

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; Node (and so Yoga and Pothos) loads the CJS one.
    // Vite would pick the ESM one for our sources, giving two GraphQLError classes.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true as const,
        test: {
          ...shared,
          name: 'sqlite',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.pg.test.ts', ATTACKS, ...(redisUrl ? [] : ['tests/**/*.redis.test.ts'])],
          env: { NODE_ENV: 'test', WIREGRAPH_TEST_PROVIDER: 'sqlite' },
        },
      },
      ...(pgUrl
        ? [
            {
              extends: true as const,
              test: {
                ...shared,
                name: 'postgresql',
                // Everything that touches a database; parsing and extraction are the same code.
                include: ['tests/{api,seed,store,cli,server}/**/*.test.ts'],
                exclude: ['tests/cli/extract.test.ts', 'tests/api/{sdl,descriptions,codegen}.test.ts', ATTACKS],
                env: { NODE_ENV: 'test', WIREGRAPH_TEST_PROVIDER: 'postgresql' },
              },
            },
            attacks('postgresql', 2),
          ]
        : []),
      attacks('sqlite', 1),
    ],
  },
});
