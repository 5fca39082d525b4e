import { MAX_QUERY_LENGTH } from './types';

export type QueryValidation =
  | { ok: true; query: string }
  | { ok: false; code: 'EMPTY_QUERY' | 'QUERY_TOO_LONG'; message: string };

/**
 * Validates a user goal before planning. Returns the trimmed query; rejects empty or
 * whitespace-only input and input longer than MAX_QUERY_LENGTH characters (Unicode code points,
 * counted after trimming).
 */
export function validateQuery(query: unknown): QueryValidation {
  if (typeof query !== 'string' || query.trim() === '') {
    return { ok: false, code: 'EMPTY_QUERY', message: 'Please describe what you want to evaluate (the query is empty).' };
  }
  const trimmed = query.trim();
  const length = [...trimmed].length;
  if (length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      code: 'QUERY_TOO_LONG',
      message: `The query is ${length} characters long; the maximum is ${MAX_QUERY_LENGTH}.`,
    };
  }
  return { ok: true, query: trimmed };
}
