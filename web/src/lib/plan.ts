/** The editable plan on the Evaluate page and its mapping to the PlanInput the server accepts. */
import type { ResultOf, VariablesOf } from '$lib/graphql/graphql';
import type { PersonalizedRankingQuery, PlanFields } from '$lib/graphql/operations';
import { coarseOf } from '$lib/taxonomy';
import type { MessageKey } from '$lib/i18n/core';
import { sayError, t } from '$lib/i18n/i18n.svelte';

export { LANGUAGES, PROBLEM_TYPES, TARGET_TYPES, TASK_TYPES } from '$lib/graphql/enums';
export type { Language, ProblemType, TargetType, TaskType } from '$lib/graphql/enums';

export type PlanData = ResultOf<typeof PlanFields>;
export type PlanInput = VariablesOf<typeof PersonalizedRankingQuery>['plan'];

/** Mirrors the server's plan validation (the schema does not carry the bounds; the server remains the authority). */
export const MIN_SAMPLE_SIZE = 1;
export const MAX_SAMPLE_SIZE = 10_000;

/**
 * What the user can change before starting: the planner's output minus its explanation.
 * `subjects`: [] = all subjects; `taskType` / `targetType`: null = all.
 */
export type PlanDraft = Pick<PlanData, 'language' | 'subjects' | 'taskType' | 'targetType' | 'problemType' | 'sampleSize' | 'seed' | 'externalToolUsage'>;

export function planToDraft(plan: PlanData): PlanDraft {
  return {
    language: plan.language,
    subjects: [...new Set(plan.subjects)],
    taskType: plan.taskType ?? null,
    targetType: plan.targetType ?? null,
    problemType: plan.problemType,
    sampleSize: plan.sampleSize,
    seed: plan.seed,
    externalToolUsage: plan.externalToolUsage,
  };
}

/** The edited plan as CreateEvaluationInput.plan (and personalizedRanking's plan). Null task/target types mean "all". */
/** The plan as GraphQL input; `rationale` is what the user was shown (kept with the task). */
export function draftToPlanInput(draft: PlanDraft, rationale: SubmittedRationale | null = null): PlanInput {
  return {
    language: draft.language,
    subjects: [...draft.subjects],
    taskType: draft.taskType,
    targetType: draft.targetType,
    problemType: draft.problemType,
    sampleSize: Math.trunc(draft.sampleSize),
    seed: Math.trunc(draft.seed),
    externalToolUsage: draft.externalToolUsage,
    ...(rationale !== null ? { rationale: rationale.text, ...(rationale.parts !== null ? { rationaleParts: rationale.parts } : {}) } : {}),
  } satisfies Required<Omit<PlanInput, 'rationale' | 'rationaleParts'>> & PlanInput;
}

export type DraftIssue = { field: 'sampleSize' | 'seed'; min: number; max: number };

/** The plan editor's label of each plan field the server may refuse (FieldIssue path plan.<field>). */
const PLAN_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  language: 'evaluate.language',
  subjects: 'evaluate.subjects',
  taskType: 'evaluate.taskType',
  targetType: 'evaluate.targetType',
  problemType: 'evaluate.problemType',
  sampleSize: 'evaluate.sampleSize',
  seed: 'evaluate.seed',
  externalToolUsage: 'evaluate.externalTools',
  rationale: 'evaluate.rationale',
  rationaleParts: 'evaluate.rationale',
  confidence: 'evaluate.confidence',
};

/** The label key of a refused plan field ("plan.sampleSize" → evaluate.sampleSize), or null for another path. */
function planFieldLabel(path: string): MessageKey | null {
  const [head, field] = path.split('.');
  return head === 'plan' && field !== undefined ? (PLAN_FIELD_LABELS[field] ?? null) : null;
}

/** An error or field issue said by its code; a refused plan field after its name in the plan editor ("표본 크기: …"). */
export function sayPlanFieldError(error: { code?: string; message?: string; params?: unknown; path?: string }): string {
  const label = error.path ? planFieldLabel(error.path) : null;
  return label ? `${t(label)}: ${sayError(error)}` : sayError(error);
}

/** Client-side checks mirroring the server's plan validation (the server remains the authority). */
export function validateDraft(draft: PlanDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (!Number.isInteger(draft.sampleSize) || draft.sampleSize < MIN_SAMPLE_SIZE || draft.sampleSize > MAX_SAMPLE_SIZE) {
    issues.push({ field: 'sampleSize', min: MIN_SAMPLE_SIZE, max: MAX_SAMPLE_SIZE });
  }
  if (!Number.isSafeInteger(draft.seed) || draft.seed < 0) {
    issues.push({ field: 'seed', min: 0, max: Number.MAX_SAFE_INTEGER });
  }
  return issues;
}

/**
 * Adds a subject. A coarse subject covers its fine ones, so adding "Science" drops "Science/Math", and adding
 * "Science/Math" while "Science" is selected narrows the selection to the fine subject. (Display order is the
 * taxonomy's: see sortSubjects in $lib/taxonomy.)
 */
export function addSubject(subjects: readonly string[], subject: string): string[] {
  if (subjects.includes(subject)) return [...subjects];
  const isCoarse = !subject.includes('/');
  const kept = subjects.filter((s) => (isCoarse ? coarseOf(s) !== subject : s !== coarseOf(subject)));
  return [...kept, subject];
}

export function removeSubject(subjects: readonly string[], subject: string): string[] {
  return subjects.filter((s) => s !== subject);
}

/** The same set of subjects, in any order. */
function sameSubjects(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((s) => set.has(s));
}

/** True when two drafts plan the same evaluation (e.g. the user's draft and the planner's suggestion). */
export function draftsEqual(a: PlanDraft, b: PlanDraft): boolean {
  return (
    a.language === b.language &&
    a.taskType === b.taskType &&
    a.targetType === b.targetType &&
    a.problemType === b.problemType &&
    a.sampleSize === b.sampleSize &&
    a.seed === b.seed &&
    a.externalToolUsage === b.externalToolUsage &&
    sameSubjects(a.subjects, b.subjects)
  );
}

export type PlanNoteData = PlanData['notes'][number];

/**
 * The rationale kept with a submitted task: the planner's, or — when the user changed the plan — that it was edited,
 * with what the planner had said (the server never stores an empty rationale).
 */
export function submittedRationale(plan: Pick<PlanData, 'rationale' | 'rationaleParts'>, edited: boolean): SubmittedRationale {
  const parts = Array.isArray(plan.rationaleParts) ? (plan.rationaleParts as unknown[]) : null;
  if (!edited) return { text: plan.rationale, parts };
  return {
    text: `Edited by the user before submitting.${plan.rationale ? ` The planner had suggested: ${plan.rationale}` : ''}`,
    // The server says these in the viewer's language (the "edited" part first), on the task page later too.
    parts: parts === null ? null : [{ key: 'edited', params: { suggested: parts.length > 0 } }, ...parts],
  };
}

/** The rationale sent with a task: the English text and, when the planner gave them, its structured parts. */
export interface SubmittedRationale {
  text: string;
  parts: unknown[] | null;
}
