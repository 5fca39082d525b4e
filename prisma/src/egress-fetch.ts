/**
 * The platform's outbound `fetch` (see egress.ts for the policy it enforces), over node:http/https
 * keep-alive agents.
 *
 * Why not the global fetch: every connection must go through the policy's agents (checked on the
 * address actually dialled), and at high request rates undici's WHATWG layer costs the worker more
 * CPU per request than the model server's answer takes to arrive — request cloning, header lists,
 * web streams and a signal per request. Chat completions need none of that: a JSON body out, a JSON
 * body back. This keeps fetch's contract where the openai client relies on it (status, headers,
 * `Response` body, AbortError on abort, TypeError with a cause on connection failure, redirects,
 * compressed bodies) and pools one set of sockets per endpoint.
 *
 * What it adds to fetch: redirects to another origin are refused (`crossOrigin: 'refuse'`, model
 * calls) or followed without `Authorization`, cookies or any header the caller set
 * (`crossOrigin: 'strip'`); every hop is checked; bodies are capped after decompression.
 */
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { checkUrl, createGuardedAgents, EgressError, egressPolicy, MODEL_RESPONSE_LIMIT_BYTES, type EgressPolicy } from './egress';

export interface EgressFetchOptions {
  /** The policy, read for every request (default: the configuration's). */
  policy?: () => EgressPolicy;
  /** Decoded response bodies larger than this fail with RESPONSE_TOO_LARGE (default 1 MiB; `Infinity` with `stream`). */
  maxResponseBytes?: number;
  /** Redirects to another origin: refused (default), or followed with only fetch's own headers. */
  crossOrigin?: 'refuse' | 'strip';
  /** Hand the body over as a stream as it arrives (downloads) instead of buffering it. */
  stream?: boolean;
  /** Sockets per host. Endpoint semaphores already bound concurrency, so no extra limit by default. */
  maxSockets?: number;
  /** Idle sockets are closed after this long (servers drop them anyway; 5 s is Node's server default). */
  idleTimeoutMs?: number;
}

const MAX_REDIRECTS = 5;
type Decoder = () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress;
const decoders: Record<string, (body: Buffer, limit: number) => Promise<Buffer>> = {
  gzip: (body, limit) => inflate(zlib.gunzip, body, limit),
  'x-gzip': (body, limit) => inflate(zlib.gunzip, body, limit),
  deflate: (body, limit) => inflate(zlib.inflate, body, limit),
  br: (body, limit) => inflate(zlib.brotliDecompress, body, limit),
};
const streamDecoders: Record<string, Decoder> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

type ZlibCall = (buffer: Buffer, options: zlib.ZlibOptions & zlib.BrotliOptions, callback: (error: Error | null, result: Buffer) => void) => void;

/** Decompresses in one call that stops at `limit` bytes of output (a 97 KB gzip may hold 100 MB). */
function inflate(call: ZlibCall, body: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    call(body, Number.isFinite(limit) ? { maxOutputLength: limit + 1 } : {}, (error, result) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return reject(tooLarge(limit));
      if (error) return reject(new TypeError('fetch failed: could not decode the response body', { cause: error }));
      if (result.length > limit) return reject(tooLarge(limit));
      resolve(result);
    }),
  );
}

function tooLarge(limit: number): EgressError {
  return new EgressError(`The response is larger than ${Math.round(limit / 1024)} KiB (after decompression); refused`, 'RESPONSE_TOO_LARGE');
}

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
  /** The decoded body (buffered mode) or a stream of it (stream mode). */
  body: Buffer | Readable;
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
          stream = new Response(pending as unknown as ConstructorParameters<typeof Response>[0]).body;
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

