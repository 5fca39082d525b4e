/**
 * A small `fetch` for the `openai` client over node:http/https keep-alive agents.
 *
 * Why: at high request rates the global fetch (undici's WHATWG layer) costs the worker more CPU per
 * request than the model server's answer takes to arrive — request cloning, header lists, web streams
 * and a signal per request. Chat completions need none of that: a JSON body out, a JSON body back.
 * This keeps fetch's contract where the client relies on it (status, headers, `Response` body,
 * AbortError on abort, TypeError with a cause on connection failure, redirects, compressed bodies)
 * and pools one set of sockets per endpoint.
 */
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export interface KeepAliveFetchOptions {
  /** Sockets per host. Endpoint semaphores already bound concurrency, so no extra limit by default. */
  maxSockets?: number;
  /** Idle sockets are closed after this long (servers drop them anyway; 5 s is Node's server default). */
  idleTimeoutMs?: number;
}

const MAX_REDIRECTS = 5;
const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('This operation was aborted', 'AbortError');
}

function plainHeaders(init: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  // The openai client passes a Headers object: read it as is rather than copying it first.
  (init instanceof Headers ? init : new Headers(init)).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A Response whose body is already in memory: reading it parses the buffer directly instead of
 * going through a web stream (which cost more than the rest of the response handling together).
 * The stream exists only if someone asks for `body`.
 */
function bufferedResponse(buffer: Buffer, init: ResponseInit, url: string): Response {
  const response = new Response(null, init);
  // 204/304 carry no body, as in fetch.
  let pending: Buffer | null = init.status === 204 || init.status === 304 ? null : buffer;
  let used = false;
  let stream: ReadableStream<Uint8Array> | null = null;
  const take = (): Buffer => {
    if (used) throw new TypeError('Body is unusable: Body has already been read');
    used = true;
    const bytes = pending ?? Buffer.alloc(0);
    pending = null;
    return bytes;
  };
  const text = async (): Promise<string> => (stream ? new Response(stream).text() : take().toString('utf8'));
  Object.defineProperties(response, {
    url: { value: url },
    bodyUsed: { get: () => used },
    body: {
      get: () => {
        if (!stream && pending && !used) {
          stream = new Response(pending).body;
          pending = null;
        }
        return stream;
      },
    },
    text: { value: text },
    json: { value: async (): Promise<unknown> => JSON.parse(await text()) as unknown },
    arrayBuffer: {
      value: async (): Promise<ArrayBuffer> => {
        if (stream) return new Response(stream).arrayBuffer();
        const bytes = take();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      },
    },
  });
  return response;
}

export function createKeepAliveFetch(options: KeepAliveFetchOptions = {}): typeof fetch {
  // LIFO reuses the most recently used socket: the least likely to have been closed by the server.
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? Infinity, timeout: options.idleTimeoutMs ?? 4_000, scheduling: 'lifo' as const };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

  const send = (url: URL, method: string, headers: Record<string, string>, body: string | Buffer | undefined, signal: AbortSignal | undefined) =>
    new Promise<RawResponse>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const transport = url.protocol === 'https:' ? https : http;
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
      // A known length: one write for head and body, and no chunked upload (some servers refuse it).
      // Headers as a flat [name, value, …] list and the target as plain options: Node then skips
      // re-validating each header and re-parsing the URL for every request.
      // (A flat list is sent as given: Host, which Node adds to an object of headers, goes in here.)
      const flatHeaders = Object.entries(headers).flat();
      if (headers.host === undefined) flatHeaders.push('host', url.host);
      if (body !== undefined) flatHeaders.push('content-length', String(Buffer.byteLength(body)));
      const target = {
        protocol: url.protocol,
        hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        ...(url.username || url.password ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
      };
      const request = transport.request({ ...target, method, headers: flatHeaders, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () => {
          signal?.removeEventListener('abort', onAbort);
          const raw = Buffer.concat(chunks);
          const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
          const decode = decoders[encoding];
          const done = (decoded: Buffer) =>
            resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers, body: decoded });
          if (!decode || raw.length === 0) return done(raw);
          decode(raw).then(done, (error: unknown) => reject(new TypeError('fetch failed: could not decode the response body', { cause: error })));
        });
      });
      function fail(error: Error) {
        signal?.removeEventListener('abort', onAbort);
        reject(signal?.aborted ? abortError(signal) : new TypeError('fetch failed', { cause: error }));
      }
      function onAbort() {
        request.destroy();
        reject(abortError(signal!));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      request.on('error', fail);
      request.end(body);
    });

  return async function keepAliveFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    const body = init.body;
    // Anything but a plain text/bytes body (streams, forms): the platform fetch handles it.
    if (input instanceof Request || (body != null && typeof body !== 'string' && !(body instanceof Uint8Array))) {
      return fetch(input, init);
    }
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    const headers = plainHeaders(init.headers);
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    let payload: string | Buffer | undefined = body == null ? undefined : typeof body === 'string' ? body : Buffer.from(body);
    for (let redirects = 0; ; redirects++) {
      const signal = init.signal ?? undefined;
      const response = await send(url, method, headers, payload, signal);
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && location && init.redirect !== 'manual') {
        if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) throw new TypeError(`fetch failed: too many redirects at ${url.href}`);
        url = new URL(location, url);
        // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
          method = 'GET';
          payload = undefined;
          delete headers['content-type'];
          delete headers['content-length'];
        }
        continue;
      }
      const responseHeaders = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined || name === 'content-encoding' || name === 'content-length') continue;
        for (const one of Array.isArray(value) ? value : [value]) responseHeaders.append(name, one);
      }
      return bufferedResponse(response.body, { status: response.status, statusText: response.statusText, headers: responseHeaders }, url.href);
    }
  };
}
