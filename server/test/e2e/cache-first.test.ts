import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { sseSubscription, startStack, type TestStack } from '../support/stack';
import { correctAnswer, createEndpoint, waitUntil } from '../support/scenario';

/** Cache-first personalized results: answer from stored cells, evaluate only what is missing. */
let stack: TestStack;
let llm: OpenAiTestServer;

beforeAll(async () => {
  llm = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 2 });
  stack = await startStack();
  await createEndpoint(stack, 'cached-llm', llm.url);
  await createEndpoint(stack, 'other-llm', llm.url, { modelId: 'other-model' });
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await llm?.close();
});

interface Created {
  id: string;
  status: string;
  runs: Array<{ modelName: string; source: string; status: string }>;
}

async function evaluate(models: string[], extra: Record<string, unknown> = {}): Promise<Created> {
  const result = await stack.gql<{ createEvaluation: { data?: Created } }>(
    `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) {
      ... on MutationCreateEvaluationSuccess { data { id status runs { modelName source status } } }
      ... on BaseError { message code } } }`,
    {
      input: {
        query: 'English math problems',
        models,
        plan: { language: 'ENGLISH', subjects: ['Science/Math'], problemType: 'MCQA', sampleSize: 24, seed: 5 },
        ...extra,
      },
    },
  );
  if (!result.data?.createEvaluation.data) throw new Error(JSON.stringify(result));
  return result.data.createEvaluation.data;
}

const finished = (id: string) =>
  waitUntil(() => stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } }), (t) => t.result !== null, 'task result');
const sourceOf = (task: Created, model: string) => task.runs.find((r) => r.modelName === model)!.source;

