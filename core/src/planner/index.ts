export {
  DEFAULT_PROBLEM_TYPE,
  DEFAULT_SAMPLE_SIZE,
  DEFAULT_SEED,
  MAX_QUERY_LENGTH,
  MAX_SAMPLE_SIZE,
  MIN_SAMPLE_SIZE,
  PLAN_NOTE_CODES,
  type EvaluationPlan,
  type PlanNote,
  type PlanNoteCode,
  type PlanOptions,
  type PlanSource,
} from './types';
export { KOREAN_SCRIPT_THRESHOLD, planFromQuery, qualifierNotes } from './rules';
export { excludeSubjects } from './subjects';
export { validateQuery, type QueryValidation } from './query';
export {
  buildPlannerMessages,
  extractJsonObject,
  fallbackPlan,
  parseLlmPlan,
  planFromLlmResponse,
  type LlmPlanResult,
  type PlannerMessages,
} from './llm';
export { validatePlan, type PlanIssue, type PlanIssueCode, type PlanValidation } from './validate';
export {
  RATIONALE_KEYS,
  RATIONALE_LOCALES,
  notePart,
  parseRationaleParts,
  renderRationale,
  type RationaleKey,
  type RationaleLocale,
  type RationalePart,
} from './rationale';
