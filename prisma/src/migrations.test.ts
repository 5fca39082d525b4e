import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, checkDrift, migrationNames } from './migrate';
import { createPrismaClient, dialectOf } from './client';
import { createThrowawayDatabase } from './postgres';
import { POSTGRES_SCHEMA_PATH, SchemaVariantError, postgresSchemaText, schemaText } from './providers';

describe('migrations', () => {
  it.each(['sqlite', 'postgresql'] as const)(
    'of %s match schema.prisma (drift gate): run `npm run db:migrate:create -- <name>` after editing the schema',
    async (provider) => {
      const drift = await checkDrift(provider);
      expect(drift.sql).toBe('');
      expect(drift.inSync).toBe(true);
    },
    120_000,
  );

  it('exist under the same names for both providers', () => {
    expect(migrationNames('postgresql')).toEqual(migrationNames('sqlite'));
  });

  it('deploy onto an empty SQLite file, are idempotent, and give a working client', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-migrate-'));
    const url = `file:${path.join(dir, 'test.db')}`;
    try {
      const first = await applyMigrations(url);
      expect(first).toEqual(migrationNames('sqlite'));
      expect(await applyMigrations(url)).toEqual([]);
      const db = createPrismaClient(url);
      expect(dialectOf(db)).toBe('sqlite');
      expect(await db.evaluationTask.count()).toBe(0);
      await db.$disconnect();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('deploy onto an empty PostgreSQL database once when several processes start at once (advisory lock), and give a working client', async () => {
    const database = await createThrowawayDatabase('benchhub_test');
    try {
      const runs = await Promise.all([applyMigrations(database.url), applyMigrations(database.url), applyMigrations(database.url)]);
      // Exactly one applied everything; the others waited for the lock and found nothing to do.
      expect(runs.filter((applied) => applied.length > 0)).toEqual([migrationNames('postgresql')]);
      expect(runs.flat().sort()).toEqual(migrationNames('postgresql'));
      const db = createPrismaClient(database.url);
      try {
        expect(dialectOf(db)).toBe('postgresql');
        await db.dataset.create({ data: { name: 'd', version: 'v', source: 's' } });
        expect(await db.dataset.count()).toBe(1);
        await db.$transaction(async (tx) => expect(dialectOf(tx)).toBe('postgresql'));
      } finally {
        await db.$disconnect();
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});

describe('the PostgreSQL schema', () => {
  it('is schema.prisma with the provider swapped and its own client output, and was generated from the current schema.prisma', () => {
    const text = schemaText('postgresql');
    expect(text).toContain('provider = "postgresql"');
    expect(text).not.toContain('provider = "sqlite"');
    expect(text).not.toContain('prisma-pothos-types');
    expect(text).toMatch(/output\s*=\s*"\.\/client"/);
    // The generated client was made from this very text (npm install / `npm -w prisma run generate`).
    expect(readFileSync(POSTGRES_SCHEMA_PATH, 'utf8')).toBe(text);
  });

  it('refuses what it cannot translate', () => {
    expect(() => postgresSchemaText('datasource db {\n  provider = "mysql"\n}\n')).toThrow(SchemaVariantError);
    expect(() => postgresSchemaText('datasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id String @id @db.Text\n}\n')).toThrow(/native type @db.Text/);
  });
});
