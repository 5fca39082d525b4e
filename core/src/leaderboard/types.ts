/** Shared shapes of the leaderboard read model (pure data, no I/O). */

/** Where a cell's numbers come from: a finished run on this server, or an imported table. */
export const LEADERBOARD_SOURCES = ['LIVE', 'IMPORTED'] as const;
export type LeaderboardSource = (typeof LEADERBOARD_SOURCES)[number];

/**
 * How a rollup was computed.
 * - N_WEIGHTED: every cell has a known n; score = Σcorrect / Σn (the pooled accuracy), with a Wilson interval.
 * - UNWEIGHTED_UNKNOWN_N: at least one cell has no n (imported tables usually carry none); score is the plain
 *   mean of the cell scores, and no interval is given because its width cannot be known.
 */
export const ROLLUP_WEIGHTINGS = ['N_WEIGHTED', 'UNWEIGHTED_UNKNOWN_N'] as const;
export type RollupWeighting = (typeof ROLLUP_WEIGHTINGS)[number];

/** The numbers of one cell that rollups need. `n` is null when unknown (imported rows without a count). */
export interface CellScore {
  score: number;
  n: number | null;
  updatedAt?: Date | null;
}

/** A leaderboard cell as the pure functions see it. */
export interface LeaderboardCell extends CellScore {
  modelName: string;
  language: string;
  /** Fine "Coarse/Fine" subject. */
  subject: string;
  taskType: string;
  ciLow?: number | null;
  ciHigh?: number | null;
}

/** One exported leaderboard row: the CSV columns and the JSON object keys, in this order. */
export interface LeaderboardExportRow {
  model: string;
  language: string;
  subject: string;
  taskType: string;
  score: number;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  source: string;
}

export const EXPORT_COLUMNS = ['model', 'language', 'subject', 'taskType', 'score', 'n', 'ciLow', 'ciHigh', 'source'] as const;

/** Unique key of a cell within one model and language. */
export const cellKey = (subject: string, taskType: string): string => `${subject}\u0000${taskType}`;
