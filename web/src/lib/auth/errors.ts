/**
 * Recognises the server's refusals: GraphQL errors whose extensions.code is UNAUTHENTICATED or FORBIDDEN, union
 * error results carrying such a `code`, and HTTP 401/403 answers.
 */

export type AuthRefusal = 'UNAUTHENTICATED' | 'FORBIDDEN';

interface GraphQLErrorLike {
  extensions?: { code?: unknown } | null;
}

export interface CombinedErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[];
  response?: { status?: number } | null;
  networkError?: unknown;
}

const REFUSALS: readonly AuthRefusal[] = ['UNAUTHENTICATED', 'FORBIDDEN'];
const asRefusal = (code: unknown): AuthRefusal | null => (REFUSALS.includes(code as AuthRefusal) ? (code as AuthRefusal) : null);

/** The refusal in a request error, UNAUTHENTICATED winning over FORBIDDEN. */
export function refusalOfError(error: CombinedErrorLike | null | undefined): AuthRefusal | null {
  if (!error) return null;
  const codes = (error.graphQLErrors ?? []).map((e) => asRefusal(e.extensions?.code)).filter((c): c is AuthRefusal => c !== null);
  const status = error.response?.status;
  if (status === 401) codes.push('UNAUTHENTICATED');
  if (status === 403) codes.push('FORBIDDEN');
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  return codes[0] ?? null;
}

/** A refusal returned as a union error at the top of `data` (e.g. { createUser: { __typename, code: 'FORBIDDEN' } }). */
export function refusalOfData(data: unknown): AuthRefusal | null {
  if (!data || typeof data !== 'object') return null;
  let found: AuthRefusal | null = null;
  for (const value of Object.values(data as Record<string, unknown>)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const code = asRefusal((value as { code?: unknown }).code);
    if (code === 'UNAUTHENTICATED') return code;
    found ??= code;
  }
  return found;
}
