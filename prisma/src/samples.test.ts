import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, postgresPoolOf, sqliteConnectionOf, type PrismaClient } from './client';
import { applyMigrations } from './migrate';
import { FenceLostError, insertCachedResponses, insertSamples, loadSampleOutcomes, STORED_ERROR_MAX_CHARS, STORED_OUTPUT_MAX_CHARS, type SampleRow } from './samples';
import { createTestDatabaseUrl, plainPrismaClient, type TestDatabaseUrl } from './testing/database';

let database: TestDatabaseUrl;
let url: string;
let db: PrismaClient;
let runId: string;
const fastPath = (client: PrismaClient) => sqliteConnectionOf(client) !== null || postgresPoolOf(client) !== null;
beforeAll(async () => {
  database = await createTestDatabaseUrl('benchhub-samples-');
  url = database.url;
  await applyMigrations(url);
  db = createPrismaClient(url);
  const endpoint = await db.modelEndpoint.create({ data: { name: 'm', kind: 'BASELINE', modelId: 'm', params: {} } });
  const task = await db.evaluationTask.create({ data: { query: 'q', plan: {} } });
  runId = (await db.modelRun.create({ data: { taskId: task.id, modelEndpointId: endpoint.id, modelName: 'm' } })).id;
}, 60_000);
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const row = (itemId: string, overrides: Partial<SampleRow> = {}): SampleRow => ({
  runId,
  taskId: 'task',
  itemId,
  renderedPrompt: "prompt with 'quotes' and 한국어",
  rawOutput: 'The answer is B.',
  extracted: 'B',
  status: 'correct',
  correct: true,
  latencyMs: 12,
  tokensIn: 30,
  tokensOut: 5,
  error: null,
  fromCache: false,
  promptVersion: 'v1',
  datasetVersion: 'd1',
  ...overrides,
});

