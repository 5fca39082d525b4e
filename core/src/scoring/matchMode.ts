/**
 * How a short answer is compared with gold, carried by the item in its `additionalInfo` JSON:
 * - `{"match":"text"}` (default): normalised text — case, spacing, punctuation, Korean endings,
 *   number words, dates in any order — and numbers by value.
 * - `{"match":"exact"}`: program output and other case- and format-sensitive answers: `3.0` ≠ `3`,
 *   `True` ≠ `true`, `[1, 2]` ≠ `(1, 2)`. Only the wrapping is forgiven (code fences, backticks,
 *   surrounding quotes, a sentence's final period, a Korean copula).
 * - `{"match":"numeric","tolerance":0.01}`: a number within ± tolerance (absolute) of gold.
 */

export type MatchMode = { kind: 'text' } | { kind: 'exact' } | { kind: 'numeric'; tolerance: number };

export const TEXT_MATCH: MatchMode = { kind: 'text' };

export class MatchModeError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the `match` field of a parsed additionalInfo object; throws MatchModeError when it is malformed. */
export function matchModeFrom(info: unknown): MatchMode {
  if (!isRecord(info) || info.match === undefined || info.match === null) return TEXT_MATCH;
  switch (info.match) {
    case 'text':
      return TEXT_MATCH;
    case 'exact':
      return { kind: 'exact' };
    case 'numeric': {
      const tolerance = info.tolerance ?? 0;
      if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
        throw new MatchModeError(`match "numeric" needs a non-negative numeric tolerance, got ${JSON.stringify(info.tolerance)}`);
      }
      return { kind: 'numeric', tolerance };
    }
    default:
      throw new MatchModeError(`unknown match mode ${JSON.stringify(info.match)} (expected "text", "exact" or "numeric")`);
  }
}

/**
 * The match mode of an item from its additionalInfo (JSON text or null). Items written before match
 * modes existed, or whose additionalInfo is not JSON, are compared as text: scoring never fails on them.
 */
export function matchModeOf(additionalInfo: string | null | undefined): MatchMode {
  if (!additionalInfo) return TEXT_MATCH;
  let info: unknown;
  try {
    info = JSON.parse(additionalInfo);
  } catch {
    return TEXT_MATCH;
  }
  try {
    return matchModeFrom(info);
  } catch {
    return TEXT_MATCH;
  }
}