function streamedResponse(body: Readable, init: ResponseInit, url: string): Response {
  const nobody = init.status === 204 || init.status === 304;
  if (nobody) body.resume();
  const response = new Response(nobody ? null : (Readable.toWeb(body) as ReadableStream<Uint8Array>), init);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** Headers fetch itself sets; everything else the caller set is dropped on a cross-origin hop. */
const TRANSPORT_HEADERS = new Set(['accept', 'accept-encoding', 'accept-language', 'content-type', 'user-agent', 'range']);

interface Sent {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
  signal: AbortSignal | undefined;
}

export function createEgressFetch(options: EgressFetchOptions = {}): typeof fetch {
  const policy = options.policy ?? (() => egressPolicy());
  const limit = options.maxResponseBytes ?? (options.stream ? Infinity : MODEL_RESPONSE_LIMIT_BYTES);
  // LIFO reuses the most recently used socket: the least likely to have been closed by the server.
  const agents = createGuardedAgents(policy, {
    keepAlive: true,
    maxSockets: options.maxSockets ?? Infinity,
    timeout: options.idleTimeoutMs ?? 4_000,
    scheduling: 'lifo',
  });

  const send = ({ url, method, headers, body, signal }: Sent) =>
    new Promise<RawResponse>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const transport = url.protocol === 'https:' ? https : http;
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
      };
      const agent = agents[url.protocol === 'https:' ? 'https:' : 'http:'];
      const request = transport.request({ ...target, method, headers: flatHeaders, agent }, (response) => {
        const head = { status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers };
        const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
        if (options.stream) {
          signal?.removeEventListener('abort', onAbort);
          const decoder = streamDecoders[encoding];
          const decoded = decoder ? response.pipe(decoder()) : response;
          if (decoder) response.on('error', (error) => decoded.destroy(error));
          return resolve({ ...head, body: Number.isFinite(limit) ? capStream(decoded, limit) : decoded });
        }
        const chunks: Buffer[] = [];
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          // The raw body alone is already too large: stop reading (and drop the connection).
          if (received > limit) return fail(tooLarge(limit), true);
          chunks.push(chunk);
        });
        response.on('error', (error) => fail(error));
        response.on('end', () => {
          signal?.removeEventListener('abort', onAbort);
          const raw = Buffer.concat(chunks);
          const decode = decoders[encoding];
          const done = (decoded: Buffer) => resolve({ ...head, body: decoded });
          if (!decode || raw.length === 0) return done(raw);
          decode(raw, limit).then(done, reject);
        });
      });
      function fail(error: Error, destroy = false) {
        signal?.removeEventListener('abort', onAbort);
        if (destroy) request.destroy();
        if (error instanceof EgressError) return reject(error);
        reject(signal?.aborted ? abortError(signal) : new TypeError('fetch failed', { cause: error }));
      }
      function onAbort() {
        request.destroy();
        reject(abortError(signal!));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      request.on('error', (error) => fail(error));
      request.end(body);
    });

  /** The next hop of a redirect, or null when the response is final. Drops what must not follow. */
  const redirect = (sent: Sent, response: RawResponse, mode: RequestInit['redirect'], hops: number): Sent | null => {
    const location = response.headers.location;
    if (!(response.status >= 300 && response.status < 400 && location) || mode === 'manual') return null;
    if (mode === 'error' || hops >= MAX_REDIRECTS) throw new TypeError(`fetch failed: too many redirects at ${sent.url.href}`);
    const next = checkUrl(new URL(location, sent.url), policy());
    const headers = { ...sent.headers };
    if (next.origin !== sent.url.origin) {
      if (options.crossOrigin !== 'strip') {
        throw new EgressError(`${sent.url.origin} redirected to another origin (${next.origin}); not followed — use the final URL`, 'REDIRECT_NOT_ALLOWED');
      }
      for (const name of Object.keys(headers)) if (!TRANSPORT_HEADERS.has(name)) delete headers[name];
    }
    let { method, body } = sent;
    // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = undefined;
      delete headers['content-type'];
      delete headers['content-length'];
    }
    return { url: next, method, headers, body, signal: sent.signal };
  };

  return async function egressFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    let sent = await firstRequest(input, init, policy());
    for (let hops = 0; ; hops++) {
      const response = await send(sent);
      const next = redirect(sent, response, init.redirect, hops);
      if (next) {
        if (response.body instanceof Readable) response.body.destroy();
        sent = next;
        continue;
      }
      const responseHeaders = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined || name === 'content-encoding' || name === 'content-length') continue;
        for (const one of Array.isArray(value) ? value : [value]) responseHeaders.append(name, one);
      }
      const responseInit = { status: response.status, statusText: response.statusText, headers: responseHeaders };
      return response.body instanceof Readable
        ? streamedResponse(response.body, responseInit, sent.url.href)
        : bufferedResponse(response.body, responseInit, sent.url.href);
    }
  };
}

/** The first hop: a URL the policy accepts, and a body read into memory (text or bytes only). */
async function firstRequest(input: string | URL | Request, init: RequestInit, policy: EgressPolicy): Promise<Sent> {
  const request = input instanceof Request ? input : null;
  const url = checkUrl(new URL(request ? request.url : (input as string | URL)), policy);
  const headers = plainHeaders(init.headers ?? request?.headers);
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  const raw = init.body ?? (request?.body ? Buffer.from(await request.arrayBuffer()) : null);
  if (raw != null && typeof raw !== 'string' && !(raw instanceof Uint8Array) && !(raw instanceof ArrayBuffer)) {
    throw new TypeError('egress fetch sends text or byte bodies only');
  }
  const body = raw == null ? undefined : typeof raw === 'string' ? raw : Buffer.from(raw instanceof ArrayBuffer ? new Uint8Array(raw) : raw);
  return { url, method: (init.method ?? request?.method ?? 'GET').toUpperCase(), headers, body, signal: init.signal ?? request?.signal ?? undefined };
}

/** A stream that fails with RESPONSE_TOO_LARGE once more than `limit` bytes went through. */
function capStream(source: Readable, limit: number): Readable {
  let seen = 0;
  const capped = new Readable({ read: () => source.resume() });
  source.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit) {
      source.destroy();
      capped.destroy(tooLarge(limit));
      return;
    }
    if (!capped.push(chunk)) source.pause();
  });
  source.on('end', () => capped.push(null));
  source.on('error', (error) => capped.destroy(error));
  return capped;
}
