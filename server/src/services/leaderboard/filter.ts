/** Leaderboard filters and orderings shared by GraphQL, the HTTP export and the CLI. */
import { isCoarse } from '@benchhub/core/taxonomy';
import { normalizeLanguage, normalizeSubject, normalizeTaskType } from '@benchhub/core/taxonomy';
import { containsText, type DatabaseKind, type Prisma } from '@benchhub/db';
import { ValidationError, type FieldIssue } from '../../errors';

export interface LeaderboardFilter {
  /** Korean | English (loose spellings accepted: "ko", "en"). */
  language?: string | null;
  /** A coarse ("Science") or fine ("Science/Math") subject; loose spellings are normalized. */
  subject?: string | null;
  /** Knowledge | Reasoning | Value/Alignment (loose spellings accepted). */
  taskType?: string | null;
  /** Substring of the model name (case-insensitive, literal). */
  modelSearch?: string | null;
  /** Quarantined cells are hidden unless this is true. */
  includeQuarantined?: boolean | null;
}

export const LEADERBOARD_ORDERS = ['SCORE_DESC', 'SCORE_ASC', 'MODEL_ASC', 'SUBJECT_ASC', 'UPDATED_DESC'] as const;
export type LeaderboardOrder = (typeof LEADERBOARD_ORDERS)[number];

/**
 * Canonical filter. Language and task type must be recognisable (ValidationError otherwise); a subject
 * that is not in the taxonomy is matched literally against the fine and coarse subject columns (so a
 * typo gives an empty view rather than an error, like a model search without match).
 */
export function normalizeLeaderboardFilter(filter: LeaderboardFilter = {}): LeaderboardFilter {
  const issues: FieldIssue[] = [];
  const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';
  let language: string | null = null;
  if (!blank(filter.language)) {
    language = normalizeLanguage(filter.language);
    if (language === null) issues.push({ path: 'language', message: `Unknown language "${filter.language}" (Korean or English)`, code: 'UNKNOWN_LANGUAGE', params: { value: filter.language! } });
  }
  let taskType: string | null = null;
  if (!blank(filter.taskType)) {
    taskType = normalizeTaskType(filter.taskType);
    if (taskType === null) {
      issues.push({ path: 'taskType', message: `Unknown task type "${filter.taskType}" (Knowledge, Reasoning or Value/Alignment)`, code: 'UNKNOWN_TASK_TYPE', params: { value: filter.taskType! } });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues.map((i) => i.message).join('; '), issues);
  const subject = blank(filter.subject) ? null : (normalizeSubject(filter.subject) ?? filter.subject!.trim());
  const modelSearch = blank(filter.modelSearch) ? null : filter.modelSearch!.trim();
  return { language, subject, taskType, modelSearch, includeQuarantined: filter.includeQuarantined ?? false };
}

/** Prisma where for a (normalized) filter; every branch is served by the (language, subject|coarseSubject, taskType) indexes. */
export function leaderboardWhere(filter: LeaderboardFilter, dialect: DatabaseKind): Prisma.LeaderboardEntryWhereInput {
  const f = normalizeLeaderboardFilter(filter);
  const where: Prisma.LeaderboardEntryWhereInput = {};
  if (f.language) where.language = f.language;
  if (f.subject) {
    if (isCoarse(f.subject)) where.coarseSubject = f.subject;
    else if (normalizeSubject(f.subject) !== null) where.subject = f.subject;
    else where.OR = [{ subject: f.subject }, { coarseSubject: f.subject }];
  }
  if (f.taskType) where.taskType = f.taskType;
  if (f.modelSearch) where.modelName = containsText(dialect, f.modelSearch);
  if (!f.includeQuarantined) where.quarantined = false;
  return where;
}

/** Deterministic orderings (id last) so cursor pagination is stable. */
export function leaderboardOrderBy(order: LeaderboardOrder = 'SCORE_DESC'): Prisma.LeaderboardEntryOrderByWithRelationInput[] {
  switch (order) {
    case 'SCORE_ASC':
      return [{ score: 'asc' }, { modelName: 'asc' }, { id: 'asc' }];
    case 'MODEL_ASC':
      return [{ modelName: 'asc' }, { language: 'asc' }, { subject: 'asc' }, { taskType: 'asc' }, { id: 'asc' }];
    case 'SUBJECT_ASC':
      return [{ subject: 'asc' }, { taskType: 'asc' }, { score: 'desc' }, { id: 'asc' }];
    case 'UPDATED_DESC':
      return [{ updatedAt: 'desc' }, { id: 'asc' }];
    case 'SCORE_DESC':
    default:
      return [{ score: 'desc' }, { modelName: 'asc' }, { id: 'asc' }];
  }
}

export function parseLeaderboardOrder(value: string | null | undefined): LeaderboardOrder {
  if (value === null || value === undefined || value === '') return 'SCORE_DESC';
  const upper = value.trim().toUpperCase().replace(/[-\s]/g, '_');
  if ((LEADERBOARD_ORDERS as readonly string[]).includes(upper)) return upper as LeaderboardOrder;
  throw new ValidationError(`Unknown order "${value}" (${LEADERBOARD_ORDERS.join(', ')})`, [{ path: 'orderBy', message: `Unknown order "${value}"`, code: 'UNKNOWN_ORDER', params: { value } }]);
}
