import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { Prisma, PrismaClient } from '../generated/client/client';
import { PrismaClient as PostgresPrismaClient } from '../generated/postgresql/client/client';
import { databaseKind, databaseUrl, sqlitePath, type DatabaseKind } from './config';
import { poolConfig, postgresTarget } from './postgres';
import { protectSqliteFiles } from './sqlite-files';
import { installCaseInsensitiveLike } from './text-search';

export { Prisma, PrismaClient };
export type * from '../generated/client/client';

const sqliteConnections = new WeakMap<PrismaClient, () => BetterSqlite3.Database | null>();
const postgresPools = new WeakMap<PrismaClient, () => pg.Pool | null>();
const dialects = new WeakMap<PrismaClient, DatabaseKind>();

/**
 * The better-sqlite3 connection under a client made by createPrismaClient, once Prisma has opened
 * it (after its first query); null before that or for other clients. Same connection, same
 * transaction state: writes through it are ordered with the client's own.
 */
export function sqliteConnectionOf(client: PrismaClient): BetterSqlite3.Database | null {
  const connection = sqliteConnections.get(client)?.();
  return connection && connection.open ? connection : null;
}

/**
 * The node-postgres pool under a PostgreSQL client made by createPrismaClient, once Prisma has
 * connected (after its first query); null before that or for other clients.
 */
export function postgresPoolOf(client: PrismaClient): pg.Pool | null {
  return postgresPools.get(client)?.() ?? null;
}

/** Which database a client, or a transaction client of it, talks to. */
export function dialectOf(client: PrismaClient | Prisma.TransactionClient): DatabaseKind {
  const known = dialects.get(client as PrismaClient);
  if (known) return known;
  // Transaction clients are proxies of their client: Prisma's provider name reads through them.
  return (client as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite';
}

/**
 * Creates a Prisma client on the configured database through a driver adapter: `file:` URLs use
 * the embedded SQLite client, `postgresql://` URLs the PostgreSQL client generated from the same
 * schema (same models and types; the SQLite client's types describe both).
 */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  const client = databaseKind(url) === 'postgresql' ? createPostgresClient(url) : createSqliteClient(url);
  dialects.set(client, databaseKind(url));
  return client;
}

function createSqliteClient(url: string): PrismaClient {
  protectSqliteFiles(sqlitePath(url));
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
      if (handle && typeof (handle as BetterSqlite3.Database).prepare === 'function') {
        connection = handle as BetterSqlite3.Database;
        // Text filters behave as on PostgreSQL (see text-search.ts).
        installCaseInsensitiveLike(connection);
        beginTransactionsImmediately(connection);
      }
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

/**
 * Prisma's SQLite adapter opens every transaction with a deferred `BEGIN`. In WAL mode a deferred
 * transaction that reads and then writes fails at once (SQLITE_BUSY_SNAPSHOT, which the busy timeout does
 * not cover) when another process (a worker, the server) committed in between; the adapter reports it as
 * "Operation has timed out". Taking the write lock when the transaction begins makes it wait its turn
 * instead (up to the busy timeout), as the statement layer's own write transactions do.
 */
function beginTransactionsImmediately(connection: BetterSqlite3.Database): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((source: string) => prepare(source === 'BEGIN' ? 'BEGIN IMMEDIATE' : source)) as typeof connection.prepare;
}

function createPostgresClient(url: string): PrismaClient {
  const target = postgresTarget(url);
  // One connection outlives idle spells (pg's default closes every idle one after 10 s): the next request after a
  // pause would otherwise open a connection first (TCP, start-up, authentication: a backend forked per connection).
  // Idle connections do not keep a process alive (a CLI command exits when it is done).
  const pool: pg.PoolConfig = { ...poolConfig(target), min: 1, idleTimeoutMillis: 60_000, allowExitOnIdle: true, keepAlive: true };
  const factory = new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined);
  let connected: pg.Pool | null = null;
  // Keep the adapter's pool: the statement layer runs its PostgreSQL statements on it (see statements/).
  const adapter: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async (): Promise<SqlDriverAdapter> => {
      const opened = await factory.connect();
      connected = opened.underlyingDriver();
      return opened;
    },
  };
  // Same models, same generated code shape: the PostgreSQL client is typed as the SQLite one.
  const client = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  postgresPools.set(client, () => connected);
  return client;
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
