import type { BenchmarkItem, Language, ProblemType, TargetType, TaskType } from '@benchhub/core/benchmark';
import type { BenchmarkItem as BenchmarkItemRow } from '../generated/client/client';
import { preparedStatement, readRows, sqliteConnectionOf, type Prisma, type PrismaClient } from './client';

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

const subjectRows = (item: BenchmarkItem) => [...new Set(item.subjectType)].map((subject) => ({ itemId: item.id, subject, coarse: coarseOfSubject(subject) }));

/** Rows per query-builder statement (bind-parameter limits). */
const STATEMENT_ROWS = 500;

const INSERT_ITEM_SQL = `INSERT INTO "BenchmarkItem" ("id", "datasetId", "problemType", "context", "prompt", "options", "answer", "reference", "taskType", "targetType", "subjectType", "benchmarkName", "language", "mcqaMeta", "originalCategory", "additionalInfo", "split")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO NOTHING`;
const INSERT_SUBJECT_SQL = `INSERT INTO "ItemSubject" ("itemId", "subject", "coarse") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`;

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
 * Stores the items whose ids are not stored yet, with their subject index rows, atomically; items
 * already present (same stable id) are left as they are. On Prisma's SQLite connection this is one
 * transaction of prepared statements (an import's hot path); otherwise the query builder does it.
 */
export async function insertBenchmarkItems(db: PrismaClient, datasetId: string, items: readonly BenchmarkItem[]): Promise<{ inserted: number; present: number }> {
  const connection = sqliteConnectionOf(db);
  if (connection) {
    const insertItem = preparedStatement(connection, INSERT_ITEM_SQL);
    const insertSubject = preparedStatement(connection, INSERT_SUBJECT_SQL);
    const inserted = connection.transaction(() => {
      let count = 0;
      for (const item of items) {
        const row = toItemRow(item, datasetId);
        const { changes } = insertItem.run(
          row.id, row.datasetId, row.problemType, row.context ?? null, row.prompt, row.options === undefined ? null : JSON.stringify(row.options),
          row.answer, row.reference ?? null, row.taskType, row.targetType, JSON.stringify(row.subjectType), row.benchmarkName, row.language,
          row.mcqaMeta ?? null, row.originalCategory ?? null, row.additionalInfo ?? null, row.split ?? 'test',
        );
        if (changes === 0) continue;
        count++;
        for (const subject of subjectRows(item)) insertSubject.run(subject.itemId, subject.subject, subject.coarse);
      }
      return count;
    })();
    return { inserted, present: items.length - inserted };
  }
  return db.$transaction((tx) => insertBenchmarkItemsIn(tx, datasetId, items), { timeout: 120_000 });
}
