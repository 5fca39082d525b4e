import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Redis } from 'ioredis';
import { generateSampleBenchmark } from '@benchhub/core/sample';
import { runStorageErrorKey } from '@benchhub/core/contracts';
import { insertBenchmarkItems, type PrismaClient } from '@benchhub/db';
import { createMigratedTestDatabase, type MigratedTestDatabase } from '@benchhub/db/testing/database';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { closeEndpointLimiter, configureEndpointLimiter } from '../models/endpoint-limiter';
import { ProgressPublisher } from '../progress-publisher';
import { startOpenAiTestServer, type OpenAiTestServer } from '../testing/openai-test-server';
import { evaluateModelRun } from './model-run.service';
import { finalizeTask } from './finalize-task.service';

/** The run's write path and its fence, in process against a real database (SQLite file or PostgreSQL) and a real Redis. */
let database: MigratedTestDatabase;
let db: PrismaClient;
let redisServer: TestRedisServer;
let redis: Redis;
let model: OpenAiTestServer;
let itemIds: string[];
const logger = pino({ level: 'silent' });
const deps = () => ({ db, publisher: new ProgressPublisher(redis), logger });

beforeAll(async () => {
  database = await createMigratedTestDatabase('benchhub-model-run-');
  db = database.db;
  redisServer = await startTestRedis();
  redis = new Redis(redisServer.url);
  configureEndpointLimiter(redisServer.url, { logger });
  const items = generateSampleBenchmark().filter((item) => item.options && item.language === 'English').slice(0, 250);
  itemIds = items.map((item) => item.id);
  const dataset = await db.dataset.create({ data: { name: 'sample', version: 'v1', source: 'test', itemCount: items.length } });
  await insertBenchmarkItems(db, dataset.id, items);
  model = await startOpenAiTestServer(() => 'The answer is A.', { latencyMs: 10 });
  await db.modelEndpoint.create({
    data: { id: 'llm', name: 'test-llm', kind: 'OPENAI_COMPATIBLE', baseUrl: model.url, modelId: 'test-model', params: {}, concurrency: 8 },
  });
}, 60_000);

afterAll(async () => {
  await closeEndpointLimiter();
  await model?.close();
  redis?.disconnect();
  await redisServer?.stop();
  await database?.close();
});

