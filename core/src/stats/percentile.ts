/** Percentiles for latency reporting. */

/**
 * The p-th percentile (p in [0, 100]) by linear interpolation between closest ranks — the same
 * definition as numpy's default and Excel's PERCENTILE.INC, so reported p50/p95 can be reproduced there.
 * Non-finite values are ignored; null when nothing is left.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`p must be within [0, 100], got ${p}`);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const lo = sorted[lower]!;
  const hi = sorted[upper]!;
  return lo + (hi - lo) * (rank - lower);
}
