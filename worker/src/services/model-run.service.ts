import { setMaxListeners } from 'node:events';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { chanceLevel } from '@benchhub/core/baselines';
import { isTerminal, SCORED_SAMPLE_STATUSES, type RunStatus, type SampleStatus, type TaskProgressEvent } from '@benchhub/core/contracts';
import { parseJudgeVerdict, renderJudgePrompt, renderPrompt, type RenderedPrompt } from '@benchhub/core/prompts';
import { scoreOutput, type ScoreStatus } from '@benchhub/core/scoring';
import { runningAccuracy, summarizeRun } from '@benchhub/core/stats';
import { insertSamples, openEndpointSecrets, SecretDecryptionError, loadBenchmarkItems, loadSampleOutcomes, type Logger, type PrismaClient } from '@benchhub/db';
import { checkDestination, EgressError, egressPolicy } from '@benchhub/db/egress';
import { BASELINE_MODELS, MajorityBaseline, RandomBaseline } from '../models/baselines';
import { ModelCallError, type ModelCaller, type ModelReply } from '../models/model-caller';
import { OpenAiCompatibleCaller, type EndpointParams } from '../models/openai-compatible';
import { ResponseCache, responseCacheKey } from '../models/response-cache';
import { limitedCaller } from '../models/endpoint-limiter';
import type { ProgressPublisher } from '../progress-publisher';

export interface ModelRunDeps {
  db: PrismaClient;
  publisher: ProgressPublisher;
  logger: Logger;
}

/** A run stops calling an endpoint that has failed this many requests in a row without one success. */
export const FAILURES_BEFORE_GIVING_UP = 5;
const FLUSH_EVERY_MS = 200;
const FLUSH_BATCH = 256;
const CONTROL_POLL_MS = 250;

interface SampleRecord {
  judgeModel?: string | null;
  judgePromptVersion?: string | null;
  judgeOutput?: string | null;
  itemId: string;
  renderedPrompt: string;
  rawOutput: string | null;
  extracted: string | null;
  status: SampleStatus;
  correct: boolean | null;
  latencyMs: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  error: string | null;
  fromCache: boolean;
}

class Counters {
  done = 0;
  correct = 0;
  scored = 0;
  errors = 0;
  unparsed = 0;
  ambiguous = 0;
  unscored = 0;
  fromCache = 0;

  add(sample: Pick<SampleRecord, 'status' | 'fromCache'>): void {
    this.done++;
    if (sample.fromCache) this.fromCache++;
    if (sample.status === 'error') this.errors++;
    if (sample.status === 'unparsed') this.unparsed++;
    if (sample.status === 'ambiguous') this.ambiguous++;
    if (sample.status === 'unscored') this.unscored++;
    if (SCORED_SAMPLE_STATUSES.has(sample.status)) this.scored++;
    if (sample.status === 'correct') this.correct++;
  }

  /** The counter columns of ModelRun. */
  columns() {
    const { done, correct, errors, unparsed, ambiguous, unscored, fromCache } = this;
    return { done, correct, errors, unparsed, ambiguous, unscored, fromCache };
  }
}

/**
 * Evaluates one model on its task's items. Idempotent and resumable: samples are keyed by
 * (run, item), so a run picked up again after a crash only calls the model for missing items.
 * Model failures are recorded per sample and never thrown; only infrastructure errors throw
 * (BullMQ then retries the job).
 */
