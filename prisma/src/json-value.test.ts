import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from './client';
import { jsonValue } from './json-value';
import { applyMigrations } from './migrate';
import { createTestDatabaseUrl, testDialect, type TestDatabaseUrl } from './testing/database';

// A document with what task results hold: nesting, arrays of objects, numbers, nulls, booleans, unicode and keys
// that look like Prisma's own tags.
const document = {
  ranking: [
    { modelName: 'a/b', accuracy: 0.8125, interval: [0.7, 0.9], group: 'a', n: 96 },
    { modelName: '모델', accuracy: 0, interval: [0, 0.04], group: null, n: 96 },
  ],
  pairwise: { 'a/b|모델': { pValue: 1e-9, significant: true } },
  notes: ['line "quoted"\nnext', ''],
  $type: 'not a Prisma tag',
  empty: {},
};

describe(`jsonValue on ${testDialect()}`, () => {
  let database: TestDatabaseUrl;
  let db: PrismaClient;
  beforeAll(async () => {
    database = await createTestDatabaseUrl('benchhub-json-value-');
    await applyMigrations(database.url);
    db = createPrismaClient(database.url);
  }, 60_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('stores the same JSON as a walked argument, in create and update', async () => {
    const walked = await db.evaluationTask.create({ data: { id: randomUUID(), query: 'walked', plan: document, result: document } });
    const passed = await db.evaluationTask.create({ data: { id: randomUUID(), query: 'passed', plan: jsonValue(document), result: jsonValue(document) } });
    expect(passed.plan).toEqual(walked.plan);
    expect(passed.result).toEqual(document);
    const updated = await db.evaluationTask.update({ where: { id: passed.id }, data: { result: jsonValue({ ...document, notes: [] }) } });
    expect(updated.result).toEqual({ ...document, notes: [] });
    const read = await db.evaluationTask.findUniqueOrThrow({ where: { id: walked.id } });
    expect(read.result).toEqual(document);
  });

  it('works inside a nested createMany', async () => {
    const summary = { n: 3, correct: 2, subjects: [{ subject: 'Math', n: 3 }] };
    const endpoint = await db.modelEndpoint.create({ data: { name: 'json-value/m', kind: 'OPENAI_COMPATIBLE', baseUrl: 'http://127.0.0.1:9/v1', modelId: 'm', params: {} } });
    const task = await db.evaluationTask.create({
      data: {
        id: randomUUID(),
        query: 'nested',
        plan: jsonValue(document),
        runs: { createMany: { data: [{ id: randomUUID(), modelEndpointId: endpoint.id, modelName: 'm', total: 3, summary: jsonValue(summary) }] } },
      },
      include: { runs: true },
    });
    expect(task.runs[0]!.summary).toEqual(summary);
  });
});
