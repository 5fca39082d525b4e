/**
 * Databases for tests, on the database TEST_DATABASE names: a temporary SQLite file, or a throwaway
 * PostgreSQL database (random name) on POSTGRES_ADMIN_URL that is dropped afterwards. Tests never
 * touch DATABASE_URL, and never drop a database they did not create.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/client/client';
import { PrismaClient as PostgresPrismaClient } from '../../generated/postgresql/client/client';
import { config, sqlitePath, type DatabaseKind } from '../config';
import { createThrowawayDatabase, poolConfig, postgresTarget } from '../postgres';

export interface TestDatabaseUrl {
  url: string;
  dialect: DatabaseKind;
  /** Removes the database (file or throwaway PostgreSQL database). */
  drop(): Promise<void>;
}

/** The dialect the tests run on (TEST_DATABASE=postgres for PostgreSQL). */
export function testDialect(): DatabaseKind {
  return config().TEST_DATABASE === 'postgres' ? 'postgresql' : 'sqlite';
}

/** An empty database (not migrated) of the test dialect. */
export async function createTestDatabaseUrl(prefix = 'benchhub-test-', dialect = testDialect()): Promise<TestDatabaseUrl> {
  if (dialect === 'postgresql') {
    const label = prefix.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_*(benchhub_)?|_+$/g, '').slice(0, 24);
    const database = await createThrowawayDatabase(`benchhub_test${label ? `_${label}` : ''}`);
    return { url: database.url, dialect, drop: () => database.drop() };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { url: `file:${path.join(dir, 'test.db')}`, dialect, drop: async () => rmSync(dir, { recursive: true, force: true }) };
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
