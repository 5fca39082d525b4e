/**
 * Validation of user-edited plans. Values are normalized leniently (case, spacing and the
 * documented variants: "ko", "mcqa", "science/math", …) and returned in canonical form;
 * anything that cannot be normalized is an error.
 */
import {
  normalizeLanguage,
  normalizeProblemType,
  normalizeSubject,
  normalizeTargetType,
  normalizeTaskType,
  sortSubjects,
  type SubjectCategory,
} from '../taxonomy';
import { parseRationaleParts } from './rationale';
import { DEFAULT_SEED, MAX_SAMPLE_SIZE, MIN_SAMPLE_SIZE, PLAN_NOTE_CODES, type EvaluationPlan, type PlanNote } from './types';

/** Stable codes of a plan field's problem: clients say each in their own language (with `params`). */
export type PlanIssueCode =
  | 'PLAN_NOT_OBJECT'
  | 'REQUIRED'
  | 'UNKNOWN_LANGUAGE'
  | 'SUBJECTS_NOT_LIST'
  | 'UNKNOWN_SUBJECT'
  | 'UNKNOWN_TASK_TYPE'
  | 'UNKNOWN_TARGET_TYPE'
  | 'UNKNOWN_PROBLEM_TYPE'
  | 'INTEGER_OUT_OF_RANGE'
  | 'NOT_NON_NEGATIVE_INTEGER'
  | 'NOT_BOOLEAN'
  | 'NOT_TEXT'
  | 'OUT_OF_RANGE'
  | 'UNKNOWN_PLAN_SOURCE'
  | 'INVALID_PLAN_NOTE'
  | 'INVALID_RATIONALE_PARTS';

/** One field's problem: `path` is the plan field (e.g. "sampleSize"), `message` the English text of `errors`. */
export interface PlanIssue {
  path: string;
  code: PlanIssueCode;
  params: Record<string, string | number>;
  message: string;
}

/** `errors` are the issues' English messages, in the same order. */
export type PlanValidation = { ok: true; plan: EvaluationPlan } | { ok: false; errors: string[]; issues: PlanIssue[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s;
  } catch {
    return String(value);
  }
}

/** Values meaning "no filter" for nullable fields. */
const ALL_VALUES = new Set(['', 'all', 'any', 'none', 'null', '전체', '모두']);

export function isAllValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && ALL_VALUES.has(value.trim().toLowerCase()));
}

const issueOf = (path: string, code: PlanIssueCode, message: string, params: Record<string, string | number> = {}): PlanIssue => ({
  path,
  code,
  params,
  message,
});

