import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { loadConfig } from './src/config.js';
import { pgAdapterForCli } from './src/store/pg-cli.js';
import { providerOf } from './src/store/provider.js';
import { sqliteFile } from './src/store/sqlite-file.js';

// The CLI runs its JavaScript schema engine through the same driver adapters as the app, so
// no native engine is ever downloaded. DATABASE_URL picks the provider's schema folder.
const { DATABASE_URL } = loadConfig();
const provider = providerOf(DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  async adapter() {
    return provider === 'postgresql' ? pgAdapterForCli(DATABASE_URL) : new PrismaBetterSQLite3({ url: sqliteFile(DATABASE_URL) });
  },
});
