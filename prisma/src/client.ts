import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { Prisma, PrismaClient } from '../generated/client/client';
import { databaseKind, databaseUrl, sqlitePath } from './config';

export { Prisma, PrismaClient };
export type * from '../generated/client/client';

/** Creates a Prisma client on the configured database (SQLite by default) through a driver adapter. */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (databaseKind(url) !== 'sqlite') {
    throw new Error('Only SQLite (DATABASE_URL=file:...) is supported by this build.');
  }
  // The busy timeout rides out short write locks between processes (server, workers).
  const adapter = new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 10_000 });
  const client = new PrismaClient({ adapter });
  // WAL (set by the migrations runner, persistent) lets readers and the writer proceed together;
  // synchronous=NORMAL is durable in WAL mode and avoids an fsync per commit.
  void client.$queryRawUnsafe('PRAGMA synchronous = NORMAL').catch(() => {});
  return client;
}
