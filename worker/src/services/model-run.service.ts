import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { chanceLevel } from '@benchhub/core/baselines';
import { isTerminal, SCORED_SAMPLE_STATUSES, type RunStatus, type SampleStatus, type TaskProgressEvent } from '@benchhub/core/contracts';
import { parseJudgeVerdict, renderJudgePrompt, renderPrompt, type RenderedPrompt } from '@benchhub/core/prompts';
import { scoreOutput, type ScoreStatus } from '@benchhub/core/scoring';
import { runningAccuracy, summarizeRun } from '@benchhub/core/stats';
import {
  FenceLostError,
  insertRunSamples,
  openEndpointSecrets,
  SecretDecryptionError,
  loadBenchmarkItems,
  loadSampleOutcomes,
  type Logger,
  type PrismaClient,
  type RunCounters,
  type SampleRow,
  type WriteFence,
} from '@benchhub/db';
import { checkDestination, EgressError, egressPolicy } from '@benchhub/db/egress';
import { BASELINE_MODELS, MajorityBaseline, PacedBaseline, RandomBaseline } from '../models/baselines';
import { ModelCallError, type ModelCaller, type ModelReply } from '../models/model-caller';
import { OpenAiCompatibleCaller, type EndpointParams } from '../models/openai-compatible';
import { ResponseCache, responseCacheKey } from '../models/response-cache';
import { limitedCaller } from '../models/endpoint-limiter';
import type { ControlChannel } from '../control-channel';
import type { ProgressPublisher } from '../progress-publisher';

export interface ModelRunDeps {
  db: PrismaClient;
  publisher: ProgressPublisher;
  logger: Logger;
  /** Cancel and hold by Redis pub/sub; without it (tests) the database poll alone observes them. */
  control?: ControlChannel;
}

/** A run stops calling an endpoint that has failed this many requests in a row without one success. */
export const FAILURES_BEFORE_GIVING_UP = 5;
const FLUSH_EVERY_MS = 200;
const FLUSH_BATCH = 256;
/** Fallback for a missed pub/sub message, and the check that this worker still holds the run. */
const CONTROL_POLL_MS = 1000;
/** While storage fails, model calls pause once this many answers wait in memory. */
const MAX_BUFFERED = 4 * FLUSH_BATCH;
/** Backoff between attempts to store a failed batch again. */
const STORAGE_RETRY_MIN_MS = 250;
const STORAGE_RETRY_MAX_MS = 5000;
/** How long a finishing run waits for storage to come back before its job attempt fails. */
const DRAIN_LIMIT_MS = 10 * 60_000;
/** On shutdown, how long to keep trying to store what was received before handing the job back. */
const SHUTDOWN_DRAIN_MS = 5000;
/** The event loop was frozen (SIGSTOP, a long GC) for longer than this: check the lease before calling again. */
const FROZEN_MS = 1000;

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

  static of(samples: ReadonlyArray<{ status: string; fromCache: boolean }>): Counters {
    const counters = new Counters();
    for (const sample of samples) counters.add({ status: sample.status as SampleStatus, fromCache: sample.fromCache });
    return counters;
  }

  /** The run's stored counters (scored = every sample but errors and unscored ones). */
  set(stored: RunCounters): void {
    Object.assign(this, stored);
    this.scored = stored.done - stored.errors - stored.unscored;
  }

  /** The counter columns of ModelRun. */
  columns() {
    const { done, correct, errors, unparsed, ambiguous, unscored, fromCache } = this;
    return { done, correct, errors, unparsed, ambiguous, unscored, fromCache };
  }
}

/** Why a run stopped before evaluating every item. LOST: another worker (or cancel/hold) took the run. */
type StopStatus = RunStatus | 'INTERRUPTED' | 'LOST';
export type ModelRunOutcome = RunStatus | 'INTERRUPTED' | 'STALE' | 'LOST';

