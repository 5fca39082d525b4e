import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { sseSubscription, startStack, type TestStack } from '../support/stack';
import { control, correctAnswer, createEndpoint, waitUntil } from '../support/scenario';
import { createLiveTask, expectExactlyOnce, percentile, record, reportFigures, sleep, task } from './support';

/** Many clients at once: 200 concurrent submissions, 500 concurrent SSE subscribers. */
let stack: TestStack;
let fast: OpenAiTestServer;

beforeAll(async () => {
  fast = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 5 });
  // Submission rate limits off: this measures the platform, not the per-address limit.
  stack = await startStack({ workers: 2, env: { WORKER_LOCK_MS: '5000', LOG_LEVEL: 'info', EVALUATION_LIMIT_PER_IP: '0', EVALUATION_LIMIT_PER_USER: '0', QUOTA_CONCURRENT_TASKS: '0', QUOTA_ITEMS_PER_DAY: '0' } });
  await createEndpoint(stack, 'fast-llm', fast.url, { concurrency: 16 });
}, 180_000);

afterAll(async () => {
  reportFigures();
  await stack?.stop();
  await fast?.close();
});

const SUBSCRIPTION = `subscription ($taskId: ID!) { taskProgress(taskId: $taskId) { kind taskStatus at } }`;

describe('fault suite: load', () => {
  it('200 concurrent createEvaluation calls: every task completes, exactly once; createEvaluation p95 reported', async () => {
    const started = Date.now();
    const created = await Promise.all(Array.from({ length: 200 }, (_, i) => createLiveTask(stack, ['fast-llm'], 5, 1000 + i)));
    const latencies = created.map((c) => c.ms);
    const ids = created.map((c) => c.id);
    await waitUntil(
      () => stack.db.evaluationTask.count({ where: { id: { in: ids }, result: { not: null } as never } }),
      (n) => n === 200,
      'every task finished',
      180_000,
    );
    const allDone = Date.now() - started;
    const statuses = await stack.db.evaluationTask.groupBy({ by: ['status'], where: { id: { in: ids } }, _count: true });
    expect(statuses).toEqual([{ status: 'SUCCEEDED', _count: 200 }]);
    for (const c of created) await expectExactlyOnce(stack, c.id, c.itemIds);
    record('200 concurrent createEvaluation (5 items each, 2 workers)', 'all 200 tasks SUCCEEDED; 0 lost, 0 duplicated', {
      'createEvaluation p50': `${percentile(latencies, 50).toFixed(0)} ms`,
      'createEvaluation p95': `${percentile(latencies, 95).toFixed(0)} ms`,
      'all finished after': `${(allDone / 1000).toFixed(1)} s`,
    });
  }, 240_000);

  it('500 concurrent SSE subscribers on one task: every one gets TASK_FINISHED; delivery p95 reported', async () => {
    const { id, itemIds } = await createLiveTask(stack, ['fast-llm'], 40, 2001);
    await control(stack, 'holdEvaluation', id);
    const connected: boolean[] = [];
    const delivery: number[] = [];
    const finishedBy = new Set<number>();
    const readers = Array.from({ length: 500 }, (_, i) =>
      (async () => {
        for await (const event of sseSubscription<{ taskProgress: { kind: string; at: string } }>(stack.graphqlUrl, SUBSCRIPTION, { taskId: id }, { token: stack.token })) {
          connected[i] = true;
          if (event.taskProgress.kind === 'TASK_FINISHED') {
            delivery.push(Date.now() - Date.parse(event.taskProgress.at));
            finishedBy.add(i);
            return;
          }
        }
      })(),
    );
    await waitUntil(async () => connected.filter(Boolean).length, (n) => n === 500, '500 subscribers connected', 60_000);
    await control(stack, 'resumeEvaluation', id);
    await Promise.race([Promise.allSettled(readers), sleep(60_000)]);
    const finished = await task(stack, id);
    expect(finished.status).toBe('SUCCEEDED');
    expect(finishedBy.size).toBe(500);
    await expectExactlyOnce(stack, id, itemIds);
    record('500 concurrent SSE subscribers on one task (held while they connect, then resumed)', 'all 500 received TASK_FINISHED; 0 lost, 0 duplicated', {
      'TASK_FINISHED delivery p50': `${percentile(delivery, 50)} ms`,
      'delivery p95': `${percentile(delivery, 95)} ms`,
      max: `${Math.max(...delivery)} ms`,
    });
  }, 180_000);
});
