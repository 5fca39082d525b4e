/**
 * SQLite: prepared statements on Prisma's own better-sqlite3 connection (same connection, same
 * transaction state, so ordering with the client's own writes is kept). The driver adapter
 * prepares every statement anew and maps rows one by one, 5–10× slower for the batches here.
 * Before that connection is open (or for a client made elsewhere) the same SQL goes through Prisma.
 */
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import type BetterSqlite3 from 'better-sqlite3';
import { Prisma, sqliteConnectionOf, type PrismaClient } from '../client';
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

const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * A statement prepared once per connection and SQL text: preparing is most of the cost of a small
 * statement. Integers read as numbers.
 */
export function preparedStatement(connection: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let statements = prepared.get(connection);
  if (!statements) prepared.set(connection, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (statement.reader) statement.safeIntegers(false);
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * Rows of a read-only statement with `?` parameters: a cached prepared statement on the client's
 * connection when it is open (rows straight from SQLite), otherwise the same statement through
 * Prisma. JSON columns come back as text or parsed, depending on the path, so callers accept both.
 */
async function readRows<T>(db: Db, sql: string, ...args: unknown[]): Promise<T[]> {
  const connection = sqliteConnectionOf(db as PrismaClient);
  if (!connection) return db.$queryRawUnsafe<T[]>(sql, ...args);
  return preparedStatement(connection, sql).all(...args) as T[];
}

/** Prisma's own text format for DateTime on SQLite, so raw inserts sort and read like the rest. */
const sqliteTimestamp = (date: Date) => date.toISOString().replace('Z', '+00:00');
const bool = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
const asBool = (value: unknown): boolean | null => (value === null || value === undefined ? null : Boolean(value));

const SAMPLE_COLUMNS = [
  'id', 'runId', 'taskId', 'itemId', 'renderedPrompt', 'rawOutput', 'extracted', 'status', 'correct', 'latencyMs',
  'tokensIn', 'tokensOut', 'error', 'fromCache', 'promptVersion', 'datasetVersion', 'judgeModel', 'judgePromptVersion',
  'judgeOutput', 'createdAt',
] as const;
export const SAMPLE_COLUMN_LIST = SAMPLE_COLUMNS.map((c) => `"${c}"`).join(', ');

const sampleValues = (r: SampleRow, createdAt: string) =>
  [
    crypto.randomUUID(), r.runId, r.taskId, r.itemId, r.renderedPrompt, r.rawOutput, r.extracted, r.status, bool(r.correct), r.latencyMs,
    r.tokensIn, r.tokensOut, r.error, bool(r.fromCache), r.promptVersion, r.datasetVersion, r.judgeModel ?? null,
    r.judgePromptVersion ?? null, r.judgeOutput ?? null, createdAt,
  ] as const;

const INSERT_SAMPLE_SQL = `INSERT INTO "ExperimentSample" (${SAMPLE_COLUMN_LIST}) VALUES (${SAMPLE_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT ("runId", "itemId") DO NOTHING`;
const INSERT_CACHE_SQL = `INSERT INTO "ResponseCache" ("key", "output", "tokensIn", "tokensOut", "createdAt") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("key") DO NOTHING`;
const fenceSql = (fence: WriteFence) => `SELECT 1 AS "held" FROM "${fence.table}" WHERE "id" = ? AND ${fenceColumn(fence)} = ?`;
const fenceArg = (fence: WriteFence) => (typeof fence.value === 'boolean' ? bool(fence.value) : fence.value);

/** Rows per multi-row statement through Prisma: 20 parameters a row stay well under SQLite's 32,766. */
const CHUNK = 500;

async function insertSamples(db: PrismaClient, rows: readonly SampleRow[], { now = new Date(), fence }: SampleWriteOptions): Promise<number> {
  const createdAt = sqliteTimestamp(now);
  const connection = sqliteConnectionOf(db);
  if (connection) {
    const samples = preparedStatement(connection, INSERT_SAMPLE_SQL);
    const write = connection.transaction(() => {
      // Checked inside the write transaction (IMMEDIATE: the write lock is held from the check on).
      if (fence && !preparedStatement(connection, fenceSql(fence)).get(fence.id, fenceArg(fence))) throw new FenceLostError(fence);
      return rows.reduce((inserted, r) => inserted + samples.run(...sampleValues(r, createdAt)).changes, 0);
    });
    return fence ? write.immediate() : write();
  }
  const insertAll = async (client: Db) => {
    if (fence && (await client.$queryRawUnsafe<unknown[]>(fenceSql(fence), fence.id, fenceArg(fence))).length === 0) throw new FenceLostError(fence);
    let inserted = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const values = rows.slice(i, i + CHUNK).map((r) => Prisma.sql`(${Prisma.join(sampleValues(r, createdAt))})`);
      inserted += await client.$executeRaw`INSERT INTO "ExperimentSample" (${Prisma.raw(SAMPLE_COLUMN_LIST)}) VALUES ${Prisma.join(values)} ON CONFLICT ("runId", "itemId") DO NOTHING`;
    }
    return inserted;
  };
  return fence ? db.$transaction(insertAll) : insertAll(db);
}

/** The run's counters from its stored samples, and progressAt, while the fence holds; returns the counters. */
const syncCountersSql = (fence: WriteFence) =>
  `UPDATE "ModelRun" SET ${COUNTER_COLUMN_TUPLE} = (SELECT ${COUNTER_SELECT} FROM "ExperimentSample" s WHERE s."runId" = ?), "progressAt" = ?
   WHERE "id" = ? AND ${fenceColumn(fence)} = ? RETURNING ${RUN_COUNTER_COLUMNS.map((c) => `"${c}"`).join(', ')}`;

async function insertRunSamples(db: PrismaClient, runId: string, rows: readonly SampleRow[], { now = new Date(), fence }: RunSampleWriteOptions): Promise<RunSampleWrite> {
  checkRunWrite(runId, rows, fence);
  const createdAt = sqliteTimestamp(now);
  const syncArgs = [runId, createdAt, fence.id, fenceArg(fence)] as const;
  const connection = sqliteConnectionOf(db);
  if (connection) {
    const samples = preparedStatement(connection, INSERT_SAMPLE_SQL);
    // IMMEDIATE: the write lock is held from the fence check to the counters.
    return connection
      .transaction((): RunSampleWrite => {
        if (!preparedStatement(connection, fenceSql(fence)).get(fence.id, fenceArg(fence))) throw new FenceLostError(fence);
        const inserted = rows.reduce((sum, r) => sum + samples.run(...sampleValues(r, createdAt)).changes, 0);
        const counters = preparedStatement(connection, syncCountersSql(fence)).get(...syncArgs) as Record<string, unknown> | undefined;
        if (!counters) throw new FenceLostError(fence);
        return { inserted, counters: countersOf(counters) };
      })
      .immediate();
  }
  return db.$transaction(async (tx) => {
    if ((await tx.$queryRawUnsafe<unknown[]>(fenceSql(fence), fence.id, fenceArg(fence))).length === 0) throw new FenceLostError(fence);
    let inserted = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const values = rows.slice(i, i + CHUNK).map((r) => Prisma.sql`(${Prisma.join(sampleValues(r, createdAt))})`);
      inserted += await tx.$executeRaw`INSERT INTO "ExperimentSample" (${Prisma.raw(SAMPLE_COLUMN_LIST)}) VALUES ${Prisma.join(values)} ON CONFLICT ("runId", "itemId") DO NOTHING`;
    }
    const [counters] = await tx.$queryRawUnsafe<Array<Record<string, unknown>>>(syncCountersSql(fence), ...syncArgs);
    if (!counters) throw new FenceLostError(fence);
    return { inserted, counters: countersOf(counters) };
  });
}

