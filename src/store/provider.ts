// Which database a DATABASE_URL names. SQLite is the embedded default; PostgreSQL is the
// scale-out path. Both run the same models (prisma/models.prisma).
export type Provider = 'sqlite' | 'postgresql';

export function providerOf(url: string): Provider {
  if (/^postgres(?:ql)?:\/\//.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL), got "${url}"`);
}
