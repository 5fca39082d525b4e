/**
 * The schema's enums as TypeScript types (from gql.tada, i.e. from ../schema.graphql) and their values for pickers.
 * The value lists are written out because types do not exist at run time, but `enumValues` makes them exhaustive:
 * a value the schema lacks, or a schema value missing from a list, fails `npm run typecheck`.
 */
import type { graphql } from './graphql';

export type Language = ReturnType<typeof graphql.scalar<'Language'>>;
export type TaskType = ReturnType<typeof graphql.scalar<'TaskType'>>;
export type TargetType = ReturnType<typeof graphql.scalar<'TargetType'>>;
export type ProblemType = ReturnType<typeof graphql.scalar<'ProblemType'>>;
export type RollupWeighting = ReturnType<typeof graphql.scalar<'RollupWeighting'>>;
export type LeaderboardOrder = ReturnType<typeof graphql.scalar<'LeaderboardOrder'>>;

/** The keys of a record that must name every value of the enum `T` exactly once, in display order. */
export function enumValues<T extends string>(values: Record<T, true>): readonly T[] {
  return Object.keys(values) as T[];
}

export const LANGUAGES = enumValues<Language>({ KOREAN: true, ENGLISH: true });
export const TASK_TYPES = enumValues<TaskType>({ KNOWLEDGE: true, REASONING: true, VALUE_ALIGNMENT: true });
export const TARGET_TYPES = enumValues<TargetType>({ GENERAL: true, LOCAL: true });
export const PROBLEM_TYPES = enumValues<ProblemType>({ MCQA: true, BINARY: true, SHORT_FORM: true, OPEN_ENDED: true });
export const LEADERBOARD_ORDERS = enumValues<LeaderboardOrder>({
  SCORE_DESC: true,
  SCORE_ASC: true,
  MODEL_ASC: true,
  SUBJECT_ASC: true,
  UPDATED_DESC: true,
});

/** Type guard for a value of one of the lists above. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
