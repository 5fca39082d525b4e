/**
 * n-weighted rollups of leaderboard cells (fine subject → coarse category, cells → a plan score).
 *
 * A rollup of cells with known n pools them: score = Σcorrect / Σn, i.e. each cell weighs by its n.
 * It is never the plain mean of the cell means, which would let a 5-question cell count as much as
 * a 500-question one. correct_i is recovered as round(score_i · n_i) (exact for live cells, which
 * store correct / n).
 *
 * Rule for unknown n (imported tables such as the BenchHub Plus seed carry no counts): when ANY
 * cell of a rollup lacks n, the rollup is the unweighted mean of the cell scores, flagged
 * UNWEIGHTED_UNKNOWN_N, with no interval (null) and n null. We do not drop the cells without n
 * (that would silently change what is measured) and do not impute an n (that would invent
 * precision); the flag tells readers the number is a mean of means.
 */
import { wilsonInterval } from '../stats/wilson';
import type { CellScore, RollupWeighting } from './types';

export interface Rollup {
  /** null when there are no cells (or they pool to n = 0). */
  score: number | null;
  /** Σn when every cell has a known n; null otherwise. */
  n: number | null;
  /** Σcorrect when every cell has a known n; null otherwise. */
  correct: number | null;
  /** 95% Wilson interval of Σcorrect / Σn; null when unweighted. */
  ciLow: number | null;
  ciHigh: number | null;
  weighting: RollupWeighting;
  /** Number of cells pooled. */
  cells: number;
  /** Cells without a known n (any > 0 makes the rollup UNWEIGHTED_UNKNOWN_N). */
  cellsWithUnknownN: number;
  /** Latest updatedAt among the cells, when given. */
  updatedAt: Date | null;
}

/** Correct answers of a cell with known n: round(score · n), clamped to [0, n]. */
export function correctOf(cell: { score: number; n: number }): number {
  return Math.min(cell.n, Math.max(0, Math.round(cell.score * cell.n)));
}

export function rollupCells(cells: readonly CellScore[]): Rollup {
  let updatedAt: Date | null = null;
  for (const c of cells) if (c.updatedAt && (updatedAt === null || c.updatedAt > updatedAt)) updatedAt = c.updatedAt;
  const unknown = cells.filter((c) => c.n === null || c.n === undefined).length;
  const base = { cells: cells.length, cellsWithUnknownN: unknown, updatedAt };

  if (unknown > 0) {
    const score = cells.reduce((sum, c) => sum + c.score, 0) / cells.length;
    return { ...base, score, n: null, correct: null, ciLow: null, ciHigh: null, weighting: 'UNWEIGHTED_UNKNOWN_N' };
  }

  let n = 0;
  let correct = 0;
  let weighted = 0;
  for (const c of cells) {
    const cn = c.n as number;
    n += cn;
    correct += correctOf({ score: c.score, n: cn });
    weighted += c.score * cn;
  }
  if (n === 0) return { ...base, score: null, n: 0, correct: 0, ciLow: null, ciHigh: null, weighting: 'N_WEIGHTED' };
  const { low, high } = wilsonInterval(correct, n);
  return { ...base, score: weighted / n, n, correct, ciLow: low, ciHigh: high, weighting: 'N_WEIGHTED' };
}

/**
 * Groups cells by a key and rolls up each group (e.g. key = coarse subject for per-coarse columns).
 * Groups keep the order in which their keys first appear.
 */
export function rollupBy<T extends CellScore>(cells: readonly T[], keyOf: (cell: T) => string): Map<string, Rollup> {
  const groups = new Map<string, T[]>();
  for (const cell of cells) {
    const key = keyOf(cell);
    const list = groups.get(key);
    if (list) list.push(cell);
    else groups.set(key, [cell]);
  }
  return new Map([...groups].map(([key, list]) => [key, rollupCells(list)]));
}
