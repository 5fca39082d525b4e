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

export type PlanValidation = { ok: true; plan: EvaluationPlan } | { ok: false; errors: string[] };

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

/** Normalizes a subjects list; returns canonical subjects (taxonomy order, deduplicated) or errors. */
export function normalizeSubjectList(value: unknown): { subjects: SubjectCategory[]; errors: string[] } {
  const list: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const errors: string[] = [];
  if (!(typeof value === 'string' || Array.isArray(value))) {
    errors.push(`subjects must be an array of category names, got ${show(value)}`);
  }
  const out = new Set<SubjectCategory>();
  for (const item of list) {
    const n = normalizeSubject(item);
    if (n === null) errors.push(`unknown subject category ${show(item)}`);
    else out.add(n);
  }
  return { subjects: sortSubjects([...out]), errors };
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
  if (!isRecord(plan)) return { ok: false, errors: ['plan must be an object'] };
  const errors: string[] = [];

  const language = normalizeLanguage(plan.language);
  if (language === null) errors.push(`language must be Korean or English, got ${show(plan.language)}`);

  let subjects: SubjectCategory[] = [];
  if (plan.subjects === undefined) errors.push('subjects is required ([] means all subjects)');
  else {
    const r = normalizeSubjectList(plan.subjects);
    subjects = r.subjects;
    errors.push(...r.errors);
  }

  const taskType = isAllValue(plan.taskType) ? null : normalizeTaskType(plan.taskType);
  if (!isAllValue(plan.taskType) && taskType === null) {
    errors.push(`taskType must be Knowledge, Reasoning, Value/Alignment or null, got ${show(plan.taskType)}`);
  }
  const targetType = isAllValue(plan.targetType) ? null : normalizeTargetType(plan.targetType);
  if (!isAllValue(plan.targetType) && targetType === null) {
    errors.push(`targetType must be General, Local or null, got ${show(plan.targetType)}`);
  }

  const problemType = normalizeProblemType(plan.problemType);
  if (problemType === null) {
    errors.push(`problemType must be MCQA, Binary, short-form or open-ended, got ${show(plan.problemType)}`);
  }

  const sampleSize = plan.sampleSize;
  const sampleOk =
    typeof sampleSize === 'number' && Number.isInteger(sampleSize) && sampleSize >= MIN_SAMPLE_SIZE && sampleSize <= MAX_SAMPLE_SIZE;
  if (!sampleOk) {
    errors.push(`sampleSize must be an integer between ${MIN_SAMPLE_SIZE} and ${MAX_SAMPLE_SIZE}, got ${show(sampleSize)}`);
  }

  const seed = plan.seed ?? DEFAULT_SEED;
  const seedOk = typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0;
  if (!seedOk) errors.push(`seed must be a non-negative integer, got ${show(plan.seed)}`);

  const tools = plan.externalToolUsage ?? false;
  if (typeof tools !== 'boolean') errors.push(`externalToolUsage must be a boolean, got ${show(plan.externalToolUsage)}`);

  const rationale = plan.rationale ?? '';
  if (typeof rationale !== 'string') errors.push(`rationale must be a string, got ${show(plan.rationale)}`);

  const confidence = plan.confidence ?? 1;
  const confidenceOk = typeof confidence === 'number' && Number.isFinite(confidence) && confidence >= 0 && confidence <= 1;
  if (!confidenceOk) errors.push(`confidence must be a number between 0 and 1, got ${show(plan.confidence)}`);

  const source = plan.source ?? 'RULES';
  if (source !== 'RULES' && source !== 'LLM') errors.push(`source must be RULES or LLM, got ${show(plan.source)}`);

  const { notes, errors: noteErrors } = validatePlanNotes(plan.notes);
  errors.push(...noteErrors);

  const rationaleParts = plan.rationaleParts === undefined || plan.rationaleParts === null ? undefined : parseRationaleParts(plan.rationaleParts);
  if (rationaleParts === null) errors.push('rationaleParts must be a list of { key, params } parts of known keys');

  const fallbackReason = plan.fallbackReason ?? null;
  if (fallbackReason !== null && typeof fallbackReason !== 'string') {
    errors.push(`fallbackReason must be a string or null, got ${show(plan.fallbackReason)}`);
  }

  if (
    errors.length > 0 ||
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
    return { ok: false, errors };
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
