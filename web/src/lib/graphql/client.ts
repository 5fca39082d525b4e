import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * One client for the SPA. The API lives at the relative path /graphql (proxied by Vite in dev).
 * `fetchSubscriptions: true` lets the fetch exchange run subscriptions as `text/event-stream` (SSE over fetch),
 * which GraphQL Yoga serves natively.
 */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchSubscriptions: true,
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
