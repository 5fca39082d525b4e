import type { Handle, HandleFetch } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { apiRequestFromLoad, isApiPath, proxyToApi, type ForwardedFor } from '$lib/server/api-proxy';
import { compressResponse } from '$lib/server/compress';
import { requestLocale } from '$lib/server/locale';
import { hostRefused, webPolicy, withSecurityHeaders } from '$lib/server/security';

/** The API server (GraphQL, exports, sign-in). `npm start` sets it from PORT. */
const apiOrigin = () => env.BENCHHUB_API_URL || 'http://127.0.0.1:4000';

export const handle: Handle = async ({ event, resolve }) => {
  const policy = webPolicy();
  if (!policy.hostAllowed(event.request.headers.get('host') ?? event.url.host)) return hostRefused();
  const forwarded = forwardedFor(event, event.url);
  // The API's answers keep the API's own security headers (GraphiQL's CSP among them).
  if (isApiPath(event.url.pathname)) return proxyToApi(event.request, apiOrigin(), forwarded);
  // <html lang> in the page's language from the first byte (server-rendered pages are rendered in it).
  const lang = requestLocale(event.cookies, event.request.headers);
  const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${lang}">`) });
  return withSecurityHeaders(compressResponse(event.request.headers, response));
};

/** Load functions that query `/graphql` during server-side rendering reach the API directly, as the browser. */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin !== event.url.origin || !isApiPath(url.pathname)) return fetch(request);
  return fetch(apiRequestFromLoad(request, event.request.headers, apiOrigin(), forwardedFor(event, url)));
};

/** Who asked: the peer's address, and whether its X-Forwarded-* headers are believed (TRUST_PROXY). */
function forwardedFor(event: { getClientAddress(): string }, url: URL): ForwardedFor {
  const clientAddress = peerAddress(event);
  return { clientAddress, url, trustForwarded: webPolicy().trusted(clientAddress) };
}

function peerAddress(event: { getClientAddress(): string }): string {
  try {
    return event.getClientAddress();
  } catch {
    return '127.0.0.1'; // prerendering has no client
  }
}
