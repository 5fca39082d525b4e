/**
 * PostgreSQL: each hot statement is one round trip whatever the batch size — rows travel as one
 * array per column (`unnest`), ids as one array (`= ANY($1)`), multi-row `INSERT … ON CONFLICT DO
 * NOTHING` — run as named (server-side prepared) statements on the client's own pool. Before
 * Prisma has connected, or on a transaction client, the same SQL goes through Prisma.
 */
import { createHash } from 'node:crypto';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { postgresPoolOf, type PrismaClient } from '../client';
import {
  FenceLostError,
  checkRunWrite,
  COUNTER_COLUMN_TUPLE,
  COUNTER_SELECT,
  countersOf,
  fenceColumn,
  RUN_COUNTER_COLUMNS,
  splitSubjects,
  subjectRows,
  type CachedResponseRow,
  type CandidateFilter,
  type CandidateItem,
  type Db,
  type DialectStatements,
  type RawItemRow,
  type RunSampleWrite,
  type RunSampleWriteOptions,
  type SampleOutcome,
  type SampleRow,
  type SampleWriteOptions,
  type WriteFence,
} from './types';

const statementNames = new Map<string, string>();
/** A stable name per SQL text: each pooled connection prepares it once, then only binds. */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) statementNames.set(sql, (name = `bh_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`));
  return name;
}

/** Rows of a statement with `$n` parameters, on the client's pool when it is connected, else through Prisma. */
async function query<T>(db: Db, sql: string, values: unknown[]): Promise<T[]> {
  const pool = postgresPoolOf(db as PrismaClient);
  if (!pool) return db.$queryRawUnsafe<T[]>(sql, ...values);
  const result = await pool.query({ name: statementName(sql), text: sql, values });
  return result.rows as T[];
}

/** TIMESTAMP(3) as Prisma stores DateTime on PostgreSQL: UTC wall time, no zone. */
const utcTimestamp = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');
/** The first element for each key, in order. */
function firstOf<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && Boolean(seen.add(key(value))));
}

const int = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

const SAMPLE_ARRAYS: Array<[column: string, type: string, value: (r: SampleRow) => unknown]> = [
  ['id', 'text', () => crypto.randomUUID()],
  ['runId', 'text', (r) => r.runId],
  ['taskId', 'text', (r) => r.taskId],
  ['itemId', 'text', (r) => r.itemId],
  ['renderedPrompt', 'text', (r) => r.renderedPrompt],
  ['rawOutput', 'text', (r) => r.rawOutput],
  ['extracted', 'text', (r) => r.extracted],
  ['status', 'text', (r) => r.status],
  ['correct', 'boolean', (r) => r.correct],
  ['latencyMs', 'integer', (r) => r.latencyMs],
  ['tokensIn', 'integer', (r) => r.tokensIn],
  ['tokensOut', 'integer', (r) => r.tokensOut],
  ['error', 'text', (r) => r.error],
  ['fromCache', 'boolean', (r) => r.fromCache],
  ['promptVersion', 'text', (r) => r.promptVersion],
  ['datasetVersion', 'text', (r) => r.datasetVersion],
  ['judgeModel', 'text', (r) => r.judgeModel ?? null],
  ['judgePromptVersion', 'text', (r) => r.judgePromptVersion ?? null],
  ['judgeOutput', 'text', (r) => r.judgeOutput ?? null],
];
const SAMPLE_COLUMN_LIST = [...SAMPLE_ARRAYS.map(([column]) => `"${column}"`), '"createdAt"'].join(', ');
const SAMPLE_UNNEST = `unnest(${SAMPLE_ARRAYS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS t(${SAMPLE_ARRAYS.map(([c]) => `"${c}"`).join(', ')})`;
const CREATED_AT = `$${SAMPLE_ARRAYS.length + 1}::timestamp(3)`;
const SAMPLE_SELECT = `SELECT ${SAMPLE_ARRAYS.map(([c]) => `t."${c}"`).join(', ')}, ${CREATED_AT} FROM ${SAMPLE_UNNEST}`;
const INSERT_SAMPLES_SQL = `WITH ins AS (INSERT INTO "ExperimentSample" (${SAMPLE_COLUMN_LIST}) ${SAMPLE_SELECT} ON CONFLICT ("runId", "itemId") DO NOTHING RETURNING 1)
SELECT 1 AS "held", count(*)::int AS "inserted" FROM ins`;

