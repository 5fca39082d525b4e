/**
 * Browser protections of the API server (issue #9 item 5), in one place:
 * - Host allowlist (DNS rebinding): requests naming another host are refused before anything runs;
 * - security headers on every response (a strict CSP everywhere, GraphiQL's own CSP on its page);
 * - CORS limited to the web origins (WEB_ORIGIN; a foreign Origin gets no CORS headers, so its preflight fails);
 * - CSRF prevention: POST bodies only as application/json (or application/graphql); form-encoded, multipart and
 *   text/plain bodies (what a cross-site form or a "simple" fetch can send) are refused with 415, and GET
 *   operations need a header no cross-site form can set (`x-graphql-yoga-csrf`, Yoga's CSRF plugin);
 * - a request-body limit (413), counted while reading (chunked bodies too).
 * The policy itself (origins, hosts, proxy trust) lives in @benchhub/db/http-policy, shared with the web app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { API_SECURITY_HEADERS, GRAPHIQL_CSP, type HttpPolicy } from '@benchhub/db/http-policy';

/** The header a GET operation must carry (any value). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Sets the security headers on `res`; refuses a declared body over the limit (413) and a request whose Host (or,
 * from a trusted proxy, X-Forwarded-Host) is not one of ours (421). Returns true when it answered the request.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse, policy: HttpPolicy, maxBodyBytes: number): boolean {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) res.setHeader(name, value);
  // GraphiQL's page and files (its editor workers take the CSP of their own response).
  if ((req.url ?? '').startsWith('/graphql/graphiql/')) res.setHeader('content-security-policy', GRAPHIQL_CSP);
  if (Number(header(req, 'content-length') ?? 0) > maxBodyBytes) {
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(
      JSON.stringify({ errors: [{ message: `The request body is larger than ${maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
    );
    return true;
  }
  const forwardedHost = policy.trusted(req.socket.remoteAddress ?? '') ? header(req, 'x-forwarded-host') : undefined;
  if (policy.hostAllowed(header(req, 'host')) && (forwardedHost === undefined || policy.hostAllowed(forwardedHost.split(',')[0]))) return false;
  res.writeHead(421, { 'content-type': 'application/json; charset=utf-8' }).end(
    JSON.stringify({
      errors: [{ message: 'This server does not answer to that host name: add it to WEB_ORIGIN or ALLOWED_HOSTS.', extensions: { code: 'HOST_NOT_ALLOWED' } }],
    }),
  );
  return true;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Yoga's `cors` option: the allowed origins get credentialed CORS; any other Origin gets no CORS headers. */
export function corsFor(policy: HttpPolicy) {
  const allowed = new Set(policy.webOrigins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false as const;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'accept', CSRF_HEADER],
      maxAge: 600,
    };
  };
}

const JSON_TYPES = ['application/json', 'application/graphql+json'];

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(/[;,]/)[0]!.trim().toLowerCase();
}

const httpError = (status: number, message: string, code: string) => createGraphQLError(message, { extensions: { http: { status }, code } });

/** Reads a body of at most `limit` bytes; a longer one (declared or streamed) is a 413. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const tooLarge = () => httpError(413, `The request body is larger than ${limit} bytes.`, 'PAYLOAD_TOO_LARGE');
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses POST bodies itself: JSON or GraphQL text within the size limit; every other content type is a 415. */
function usePostBodyPolicy(maxBodyBytes: number): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      setRequestParser(async (req) => {
        const type = mediaType(req);
        if (!JSON_TYPES.includes(type) && type !== 'application/graphql') {
          throw httpError(415, 'Send GraphQL requests as application/json (form-encoded, multipart and text bodies are refused).', 'UNSUPPORTED_MEDIA_TYPE');
        }
        const text = await readLimited(req, maxBodyBytes);
        if (type === 'application/graphql') return { query: text };
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw httpError(400, 'POST body sent invalid JSON.', 'BAD_REQUEST');
        }
        if (body === null || typeof body !== 'object' || Array.isArray(body)) throw httpError(400, 'POST body is expected to be a JSON object.', 'BAD_REQUEST');
        return body as Record<string, unknown>;
      });
    },
  };
}

/** GraphiQL's page gets its own CSP (files of this server only); everything else keeps the strict default. */
function useGraphiqlCsp(): Plugin {
  return {
    onResponse({ response }) {
      if ((response.headers.get('content-type') ?? '').startsWith('text/html')) response.headers.set('content-security-policy', GRAPHIQL_CSP);
    },
  };
}

/** The Yoga plugins of the browser protections. */
export function browserProtectionPlugins(options: { maxBodyBytes: number }): Plugin[] {
  return [useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }), usePostBodyPolicy(options.maxBodyBytes), useGraphiqlCsp()];
}
