/** Confidence intervals for accuracy. */

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a binomial proportion. Preferred over the normal (Wald) interval because it
 * stays inside [0, 1] and keeps sensible coverage at small n and at 0% / 100% accuracy.
 * n = 0 carries no information, so the interval is the whole [0, 1].
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be an integer in [0, ${n}], got ${successes}`);
  }
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Clamp float noise; the exact bounds at p = 0 and p = 1 are 0 and 1.
  return {
    low: successes === 0 ? 0 : Math.max(0, center - margin),
    high: successes === n ? 1 : Math.min(1, center + margin),
  };
}

export interface RunningAccuracy {
  /** null while nothing has been scored. */
  accuracy: number | null;
  ciLow: number;
  ciHigh: number;
}

/** Accuracy with its 95% Wilson interval, for progress displays while a run is still going. */
export function runningAccuracy(correct: number, n: number): RunningAccuracy {
  const { low, high } = wilsonInterval(correct, n);
  return { accuracy: n === 0 ? null : correct / n, ciLow: low, ciHigh: high };
}