describe('cache-first createEvaluation', () => {
  it('a live run writes leaderboard cells and fires leaderboardUpdated', async () => {
    const updates: Array<{ taskId: string; modelNames: string[]; cells: number }> = [];
    let taskId = '';
    const listening = (async () => {
      for await (const event of sseSubscription<{ leaderboardUpdated: { taskId: string; modelNames: string[]; cells: number } }>(
        stack.graphqlUrl,
        'subscription { leaderboardUpdated { taskId modelNames cells language } }',
        {},
        { token: stack.token },
      )) {
        // Earlier tasks of this stack may still announce theirs: keep only this task's event.
        if (event.leaderboardUpdated.taskId !== taskId) continue;
        updates.push(event.leaderboardUpdated);
        return;
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    const task = await evaluate(['cached-llm', 'baseline/random']);
    taskId = task.id;
    expect(task.runs.every((r) => r.source === 'LIVE')).toBe(true);
    const done = await finished(task.id);
    expect(done.status).toBe('SUCCEEDED');
    await listening;
    expect(updates[0]!.modelNames.sort()).toEqual(['baseline/random', 'cached-llm']);
    const cells = await stack.db.leaderboardEntry.findMany({ where: { modelName: 'cached-llm' } });
    expect(cells.length).toBe(updates[0]!.cells / 2);
    expect(cells.every((c) => c.source === 'LIVE' && c.taskId === task.id && c.n !== null && c.score === 1)).toBe(true);
    expect(cells.reduce((sum, c) => sum + c.n!, 0)).toBeGreaterThanOrEqual(24);
  }, 60_000);

  it('a full cache hit answers immediately with no job and no model call', async () => {
    const requests = llm.requests.length;
    const started = performance.now();
    const task = await evaluate(['cached-llm', 'baseline/random']);
    const elapsed = performance.now() - started;
    expect(task.status).toBe('SUCCEEDED');
    expect(task.runs.map((r) => r.source)).toEqual(['CACHED', 'CACHED']);
    expect(elapsed).toBeLessThan(5000); // generous bound for CI; the benchmark measures the real latency
    const stored = await stack.db.evaluationTask.findUniqueOrThrow({ where: { id: task.id }, include: { runs: true } });
    const result = stored.result as { models: Array<{ modelName: string; summary: { accuracy: number; n: number } }>; method: string };
    expect(result.models[0]).toMatchObject({ modelName: 'cached-llm', summary: { accuracy: 1 } });
    expect(result.method).toMatch(/intervals/);
    expect(await stack.db.experimentSample.count({ where: { taskId: task.id } })).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(llm.requests.length).toBe(requests);
  });

  it('a partial hit evaluates only the missing model', async () => {
    const task = await evaluate(['cached-llm', 'other-llm']);
    expect(sourceOf(task, 'cached-llm')).toBe('CACHED');
    expect(sourceOf(task, 'other-llm')).toBe('LIVE');
    const done = await finished(task.id);
    expect(done.status).toBe('SUCCEEDED');
    expect(await stack.db.experimentSample.count({ where: { taskId: task.id } })).toBe(24);
    expect(llm.requests.filter((r) => r.model === 'other-model')).toHaveLength(24);
  }, 60_000);

  it('forceLive skips the cache', async () => {
    const task = await evaluate(['cached-llm'], { forceLive: true });
    expect(sourceOf(task, 'cached-llm')).toBe('LIVE');
    await finished(task.id);
  }, 60_000);

  it('stale, version-mismatched and quarantined cells are not used', async () => {
    const where = { modelName: 'baseline/random' };
    const cells = await stack.db.leaderboardEntry.findMany({ where });
    // Stale: older than CACHE_MAX_AGE_DAYS (30).
    await stack.db.leaderboardEntry.updateMany({ where, data: { updatedAt: new Date(Date.now() - 31 * 86_400_000) } });
    expect(sourceOf(await evaluate(['baseline/random']), 'baseline/random')).toBe('LIVE');
    await waitUntil(() => stack.db.leaderboardEntry.findFirstOrThrow({ where }), (c) => c.updatedAt.getTime() > Date.now() - 60_000, 'cells refreshed');

    // Another prompt-template version: not comparable unless mixing is allowed.
    await stack.db.leaderboardEntry.updateMany({ where, data: { promptVersion: 'v0-old' } });
    expect(sourceOf(await evaluate(['baseline/random'], { forceLive: false }), 'baseline/random')).toBe('LIVE');
    await waitUntil(() => stack.db.leaderboardEntry.findFirstOrThrow({ where }), (c) => c.promptVersion !== 'v0-old', 'cells rewritten');
    await stack.db.leaderboardEntry.updateMany({ where, data: { promptVersion: 'v0-old' } });
    expect(sourceOf(await evaluate(['baseline/random'], { allowMixedVersions: true }), 'baseline/random')).toBe('CACHED');

    // Quarantined cells are kept but never answer from the cache.
    await stack.db.leaderboardEntry.updateMany({ where, data: { quarantined: true } });
    const quarantined = await evaluate(['baseline/random'], { allowMixedVersions: true });
    expect(sourceOf(quarantined, 'baseline/random')).toBe('LIVE');
    await finished(quarantined.id);
    expect(await stack.db.leaderboardEntry.count({ where: { ...where, quarantined: true } })).toBe(cells.length);
  }, 90_000);

  it('identical requests are answered from the response cache unless a fresh run is asked for', async () => {
    const before = llm.requests.length;
    const cachedRun = await evaluate(['cached-llm'], { forceLive: true });
    const done = await finished(cachedRun.id);
    expect(done.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 24, fromCache: 24, correct: 24 });
    expect(llm.requests.length).toBe(before); // every prompt was asked before with the same model and parameters
    const ranking = await stack.gql<{ task: { ranking: { models: Array<{ fromCacheCount: number }> } } }>(
      'query ($id: ID!) { task(id: $id) { ranking { models { fromCacheCount } } } }',
      { id: cachedRun.id },
    );
    expect(ranking.data!.task.ranking.models[0]!.fromCacheCount).toBe(24);

    const fresh = await evaluate(['cached-llm'], { forceLive: true, forceFresh: true });
    const freshDone = await finished(fresh.id);
    expect(freshDone.runs[0]).toMatchObject({ done: 24, fromCache: 0 });
    expect(llm.requests.length).toBe(before + 24);
  }, 60_000);
});
