import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleBenchmark } from '@benchhub/core/sample';
import { fnv1a32 } from '@benchhub/core/random';
import { resolveGoldChoice } from '@benchhub/core/scoring';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { sseSubscription, startStack, type TestStack } from '../support/stack';

/**
 * The first real path through everything: GraphQL over HTTP → SQLite → BullMQ on Redis → a worker
 * process → an OpenAI-compatible server → stored samples → progress over Redis pub/sub → SSE.
 */
const PLANTED_KEY = 'sk-planted-e2e-7f3a9c1d5b';
const items = generateSampleBenchmark();

/**
 * The test model answers correctly unless the item id hashes to 0 mod 3 (then it picks a wrong letter);
 * of the rest, ids hashing to 0 mod 5 get a hedge between the gold and another option ("B or C"),
 * which earns no credit and is counted as ambiguous.
 */
const answersCorrectly = (itemId: string) => fnv1a32(itemId) % 3 !== 0 && !hedges(itemId);
const hedges = (itemId: string) => fnv1a32(itemId) % 3 !== 0 && fnv1a32(itemId) % 5 === 0;

function answerFor(userPrompt: string): string {
  const item = items.find((candidate) => candidate.options && userPrompt.includes(candidate.prompt));
  if (!item || !item.options) return 'I am not sure.';
  const gold = resolveGoldChoice(item.answer, item.options)!;
  const other = (gold + 1) % item.options.length;
  const letter = (index: number) => String.fromCharCode(65 + index);
  if (hedges(item.id)) return `Let me think step by step. It is either ${letter(gold)} or ${letter(other)}, I cannot decide.`;
  const choice = answersCorrectly(item.id) ? gold : other;
  return `Let me think step by step. The answer is ${letter(choice)}.`;
}

let stack: TestStack;
let llm: OpenAiTestServer;

beforeAll(async () => {
  llm = await startOpenAiTestServer((request) => answerFor(request.messages.map((m) => m.content).join('\n')), { latencyMs: 5 });
  stack = await startStack();
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await llm?.close();
});

const PROGRESS = `subscription ($taskId: ID!) {
  taskProgress(taskId: $taskId) {
    seq kind taskStatus
    run { runId modelName status done total correct errors ambiguous accuracy ciLow ciHigh }
  }
}`;

interface ProgressEvent {
  seq: number;
  kind: string;
  taskStatus: string;
  run: { runId: string; modelName: string; status: string; done: number; total: number; correct: number; errors: number; ambiguous: number } | null;
}

