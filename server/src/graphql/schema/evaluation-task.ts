import { TASK_STATUSES } from '@benchhub/core/contracts';
import { assertCanControlTask, assertEndpointsUsable } from '../../services/access.service';
import { config, containsText, dialectOf, type DatabaseKind } from '@benchhub/db';
import { selectable } from '../prisma-query';
import { builder } from '../builder';
import { createEvaluation, type StoredPlan } from '../../services/evaluation.service';
import { ConflictError, NotFoundError, SecretUnavailableError, ValidationError } from '../../errors';
import { QuotaExceededError, RateLimitedError } from '../../limit-errors';
import { enforceEvaluationLimits } from '../../services/evaluation-limits.service';
import { assertWithinQuotas } from '../../services/quota.service';
import { activeSecondsOf, cancelEvaluation, holdEvaluation, resumeEvaluation, retryFailedSamples } from '../../services/task-control.service';
import { isStalled } from '../../services/health.service';
import { PlanInput, PlanRef, SamplingReportRef } from './plan';

export const TaskStatusEnum = builder.enumType('TaskStatus', { values: TASK_STATUSES });

interface TaskLeader {
  modelName: string;
  accuracy: number | null;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

const TaskLeaderRef = builder.objectRef<TaskLeader>('TaskLeader').implement({
  description: 'A model ranked first in a finished task (several when the data cannot tell them apart).',
  fields: (t) => ({
    modelName: t.exposeString('modelName'),
    accuracy: t.exposeFloat('accuracy', { nullable: true }),
    n: t.exposeInt('n', { nullable: true }),
    ciLow: t.exposeFloat('ciLow', { nullable: true }),
    ciHigh: t.exposeFloat('ciHigh', { nullable: true }),
  }),
});

const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The rank-1 models of a stored result with their accuracy and n, best accuracy first. */
export function taskLeaders(result: unknown, runs: readonly { modelName: string; summary: unknown }[]): TaskLeader[] {
  const models = (result as { models?: { modelName: string; rank: number | null }[] } | null)?.models;
  if (!Array.isArray(models)) return [];
  return models
    .filter((m) => m.rank === 1)
    .map((m) => {
      const summary = (runs.find((run) => run.modelName === m.modelName)?.summary ?? {}) as { accuracy?: unknown; n?: unknown; ci?: { low?: unknown; high?: unknown } | null };
      return {
        modelName: m.modelName,
        accuracy: numberOrNull(summary.accuracy),
        n: numberOrNull(summary.n),
        ciLow: numberOrNull(summary.ci?.low),
        ciHigh: numberOrNull(summary.ci?.high),
      };
    })
    .sort((a, b) => (b.accuracy ?? -1) - (a.accuracy ?? -1));
}

builder.prismaObject('EvaluationTask', {
  description: 'A user request: the query, the plan it ran, one run per model, and the result.',
  fields: (t) => ({
    id: t.exposeID('id'),
    query: t.exposeString('query'),
    status: t.field({ type: TaskStatusEnum, resolve: (task) => task.status as (typeof TASK_STATUSES)[number] }),
    error: t.exposeString('error', { nullable: true }),
    plan: t.field({ type: PlanRef, resolve: (task) => task.plan as unknown as StoredPlan }),
    sampling: t.field({ type: SamplingReportRef, nullable: true, resolve: (task) => (task.plan as unknown as StoredPlan).sampling ?? null }),
    itemCount: t.int({ resolve: (task) => (Array.isArray(task.itemIds) ? task.itemIds.length : 0) }),
    datasetVersion: t.exposeString('datasetVersion', { nullable: true }),
    promptVersion: t.exposeString('promptVersion', { nullable: true }),
    forceFresh: t.exposeBoolean('forceFresh'),
    result: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Per-model statistics, paired tests and tied groups (set when the task finishes).',
      resolve: (task) => task.result,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the task first started running (a resume does not move it).',
      resolve: (task) => task.firstStartedAt ?? task.startedAt,
    }),
    runningSince: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Start of the current running period (null while held or finished): add now − runningSince to activeSeconds to tick.',
      resolve: (task) => (task.startedAt && !task.finishedAt && task.status !== 'HELD' ? task.startedAt : null),
    }),
    activeSeconds: t.float({
      nullable: true,
      description: 'Time spent running, at the time of the query: periods closed by a hold or a resume plus the current one. Held time never counts.',
      resolve: (task) => activeSecondsOf(task),
    }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    runs: t.relation('runs', { query: { orderBy: { modelName: 'asc' } } }),
    leaders: t.field({
      type: [TaskLeaderRef],
      description: 'The model(s) ranked first, with accuracy and n (several when statistically tied); empty until the task has a result.',
      select: { result: true, runs: { select: { modelName: true, summary: true } } },
      resolve: (task) => taskLeaders(task.result, task.runs),
    }),
    stalled: t.boolean({
      description: 'Running, but one of its runs stored nothing for longer than RUN_STALLED_MS.',
      select: { status: true, runs: { select: { status: true, progressAt: true, startedAt: true } } },
      resolve: (task) => task.status === 'RUNNING' && task.runs.some((run) => isStalled(run)),
    }),
  }),
});

