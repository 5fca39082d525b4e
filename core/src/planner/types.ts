import type { Language, ProblemType, TargetType, TaskType } from '../benchmark';
import type { RationalePart } from './rationale';

/** Where a plan came from: the offline rules planner or the LLM planner. */
export type PlanSource = 'RULES' | 'LLM';

/**
 * Codes of the structured notes a plan carries, so that a client can say them in its own language:
 * - SCHOOL_LEVEL_NOT_APPLIED / DIFFICULTY_NOT_APPLIED: a qualifier the taxonomy cannot express
 *   ("고등학생", "high-school", "hard"); items of every level are drawn.
 * - PROFESSION_APPROXIMATED: a profession mapped loosely onto subjects ("nurse" → Life Science).
 * - PROFESSION_NOT_APPLIED: a profession named next to explicit subjects ("수학 선생님"); the
 *   subjects were used, the profession itself is not a filter.
 * - SUBJECTS_EXCLUDED: subjects the query excludes ("수학 말고", "anything but math"); never planned.
 * - EXCLUSION_NOT_APPLIED: an exclusion the plan cannot express ("not reasoning": the task type is
 *   one value or all).
 * - SUBJECT_SPELLING_CORRECTED: a misspelled subject word read as the subject ("mathmatics").
 */
export const PLAN_NOTE_CODES = [
  'SCHOOL_LEVEL_NOT_APPLIED',
  'DIFFICULTY_NOT_APPLIED',
  'PROFESSION_APPROXIMATED',
  'PROFESSION_NOT_APPLIED',
  'SUBJECTS_EXCLUDED',
  'EXCLUSION_NOT_APPLIED',
  'SUBJECT_SPELLING_CORRECTED',
] as const;
export type PlanNoteCode = (typeof PLAN_NOTE_CODES)[number];

/** A structured note on a plan: what the query said (its words) and what the planner did with it. */
export interface PlanNote {
  code: PlanNoteCode;
  /** The words of the query the note is about, as written. */
  words: string;
  /** Subjects the note concerns (mapped, excluded or corrected to); [] when none. */
  subjects: string[];
  /** The note in English (the rationale uses the same sentence). */
  message: string;
}

/** An evaluation plan: the BenchHub filters plus sampling settings. */
export interface EvaluationPlan {
  language: Language;
  /** Canonical coarse and/or fine categories; [] means no subject filter (all subjects). */
  subjects: string[];
  /** null = all task types. */
  taskType: TaskType | null;
  /** null = both General and Local. */
  targetType: TargetType | null;
  problemType: ProblemType;
  /** Integer in [MIN_SAMPLE_SIZE, MAX_SAMPLE_SIZE]. */
  sampleSize: number;
  seed: number;
  externalToolUsage: boolean;
  /** Human-readable explanation naming the cues that produced each field (English). */
  rationale: string;
  /**
   * The rationale as structured parts (renderRationale says them in English or Korean); absent on plans given
   * without them (an API client's own plan, plans stored before parts existed): `rationale` is then the only text.
   */
  rationaleParts?: RationalePart[];
  /** Structured notes (qualifiers not applied, exclusions, corrections); also named in the rationale. */
  notes: PlanNote[];
  /** 0..1. */
  confidence: number;
  source: PlanSource;
  /** Set when the LLM planner failed and the rules planner was used instead. */
  fallbackReason?: string | null;
}

export interface PlanOptions {
  /** Overrides any seed named in the query; defaults to DEFAULT_SEED. */
  seed?: number;
  /** Sample size when the query names none; defaults to DEFAULT_SAMPLE_SIZE. */
  defaultSampleSize?: number;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_SAMPLE_SIZE = 100;
export const MIN_SAMPLE_SIZE = 1;
export const MAX_SAMPLE_SIZE = 10_000;
export const DEFAULT_PROBLEM_TYPE: ProblemType = 'MCQA';
export const MAX_QUERY_LENGTH = 1_000;
