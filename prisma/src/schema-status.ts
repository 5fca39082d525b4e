/**
 * Servers and workers refuse to start against a database whose schema is behind their build:
 * migrations are a deploy step (`npm run db:migrate`), and a process that ran queries against
 * missing columns would fail half-way through evaluations instead of at start.
 */
import type { PrismaClient } from './client';
import { databaseUrl } from './config';
import { migrationNames } from './migrate';
import { DatabaseUnavailableError, checkPostgresReachable } from './postgres';
import { providerOf } from './providers';

export class SchemaBehindError extends Error {
  override name = 'SchemaBehindError';
}

export interface SchemaStatus {
  /** Migrations of this build not applied to the database, in order. */
  pending: string[];
  /** Migrations that started and did not finish (a failed deploy). */
  failed: string[];
  /** Applied migrations this build does not know (the database was migrated by a newer build). */
  unknown: string[];
}

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Compares the database's `_prisma_migrations` with this build's migrations folder. */
export async function schemaStatus(db: PrismaClient, url = databaseUrl()): Promise<SchemaStatus> {
  const expected = migrationNames(providerOf(url));
  let rows: MigrationRow[];
  try {
    rows = await db.$queryRawUnsafe<MigrationRow[]>('SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations"');
  } catch (error) {
    // No migrations table: nothing was ever applied.
    if (/_prisma_migrations|no such table|does not exist/i.test(String((error as Error)?.message ?? error))) rows = [];
    else throw error;
  }
  const live = rows.filter((row) => row.rolled_back_at === null || row.rolled_back_at === undefined);
  const applied = new Set(live.filter((row) => row.finished_at !== null && row.finished_at !== undefined).map((row) => row.migration_name));
  const failed = [...new Set(live.filter((row) => row.finished_at === null || row.finished_at === undefined).map((row) => row.migration_name))].filter((name) => !applied.has(name));
  const known = new Set(expected);
  return {
    pending: expected.filter((name) => !applied.has(name)),
    failed,
    unknown: [...applied].filter((name) => !known.has(name)).sort(),
  };
}

/**
 * Throws a one-line error when the database cannot be reached (PostgreSQL: host, port, database
 * and the fix) or its schema is behind this build (naming `npm run db:migrate`). Returns the
 * status otherwise (callers may warn about migrations from a newer build).
 */
export async function assertSchemaCurrent(db: PrismaClient, url = databaseUrl()): Promise<SchemaStatus> {
  if (providerOf(url) === 'postgresql') await checkPostgresReachable(url);
  const status = await schemaStatus(db, url);
  if (status.failed.length > 0) {
    throw new SchemaBehindError(
      `Database migration ${status.failed.join(', ')} failed part-way: fix the cause (see the output of \`npm run db:migrate\`), mark it rolled back, then run \`npm run db:migrate\``,
    );
  }
  if (status.pending.length > 0) {
    const count = status.pending.length;
    throw new SchemaBehindError(
      `Database schema is behind this build (${count} migration${count > 1 ? 's' : ''} not applied: ${status.pending.join(', ')}): run \`npm run db:migrate\``,
    );
  }
  return status;
}

/**
 * For server and worker entry points: returns when the database is reachable and current;
 * otherwise prints the one-line reason and exits with status 1.
 */
export async function databaseReadyOrExit(db: PrismaClient, warn: (message: string) => void = console.warn): Promise<void> {
  try {
    const status = await assertSchemaCurrent(db);
    if (status.unknown.length > 0) warn(`Database has migrations this build does not know (${status.unknown.join(', ')}): it was migrated by a newer version`);
  } catch (error) {
    if (!(error instanceof SchemaBehindError || error instanceof DatabaseUnavailableError)) throw error;
    console.error(error.message);
    await db.$disconnect().catch(() => {});
    process.exit(1);
  }
}
