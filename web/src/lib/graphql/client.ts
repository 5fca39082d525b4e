import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type Exchange, type Operation } from '@urql/core';
import { filter, pipe } from 'wonka';
import { refusalOfData, refusalOfError, type AuthRefusal } from '$lib/auth/errors';

type RefusalListener = (refusal: AuthRefusal) => void;
const refusalListeners = new Set<RefusalListener>();

/** Called with UNAUTHENTICATED or FORBIDDEN whenever a result carries that refusal; returns an unsubscribe. */
export function onAuthRefusal(listener: RefusalListener): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

/**
 * Queries and mutations ask for a single JSON answer. urql also lists text/event-stream and multipart/mixed for them
 * (incremental delivery, unused here); the API treats a request accepting an event stream as a subscription, which
 * needs a signed-in caller, so that would make even the public `health` query answer 401 before sign-in.
 */
const SINGLE_RESULT_ACCEPT = 'application/graphql-response+json, application/graphql+json, application/json';

export function withSingleResultAccept(operation: Operation): Operation {
  if (operation.kind !== 'query' && operation.kind !== 'mutation') return operation;
  const given = operation.context.fetchOptions;
  const base: RequestInit = (typeof given === 'function' ? given() : given) ?? {};
  const headers = Object.fromEntries(new Headers(base.headers).entries());
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: { ...base, headers: { ...headers, accept: SINGLE_RESULT_ACCEPT } },
  });
}

/**
 * One client for the SPA. The API lives at the relative path /graphql (proxied by Vite in dev).
 * `fetchSubscriptions: true` lets the fetch exchange run subscriptions as `text/event-stream` (SSE over fetch),
 * which GraphQL Yoga serves natively. Requests carry the session cookie (same origin); every result is checked
 * for an authentication refusal so an expired session sends the page to sign-in.
 */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onOperation: withSingleResultAccept,
        onResult(result) {
          const refusal = refusalOfError(result.error) ?? refusalOfData(result.data);
          if (refusal) for (const listener of refusalListeners) listener(refusal);
        },
      }),
      fetchExchange,
    ],
    fetchSubscriptions: true,
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
  });
}

let shared: Client | undefined;

/** The browser-wide client (created on first use). */
export function apiClient(): Client {
  shared ??= createApiClient();
  return shared;
}

/** Answers nothing: every operation is dropped. */
const silentExchange: Exchange = () => (operations$) => pipe(operations$, filter((_operation): _operation is never => false));

/**
 * The client components see while the server renders a page: it never sends a request (server-rendered pages get
 * their data from their load functions; what components would query themselves loads after hydration), so no
 * answer can be cached in server memory and shown to another caller.
 */
export function serverRenderClient(): Client {
  return new Client({ url: '/graphql', exchanges: [silentExchange] });
}
