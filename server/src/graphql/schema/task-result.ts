import type { ModelResult, PairwiseResult, TaskResult } from '@benchhub/core/results';
import type { GroupStats } from '@benchhub/core/stats';
import { builder } from '../builder';
import { RunSourceEnum } from './model-run';
import { TaskStatusEnum } from './evaluation-task';

/** Typed view of a task's stored result (per-model statistics, paired tests, tied groups). */
type Breakdown = GroupStats & { key: string };

const BreakdownRef = builder.objectRef<Breakdown>('Breakdown').implement({
  description: 'Accuracy of one subject or task type, with its n and 95% Wilson interval.',
  fields: (t) => ({
    key: t.exposeString('key'),
    correct: t.exposeInt('correct'),
    n: t.exposeInt('n'),
    accuracy: t.exposeFloat('accuracy', { nullable: true }),
    ciLow: t.float({ nullable: true, resolve: (b) => b.ci?.low ?? null }),
    ciHigh: t.float({ nullable: true, resolve: (b) => b.ci?.high ?? null }),
  }),
});

const breakdowns = (record: Record<string, GroupStats> | undefined) =>
  Object.entries(record ?? {}).map(([key, stats]) => ({ key, ...stats }));

const ModelResultRef = builder.objectRef<ModelResult>('ModelResult').implement({
  description: 'One model in a task result. Unparsed and ambiguous (hedged) answers count as wrong; errored and unscored samples are excluded from n.',
  fields: (t) => ({
    runId: t.exposeID('runId'),
    modelName: t.exposeString('modelName'),
    source: t.field({ type: RunSourceEnum, resolve: (m) => m.source as 'LIVE' | 'CACHED' }),
    status: t.field({ type: TaskStatusEnum, resolve: (m) => m.status as 'SUCCEEDED' }),
    error: t.exposeString('error', { nullable: true }),
    rank: t.exposeInt('rank', {
      nullable: true,
      description: '1 + the number of models significantly better, never better than the rank of a more accurate model (monotone in accuracy).',
    }),
    letters: t.exposeString('letters', {
      nullable: true,
      description: 'Compact letter display: two models share a letter exactly when they do not differ significantly. null: unranked or untested.',
    }),
    n: t.int({ resolve: (m) => m.summary?.n ?? 0 }),
    correct: t.int({ resolve: (m) => m.summary?.correct ?? 0 }),
    accuracy: t.float({ nullable: true, resolve: (m) => m.summary?.accuracy ?? null }),
    ciLow: t.float({ nullable: true, resolve: (m) => m.summary?.ci?.low ?? null }),
    ciHigh: t.float({ nullable: true, resolve: (m) => m.summary?.ci?.high ?? null }),
    unparsedRate: t.float({ nullable: true, resolve: (m) => m.summary?.unparsedRate ?? null }),
    ambiguousCount: t.int({ description: 'Hedged answers ("B or C"): no credit, counted apart from unparsed.', resolve: (m) => m.summary?.ambiguousCount ?? 0 }),
    ambiguousRate: t.float({ nullable: true, resolve: (m) => m.summary?.ambiguousRate ?? null }),
    chanceAccuracy: t.float({
      nullable: true,
      description: 'Expected accuracy of uniform random guessing on the scored items (1/k per item with k options, ½ true/false, 0 short-form).',
      resolve: (m) => m.summary?.chanceAccuracy ?? null,
    }),
    errorCount: t.int({ resolve: (m) => m.summary?.errorCount ?? 0 }),
    unscoredCount: t.int({ resolve: (m) => m.summary?.unscoredCount ?? 0 }),
    latencyP50Ms: t.float({ nullable: true, resolve: (m) => m.summary?.latencyP50Ms ?? null }),
    latencyP95Ms: t.float({ nullable: true, resolve: (m) => m.summary?.latencyP95Ms ?? null }),
    tokensIn: t.int({ resolve: (m) => m.summary?.tokensIn ?? 0 }),
    tokensOut: t.int({ resolve: (m) => m.summary?.tokensOut ?? 0 }),
    estimatedCost: t.float({ nullable: true, resolve: (m) => m.summary?.estimatedCost ?? null }),
    fromCacheCount: t.int({ resolve: (m) => m.summary?.fromCacheCount ?? 0 }),
    bySubject: t.field({ type: [BreakdownRef], resolve: (m) => breakdowns(m.summary?.bySubject) }),
    byTaskType: t.field({ type: [BreakdownRef], resolve: (m) => breakdowns(m.summary?.byTaskType) }),
  }),
});

const PairwiseRef = builder.objectRef<PairwiseResult>('PairwiseComparison').implement({
  description: 'Exact McNemar test between two models on the items both answered (Holm-adjusted across all pairs).',
  fields: (t) => ({
    modelA: t.exposeString('modelA'),
    modelB: t.exposeString('modelB'),
    sharedItems: t.exposeInt('sharedItems'),
    onlyACorrect: t.exposeInt('onlyACorrect'),
    onlyBCorrect: t.exposeInt('onlyBCorrect'),
    pValue: t.exposeFloat('pValue'),
    adjustedP: t.exposeFloat('adjustedP'),
    significant: t.exposeBoolean('significant'),
  }),
});

const TiedGroupRef = builder.objectRef<string[]>('TiedGroup').implement({
  description: 'The models of one letter: no significant difference between any pair.',
  fields: (t) => ({ models: t.stringList({ resolve: (group) => group }) }),
});

const ResultMethodKindEnum = builder.enumType('ResultMethodKind', {
  description: 'How models were compared; clients say the method in their own language by this code.',
  values: {
    PAIRED: { description: 'Exact McNemar tests on shared items, Holm-adjusted; tied groups at alpha.' },
    INTERVALS: { description: 'Some numbers came from cached cells: models separated only by non-overlapping 95% Wilson intervals.' },
  } as const,
});

const TaskResultRef = builder.objectRef<TaskResult>('TaskResult').implement({
  fields: (t) => ({
    alpha: t.exposeFloat('alpha'),
    method: t.exposeString('method', { description: 'The method in English (methodKind says it as a code).' }),
    methodKind: t.field({
      type: ResultMethodKindEnum,
      // Results stored before the code existed: the interval method is the one without paired tests.
      resolve: (r) => r.methodKind ?? (r.method.startsWith('Some models') ? 'INTERVALS' : 'PAIRED'),
    }),
    models: t.field({ type: [ModelResultRef], description: 'Ranked models first, by accuracy.', resolve: (r) => r.models }),
    pairwise: t.field({ type: [PairwiseRef], resolve: (r) => r.pairwise }),
    tiedGroups: t.field({
      type: [TiedGroupRef],
      description: 'One group per letter (a, b, …), members in ranking order; groups may overlap and need not be consecutive.',
      resolve: (r) => r.tiedGroups,
    }),
  }),
});

builder.prismaObjectField('EvaluationTask', 'ranking', (t) =>
  t.field({
    type: TaskResultRef,
    nullable: true,
    select: { result: true },
    description: 'The typed result: set when the task finishes.',
    resolve: (task) => (task.result as TaskResult | null) ?? null,
  }),
);
