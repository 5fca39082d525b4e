import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { startStack, type TestStack } from '../support/stack';
import { control, correctAnswer, createEndpoint, createTask, waitUntil } from '../support/scenario';

/** Runs that survive anything: cancel, hold/resume, kill -9 of a worker, failing endpoints. */
let stack: TestStack;
let slow: OpenAiTestServer;
let flaky: OpenAiTestServer;

beforeAll(async () => {
  slow = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 60 });
  flaky = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { alwaysFailWith: 500 });
  stack = await startStack();
  await createEndpoint(stack, 'slow-llm', slow.url, { concurrency: 2 });
  await createEndpoint(stack, 'flaky-llm', flaky.url, { concurrency: 2, maxRetries: 1 });
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await slow?.close();
  await flaky?.close();
});

const task = (id: string) => stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } });
const samples = (taskId: string) => stack.db.experimentSample.count({ where: { taskId } });

describe('task control', () => {
  it('cancel stops calling the model within a second and keeps what was stored', async () => {
    const { id } = await createTask(stack, ['slow-llm'], 60, 11);
    await waitUntil(() => samples(id), (n) => n >= 4, 'some samples');
    const answer = await control(stack, 'cancelEvaluation', id);
    expect(answer.data?.cancelEvaluation?.data?.status).toBe('CANCELLED');
    const cancelledAt = Date.now();
    await new Promise((r) => setTimeout(r, 1000));
    const requestsAfterOneSecond = slow.requests.length;
    await new Promise((r) => setTimeout(r, 600));
    expect(slow.requests.length).toBe(requestsAfterOneSecond); // no calls after the first second
    const finished = await waitUntil(() => task(id), (t) => t.result !== null, 'finalized result', 20_000);
    expect(finished.status).toBe('CANCELLED');
    expect(finished.runs[0]!.status).toBe('CANCELLED');
    const stored = await samples(id);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(60);
    expect(finished.runs[0]!.done).toBe(stored);
    expect(Date.now() - cancelledAt).toBeLessThan(30_000);
    const again = await control(stack, 'cancelEvaluation', id);
    expect(again.data?.cancelEvaluation?.__typename).toBe('ConflictError');
  }, 60_000);

  it('hold keeps stored samples; resume evaluates only the missing items, with exact counts', async () => {
    slow.requests.length = 0;
    const { id, itemIds } = await createTask(stack, ['slow-llm'], 40, 12);
    await waitUntil(() => samples(id), (n) => n >= 6, 'some samples');
    expect((await control(stack, 'holdEvaluation', id)).data?.holdEvaluation?.data?.status).toBe('HELD');
    const held = await waitUntil(() => task(id), (t) => t.runs.every((r) => r.status === 'HELD'), 'run held');
    const storedWhileHeld = await samples(id);
    const requestsWhileHeld = slow.requests.length;
    expect(held.runs[0]!.done).toBe(storedWhileHeld);
    expect(storedWhileHeld).toBeLessThan(40);

    expect(['PENDING', 'RUNNING']).toContain((await control(stack, 'resumeEvaluation', id)).data?.resumeEvaluation?.data?.status);
    const finished = await waitUntil(() => task(id), (t) => t.status === 'SUCCEEDED', 'task succeeded', 60_000);
    expect(finished.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 40, correct: 40, errors: 0 });
    expect(await samples(id)).toBe(40);
    const distinct = await stack.db.experimentSample.groupBy({ by: ['itemId'], where: { taskId: id } });
    expect(distinct.map((d) => d.itemId).sort()).toEqual([...itemIds].sort());
    // After resuming, the model was called exactly for the items not yet stored.
    expect(slow.requests.length - requestsWhileHeld).toBe(40 - storedWhileHeld);
  }, 90_000);
});

