import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseKind, databaseUrl, sqlitePath } from './config';
import { MIGRATIONS_DIR, NO_FILTERS, SCHEMA_PATH, readMigrationsList, withSchemaEngine } from './schema-engine';

/** Applies pending migrations from prisma/migrations; returns the names applied now. */
export async function applyMigrations(url = databaseUrl()): Promise<string[]> {
  if (databaseKind(url) === 'sqlite') mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  const applied = await withSchemaEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: NO_FILTERS });
    return out.appliedMigrationNames;
  });
  if (databaseKind(url) === 'sqlite' && sqlitePath(url) !== ':memory:') {
    // WAL is a persistent property of the file: the server reads while workers write.
    const sqlite = new Database(sqlitePath(url));
    try {
      sqlite.pragma('journal_mode = WAL');
    } finally {
      sqlite.close();
    }
  }
  return applied;
}

export interface DriftReport {
  inSync: boolean;
  /** SQL that would bring the migrations up to schema.prisma (empty when in sync). */
  sql: string;
}

/** Compares the migrations folder with schema.prisma (replayed on a shadow database). */
export async function checkDrift(url = databaseUrl()): Promise<DriftReport> {
  return withSchemaEngine(url, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrationsList() },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    } as Parameters<typeof engine.diff>[0]);
    return { inSync: result.exitCode === 0, sql: result.exitCode === 0 ? '' : (result.stdout ?? '') };
  });
}

/** Writes a new migration folder with the SQL that brings the migrations up to schema.prisma. */
export async function createMigration(name: string, url = databaseUrl()): Promise<string | null> {
  const drift = await checkDrift(url);
  if (drift.inSync) return null;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dirName = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`;
  const dir = path.join(MIGRATIONS_DIR, dirName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), drift.sql);
  return dirName;
}
