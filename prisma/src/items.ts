import type { BenchmarkItem, Language, ProblemType, TargetType, TaskType } from '@benchhub/core/benchmark';
import type { BenchmarkItem as BenchmarkItemRow } from '../generated/client/client';
import { readRows, type PrismaClient } from './client';

const stringArray = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.map((v) => String(v)) : null;

/** Maps a stored row to the core item type (JSON columns parsed). */
export function toBenchmarkItem(row: BenchmarkItemRow): BenchmarkItem {
  return {
    id: row.id,
    problemType: row.problemType as ProblemType,
    context: row.context,
    prompt: row.prompt,
    options: stringArray(row.options),
    answer: row.answer,
    reference: row.reference,
    taskType: row.taskType as TaskType,
    targetType: row.targetType as TargetType,
    subjectType: stringArray(row.subjectType) ?? [],
    benchmarkName: row.benchmarkName,
    language: row.language as Language,
    mcqaMeta: row.mcqaMeta,
    originalCategory: row.originalCategory,
    additionalInfo: row.additionalInfo,
    split: row.split,
  };
}

/** Coarse category of a "Coarse/Fine" subject (split on the first slash: "Social Intelligence/Value/Alignment"). */
export const coarseOfSubject = (subject: string) => subject.split('/')[0] ?? subject;

/** A BenchmarkItem row from a raw query: JSON columns may come back parsed or as text. */
interface RawItemRow extends Omit<BenchmarkItemRow, 'options' | 'subjectType'> {
  options: unknown;
  subjectType: unknown;
}

const jsonColumn = (value: unknown): unknown => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

/**
 * The items with these ids, in the order given (missing ids are skipped). One raw statement with
 * the ids as a single JSON parameter (see readRows): a run's 2,000 items load in a few
 * milliseconds instead of the query builder's tens, before the first model call can leave.
 */
export async function loadBenchmarkItems(db: PrismaClient, ids: readonly string[]): Promise<BenchmarkItem[]> {
  if (ids.length === 0) return [];
  const rows = await readRows<RawItemRow>(db, 'SELECT * FROM "BenchmarkItem" WHERE "id" IN (SELECT value FROM json_each(?))', JSON.stringify(ids));
  const byId = new Map(
    rows.map((row) => [
      row.id,
      toBenchmarkItem({ ...row, options: jsonColumn(row.options), subjectType: jsonColumn(row.subjectType) } as BenchmarkItemRow),
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Subjects and task type of each item (what leaderboard cells group by), in one raw statement. */
export async function loadItemCategories(db: PrismaClient, ids: readonly string[]): Promise<Map<string, { subjects: string[]; taskType: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await readRows<{ id: string; subjectType: unknown; taskType: string }>(
    db,
    'SELECT "id", "subjectType", "taskType" FROM "BenchmarkItem" WHERE "id" IN (SELECT value FROM json_each(?))',
    JSON.stringify(ids),
  );
  return new Map(rows.map((row) => [row.id, { subjects: stringArray(jsonColumn(row.subjectType)) ?? [], taskType: row.taskType }]));
}
