import { randomUUID } from 'node:crypto';
import { Prisma, preparedStatement, readRows, sqliteConnectionOf, type PrismaClient } from './client';

export interface SampleRow {
  runId: string;
  taskId: string;
  itemId: string;
  renderedPrompt: string;
  rawOutput: string | null;
  extracted: string | null;
  status: string;
  correct: boolean | null;
  latencyMs: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  error: string | null;
  fromCache: boolean;
  promptVersion: string;
  datasetVersion: string;
  judgeModel?: string | null;
  judgePromptVersion?: string | null;
  judgeOutput?: string | null;
}

/** Prisma's own text format for DateTime on SQLite, so raw inserts sort and read like the rest. */
const sqliteTimestamp = (date: Date) => date.toISOString().replace('Z', '+00:00');
const bool = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

const SAMPLE_COLUMNS = [
  'id', 'runId', 'taskId', 'itemId', 'renderedPrompt', 'rawOutput', 'extracted', 'status', 'correct', 'latencyMs',
  'tokensIn', 'tokensOut', 'error', 'fromCache', 'promptVersion', 'datasetVersion', 'judgeModel', 'judgePromptVersion',
  'judgeOutput', 'createdAt',
] as const;

/** Longest model (and judge) output kept per sample; the reply itself is capped at 1 MiB by the egress fetch. */
export const STORED_OUTPUT_MAX_CHARS = 100_000;
/** Longest error text kept (provider messages may be long, or hostile). */
export const STORED_ERROR_MAX_CHARS = 2_000;

/** Text cut to `max` characters with a visible marker saying how much was dropped. */
export function capStoredText(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n…[truncated: ${text.length - max} more characters not stored]`;
}

const sampleValues = (r: SampleRow, createdAt: string) =>
  [
    randomUUID(), r.runId, r.taskId, r.itemId, r.renderedPrompt, capStoredText(r.rawOutput, STORED_OUTPUT_MAX_CHARS), r.extracted, r.status,
    bool(r.correct), r.latencyMs, r.tokensIn, r.tokensOut, capStoredText(r.error, STORED_ERROR_MAX_CHARS), bool(r.fromCache), r.promptVersion,
    r.datasetVersion, r.judgeModel ?? null, r.judgePromptVersion ?? null, capStoredText(r.judgeOutput, STORED_OUTPUT_MAX_CHARS), createdAt,
  ] as const;

const SAMPLE_COLUMN_LIST = SAMPLE_COLUMNS.map((c) => `"${c}"`).join(', ');
const INSERT_SAMPLE_SQL = `INSERT INTO "ExperimentSample" (${SAMPLE_COLUMN_LIST}) VALUES (${SAMPLE_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT ("runId", "itemId") DO NOTHING`;
const INSERT_CACHE_SQL = `INSERT INTO "ResponseCache" ("key", "output", "tokensIn", "tokensOut", "createdAt") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("key") DO NOTHING`;

/**
 * Writes samples and skips rows already stored for (run, item): idempotent when a job runs twice.
 * On the hot path of a run: a prepared statement in one transaction on Prisma's own SQLite
 * connection (several times cheaper than a raw query through the driver adapter, which prepares
 * every statement anew); before that connection is open, one multi-row INSERT through Prisma.
 */
export async function insertSamples(db: PrismaClient, rows: readonly SampleRow[], now = new Date()): Promise<number> {
  if (rows.length === 0) return 0;
  const connection = sqliteConnectionOf(db);
  if (connection) {
    const createdAt = sqliteTimestamp(now);
    const samples = preparedStatement(connection, INSERT_SAMPLE_SQL);
    return connection.transaction(() => rows.reduce((inserted, r) => inserted + samples.run(...sampleValues(r, createdAt)).changes, 0))();
  }
  let inserted = 0;
  // 20 parameters a row: stay well under SQLite's 32,766 bound variables per statement.
  for (let i = 0; i < rows.length; i += CHUNK) inserted += await insertChunk(db, rows.slice(i, i + CHUNK), now);
  return inserted;
}

const CHUNK = 500;

async function insertChunk(db: PrismaClient, rows: readonly SampleRow[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const createdAt = sqliteTimestamp(now);
  const values = rows.map((r) => Prisma.sql`(${Prisma.join(sampleValues(r, createdAt))})`);
  return db.$executeRaw`INSERT INTO "ExperimentSample" (${Prisma.raw(SAMPLE_COLUMN_LIST)})
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("runId", "itemId") DO NOTHING`;
}

export interface CachedResponseRow {
  key: string;
  output: string;
  tokensIn: number | null;
  tokensOut: number | null;
}

/** Stores model responses; a key cached meanwhile by another run keeps its first answer. */
export async function insertCachedResponses(db: PrismaClient, rows: readonly CachedResponseRow[], now = new Date()): Promise<void> {
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

/** What statistics need of a stored sample: no prompts or outputs. */
export interface SampleOutcome {
  runId: string;
  itemId: string;
  status: string;
  correct: boolean | null;
  latencyMs: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  error: string | null;
  fromCache: boolean;
}

const asBool = (value: unknown): boolean | null => (value === null || value === undefined ? null : Boolean(value));

/**
 * The outcomes of every sample of a run or of a task, read raw (see readRows): a finished run's
 * statistics and the task's paired tests are computed from what is stored, and reading thousands
 * of rows through the query builder added tens of milliseconds to every run's end.
 */
export async function loadSampleOutcomes(db: PrismaClient, of: { runId: string } | { taskId: string }): Promise<SampleOutcome[]> {
  const [column, id] = 'runId' in of ? ['runId', of.runId] : ['taskId', of.taskId];
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