const ACTIVE_RUN = { in: ['PENDING', 'RUNNING'] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Evaluates one model on its task's items. Idempotent and resumable: samples are keyed by
 * (run, item), so a run picked up again after a crash only calls the model for missing items.
 * Model failures are recorded per sample and never thrown; only infrastructure errors throw
 * (BullMQ then retries the job).
 *
 * Fenced: the run is claimed with a fresh lease token, and every status, counter and sample write
 * requires it in the same statement. Another worker taking the run over, cancel and hold replace or
 * clear the token; this attempt then writes nothing more and stops calling the model (`lockLost`,
 * BullMQ's lock renewal failing, stops it too).
 */
export async function evaluateModelRun(
  deps: ModelRunDeps,
  taskId: string,
  runId: string,
  shutdown?: AbortSignal,
  generation = 0,
  lockLost?: AbortSignal,
): Promise<ModelRunOutcome> {
  const { db, logger } = deps;
  const run = await db.modelRun.findUnique({ where: { id: runId }, include: { task: true, modelEndpoint: true } });
  if (!run || run.taskId !== taskId) throw new Error(`Model run ${runId} of task ${taskId} does not exist`);
  // Held before this job started, then resumed: the newer flow's job evaluates this run, not this one.
  if (run.task.queueGeneration > generation) return 'STALE';
  if (isTerminal(run.status)) return run.status as RunStatus;
  if (run.task.status === 'CANCELLED' || run.task.status === 'HELD') {
    await db.modelRun.updateMany({ where: { id: runId, status: ACTIVE_RUN }, data: { status: run.task.status, leaseToken: null } });
    return run.task.status;
  }

  const itemIds = (run.task.itemIds as string[] | null) ?? [];
  const items = await loadBenchmarkItems(db, itemIds);
  const byId = new Map(items.map((item) => [item.id, item]));
  const plan = run.task.plan as { seed?: number };
  const datasetVersion = run.task.datasetVersion ?? 'unknown';

  const existing = await db.experimentSample.findMany({ where: { runId }, select: { itemId: true, status: true, fromCache: true } });
  const counters = Counters.of(existing);
  const storedIds = new Set(existing.map((s) => s.itemId));
  const missing = items.filter((item) => !storedIds.has(item.id));

  // The claim: this attempt's lease, taken only while the run and its task are still active.
  const lease = randomUUID();
  const fence: WriteFence = { table: 'ModelRun', id: runId, column: 'leaseToken', value: lease };
  const now = new Date();
  const claim = await db.modelRun.updateMany({
    where: { id: runId, status: ACTIVE_RUN, task: { status: { in: ['PENDING', 'RUNNING'] }, queueGeneration: generation } },
    data: { status: 'RUNNING', leaseToken: lease, total: items.length, startedAt: run.startedAt ?? now, progressAt: now, error: null },
  });
  if (claim.count === 0) {
    const current = await db.modelRun.findUniqueOrThrow({ where: { id: runId }, select: { status: true } });
    logger.info({ taskId, runId, status: current.status }, 'model run not claimed: cancelled, held or finished meanwhile');
    return current.status as RunStatus;
  }
  // The counters from what is stored, now that no other attempt can write (samples of an earlier
  // attempt, or errored ones removed by retryFailedSamples).
  try {
    counters.set((await insertRunSamples(db, runId, [], { fence })).counters);
  } catch (error) {
    if (error instanceof FenceLostError) return 'LOST';
    throw error;
  }
  logger.info({ taskId, runId, generation, missing: missing.length }, 'model run claimed');

  const progress = (status: RunStatus, etaSeconds: number | null, storageError: string | null = null): TaskProgressEvent['run'] => {
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
      storageError,
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
  // Progress events are for watchers: Redis being away never fails a run (the database has the truth).
  const publish = (body: ReturnType<typeof event>, throttled = false) =>
    (throttled ? deps.publisher.publishThrottled(body) : deps.publisher.publish(body)).then(
      () => undefined,
      (error: Error) => logger.debug({ err: error.message, taskId }, 'progress event not published'),
    );

  // An endpoint the egress policy refuses, or whose key cannot be decrypted, fails the run at once
  // with a readable error: every call would fail the same way.
  const callers = await prepareCallers(db, run, items, plan.seed ?? 42);
  if ('failure' in callers) {
    const finishedAt = new Date();
    const failed = await db.modelRun.updateMany({
      where: { id: runId, leaseToken: lease },
      data: { status: 'FAILED', leaseToken: null, error: callers.failure, finishedAt },
    });
    if (failed.count === 0) return 'LOST';
    await publish(event('RUN_FINISHED', progress('FAILED', 0)));
    logger.warn({ taskId, runId, model: run.modelName, error: callers.failure }, 'model run cannot start');
    return 'FAILED';
  }
  const { caller, judge } = callers;

  await db.evaluationTask.updateMany({ where: { id: taskId, status: 'PENDING' }, data: { status: 'RUNNING', startedAt: now } });
  await publish(event('RUN_STARTED', progress('RUNNING', null)));

  const cache = caller.cacheIdentity ? new ResponseCache(db) : null;
  const abort = new AbortController();
  // Every in-flight request listens on this one signal (hundreds at high concurrency).
  setMaxListeners(0, abort.signal);
  let stopReason: { status: StopStatus; error: string | null } | null = null;
  const stop = (status: StopStatus, error: string | null) => {
    if (stopReason) return;
    stopReason = { status, error };
    abort.abort();
  };
  // Worker shutdown: stop calling the model, keep what is stored, hand the job back to the queue.
  const onShutdown = () => stop('INTERRUPTED', null);
  const onLockLost = () => stop('LOST', null);
  if (shutdown?.aborted) onShutdown();
  if (lockLost?.aborted) onLockLost();
  shutdown?.addEventListener('abort', onShutdown, { once: true });
  lockLost?.addEventListener('abort', onLockLost, { once: true });

  // Cancel and hold arrive by pub/sub within milliseconds; they cleared the lease in the database
  // before they were announced, so no write of this attempt can land after them either way.
  const unlisten = deps.control?.listen(taskId, (action) => stop(action, null));
  const checkLease = async () => {
    const current = await db.modelRun.findUnique({ where: { id: runId }, select: { status: true, leaseToken: true } });
    if (current?.leaseToken === lease) return;
    stop(current?.status === 'CANCELLED' || current?.status === 'HELD' ? current.status : 'LOST', null);
  };
  let leaseCheck: Promise<void> | null = null;
  const verifyLease = () =>
    (leaseCheck ??= checkLease()
      .catch((error: Error) => logger.warn({ err: error.message, taskId, runId }, 'lease check failed'))
      .finally(() => (leaseCheck = null)));
  let lastTick = Date.now();
  const frozen = () => Date.now() - lastTick > FROZEN_MS;
  const ticker = setInterval(() => {
    // After a freeze (SIGSTOP past the job lock), another worker may own the run: check before calling again.
    if (frozen()) void verifyLease();
    lastTick = Date.now();
  }, 100);
  const control = setInterval(() => void verifyLease(), CONTROL_POLL_MS);

  const writer = new RunWriter({
    db,
    logger,
    runId,
    taskId,
    fence,
    cache,
    counters,
    publisher: deps.publisher,
    toRow: (sample) => ({ ...sample, runId, taskId, promptVersion: run.task.promptVersion ?? 'unknown', datasetVersion }),
    onLost: () => void verifyLease().then(() => stop('LOST', null)),
    onProgress: (batch, storageError) => {
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
      return publish(event('RUN_PROGRESS', progress('RUNNING', eta, storageError), latest), true);
    },
  });
  const started = Date.now();
  let liveDone = 0;
  let consecutiveFailures = 0;
  let anySuccess = existing.some((s) => s.status !== 'error');
  const flushTimer = setInterval(() => void writer.flush(), FLUSH_EVERY_MS);

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

  /** Before a request leaves: storage has room for its answer, and this attempt still holds the run. */
  const readyToCall = async () => {
    while (writer.backlogged() && !abort.signal.aborted) await sleep(STORAGE_RETRY_MIN_MS);
    if (frozen() || leaseCheck) await verifyLease();
    return !abort.signal.aborted;
  };

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
        if (!(await readyToCall())) return;
        reply = await caller.call(prompt, item, abort.signal);
        if (key) writer.cacheReply(key, reply);
      }
    } catch (caught) {
      if (abort.signal.aborted) return; // cancelled, held or taken over: the item stays missing and resumes later
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
    // A cancel, hold or takeover that arrived while this answer was on its way: it is not written.
    if (stopReason && (stopReason as { status: StopStatus }).status !== 'FAILED' && (stopReason as { status: StopStatus }).status !== 'INTERRUPTED') return;
    writer.add(record);
  };

  try {
    // Endpoint calls wait for the endpoint's limits across all workers (limitedCaller); cache hits never call.
    await Promise.all(missing.map((item) => evaluateItem(item)));
  } finally {
    clearInterval(control);
    clearInterval(ticker);
    clearInterval(flushTimer);
    unlisten?.();
    shutdown?.removeEventListener('abort', onShutdown);
    lockLost?.removeEventListener('abort', onLockLost);
  }
  const stopped = stopReason as { status: StopStatus; error: string | null } | null;
  const stoppedBy = stopped?.status;
  if (stoppedBy === 'LOST' || stoppedBy === 'CANCELLED' || stoppedBy === 'HELD') {
    // Answers still in memory are not this attempt's to write any more.
    writer.discard();
    deps.publisher.discardPending(runId);
    return finishFencedOut(deps, { taskId, runId, byId, pricing: pricingOf(run.modelEndpoint), modelName: run.modelName });
  }
  const drained = await writer.drain(stoppedBy === 'INTERRUPTED' ? SHUTDOWN_DRAIN_MS : DRAIN_LIMIT_MS, () => stopReason?.status === 'LOST');
  deps.publisher.discardPending(runId);
  if ((stopReason as { status: StopStatus } | null)?.status === 'LOST') {
    return finishFencedOut(deps, { taskId, runId, byId, pricing: pricingOf(run.modelEndpoint), modelName: run.modelName });
  }
  if (stoppedBy === 'INTERRUPTED') {
    await db.modelRun.updateMany({ where: { id: runId, leaseToken: lease }, data: { status: 'PENDING', leaseToken: null } });
    logger.info({ taskId, runId, done: counters.done, unsaved: drained ? 0 : writer.pending() }, 'model run interrupted by shutdown; it resumes on another worker');
    return 'INTERRUPTED';
  }
  if (!drained) {
    // Storage stayed down: this attempt fails (BullMQ retries it); stored samples are kept.
    throw new Error(`Could not store ${writer.pending()} samples of run ${runId} for ${DRAIN_LIMIT_MS / 60_000} minutes: ${writer.lastError()}`);
  }

  const finalStatus: RunStatus = (stopped?.status as RunStatus | undefined) ?? 'SUCCEEDED';
  const final = await finalCounters(db, runId, byId, pricingOf(run.modelEndpoint));
  Object.assign(counters, final.counters);
  const written = await db.modelRun.updateMany({
    where: { id: runId, leaseToken: lease, status: ACTIVE_RUN },
    data: {
      status: finalStatus,
      leaseToken: null,
      ...final.counters.columns(),
      error: stopped?.error ?? null,
      summary: final.summary as object,
      progressAt: new Date(),
      finishedAt: isTerminal(finalStatus) ? new Date() : null,
    },
  });
  if (written.count === 0) return finishFencedOut(deps, { taskId, runId, byId, pricing: pricingOf(run.modelEndpoint), modelName: run.modelName });
  await publish(event('RUN_FINISHED', progress(finalStatus, 0)));
  logger.info({ taskId, runId, model: run.modelName, status: finalStatus, done: final.counters.done, correct: final.counters.correct }, 'model run finished');
  logger.debug({ memory: process.memoryUsage() }, 'memory after run');
  return finalStatus;
}

/** Exact counters and the statistics summary of a run, from what is stored. */
async function finalCounters(db: PrismaClient, runId: string, byId: Map<string, BenchmarkItem>, pricing: ReturnType<typeof pricingOf>) {
  const stored = await loadSampleOutcomes(db, { runId });
  const counters = Counters.of(stored);
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
    pricing,
  );
  return { counters, summary };
}

