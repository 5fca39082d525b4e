/** Personalized ranking: which model is best for this plan, from the cached leaderboard cells. */
import { cellKey, rankModels, resolvePlanCells, type PersonalizedRankingResult } from '@benchhub/core/leaderboard';
import { normalizeLanguage } from '@benchhub/core/taxonomy';
import type { PrismaClient } from '@benchhub/db';
import { ValidationError, type FieldIssue } from '../../errors';

export interface RankingPlanInput {
  language: string;
  /** Coarse and/or fine subjects; [] = all subjects. */
  subjects: readonly string[];
  taskType?: string | null;
}

export const MAX_RANKED_MODELS = 200;

/**
 * Ranks the given models (or, when none are given, every model with a non-quarantined cell in the
 * plan) by their n-weighted score over the plan's cells; see core/leaderboard/ranking.ts for the
 * rules (expansion, coverage, interval-overlap ties). Quarantined cells never count.
 */
export async function personalizedRanking(
  db: PrismaClient,
  planInput: RankingPlanInput,
  models?: readonly string[] | null,
): Promise<PersonalizedRankingResult> {
  const issues: FieldIssue[] = [];
  const language = normalizeLanguage(planInput.language);
  if (language === null) issues.push({ path: 'plan.language', message: `Unknown language "${planInput.language}"`, code: 'UNKNOWN_LANGUAGE', params: { value: planInput.language } });
  const plan = { language: language ?? planInput.language, subjects: planInput.subjects, taskType: planInput.taskType ?? null };
  const resolved = resolvePlanCells(plan);
  for (const s of resolved.unknownSubjects) issues.push({ path: 'plan.subjects', message: `Unknown subject "${s}"`, code: 'UNKNOWN_SUBJECT', params: { value: s } });
  if (resolved.unknownTaskType !== null) issues.push({ path: 'plan.taskType', message: `Unknown task type "${resolved.unknownTaskType}"`, code: 'UNKNOWN_TASK_TYPE', params: { value: resolved.unknownTaskType } });
  const requested = models ? [...new Set(models.map((m) => m.trim()).filter(Boolean))] : null;
  if (requested && requested.length > MAX_RANKED_MODELS) {
    issues.push({ path: 'models', message: `At most ${MAX_RANKED_MODELS} models (got ${requested.length})`, code: 'TOO_MANY_MODELS', params: { max: MAX_RANKED_MODELS } });
  }
  if (issues.length > 0) throw new ValidationError(issues.map((i) => i.message).join('; '), issues);

  const planWhere = {
    language: resolved.language,
    quarantined: false,
    subject: { in: resolved.fineSubjects },
    taskType: { in: resolved.taskTypes },
  };
  const cells = await db.leaderboardEntry.findMany({
    where: { ...planWhere, ...(requested && requested.length > 0 ? { modelName: { in: requested } } : {}) },
    select: { modelName: true, subject: true, taskType: true, score: true, n: true, updatedAt: true },
  });
  let available: Set<string>;
  if (requested && requested.length > 0) {
    const pairs = await db.leaderboardEntry.groupBy({ by: ['subject', 'taskType'], where: planWhere });
    available = new Set(pairs.map((p) => cellKey(p.subject, p.taskType)));
  } else {
    available = new Set(cells.map((c) => cellKey(c.subject, c.taskType)));
  }
  const modelList = requested && requested.length > 0 ? requested : [...new Set(cells.map((c) => c.modelName))].sort();
  return rankModels({ plan, models: modelList, cells, available });
}
