/**
 * A migrated, seeded temporary database for service tests, on the database the tests run on
 * (TEST_DATABASE: a SQLite file, or a throwaway PostgreSQL database created and dropped here).
 */
import { createPrismaClient, type DatabaseKind, type PrismaClient } from '@benchhub/db';
import { createTestDatabaseUrl } from '@benchhub/db/testing/database';
import { setupDatabase } from '../../src/services/setup.service';

export interface TempDatabase {
  db: PrismaClient;
  url: string;
  dialect: DatabaseKind;
  /** A scratch directory of this database's own (removed by close()). */
  dir: string;
  close(): Promise<void>;
}

export async function createTempDatabase(prefix = 'benchhub-test-'): Promise<TempDatabase> {
  const database = await createTestDatabaseUrl(prefix);
  const db = createPrismaClient(database.url);
  try {
    await setupDatabase(db, database.url);
  } catch (error) {
    await db.$disconnect();
    await database.drop();
    throw error;
  }
  return {
    db,
    url: database.url,
    dialect: database.dialect,
    dir: database.dir,
    async close() {
      await db.$disconnect();
      await database.drop();
    },
  };
}
