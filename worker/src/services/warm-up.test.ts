import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createMigratedTestDatabase, type MigratedTestDatabase } from '@benchhub/db/testing/database';
import { type PrismaClient } from '@benchhub/db';
import { warmUpModelCalls, warmUpQueries } from './warm-up';

let database: MigratedTestDatabase;
let db: PrismaClient;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  database = await createMigratedTestDatabase('benchhub-warm-up-');
  db = database.db;
  const dataset = await db.dataset.create({ data: { name: 'd', version: 'v1', source: 'test' } });
  await db.benchmarkItem.create({
    data: { id: 'item-1', datasetId: dataset.id, problemType: 'MCQA', prompt: 'Q?', options: ['a', 'b'], answer: 'A', taskType: 'Knowledge', targetType: 'General', subjectType: ['Science/Math'], benchmarkName: 'b', language: 'English' },
  });
  await db.leaderboardEntry.create({ data: { modelName: 'm', language: 'English', subject: 'Science/Math', coarseSubject: 'Science', taskType: 'Knowledge', score: 0.5, source: 'IMPORTED' } });
}, 60_000);

afterAll(async () => {
  await database?.close();
});

async function snapshot() {
  const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
    database.dialect === 'postgresql'
      ? `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_%' ESCAPE '\\' ORDER BY 1`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'`,
  );
  const counts: Record<string, unknown> = {};
  for (const { name } of tables) counts[name] = await db.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY 1`);
  return counts;
}

describe('worker warm-up', () => {
  it('compiles the query shapes without changing a single row', async () => {
    const before = await snapshot();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['ExperimentSample', 'LeaderboardEntry', 'ModelRun', 'EvaluationTask']));
    await warmUpQueries(db, logger);
    expect(await snapshot()).toEqual(before);
  });

  it('runs the request path against an in-process answer, without the network', async () => {
    const started = performance.now();
    await warmUpModelCalls(logger);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
