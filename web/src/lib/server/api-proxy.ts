/**
 * The browser talks only to the web origin; these paths belong to the API server and are passed through to it
 * (dev and production alike, from hooks.server.ts): GraphQL over HTTP and its SSE subscriptions, the leaderboard
 * exports and the sign-in routes. Request headers (cookies, authorization, content type, accept, origin …) go
 * through, response headers come back (every Set-Cookie included), bodies stream both ways without buffering,
 * and the API learns who asked through X-Forwarded-For/-Proto/-Host.
 */

/** Paths served by the API server. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/graphql' || pathname.startsWith('/graphql/') || pathname.startsWith('/export/') || pathname.startsWith('/api/auth/') || pathname === '/api/auth';
}

// Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection, not the message; `host` is the proxy's own.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);

export interface ForwardedFor {
  /** The browser's address as the web server saw it. */
  clientAddress: string;
  /** The URL the browser asked for (protocol and host of the web origin). */
  url: URL;
  /**
   * The peer is a proxy we trust (TRUST_PROXY): its X-Forwarded-For/-Proto/-Host are kept and extended. Otherwise
   * they are replaced, so a client cannot choose the address the API sees (rate limits, audit log).
   */
  trustForwarded?: boolean;
}

/** The headers to send upstream: the browser's, minus hop-by-hop ones, plus X-Forwarded-*. */
export function upstreamHeaders(incoming: Headers, forwarded: ForwardedFor): Headers {
  const headers = new Headers();
  for (const [name, value] of incoming) if (!HOP_BY_HOP.has(name)) headers.set(name, value);
  const trusted = forwarded.trustForwarded === true;
  const prior = trusted ? incoming.get('x-forwarded-for') : null;
  headers.set('x-forwarded-for', prior ? `${prior}, ${forwarded.clientAddress}` : forwarded.clientAddress);
  headers.set('x-forwarded-proto', (trusted && incoming.get('x-forwarded-proto')) || forwarded.url.protocol.replace(/:$/, ''));
  headers.set('x-forwarded-host', (trusted && incoming.get('x-forwarded-host')) || forwarded.url.host);
  // fetch decompresses what it receives; asking for identity keeps bodies and their headers consistent.
  headers.set('accept-encoding', 'identity');
  return headers;
}

/** The response headers to give the browser: the API's, minus hop-by-hop ones, every Set-Cookie kept. */
export function downstreamHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  for (const [name, value] of upstream) {
    if (HOP_BY_HOP.has(name) || name === 'set-cookie' || name === 'content-encoding' || name === 'content-length') continue;
    headers.set(name, value);
  }
  for (const cookie of upstream.getSetCookie()) headers.append('set-cookie', cookie);
  // Never let a compressing or buffering layer in between hold back server-sent events.
  if (headers.get('content-type')?.startsWith('text/event-stream')) headers.set('x-accel-buffering', 'no');
  return headers;
}

/** Passes `request` to the API at `apiOrigin` and streams its answer back; 502 when the API cannot be reached. */
export async function proxyToApi(request: Request, apiOrigin: string, forwarded: ForwardedFor, fetchImpl: typeof fetch = fetch): Promise<Response> {
  const target = new URL(forwarded.url.pathname + forwarded.url.search, apiOrigin);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetchImpl(target, {
      method: request.method,
      headers: upstreamHeaders(request.headers, forwarded),
      body: hasBody ? request.body : undefined,
      redirect: 'manual',
      signal: request.signal,
      // Stream the request body instead of buffering it (required by Node's fetch for a stream body).
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return Response.json({ errors: [{ message: `The API server at ${apiOrigin} is not reachable (${reason}).` }] }, { status: 502 });
  }
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: downstreamHeaders(upstream.headers) });
}

/**
 * For server-side rendering: a same-origin API request made by a load function goes straight to the API server,
 * carrying the browser's cookie and authorization headers (SvelteKit would otherwise drop them for another origin).
 */
export function apiRequestFromLoad(request: Request, incoming: Headers, apiOrigin: string, forwarded: ForwardedFor): Request {
  const url = new URL(request.url);
  const headers = upstreamHeaders(request.headers, forwarded);
  for (const name of ['cookie', 'authorization'] as const) {
    const value = incoming.get(name);
    if (value && !headers.has(name)) headers.set(name, value);
  }
  return new Request(new URL(url.pathname + url.search, apiOrigin), {
    method: request.method,
    headers,
    body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
    ...(request.body ? { duplex: 'half' } : {}),
  } as RequestInit);
}