/**
 * This attempt no longer holds the run. Cancel and hold cleared the lease: the run's exact counters
 * and summary (from what is stored) are written for the finished task, guarded by that status. A
 * takeover by another worker: nothing is written, its attempt continues.
 */
async function finishFencedOut(
  deps: ModelRunDeps,
  run: { taskId: string; runId: string; modelName: string; byId: Map<string, BenchmarkItem>; pricing: ReturnType<typeof pricingOf> },
): Promise<ModelRunOutcome> {
  const { db, logger } = deps;
  const current = await db.modelRun.findUniqueOrThrow({ where: { id: run.runId }, select: { status: true, leaseToken: true } });
  if ((current.status === 'CANCELLED' || current.status === 'HELD') && current.leaseToken === null) {
    const final = await finalCounters(db, run.runId, run.byId, run.pricing);
    await db.modelRun.updateMany({
      where: { id: run.runId, status: current.status, leaseToken: null },
      data: { ...final.counters.columns(), summary: final.summary as object },
    });
    logger.info({ taskId: run.taskId, runId: run.runId, status: current.status, done: final.counters.done }, `model run ${current.status.toLowerCase()}`);
    return current.status;
  }
  logger.warn({ taskId: run.taskId, runId: run.runId, status: current.status }, 'model run taken over by another worker: this attempt stopped');
  return 'LOST';
}

