import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type Fault, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { startStack, type TestStack } from '../support/stack';
import { control, correctAnswer, createEndpoint, waitUntil } from '../support/scenario';
import { createLiveTask, expectExactlyOnce, holderOf, record, reportFigures, sleep, stored, task } from './support';

/**
 * Worker processes that die, freeze, or meet a misbehaving endpoint; cancel as a fence. Real server
 * and worker processes, their own redis-server and database, OpenAI-compatible fault servers on loopback.
 */
let stack: TestStack;
let steady: OpenAiTestServer;
let chaotic: OpenAiTestServer;
let chaosOn = true;
/** The throttled endpoint answers every request with 429 and Retry-After: 30 while this is on. */
let throttling = false;
let throttled: OpenAiTestServer;
const answer = (r: { messages: Array<{ content: string }> }) => correctAnswer(r.messages.map((m) => m.content).join('\n'));

/** Deterministic chaos: about a third of requests fail, in every way an endpoint fails. */
function chaosFor(n: number): Fault | null {
  if (!chaosOn) return null;
  const roll = (Math.imul(n, 2654435761) >>> 0) % 100;
  if (roll < 8) return { kind: 'status', status: 429, retryAfterSeconds: 1 };
  if (roll < 16) return { kind: 'status', status: 503 };
  if (roll < 22) return { kind: 'garbage' };
  if (roll < 26) return { kind: 'hang', ms: 3000 };
  if (roll < 32) return { kind: 'reset' };
  return null;
}

beforeAll(async () => {
  steady = await startOpenAiTestServer(answer, { latencyMs: 60 });
  chaotic = await startOpenAiTestServer(answer, { latencyMs: 10, chaos: (n) => chaosFor(n) });
  throttled = await startOpenAiTestServer(answer, { latencyMs: 20, chaos: () => (throttling ? { kind: 'status', status: 429, retryAfterSeconds: 30 } : null) });
  // The defaults under test: a 5 s job lock (WORKER_LOCK_MS), two workers.
  stack = await startStack({ workers: 2, env: { WORKER_LOCK_MS: '5000', LOG_LEVEL: 'info', QUOTA_CONCURRENT_TASKS: '0', QUOTA_ITEMS_PER_DAY: '0' } });
  await createEndpoint(stack, 'steady-llm', steady.url, { concurrency: 4 });
  await createEndpoint(stack, 'chaotic-llm', chaotic.url, { concurrency: 8, maxRetries: 2, timeoutMs: 1000 });
  await createEndpoint(stack, 'throttled-llm', throttled.url, { concurrency: 4, maxRetries: 4 });
}, 180_000);

afterAll(async () => {
  reportFigures();
  await stack?.stop();
  await steady?.close();
  await chaotic?.close();
  await throttled?.close();
});

