/** Paired significance testing of two models answering the same items. */

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}

/**
 * Two-sided exact McNemar test: a binomial test of b vs c discordant pairs under p = 0.5
 * (b = items only model A got right, c = items only model B got right). Computed in log space so large
 * n does not underflow. No discordant pairs means no evidence of a difference: p = 1.
 */
export function mcnemarExact(b: number, c: number): number {
  for (const [name, v] of [['b', b], ['c', c]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer, got ${v}`);
  }
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  const logHalfPowN = -n * Math.LN2;
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += Math.exp(logChoose(n, i) + logHalfPowN);
  return Math.min(1, 2 * tail);
}

export interface PairwiseComparison {
  a: string;
  b: string;
  /** Items both models answered (scored) — the test only uses these. */
  shared: number;
  /** Shared items only `a` got right. */
  onlyA: number;
  /** Shared items only `b` got right. */
  onlyB: number;
  pValue: number;
}

/** Compares two models on the items both of them have a result for. */
export function compareModels(a: string, resultsA: ReadonlyMap<string, boolean>, b: string, resultsB: ReadonlyMap<string, boolean>): PairwiseComparison {
  let shared = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (const [itemId, correctA] of resultsA) {
    const correctB = resultsB.get(itemId);
    if (correctB === undefined) continue;
    shared++;
    if (correctA && !correctB) onlyA++;
    else if (!correctA && correctB) onlyB++;
  }
  return { a, b, shared, onlyA, onlyB, pValue: mcnemarExact(onlyA, onlyB) };
}

/** McNemar comparisons of every pair of models (in map order), each on the items the pair shares. */
export function pairwiseMcNemar(results: ReadonlyMap<string, ReadonlyMap<string, boolean>>): PairwiseComparison[] {
  const entries = [...results];
  const comparisons: PairwiseComparison[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, resultsA] = entries[i]!;
      const [b, resultsB] = entries[j]!;
      comparisons.push(compareModels(a, resultsA, b, resultsB));
    }
  }
  return comparisons;
}

/** A `(a, b) => p` lookup over pairwiseMcNemar, ready for tiedGroups. Unknown models throw. */
export function mcnemarPTest(results: ReadonlyMap<string, ReadonlyMap<string, boolean>>): (a: string, b: string) => number {
  const byPair = new Map<string, number>();
  for (const c of pairwiseMcNemar(results)) {
    byPair.set(JSON.stringify([c.a, c.b]), c.pValue);
    byPair.set(JSON.stringify([c.b, c.a]), c.pValue);
  }
  return (a, b) => {
    if (a === b) return 1;
    const p = byPair.get(JSON.stringify([a, b]));
    if (p === undefined) throw new Error(`no results for model pair ${a} / ${b}`);
    return p;
  };
}
