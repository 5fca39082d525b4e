import { randomUUID } from 'node:crypto';
import type { Prisma } from '@benchhub/db';
import { notePart, qualifierNotes, renderRationale, validatePlan, validateQuery, type EvaluationPlan, type RationalePart } from '@benchhub/core/planner';
import { BASELINE_MODELS } from '@benchhub/core/baselines';
import { PROMPT_TEMPLATE_VERSION } from '@benchhub/core/prompts';
import { sampleItems, type SampleSelection } from '@benchhub/core/sampling';
import { findCandidateItems, headersStatus, inRolledBackTransaction, jsonValue, keyStatus, type Logger, type PrismaClient } from '@benchhub/db';
import { buildTaskResult } from '@benchhub/core/results';
import { NotFoundError, SecretUnavailableError, ValidationError } from '../errors';
import { cacheMaxAgeDays, cachedModelSummaries, neededCells, type CachedRunSummary } from './cache-first.service';
import type { EvaluationQueue } from './evaluation-queue';
import { planQuery } from './planning.service';
import { invalidPlanError } from './invalid-plan';

export interface EvaluationDeps {
  /** A client or a transaction (the start-up warm-up runs inside one and rolls it back). */
  db: Prisma.TransactionClient;
  queue: Pick<EvaluationQueue, 'enqueueTask'>;
  logger: Logger;
}

