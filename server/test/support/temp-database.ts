/** A migrated, seeded temporary SQLite database for service tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@benchhub/db';
import { setupDatabase } from '../../src/services/setup.service';

export interface TempDatabase {
  db: PrismaClient;
  url: string;
  dir: string;
  close(): Promise<void>;
}

export async function createTempDatabase(prefix = 'benchhub-test-'): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const url = `file:${path.join(dir, 'test.db')}`;
  const db = createPrismaClient(url);
  await setupDatabase(db, url);
  return {
    db,
    url,
    dir,
    async close() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