async function insertCachedResponses(db: PrismaClient, rows: readonly CachedResponseRow[], now: Date): Promise<void> {
  const createdAt = sqliteTimestamp(now);
  const connection = sqliteConnectionOf(db);
  if (connection) {
    const cache = preparedStatement(connection, INSERT_CACHE_SQL);
    connection.transaction(() => {
      for (const r of rows) cache.run(r.key, r.output, r.tokensIn, r.tokensOut, createdAt);
    })();
    return;
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => Prisma.sql`(${r.key}, ${r.output}, ${r.tokensIn}, ${r.tokensOut}, ${createdAt})`);
    await db.$executeRaw`INSERT INTO "ResponseCache" ("key", "output", "tokensIn", "tokensOut", "createdAt") VALUES ${Prisma.join(values)} ON CONFLICT ("key") DO NOTHING`;
  }
}

async function loadSampleOutcomes(db: PrismaClient, column: 'runId' | 'taskId', id: string): Promise<SampleOutcome[]> {
  const rows = await readRows<Record<keyof SampleOutcome, unknown>>(
    db,
    `SELECT "runId", "itemId", "status", "correct", "latencyMs", "tokensIn", "tokensOut", "error", "fromCache" FROM "ExperimentSample" WHERE "${column}" = ?`,
    id,
  );
  return rows.map((row) => ({
    runId: String(row.runId),
    itemId: String(row.itemId),
    status: String(row.status),
    correct: asBool(row.correct),
    latencyMs: row.latencyMs === null ? null : Number(row.latencyMs),
    tokensIn: row.tokensIn === null ? null : Number(row.tokensIn),
    tokensOut: row.tokensOut === null ? null : Number(row.tokensOut),
    error: row.error === null ? null : String(row.error),
    fromCache: asBool(row.fromCache) ?? false,
  }));
}

