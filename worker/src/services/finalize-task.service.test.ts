import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createMigratedTestDatabase, type MigratedTestDatabase } from '@benchhub/db/testing/database';
import { insertSamples, type PrismaClient } from '@benchhub/db';
import type { ProgressPublisher } from '../progress-publisher';
import { finalizeTask } from './finalize-task.service';
import { evaluateModelRun } from './model-run.service';

/**
 * Hold → resume races: the held flow's jobs finish after the resume enqueued a new flow. They must not
 * touch the task (a stale finalize once wrote HELD over the resumed task, leaving it stuck).
 */
let database: MigratedTestDatabase;
let db: PrismaClient;
const published: unknown[] = [];
const leaderboardEvents: unknown[] = [];
const publisher = {
  publish: async (event: unknown) => void published.push(event),
  publishThrottled: async () => {},
  publishLeaderboardUpdated: async (event: unknown) => void leaderboardEvents.push(event),
} as unknown as ProgressPublisher;
const deps = () => ({ db, publisher, logger: pino({ level: 'silent' }) });

beforeAll(async () => {
  database = await createMigratedTestDatabase('benchhub-finalize-');
  db = database.db;
  await db.modelEndpoint.create({ data: { id: 'endpoint', name: 'baseline/random', kind: 'BASELINE', modelId: 'baseline/random', params: {} } });
}, 60_000);

afterAll(async () => {
  await database?.close();
});

async function task(status: string, queueGeneration: number, runStatus: string) {
  return db.evaluationTask.create({
    data: {
      query: 'q',
      plan: {},
      status,
      queueGeneration,
      itemIds: [],
      runs: { create: { modelEndpointId: 'endpoint', modelName: 'baseline/random', status: runStatus } },
    },
    include: { runs: true },
  });
}

describe('finalizeTask', () => {
  it('does nothing when a newer flow was enqueued (resumed after a hold)', async () => {
    const resumed = await task('PENDING', 1, 'HELD'); // resume moved the task on; the run row is not updated yet
    expect(await finalizeTask(deps(), resumed.id, 0)).toBe('STALE');
    const after = await db.evaluationTask.findUniqueOrThrow({ where: { id: resumed.id } });
    expect(after).toMatchObject({ status: 'PENDING', result: null });
  });

  it('never writes HELD itself: the hold mutation owns that status', async () => {
    const racing = await task('PENDING', 0, 'HELD'); // same generation, task already moved on
    expect(await finalizeTask(deps(), racing.id, 0)).toBe('HELD');
    expect((await db.evaluationTask.findUniqueOrThrow({ where: { id: racing.id } })).status).toBe('PENDING');
  });

  it('finalizes a finished task of its own generation once', async () => {
    const done = await task('RUNNING', 2, 'SUCCEEDED');
    published.length = 0;
    expect(await finalizeTask(deps(), done.id, 2)).toBe('SUCCEEDED');
    const after = await db.evaluationTask.findUniqueOrThrow({ where: { id: done.id } });
    expect(after.status).toBe('SUCCEEDED');
    expect(after.result).not.toBeNull();
    expect(published).toHaveLength(1);
    expect(await finalizeTask(deps(), done.id, 2)).toBe('SUCCEEDED');
    expect(published).toHaveLength(1);
  });
});

/** A trigger that fails every leaderboard cell insert with "disk full" (in the test's dialect). */
async function refuseLeaderboardWrites(): Promise<void> {
  if (database.dialect === 'sqlite') {
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_cells BEFORE INSERT ON "LeaderboardEntry" BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    return;
  }
  await db.$executeRawUnsafe(`CREATE FUNCTION refuse_cells() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER refuse_cells BEFORE INSERT ON "LeaderboardEntry" FOR EACH ROW EXECUTE FUNCTION refuse_cells()`);
}

async function allowLeaderboardWrites(): Promise<void> {
  await db.$executeRawUnsafe(database.dialect === 'sqlite' ? 'DROP TRIGGER refuse_cells' : 'DROP TRIGGER refuse_cells ON "LeaderboardEntry"');
}

describe('finalizeTask with live results', () => {
  it('writes the result and its leaderboard cells together: a failed cell write leaves the task to its retry', async () => {
    const dataset = await db.dataset.create({ data: { name: 'd', version: 'ds-1', source: 'test' } });
    await db.benchmarkItem.create({
      data: { id: 'math-1', datasetId: dataset.id, problemType: 'MCQA', prompt: '1+1?', options: ['2', '3'], answer: 'A', taskType: 'Reasoning', targetType: 'General', subjectType: ['Science/Math'], benchmarkName: 'b', language: 'English' },
    });
    const done = await db.evaluationTask.create({
      data: { query: 'q', plan: { language: 'English', seed: 3 }, status: 'RUNNING', itemIds: ['math-1'], datasetVersion: 'ds-1', promptVersion: 'p-1', runs: { create: { modelEndpointId: 'endpoint', modelName: 'baseline/random', status: 'SUCCEEDED' } } },
      include: { runs: true },
    });
    await insertSamples(db, [
      { runId: done.runs[0]!.id, taskId: done.id, itemId: 'math-1', renderedPrompt: 'p', rawOutput: 'A', extracted: 'A', status: 'correct', correct: true, latencyMs: 1, tokensIn: null, tokensOut: null, error: null, fromCache: false, promptVersion: 'p-1', datasetVersion: 'ds-1' },
    ]);

    await refuseLeaderboardWrites();
    await expect(finalizeTask(deps(), done.id, 0)).rejects.toThrow(/leaderboardEntry.upsert|disk full/);
    expect(await db.evaluationTask.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({ status: 'RUNNING', result: null });

    await allowLeaderboardWrites();
    published.length = 0;
    leaderboardEvents.length = 0;
    expect(await finalizeTask(deps(), done.id, 0)).toBe('SUCCEEDED');
    expect((await db.evaluationTask.findUniqueOrThrow({ where: { id: done.id } })).result).not.toBeNull();
    const cells = await db.leaderboardEntry.findMany({ where: { taskId: done.id } });
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ modelName: 'baseline/random', subject: 'Science/Math', taskType: 'Reasoning', score: 1, n: 1, source: 'LIVE' });
    expect(published.map((event) => (event as { kind: string }).kind)).toEqual(['TASK_FINISHED']);
    expect(leaderboardEvents).toEqual([expect.objectContaining({ taskId: done.id, modelNames: ['baseline/random'], cells: 1 })]);
  });
});

describe('evaluateModelRun', () => {
  it('leaves a run alone when its job belongs to an older flow', async () => {
    const resumed = await task('PENDING', 1, 'PENDING');
    const runId = resumed.runs[0]!.id;
    expect(await evaluateModelRun(deps(), resumed.id, runId, undefined, 0)).toBe('STALE');
    expect((await db.modelRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe('PENDING');
  });
});