describe('insertSamples', () => {
  it('caps stored outputs and error text with a visible marker', async () => {
    const huge = 'x'.repeat(STORED_OUTPUT_MAX_CHARS + 5_000);
    await insertSamples(db, [row('capped', { rawOutput: huge, judgeOutput: huge, error: 'e'.repeat(STORED_ERROR_MAX_CHARS + 10) })]);
    const stored = await db.experimentSample.findFirstOrThrow({ where: { runId, itemId: 'capped' } });
    expect(stored.rawOutput!.startsWith('x'.repeat(STORED_OUTPUT_MAX_CHARS))).toBe(true);
    expect(stored.rawOutput!.endsWith('…[truncated: 5000 more characters not stored]')).toBe(true);
    expect(stored.judgeOutput).toBe(stored.rawOutput);
    expect(stored.error!.endsWith('…[truncated: 10 more characters not stored]')).toBe(true);
    await db.experimentSample.delete({ where: { id: stored.id } });
  });

  it('writes rows that Prisma reads back exactly, and skips (run, item) pairs already stored', async () => {
    expect(await insertSamples(db, [row('a'), row('b', { correct: false, status: 'incorrect', fromCache: true, rawOutput: null })])).toBe(2);
    expect(await insertSamples(db, [row('a', { extracted: 'C' }), row('c', { correct: null, status: 'error', error: 'HTTP 500' })])).toBe(1);
    const stored = await db.experimentSample.findMany({ where: { runId }, orderBy: { itemId: 'asc' } });
    expect(stored.map((s) => [s.itemId, s.extracted, s.correct, s.fromCache, s.error])).toEqual([
      ['a', 'B', true, false, null],
      ['b', 'B', false, true, null],
      ['c', 'B', null, false, 'HTTP 500'],
    ]);
    expect(stored[0]!.renderedPrompt).toBe("prompt with 'quotes' and 한국어");
    expect(stored[0]!.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(stored[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await db.experimentSample.count({ where: { runId, createdAt: { lte: new Date() } } })).toBe(3);
  });

  it('caches responses once per key (first answer wins)', async () => {
    await insertCachedResponses(db, [{ key: 'k1', output: 'first', tokensIn: 1, tokensOut: 2 }]);
    await insertCachedResponses(db, [{ key: 'k1', output: 'second', tokensIn: 1, tokensOut: 2 }, { key: 'k2', output: 'other', tokensIn: null, tokensOut: null }]);
    const rows = await db.responseCache.findMany({ orderBy: { key: 'asc' } });
    expect(rows.map((r) => [r.key, r.output])).toEqual([
      ['k1', 'first'],
      ['k2', 'other'],
    ]);
  });

  it('writes the same rows through Prisma when the fast path is not at hand', async () => {
    expect(fastPath(db)).toBe(true);
    const plain = plainPrismaClient(url);
    try {
      expect(fastPath(plain)).toBe(false);
      const sample = row('via-prisma', { correct: false, status: 'incorrect', fromCache: true, judgeModel: 'judge', judgeOutput: 'VERDICT: wrong' });
      expect(await insertSamples(plain, [sample, row('a')])).toBe(1);
      await insertSamples(db, [row('via-connection', { correct: false, status: 'incorrect', fromCache: true, judgeModel: 'judge', judgeOutput: 'VERDICT: wrong' })]);
      const [viaPrisma, viaConnection] = await Promise.all(
        ['via-prisma', 'via-connection'].map((itemId) => db.experimentSample.findFirstOrThrow({ where: { runId, itemId } })),
      );
      const comparable = ({ id: _id, itemId: _item, createdAt: _at, ...rest }: NonNullable<typeof viaPrisma>) => rest;
      expect(comparable(viaConnection!)).toEqual(comparable(viaPrisma!));
      await insertCachedResponses(plain, [{ key: 'k3', output: 'plain', tokensIn: 3, tokensOut: null }, { key: 'k1', output: 'late', tokensIn: 1, tokensOut: 1 }]);
      expect((await db.responseCache.findUniqueOrThrow({ where: { key: 'k3' } })).output).toBe('plain');
      expect((await db.responseCache.findUniqueOrThrow({ where: { key: 'k1' } })).output).toBe('first');
    } finally {
      await plain.$disconnect();
    }
  });

  it('reads sample outcomes by run or task exactly as the query builder does, on both paths', async () => {
    const plain = plainPrismaClient(url);
    try {
      const select = { runId: true, itemId: true, status: true, correct: true, latencyMs: true, tokensIn: true, tokensOut: true, error: true, fromCache: true } as const;
      const expected = await db.experimentSample.findMany({ where: { runId }, select, orderBy: { itemId: 'asc' } });
      expect(expected.length).toBeGreaterThan(3);
      expect(expected.some((s) => s.correct === null) && expected.some((s) => s.fromCache) && expected.some((s) => s.error !== null)).toBe(true);
      const byItem = (a: { itemId: string }, b: { itemId: string }) => a.itemId.localeCompare(b.itemId);
      for (const client of [db, plain]) {
        expect((await loadSampleOutcomes(client, { runId })).sort(byItem)).toEqual(expected);
        expect((await loadSampleOutcomes(client, { taskId: 'task' })).sort(byItem)).toEqual(expected);
      }
      expect(await loadSampleOutcomes(db, { runId: 'no-such-run' })).toEqual([]);
    } finally {
      await plain.$disconnect();
    }
  });
});

describe('fenced sample writes', () => {
  it('write while the fence holds, and once it moved write nothing and throw, on both paths', async () => {
    const plain = plainPrismaClient(url);
    try {
      const run = await db.modelRun.findUniqueOrThrow({ where: { id: runId }, include: { task: true } });
      const runFence = { table: 'ModelRun', id: runId, column: 'modelName', value: run.modelName } as const;
      const taskFence = { table: 'EvaluationTask', id: run.taskId, column: 'queueGeneration', value: run.task.queueGeneration } as const;
      for (const [client, label] of [[db, 'fast'], [plain, 'plain']] as const) {
        expect(await insertSamples(client, [row(`fenced-${label}-1`)], { fence: runFence })).toBe(1);
        expect(await insertSamples(client, [row(`fenced-${label}-2`)], { fence: taskFence })).toBe(1);
      }
      // Another worker took the run over (lease moved) and the task was requeued (generation moved).
      await db.modelRun.update({ where: { id: runId }, data: { modelName: 'taken-over' } });
      await db.evaluationTask.update({ where: { id: run.taskId }, data: { queueGeneration: { increment: 1 } } });
      for (const client of [db, plain]) {
        await expect(insertSamples(client, [row('late-1'), row('late-2')], { fence: runFence })).rejects.toThrow(FenceLostError);
        await expect(insertSamples(client, [row('late-3')], { fence: taskFence })).rejects.toThrow(/queueGeneration/);
      }
      expect(await db.experimentSample.count({ where: { runId, itemId: { startsWith: 'late-' } } })).toBe(0);
      expect(await db.experimentSample.count({ where: { runId, itemId: { startsWith: 'fenced-' } } })).toBe(4);
      await expect(insertSamples(db, [row('x')], { fence: { ...runFence, column: 'id" = "id' } })).rejects.toThrow(/Invalid fence column/);
      await db.modelRun.update({ where: { id: runId }, data: { modelName: run.modelName } });
    } finally {
      await plain.$disconnect();
    }
  });
});
