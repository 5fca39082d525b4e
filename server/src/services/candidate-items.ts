import type { EvaluationPlan } from '@benchhub/core/planner';
import type { Prisma } from '@benchhub/db';

/** An item a plan may sample: its subjects and task type (for cache cells) and dataset version. */
export interface CandidateItem {
  id: string;
  taskType: string;
  subjects: string[];
  datasetVersion: string;
}

/**
 * Every item matching the plan's language, problem type, task type, target and subjects (fine
 * "Coarse/Fine" names or whole coarse categories). One raw statement: for a 2,000-item plan the
 * query builder's relation loading (items, then subjects, then datasets) took most of
 * createEvaluation's time. Order is unspecified; sampling sorts by id.
 */
export async function findCandidateItems(db: Prisma.TransactionClient, plan: EvaluationPlan): Promise<CandidateItem[]> {
  const fine = plan.subjects.filter((s) => s.includes('/'));
  const coarse = plan.subjects.filter((s) => !s.includes('/'));
  const conditions = ['i."language" = ?', 'i."problemType" = ?'];
  const args: unknown[] = [plan.language, plan.problemType];
  if (plan.taskType) {
    conditions.push('i."taskType" = ?');
    args.push(plan.taskType);
  }
  if (plan.targetType) {
    conditions.push('i."targetType" = ?');
    args.push(plan.targetType);
  }
  if (plan.subjects.length > 0) {
    conditions.push(
      'EXISTS (SELECT 1 FROM "ItemSubject" f WHERE f."itemId" = i."id" AND (f."subject" IN (SELECT value FROM json_each(?)) OR f."coarse" IN (SELECT value FROM json_each(?))))',
    );
    args.push(JSON.stringify(fine), JSON.stringify(coarse));
  }
  const rows = await db.$queryRawUnsafe<Array<{ id: string; taskType: string; datasetVersion: string; subjects: unknown }>>(
    `SELECT i."id", i."taskType", d."version" AS "datasetVersion",
       (SELECT json_group_array(s."subject") FROM "ItemSubject" s WHERE s."itemId" = i."id") AS "subjects"
     FROM "BenchmarkItem" i JOIN "Dataset" d ON d."id" = i."datasetId"
     WHERE ${conditions.join(' AND ')}`,
    ...args,
  );
  return rows.map((row) => ({
    id: row.id,
    taskType: row.taskType,
    datasetVersion: row.datasetVersion,
    // json_group_array: JSON text (parsed here unless the driver already did).
    subjects: (typeof row.subjects === 'string' ? (JSON.parse(row.subjects) as string[]) : ((row.subjects as string[] | null) ?? [])).map(String),
  }));
}
