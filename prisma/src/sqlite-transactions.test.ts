import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from './client';
import { sqlitePath } from './config';
import { applyMigrations } from './migrate';
import { createTestDatabaseUrl, testDialect, type TestDatabaseUrl } from './testing/database';

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');

/** Another process (as a worker is) commits one row; resolves with its exit code. */
function writeFromAnotherProcess(file: string): Promise<number | null> {
  const script = `const D = require(${JSON.stringify(betterSqlite3)}); const db = new D(${JSON.stringify(file)}, { timeout: 10000 });
    db.prepare("INSERT INTO other_writer (note) VALUES ('committed by another process')").run(); db.close();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

// Server and workers write one SQLite file from separate processes, in WAL mode. A deferred transaction that
// reads first and writes later cannot take the write lock once another process has committed since its read
// (SQLITE_BUSY_SNAPSHOT, returned at once: the busy timeout does not apply), so Prisma's transactions must take
// the write lock when they begin (client.ts).
describe.skipIf(testDialect() !== 'sqlite')('SQLite transactions beside a writer in another process', () => {
  let database: TestDatabaseUrl;
  let db: PrismaClient;
  beforeAll(async () => {
    database = await createTestDatabaseUrl('benchhub-sqlite-tx-');
    await applyMigrations(database.url);
    db = createPrismaClient(database.url);
    await db.$executeRawUnsafe('CREATE TABLE other_writer (note TEXT NOT NULL)');
  }, 60_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('a read-then-write transaction waits for the other writer instead of failing', async () => {
    let otherWriter: Promise<number | null> = Promise.resolve(null);
    const before = await db.$transaction(async (tx) => {
      const count = await tx.evaluationTask.count();
      otherWriter = writeFromAnotherProcess(sqlitePath(database.url));
      // Long enough for the other process to start and commit, were it let in.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await tx.evaluationTask.create({ data: { query: 'read, then written', plan: {} } });
      return count;
    });
    expect(await otherWriter).toBe(0);
    expect(before).toBe(0);
    expect(await db.evaluationTask.count()).toBe(1);
    const [other] = await db.$queryRawUnsafe<Array<{ n: number | bigint }>>('SELECT count(*) AS n FROM other_writer');
    expect(Number(other?.n)).toBe(1);
  }, 30_000);

  it('batch transactions still roll back together', async () => {
    const before = await db.evaluationTask.count();
    await expect(
      db.$transaction([
        db.evaluationTask.create({ data: { id: 'same-id', query: 'first', plan: {} } }),
        db.evaluationTask.create({ data: { id: 'same-id', query: 'second', plan: {} } }),
      ]),
    ).rejects.toThrow();
    expect(await db.evaluationTask.count()).toBe(before);
  });
});