export async function evaluateModelRun(
  deps: ModelRunDeps,
  taskId: string,
  runId: string,
  shutdown?: AbortSignal,
  generation = 0,
): Promise<RunStatus | 'INTERRUPTED' | 'STALE'> {
  const { db, logger } = deps;
  const run = await db.modelRun.findUnique({ where: { id: runId }, include: { task: true, modelEndpoint: true } });
  if (!run || run.taskId !== taskId) throw new Error(`Model run ${runId} of task ${taskId} does not exist`);
  // Held before this job started, then resumed: the newer flow's job evaluates this run, not this one.
  if (run.task.queueGeneration > generation) return 'STALE';
  if (isTerminal(run.status)) return run.status as RunStatus;
  if (run.task.status === 'CANCELLED' || run.task.status === 'HELD') {
    await db.modelRun.update({ where: { id: runId }, data: { status: run.task.status } });
    return run.task.status;
  }

  const itemIds = (run.task.itemIds as string[] | null) ?? [];
  const items = await loadBenchmarkItems(db, itemIds);
  const byId = new Map(items.map((item) => [item.id, item]));
  const plan = run.task.plan as { seed?: number };
  const datasetVersion = run.task.datasetVersion ?? 'unknown';

  const existing = await db.experimentSample.findMany({ where: { runId }, select: { itemId: true, status: true, fromCache: true } });
  const counters = new Counters();
  for (const sample of existing) counters.add({ status: sample.status as SampleStatus, fromCache: sample.fromCache });
  const storedIds = new Set(existing.map((s) => s.itemId));
  const missing = items.filter((item) => !storedIds.has(item.id));

  const progress = (status: RunStatus, etaSeconds: number | null): TaskProgressEvent['run'] => {
    const running = runningAccuracy(counters.correct, counters.scored);
    return {
      runId,
      modelName: run.modelName,
      status,
      done: counters.done,
      total: items.length,
      correct: counters.correct,
      errors: counters.errors,
      unparsed: counters.unparsed,
      ambiguous: counters.ambiguous,
      fromCache: counters.fromCache,
      accuracy: counters.scored > 0 ? running.accuracy : null,
      ciLow: counters.scored > 0 ? running.ciLow : null,
      ciHigh: counters.scored > 0 ? running.ciHigh : null,
      etaSeconds,
    };
  };
  const event = (kind: TaskProgressEvent['kind'], runProgress: TaskProgressEvent['run'], latest: TaskProgressEvent['latestSamples'] = []) => ({
    taskId,
    kind,
    taskStatus: 'RUNNING' as const,
    run: runProgress,
    latestSamples: latest,
    at: new Date().toISOString(),
  });
  // An endpoint the egress policy refuses, or whose key cannot be decrypted, fails the run at once
  // with a readable error: every call would fail the same way.
  const callers = await prepareCallers(db, run, items, plan.seed ?? 42);
  if ('failure' in callers) {
    const finishedAt = new Date();
    await db.modelRun.update({ where: { id: runId }, data: { status: 'FAILED', total: items.length, error: callers.failure, startedAt: run.startedAt ?? finishedAt, finishedAt } });
    await deps.publisher.publish(event('RUN_FINISHED', progress('FAILED', 0)));
    logger.warn({ taskId, runId, model: run.modelName, error: callers.failure }, 'model run cannot start');
    return 'FAILED';
  }
  const { caller, judge } = callers;

  const now = new Date();
  await db.modelRun.update({
    where: { id: runId },
    data: { status: 'RUNNING', total: items.length, startedAt: run.startedAt ?? now, error: null },
  });
  await db.evaluationTask.updateMany({ where: { id: taskId, status: 'PENDING' }, data: { status: 'RUNNING', startedAt: now } });
  await deps.publisher.publish(event('RUN_STARTED', progress('RUNNING', null)));

  const cache = caller.cacheIdentity ? new ResponseCache(db) : null;
  const abort = new AbortController();
  // Every in-flight request listens on this one signal (hundreds at high concurrency).
  setMaxListeners(0, abort.signal);
  let stopReason: { status: RunStatus | 'INTERRUPTED'; error: string | null } | null = null;
  const stop = (status: RunStatus | 'INTERRUPTED', error: string | null) => {
    if (stopReason) return;
    stopReason = { status, error };
    abort.abort();
  };
  // Worker shutdown: stop calling the model, keep what is stored, hand the job back to the queue.
  const onShutdown = () => stop('INTERRUPTED', null);
  if (shutdown?.aborted) onShutdown();
  shutdown?.addEventListener('abort', onShutdown, { once: true });

  // Cancel / hold are observed from the database so any server instance can request them.
  const control = setInterval(() => {
    void db.evaluationTask
      .findUnique({ where: { id: taskId }, select: { status: true } })
      .then((task) => {
        if (task?.status === 'CANCELLED') stop('CANCELLED', null);
        else if (task?.status === 'HELD') stop('HELD', null);
      })
      .catch((error) => logger.warn({ err: error, taskId }, 'control poll failed'));
  }, CONTROL_POLL_MS);

  const buffer: SampleRecord[] = [];
  const cacheBuffer: Array<{ key: string; reply: ModelReply }> = [];
  let flushing: Promise<void> = Promise.resolve();
  const started = Date.now();
  let liveDone = 0;
  let consecutiveFailures = 0;
  let anySuccess = existing.some((s) => s.status !== 'error');

  const flush = () => {
    flushing = flushing.then(async () => {
      if (buffer.length === 0) return;
      const batch = buffer.splice(0, buffer.length);
      const cacheEntries = cacheBuffer.splice(0, cacheBuffer.length);
      // Rows already stored for (run, item) — a job that ran twice after a lost lock — are skipped, never duplicated.
      await insertSamples(
        db,
        batch.map((sample) => ({ ...sample, runId, taskId, promptVersion: run.task.promptVersion ?? 'unknown', datasetVersion })),
      );
      if (cache) await cache.putMany(cacheEntries);
      for (const sample of batch) counters.add(sample);
      await db.modelRun.update({ where: { id: runId }, data: counters.columns() });
      const elapsed = (Date.now() - started) / 1000;
      const remaining = items.length - counters.done;
      const eta = liveDone > 0 && elapsed > 0 ? remaining / (liveDone / elapsed) : null;
      const latest = batch.slice(-3).map((sample) => ({
        itemId: sample.itemId,
        question: (byId.get(sample.itemId)?.prompt ?? '').slice(0, 500),
        output: sample.rawOutput?.slice(0, 1000) ?? null,
        extracted: sample.extracted,
        status: sample.status,
      }));
      await deps.publisher.publishThrottled(event('RUN_PROGRESS', progress('RUNNING', eta), latest));
    });
    return flushing;
  };
  const flushTimer = setInterval(() => void flush().catch(() => {}), FLUSH_EVERY_MS);

  // Cache look-ups in bulk before any call: one query per 500 items, not one per item. A fresh run
  // looks nothing up, so its prompts and keys are made as items go, and the first call leaves at once.
  const lookUpCache = cache !== null && !run.task.forceFresh;
  const keyOf = (prompt: RenderedPrompt) => (caller.cacheIdentity ? responseCacheKey(caller.cacheIdentity, prompt) : undefined);
  const prepared = new Map(
    lookUpCache
      ? missing.map((item) => {
          const prompt = renderPrompt(item);
          return [item.id, { prompt, key: keyOf(prompt) }];
        })
      : [],
  );
  const cached = lookUpCache
    ? await cache.getMany([...prepared.values()].flatMap(({ key }) => (key ? [key] : [])))
    : new Map<string, ModelReply>();
  const evaluateItem = async (item: BenchmarkItem): Promise<void> => {
    if (abort.signal.aborted) return;
    const ready = prepared.get(item.id);
    const prompt = ready?.prompt ?? renderPrompt(item);
    const key = ready ? ready.key : keyOf(prompt);
    const renderedPrompt = `${prompt.system}\n\n${prompt.user}`;
    const startedAt = Date.now();
    let reply: ModelReply | null = (key && cached.get(key)) || null;
    const fromCache = reply !== null;
    let error: string | null = null;
    try {
      if (!reply) {
        reply = await caller.call(prompt, item, abort.signal);
        if (key) cacheBuffer.push({ key, reply });
      }
    } catch (caught) {
      if (abort.signal.aborted) return; // cancelled or held: the item stays missing and resumes later
      error = caught instanceof ModelCallError ? caught.message : String(caught);
    }
    const latencyMs = fromCache ? null : Date.now() - startedAt;
    if (!fromCache) liveDone++;
    let record: SampleRecord;
    if (reply) {
      consecutiveFailures = 0;
      anySuccess = true;
      let score = scoreOutput({
        problemType: item.problemType,
        options: item.options,
        answer: item.answer,
        output: reply.output,
        additionalInfo: item.additionalInfo,
      });
      let judged: Partial<Pick<SampleRecord, 'judgeModel' | 'judgePromptVersion' | 'judgeOutput' | 'error'>> = {};
      if (item.problemType === 'open-ended' && judge) {
        const verdict = await judgeAnswer(judge, item, reply.output, abort.signal);
        if (verdict === 'aborted') return;
        score = verdict.score;
        judged = verdict.provenance;
      }
      record = {
        ...judged,
        itemId: item.id,
        renderedPrompt,
        rawOutput: reply.output,
        extracted: score.extracted,
        status: score.status,
        correct: score.correct,
        latencyMs,
        tokensIn: reply.tokensIn,
        tokensOut: reply.tokensOut,
        error: judged.error ?? null,
        fromCache,
      };
    } else {
      consecutiveFailures++;
      record = {
        itemId: item.id,
        renderedPrompt,
        rawOutput: null,
        extracted: null,
        status: 'error',
        correct: null,
        latencyMs,
        tokensIn: null,
        tokensOut: null,
        error,
        fromCache: false,
      };
      if (!anySuccess && consecutiveFailures >= FAILURES_BEFORE_GIVING_UP) {
        stop('FAILED', `${run.modelName}: every request failed (${consecutiveFailures} in a row). Last error: ${error}`);
      }
    }
    buffer.push(record);
    if (buffer.length >= FLUSH_BATCH) void flush().catch(() => {});
  };

  try {
    // Cache hits need no endpoint slot.
    await Promise.all(
      // Endpoint calls wait for the endpoint's limits across all workers (limitedCaller); cache hits never call.
      missing.map((item) => evaluateItem(item)),
    );
  } finally {
    clearInterval(control);
    clearInterval(flushTimer);
    shutdown?.removeEventListener('abort', onShutdown);
  }
  await flush();
  deps.publisher.discardPending(runId);
  const stopped = stopReason as { status: RunStatus | 'INTERRUPTED'; error: string | null } | null;
  if (stopped?.status === 'INTERRUPTED') {
    await db.modelRun.update({ where: { id: runId }, data: { status: 'PENDING' } });
    logger.info({ taskId, runId, done: counters.done }, 'model run interrupted by shutdown; it resumes on another worker');
    return 'INTERRUPTED';
  }

  // Exact final counters from what is stored, whatever happened in between.
  const stored = await loadSampleOutcomes(db, { runId });
  const final = new Counters();
  for (const sample of stored) final.add({ status: sample.status as SampleStatus, fromCache: sample.fromCache });
  Object.assign(counters, final);
  const finalStatus: RunStatus = (stopped?.status as RunStatus | undefined) ?? 'SUCCEEDED';
  const summary = summarizeRun(
    stored.map((sample) => {
      const item = byId.get(sample.itemId);
      return {
        correct: sample.correct,
        // Errored samples carry their error; summarizeRun counts them apart from scored ones.
        status: (sample.status === 'error' ? 'unscored' : sample.status) as ScoreStatus,
        latencyMs: sample.latencyMs,
        tokensIn: sample.tokensIn,
        tokensOut: sample.tokensOut,
        error: sample.error,
        subjects: item?.subjectType ?? [],
        taskType: item?.taskType ?? 'Unknown',
        fromCache: sample.fromCache,
        chance: item ? chanceLevel(item) : null,
      };
    }),
    pricingOf(run.modelEndpoint),
  );
  await db.modelRun.update({
    where: { id: runId },
    data: {
      status: finalStatus,
      ...final.columns(),
      error: stopped?.error ?? null,
      summary: summary as object,
      finishedAt: isTerminal(finalStatus) ? new Date() : null,
    },
  });
  await deps.publisher.publish(event('RUN_FINISHED', progress(finalStatus, 0)));
  logger.info({ taskId, runId, model: run.modelName, status: finalStatus, done: final.done, correct: final.correct }, 'model run finished');
  logger.debug({ memory: process.memoryUsage() }, 'memory after run');
  return finalStatus;
}

