/**
 * The hot statements of the platform, one implementation per database dialect (sqlite.ts,
 * postgres.ts). Everything else goes through Prisma's query builder. Each dialect must give the
 * same results as the query builder would (tests run both against it on both databases).
 */
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { Prisma, type PrismaClient } from '../client';

const { sql, raw, join } = Prisma;

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

export interface CachedResponseRow {
  key: string;
  output: string;
  tokensIn: number | null;
  tokensOut: number | null;
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

/** An item a plan may sample: its subjects and task type (for cache cells) and dataset version. */
export interface CandidateItem {
  id: string;
  taskType: string;
  subjects: string[];
  datasetVersion: string;
}

/** The parts of an evaluation plan that select candidate items. */
export interface CandidateFilter {
  language: string;
  problemType: string;
  taskType?: string | null;
  targetType?: string | null;
  /** Fine "Coarse/Fine" subjects or whole coarse categories; empty = any subject. */
  subjects: readonly string[];
}

/**
 * A condition a write depends on, checked in the same statement (or transaction) as the write:
 * the row `id` of `table` must still have `column` = `value` (a lease token, a generation). When it
 * does not, nothing is written and the write throws FenceLostError. Run-status writes on the query
 * builder express the same condition as `updateMany({ where: { id, [column]: value } })`.
 */
export interface WriteFence {
  table: 'ModelRun' | 'EvaluationTask';
  id: string;
  column: string;
  value: string | number | boolean;
}

export class FenceLostError extends Error {
  override name = 'FenceLostError';
  constructor(readonly fence: WriteFence) {
    super(`Write refused: ${fence.table} ${fence.id} no longer has ${fence.column} = ${JSON.stringify(fence.value)}`);
  }
}

/** Column names are interpolated into SQL: only plain identifiers are accepted. */
export function fenceColumn(fence: WriteFence): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(fence.column)) throw new Error(`Invalid fence column ${JSON.stringify(fence.column)}`);
  if (fence.table !== 'ModelRun' && fence.table !== 'EvaluationTask') throw new Error(`Invalid fence table ${JSON.stringify(fence.table)}`);
  return `"${fence.column}"`;
}

export interface SampleWriteOptions {
  /** createdAt of the rows (default now). */
  now?: Date;
  fence?: WriteFence;
}

/** The counter columns of ModelRun: what the run's stored samples count. */
export interface RunCounters {
  done: number;
  correct: number;
  errors: number;
  unparsed: number;
  ambiguous: number;
  unscored: number;
  fromCache: number;
}
export const RUN_COUNTER_COLUMNS = ['done', 'correct', 'errors', 'unparsed', 'ambiguous', 'unscored', 'fromCache'] as const satisfies ReadonlyArray<keyof RunCounters>;

/**
 * Each counter as an aggregate over samples aliased `s` (same SQL on SQLite and PostgreSQL;
 * fromCache is 0/1 on SQLite, boolean on PostgreSQL, and both read as a condition).
 */
const COUNTER_AGGREGATES: Record<keyof RunCounters, string> = {
  done: 'count(*)',
  correct: `coalesce(sum(CASE WHEN s."status" = 'correct' THEN 1 ELSE 0 END), 0)`,
  errors: `coalesce(sum(CASE WHEN s."status" = 'error' THEN 1 ELSE 0 END), 0)`,
  unparsed: `coalesce(sum(CASE WHEN s."status" = 'unparsed' THEN 1 ELSE 0 END), 0)`,
  ambiguous: `coalesce(sum(CASE WHEN s."status" = 'ambiguous' THEN 1 ELSE 0 END), 0)`,
  unscored: `coalesce(sum(CASE WHEN s."status" = 'unscored' THEN 1 ELSE 0 END), 0)`,
  fromCache: `coalesce(sum(CASE WHEN s."fromCache" THEN 1 ELSE 0 END), 0)`,
};
/** `count(*) AS "done", … AS "fromCache"` over rows aliased `s`. */
export const COUNTER_SELECT = RUN_COUNTER_COLUMNS.map((c) => `${COUNTER_AGGREGATES[c]} AS "${c}"`).join(', ');
/** `("done", …, "fromCache")`: the left side of a row-value SET. */
export const COUNTER_COLUMN_TUPLE = `(${RUN_COUNTER_COLUMNS.map((c) => `"${c}"`).join(', ')})`;
/** The counters of a RETURNING row or an aggregate row, as numbers (drivers may give bigint or text). */
export const countersOf = (row: Record<string, unknown> | undefined): RunCounters =>
  Object.fromEntries(RUN_COUNTER_COLUMNS.map((c) => [c, Number(row?.[c] ?? 0)])) as unknown as RunCounters;

