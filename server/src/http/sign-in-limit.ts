/**
 * Rate limits on sign-in (issue #9 item 7): every POST under /api/auth/sign-in/ counts one attempt for the client
 * address and, when the body names one, one for the account (its email), before better-auth sees it. Over either
 * allowance: HTTP 429 with Retry-After and `{ code: "RATE_LIMITED", message, retryAfterSeconds }` (better-auth's
 * error shape, so the web app shows the message). The body is read here (at most MAX_BODY_BYTES, else 413) and
 * handed on as a replay of the request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpPolicy } from '@benchhub/db/http-policy';
import { RateLimitedError } from '../limit-errors';
import type { RateLimits } from '../services/rate-limits.service';
import { clientAddressOf } from './client-address';
import { readBodyUpTo, replayRequest } from './replay-request';

export interface SignInLimitDeps {
  rateLimits: RateLimits;
  policy: HttpPolicy;
  maxBodyBytes: number;
}

const isSignIn = (req: IncomingMessage) => req.method === 'POST' && /^\/api\/auth\/sign-in(\/|\?|$)/.test(req.url ?? '');

/** The request to hand on (a replay when the body was read), or null when this answered it (429, 413). */
export async function limitSignIn(req: IncomingMessage, res: ServerResponse, deps: SignInLimitDeps): Promise<IncomingMessage | null> {
  if (!isSignIn(req)) return req;
  const body = await readBody(req, deps.maxBodyBytes);
  if (body === null) {
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(JSON.stringify({ code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${deps.maxBodyBytes} bytes.` }));
    return null;
  }
  try {
    await deps.rateLimits.consume('signInByIp', clientAddressOf(req, deps.policy));
    const email = emailOf(body);
    if (email) await deps.rateLimits.consume('signInByAccount', email);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    res
      .writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(error.retryAfterSeconds) })
      .end(JSON.stringify({ code: error.code, message: error.message, retryAfterSeconds: error.retryAfterSeconds }));
    return null;
  }
  return replayRequest(req, body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return null;
  return readBodyUpTo(req, limit);
}

function emailOf(body: Buffer): string | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { email?: unknown };
    return typeof parsed.email === 'string' && parsed.email.trim() ? parsed.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}
