import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskProgressChannel, type TaskProgressEvent } from '@benchhub/core/contracts';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import { taskProgress } from './task-progress.service';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase('benchhub-progress-');
}, 60_000);
afterAll(() => temp?.close());

/** An in-process stand-in for Redis pub/sub: what the workers publish is handed to the subscribers of its channel. */
function fakePubSub() {
  const handlers = new Map<number, { channel: string; onMessage: (event: TaskProgressEvent) => void }>();
  let next = 1;
  const pubsub = {
    subscribe: async (channel: string, onMessage: (event: TaskProgressEvent) => void) => {
      handlers.set(next, { channel, onMessage });
      return next++;
    },
    unsubscribe: (id: number) => void handlers.delete(id),
  };
  const publish = (event: TaskProgressEvent) => {
    for (const handler of handlers.values()) if (handler.channel === taskProgressChannel(event.taskId)) handler.onMessage(event);
  };
  return { pubsub: pubsub as unknown as RedisPubSub, publish, subscribers: () => handlers.size };
}

async function runningTask() {
  const endpoint = await temp.db.modelEndpoint.findFirstOrThrow({ where: { kind: 'BASELINE' } });
  return temp.db.evaluationTask.create({
    data: { query: 'q', plan: {}, status: 'RUNNING', itemIds: [], runs: { create: { modelEndpointId: endpoint.id, modelName: endpoint.name, status: 'RUNNING', total: 10, done: 4 } } },
    include: { runs: true },
  });
}

const event = (taskId: string, seq: number, kind: TaskProgressEvent['kind'] = 'RUN_PROGRESS'): TaskProgressEvent => ({
  taskId,
  seq,
  kind,
  taskStatus: kind === 'TASK_FINISHED' ? 'SUCCEEDED' : 'RUNNING',
  run: null,
  latestSamples: [],
  at: new Date().toISOString(),
});

async function take(stream: AsyncGenerator<TaskProgressEvent>, publish: () => void): Promise<TaskProgressEvent[]> {
  const seen: TaskProgressEvent[] = [];
  const first = await stream.next(); // subscribes, then reads the stored state
  seen.push(first.value as TaskProgressEvent);
  publish();
  for await (const next of stream) seen.push(next);
  return seen;
}

describe('taskProgress', () => {
  it('replays the stored state, then every live event, ending with TASK_FINISHED', async () => {
    const task = await runningTask();
    const { pubsub, publish, subscribers } = fakePubSub();
    const seen = await take(taskProgress({ db: temp.db, pubsub }, task.id), () => {
      for (const seq of [3, 4, 6]) publish(event(task.id, seq));
      publish(event(task.id, 7, 'TASK_FINISHED'));
    });
    expect(seen.map((e) => [e.seq, e.kind])).toEqual([[0, 'TASK_STATUS'], [3, 'RUN_PROGRESS'], [4, 'RUN_PROGRESS'], [6, 'RUN_PROGRESS'], [7, 'TASK_FINISHED']]);
    expect(seen[0]!.run).toMatchObject({ runId: task.runs[0]!.id, done: 4, total: 10, status: 'RUNNING' });
    expect(subscribers()).toBe(0);
  });

  it('resuming with afterSeq replays the stored state, then only newer events (late ones from other workers skipped)', async () => {
    const task = await runningTask();
    const { pubsub, publish } = fakePubSub();
    const seen = await take(taskProgress({ db: temp.db, pubsub }, task.id, { afterSeq: 5 }), () => {
      for (const seq of [4, 5, 6, 3, 8]) publish(event(task.id, seq));
      publish(event(task.id, 9, 'TASK_FINISHED'));
    });
    expect(seen.map((e) => e.seq)).toEqual([0, 6, 8, 9]);
    expect(seen.at(-1)!.kind).toBe('TASK_FINISHED');
  });

  it('a task that finished without its TASK_FINISHED reaching this server (Redis away) still ends the stream, from the database', async () => {
    const task = await runningTask();
    const { pubsub, publish, subscribers } = fakePubSub();
    const started = Date.now();
    const seen = await take(taskProgress({ db: temp.db, pubsub }, task.id, { finishedCheckMs: 200 }), () => {
      publish(event(task.id, 3));
      // The run and the task finish in the database; the event announcing it is lost.
      void temp.db.modelRun
        .update({ where: { id: task.runs[0]!.id }, data: { status: 'SUCCEEDED', done: 10 } })
        .then(() => temp.db.evaluationTask.update({ where: { id: task.id }, data: { status: 'SUCCEEDED' } }));
    });
    expect(seen.map((e) => [e.seq, e.kind])).toEqual([[0, 'TASK_STATUS'], [3, 'RUN_PROGRESS'], [0, 'TASK_STATUS'], [0, 'TASK_FINISHED']]);
    expect(seen[2]!.run).toMatchObject({ status: 'SUCCEEDED', done: 10 });
    expect(seen.at(-1)!.taskStatus).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(subscribers()).toBe(0);
  });
});
