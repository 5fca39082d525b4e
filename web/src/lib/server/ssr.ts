/**
 * Server-side rendering of the pages whose first paint should carry their data (leaderboard, task page): their
 * server load functions ask the API through SvelteKit's `fetch` (src/hooks.server.ts `handleFetch` forwards the
 * caller's session cookie or bearer token), decide who may see the page exactly as the browser's route guard does
 * (../auth/guard), and hand the answers to the page as props.
 */
import { error, redirect } from '@sveltejs/kit';
import { Client, fetchExchange, mapExchange, type CombinedError } from '@urql/core';
import { AuthHealthQuery, MeQuery } from '$lib/graphql/auth-operations';
import { CategoriesQuery } from '$lib/graphql/operations';
import { withSingleResultAccept } from '$lib/graphql/client';
import { refusalOfError } from '$lib/auth/errors';
import { routeDecision } from '$lib/auth/guard';
import type { SessionSnapshot } from '$lib/auth/session.svelte';
import type { Locale } from '$lib/i18n/core';
import type { Categories } from '$lib/taxonomy.svelte';

/**
 * Who an error page rendered on the server is for: the layout renders the app's header (navigation, user menu)
 * for `session` and says everything in `locale`, as on the page that failed. Without a session (the API did not
 * say who is asking) the header stays bare until the browser has asked.
 */
export interface ErrorPageContext {
  locale: Locale;
  session?: SessionSnapshot;
}

/** An error page (App.Error) that carries its context; `code` names the message in the UI dictionary (error.<code>). */
export function pageError(status: number, message: string, context: ErrorPageContext, code?: string): never {
  error(status, { message, ...context, ...(code ? { code } : {}) });
}

/** A client for one load: no cache shared between callers, every request through the load's `fetch`. */
export function loadClient(fetch: typeof globalThis.fetch, origin: string): Client {
  return new Client({
    url: `${origin}/graphql`,
    fetch,
    exchanges: [mapExchange({ onOperation: withSingleResultAccept }), fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
  });
}

const messageOf = (failure: CombinedError | undefined) => failure?.message.replace(/^\[(Network|GraphQL)\]\s*/, '') ?? 'no answer';

/**
 * Who is asking, for a page any signed-in user may open: the snapshot the layout renders with, or a redirect to
 * /setup (no user yet) or /signin (anonymous, expired or revoked session) — the browser guard's decisions, made
 * before any HTML is sent. An unreachable API is a 503 page. Error pages are said in `locale`.
 */
export async function requireSignedIn(client: Client, url: URL, locale: Locale): Promise<SessionSnapshot> {
  const [health, me] = await Promise.all([client.query(AuthHealthQuery, {}).toPromise(), client.query(MeQuery, {}).toPromise()]);
  if (!health.data) pageError(503, `The API is unreachable: ${messageOf(health.error)}`, { locale });
  const info = health.data.health.auth;
  const state = info.needsFirstAdmin
    ? ({ kind: 'needsFirstAdmin' } as const)
    : me.data
      ? ({ kind: 'signedIn', user: me.data.me } as const)
      : refusalOfError(me.error) === 'UNAUTHENTICATED'
        ? ({ kind: 'anonymous' } as const)
        : pageError(503, `The API did not say who is signed in: ${messageOf(me.error)}`, { locale });
  const decision = routeDecision(url, state);
  if (decision.kind === 'redirect') redirect(303, decision.to);
  if (!me.data) pageError(503, 'The API did not say who is signed in.', { locale });
  const session = { info, me: me.data.me };
  if (decision.kind === 'forbidden') pageError(403, 'This page is for administrators.', { locale, session });
  return session;
}

/**
 * A query's data or the error page it deserves: 401 never reaches here (requireSignedIn redirected first), a
 * refusal is 403, anything else 502 with the API's message.
 */
export function dataOrError<T>(result: { data?: T; error?: CombinedError }, context: ErrorPageContext): T {
  if (result.data) return result.data;
  if (refusalOfError(result.error) === 'FORBIDDEN') pageError(403, messageOf(result.error), context);
  pageError(502, messageOf(result.error), context);
}

/**
 * A query's data, or the message the page shows beside its retry button (the API failed after it said who is
 * asking: the page renders and the browser may try again); a refusal is still the 403 page.
 */
export function dataOrMessage<T>(result: { data?: T; error?: CombinedError }, context: ErrorPageContext): { data: T; error: null } | { data: null; error: string } {
  if (result.data) return { data: result.data, error: null };
  if (refusalOfError(result.error) === 'FORBIDDEN') pageError(403, messageOf(result.error), context);
  return { data: null, error: messageOf(result.error) };
}

/** The taxonomy (subject names in both languages), so subject labels render on the server as in the browser. */
export async function loadCategories(client: Client): Promise<Categories | null> {
  const result = await client.query(CategoriesQuery, { language: null }).toPromise();
  return result.data?.categories ?? null;
}
