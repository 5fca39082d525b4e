import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { sseSubscription, startStack, type TestStack } from '../support/stack';
import { correctAnswer, createEndpoint, waitUntil } from '../support/scenario';
import { createLiveTask, expectExactlyOnce, record, reportFigures, sleep, stored, task } from './support';

/** Redis (no persistence: no AOF, no RDB) killed at 40 % of a run and started again empty on the same port. */
let stack: TestStack;
let steady: OpenAiTestServer;
let restarted: TestRedisServer | null = null;

beforeAll(async () => {
  steady = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 40 });
  stack = await startStack({ workers: 2, env: { WORKER_LOCK_MS: '5000', LOG_LEVEL: 'info', QUOTA_CONCURRENT_TASKS: '0', QUOTA_ITEMS_PER_DAY: '0' } });
  await createEndpoint(stack, 'steady-llm', steady.url, { concurrency: 4 });
}, 180_000);

afterAll(async () => {
  reportFigures();
  await stack?.stop();
  await restarted?.stop();
  await steady?.close();
});

const SUBSCRIPTION = `subscription ($taskId: ID!) { taskProgress(taskId: $taskId) { kind taskStatus } }`;

describe('fault suite: Redis', () => {
  it('Redis restarted without persistence mid-run: the task completes within 90 s of Redis returning; SSE gets TASK_FINISHED; 0 lost, 0 duplicated', async () => {
    expect(stack.workers.some((w) => w.output().includes('Redis has no persistence'))).toBe(true);
    const { id, itemIds } = await createLiveTask(stack, ['steady-llm'], 250, 201);
    await waitUntil(() => stored(stack, id), (n) => n >= 100, '40 % stored');
    const port = stack.redisServer.port;
    await stack.redisServer.stop({ crash: true });
    await sleep(3000);
    restarted = await startTestRedis({ port });
    const backAt = Date.now();
    // A watcher connecting after the restart still hears the end.
    const kinds: string[] = [];
    const watching = (async () => {
      for await (const event of sseSubscription<{ taskProgress: { kind: string; taskStatus: string } }>(stack.graphqlUrl, SUBSCRIPTION, { taskId: id }, { token: stack.token })) {
        kinds.push(event.taskProgress.kind);
        if (event.taskProgress.kind === 'TASK_FINISHED') return;
      }
    })().catch((error: Error) => kinds.push(`error: ${error.message}`));
    const finished = await waitUntil(() => task(stack, id), (t) => t.result !== null, 'task finished after Redis returned', 90_000);
    const terminalAfter = Date.now() - backAt;
    await Promise.race([watching, sleep(10_000)]);
    expect(finished.status).toBe('SUCCEEDED');
    expect(finished.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 250, correct: 250, errors: 0 });
    expect(terminalAfter).toBeLessThanOrEqual(90_000);
    expect(kinds).toContain('TASK_FINISHED');
    await expectExactlyOnce(stack, id, itemIds);
    // The outage is reported at warn once per connection, never as ioredis's "Unhandled error event".
    for (const process of [stack.server, ...stack.workers]) expect(process.output()).not.toContain('Unhandled error event');
    expect(stack.workers[0]!.output()).toMatch(/redis \(queue\): connection error; reconnecting/);
    const requeued = stack.workers.some((w) => w.output().includes('reconciler: task had no live job'));
    record('Redis killed at 40 % and restarted empty (no AOF/RDB), 2 workers', 'warning at start; the reconciler re-enqueued the task, it finished; an SSE client connected after the restart got TASK_FINISHED; 0 lost, 0 duplicated', {
      'Redis back → task terminal': `${(terminalAfter / 1000).toFixed(1)} s`,
      'model calls / items': `${steady.requests.length} / 250`,
      're-enqueued by the reconciler': requeued ? 'yes' : 'no (the run finished on its own)',
    });
  }, 180_000);
});