async function newTask(count: number, options: { forceFresh?: boolean } = {}) {
  return db.evaluationTask.create({
    data: { query: 'q', plan: { seed: 1 }, itemIds: itemIds.slice(0, count), forceFresh: options.forceFresh ?? false, runs: { create: { modelEndpointId: 'llm', modelName: 'test-llm' } } },
    include: { runs: true },
  });
}
const waitFor = async (check: () => Promise<boolean>, what: string, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
/**
 * SQLite: the connection refuses every write. PostgreSQL (a pool of connections): a trigger refuses
 * every sample insert with the same message.
 */
async function readOnly(on: boolean): Promise<void> {
  if (database.dialect === 'sqlite') {
    await db.$executeRawUnsafe(`PRAGMA query_only = ${on ? 'ON' : 'OFF'}`);
  } else if (on) {
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_samples() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'attempt to write a readonly database'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_samples BEFORE INSERT ON "ExperimentSample" FOR EACH STATEMENT EXECUTE FUNCTION refuse_samples()`);
  } else {
    await db.$executeRawUnsafe('DROP TRIGGER refuse_samples ON "ExperimentSample"');
    await db.$executeRawUnsafe('DROP FUNCTION refuse_samples()');
  }
}
const stored = (runId: string) => db.experimentSample.count({ where: { runId } });

describe('write path', () => {
  it('keeps answers through a read-only database: the failed batch is retried, shown as storageError, and no item is requested twice', async () => {
    const task = await newTask(250);
    const runId = task.runs[0]!.id;
    model.requests.length = 0;
    const running = evaluateModelRun(deps(), task.id, runId);
    await waitFor(async () => (await stored(runId)) > 20, 'first samples');
    // Every sample write fails from now on ("attempt to write a readonly database").
    await readOnly(true);
    let storageError: string | null = null;
    await waitFor(async () => (storageError = await redis.get(runStorageErrorKey(runId))) !== null, 'storage error shown');
    await new Promise((r) => setTimeout(r, 1000));
    await readOnly(false);
    expect(await running).toBe('SUCCEEDED');
    expect(storageError).toMatch(/Cannot store samples .*readonly/i);
    expect(await redis.get(runStorageErrorKey(runId))).toBeNull();
    const perItem = await db.experimentSample.groupBy({ by: ['itemId'], where: { runId }, _count: true });
    expect(perItem).toHaveLength(250);
    expect(perItem.every((row) => row._count === 1)).toBe(true);
    expect(model.requests).toHaveLength(250); // nothing received was asked for again
    const run = await db.modelRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: 'SUCCEEDED', done: 250, leaseToken: null });
  }, 60_000);
});

describe('fencing', () => {
  it('an attempt whose lease was taken stops calling the model and writes nothing more; a finished run never regresses', async () => {
    // Every item asked of the model (the write-path test above already cached these answers: served from the
    // response cache, the run finished before the takeover below), and slow enough answers (250 items / 8 at
    // a time × 50 ms ≈ 1.6 s) that it cannot finish between the first samples and the takeover.
    const task = await newTask(250, { forceFresh: true });
    const runId = task.runs[0]!.id;
    model.requests.length = 0;
    model.faults.latencyMs = 50;
    const running = evaluateModelRun(deps(), task.id, runId).finally(() => (model.faults.latencyMs = 10));
    await waitFor(async () => (await stored(runId)) > 20, 'first samples');
    // Another worker takes the run over (as after a lost job lock).
    await db.modelRun.update({ where: { id: runId }, data: { leaseToken: 'another-attempt' } });
    const takenAt = Date.now();
    const storedAtTakeover = await stored(runId);
    expect(await running).toBe('LOST');
    const requestsAfter = model.requests.filter((r) => r.at > takenAt + 1100).length;
    expect(requestsAfter).toBe(0); // the lease poll (1 s) or the next write stopped it
    expect(await stored(runId)).toBeLessThanOrEqual(storedAtTakeover + 8 * 2 + 256);
    const run = await db.modelRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe('RUNNING'); // the new holder's, untouched
    expect(run.leaseToken).toBe('another-attempt');

    // A finished run: a late attempt of an older job cannot claim it again.
    await db.modelRun.update({ where: { id: runId }, data: { status: 'SUCCEEDED', leaseToken: null, done: 250 } });
    expect(await evaluateModelRun(deps(), task.id, runId)).toBe('SUCCEEDED');
    expect(await db.modelRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: 'SUCCEEDED', done: 250 });
  }, 60_000);
});

describe('every run reaches a terminal state', () => {
  it('a run whose job used up its attempts becomes FAILED with the reason; the task is finalized with the stored samples', async () => {
    const task = await newTask(50);
    const runId = task.runs[0]!.id;
    await db.modelRun.update({ where: { id: runId }, data: { status: 'RUNNING', leaseToken: 'dead-attempt' } });
    await db.evaluationTask.update({ where: { id: task.id }, data: { status: 'RUNNING' } });
    const status = await finalizeTask(deps(), task.id, 0, new Map([[`run-${runId}`, 'attempt to write a readonly database']]));
    expect(status).toBe('FAILED');
    const after = await db.evaluationTask.findUniqueOrThrow({ where: { id: task.id }, include: { runs: true } });
    expect(after.status).toBe('FAILED');
    expect(after.result).not.toBeNull();
    expect(after.runs[0]).toMatchObject({ status: 'FAILED', leaseToken: null });
    expect(after.runs[0]!.error).toMatch(/Worker error: attempt to write a readonly database/);
  });
});
