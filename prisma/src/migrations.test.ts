import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, checkDrift } from './migrate';
import { createPrismaClient } from './client';

describe('migrations', () => {
  it('match schema.prisma (drift gate): run `npm run db:migrate:create -- <name>` after editing the schema', async () => {
    const drift = await checkDrift('file::memory:');
    expect(drift.sql).toBe('');
    expect(drift.inSync).toBe(true);
  }, 60_000);

  it('deploy onto an empty SQLite file, are idempotent, and give a working client', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-migrate-'));
    const url = `file:${path.join(dir, 'test.db')}`;
    try {
      const first = await applyMigrations(url);
      expect(first.length).toBeGreaterThan(0);
      expect(await applyMigrations(url)).toEqual([]);
      const db = createPrismaClient(url);
      expect(await db.evaluationTask.count()).toBe(0);
      await db.$disconnect();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
