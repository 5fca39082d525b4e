import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type BetterSqlite3 from 'better-sqlite3';
import { Prisma, PrismaClient } from '../generated/client/client';
import { databaseKind, databaseUrl, sqlitePath } from './config';

export { Prisma, PrismaClient };
export type * from '../generated/client/client';

const sqliteConnections = new WeakMap<PrismaClient, () => BetterSqlite3.Database | null>();

/**
 * The better-sqlite3 connection under a client made by createPrismaClient, once Prisma has opened
 * it (after its first query); null before that or for other clients. Same connection, same
 * transaction state: writes through it are ordered with the client's own.
 */
export function sqliteConnectionOf(client: PrismaClient): BetterSqlite3.Database | null {
  const connection = sqliteConnections.get(client)?.();
  return connection && connection.open ? connection : null;
}

/** Creates a Prisma client on the configured database (SQLite by default) through a driver adapter. */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (databaseKind(url) !== 'sqlite') {
    throw new Error('Only SQLite (DATABASE_URL=file:...) is supported by this build.');
  }
  // The busy timeout rides out short write locks between processes (server, workers).
  const factory = new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 10_000 });
  let connection: BetterSqlite3.Database | null = null;
  // The adapter opens its better-sqlite3 connection on connect(); keep a handle to it so hot-path
  // bulk writes can use prepared statements on the very same connection (see samples.ts).
  const adapter: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async (): Promise<SqlDriverAdapter> => {
      const connected = await factory.connect();
      const handle = (connected as unknown as { client?: unknown }).client;
      if (handle && typeof (handle as BetterSqlite3.Database).prepare === 'function') connection = handle as BetterSqlite3.Database;
      return connected;
    },
  };
  const client = new PrismaClient({ adapter });
  sqliteConnections.set(client, () => connection);
  // WAL (set by the migrations runner, persistent) lets readers and the writer proceed together;
  // synchronous=NORMAL is durable in WAL mode and avoids an fsync per commit.
  void client.$queryRawUnsafe('PRAGMA synchronous = NORMAL').catch(() => {});
  return client;
}

const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * A statement prepared once per connection and SQL text: preparing is most of the cost of a small
 * statement, and the driver adapter prepares every statement anew. Integers read as numbers.
 */
export function preparedStatement(connection: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let statements = prepared.get(connection);
  if (!statements) prepared.set(connection, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (statement.reader) statement.safeIntegers(false);
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * Rows of a read-only statement with `?` parameters. On a client from createPrismaClient whose
 * connection is open, a cached prepared statement on that connection (rows straight from SQLite,
 * without the driver adapter's per-row type mapping: several times faster for thousands of rows);
 * otherwise the same statement through Prisma. Integers come back as numbers; JSON columns as text
 * or parsed, depending on the path, so callers accept both.
 */
export async function readRows<T>(db: PrismaClient, sql: string, ...args: unknown[]): Promise<T[]> {
  const connection = sqliteConnectionOf(db);
  if (!connection) return db.$queryRawUnsafe<T[]>(sql, ...args);
  return preparedStatement(connection, sql).all(...args) as T[];
}

/** Thrown on purpose to roll a transaction back. */
class RollBack extends Error {}

/**
 * Runs `work` in a transaction and always rolls it back (start-up warm-ups run real statements this
 * way to compile them without changing anything). Errors from `work` other than the roll-back are
 * rethrown.
 */
export async function inRolledBackTransaction(db: PrismaClient, work: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<void> {
  await db
    .$transaction(async (tx) => {
      await work(tx);
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
}