/**
 * The fenced form: the fence row is read FOR SHARE in the same statement, so a concurrent change of
 * the fence column waits for this write (or this write sees the change and writes nothing).
 */
const fencedInsertSamplesSql = (fence: WriteFence) => {
  const id = `$${SAMPLE_ARRAYS.length + 2}`;
  const value = `$${SAMPLE_ARRAYS.length + 3}`;
  return `WITH fence AS (SELECT 1 FROM "${fence.table}" WHERE "id" = ${id} AND ${fenceColumn(fence)} = ${value} FOR SHARE),
ins AS (INSERT INTO "ExperimentSample" (${SAMPLE_COLUMN_LIST}) ${SAMPLE_SELECT} WHERE EXISTS (SELECT 1 FROM fence) ON CONFLICT ("runId", "itemId") DO NOTHING RETURNING 1)
SELECT (SELECT count(*) FROM fence)::int AS "held", (SELECT count(*) FROM ins)::int AS "inserted"`;
};

async function insertSamples(db: PrismaClient, rows: readonly SampleRow[], { now = new Date(), fence }: SampleWriteOptions): Promise<number> {
  const values: unknown[] = SAMPLE_ARRAYS.map(([, , value]) => rows.map(value));
  values.push(utcTimestamp(now));
  if (fence) values.push(fence.id, fence.value);
  const [result] = await query<{ held: number; inserted: number }>(db, fence ? fencedInsertSamplesSql(fence) : INSERT_SAMPLES_SQL, values);
  if (fence && !result?.held) throw new FenceLostError(fence);
  return int(result?.inserted) ?? 0;
}

/**
 * A run's batch and its counters in one statement. The run row is locked (FOR NO KEY UPDATE: sample
 * inserts' foreign-key checks still pass) while its lease holds; the counters are the samples stored
 * before the statement (its snapshot: no other writer holds this run's lease) plus the rows it
 * inserted (data-modifying CTEs are not visible to the rest of the statement, hence the sum).
 */
const runSamplesSql = (fence: WriteFence) => {
  const id = `$${SAMPLE_ARRAYS.length + 2}`;
  const value = `$${SAMPLE_ARRAYS.length + 3}`;
  const sum = RUN_COUNTER_COLUMNS.map((c) => `b."${c}" + a."${c}"`).join(', ');
  return `WITH fence AS (SELECT 1 FROM "ModelRun" WHERE "id" = ${id} AND ${fenceColumn(fence)} = ${value} FOR NO KEY UPDATE),
ins AS (INSERT INTO "ExperimentSample" (${SAMPLE_COLUMN_LIST}) ${SAMPLE_SELECT} WHERE EXISTS (SELECT 1 FROM fence) ON CONFLICT ("runId", "itemId") DO NOTHING RETURNING "status", "fromCache"),
before AS (SELECT ${COUNTER_SELECT} FROM "ExperimentSample" s WHERE s."runId" = ${id}),
added AS (SELECT ${COUNTER_SELECT} FROM ins s),
upd AS (UPDATE "ModelRun" SET ${COUNTER_COLUMN_TUPLE} = (SELECT ${sum} FROM before b, added a), "progressAt" = ${CREATED_AT}
  WHERE "id" = ${id} AND EXISTS (SELECT 1 FROM fence) RETURNING ${RUN_COUNTER_COLUMNS.map((c) => `"${c}"`).join(', ')})
SELECT (SELECT count(*) FROM fence)::int AS "held", (SELECT count(*) FROM ins)::int AS "inserted", upd.* FROM (SELECT 1) AS one LEFT JOIN upd ON true`;
};

async function insertRunSamples(db: PrismaClient, runId: string, rows: readonly SampleRow[], { now = new Date(), fence }: RunSampleWriteOptions): Promise<RunSampleWrite> {
  checkRunWrite(runId, rows, fence);
  const values: unknown[] = SAMPLE_ARRAYS.map(([, , value]) => rows.map(value));
  values.push(utcTimestamp(now), runId, fence.value);
  const [result] = await query<Record<string, unknown> & { held: number; inserted: number }>(db, runSamplesSql(fence), values);
  if (!result?.held || result.done === null || result.done === undefined) throw new FenceLostError(fence);
  return { inserted: int(result.inserted) ?? 0, counters: countersOf(result) };
}

