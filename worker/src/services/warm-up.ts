import { setMaxListeners } from 'node:events';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { renderPrompt } from '@benchhub/core/prompts';
import { cellsFromSamples } from '@benchhub/core/leaderboard';
import { buildTaskResult } from '@benchhub/core/results';
import { scoreOutput } from '@benchhub/core/scoring';
import { summarizeRun, type RunSample } from '@benchhub/core/stats';
import { OpenAiCompatibleCaller } from '../models/openai-compatible';
import { cellUpserts, inRolledBackTransaction, loadBenchmarkItems, loadItemCategories, loadSampleOutcomes, type Logger, type PrismaClient } from '@benchhub/db';

/** An id no row has. */
const NO_ROW = 'warm-up-no-such-row';

/**
 * Prisma 7 compiles each query shape the first time it runs (5–40 ms each in its WebAssembly
 * compiler, plus V8 warming up the interpreter). The worker's hot shapes are compiled here, at
 * start, so the first evaluation after a (re)start does not pay for them. The shapes mirror
 * model-run.service and finalize-task.service; a shape that drifts only loses its head start.
 * Writes match no row or are rolled back: nothing changes (warm-up.test.ts checks every table).
 */
export async function warmUpQueries(db: PrismaClient, logger: Logger): Promise<void> {
  const started = performance.now();
  const someIds = [NO_ROW, `${NO_ROW}-2`];
  const missingRowIsFine = (error: unknown) => {
    if ((error as { code?: string }).code !== 'P2025') throw error;
  };
  await db.modelRun.findUnique({ where: { id: NO_ROW }, include: { task: true, modelEndpoint: true } });
  // Real rows, when there are any, so the row mapping and prompt rendering run too (reads only).
  const realIds = (await db.benchmarkItem.findMany({ select: { id: true }, take: 200 })).map((row) => row.id);
  for (const item of await loadBenchmarkItems(db, [...someIds, ...realIds])) renderPrompt(item);
  await db.experimentSample.findMany({ where: { runId: NO_ROW }, select: { itemId: true, status: true, fromCache: true } });
  await db.modelRun.update({ where: { id: NO_ROW }, data: { status: 'RUNNING', total: 0, startedAt: new Date(), error: null } }).catch(missingRowIsFine);
  await db.evaluationTask.updateMany({ where: { id: NO_ROW, status: 'PENDING' }, data: { status: 'RUNNING', startedAt: new Date() } });
  await db.evaluationTask.findUnique({ where: { id: NO_ROW }, select: { status: true } });
  await db.responseCache.findMany({ where: { key: { in: someIds } } });
  await db.modelRun
    .update({ where: { id: NO_ROW }, data: { done: 0, correct: 0, errors: 0, unparsed: 0, ambiguous: 0, unscored: 0, fromCache: 0 } })
    .catch(missingRowIsFine);
  await loadSampleOutcomes(db, { runId: NO_ROW });
  await db.modelRun
    .update({
      where: { id: NO_ROW },
      data: { status: 'SUCCEEDED', done: 0, correct: 0, errors: 0, unparsed: 0, ambiguous: 0, unscored: 0, fromCache: 0, error: null, summary: {}, finishedAt: new Date() },
    })
    .catch(missingRowIsFine);
  await db.evaluationTask.findUnique({ where: { id: NO_ROW }, include: { runs: true } });
  await loadSampleOutcomes(db, { taskId: NO_ROW });
  await db.evaluationTask
    .update({ where: { id: NO_ROW }, data: { status: 'SUCCEEDED', result: {}, finishedAt: new Date(), error: null } })
    .catch(missingRowIsFine);
  await loadItemCategories(db, someIds);
  // The leaderboard upsert can only be compiled by running it: inside a transaction rolled back.
  await inRolledBackTransaction(db, async (tx) => {
    const upserts = cellUpserts(tx, {
      modelName: NO_ROW,
      language: 'English',
      taskId: NO_ROW,
      datasetVersion: null,
      promptVersion: null,
      seed: null,
      samples: [{ subjects: ['Science/Math'], taskType: 'Knowledge', status: 'correct' }],
    });
    for (const upsert of upserts) await upsert;
  });
  logger.debug({ ms: Math.round(performance.now() - started) }, 'query shapes compiled');
}

/**
 * The request path (the openai client, prompt rendering, answer extraction) and a run's final
 * statistics run in V8's interpreter until they are hot, so the first run after a start would be
 * slower at both ends. Here they run a few hundred times against a fetch that answers in process:
 * no network, nothing stored.
 */
export async function warmUpModelCalls(logger: Logger): Promise<void> {
  const started = performance.now();
  const completion = JSON.stringify({
    id: 'warm-up',
    object: 'chat.completion',
    created: 0,
    model: 'warm-up',
    choices: [{ index: 0, message: { role: 'assistant', content: 'The answer is B.' }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 40, completion_tokens: 5, total_tokens: 45 },
  });
  const answerLocally: typeof fetch = async () => new Response(completion, { status: 200, headers: { 'content-type': 'application/json' } });
  const caller = new OpenAiCompatibleCaller({ baseUrl: 'http://warm-up.invalid/v1', modelId: 'warm-up', apiKey: null, params: {} }, answerLocally);
  const item: BenchmarkItem = {
    id: 'warm-up',
    problemType: 'MCQA',
    context: null,
    prompt: 'Which planet is known as the red planet?',
    options: ['Venus', 'Mars', 'Jupiter', 'Saturn'],
    answer: 'B',
    reference: null,
    taskType: 'Knowledge',
    targetType: 'General',
    subjectType: ['Science/Astronomy'],
    benchmarkName: 'warm-up',
    language: 'English',
    mcqaMeta: null,
    originalCategory: null,
    additionalInfo: null,
    split: 'test',
  };
  const signal = new AbortController().signal;
  setMaxListeners(0, signal); // 32 calls listen at once, as in a run
  const samples: RunSample[] = [];
  for (let round = 0; round < 10; round++) {
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        const reply = await caller.call(renderPrompt(item), item, signal);
        const score = scoreOutput({ problemType: item.problemType, options: item.options, answer: item.answer, output: reply.output });
        samples.push({ ...score, latencyMs: 20, tokensIn: reply.tokensIn, tokensOut: reply.tokensOut, error: null, subjects: item.subjectType, taskType: item.taskType, fromCache: false });
      }),
    );
  }
  // And what a run's end computes from its samples: statistics, paired tests, leaderboard cells.
  const summary = summarizeRun(samples);
  const outcomes = samples.map((sample, i) => ({ runId: `run-${i % 2}`, itemId: `item-${i >> 1}`, status: sample.status }));
  buildTaskResult(
    ['run-0', 'run-1'].map((runId) => ({ runId, modelName: runId, source: 'LIVE', status: 'SUCCEEDED', error: null, summary })),
    outcomes,
  );
  cellsFromSamples(samples.map((sample) => ({ subjects: sample.subjects, taskType: sample.taskType, status: sample.status })));
  logger.debug({ ms: Math.round(performance.now() - started) }, 'model call path warmed up');
}
