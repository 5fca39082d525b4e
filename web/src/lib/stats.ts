/** Small statistics used for display before the server's summary arrives. */

const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** 95% Wilson score interval (the same method the server uses); n = 0 → [0, 1]. */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Running accuracy from run counters: errors and unscored samples are excluded; unparsed count as wrong. */
export function runAccuracy(run: { done: number; correct: number; errors: number; unscored: number }): {
  n: number;
  accuracy: number | null;
  ciLow: number | null;
  ciHigh: number | null;
} {
  const n = Math.max(0, run.done - run.errors - run.unscored);
  if (n === 0) return { n, accuracy: null, ciLow: null, ciHigh: null };
  const correct = Math.min(run.correct, n);
  const ci = wilsonInterval(correct, n);
  return { n, accuracy: correct / n, ciLow: ci.low, ciHigh: ci.high };
}
