/** Leaderboard groups that only claim the ordering the data supports. */
import { holmAdjust } from './holm';

export interface ModelAccuracy {
  key: string;
  accuracy: number;
}

export interface AdjustedComparison {
  a: string;
  b: string;
  pValue: number;
  /** Holm-adjusted over all pairs of this leaderboard. */
  adjustedP: number;
  significant: boolean;
}

export interface RankedEntry extends ModelAccuracy {
  /** 1 + the number of models that are significantly better; tied models share a rank. */
  rank: number;
  /** Compact letter display: models sharing a letter are not significantly different. */
  letters: string;
}

export interface TiedGroupsResult {
  /** Models by accuracy, descending (input order breaks exact ties). */
  ranking: RankedEntry[];
  /** Maximal runs of consecutive models (ranking order) in which no pair differs significantly. */
  groups: string[][];
  comparisons: AdjustedComparison[];
}

/** a, b, …, z, aa, ab, … */
function groupLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Groups models that the data cannot tell apart, so a leaderboard never claims a ranking it cannot
 * support. Every pair is tested with `pTest` (e.g. mcnemarPTest) and the p-values are Holm-adjusted
 * across all m(m−1)/2 pairs — a leaderboard makes all those claims at once, so the family-wise error
 * rate, not the per-pair rate, must stay at alpha.
 *
 * Groups are maximal runs of consecutive models with no significant pair inside (consecutive so each
 * group reads as a band of the leaderboard); a model belongs to every group covering it, shown as
 * compact letters ("a", "ab", "b").
 */
export function tiedGroups(
  models: readonly ModelAccuracy[],
  pTest: (a: string, b: string) => number,
  alpha = 0.05,
): TiedGroupsResult {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const keys = new Set(models.map((m) => m.key));
  if (keys.size !== models.length) throw new Error('model keys must be unique');

  const sorted = models.map((m, i) => ({ ...m, i })).sort((x, y) => y.accuracy - x.accuracy || x.i - y.i);
  const m = sorted.length;

  const pairs: { x: number; y: number; pValue: number }[] = [];
  for (let x = 0; x < m; x++) {
    for (let y = x + 1; y < m; y++) pairs.push({ x, y, pValue: pTest(sorted[x]!.key, sorted[y]!.key) });
  }
  const adjusted = holmAdjust(pairs.map((p) => p.pValue));
  const significant = Array.from({ length: m }, () => new Array<boolean>(m).fill(false));
  const comparisons = pairs.map(({ x, y, pValue }, i) => {
    const adjustedP = adjusted[i]!;
    const isSignificant = adjustedP <= alpha;
    significant[x]![y] = isSignificant;
    significant[y]![x] = isSignificant;
    return { a: sorted[x]!.key, b: sorted[y]!.key, pValue, adjustedP, significant: isSignificant };
  });

  const groups: number[][] = [];
  let furthest = -1;
  for (let start = 0; start < m; start++) {
    let end = start;
    while (end + 1 < m && !significant.slice(start, end + 1).some((row) => row[end + 1])) end++;
    // A run ending no further than an earlier one is contained in it: not maximal.
    if (end > furthest) {
      groups.push(Array.from({ length: end - start + 1 }, (_, k) => start + k));
      furthest = end;
    }
  }

  const letters = sorted.map(() => '');
  groups.forEach((members, g) => {
    for (const member of members) letters[member] += groupLetter(g);
  });

  const ranking = sorted.map((entry, x) => {
    const betterCount = sorted.filter((other, y) => other.accuracy > entry.accuracy && significant[x]![y]).length;
    return { key: entry.key, accuracy: entry.accuracy, rank: 1 + betterCount, letters: letters[x]! };
  });

  return { ranking, groups: groups.map((members) => members.map((x) => sorted[x]!.key)), comparisons };
}