interface EndpointRow {
  id: string;
  kind: string;
  name: string;
  baseUrl: string | null;
  modelId: string;
  params: unknown;
  apiKeyCiphertext: string | null;
  concurrency: number;
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
  inputPricePerMTok: number | null;
  outputPricePerMTok: number | null;
}

function pricingOf(endpoint: EndpointRow) {
  if (endpoint.inputPricePerMTok == null && endpoint.outputPricePerMTok == null) return undefined;
  return { inputPerMTok: endpoint.inputPricePerMTok ?? 0, outputPerMTok: endpoint.outputPricePerMTok ?? 0 };
}

type Callers = { caller: ModelCaller; judge: { name: string; caller: ModelCaller } | null } | { failure: string };

/** The run's caller and judge, or why the run cannot call them at all. */
async function prepareCallers(
  db: PrismaClient,
  run: { modelEndpoint: EndpointRow; task: { judgeEndpointId: string | null } },
  items: BenchmarkItem[],
  seed: number,
): Promise<Callers> {
  const judgeEndpoint = run.task.judgeEndpointId ? await db.modelEndpoint.findUnique({ where: { id: run.task.judgeEndpointId } }) : null;
  const needsJudge = judgeEndpoint !== null && items.some((item) => item.problemType === 'open-ended');
  try {
    const caller = await createCaller(run.modelEndpoint, seed, items);
    const judge = judgeEndpoint && needsJudge ? { name: judgeEndpoint.name, caller: await createCaller(judgeEndpoint, seed, items) } : null;
    return { caller, judge };
  } catch (error) {
    if (error instanceof EndpointUnusableError) return { failure: error.message };
    throw error;
  }
}

