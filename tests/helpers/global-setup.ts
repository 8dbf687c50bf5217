// Migrates one template database per test run with the real `prisma migrate deploy`;
// each test file then works on its own copy (see ./db.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-test-'));
  const template = join(dir, 'template.db');
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: 'pipe',
  });
  project.provide('templateDb', template);
  return () => rmSync(dir, { recursive: true, force: true });
}
