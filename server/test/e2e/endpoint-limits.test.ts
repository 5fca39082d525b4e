import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { startStack, type TestStack } from '../support/stack';
import { correctAnswer, createEndpoint, createTask, waitUntil } from '../support/scenario';

/** An endpoint's concurrency limit holds across worker processes, not per process. */
let stack: TestStack;
let llm: OpenAiTestServer;

beforeAll(async () => {
  llm = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 40 });
  // One run per worker at a time: three tasks on one endpoint run on three processes at once.
  stack = await startStack({ workers: 3, env: { WORKER_CONCURRENCY: '1' } });
  await createEndpoint(stack, 'shared-llm', llm.url, { concurrency: 3 });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await llm?.close();
});

describe('endpoint limits across workers', () => {
  it('three workers running the same endpoint never have more than its concurrency in flight together', async () => {
    const tasks = await Promise.all([createTask(stack, ['shared-llm'], 30, 21), createTask(stack, ['shared-llm'], 30, 22), createTask(stack, ['shared-llm'], 30, 23)]);
    await waitUntil(
      () => stack.db.evaluationTask.findMany({ where: { id: { in: tasks.map((t) => t.id) } } }),
      (rows) => rows.every((row) => row.status === 'SUCCEEDED'),
      'three tasks succeed',
      120_000,
    );
    expect(llm.maxInFlight).toBeLessThanOrEqual(3);
    expect(llm.maxInFlight).toBe(3);
    expect(await stack.db.experimentSample.count({ where: { taskId: { in: tasks.map((t) => t.id) } } })).toBe(90);
    // The runs really were spread over the processes (a per-process limit would have allowed 3 each).
    const runsPerWorker = stack.workers.map((worker) => (worker.output().match(/"msg":"model run finished"/g) ?? []).length);
    expect(runsPerWorker.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
