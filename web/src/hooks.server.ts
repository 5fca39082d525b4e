import type { Handle, HandleFetch } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { apiRequestFromLoad, isApiPath, proxyToApi } from '$lib/server/api-proxy';
import { compressResponse } from '$lib/server/compress';

/** The API server (GraphQL, exports, sign-in). `npm start` sets it from PORT. */
const apiOrigin = () => env.BENCHHUB_API_URL || 'http://127.0.0.1:4000';

export const handle: Handle = async ({ event, resolve }) => {
  const forwarded = { clientAddress: clientAddress(event), url: event.url };
  if (isApiPath(event.url.pathname)) return proxyToApi(event.request, apiOrigin(), forwarded);
  const response = await resolve(event);
  return compressResponse(event.request.headers, response);
};

/** Load functions that query `/graphql` during server-side rendering reach the API directly, as the browser. */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin !== event.url.origin || !isApiPath(url.pathname)) return fetch(request);
  return fetch(apiRequestFromLoad(request, event.request.headers, apiOrigin(), { clientAddress: clientAddress(event), url }));
};

function clientAddress(event: { getClientAddress(): string }): string {
  try {
    return event.getClientAddress();
  } catch {
    return '127.0.0.1'; // prerendering has no client
  }
}