const INSERT_CACHE_SQL = `INSERT INTO "ResponseCache" ("key", "output", "tokensIn", "tokensOut", "createdAt")
SELECT t."key", t."output", t."tokensIn", t."tokensOut", $5::timestamp(3) FROM unnest($1::text[], $2::text[], $3::integer[], $4::integer[]) AS t("key", "output", "tokensIn", "tokensOut")
ON CONFLICT ("key") DO NOTHING`;

async function insertCachedResponses(db: PrismaClient, rows: readonly CachedResponseRow[], now: Date): Promise<void> {
  // A key twice in one statement would be two proposals for one row: keep the first, as SQLite does.
  const first = firstOf(rows, (r) => r.key);
  await query(db, INSERT_CACHE_SQL, [first.map((r) => r.key), first.map((r) => r.output), first.map((r) => r.tokensIn), first.map((r) => r.tokensOut), utcTimestamp(now)]);
}

async function loadSampleOutcomes(db: PrismaClient, column: 'runId' | 'taskId', id: string): Promise<SampleOutcome[]> {
  const rows = await query<Record<keyof SampleOutcome, unknown>>(
    db,
    `SELECT "runId", "itemId", "status", "correct", "latencyMs", "tokensIn", "tokensOut", "error", "fromCache" FROM "ExperimentSample" WHERE "${column}" = $1`,
    [id],
  );
  return rows.map((row) => ({
    runId: String(row.runId),
    itemId: String(row.itemId),
    status: String(row.status),
    correct: row.correct === null || row.correct === undefined ? null : Boolean(row.correct),
    latencyMs: int(row.latencyMs),
    tokensIn: int(row.tokensIn),
    tokensOut: int(row.tokensOut),
    error: row.error === null ? null : String(row.error),
    fromCache: Boolean(row.fromCache),
  }));
}

const loadItemRows = (db: PrismaClient, ids: readonly string[]) => query<RawItemRow>(db, 'SELECT * FROM "BenchmarkItem" WHERE "id" = ANY($1::text[])', [ids]);

const loadItemCategoryRows = (db: PrismaClient, ids: readonly string[]) =>
  query<{ id: string; subjectType: unknown; taskType: string }>(db, 'SELECT "id", "subjectType", "taskType" FROM "BenchmarkItem" WHERE "id" = ANY($1::text[])', [ids]);

const ITEM_ARRAYS: Array<[column: string, type: string, value: (item: BenchmarkItem) => unknown]> = [
  ['id', 'text', (i) => i.id],
  ['problemType', 'text', (i) => i.problemType],
  ['context', 'text', (i) => i.context ?? null],
  ['prompt', 'text', (i) => i.prompt],
  ['options', 'jsonb', (i) => (i.options == null ? null : JSON.stringify(i.options))],
  ['answer', 'text', (i) => i.answer],
  ['reference', 'text', (i) => i.reference ?? null],
  ['taskType', 'text', (i) => i.taskType],
  ['targetType', 'text', (i) => i.targetType],
  ['subjectType', 'jsonb', (i) => JSON.stringify(i.subjectType)],
  ['benchmarkName', 'text', (i) => i.benchmarkName],
  ['language', 'text', (i) => i.language],
  ['mcqaMeta', 'text', (i) => i.mcqaMeta ?? null],
  ['originalCategory', 'text', (i) => i.originalCategory ?? null],
  ['additionalInfo', 'text', (i) => i.additionalInfo ?? null],
  ['split', 'text', (i) => i.split ?? 'test'],
];
const ITEM_COLUMNS = ITEM_ARRAYS.map(([c]) => `"${c}"`).join(', ');
const DATASET_PARAM = `$${ITEM_ARRAYS.length + 1}`;
const SUBJECT_PARAMS = [ITEM_ARRAYS.length + 2, ITEM_ARRAYS.length + 3, ITEM_ARRAYS.length + 4].map((n) => `$${n}::text[]`);
/** Items and, for the items that were new, their subject rows: one statement, atomic. */
const INSERT_ITEMS_SQL = `WITH ins AS (
  INSERT INTO "BenchmarkItem" (${ITEM_COLUMNS}, "datasetId")
  SELECT ${ITEM_ARRAYS.map(([c]) => `t."${c}"`).join(', ')}, ${DATASET_PARAM}
  FROM unnest(${ITEM_ARRAYS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS t(${ITEM_COLUMNS})
  ON CONFLICT ("id") DO NOTHING RETURNING "id"
), subjects AS (
  INSERT INTO "ItemSubject" ("itemId", "subject", "coarse")
  SELECT s."itemId", s."subject", s."coarse" FROM unnest(${SUBJECT_PARAMS.join(', ')}) AS s("itemId", "subject", "coarse")
  WHERE s."itemId" IN (SELECT "id" FROM ins)
  ON CONFLICT DO NOTHING
)
SELECT count(*)::int AS "inserted" FROM ins`;