/**
 * Sets the counters of the runs `ids` from their stored samples: one statement, the same SQL on both
 * dialects (Prisma binds the placeholders), so it can join a `$transaction([...])` with the write
 * that changed the samples (retryFailedSamples deleting errored ones).
 */
export function recountRunCountersSql(ids: readonly string[]): Prisma.Sql {
  return sql`UPDATE "ModelRun" SET ${raw(COUNTER_COLUMN_TUPLE)} = (SELECT ${raw(COUNTER_SELECT)} FROM "ExperimentSample" s WHERE s."runId" = "ModelRun"."id") WHERE "id" IN (${join(ids)})`;
}

export interface RunSampleWrite {
  /** Rows new to storage ((run, item) pairs stored already are skipped). */
  inserted: number;
  /** The run's counters after the write, counted from storage in the same transaction. */
  counters: RunCounters;
}

export interface RunSampleWriteOptions {
  now?: Date;
  fence: WriteFence;
}

/** The fence of a run batch must be on the run itself, and every row must be the run's. */
export function checkRunWrite(runId: string, rows: readonly SampleRow[], fence: WriteFence): void {
  if (fence.table !== 'ModelRun' || fence.id !== runId) throw new Error(`A run's samples are fenced by that run (ModelRun ${runId}), not ${fence.table} ${fence.id}`);
  const stranger = rows.find((r) => r.runId !== runId);
  if (stranger) throw new Error(`Sample of run ${stranger.runId} in a batch of run ${runId}`);
}

/** A client or a transaction client of it. */
export type Db = PrismaClient | Prisma.TransactionClient;

export interface DialectStatements {
  /** Inserts samples, skipping (run, item) pairs already stored; returns how many were new. */
  insertSamples(db: PrismaClient, rows: readonly SampleRow[], options: SampleWriteOptions): Promise<number>;
  /**
   * A run's batch: inserts its samples (skipping stored pairs) and sets the run's counters (and
   * progressAt) from its stored samples in the same transaction, both only while `fence` (on this
   * ModelRun) holds, else FenceLostError and nothing written. So `done` never lags or exceeds the rows.
   */
  insertRunSamples(db: PrismaClient, runId: string, rows: readonly SampleRow[], options: RunSampleWriteOptions): Promise<RunSampleWrite>;
  /** Stores responses; a key stored meanwhile keeps its first answer. */
  insertCachedResponses(db: PrismaClient, rows: readonly CachedResponseRow[], now: Date): Promise<void>;
  loadSampleOutcomes(db: PrismaClient, column: 'runId' | 'taskId', id: string): Promise<SampleOutcome[]>;
  /** Item rows by id (any order; missing ids skipped), JSON columns parsed. */
  loadItemRows(db: PrismaClient, ids: readonly string[]): Promise<RawItemRow[]>;
  loadItemCategoryRows(db: PrismaClient, ids: readonly string[]): Promise<Array<{ id: string; subjectType: unknown; taskType: string }>>;
  /**
   * Inserts the items not stored yet with their subject rows, atomically; returns how many were new,
   * or null when this client has no fast path (the query builder then does it).
   */
  insertItems(db: PrismaClient, datasetId: string, items: readonly BenchmarkItem[]): Promise<number | null>;
  findCandidateItems(db: Db, filter: CandidateFilter): Promise<CandidateItem[]>;
  /** After a bulk write of items: planner statistics of the item tables brought up to date (where the database keeps them). */
  analyzeItems(db: PrismaClient): Promise<void>;
}

/** A BenchmarkItem row from a raw query: JSON columns may come back parsed or as text. */
export interface RawItemRow {
  id: string;
  datasetId: string;
  problemType: string;
  context: string | null;
  prompt: string;
  options: unknown;
  answer: string;
  reference: string | null;
  taskType: string;
  targetType: string;
  subjectType: unknown;
  benchmarkName: string;
  language: string;
  mcqaMeta: string | null;
  originalCategory: string | null;
  additionalInfo: string | null;
  split: string;
}

/** Coarse category of a "Coarse/Fine" subject (split on the first slash: "Social Intelligence/Value/Alignment"). */
export const coarseOfSubject = (subject: string) => subject.split('/')[0] ?? subject;

/** Subject index rows of an item: one per distinct fine subject, with its coarse category. */
export const subjectRows = (item: BenchmarkItem) => [...new Set(item.subjectType)].map((subject) => ({ itemId: item.id, subject, coarse: coarseOfSubject(subject) }));

/** Fine ("Coarse/Fine") and coarse subjects of a filter. */
export function splitSubjects(subjects: readonly string[]): { fine: string[]; coarse: string[] } {
  return { fine: subjects.filter((s) => s.includes('/')), coarse: subjects.filter((s) => !s.includes('/')) };
}