interface RunWriterOptions {
  db: PrismaClient;
  logger: Logger;
  runId: string;
  taskId: string;
  fence: WriteFence;
  cache: ResponseCache | null;
  counters: Counters;
  publisher: ProgressPublisher;
  toRow: (sample: SampleRecord) => SampleRow;
  onLost: () => void;
  onProgress: (batch: SampleRecord[], storageError: string | null) => Promise<void>;
}

/**
 * The run's write path. Answers wait in a buffer and are written in batches, fenced by the run's
 * lease. A batch that fails goes back to the front of the buffer and is tried again with backoff,
 * so no answer received is ever thrown away (and requested again); while storage fails the error is
 * shown on the run (Redis key + progress events) and model calls pause once the buffer is full.
 */
class RunWriter {
  private readonly buffer: SampleRecord[] = [];
  private readonly cacheBuffer: Array<{ key: string; reply: ModelReply }> = [];
  private chain: Promise<void> = Promise.resolve();
  private failures = 0;
  private retryAt = 0;
  private error: string | null = null;
  private fencedOut = false;

  constructor(private readonly o: RunWriterOptions) {}

  add(sample: SampleRecord): void {
    if (this.fencedOut) return;
    this.buffer.push(sample);
    if (this.buffer.length >= FLUSH_BATCH && !this.error) void this.flush();
  }

