import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import type { PrismaClient } from '@benchhub/db';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import { activeSecondsOf, holdEvaluation, resumeEvaluation } from './task-control.service';

let temp: TempDatabase;
let db: PrismaClient;
const enqueued: string[] = [];
/** The control service's other dependencies, recorded: no Redis or queue is needed to check the clock arithmetic. */
const deps = () =>
  ({
    db,
    redis: { eval: async () => 1, publish: async () => 0, options: { db: 0 } },
    queue: { hasLiveJob: async () => false, enqueueTask: async (taskId: string) => void enqueued.push(taskId) },
    logger: pino({ level: 'silent' }),
  }) as unknown as Parameters<typeof holdEvaluation>[0];

beforeAll(async () => {
  temp = await createTempDatabase('benchhub-active-');
  db = temp.db;
}, 60_000);
afterAll(async () => {
  await temp?.close();
});

async function runningTask(startedSecondsAgo: number) {
  const endpoint = await db.modelEndpoint.findUniqueOrThrow({ where: { name: 'baseline/random' } });
  return db.evaluationTask.create({
    data: {
      query: 'q',
      plan: {},
      status: 'RUNNING',
      startedAt: new Date(Date.now() - startedSecondsAgo * 1000),
      runs: { create: [{ modelEndpointId: endpoint.id, modelName: 'baseline/random', status: 'RUNNING' }] },
    },
  });
}

describe('active time across hold and resume', () => {
  it('keeps the time run before a hold, never counts the held time, and adds the resumed period', async () => {
    const task = await runningTask(13);
    await holdEvaluation(deps(), task.id);
    const held = await db.evaluationTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(held.status).toBe('HELD');
    expect(held.startedAt).toBeNull();
    expect(held.firstStartedAt?.getTime()).toBe(task.startedAt!.getTime());
    expect(held.activeMs).toBeGreaterThanOrEqual(13_000);
    expect(held.activeMs).toBeLessThan(15_000);
    // Held for an hour: still 13 s of running time.
    expect(activeSecondsOf(held, Date.now() + 3_600_000)).toBeCloseTo(held.activeMs / 1000, 6);

    await resumeEvaluation(deps(), task.id);
    expect(enqueued).toContain(task.id);
    // The worker starts the new period (PENDING → RUNNING sets startedAt), then the task finishes 4 s later.
    const restart = new Date();
    await db.evaluationTask.update({ where: { id: task.id }, data: { status: 'SUCCEEDED', startedAt: restart, finishedAt: new Date(restart.getTime() + 4000) } });
    const done = await db.evaluationTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(activeSecondsOf(done)).toBeCloseTo(held.activeMs / 1000 + 4, 6);
    expect(done.firstStartedAt?.getTime()).toBe(task.startedAt!.getTime());
  });

  it('keeps the last period of a failed task when it is resumed', async () => {
    const task = await runningTask(0);
    const started = new Date(Date.now() - 20_000);
    await db.evaluationTask.update({ where: { id: task.id }, data: { status: 'FAILED', startedAt: started, finishedAt: new Date(started.getTime() + 7000) } });
    await db.modelRun.updateMany({ where: { taskId: task.id }, data: { status: 'FAILED' } });
    await resumeEvaluation(deps(), task.id);
    const resumed = await db.evaluationTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(resumed).toMatchObject({ status: 'PENDING', activeMs: 7000, startedAt: null, finishedAt: null });
    expect(activeSecondsOf(resumed)).toBe(7);
  });

  it('counts a running task up to now and a never-started one as unknown', () => {
    const now = Date.now();
    expect(activeSecondsOf({ status: 'RUNNING', startedAt: new Date(now - 5000), finishedAt: null, firstStartedAt: null, activeMs: 2000 }, now)).toBe(7);
    expect(activeSecondsOf({ status: 'PENDING', startedAt: null, finishedAt: null, firstStartedAt: null, activeMs: 0 }, now)).toBeNull();
  });
});
