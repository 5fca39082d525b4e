/** Holm–Bonferroni adjustment for multiple comparisons. */

/**
 * Holm step-down adjusted p-values, in input order. Holm controls the family-wise error rate like
 * Bonferroni without assuming independence (pairwise tests on shared items are correlated) while being
 * uniformly more powerful; a hypothesis is rejected at level alpha iff its adjusted p ≤ alpha.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m).fill(1);
  let runningMax = 0;
  order.forEach(({ p, i }, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * p));
    adjusted[i] = runningMax;
  });
  return adjusted;
}