describe('createEvaluation end to end', () => {
  it('evaluates an OpenAI-compatible endpoint and the random baseline, streams ordered progress, stores exact counts', async () => {
    const created = await stack.gql<{ createModelEndpoint: { __typename: string; data?: { id: string; hasApiKey: boolean } } }>(
      `mutation ($input: ModelEndpointInput!) {
        createModelEndpoint(input: $input) {
          __typename
          ... on MutationCreateModelEndpointSuccess { data { id hasApiKey } }
          ... on BaseError { message }
        }
      }`,
      { input: { name: 'test-llm', baseUrl: llm.url, modelId: 'test-model', apiKey: PLANTED_KEY, concurrency: 4 } },
    );
    expect(created.data?.createModelEndpoint.data?.hasApiKey).toBe(true);

    const result = await stack.gql<{
      createEvaluation: { __typename: string; data?: { id: string; status: string; itemCount: number; runs: { id: string; modelName: string }[] } };
    }>(
      `mutation ($input: CreateEvaluationInput!) {
        createEvaluation(input: $input) {
          __typename
          ... on MutationCreateEvaluationSuccess { data { id status itemCount runs { id modelName } } }
          ... on BaseError { message code }
        }
      }`,
      {
        input: {
          query: 'Compare these models on English math problems',
          models: ['test-llm', 'baseline/random'],
          plan: { language: 'ENGLISH', subjects: ['Science/Math'], problemType: 'MCQA', sampleSize: 40, seed: 7 },
        },
      },
    );
    const task = result.data?.createEvaluation.data;
    expect(task, JSON.stringify(result)).toBeDefined();
    expect(task!.itemCount).toBe(40);

    const events: ProgressEvent[] = [];
    for await (const event of sseSubscription<{ taskProgress: ProgressEvent }>(stack.graphqlUrl, PROGRESS, { taskId: task!.id }, { token: stack.token })) {
      events.push(event.taskProgress);
    }

    // Ordered: live events carry a strictly increasing per-task sequence, and every run's done count never goes back.
    const live = events.filter((e) => e.seq > 0);
    expect(live.length).toBeGreaterThan(2);
    for (let i = 1; i < live.length; i++) expect(live[i]!.seq).toBeGreaterThan(live[i - 1]!.seq);
    const lastDone = new Map<string, number>();
    for (const event of events) {
      if (!event.run) continue;
      expect(event.run.done).toBeGreaterThanOrEqual(lastDone.get(event.run.runId) ?? 0);
      lastDone.set(event.run.runId, event.run.done);
    }
    expect(events.at(-1)).toMatchObject({ kind: 'TASK_FINISHED', taskStatus: 'SUCCEEDED' });
    // Each run is seen finished before the task is: live (RUN_FINISHED) or, when it finished before the
    // subscription connected (the baseline answers at once; a loaded machine can delay the connect), in the
    // stored state the stream starts with (seq 0, status SUCCEEDED).
    const finishedIndex = events.findIndex((e) => e.kind === 'TASK_FINISHED');
    const runFinishedAt = new Map<string, number>();
    events.forEach((e, index) => {
      const finished = e.kind === 'RUN_FINISHED' || (e.seq === 0 && e.run?.status === 'SUCCEEDED');
      if (finished && e.run && !runFinishedAt.has(e.run.modelName)) runFinishedAt.set(e.run.modelName, index);
    });
    expect([...runFinishedAt.keys()].sort()).toEqual(['baseline/random', 'test-llm']);
    for (const index of runFinishedAt.values()) expect(index).toBeLessThan(finishedIndex);

    // Exact stored counts: one sample per item per model, correctness as the test model was told to answer.
    const stored = await stack.db.evaluationTask.findUniqueOrThrow({ where: { id: task!.id }, include: { runs: true } });
    expect(stored.status).toBe('SUCCEEDED');
    const itemIds = stored.itemIds as string[];
    expect(await stack.db.experimentSample.count({ where: { taskId: task!.id } })).toBe(80);
    const llmRun = stored.runs.find((r) => r.modelName === 'test-llm')!;
    const expectedCorrect = itemIds.filter(answersCorrectly).length;
    const expectedAmbiguous = itemIds.filter(hedges).length;
    expect(expectedAmbiguous).toBeGreaterThan(0);
    expect(llmRun).toMatchObject({ status: 'SUCCEEDED', done: 40, total: 40, correct: expectedCorrect, errors: 0, unparsed: 0, ambiguous: expectedAmbiguous });
    expect(await stack.db.experimentSample.count({ where: { runId: llmRun.id, correct: true } })).toBe(expectedCorrect);
    const hedged = await stack.db.experimentSample.findMany({ where: { runId: llmRun.id, status: 'ambiguous' } });
    expect(hedged.map((s) => s.itemId).sort()).toEqual(itemIds.filter(hedges).sort());
    expect(hedged.every((s) => s.correct === false && /^[A-J] \| [A-J]$/.test(s.extracted ?? ''))).toBe(true);
    const randomRun = stored.runs.find((r) => r.modelName === 'baseline/random')!;
    expect(randomRun).toMatchObject({ status: 'SUCCEEDED', done: 40, errors: 0 });
    expect(events[runFinishedAt.get('test-llm')!]!.run).toMatchObject({ correct: expectedCorrect, ambiguous: expectedAmbiguous });

    // The typed result: accuracy with its interval, and the ranking the data supports.
    const typed = await stack.gql<{ task: { ranking: { method: string; models: Array<{ modelName: string; n: number; correct: number; accuracy: number; ciLow: number; ciHigh: number; rank: number; chanceAccuracy: number }>; pairwise: Array<{ sharedItems: number }>; tiedGroups: Array<{ models: string[] }> } } }>(
      `query ($id: ID!) { task(id: $id) { ranking { method models { modelName n correct accuracy ciLow ciHigh rank letters ambiguousCount ambiguousRate chanceAccuracy bySubject { key n accuracy } } pairwise { modelA modelB sharedItems pValue adjustedP significant } tiedGroups { models } } } }`,
      { id: task!.id },
    );
    const ranking = typed.data!.task.ranking;
    const llmResult = ranking.models.find((m) => m.modelName === 'test-llm')!;
    expect(llmResult).toMatchObject({ n: 40, correct: expectedCorrect, accuracy: expectedCorrect / 40, ambiguousCount: expectedAmbiguous, ambiguousRate: expectedAmbiguous / 40 });
    // Every sampled item has 4 options: the chance level is 1/4.
    expect(llmResult.chanceAccuracy).toBeCloseTo(0.25, 12);
    expect(llmResult.ciLow).toBeLessThan(llmResult.accuracy);
    expect(llmResult.ciHigh).toBeGreaterThan(llmResult.accuracy);
    expect(ranking.pairwise).toEqual([expect.objectContaining({ sharedItems: 40 })]);
    expect(ranking.tiedGroups.flatMap((g) => g.models).sort()).toEqual(['baseline/random', 'test-llm']);

    // The endpoint got exactly one request per item, with the decrypted key.
    expect(llm.requests).toHaveLength(40);
    expect(llm.maxInFlight).toBeLessThanOrEqual(4); // the endpoint's concurrency limit
    expect(llm.maxInFlight).toBeGreaterThan(1);
    expect(llm.requests.every((r) => r.authorization === `Bearer ${PLANTED_KEY}`)).toBe(true);
  }, 120_000);

  it('never exposes the API key: not in GraphQL, Redis keys or values, jobs, or logs', async () => {
    const everything = await stack.gql(`{ modelEndpoints { id name hasApiKey baseUrl modelId extraHeaderNames } tasks(first: 10) { edges { node { id result runs { summary } } } } }`);
    expect(JSON.stringify(everything)).not.toContain(PLANTED_KEY);

    const dump: string[] = [];
    for (const key of await stack.redis.keys('*')) {
      dump.push(key);
      const type = await stack.redis.type(key);
      if (type === 'string') dump.push(String(await stack.redis.get(key)));
      else if (type === 'hash') dump.push(JSON.stringify(await stack.redis.hgetall(key)));
      else if (type === 'list') dump.push(JSON.stringify(await stack.redis.lrange(key, 0, -1)));
      else if (type === 'set') dump.push(JSON.stringify(await stack.redis.smembers(key)));
      else if (type === 'zset') dump.push(JSON.stringify(await stack.redis.zrange(key, 0, -1)));
      else if (type === 'stream') dump.push(JSON.stringify(await stack.redis.xrange(key, '-', '+')));
    }
    expect(dump.length).toBeGreaterThan(5); // the jobs are there to be searched
    expect(dump.join('\n')).not.toContain(PLANTED_KEY);
    expect(stack.server.output().length).toBeGreaterThan(0);
    expect(stack.server.output()).not.toContain(PLANTED_KEY);
    for (const worker of stack.workers) expect(worker.output()).not.toContain(PLANTED_KEY);
    // The database keeps only ciphertext.
    const row = await stack.db.modelEndpoint.findUniqueOrThrow({ where: { name: 'test-llm' } });
    expect(row.apiKeyCiphertext).not.toContain(PLANTED_KEY);
  });

  it('rejects bad input with typed errors and changes nothing', async () => {
    const before = await stack.db.evaluationTask.count();
    const empty = await stack.gql<{ createEvaluation: { __typename: string; code?: string } }>(
      `mutation { createEvaluation(input: { query: "   ", models: ["baseline/random"] }) { __typename ... on BaseError { code message } } }`,
    );
    expect(empty.data?.createEvaluation).toMatchObject({ __typename: 'ValidationError', code: 'EMPTY_QUERY' });
    const unknown = await stack.gql<{ createEvaluation: { __typename: string } }>(
      `mutation { createEvaluation(input: { query: "math problems", models: ["no-such-model"] }) { __typename ... on BaseError { code message } } }`,
    );
    expect(unknown.data?.createEvaluation).toMatchObject({ __typename: 'NotFoundError' });
    expect(await stack.db.evaluationTask.count()).toBe(before);
  });
});

