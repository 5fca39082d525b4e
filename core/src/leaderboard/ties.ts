/**
 * Tie groups for cached leaderboard numbers. Live task results compare models on the SAME items
 * with paired McNemar tests; cached cells come from different runs and items, so no paired test
 * exists. Instead two models are separated only when their 95% intervals do not overlap.
 *
 * A model without an interval (a rollup over cells of unknown n, e.g. imported tables) cannot be
 * separated from anyone: with no n there is no uncertainty estimate, so no difference is claimed —
 * it is tied with every model, and its score orders the list without implying a ranking. Non-overlap
 * of two 95% intervals is a
conservative test (it implies p < 0.05 for a difference), so groups lean towards "tied".
 *
 * Groups use the same shape as the live results (stats/tiedGroups): maximal runs of consecutive
 * models (score order) in which every pair overlaps, with compact letters; rank = 1 + the number of
 * models that score higher and whose interval is disjoint from this one.
 */
import { tiedGroups } from '../stats/tiedGroups';

export interface IntervalEntry {
  key: string;
  score: number;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface IntervalRankedEntry {
  key: string;
  score: number;
  rank: number;
  letters: string;
  intervalKnown: boolean;
}

export interface IntervalTieResult {
  /** By score, descending (input order breaks exact ties). */
  ranking: IntervalRankedEntry[];
  /** Bands of keys the intervals cannot tell apart. */
  groups: string[][];
}

const EPS = 1e-12;

const hasInterval = (e: IntervalEntry) => e.ciLow !== null && e.ciHigh !== null;

/** True when the two entries cannot be told apart: their intervals overlap, or one has no interval. */
export function intervalsOverlap(a: IntervalEntry, b: IntervalEntry): boolean {
  if (!hasInterval(a) || !hasInterval(b)) return true;
  return a.ciLow! <= b.ciHigh! + EPS && b.ciLow! <= a.ciHigh! + EPS;
}

export function intervalTieGroups(entries: readonly IntervalEntry[]): IntervalTieResult {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  if (byKey.size !== entries.length) throw new Error('entry keys must be unique');
  // "p-value" 0 = separated, 1 = tied: Holm adjustment keeps 0 at 0 and 1 at 1, so tiedGroups'
  // band and rank logic applies unchanged.
  const result = tiedGroups(
    entries.map((e) => ({ key: e.key, accuracy: e.score })),
    (a, b) => (intervalsOverlap(byKey.get(a)!, byKey.get(b)!) ? 1 : 0),
  );
  return {
    ranking: result.ranking.map((r) => {
      const e = byKey.get(r.key)!;
      return { key: r.key, score: e.score, rank: r.rank, letters: r.letters, intervalKnown: e.ciLow !== null && e.ciHigh !== null };
    }),
    groups: result.groups,
  };
}
