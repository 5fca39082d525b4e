import type { BenchmarkItem, Language, ProblemType, TargetType, TaskType } from '@benchhub/core/benchmark';
import type { BenchmarkItem as BenchmarkItemRow } from '../generated/client/client';
import type { Prisma, PrismaClient } from './client';
import { coarseOfSubject, statementsFor, subjectRows } from './statements';

export { coarseOfSubject };

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

const jsonColumn = (value: unknown): unknown => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

/**
 * The items with these ids, in the order given (missing ids are skipped). One statement with the
 * ids as a single parameter: a run's 2,000 items load in a few milliseconds instead of the query
 * builder's tens, before the first model call can leave.
 */
export async function loadBenchmarkItems(db: PrismaClient, ids: readonly string[]): Promise<BenchmarkItem[]> {
  if (ids.length === 0) return [];
  const rows = await statementsFor(db).loadItemRows(db, ids);
  const byId = new Map(
    rows.map((row) => [
      row.id,
      toBenchmarkItem({ ...row, options: jsonColumn(row.options), subjectType: jsonColumn(row.subjectType) } as BenchmarkItemRow),
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Subjects and task type of each item (what leaderboard cells group by), in one statement. */
export async function loadItemCategories(db: PrismaClient, ids: readonly string[]): Promise<Map<string, { subjects: string[]; taskType: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await statementsFor(db).loadItemCategoryRows(db, ids);
  return new Map(rows.map((row) => [row.id, { subjects: stringArray(jsonColumn(row.subjectType)) ?? [], taskType: row.taskType }]));
}

/** The stored row for an item (JSON columns as Prisma writes them). */
export function toItemRow(item: BenchmarkItem, datasetId: string): Prisma.BenchmarkItemCreateManyInput {
  return {
    id: item.id,
    datasetId,
    problemType: item.problemType,
    context: item.context,
    prompt: item.prompt,
    options: item.options ?? undefined,
    answer: item.answer,
    reference: item.reference,
    taskType: item.taskType,
    targetType: item.targetType,
    subjectType: item.subjectType,
    benchmarkName: item.benchmarkName,
    language: item.language,
    mcqaMeta: item.mcqaMeta,
    originalCategory: item.originalCategory,
    additionalInfo: item.additionalInfo,
    split: item.split,
  };
}

/** Rows per query-builder statement (bind-parameter limits). */
const STATEMENT_ROWS = 500;

/**
 * The query-builder form of insertBenchmarkItems, inside a transaction the caller holds (installing
 * a dataset writes its row in the same transaction).
 */
export async function insertBenchmarkItemsIn(tx: Prisma.TransactionClient, datasetId: string, items: readonly BenchmarkItem[]): Promise<{ inserted: number; present: number }> {
  const present = new Set<string>();
  for (let i = 0; i < items.length; i += STATEMENT_ROWS) {
    const ids = items.slice(i, i + STATEMENT_ROWS).map((item) => item.id);
    for (const row of await tx.benchmarkItem.findMany({ where: { id: { in: ids } }, select: { id: true } })) present.add(row.id);
  }
  const fresh = items.filter((item) => !present.has(item.id));
  for (let i = 0; i < fresh.length; i += STATEMENT_ROWS) {
    const chunk = fresh.slice(i, i + STATEMENT_ROWS);
    await tx.benchmarkItem.createMany({ data: chunk.map((item) => toItemRow(item, datasetId)) });
    const subjects = chunk.flatMap(subjectRows);
    if (subjects.length > 0) await tx.itemSubject.createMany({ data: subjects });
  }
  return { inserted: fresh.length, present: present.size };
}

/**
 * After items were written in bulk (an import, a dataset install): the database's planner statistics of the item
 * tables are refreshed, so the next evaluation's candidate query is planned for the data it now holds.
 */
export function refreshItemStatistics(db: PrismaClient): Promise<void> {
  return statementsFor(db).analyzeItems(db);
}

/**
 * Stores the items whose ids are not stored yet, with their subject index rows, atomically; items
 * already present (same stable id) are left as they are. The import's hot path: one transaction of
 * prepared statements on SQLite, one statement on PostgreSQL; the query builder when the client has
 * no fast path.
 */
export async function insertBenchmarkItems(db: PrismaClient, datasetId: string, items: readonly BenchmarkItem[]): Promise<{ inserted: number; present: number }> {
  if (items.length === 0) return { inserted: 0, present: 0 };
  const inserted = await statementsFor(db).insertItems(db, datasetId, items);
  if (inserted !== null) return { inserted, present: items.length - inserted };
  return db.$transaction((tx) => insertBenchmarkItemsIn(tx, datasetId, items), { timeout: 120_000 });
}