/** Normalizes a subjects list; returns canonical subjects (taxonomy order, deduplicated) or errors. */
export function normalizeSubjectList(value: unknown): { subjects: SubjectCategory[]; errors: string[]; issues: PlanIssue[] } {
  const list: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const issues: PlanIssue[] = [];
  if (!(typeof value === 'string' || Array.isArray(value))) {
    issues.push(issueOf('subjects', 'SUBJECTS_NOT_LIST', `subjects must be an array of category names, got ${show(value)}`, { value: show(value) }));
  }
  const out = new Set<SubjectCategory>();
  for (const item of list) {
    const n = normalizeSubject(item);
    if (n === null) issues.push(issueOf('subjects', 'UNKNOWN_SUBJECT', `unknown subject category ${show(item)}`, { value: typeof item === 'string' ? item : show(item) }));
    else out.add(n);
  }
  return { subjects: sortSubjects([...out]), errors: issues.map((issue) => issue.message), issues };
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Plan notes: absent → []; otherwise every note must be well-formed. */
export function validatePlanNotes(value: unknown): { notes: PlanNote[]; errors: string[] } {
  if (value === undefined || value === null) return { notes: [], errors: [] };
  if (!Array.isArray(value)) return { notes: [], errors: [`notes must be a list, got ${show(value)}`] };
  const notes: PlanNote[] = [];
  const errors: string[] = [];
  for (const note of value) {
    const ok =
      isRecord(note) &&
      (PLAN_NOTE_CODES as readonly unknown[]).includes(note.code) &&
      typeof note.words === 'string' &&
      typeof note.message === 'string' &&
      isStringList(note.subjects ?? []);
    if (!ok) {
      errors.push(`invalid plan note ${show(note)} (expected { code, words, subjects, message })`);
      continue;
    }
    notes.push({ code: note.code as PlanNote['code'], words: note.words as string, subjects: [...((note.subjects as string[] | undefined) ?? [])], message: note.message as string });
  }
  return { notes, errors };
}

/**
 * Validates a (possibly user-edited) plan. Required: language, subjects ([] = all),
 * problemType, sampleSize (integer 1..10000). taskType/targetType may be null or absent (= all).
 * seed defaults to DEFAULT_SEED (must be a non-negative safe integer), externalToolUsage to
 * false, rationale to "", notes to [], confidence to 1 (must be within 0..1), source to 'RULES'.
 */
export function validatePlan(plan: unknown): PlanValidation {
  if (!isRecord(plan)) {
    const issue = issueOf('plan', 'PLAN_NOT_OBJECT', 'plan must be an object');
    return { ok: false, errors: [issue.message], issues: [issue] };
  }
  const issues: PlanIssue[] = [];
  const fail = (path: string, code: PlanIssueCode, message: string, params: Record<string, string | number> = {}) => issues.push(issueOf(path, code, message, params));
  const valueOf = (value: unknown) => ({ value: typeof value === 'string' ? value : show(value) });

  const language = normalizeLanguage(plan.language);
  if (language === null) fail('language', 'UNKNOWN_LANGUAGE', `language must be Korean or English, got ${show(plan.language)}`, valueOf(plan.language));

  let subjects: SubjectCategory[] = [];
  if (plan.subjects === undefined) fail('subjects', 'REQUIRED', 'subjects is required ([] means all subjects)');
  else {
    const r = normalizeSubjectList(plan.subjects);
    subjects = r.subjects;
    issues.push(...r.issues);
  }

  const taskType = isAllValue(plan.taskType) ? null : normalizeTaskType(plan.taskType);
  if (!isAllValue(plan.taskType) && taskType === null) {
    fail('taskType', 'UNKNOWN_TASK_TYPE', `taskType must be Knowledge, Reasoning, Value/Alignment or null, got ${show(plan.taskType)}`, valueOf(plan.taskType));
  }
  const targetType = isAllValue(plan.targetType) ? null : normalizeTargetType(plan.targetType);
  if (!isAllValue(plan.targetType) && targetType === null) {
    fail('targetType', 'UNKNOWN_TARGET_TYPE', `targetType must be General, Local or null, got ${show(plan.targetType)}`, valueOf(plan.targetType));
  }

  const problemType = normalizeProblemType(plan.problemType);
  if (problemType === null) {
    fail('problemType', 'UNKNOWN_PROBLEM_TYPE', `problemType must be MCQA, Binary, short-form or open-ended, got ${show(plan.problemType)}`, valueOf(plan.problemType));
  }

  const sampleSize = plan.sampleSize;
  const sampleOk =
    typeof sampleSize === 'number' && Number.isInteger(sampleSize) && sampleSize >= MIN_SAMPLE_SIZE && sampleSize <= MAX_SAMPLE_SIZE;
  if (!sampleOk) {
    fail('sampleSize', 'INTEGER_OUT_OF_RANGE', `sampleSize must be an integer between ${MIN_SAMPLE_SIZE} and ${MAX_SAMPLE_SIZE}, got ${show(sampleSize)}`, {
      min: MIN_SAMPLE_SIZE,
      max: MAX_SAMPLE_SIZE,
      ...valueOf(sampleSize),
    });
  }

  const seed = plan.seed ?? DEFAULT_SEED;
  const seedOk = typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0;
  if (!seedOk) fail('seed', 'NOT_NON_NEGATIVE_INTEGER', `seed must be a non-negative integer, got ${show(plan.seed)}`, valueOf(plan.seed));

  const tools = plan.externalToolUsage ?? false;
  if (typeof tools !== 'boolean') fail('externalToolUsage', 'NOT_BOOLEAN', `externalToolUsage must be a boolean, got ${show(plan.externalToolUsage)}`, valueOf(plan.externalToolUsage));

  const rationale = plan.rationale ?? '';
  if (typeof rationale !== 'string') fail('rationale', 'NOT_TEXT', `rationale must be a string, got ${show(plan.rationale)}`);

  const confidence = plan.confidence ?? 1;
  const confidenceOk = typeof confidence === 'number' && Number.isFinite(confidence) && confidence >= 0 && confidence <= 1;
  if (!confidenceOk) fail('confidence', 'OUT_OF_RANGE', `confidence must be a number between 0 and 1, got ${show(plan.confidence)}`, { min: 0, max: 1, ...valueOf(plan.confidence) });

  const source = plan.source ?? 'RULES';
  if (source !== 'RULES' && source !== 'LLM') fail('source', 'UNKNOWN_PLAN_SOURCE', `source must be RULES or LLM, got ${show(plan.source)}`, valueOf(plan.source));

  const { notes, errors: noteErrors } = validatePlanNotes(plan.notes);
  for (const message of noteErrors) fail('notes', 'INVALID_PLAN_NOTE', message);

  const rationaleParts = plan.rationaleParts === undefined || plan.rationaleParts === null ? undefined : parseRationaleParts(plan.rationaleParts);
  if (rationaleParts === null) fail('rationaleParts', 'INVALID_RATIONALE_PARTS', 'rationaleParts must be a list of { key, params } parts of known keys');

  const fallbackReason = plan.fallbackReason ?? null;
  if (fallbackReason !== null && typeof fallbackReason !== 'string') {
    fail('fallbackReason', 'NOT_TEXT', `fallbackReason must be a string or null, got ${show(plan.fallbackReason)}`);
  }

  if (
    issues.length > 0 ||
    language === null ||
    problemType === null ||
    typeof sampleSize !== 'number' ||
    typeof seed !== 'number' ||
    typeof tools !== 'boolean' ||
    typeof rationale !== 'string' ||
    typeof confidence !== 'number' ||
    (source !== 'RULES' && source !== 'LLM') ||
    (fallbackReason !== null && typeof fallbackReason !== 'string')
  ) {
    return { ok: false, errors: issues.map((issue) => issue.message), issues };
  }
  return {
    ok: true,
    plan: {
      language,
      subjects,
      taskType,
      targetType,
      problemType,
      sampleSize,
      seed,
      externalToolUsage: tools,
      rationale,
      ...(rationaleParts ? { rationaleParts } : {}),
      notes,
      confidence,
      source,
      fallbackReason,
    },
  };
}
