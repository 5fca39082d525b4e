import { PLAN_NOTE_CODES, renderRationale, type EvaluationPlan, type PlanNote } from '@benchhub/core/planner';
import { builder } from '../builder';
import { planQuery } from '../../services/planning.service';
import { previewPlan, type PlanPreview } from '../../services/plan-preview.service';
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
export const UiLocaleEnum = builder.enumType('UiLocale', {
  description: 'A language the server can say its texts in (the plan rationale, the report).',
  values: { EN: { value: 'en' }, KO: { value: 'ko' } } as const,
});

const PLAN_NOTE_DESCRIPTIONS: Record<(typeof PLAN_NOTE_CODES)[number], string> = {
  SCHOOL_LEVEL_NOT_APPLIED: 'A school level ("고등학생", "high-school") was named; the taxonomy has none, so items of every level are drawn.',
  DIFFICULTY_NOT_APPLIED: 'A difficulty ("어려운", "hard") was named; items carry none, so every difficulty is drawn.',
  PROFESSION_APPROXIMATED: 'A profession was mapped loosely onto subjects (e.g. nurse → Life Science).',
  PROFESSION_NOT_APPLIED: 'A profession was named next to explicit subjects; the subjects were used, the profession is no filter.',
  SUBJECTS_EXCLUDED: 'Subjects the query excludes ("X 말고", "except X"); they are never planned.',
  EXCLUSION_NOT_APPLIED: 'An exclusion the plan cannot express (one task type or all; a subject also asked for).',
  SUBJECT_SPELLING_CORRECTED: 'A misspelled subject word was read as the subject.',
};

export const PlanNoteCodeEnum = builder.enumType('PlanNoteCode', {
  description: 'What a plan note says; clients localise the note by its code and words.',
  values: Object.fromEntries(
    PLAN_NOTE_CODES.map((code) => [code, { value: code, description: PLAN_NOTE_DESCRIPTIONS[code] }]),
  ) as Record<(typeof PLAN_NOTE_CODES)[number], { value: (typeof PLAN_NOTE_CODES)[number]; description: string }>,
});

export const PlanNoteRef = builder.objectRef<PlanNote>('PlanNote').implement({
  description: 'A structured note on a plan: a qualifier the taxonomy cannot express, an exclusion, a correction.',
  fields: (t) => ({
    code: t.field({ type: PlanNoteCodeEnum, resolve: (n) => n.code }),
    words: t.exposeString('words', { description: 'The words of the query the note is about, as written.' }),
    subjects: t.exposeStringList('subjects', { description: 'Subjects the note concerns (mapped, excluded or corrected to).' }),
    message: t.exposeString('message', { description: 'The note in English, as the rationale says it.' }),
  }),
});

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
    rationale: t.string({
      description: 'Why this plan, in `locale` (English by default). Plans without rationaleParts have their stored text only.',
      args: { locale: t.arg({ type: UiLocaleEnum, defaultValue: 'en' }) },
      resolve: (p, { locale }) => (p.rationaleParts?.length ? renderRationale(p.rationaleParts, locale ?? 'en') : p.rationale),
    }),
    rationaleParts: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The rationale as structured parts ({ key, params }); send them back in PlanInput.rationaleParts so the task keeps them.',
      resolve: (p) => p.rationaleParts ?? null,
    }),
    notes: t.field({
      type: [PlanNoteRef],
      description: 'Structured notes (also named in the rationale): qualifiers not applied, exclusions, corrections.',
      // Plans stored before notes existed have none.
      resolve: (p) => p.notes ?? [],
    }),
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
    rationale: t.string({
      description: 'Why this plan (kept with the task). Omitted: the server describes the plan it was given. Clients send the rationale they showed.',
    }),
    rationaleParts: t.field({
      type: 'JSON',
      description: 'The rationale as the parts Plan.rationaleParts gave (optionally after an "edited" part): the task then says it in any UI language.',
    }),
  }),
});

const PlanPreviewSubjectRef = builder.objectRef<PlanPreview['subjects'][number]>('PlanPreviewSubject').implement({
  fields: (t) => ({
    subject: t.exposeString('subject'),
    available: t.exposeInt('available', { description: 'Items of this subject that match the whole plan.' }),
    drawn: t.exposeInt('drawn', { description: 'Items of this subject the task will draw.' }),
  }),
});

const PlanPreviewRef = builder.objectRef<PlanPreview>('PlanPreview').implement({
  description: 'What a plan will draw (the same query and sampling as createEvaluation), before submitting.',
  fields: (t) => ({
    available: t.exposeInt('available', { description: 'Items matching the whole plan (language, problem type, task type, target, subjects).' }),
    requested: t.exposeInt('requested'),
    drawn: t.exposeInt('drawn'),
    shortfall: t.exposeInt('shortfall', { description: 'requested − drawn: fewer items match than asked for.' }),
    subjects: t.field({ type: [PlanPreviewSubjectRef], description: 'Per plan subject (coarse categories when the plan names none).', resolve: (p) => p.subjects }),
  }),
});

builder.queryField('planPreview', (t) =>
  t.field({
    type: PlanPreviewRef,
    description: 'Counts for a plan before submitting: items matching the whole plan, how many will be drawn, the shortfall, per subject.',
    errors: { types: [ValidationError] },
    args: { plan: t.arg({ type: PlanInput, required: true }) },
    resolve: (_root, { plan }, ctx) =>
      previewPlan(ctx.db, { ...plan, taskType: plan.taskType ?? null, targetType: plan.targetType ?? null, seed: plan.seed ?? undefined, rationale: plan.rationale ?? undefined }),
  }),
);

builder.queryField('plan', (t) =>
  t.field({
    type: PlanRef,
    description: 'Plans a query onto the taxonomy without side effects (a preview).',
    errors: { types: [ValidationError] },
    args: { query: t.arg.string({ required: true }) },
    resolve: (_root, { query }, ctx) => planQuery({ logger: ctx.logger }, query),
  }),
);
