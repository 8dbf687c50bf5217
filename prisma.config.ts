import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { sqliteFile } from './src/store/sqlite-file.js';
import { loadConfig } from './src/config.js';

// The CLI runs its JavaScript schema engine through the same driver adapter as the app,
// so no native engine is ever downloaded (see docs/prisma-offline.md).
const { DATABASE_URL } = loadConfig();

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/sqlite',
  migrations: { path: 'prisma/sqlite/migrations' },
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteFile(DATABASE_URL) });
  },
});
