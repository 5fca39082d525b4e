/** The BenchHub benchmark item format and its closed vocabularies. */

export const LANGUAGES = ['Korean', 'English'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PROBLEM_TYPES = ['MCQA', 'Binary', 'short-form', 'open-ended'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

export const TASK_TYPES = ['Knowledge', 'Reasoning', 'Value/Alignment'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TARGET_TYPES = ['General', 'Local'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** One benchmark question in the BenchHub schema (camelCased). */
export interface BenchmarkItem {
  /** Stable id: the same question always gets the same id (content hash for imports). */
  id: string;
  problemType: ProblemType;
  context: string | null;
  prompt: string;
  /** Answer options for MCQA (and optionally Binary); null otherwise. */
  options: string[] | null;
  /** Gold answer: option text, letter or number for MCQA; canonical text otherwise. */
  answer: string;
  /** Reference answer / rubric notes (used by LLM-as-judge for open-ended items). */
  reference: string | null;
  taskType: TaskType;
  targetType: TargetType;
  /** "Coarse/Fine" BenchHub categories, e.g. ["Science/Math"]. */
  subjectType: string[];
  benchmarkName: string;
  language: Language;
  mcqaMeta: string | null;
  originalCategory: string | null;
  additionalInfo: string | null;
  split: string;
}