export interface CreateEvaluationInput {
  /**
   * Called once the work is known (after planning, sampling and the cache), before anything is stored: throwing
   * refuses the evaluation (quotas: services/quota.service.ts). `liveItems` = items × models evaluated live.
   */
  beforeStore?: (work: { liveItems: number }) => Promise<void>;
  /** The user the task belongs to (quotas count it; null: created by the CLI or before accounts). */
  ownerId?: string | null;
  query: string;
  /** Model endpoint names (e.g. "baseline/random", or a saved endpoint's name). */
  models: string[];
  /** An edited plan; when absent the query is planned on the server. */
  plan?: unknown;
  /** Ignore the model response cache. */
  forceFresh?: boolean;
  /** Evaluate every model live even when the leaderboard already has its cells. */
  forceLive?: boolean;
  /** Accept cached cells from other dataset/prompt versions or imported tables. */
  allowMixedVersions?: boolean;
  /** Saved endpoint that judges open-ended answers (LLM-as-judge). */
  judgeModel?: string | null;
  /** A client's key for this submission: a repeated key returns the task made the first time. */
  idempotencyKey?: string | null;
  /** Whose keys these are (the caller's user id): one user's key never returns another user's task. */
  idempotencyScope?: string | null;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export const MAX_MODELS_PER_TASK = 20;

/** Endpoints about to be called must have secrets the current BENCHHUB_SECRET can open. */
function assertSecretsReadable(endpoints: Array<{ name: string; apiKeyCiphertext: string | null; params: unknown }>): void {
  const unreadable = endpoints.filter((endpoint) => keyStatus(endpoint) === 'UNREADABLE' || headersStatus(endpoint) === 'UNREADABLE').map((e) => e.name);
  if (unreadable.length === 0) return;
  throw new SecretUnavailableError(
    `The stored API key or headers of ${unreadable.map((name) => `"${name}"`).join(', ')} cannot be decrypted with the current BENCHHUB_SECRET ` +
      '(it was saved under another secret): enter the key again on the Models page, or restore the secret.',
    unreadable,
  );
}

/** The plan as stored with a task: the plan that ran plus how its sample was drawn. */
export type StoredPlan = EvaluationPlan & { sampling: Omit<SampleSelection, 'itemIds'> };

/**
 * Validates everything before writing anything, then stores the task and its runs in one
 * transaction and enqueues its flow. Bad input throws a typed error and changes nothing.
 */
export async function createEvaluation(deps: EvaluationDeps, input: CreateEvaluationInput) {
  const { db } = deps;
  const rawKey = input.idempotencyKey ?? null;
  if (rawKey !== null && (rawKey.length === 0 || rawKey.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    const message = `idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`;
    const params = { min: 1, max: MAX_IDEMPOTENCY_KEY_LENGTH };
    throw new ValidationError(message, [{ path: 'idempotencyKey', message, code: 'LENGTH_OUT_OF_RANGE', params }], 'LENGTH_OUT_OF_RANGE', { field: 'idempotencyKey', ...params });
  }
  // Stored with its scope, so keys of different users never collide.
  const idempotencyKey = rawKey === null ? null : `${input.idempotencyScope ?? '-'}:${rawKey}`;
  if (idempotencyKey !== null) {
    const existing = await db.evaluationTask.findUnique({ where: { idempotencyKey }, include: { runs: true } });
    if (existing) return existing;
  }
  const query = validateQuery(input.query);
  if (!query.ok) throw new ValidationError(query.message, [{ path: 'query', message: query.message, code: query.code }], query.code);

  const modelNames = [...new Set(input.models.map((m) => m.trim()).filter(Boolean))];
  if (modelNames.length === 0) {
    throw new ValidationError('Pick at least one model', [{ path: 'models', message: 'At least one model is required' }], 'NO_MODELS');
  }
  if (modelNames.length > MAX_MODELS_PER_TASK) {
    throw new ValidationError(`At most ${MAX_MODELS_PER_TASK} models per evaluation`, [{ path: 'models', message: `Got ${modelNames.length}` }], 'TOO_MANY_MODELS', {
      max: MAX_MODELS_PER_TASK,
      count: modelNames.length,
    });
  }

  let plan: EvaluationPlan;
  if (input.plan === undefined || input.plan === null) {
    plan = await planQuery({ logger: deps.logger }, query.query);
  } else {
    const checked = validatePlan(input.plan);
    if (!checked.ok) throw invalidPlanError(checked.issues);
    // An edited plan still cannot express the query's school level or difficulty: keep saying so.
    plan = checked.plan.notes.length > 0 ? checked.plan : { ...checked.plan, notes: qualifierNotes(query.query) };
    // A plan sent without its rationale is stored with one that says what it is, never with an empty one.
    if (!plan.rationale.trim()) {
      const parts = plan.rationaleParts?.length ? plan.rationaleParts : givenPlanRationaleParts(plan);
      plan = { ...plan, rationale: renderRationale(parts), rationaleParts: parts };
    }
  }

  const endpoints = await db.modelEndpoint.findMany({ where: { name: { in: modelNames } } });
  const unknown = modelNames.filter((name) => !endpoints.some((e) => e.name === name));
  if (unknown.length > 0) {
    throw new NotFoundError(`Unknown model${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, 'ModelEndpoint', { code: 'UNKNOWN_MODELS', params: { models: unknown.join(', ') } });
  }
  const ordered = modelNames.map((name) => endpoints.find((e) => e.name === name)!);
  const judge = input.judgeModel ? await db.modelEndpoint.findUnique({ where: { name: input.judgeModel } }) : null;
  if (input.judgeModel) {
    if (!judge) throw new NotFoundError(`Unknown judge model: ${input.judgeModel}`, 'ModelEndpoint', { code: 'UNKNOWN_MODELS', params: { models: input.judgeModel } });
    if (judge.kind !== 'OPENAI_COMPATIBLE') {
      throw ValidationError.ofField('The judge must be an OpenAI-compatible endpoint, not a baseline', { path: 'judgeModel', message: 'Baselines cannot judge' }, 'JUDGE_IS_BASELINE');
    }
  }
  const judgeEndpointId = judge?.id ?? null;

  const candidates = await findCandidateItems(db, plan);
  const selection = sampleItems(
    candidates.map((c) => ({ id: c.id, subjects: c.subjects })),
    { subjects: plan.subjects, sampleSize: plan.sampleSize, seed: plan.seed },
  );
  if (selection.itemIds.length === 0) {
    throw new ValidationError(
      `No benchmark items match this plan (language ${plan.language}, problem type ${plan.problemType}` +
        `${plan.taskType ? `, task type ${plan.taskType}` : ''}${plan.targetType ? `, target ${plan.targetType}` : ''}` +
        `${plan.subjects.length ? `, subjects ${plan.subjects.join(', ')}` : ''}). Import more data or widen the plan.`,
      [{ path: 'plan', message: 'No matching items' }],
      'NO_MATCHING_ITEMS',
    );
  }
  const selected = new Set(selection.itemIds);
  const datasetVersion = [...new Set(candidates.filter((c) => selected.has(c.id)).map((c) => c.datasetVersion))]
    .sort()
    .join('+');
  const { itemIds, ...sampling } = selection;
  const storedPlan: StoredPlan = { ...plan, sampling };

  // Cache first: a model whose every needed cell is fresh and comparable is answered from the leaderboard.
  const needed = neededCells(candidates.filter((c) => selected.has(c.id)).map((c) => ({ subjects: c.subjects, taskType: c.taskType })));
  const cached = new Map<string, CachedRunSummary>();
  if (!input.forceLive) {
    const options = {
      language: plan.language,
      datasetVersion,
      promptVersion: PROMPT_TEMPLATE_VERSION,
      maxAgeDays: cacheMaxAgeDays(),
      allowMixedVersions: input.allowMixedVersions ?? false,
    };
    const summaries = await cachedModelSummaries(db, ordered.map((endpoint) => endpoint.name), needed, options);
    for (const [name, summary] of summaries) cached.set(name, summary);
  }
  const allCached = cached.size === ordered.length;
  assertSecretsReadable([...ordered.filter((endpoint) => !cached.has(endpoint.name)), ...(judge && !allCached ? [judge] : [])]);
  const now = new Date();

  // Run ids are made here so a fully cached task is written once, with its result, in one transaction.
  const runs = ordered.map((endpoint) => {
    const summary = cached.get(endpoint.name);
    const base = { id: randomUUID(), modelEndpointId: endpoint.id, modelName: endpoint.name };
    return summary
      ? {
          ...base,
          source: 'CACHED',
          status: 'SUCCEEDED',
          total: summary.n,
          done: summary.n,
          correct: summary.correct,
          summary: jsonValue(summary),
          startedAt: now,
          finishedAt: now,
        }
      : { ...base, total: itemIds.length };
  });
  const result = allCached
    ? buildTaskResult(
        runs.map((run) => ({ runId: run.id, modelName: run.modelName, source: 'CACHED', status: 'SUCCEEDED', error: null, summary: cached.get(run.modelName)! })),
        [],
      )
    : null;

  await input.beforeStore?.({ liveItems: itemIds.length * runs.filter((run) => !cached.has(run.modelName)).length });
  const task = await createTaskRow(db, idempotencyKey, {
      query: query.query,
      plan: jsonValue(storedPlan),
      itemIds: jsonValue(itemIds),
      datasetVersion,
      promptVersion: PROMPT_TEMPLATE_VERSION,
      forceFresh: input.forceFresh ?? false,
      judgeEndpointId,
      ownerId: input.ownerId ?? null,
      ...(result ? { status: 'SUCCEEDED', startedAt: now, finishedAt: now, result: jsonValue(result) } : {}),
      runs: { createMany: { data: runs } },
  });
  if (task.replayed) return task.row;
  if (allCached) {
    deps.logger.info({ taskId: task.row.id, models: modelNames }, 'evaluation answered from the leaderboard cache');
    return task.row;
  }

  try {
    await deps.queue.enqueueTask(task.row.id, task.row.runs.filter((run) => run.source === 'LIVE').map((run) => run.id));
  } catch (error) {
    await db.evaluationTask.update({
      where: { id: task.row.id },
      data: { status: 'FAILED', error: 'Could not enqueue the evaluation: the queue (Redis) is unavailable', finishedAt: new Date() },
    });
    throw error;
  }
  deps.logger.info({ taskId: task.row.id, models: modelNames, items: itemIds.length }, 'evaluation created');
  return task.row;
}

/**
 * Stores the task; with an idempotency key a concurrent submission of the same key may win the
 * unique index first: its task is returned instead (replayed), and nothing else is written.
 */
async function createTaskRow(db: Prisma.TransactionClient, idempotencyKey: string | null, data: Omit<Prisma.EvaluationTaskUncheckedCreateInput, 'idempotencyKey'>) {
  try {
    const row = await db.evaluationTask.create({ data: { ...data, idempotencyKey }, include: { runs: true } });
    return { row, replayed: false };
  } catch (error) {
    const existing = idempotencyKey === null ? null : await db.evaluationTask.findUnique({ where: { idempotencyKey }, include: { runs: true } });
    if (!existing || (error as { code?: string }).code !== 'P2002') throw error;
    return { row: existing, replayed: true };
  }
}

/**
 * Prisma 7 compiles each query shape on first use. At start the server runs one real
 * createEvaluation (the bundled sample, the random baseline) inside a transaction it rolls back,
 * so the first user's evaluation does not pay for compiling it. Nothing is written or enqueued.
 * Run it before serving: on SQLite the transaction holds the only connection meanwhile.
 */
export async function warmUpEvaluationQueries(deps: { db: PrismaClient; logger: Logger }): Promise<void> {
  const started = performance.now();
  const quiet = deps.logger.child({}, { level: 'silent' });
  const noQueue = { enqueueTask: async () => {} };
  await inRolledBackTransaction(deps.db, (tx) =>
    createEvaluation(
      { db: tx, queue: noQueue, logger: quiet },
      {
        query: 'start-up warm-up',
        models: [BASELINE_MODELS.random.name],
        plan: { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100, seed: 1, externalToolUsage: false },
      },
    ).catch(() => {}), // e.g. no sample data: the shapes it reached are warm all the same
  ).catch((error: unknown) => deps.logger.warn({ err: error }, 'query warm-up failed (harmless)'));
  deps.logger.debug({ ms: Math.round(performance.now() - started) }, 'evaluation query shapes compiled');
}

/** The rationale of a plan given with the request (no planner ran): what it asks for, and what it cannot apply. */
export function givenPlanRationale(plan: EvaluationPlan): string {
  return renderRationale(givenPlanRationaleParts(plan));
}

function givenPlanRationaleParts(plan: EvaluationPlan): RationalePart[] {
  const { language, problemType, taskType, targetType, subjects, sampleSize, seed } = plan;
  return [{ key: 'given', params: { language, problemType, taskType, targetType, subjects, sampleSize, seed } }, ...plan.notes.map(notePart)];
}
