/**
 * Databases for tests, on the database TEST_DATABASE names: a temporary SQLite file, or a throwaway
 * PostgreSQL database (random name) on POSTGRES_ADMIN_URL that is dropped afterwards. Tests never
 * touch DATABASE_URL, and never drop a database they did not create.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/client/client';
import { PrismaClient as PostgresPrismaClient } from '../../generated/postgresql/client/client';
import { createPrismaClient } from '../client';
import { config, sqlitePath, type DatabaseKind } from '../config';
import { applyMigrations } from '../migrate';
import { createThrowawayDatabase, poolConfig, postgresTarget } from '../postgres';

export interface TestDatabaseUrl {
  url: string;
  dialect: DatabaseKind;
  /** A scratch directory of this database's own (holds the SQLite file; removed by drop()). */
  dir: string;
  /** Removes the database (file or throwaway PostgreSQL database) and the scratch directory. */
  drop(): Promise<void>;
}

/** The dialect the tests run on (TEST_DATABASE=postgres for PostgreSQL). */
export function testDialect(): DatabaseKind {
  return config().TEST_DATABASE === 'postgres' ? 'postgresql' : 'sqlite';
}

/** An empty database (not migrated) of the test dialect; a SQLite file goes under `parentDir`. */
export async function createTestDatabaseUrl(prefix = 'benchhub-test-', dialect = testDialect(), parentDir = os.tmpdir()): Promise<TestDatabaseUrl> {
  const dir = mkdtempSync(path.join(parentDir, prefix));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (dialect === 'postgresql') {
    const label = prefix.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_*(benchhub_)?|_+$/g, '').slice(0, 24);
    const database = await createThrowawayDatabase(`benchhub_test${label ? `_${label}` : ''}`).catch((error: unknown) => {
      removeDir();
      throw error;
    });
    return {
      url: database.url,
      dialect,
      dir,
      drop: async () => {
        removeDir();
        await database.drop();
      },
    };
  }
  return { url: `file:${path.join(dir, 'test.db')}`, dialect, dir, drop: async () => removeDir() };
}

export interface MigratedTestDatabase extends TestDatabaseUrl {
  /** A client made by createPrismaClient (with the statement layer's fast paths). */
  db: PrismaClient;
  /** Disconnects the client and drops the database. */
  close(): Promise<void>;
}

/** A migrated, empty database of the test dialect with a client on it. */
export async function createMigratedTestDatabase(prefix = 'benchhub-test-', dialect = testDialect()): Promise<MigratedTestDatabase> {
  const database = await createTestDatabaseUrl(prefix, dialect);
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const db = createPrismaClient(database.url);
  return {
    ...database,
    db,
    async close() {
      await db.$disconnect();
      await database.drop();
    },
  };
}

/**
 * A Prisma client on `url` made without createPrismaClient, so it has none of the statement
 * layer's fast paths (SQLite connection, PostgreSQL pool): the same statements then go through
 * Prisma, and tests check both paths give the same rows.
 */
export function plainPrismaClient(url: string): PrismaClient {
  if (url.startsWith('file:')) return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 10_000 }) });
  return new PostgresPrismaClient({ adapter: new PrismaPg(poolConfig(postgresTarget(url))) }) as unknown as PrismaClient;
}

/**
 * What the database holds, as text to search for values that must not be stored: SQLite's main
 * file and write-ahead log byte for byte (latin1), or every row of the PostgreSQL database as
 * pg_dump writes it.
 */
export function databaseContents(url: string): string {
  if (url.startsWith('file:')) {
    const file = sqlitePath(url);
    return [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
  }
  const target = postgresTarget(url);
  const args = ['--data-only', '--no-owner', '-h', target.host, '-p', String(target.port), '-d', target.database];
  if (target.user) args.push('-U', target.user);
  if (target.schema) args.push('-n', target.schema);
  const dump = spawnSync('pg_dump', args, { encoding: 'utf8', env: { ...process.env, ...(target.password ? { PGPASSWORD: target.password } : {}) }, maxBuffer: 256 * 1024 * 1024 });
  if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.error?.message ?? dump.stderr}`);
  return dump.stdout;
}
