/** The editable plan on the Evaluate page and its mapping to the PlanInput the server accepts. */
import type { ResultOf, VariablesOf } from '$lib/graphql/graphql';
import type { CreateEvaluationMutation, PlanFields } from '$lib/graphql/operations';
import { COARSE_SUBJECTS, FINE_SUBJECTS, coarseOf } from '$lib/taxonomy';

export type PlanData = ResultOf<typeof PlanFields>;
export type PlanInput = NonNullable<VariablesOf<typeof CreateEvaluationMutation>['input']['plan']>;
export type Language = PlanData['language'];
export type TaskType = NonNullable<PlanData['taskType']>;
export type TargetType = NonNullable<PlanData['targetType']>;
export type ProblemType = PlanData['problemType'];

export const LANGUAGES: readonly Language[] = ['KOREAN', 'ENGLISH'];
export const TASK_TYPES: readonly TaskType[] = ['KNOWLEDGE', 'REASONING', 'VALUE_ALIGNMENT'];
export const TARGET_TYPES: readonly TargetType[] = ['GENERAL', 'LOCAL'];
export const PROBLEM_TYPES: readonly ProblemType[] = ['MCQA', 'BINARY', 'SHORT_FORM', 'OPEN_ENDED'];

export const MIN_SAMPLE_SIZE = 1;
export const MAX_SAMPLE_SIZE = 10_000;

/** What the user can change before starting: the planner's output minus its explanation. */
export interface PlanDraft {
  language: Language;
  /** [] = all subjects. */
  subjects: string[];
  /** null = all task types. */
  taskType: TaskType | null;
  /** null = general and local. */
  targetType: TargetType | null;
  problemType: ProblemType;
  sampleSize: number;
  seed: number;
  externalToolUsage: boolean;
}

export function planToDraft(plan: PlanData): PlanDraft {
  return {
    language: plan.language,
    subjects: sortSubjects([...new Set(plan.subjects)]),
    taskType: plan.taskType ?? null,
    targetType: plan.targetType ?? null,
    problemType: plan.problemType,
    sampleSize: plan.sampleSize,
    seed: plan.seed,
    externalToolUsage: plan.externalToolUsage,
  };
}

/** The edited plan as CreateEvaluationInput.plan. Null task/target types mean "all" and are sent as null. */
export function draftToPlanInput(draft: PlanDraft): PlanInput {
  return {
    language: draft.language,
    subjects: [...draft.subjects],
    taskType: draft.taskType,
    targetType: draft.targetType,
    problemType: draft.problemType,
    sampleSize: Math.trunc(draft.sampleSize),
    seed: Math.trunc(draft.seed),
    externalToolUsage: draft.externalToolUsage,
  };
}

export type DraftIssue = { field: 'sampleSize' | 'seed'; min: number; max: number };

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

const ORDER = new Map<string, number>(
  [...COARSE_SUBJECTS].flatMap((coarse, ci) => [
    [coarse, ci * 1000] as const,
    ...FINE_SUBJECTS.filter((fine) => fine.startsWith(`${coarse}/`)).map((fine, fi) => [fine, ci * 1000 + fi + 1] as const),
  ]),
);

/** Taxonomy order (coarse before its fine subjects); unknown subjects last, in input order. */
export function sortSubjects(subjects: readonly string[]): string[] {
  const rank = (subject: string) => ORDER.get(subject) ?? Number.MAX_SAFE_INTEGER;
  return [...subjects].sort((a, b) => rank(a) - rank(b));
}

/**
 * Adds a subject. A coarse subject covers its fine ones, so adding "Science" drops "Science/Math", and adding
 * "Science/Math" while "Science" is selected narrows the selection to the fine subject.
 */
export function addSubject(subjects: readonly string[], subject: string): string[] {
  if (subjects.includes(subject)) return [...subjects];
  const isCoarse = !subject.includes('/');
  const kept = subjects.filter((s) => (isCoarse ? coarseOf(s) !== subject : s !== coarseOf(subject)));
  return sortSubjects([...kept, subject]);
}

export function removeSubject(subjects: readonly string[], subject: string): string[] {
  return subjects.filter((s) => s !== subject);
}

/** True when the user's draft differs from the planner's suggestion. */
export function draftsEqual(a: PlanDraft, b: PlanDraft): boolean {
  return (
    a.language === b.language &&
    a.taskType === b.taskType &&
    a.targetType === b.targetType &&
    a.problemType === b.problemType &&
    a.sampleSize === b.sampleSize &&
    a.seed === b.seed &&
    a.externalToolUsage === b.externalToolUsage &&
    a.subjects.length === b.subjects.length &&
    a.subjects.every((s, i) => s === b.subjects[i])
  );
}
