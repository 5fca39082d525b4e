/**
 * Ranks and compact letters that agree with a set of pairwise "significantly different" results.
 *
 * Pairwise tests are not transitive: A can differ from C while neither differs from D, although D
 * scores below C. A display built from consecutive bands (A | C D) then implies A ≠ D, which no test
 * says. The functions here read the pairwise results directly:
 * - `monotoneRanks`: rank = 1 + the number of models significantly better than this one, raised to
 *   the rank of any model that scores at least as high — the smallest ranks that are both consistent
 *   with the tests and monotone in the score (for A = 0.800, C = 0.780 with A ≠ C, D = 0.775 tied with
 *   both: A 1, C 2, D 2).
 * - `compactLetters`: Piepho's insert-and-absorb compact letter display (Piepho 2004, J. Comput. Graph.
 *   Stat. 13:456). Two models share a letter exactly when they do not differ significantly: a shared
 *   letter never hides a difference and a missing one never invents one (A "a", C "b", D "ab").
 */

/** a, b, …, z, aa, ab, … */
export function groupLetter(index: number): string {
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
 * Ranks for models given in descending score order.
 * `better(x, y)` is true when model y is significantly better than model x (y scores higher).
 */
export function monotoneRanks(scores: readonly number[], better: (x: number, y: number) => boolean): number[] {
  const own = scores.map((_, x) => 1 + scores.filter((_, y) => y !== x && better(x, y)).length);
  // x may not rank better than any model scoring at least as high (itself included).
  return scores.map((score) => Math.max(...own.filter((_, k) => scores[k]! >= score)));
}

/** True when `a` ⊆ `b` (both sorted ascending). */
function isSubset(a: readonly number[], b: readonly number[]): boolean {
  let j = 0;
  for (const v of a) {
    while (j < b.length && b[j]! < v) j++;
    if (b[j] !== v) return false;
  }
  return true;
}

/** Drops columns contained in another column (and duplicates): the "absorb" step. */
function absorb(columns: number[][]): number[][] {
  const sorted = [...columns].sort((a, b) => b.length - a.length);
  const kept: number[][] = [];
  for (const column of sorted) {
    if (column.length > 0 && !kept.some((k) => isSubset(column, k))) kept.push(column);
  }
  return kept;
}

/**
 * Removes whole letters that are redundant: every member keeps another letter and every pair inside
 * the letter is also together in another one. Keeps the display short without changing what it says.
 */
function sweep(columns: number[][]): number[][] {
  const out = [...columns];
  for (let c = out.length - 1; c >= 0; c--) {
    const column = out[c]!;
    const others = out.filter((_, k) => k !== c);
    const membersCovered = column.every((x) => others.some((o) => o.includes(x)));
    const pairsCovered = column.every((x, i) => column.slice(i + 1).every((y) => others.some((o) => o.includes(x) && o.includes(y))));
    if (membersCovered && pairsCovered) out.splice(c, 1);
  }
  return out;
}

/** Lexicographic order of sorted member lists, so the top model's letter is "a". */
function compareColumns(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/**
 * Compact letter display over models 0…m−1 (ranking order). `different(x, y)` says whether a pair
 * differs significantly. Returns the letter groups (member indexes, ascending), lettered a, b, … in
 * order of their best-ranked member; every model belongs to at least one group.
 */
export function compactLetters(m: number, different: (x: number, y: number) => boolean): number[][] {
  if (m === 0) return [];
  let columns: number[][] = [Array.from({ length: m }, (_, i) => i)];
  for (let x = 0; x < m; x++) {
    for (let y = x + 1; y < m; y++) {
      if (!different(x, y)) continue;
      // Insert: a letter holding both members of a differing pair splits into one without each.
      const next: number[][] = [];
      for (const column of columns) {
        if (column.includes(x) && column.includes(y)) {
          next.push(column.filter((v) => v !== x), column.filter((v) => v !== y));
        } else next.push(column);
      }
      columns = absorb(next);
    }
  }
  return sweep(columns.sort(compareColumns)).sort(compareColumns);
}

/** Letters per model ("a", "ab", …) from compactLetters groups; models in no group get ''. */
export function lettersOf(m: number, groups: readonly (readonly number[])[]): string[] {
  const letters = Array.from({ length: m }, () => '');
  groups.forEach((members, g) => {
    for (const member of members) letters[member] += groupLetter(g);
  });
  return letters;
}
