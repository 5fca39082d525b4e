import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from './client';

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

/**
 * Writes samples in one multi-row INSERT that skips rows already stored for (run, item): idempotent
 * when a job runs twice, and several times cheaper per row than createMany's query builder on the
 * hot path of a run.
 */
export async function insertSamples(db: PrismaClient, rows: readonly SampleRow[], now = new Date()): Promise<number> {
  let inserted = 0;
  // 20 parameters a row: stay well under SQLite's 32,766 bound variables per statement.
  for (let i = 0; i < rows.length; i += CHUNK) inserted += await insertChunk(db, rows.slice(i, i + CHUNK), now);
  return inserted;
}

const CHUNK = 500;

async function insertChunk(db: PrismaClient, rows: readonly SampleRow[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const createdAt = sqliteTimestamp(now);
  const values = rows.map(
    (r) =>
      Prisma.sql`(${randomUUID()}, ${r.runId}, ${r.taskId}, ${r.itemId}, ${r.renderedPrompt}, ${r.rawOutput}, ${r.extracted}, ${r.status}, ${bool(r.correct)}, ${r.latencyMs}, ${r.tokensIn}, ${r.tokensOut}, ${r.error}, ${bool(r.fromCache)}, ${r.promptVersion}, ${r.datasetVersion}, ${r.judgeModel ?? null}, ${r.judgePromptVersion ?? null}, ${r.judgeOutput ?? null}, ${createdAt})`,
  );
  return db.$executeRaw`INSERT INTO "ExperimentSample" ("id", "runId", "taskId", "itemId", "renderedPrompt", "rawOutput", "extracted", "status", "correct", "latencyMs", "tokensIn", "tokensOut", "error", "fromCache", "promptVersion", "datasetVersion", "judgeModel", "judgePromptVersion", "judgeOutput", "createdAt")
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
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => Prisma.sql`(${r.key}, ${r.output}, ${r.tokensIn}, ${r.tokensOut}, ${createdAt})`);
    await db.$executeRaw`INSERT INTO "ResponseCache" ("key", "output", "tokensIn", "tokensOut", "createdAt") VALUES ${Prisma.join(values)} ON CONFLICT ("key") DO NOTHING`;
  }
}
