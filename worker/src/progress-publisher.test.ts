import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { withRedisDb } from '@benchhub/db';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { leaderboardUpdatedChannel, taskProgressChannel, type TaskProgressEvent } from '@benchhub/core/contracts';
import { ProgressPublisher } from './progress-publisher';

let redisServer: TestRedisServer;
let url: string;
let publisherConnection: Redis;
let subscriber: Redis;
beforeAll(async () => {
  redisServer = await startTestRedis();
  url = redisServer.url;
  publisherConnection = new Redis(url);
  subscriber = new Redis(url);
});
afterAll(async () => {
  await publisherConnection.quit();
  await subscriber.quit();
  await redisServer.stop();
});

const body = (taskId: string, done: number) => ({
  taskId,
  kind: 'RUN_PROGRESS' as const,
  taskStatus: 'RUNNING' as const,
  run: { runId: 'run-1', modelName: 'm', status: 'RUNNING' as const, done, total: 1000, correct: done, errors: 0, unparsed: 0, ambiguous: 0, fromCache: 0, accuracy: 1, ciLow: 0.9, ciHigh: 1, etaSeconds: null },
  latestSamples: [],
  at: new Date().toISOString(),
});

describe('ProgressPublisher', () => {
  it('throttles progress to at most 10 events per second per task, numbers them in order, and delivers the latest state', async () => {
    const taskId = randomUUID();
    const received: Array<{ event: TaskProgressEvent; at: number }> = [];
    await subscriber.subscribe(taskProgressChannel(taskId));
    subscriber.on('message', (_channel, message) => received.push({ event: JSON.parse(message) as TaskProgressEvent, at: Date.now() }));
    const publisher = new ProgressPublisher(publisherConnection);

    const started = Date.now();
    let done = 0;
    while (Date.now() - started < 1500) {
      await publisher.publishThrottled(body(taskId, ++done));
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 400));

    expect(done).toBeGreaterThan(100);
    // 1.5 s at 10/s, plus the trailing event that carries the final state.
    expect(received.length).toBeGreaterThanOrEqual(8);
    expect(received.length).toBeLessThanOrEqual(17);
    for (let i = 1; i < received.length; i++) {
      expect(received[i]!.event.seq).toBeGreaterThan(received[i - 1]!.event.seq);
      expect(received[i]!.event.run!.done).toBeGreaterThan(received[i - 1]!.event.run!.done);
    }
    expect(received.at(-1)!.event.run!.done).toBe(done);
  });

  it('publishes lifecycle events immediately, superseding a pending throttled one', async () => {
    const taskId = randomUUID();
    const publisher = new ProgressPublisher(publisherConnection);
    const seqA = await publisher.publish({ ...body(taskId, 1), kind: 'RUN_STARTED' });
    await publisher.publishThrottled(body(taskId, 2));
    await publisher.publishThrottled(body(taskId, 3)); // within the window: kept as trailing
    const seqB = await publisher.publish({ ...body(taskId, 4), kind: 'RUN_FINISHED' });
    expect(seqB).toBeGreaterThan(seqA);
  });
});

describe('leaderboard events', () => {
  it('stay within their Redis database index (pub/sub itself ignores it)', async () => {
    const listener = new Redis(url);
    const onDb3 = new Redis(withRedisDb(url, 3));
    const onDb4 = new Redis(withRedisDb(url, 4));
    try {
      const heard: string[] = [];
      await listener.subscribe(leaderboardUpdatedChannel(3));
      listener.on('message', (channel, message) => heard.push(`${channel} ${(JSON.parse(message) as { taskId: string }).taskId}`));
      const event = (taskId: string) => ({ taskId, modelNames: ['m'], language: 'English', cells: 1, at: new Date().toISOString() });
      await new ProgressPublisher(onDb4).publishLeaderboardUpdated(event('from-db4'));
      await new ProgressPublisher(onDb3).publishLeaderboardUpdated(event('from-db3'));
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).toEqual(['benchhub:db3:leaderboard-updated from-db3']);
    } finally {
      await Promise.all([listener.quit(), onDb3.quit(), onDb4.quit()]);
    }
  });
});
