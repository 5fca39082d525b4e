/** Leaderboard groups that only claim the ordering the data supports. */
import { holmAdjust } from './holm';
import { compactLetters, lettersOf, monotoneRanks } from './letters';

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
  /**
   * 1 + the number of models significantly better than this one, and never better than the rank of a
   * model with higher accuracy (see monotoneRanks): monotone in accuracy, tied models share a rank.
   */
  rank: number;
  /** Compact letter display: two models share a letter exactly when they do not differ significantly. */
  letters: string;
}

export interface TiedGroupsResult {
  /** Models by accuracy, descending (input order breaks exact ties). */
  ranking: RankedEntry[];
  /**
   * One group per letter (a, b, …), members in ranking order: sets of models in which no pair differs
   * significantly. Groups may overlap and need not be consecutive (A ≠ C, D tied with both: [A, D], [C, D]).
   */
  groups: string[][];
  comparisons: AdjustedComparison[];
}

/**
 * Ranks and groups models so a leaderboard claims exactly what its tests support. Every pair is tested
 * with `pTest` (e.g. mcnemarPTest) and the p-values are Holm-adjusted across all m(m−1)/2 pairs — a
 * leaderboard makes all those claims at once, so the family-wise error rate, not the per-pair rate,
 * must stay at alpha. Ranks and letters follow from the significant pairs only (stats/letters.ts).
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

  const accuracies = sorted.map((entry) => entry.accuracy);
  const ranks = monotoneRanks(accuracies, (x, y) => significant[x]![y]! && accuracies[y]! > accuracies[x]!);
  const groups = compactLetters(m, (x, y) => significant[x]![y]!);
  const letters = lettersOf(m, groups);
  const ranking = sorted.map((entry, x) => ({ key: entry.key, accuracy: entry.accuracy, rank: ranks[x]!, letters: letters[x]! }));

  return { ranking, groups: groups.map((members) => members.map((x) => sorted[x]!.key)), comparisons };
}
