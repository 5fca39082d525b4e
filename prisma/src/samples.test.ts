import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, postgresPoolOf, sqliteConnectionOf, type PrismaClient } from './client';
import { applyMigrations } from './migrate';
import { FenceLostError, insertCachedResponses, insertRunSamples, insertSamples, loadSampleOutcomes, recountRunCounters, STORED_ERROR_MAX_CHARS, STORED_OUTPUT_MAX_CHARS, type SampleRow } from './samples';
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

describe('run batches with their counters', () => {
  /** The counters as the query builder counts the run's stored rows. */
  async function countedFromRows(id: string) {
    const rows = await db.experimentSample.findMany({ where: { runId: id }, select: { status: true, fromCache: true } });
    const of = (status: string) => rows.filter((r) => r.status === status).length;
    return { done: rows.length, correct: of('correct'), errors: of('error'), unparsed: of('unparsed'), ambiguous: of('ambiguous'), unscored: of('unscored'), fromCache: rows.filter((r) => r.fromCache).length };
  }
  const columns = { done: true, correct: true, errors: true, unparsed: true, ambiguous: true, unscored: true, fromCache: true } as const;

  it('store the batch and set the run counters from the stored rows in one fenced write, on both paths', async () => {
    const run = await db.modelRun.findUniqueOrThrow({ where: { id: runId } });
    const endpoint = await db.modelEndpoint.create({ data: { name: 'm2', kind: 'BASELINE', modelId: 'm2', params: {} } });
    const batchRun = (await db.modelRun.create({ data: { taskId: run.taskId, modelEndpointId: endpoint.id, modelName: 'm2', leaseToken: 'lease-1' } })).id;
    const fence = { table: 'ModelRun', id: batchRun, column: 'leaseToken', value: 'lease-1' } as const;
    const r = (itemId: string, overrides: Partial<SampleRow> = {}) => row(itemId, { runId: batchRun, ...overrides });
    const plain = plainPrismaClient(url);
    try {
      const before = new Date(Date.now() - 1000);
      const first = await insertRunSamples(db, batchRun, [r('a'), r('b', { status: 'incorrect', correct: false, fromCache: true }), r('c', { status: 'error', correct: null, error: 'HTTP 500' })], { fence });
      expect(first).toEqual({ inserted: 3, counters: { done: 3, correct: 1, errors: 1, unparsed: 0, ambiguous: 0, unscored: 0, fromCache: 1 } });
      // Pairs stored already are skipped and not counted twice; the other path gives the same counts.
      const second = await insertRunSamples(plain, batchRun, [r('a'), r('d', { status: 'unparsed', correct: false }), r('e', { status: 'ambiguous', correct: false })], { fence });
      expect(second).toEqual({ inserted: 2, counters: { done: 5, correct: 1, errors: 1, unparsed: 1, ambiguous: 1, unscored: 0, fromCache: 1 } });
      const third = await insertRunSamples(db, batchRun, [r('f', { status: 'unscored', correct: null, fromCache: true }), r('b')], { fence });
      expect(third.inserted).toBe(1);
      const stored = await db.modelRun.findUniqueOrThrow({ where: { id: batchRun }, select: { ...columns, progressAt: true } });
      expect(third.counters).toEqual(await countedFromRows(batchRun));
      expect({ ...stored, progressAt: undefined }).toEqual({ ...third.counters, progressAt: undefined });
      expect(stored.progressAt!.getTime()).toBeGreaterThan(before.getTime());

      // Counters that disagree with the rows (written before this layer) are set right by the next batch, or by an empty one.
      for (const client of [db, plain]) {
        await db.modelRun.update({ where: { id: batchRun }, data: { done: 999, correct: 0, fromCache: 7 } });
        expect((await insertRunSamples(client, batchRun, [], { fence })).counters).toEqual(await countedFromRows(batchRun));
        expect(await db.modelRun.findUniqueOrThrow({ where: { id: batchRun }, select: columns })).toEqual(await countedFromRows(batchRun));
      }

      // The lease moved: nothing stored, counters untouched, on both paths.
      await db.modelRun.update({ where: { id: batchRun }, data: { leaseToken: 'lease-2' } });
      for (const client of [db, plain]) {
        await expect(insertRunSamples(client, batchRun, [r('late')], { fence })).rejects.toThrow(FenceLostError);
        await expect(insertRunSamples(client, batchRun, [], { fence })).rejects.toThrow(FenceLostError);
      }
      expect(await db.experimentSample.count({ where: { runId: batchRun, itemId: 'late' } })).toBe(0);
      expect(await db.modelRun.findUniqueOrThrow({ where: { id: batchRun }, select: columns })).toEqual(await countedFromRows(batchRun));

      // A batch is one run's, fenced by that run.
      const other = { table: 'ModelRun', id: runId, column: 'leaseToken', value: 'x' } as const;
      await expect(insertRunSamples(db, batchRun, [r('g')], { fence: other })).rejects.toThrow(/fenced by that run/);
      await expect(insertRunSamples(db, batchRun, [row('g')], { fence: { ...fence, value: 'lease-2' } })).rejects.toThrow(/in a batch of run/);

      // Removing samples and recounting in one transaction (retryFailedSamples) keeps them equal too.
      await db.$transaction([db.experimentSample.deleteMany({ where: { runId: batchRun, status: 'error' } }), recountRunCounters(db, [batchRun])]);
      expect(await db.modelRun.findUniqueOrThrow({ where: { id: batchRun }, select: columns })).toEqual({ ...(await countedFromRows(batchRun)), errors: 0, done: 5 });
    } finally {
      await plain.$disconnect();
    }
  });
});
