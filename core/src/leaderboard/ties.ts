/**
 * Ranks and tie groups for cached leaderboard numbers. Live task results compare models on the SAME
 * items with paired McNemar tests; cached cells come from different runs and items, so no paired test
 * exists. Instead two models whose n is known differ only when their 95% intervals do not overlap
 * (a conservative test: disjoint 95% intervals imply p < 0.05 for the difference).
 *
 * The rule is the one of live results (stats/letters.ts): rank = 1 + the number of models that are
 * better, never better than the rank of a higher-scoring model; compact letters shared exactly by the
 * models that do not differ.
 *
 * A model without an interval (a rollup over cells of unknown n, e.g. imported tables) is UNTESTED:
 * with no n there is no uncertainty estimate, so it is ranked by its score alone (every higher score
 * ranks above it, it ranks above every lower score; equal scores share a rank) and gets no letters —
 * it belongs to no tie group, because a letter would claim a test that was never made.
 */
import { compactLetters, lettersOf, monotoneRanks } from '../stats/letters';

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
  /** Compact letters among the tested models; null when untested (no interval). */
  letters: string | null;
  /** False when untested: no interval (unknown n), ranked by score only. */
  intervalKnown: boolean;
}

export interface IntervalTieResult {
  /** By score, descending (input order breaks exact ties). */
  ranking: IntervalRankedEntry[];
  /** One group per letter (tested models only), members in ranking order. */
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
  const keys = new Set(entries.map((e) => e.key));
  if (keys.size !== entries.length) throw new Error('entry keys must be unique');
  const sorted = entries.map((e, i) => ({ e, i })).sort((x, y) => y.e.score - x.e.score || x.i - y.i).map(({ e }) => e);
  const scores = sorted.map((e) => e.score);

  // y is better than x: a tested pair with disjoint intervals, or (untested on either side) a higher score.
  const ranks = monotoneRanks(scores, (x, y) => {
    if (!(scores[y]! > scores[x]!)) return false;
    const a = sorted[x]!;
    const b = sorted[y]!;
    return !hasInterval(a) || !hasInterval(b) || !intervalsOverlap(a, b);
  });

  const tested = sorted.flatMap((e, x) => (hasInterval(e) ? [x] : []));
  const groups = compactLetters(tested.length, (i, j) => !intervalsOverlap(sorted[tested[i]!]!, sorted[tested[j]!]!));
  const testedLetters = lettersOf(tested.length, groups);
  const letterOf = new Map(tested.map((x, i) => [x, testedLetters[i]!]));

  return {
    ranking: sorted.map((e, x) => ({ key: e.key, score: e.score, rank: ranks[x]!, letters: letterOf.get(x) ?? null, intervalKnown: hasInterval(e) })),
    groups: groups.map((members) => members.map((i) => sorted[tested[i]!]!.key)),
  };
}
