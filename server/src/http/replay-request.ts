/**
 * Node handlers (better-auth's) read the request body from `req`. Middleware that has to read the body first (the
 * sign-in limit, the OIDC route translation) hands them a replay: a readable copy with the body already read.
 */
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/** The body, or null as soon as it grows past `limit` bytes. */
export async function readBodyUpTo(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A readable copy of `req` carrying `body`, with the request line and headers optionally replaced. */
export function replayRequest(
  req: IncomingMessage,
  body: Buffer,
  replace: Partial<Pick<IncomingMessage, 'method' | 'url' | 'headers' | 'rawHeaders'>> = {},
): IncomingMessage {
  const copy = Readable.from(body.length > 0 ? [body] : []) as unknown as IncomingMessage;
  return Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    ...replace,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    socket: req.socket,
    connection: req.socket,
    trailers: {},
    rawTrailers: [],
    aborted: false,
    complete: true,
  });
}
