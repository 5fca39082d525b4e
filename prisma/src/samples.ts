/** Samples, cached responses and sample outcomes: the run's hot path, through the statement layer. */
import type { PrismaClient } from './client';
import {
  recountRunCountersSql,
  statementsFor,
  type CachedResponseRow,
  type RunSampleWrite,
  type RunSampleWriteOptions,
  type SampleOutcome,
  type SampleRow,
  type SampleWriteOptions,
} from './statements';

export type { CachedResponseRow, RunCounters, RunSampleWrite, RunSampleWriteOptions, SampleOutcome, SampleRow, SampleWriteOptions, WriteFence } from './statements';
export { FenceLostError } from './statements';

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

const capped = (r: SampleRow): SampleRow => ({
  ...r,
  rawOutput: capStoredText(r.rawOutput, STORED_OUTPUT_MAX_CHARS),
  error: capStoredText(r.error, STORED_ERROR_MAX_CHARS),
  judgeOutput: capStoredText(r.judgeOutput, STORED_OUTPUT_MAX_CHARS),
});

/**
 * Writes samples and skips rows already stored for (run, item): idempotent when a job runs twice.
 * With `fence`, the write happens only while the fence holds (checked atomically with it), and
 * throws FenceLostError otherwise, having written nothing. Outputs and errors are stored capped
 * (see STORED_OUTPUT_MAX_CHARS). Returns how many rows were new.
 */
export async function insertSamples(db: PrismaClient, rows: readonly SampleRow[], options: SampleWriteOptions = {}): Promise<number> {
  if (rows.length === 0) return 0;
  return statementsFor(db).insertSamples(db, rows.map(capped), options);
}

/**
 * A run's batch of samples with the run's counters (and progressAt) set from what is stored, in one
 * transaction fenced by the run's lease: `done` never lags or exceeds the stored rows. With no rows it
 * only brings the counters in line with storage (a newly claimed run). Outputs are capped as above.
 */
export async function insertRunSamples(db: PrismaClient, runId: string, rows: readonly SampleRow[], options: RunSampleWriteOptions): Promise<RunSampleWrite> {
  return statementsFor(db).insertRunSamples(db, runId, rows.map(capped), options);
}

/**
 * The statement that sets runs' counters from their stored samples, to run in the same
 * `$transaction([...])` as a write that removes samples (so the counters never disagree with the rows).
 */
export function recountRunCounters(db: PrismaClient, runIds: readonly string[]) {
  return db.$executeRaw(recountRunCountersSql(runIds.length > 0 ? runIds : ['']));
}

/** Stores model responses; a key cached meanwhile by another run keeps its first answer. */
export async function insertCachedResponses(db: PrismaClient, rows: readonly CachedResponseRow[], now = new Date()): Promise<void> {
  if (rows.length === 0) return;
  await statementsFor(db).insertCachedResponses(db, rows, now);
}

/**
 * The outcomes of every sample of a run or of a task, read raw: a finished run's statistics and the
 * task's paired tests are computed from what is stored, and reading thousands of rows through the
 * query builder added tens of milliseconds to every run's end.
 */
export async function loadSampleOutcomes(db: PrismaClient, of: { runId: string } | { taskId: string }): Promise<SampleOutcome[]> {
  return 'runId' in of ? statementsFor(db).loadSampleOutcomes(db, 'runId', of.runId) : statementsFor(db).loadSampleOutcomes(db, 'taskId', of.taskId);
}