/** An endpoint that cannot be called at all (egress refused, key unreadable): the message says which and why. */
class EndpointUnusableError extends Error {}

async function createCaller(endpoint: EndpointRow, seed: number, items: BenchmarkItem[]): Promise<ModelCaller> {
  if (endpoint.kind === 'BASELINE') {
    if (endpoint.modelId === BASELINE_MODELS.random.name) return new RandomBaseline(seed);
    if (endpoint.modelId === BASELINE_MODELS.majority.name) return new MajorityBaseline(items);
    throw new Error(`Unknown baseline ${endpoint.modelId}`);
  }
  if (!endpoint.baseUrl) throw new Error(`Endpoint ${endpoint.name} has no base URL`);
  try {
    // Checked again at connect time (the name may resolve elsewhere by then) and on every redirect.
    await checkDestination(endpoint.baseUrl, egressPolicy(), { baseUrl: true });
  } catch (error) {
    if (error instanceof EgressError) throw new EndpointUnusableError(`${error.code}: endpoint "${endpoint.name}": ${error.message}`);
    throw error;
  }
  let secrets: ReturnType<typeof openEndpointSecrets>;
  try {
    secrets = openEndpointSecrets(endpoint);
  } catch (error) {
    // The deployment secret changed since the key was saved: no call can succeed.
    if (error instanceof SecretDecryptionError) throw new EndpointUnusableError(error.message);
    throw error;
  }
  const caller = new OpenAiCompatibleCaller({
    baseUrl: endpoint.baseUrl,
    modelId: endpoint.modelId,
    apiKey: secrets.apiKey,
    params: { ...((endpoint.params ?? {}) as EndpointParams), extraHeaders: secrets.headers },
  });
  // Concurrency and per-minute limits hold across every worker (Redis).
  return limitedCaller(caller, endpoint);
}