/** A run's 2,000 items in one statement with the ids as a single JSON parameter. */
const loadItemRows = (db: PrismaClient, ids: readonly string[]) =>
  readRows<RawItemRow>(db, 'SELECT * FROM "BenchmarkItem" WHERE "id" IN (SELECT value FROM json_each(?))', JSON.stringify(ids));

const loadItemCategoryRows = (db: PrismaClient, ids: readonly string[]) =>
  readRows<{ id: string; subjectType: unknown; taskType: string }>(
    db,
    'SELECT "id", "subjectType", "taskType" FROM "BenchmarkItem" WHERE "id" IN (SELECT value FROM json_each(?))',
    JSON.stringify(ids),
  );

const INSERT_ITEM_SQL = `INSERT INTO "BenchmarkItem" ("id", "datasetId", "problemType", "context", "prompt", "options", "answer", "reference", "taskType", "targetType", "subjectType", "benchmarkName", "language", "mcqaMeta", "originalCategory", "additionalInfo", "split")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO NOTHING`;
const INSERT_SUBJECT_SQL = `INSERT INTO "ItemSubject" ("itemId", "subject", "coarse") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`;

/**
 * Item import: one transaction of prepared statements per batch. Null when the connection is not
 * open: the caller then uses the query builder.
 */
async function insertItems(db: PrismaClient, datasetId: string, items: readonly BenchmarkItem[]): Promise<number | null> {
  const connection = sqliteConnectionOf(db);
  if (!connection) return null;
  const insertItem = preparedStatement(connection, INSERT_ITEM_SQL);
  const insertSubject = preparedStatement(connection, INSERT_SUBJECT_SQL);
  return connection.transaction(() => {
    let count = 0;
    for (const item of items) {
      if (insertItem.run(...itemValues(item, datasetId)).changes === 0) continue;
      count++;
      for (const subject of subjectRows(item)) insertSubject.run(subject.itemId, subject.subject, subject.coarse);
    }
    return count;
  })();
}

const itemValues = (item: BenchmarkItem, datasetId: string) => [
  item.id, datasetId, item.problemType, item.context ?? null, item.prompt, item.options == null ? null : JSON.stringify(item.options),
  item.answer, item.reference ?? null, item.taskType, item.targetType, JSON.stringify(item.subjectType), item.benchmarkName, item.language,
  item.mcqaMeta ?? null, item.originalCategory ?? null, item.additionalInfo ?? null, item.split ?? 'test',
];

/**
 * Every item matching the filter, in one statement (the query builder's relation loading took most
 * of createEvaluation's time). Runs on the caller's transaction client through Prisma.
 */
async function findCandidateItems(db: Db, filter: CandidateFilter): Promise<CandidateItem[]> {
  const { fine, coarse } = splitSubjects(filter.subjects);
  // Items of a superseded dataset version (an earlier bundled sample) stay for old tasks but are not sampled.
  const conditions = ['d."supersededAt" IS NULL', 'i."language" = ?', 'i."problemType" = ?'];
  const args: unknown[] = [filter.language, filter.problemType];
  if (filter.taskType) {
    conditions.push('i."taskType" = ?');
    args.push(filter.taskType);
  }
  if (filter.targetType) {
    conditions.push('i."targetType" = ?');
    args.push(filter.targetType);
  }
  if (filter.subjects.length > 0) {
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

/** SQLite plans these queries from its indexes alone (no ANALYZE statistics are kept). */
const analyzeItems = async () => {};

export const sqliteStatements: DialectStatements = {
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