  cacheReply(key: string, reply: ModelReply): void {
    this.cacheBuffer.push({ key, reply });
  }

  /** Storage is failing and enough answers wait: hold further calls. */
  backlogged(): boolean {
    return this.error !== null && this.buffer.length >= MAX_BUFFERED;
  }

  pending(): number {
    return this.buffer.length;
  }

  lastError(): string | null {
    return this.error;
  }

  discard(): void {
    this.fencedOut = true;
    this.buffer.length = 0;
  }

  /** Writes what waits (one write at a time); never rejects. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.writeOnce());
    return this.chain;
  }

  /** Flushes until everything is stored; false if `limitMs` passed (or `abandon()` said so) first. */
  async drain(limitMs: number, abandon: () => boolean): Promise<boolean> {
    const deadline = Date.now() + limitMs;
    for (;;) {
      await this.flush();
      if (this.fencedOut || abandon()) return false;
      if (this.buffer.length === 0) return true;
      if (Date.now() > deadline) return false;
      await sleep(Math.max(50, Math.min(this.retryAt - Date.now(), STORAGE_RETRY_MAX_MS)));
    }
  }

  private async writeOnce(): Promise<void> {
    if (this.fencedOut || this.buffer.length === 0 || Date.now() < this.retryAt) return;
    const { db, counters, fence, runId } = this.o;
    const batch = this.buffer.splice(0, this.buffer.length);
    try {
      // Samples and the run's counters in one transaction: done never lags or exceeds the stored rows.
      const written = await insertRunSamples(db, runId, batch.map(this.o.toRow), { fence });
      counters.set(written.counters);
    } catch (error) {
      if (error instanceof FenceLostError) return this.lost();
      // Back to the front of the buffer, in order: tried again after the backoff.
      this.buffer.unshift(...batch);
      return this.failed(error);
    }
    await this.storeCachedReplies();
    this.recovered();
    await this.o.onProgress(batch, null);
  }

  /** The response cache is an optimisation: a failure here loses nothing (the samples are stored). */
  private async storeCachedReplies(): Promise<void> {
    if (!this.o.cache || this.cacheBuffer.length === 0) return;
    const entries = this.cacheBuffer.splice(0, this.cacheBuffer.length);
    await this.o.cache.putMany(entries).catch((error: Error) => this.o.logger.warn({ err: error.message, runId: this.o.runId }, 'response cache not stored'));
  }

  private lost(): void {
    this.discard();
    this.o.onLost();
  }

  private async failed(error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.failures++;
    this.retryAt = Date.now() + Math.min(STORAGE_RETRY_MAX_MS, STORAGE_RETRY_MIN_MS * 2 ** (this.failures - 1));
    if (this.error === null) this.o.logger.warn({ err: message, taskId: this.o.taskId, runId: this.o.runId, waiting: this.buffer.length }, 'cannot store samples; retrying');
    this.error = `Cannot store samples (${this.buffer.length} waiting, retrying): ${message.slice(0, 500)}`;
    await this.o.publisher.setStorageError(this.o.runId, this.error).catch(() => {});
    await this.o.onProgress([], this.error);
  }

  private recovered(): void {
    if (this.error === null) return;
    this.o.logger.info({ taskId: this.o.taskId, runId: this.o.runId, failures: this.failures }, 'storing samples again');
    this.error = null;
    this.failures = 0;
    this.retryAt = 0;
    void this.o.publisher.setStorageError(this.o.runId, null).catch(() => {});
  }
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
    if (endpoint.modelId === BASELINE_MODELS.paced.name) return new PacedBaseline(seed);
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