const TaskFilter = builder.inputType('TaskFilter', {
  fields: (t) => ({
    status: t.field({ type: [TaskStatusEnum] }),
    search: t.string({ description: 'Substring of the query text.' }),
  }),
});

const taskWhere = (filter: { status?: readonly string[] | null; search?: string | null } | null | undefined, dialect: DatabaseKind) => ({
  ...(filter?.status?.length ? { status: { in: [...filter.status] } } : {}),
  ...(filter?.search ? { query: containsText(dialect, filter.search) } : {}),
});

builder.queryFields((t) => ({
  task: t.prismaField({
    type: 'EvaluationTask',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.evaluationTask.findUnique({ ...query, where: { id: String(id) } }),
  }),
  tasks: t.prismaConnection(
    {
      type: 'EvaluationTask',
      cursor: 'id',
      args: { filter: t.arg({ type: TaskFilter }) },
      resolve: (query, _root, { filter }, ctx) =>
        ctx.db.evaluationTask.findMany({ ...query, where: taskWhere(filter, dialectOf(ctx.db)), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
      totalCount: (_root, { filter }, ctx) => ctx.db.evaluationTask.count({ where: taskWhere(filter, dialectOf(ctx.db)) }),
    },
    {},
  ),
}));

const CreateEvaluationInput = builder.inputType('CreateEvaluationInput', {
  fields: (t) => ({
    query: t.string({ required: true, description: 'The goal in plain Korean or English.' }),
    models: t.stringList({ required: true, description: 'Model names, e.g. "baseline/random" or a saved endpoint name.' }),
    plan: t.field({ type: PlanInput, description: 'An edited plan; when omitted the query is planned on the server.' }),
    forceFresh: t.boolean({ description: 'Ignore the model response cache and call every model again.' }),
    forceLive: t.boolean({ description: 'Evaluate every model live even when the leaderboard already has fresh cells for it.' }),
    judgeModel: t.string({
      description: 'A saved endpoint that judges open-ended answers (LLM-as-judge); without one they are reported unscored, not wrong.',
    }),
    allowMixedVersions: t.boolean({
      description: 'Accept cached cells from other dataset or prompt-template versions, or imported tables (default: only comparable cells).',
    }),
    idempotencyKey: t.string({
      description: 'A key of your choosing (1–200 characters, e.g. a UUID) for this submission: sending the same key again (as the same user) returns the task made the first time instead of a second one, so a client can retry safely.',
    }),
  }),
});

builder.mutationField('createEvaluation', (t) =>
  t.prismaField({
    type: 'EvaluationTask',
    description: 'Stores a task, plans it if no plan is given, samples its items and enqueues one job per model.',
    errors: { types: [ValidationError, NotFoundError, SecretUnavailableError, RateLimitedError, QuotaExceededError] },
    args: { input: t.arg({ type: CreateEvaluationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await enforceEvaluationLimits(ctx);
      // Another member's endpoint that is not shared may not be used (nothing is written before this).
      await assertEndpointsUsable(ctx.db, ctx.viewer!, [...input.models, input.judgeModel]);
      const plan = input.plan
        ? {
            ...input.plan,
            taskType: input.plan.taskType ?? null,
            targetType: input.plan.targetType ?? null,
            seed: input.plan.seed ?? undefined,
            externalToolUsage: input.plan.externalToolUsage ?? undefined,
          }
        : undefined;
      const task = await createEvaluation(ctx, {
        query: input.query,
        models: input.models,
        plan,
        forceFresh: input.forceFresh ?? false,
        forceLive: input.forceLive ?? false,
        allowMixedVersions: input.allowMixedVersions ?? false,
        judgeModel: input.judgeModel ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        ownerId: ctx.viewer!.id,
        // Quotas are checked once the work is known, before anything is stored.
        beforeStore: ctx.viewer ? ({ liveItems }) => assertWithinQuotas(ctx.db, ctx.viewer!.id, liveItems, config()) : undefined,
        idempotencyScope: ctx.viewer?.id ?? null,
      });
      return ctx.db.evaluationTask.findUniqueOrThrow({ ...selectable(query), where: { id: task.id } });
    },
  }),
);

/** Only the task's owner or an admin controls a task (others: FORBIDDEN). */
const controls = {
  cancelEvaluation: { run: cancelEvaluation, description: 'Stops calling models within a second; keeps what was stored.' },
  holdEvaluation: { run: holdEvaluation, description: 'Pauses a pending or running task; stored samples are kept.' },
  resumeEvaluation: { run: resumeEvaluation, description: 'Continues a held task with only the items still missing.' },
  retryFailedSamples: { run: retryFailedSamples, description: 'Evaluates again only the samples whose request failed.' },
} as const;

for (const [name, control] of Object.entries(controls)) {
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: 'EvaluationTask',
      description: control.description,
      errors: { types: [NotFoundError, ConflictError] },
      args: { taskId: t.arg.id({ required: true }) },
      resolve: async (query, _root, { taskId }, ctx) => {
        const task = await ctx.db.evaluationTask.findUnique({ where: { id: String(taskId) }, select: { id: true, ownerId: true } });
        if (task) assertCanControlTask(ctx.viewer!, task);
        await control.run(ctx, String(taskId));
        return ctx.db.evaluationTask.findUniqueOrThrow({ ...selectable(query), where: { id: String(taskId) } });
      },
    }),
  );
}