describe('open-ended items', () => {
  it('are unscored without a judge, and judged (with provenance) when a judge endpoint is given', async () => {
    const judgeServer = await startOpenAiTestServer((request) => {
      const text = request.messages.map((m) => m.content).join('\n');
      // Deterministic verdicts: the judge accepts answers to questions whose text hashes even.
      const question = /\n([^\n]+)\n/.exec(text)?.[1] ?? text;
      return `The answer covers the key points.\nVERDICT: ${fnv1a32(question) % 2 === 0 ? 'CORRECT' : 'INCORRECT'}`;
    });
    try {
      for (const [name, url] of [['essay-llm', llm.url], ['judge-llm', judgeServer.url]] as const) {
        await stack.gql(`mutation ($input: ModelEndpointInput!) { createModelEndpoint(input: $input) { __typename } }`, {
          input: { name, baseUrl: url, modelId: name },
        });
      }
      const run = async (judgeModel?: string) => {
        const created = await stack.gql<{ createEvaluation: { data?: { id: string } } }>(
          `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { ... on MutationCreateEvaluationSuccess { data { id } } ... on BaseError { message } } }`,
          {
            input: {
              query: 'open-ended explanations',
              models: ['essay-llm'],
              plan: { language: 'ENGLISH', subjects: [], problemType: 'OPEN_ENDED', sampleSize: 8, seed: 3 },
              forceLive: true,
              ...(judgeModel ? { judgeModel } : {}),
            },
          },
        );
        const id = created.data!.createEvaluation.data!.id;
        for await (const _ of sseSubscription(stack.graphqlUrl, PROGRESS, { taskId: id }, { token: stack.token })) void _;
        return stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } });
      };

      const unjudged = await run();
      expect(unjudged.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 8, unscored: 8, correct: 0 });

      const judged = await run('judge-llm');
      const samples = await stack.db.experimentSample.findMany({ where: { taskId: judged.id } });
      expect(samples).toHaveLength(8);
      expect(samples.every((s) => s.judgeModel === 'judge-llm' && s.judgePromptVersion && s.judgeOutput?.includes('VERDICT'))).toBe(true);
      const expectedCorrect = samples.filter((s) => s.judgeOutput!.includes('VERDICT: CORRECT')).length;
      expect(judged.runs[0]).toMatchObject({ done: 8, unscored: 0, correct: expectedCorrect });
      expect(samples.filter((s) => s.correct).length).toBe(expectedCorrect);
    } finally {
      await judgeServer.close();
    }
  }, 60_000);
});

describe('health', () => {
  it('reports the database, Redis, queue depth, live worker processes and version', async () => {
    const health = await stack.gql<{ health: { ok: boolean; version: string; database: { ok: boolean }; redis: { ok: boolean }; queue: { waiting: number; failed: number }; liveWorkers: number } }>(
      '{ health { ok version database { ok latencyMs } redis { ok latencyMs } queue { waiting active delayed failed completed } liveWorkers } }',
    );
    expect(health.data!.health).toMatchObject({ ok: true, database: { ok: true }, redis: { ok: true }, liveWorkers: stack.workers.length });
    expect(health.data!.health.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
