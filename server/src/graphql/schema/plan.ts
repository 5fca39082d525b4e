import type { EvaluationPlan } from '@benchhub/core/planner';
import { builder } from '../builder';
import { planQuery } from '../../services/planning.service';
import { ValidationError } from '../../errors';
import type { SampleSelection } from '@benchhub/core/sampling';

export const LanguageEnum = builder.enumType('Language', {
  values: { KOREAN: { value: 'Korean' }, ENGLISH: { value: 'English' } } as const,
});
export const TaskTypeEnum = builder.enumType('TaskType', {
  values: {
    KNOWLEDGE: { value: 'Knowledge' },
    REASONING: { value: 'Reasoning' },
    VALUE_ALIGNMENT: { value: 'Value/Alignment' },
  } as const,
});
export const TargetTypeEnum = builder.enumType('TargetType', {
  values: { GENERAL: { value: 'General' }, LOCAL: { value: 'Local', description: 'Specific to a culture, e.g. Korean customs.' } } as const,
});
export const ProblemTypeEnum = builder.enumType('ProblemType', {
  values: {
    MCQA: { value: 'MCQA' },
    BINARY: { value: 'Binary' },
    SHORT_FORM: { value: 'short-form' },
    OPEN_ENDED: { value: 'open-ended' },
  } as const,
});
export const PlanSourceEnum = builder.enumType('PlanSource', { values: ['RULES', 'LLM'] as const });

export const PlanRef = builder.objectRef<EvaluationPlan>('Plan').implement({
  description: 'An evaluation plan on the BenchHub taxonomy: what to evaluate and how much.',
  fields: (t) => ({
    language: t.field({ type: LanguageEnum, resolve: (p) => p.language }),
    subjects: t.exposeStringList('subjects', { description: 'Coarse ("Science") or fine ("Science/Math") categories; empty = all.' }),
    taskType: t.field({ type: TaskTypeEnum, nullable: true, resolve: (p) => p.taskType }),
    targetType: t.field({ type: TargetTypeEnum, nullable: true, resolve: (p) => p.targetType }),
    problemType: t.field({ type: ProblemTypeEnum, resolve: (p) => p.problemType }),
    sampleSize: t.exposeInt('sampleSize'),
    seed: t.exposeInt('seed'),
    externalToolUsage: t.exposeBoolean('externalToolUsage'),
    rationale: t.exposeString('rationale'),
    confidence: t.exposeFloat('confidence'),
    source: t.field({ type: PlanSourceEnum, resolve: (p) => p.source }),
    fallbackReason: t.string({ nullable: true, resolve: (p) => p.fallbackReason ?? null }),
  }),
});

export const SamplingReportRef = builder.objectRef<Omit<SampleSelection, 'itemIds'>>('SamplingReport').implement({
  description: 'How the items were drawn: never more than available, with the shortfall reported.',
  fields: (t) => ({
    requested: t.exposeInt('requested'),
    available: t.exposeInt('available'),
    shortfall: t.exposeInt('shortfall'),
    perSubject: t.field({ type: 'JSON', resolve: (s) => s.perSubject }),
  }),
});

export const PlanInput = builder.inputType('PlanInput', {
  description: 'An edited plan. Omitted fields take the planner defaults.',
  fields: (t) => ({
    language: t.field({ type: LanguageEnum, required: true }),
    subjects: t.stringList({ required: true }),
    taskType: t.field({ type: TaskTypeEnum }),
    targetType: t.field({ type: TargetTypeEnum }),
    problemType: t.field({ type: ProblemTypeEnum, required: true }),
    sampleSize: t.int({ required: true }),
    seed: t.int(),
    externalToolUsage: t.boolean(),
  }),
});

builder.queryField('plan', (t) =>
  t.field({
    type: PlanRef,
    description: 'Plans a query onto the taxonomy without side effects (a preview).',
    errors: { types: [ValidationError] },
    args: { query: t.arg.string({ required: true }) },
    resolve: (_root, { query }, ctx) => planQuery({ logger: ctx.logger }, query),
  }),
);