/**
 * LLM-as-judge for open-ended items: the rubric prompt (versioned) goes to the judge endpoint, whose
 * final VERDICT line decides. A judge that fails or answers without a verdict leaves the sample
 * unscored (with the reason), never wrong.
 */
async function judgeAnswer(
  judge: { name: string; caller: ModelCaller },
  item: BenchmarkItem,
  output: string,
  signal: AbortSignal,
): Promise<'aborted' | { score: ReturnType<typeof scoreOutput>; provenance: Pick<SampleRecord, 'judgeModel' | 'judgePromptVersion' | 'judgeOutput' | 'error'> }> {
  const prompt = renderJudgePrompt({ question: item.prompt, reference: item.reference, output, language: item.language });
  const base = { judgeModel: judge.name, judgePromptVersion: prompt.judgePromptVersion };
  try {
    const reply = await judge.caller.call(prompt, item, signal);
    const verdict = parseJudgeVerdict(reply.output);
    if (!verdict) {
      return { score: { status: 'unscored', correct: null, extracted: null }, provenance: { ...base, judgeOutput: reply.output, error: 'judge gave no verdict' } };
    }
    return {
      score: { status: verdict.correct ? 'correct' : 'incorrect', correct: verdict.correct, extracted: verdict.correct ? 'CORRECT' : 'INCORRECT' },
      provenance: { ...base, judgeOutput: reply.output, error: null },
    };
  } catch (error) {
    if (signal.aborted) return 'aborted';
    const message = error instanceof ModelCallError ? error.message : String(error);
    return { score: { status: 'unscored', correct: null, extracted: null }, provenance: { ...base, judgeOutput: null, error: `judge failed: ${message}` } };
  }
}
