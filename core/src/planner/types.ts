import type { Language, ProblemType, TargetType, TaskType } from '../benchmark';

/** Where a plan came from: the offline rules planner or the LLM planner. */
export type PlanSource = 'RULES' | 'LLM';

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
  /** Human-readable explanation naming the cues that produced each field. */
  rationale: string;
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
