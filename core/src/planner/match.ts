/** Small regex-matching helpers shared by the rules planner. */

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** All non-empty matches of the (global) patterns in `text`, in pattern order. */
export function findAll(text: string, patterns: readonly RegExp[]): Match[] {
  const out: Match[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** True when any pattern matches. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return findAll(text, patterns).length > 0;
}

function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Resolves overlapping matches: longer matches win ("chemical engineering" over "chemical"),
 * then lower `rank`, then earlier start. Returns the survivors in text order.
 */
export function resolveOverlaps<T extends Match>(matches: readonly T[], rank: (m: T) => number = () => 0): T[] {
  const sorted = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const m of sorted) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Share of Hangul among letters (Hangul syllables/jamo vs Latin letters). */
export function hangulShare(text: string): number {
  const hangul = (text.match(/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return hangul + latin === 0 ? 0 : hangul / (hangul + latin);
}

/** Quotes a cue for the rationale. */
export function q(text: string): string {
  return `"${text.trim().replace(/\s+/g, ' ')}"`;
}
