import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { EVALUATION_QUEUE } from '@benchhub/core/contracts';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { startStack, type TestStack } from '../support/stack';
import { control, correctAnswer, createEndpoint, createTask, waitUntil } from '../support/scenario';

/** Lifecycle guarantees: idempotent submission, control answers, a lost queue healed, resume from any stopped state. */
let stack: TestStack;
let slow: OpenAiTestServer;

beforeAll(async () => {
  slow = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 40 });
  stack = await startStack({ workers: 2 });
  await createEndpoint(stack, 'slow-llm', slow.url, { concurrency: 2 });
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await slow?.close();
});

const task = (id: string) => stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } });
const samples = (taskId: string) => stack.db.experimentSample.count({ where: { taskId } });
const perItemCounts = async (taskId: string) => stack.db.experimentSample.groupBy({ by: ['itemId'], where: { taskId }, _count: true });

const CREATE = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { __typename ... on MutationCreateEvaluationSuccess { data { id } } ... on BaseError { message } } }`;
const input = (idempotencyKey: string) => ({
  query: 'English math problems',
  models: ['baseline/random'],
  idempotencyKey,
  plan: { language: 'ENGLISH', subjects: ['Science/Math'], problemType: 'MCQA', sampleSize: 5, seed: 1 },
});

describe('submission and control answers', () => {
  it('createEvaluation with a repeated idempotencyKey returns the first task, also when sent concurrently', async () => {
    type Answer = { createEvaluation: { data?: { id: string } } };
    const answers = await Promise.all([1, 2, 3, 4].map(() => stack.gql<Answer>(CREATE, { input: input('client-key-1') })));
    const ids = new Set(answers.map((a) => a.data?.createEvaluation.data?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await stack.db.evaluationTask.count({ where: { idempotencyKey: { endsWith: ':client-key-1' } } })).toBe(1);
    const other = await stack.gql<Answer>(CREATE, { input: input('client-key-2') });
    expect(ids.has(other.data?.createEvaluation.data?.id)).toBe(false);
    // Keys belong to their user: another user's same key makes that user's own task.
    const member = await stack.createUser('member');
    const theirs = await stack.gql<Answer>(CREATE, { input: input('client-key-1') }, { token: member.token });
    expect(theirs.data?.createEvaluation.data?.id).toBeTruthy();
    expect(ids.has(theirs.data?.createEvaluation.data?.id)).toBe(false);
    const tooLong = await stack.gql<{ createEvaluation: { __typename: string } }>(CREATE, { input: input('x'.repeat(201)) });
    expect(tooLong.data?.createEvaluation.__typename).toBe('ValidationError');
  });

  it('a control mutation whose selection omits data answers without an error', async () => {
    const { id } = await createTask(stack, ['slow-llm'], 30, 21);
    const answer = await stack.gql<{ holdEvaluation: { __typename: string } }>(`mutation ($id: ID!) { holdEvaluation(taskId: $id) { __typename } }`, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.holdEvaluation.__typename).toBe('MutationHoldEvaluationSuccess');
    const cancelled = await stack.gql<{ cancelEvaluation: { __typename: string } }>(`mutation ($id: ID!) { cancelEvaluation(taskId: $id) { __typename } }`, { id });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelEvaluation.__typename).toBe('MutationCancelEvaluationSuccess');
    await waitUntil(() => task(id), (t) => t.finishedAt !== null, 'cancelled task finalized', 20_000);
  }, 40_000);
});

describe('a task always ends', () => {
  it('the queue lost mid-run (jobs gone): the reconciler re-enqueues the task and it completes exactly, within 30 s', async () => {
    slow.requests.length = 0;
    const { id, itemIds } = await createTask(stack, ['slow-llm'], 40, 22);
    await waitUntil(() => samples(id), (n) => n >= 5, 'some samples');
    const queue = new Queue(EVALUATION_QUEUE, { connection: { url: stack.env.REDIS_URL } });
    await queue.obliterate({ force: true }); // as if Redis restarted without persistence
    await queue.close();
    const lostAt = Date.now();
    const finished = await waitUntil(() => task(id), (t) => t.status === 'SUCCEEDED' && t.result !== null, 'task finished after the queue was lost', 45_000);
    expect(Date.now() - lostAt).toBeLessThan(30_000 + 40 * 60);
    expect(finished.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 40, correct: 40, errors: 0 });
    const perItem = await perItemCounts(id);
    expect(perItem.map((row) => row.itemId).sort()).toEqual([...itemIds].sort());
    expect(perItem.every((row) => row._count === 1)).toBe(true);
    expect(stack.workers.some((w) => w.output().includes('reconciler: task had no live job'))).toBe(true);
  }, 60_000);

  it('resume accepts a failed or cancelled task and evaluates only what is missing', async () => {
    const { id, itemIds } = await createTask(stack, ['slow-llm'], 30, 23);
    await waitUntil(() => samples(id), (n) => n >= 4, 'some samples');
    expect((await control(stack, 'cancelEvaluation', id)).data?.cancelEvaluation?.data?.status).toBe('CANCELLED');
    await waitUntil(() => task(id), (t) => t.finishedAt !== null, 'cancel finalized', 20_000);
    const storedAtCancel = await samples(id);
    slow.requests.length = 0;
    expect(['PENDING', 'RUNNING']).toContain((await control(stack, 'resumeEvaluation', id)).data?.resumeEvaluation?.data?.status);
    const finished = await waitUntil(() => task(id), (t) => t.status === 'SUCCEEDED' && t.result !== null, 'resumed task finished', 40_000);
    expect(finished.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 30, correct: 30 });
    expect(slow.requests.length).toBe(30 - storedAtCancel);
    const perItem = await perItemCounts(id);
    expect(perItem.map((row) => row.itemId).sort()).toEqual([...itemIds].sort());
    expect(perItem.every((row) => row._count === 1)).toBe(true);
    // A running task with a live job is not resumed twice.
    const { id: running } = await createTask(stack, ['slow-llm'], 30, 24);
    await waitUntil(() => samples(running), (n) => n >= 1, 'running');
    expect((await control(stack, 'resumeEvaluation', running)).data?.resumeEvaluation?.__typename).toBe('ConflictError');
    await control(stack, 'cancelEvaluation', running);
  }, 90_000);
});