async function insertItems(db: PrismaClient, datasetId: string, items: readonly BenchmarkItem[]): Promise<number> {
  // The first of several items with one id wins, as with row-by-row inserts.
  const unique = firstOf(items, (item) => item.id);
  const subjects = unique.flatMap(subjectRows);
  const values: unknown[] = ITEM_ARRAYS.map(([, , value]) => unique.map(value));
  values.push(datasetId, subjects.map((s) => s.itemId), subjects.map((s) => s.subject), subjects.map((s) => s.coarse));
  const [result] = await query<{ inserted: number }>(db, INSERT_ITEMS_SQL, values);
  return int(result?.inserted) ?? 0;
}

/** Every item matching the filter in one statement; on the caller's transaction client through Prisma. */
async function findCandidateItems(db: Db, filter: CandidateFilter): Promise<CandidateItem[]> {
  const { fine, coarse } = splitSubjects(filter.subjects);
  const args: unknown[] = [filter.language, filter.problemType];
  // Items of a superseded dataset version (an earlier bundled sample) stay for old tasks but are not sampled.
  const conditions = ['d."supersededAt" IS NULL', 'i."language" = $1', 'i."problemType" = $2'];
  const add = (condition: (n: string) => string, value: unknown) => {
    args.push(value);
    conditions.push(condition(`$${args.length}`));
  };
  if (filter.taskType) add((n) => `i."taskType" = ${n}`, filter.taskType);
  if (filter.targetType) add((n) => `i."targetType" = ${n}`, filter.targetType);
  if (filter.subjects.length > 0) {
    args.push(fine, coarse);
    const [f, c] = [`$${args.length - 1}`, `$${args.length}`];
    conditions.push(`EXISTS (SELECT 1 FROM "ItemSubject" f WHERE f."itemId" = i."id" AND (f."subject" = ANY(${f}::text[]) OR f."coarse" = ANY(${c}::text[])))`);
  }
  const rows = await query<{ id: string; taskType: string; datasetVersion: string; subjects: unknown }>(
    db,
    `SELECT i."id", i."taskType", d."version" AS "datasetVersion",
       ARRAY(SELECT s."subject" FROM "ItemSubject" s WHERE s."itemId" = i."id") AS "subjects"
     FROM "BenchmarkItem" i JOIN "Dataset" d ON d."id" = i."datasetId"
     WHERE ${conditions.join(' AND ')}`,
    args,
  );
  return rows.map((row) => ({ id: row.id, taskType: row.taskType, datasetVersion: row.datasetVersion, subjects: ((row.subjects as string[] | null) ?? []).map(String) }));
}

/**
 * Fresh tables have no planner statistics until autovacuum's next analyze (a minute or more after the write):
 * without them the candidate query above ran as a nested loop, 10× slower (2,000 items: 390 ms instead of 30 ms).
 */
async function analyzeItems(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe('ANALYZE "Dataset", "BenchmarkItem", "ItemSubject"');
}

export const postgresStatements: DialectStatements = {
  insertSamples,
  insertRunSamples,
  insertCachedResponses,
  loadSampleOutcomes,
  loadItemRows,
  loadItemCategoryRows,
  insertItems,
  findCandidateItems,
  analyzeItems,
};