describe('crashes and faulty endpoints', () => {
  it('a worker killed with SIGKILL mid-run is resumed by another worker: no duplicates, exact counts', async () => {
    slow.requests.length = 0;
    const [first] = stack.workers;
    const { id, itemIds } = await createTask(stack, ['slow-llm'], 50, 13);
    await waitUntil(() => samples(id), (n) => n >= 8, 'some samples');
    first!.child.kill('SIGKILL');
    await new Promise((resolve) => first!.child.once('exit', resolve));
    const storedAtKill = await samples(id);
    const requestsAtKill = slow.requests.length;
    expect(storedAtKill).toBeLessThan(50);
    await stack.startWorker();
    const finished = await waitUntil(() => task(id), (t) => t.status === 'SUCCEEDED', 'task succeeded after takeover', 90_000);
    expect(finished.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 50, correct: 50, errors: 0 });
    expect(await samples(id)).toBe(50);
    const perItem = await stack.db.experimentSample.groupBy({ by: ['itemId'], where: { taskId: id }, _count: true });
    expect(perItem).toHaveLength(50);
    expect(perItem.every((row) => row._count === 1)).toBe(true);
    expect(perItem.map((row) => row.itemId).sort()).toEqual([...itemIds].sort());
    // The new worker called the model exactly for the items that were not stored when the old one died.
    expect(slow.requests.length - requestsAtKill).toBe(50 - storedAtKill);
  }, 120_000);

  it('a worker stopped with SIGTERM hands its run back at once; another worker finishes it exactly', async () => {
    slow.requests.length = 0;
    const worker = stack.workers.at(-1)!;
    const { id, itemIds } = await createTask(stack, ['slow-llm'], 50, 16);
    await waitUntil(() => samples(id), (n) => n >= 6, 'some samples');
    const stoppedAt = Date.now();
    const code = await worker.stop('SIGTERM');
    const storedAtStop = await samples(id);
    const requestsAtStop = slow.requests.length;
    expect(code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5000); // graceful: stores what it has and releases the job
    expect(worker.output(), worker.output().slice(-3000)).toContain('interrupted by shutdown');
    const handedBack = await task(id);
    expect(handedBack.runs[0]!.status).toBe('PENDING');
    await stack.startWorker();
    const finished = await waitUntil(() => task(id), (t) => t.status === 'SUCCEEDED', 'task succeeded on the new worker', 60_000);
    expect(finished.runs[0]).toMatchObject({ done: 50, correct: 50, errors: 0 });
    const perItem = await stack.db.experimentSample.groupBy({ by: ['itemId'], where: { taskId: id }, _count: true });
    expect(perItem.map((row) => row.itemId).sort()).toEqual([...itemIds].sort());
    expect(perItem.every((row) => row._count === 1)).toBe(true);
    expect(slow.requests.length - requestsAtStop).toBe(50 - storedAtStop);
  }, 90_000);

  it('an endpoint failing every request fails its run with a clear message after a bounded number of attempts; retry-failed re-evaluates only those', async () => {
    flaky.requests.length = 0;
    const { id } = await createTask(stack, ['flaky-llm', 'baseline/random'], 30, 14);
    const finished = await waitUntil(() => task(id), (t) => t.result !== null, 'task finished', 90_000);
    const flakyRun = finished.runs.find((r) => r.modelName === 'flaky-llm')!;
    expect(flakyRun.status).toBe('FAILED');
    expect(flakyRun.error).toMatch(/every request failed/);
    expect(flakyRun.error).toMatch(/HTTP 500/);
    expect(finished.runs.find((r) => r.modelName === 'baseline/random')!.status).toBe('SUCCEEDED');
    expect(finished.status).toBe('SUCCEEDED'); // one model's failure does not sink the task
    // Bounded: a handful of samples × (1 + 1 retry), far fewer than the 30 items.
    expect(flaky.requests.length).toBeLessThanOrEqual(8 * 2);
    expect(await stack.db.experimentSample.count({ where: { runId: flakyRun.id, status: 'error' } })).toBeGreaterThan(0);

    flaky.faults.alwaysFailWith = undefined; // the endpoint recovers
    const retried = await control(stack, 'retryFailedSamples', id);
    expect(['PENDING', 'RUNNING']).toContain(retried.data?.retryFailedSamples?.data?.status);
    const done = await waitUntil(() => task(id), (t) => t.status === 'SUCCEEDED' && t.result !== null, 'retry finished', 90_000);
    expect(done.runs.find((r) => r.modelName === 'flaky-llm')).toMatchObject({ status: 'SUCCEEDED', done: 30, correct: 30, errors: 0 });
    expect(await samples(id)).toBe(60);
  }, 180_000);

  it('honours Retry-After on 429 and then succeeds', async () => {
    const limited = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), {
      failRequests: new Map([[1, 429]]),
      retryAfterSeconds: 1,
    });
    try {
      await createEndpoint(stack, 'limited-llm', limited.url, { concurrency: 1 });
      const { id } = await createTask(stack, ['limited-llm'], 3, 15);
      const finished = await waitUntil(() => task(id), (t) => t.status === 'SUCCEEDED', 'task succeeded', 60_000);
      expect(finished.runs[0]).toMatchObject({ done: 3, correct: 3, errors: 0 });
      expect(limited.requests).toHaveLength(4);
      const [first, second] = limited.requests.map((r) => r.at);
      expect(second! - first!).toBeGreaterThanOrEqual(950);
    } finally {
      await limited.close();
    }
  }, 60_000);
});