describe('fault suite: processes', () => {
  it('kill -9 of the worker running a task: another worker resumes it within 10 s; 0 lost, 0 duplicated', async () => {
    steady.requests.length = 0;
    const { id, itemIds } = await createLiveTask(stack, ['steady-llm'], 250, 101);
    const runId = (await task(stack, id)).runs[0]!.id;
    await waitUntil(() => stored(stack, id), (n) => n >= 40, 'first samples');
    const holder = await holderOf(stack, runId);
    holder.child.kill('SIGKILL');
    await new Promise((resolve) => holder.child.once('exit', resolve));
    const killedAt = Date.now();
    const storedAtKill = await stored(stack, id);
    await waitUntil(() => stored(stack, id), (n) => n > storedAtKill, 'progress on the other worker', 20_000);
    const stallMs = Date.now() - killedAt;
    await stack.startWorker({ LOG_LEVEL: 'info' }); // two workers again for the next scenarios
    const finished = await waitUntil(() => task(stack, id), (t) => t.status === 'SUCCEEDED' && t.result !== null, 'task finished', 60_000);
    expect(stallMs).toBeLessThanOrEqual(10_000);
    expect(finished.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 250, correct: 250, errors: 0 });
    await expectExactlyOnce(stack, id, itemIds);
    record('kill -9 of the worker mid-run (second worker idle)', 'resumed on the other worker; 0 lost, 0 duplicated; exact counters', {
      'stall (kill → next stored sample)': `${(stallMs / 1000).toFixed(1)} s`,
      'model calls / items': `${steady.requests.length} / 250`,
    });
  }, 120_000);

  it('SIGSTOP past the job lock, then SIGCONT: the frozen worker stops at once; ≤ 1.3× model calls; the run never regresses', async () => {
    steady.requests.length = 0;
    const { id, itemIds } = await createLiveTask(stack, ['steady-llm'], 250, 102);
    const runId = (await task(stack, id)).runs[0]!.id;
    await waitUntil(() => stored(stack, id), (n) => n >= 40, 'first samples');
    const holder = await holderOf(stack, runId);
    holder.child.kill('SIGSTOP');
    const storedAtStop = await stored(stack, id);
    await waitUntil(() => stored(stack, id), (n) => n > storedAtStop, 'takeover by the other worker', 20_000);
    await sleep(1500);
    // Watch the run for regressions from here to the end.
    let lowestAfterMax = Infinity;
    let maxDone = 0;
    let regressed = false;
    const watch = setInterval(() => {
      void stack.db.modelRun.findUnique({ where: { id: runId }, select: { done: true, status: true } }).then((run) => {
        if (!run) return;
        if (run.done < maxDone) regressed = true;
        maxDone = Math.max(maxDone, run.done);
        lowestAfterMax = Math.min(lowestAfterMax, run.done);
      });
    }, 25);
    holder.child.kill('SIGCONT');
    const resumedAt = Date.now();
    const finished = await waitUntil(() => task(stack, id), (t) => t.status === 'SUCCEEDED' && t.result !== null, 'task finished', 60_000);
    await sleep(3000); // the woken worker had every chance to write
    clearInterval(watch);
    const after = await task(stack, id);
    const promptsAsked = new Map<string, number>();
    for (const r of steady.requests) promptsAsked.set(r.body.messages[1]!.content, (promptsAsked.get(r.body.messages[1]!.content) ?? 0) + 1);
    const askedTwice = [...promptsAsked.values()].filter((n) => n > 1).length;
    const woke = Date.now() - resumedAt;
    expect(regressed).toBe(false);
    expect(after.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 250, correct: 250, errors: 0 });
    expect(finished.runs[0]!.done).toBe(250);
    expect(steady.requests.length).toBeLessThanOrEqual(Math.floor(1.3 * 250));
    await expectExactlyOnce(stack, id, itemIds);
    expect(holder.output()).toMatch(/taken over by another worker|job lock lost/);
    record('SIGSTOP of the worker past its lock (5 s), then SIGCONT', 'the other worker took over; the woken one stopped without a write; done never decreased; 0 lost, 0 duplicated', {
      'model calls / items': `${steady.requests.length} / 250 (${(steady.requests.length / 250).toFixed(2)}×)`,
      'items asked twice': askedTwice,
      'watched after wake': `${(woke / 1000).toFixed(0)} s`,
    });
  }, 120_000);

  it('endpoint chaos (429 + Retry-After, 503, garbage 200, hangs, resets): exact error accounting; retryFailedSamples heals', async () => {
    chaotic.requests.length = 0;
    chaotic.answered.length = 0;
    chaosOn = true;
    const { id, itemIds } = await createLiveTask(stack, ['chaotic-llm'], 250, 103);
    const finished = await waitUntil(() => task(stack, id), (t) => t.result !== null, 'task finished', 120_000);
    // Which items got an answer, from the server's side: prompts of answered requests.
    const answeredNs = new Set(chaotic.answered.map((a) => a.n));
    const promptOf = (body: { messages: Array<{ content: string }> }) => `${body.messages[0]?.content}\n\n${body.messages[1]?.content}`;
    const answeredPrompts = new Set(chaotic.requests.filter((_, i) => answeredNs.has(i + 1)).map((r) => promptOf(r.body)));
    const samples = await stack.db.experimentSample.findMany({ where: { taskId: id }, select: { renderedPrompt: true, status: true } });
    const expectedErrors = samples.filter((s) => !answeredPrompts.has(s.renderedPrompt)).length;
    const storedErrors = samples.filter((s) => s.status === 'error').length;
    const run = finished.runs[0]!;
    expect(storedErrors).toBe(expectedErrors);
    expect(run.errors).toBe(storedErrors);
    expect(run.done).toBe(250);
    expect(run.correct + run.errors).toBe(250);
    await expectExactlyOnce(stack, id, itemIds);
    const injected = { ...chaotic.injected };

    chaosOn = false;
    const retried = await control(stack, 'retryFailedSamples', id);
    if (storedErrors > 0) {
      expect(['PENDING', 'RUNNING']).toContain(retried.data?.retryFailedSamples?.data?.status);
      await waitUntil(() => task(stack, id), (t) => t.status === 'SUCCEEDED' && t.result !== null && t.runs[0]!.errors === 0, 'healed', 60_000);
    }
    const healed = await task(stack, id);
    expect(healed.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 250, correct: 250, errors: 0 });
    await expectExactlyOnce(stack, id, itemIds);
    record('endpoint chaos (32 % of requests: 429 with Retry-After, 503, garbage 200, 3 s hang vs 1 s timeout, reset)', 'errors stored = items with no answered request; counters exact; retryFailedSamples healed every error; 0 lost, 0 duplicated', {
      requests: chaotic.requests.length,
      injected: Object.entries(injected).map(([k, v]) => `${k}×${v}`).join(' '),
      'errored items after retries': `${storedErrors} / 250`,
    });
  }, 240_000);

  it('cancel is a fence: no request leaves and no sample is written later than 300 ms after the acknowledgement', async () => {
    steady.requests.length = 0;
    steady.faults.latencyMs = 250;
    const { id } = await createLiveTask(stack, ['steady-llm'], 250, 104);
    await waitUntil(() => stored(stack, id), (n) => n >= 20, 'first samples');
    const answer = await control(stack, 'cancelEvaluation', id);
    const ackAt = Date.now();
    expect(answer.data?.cancelEvaluation?.data?.status).toBe('CANCELLED');
    await sleep(2000);
    steady.faults.latencyMs = 60;
    const lateRequests = steady.requests.filter((r) => r.at > ackAt + 300);
    const lastRequest = Math.max(...steady.requests.map((r) => r.at)) - ackAt;
    const samples = await stack.db.experimentSample.findMany({ where: { taskId: id }, select: { createdAt: true } });
    const lastSample = Math.max(...samples.map((s) => s.createdAt.getTime())) - ackAt;
    const lateSamples = samples.filter((s) => s.createdAt.getTime() > ackAt + 300);
    expect(lateRequests).toHaveLength(0);
    expect(lateSamples).toHaveLength(0);
    const finished = await waitUntil(() => task(stack, id), (t) => t.finishedAt !== null, 'cancel finalized', 20_000);
    expect(finished.status).toBe('CANCELLED');
    expect(finished.runs[0]!.done).toBe(samples.length);
    const perItem = await stack.db.experimentSample.groupBy({ by: ['itemId'], where: { taskId: id }, _count: true });
    expect(perItem.every((row) => row._count === 1)).toBe(true);
    record('cancel during a run (250 ms per request, 4 in flight)', 'no request or sample after ack + 300 ms; stored samples kept, counted exactly; 0 duplicated', {
      'last request after ack': `${lastRequest} ms`,
      'last sample after ack': `${lastSample} ms`,
    });
  }, 60_000);

  it('cancel while every call waits out a 429 Retry-After of 30 s: the waits end at once, no request or sample after 300 ms, the worker is free', async () => {
    throttled.requests.length = 0;
    throttling = false;
    const { id } = await createLiveTask(stack, ['throttled-llm'], 250, 105);
    const runId = (await task(stack, id)).runs[0]!.id;
    await waitUntil(() => stored(stack, id), (n) => n >= 20, 'first samples');
    throttling = true;
    // Every slot (concurrency 4) is now in a 30 s Retry-After wait.
    await waitUntil(async () => throttled.injected['status:429'] ?? 0, (n) => n >= 4, 'four calls throttled');
    await sleep(300);
    const holder = await holderOf(stack, runId);
    const answer = await control(stack, 'cancelEvaluation', id);
    const ackAt = Date.now();
    expect(answer.data?.cancelEvaluation?.data?.status).toBe('CANCELLED');
    // The worker's attempt ends (its job returns) as soon as the waits end: it logs the cancelled run.
    const freed = await waitUntil(async () => holder.output().split('\n').some((line) => line.includes(runId) && line.includes('model run cancelled')), Boolean, 'attempt ended', 30_000);
    const freeAfter = Date.now() - ackAt;
    await sleep(2000);
    throttling = false;
    const lateRequests = throttled.requests.filter((r) => r.at > ackAt + 300);
    const samples = await stack.db.experimentSample.findMany({ where: { taskId: id }, select: { createdAt: true } });
    const lastSample = Math.max(...samples.map((s) => s.createdAt.getTime())) - ackAt;
    expect(freed).toBe(true);
    expect(freeAfter).toBeLessThanOrEqual(1000);
    expect(lateRequests).toHaveLength(0);
    expect(samples.filter((s) => s.createdAt.getTime() > ackAt + 300)).toHaveLength(0);
    const finished = await waitUntil(() => task(stack, id), (t) => t.finishedAt !== null, 'cancel finalized', 20_000);
    expect(finished.status).toBe('CANCELLED');
    expect(finished.runs[0]!.done).toBe(samples.length);
    const perItem = await stack.db.experimentSample.groupBy({ by: ['itemId'], where: { taskId: id }, _count: true });
    expect(perItem.every((row) => row._count === 1)).toBe(true);
    record('cancel while every call waits out 429 + Retry-After: 30 s (4 slots)', 'the Retry-After waits ended at the cancel; no request or sample after ack + 300 ms; the attempt ended at once; counted exactly; 0 duplicated', {
      'attempt ended after ack': `${freeAfter} ms`,
      'requests after ack + 300 ms': lateRequests.length,
      'last sample after ack': `${lastSample} ms`,
      '429 answers (calls waiting at the cancel)': throttled.injected['status:429'] ?? 0,
    });
  }, 90_000);
});
