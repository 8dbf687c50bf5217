import { readFileSync, realpathSync } from 'node:fs';
import { expect, it } from 'vitest';

/** The data model a generated client was built from, as Prisma embeds it. */
function runtimeDataModel(provider: string): unknown {
  const source = readFileSync(`src/generated/${provider}/internal/class.ts`, 'utf8');
  const json = /config\.runtimeDataModel = JSON\.parse\("((?:[^"\\]|\\.)*)"\)/.exec(source)![1]!;
  return JSON.parse(JSON.parse(`"${json}"`));
}

it('SQLite and PostgreSQL share one models file and generate the same data model', () => {
  expect(realpathSync('prisma/sqlite/models.prisma')).toBe(realpathSync('prisma/models.prisma'));
  expect(realpathSync('prisma/postgresql/models.prisma')).toBe(realpathSync('prisma/models.prisma'));
  expect(runtimeDataModel('postgresql')).toEqual(runtimeDataModel('sqlite'));
});
