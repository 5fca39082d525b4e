/**
 * The OpenID Connect routes of the auth contract (AUTH-CONTRACT.md), kept stable over better-auth versions:
 * `POST /api/auth/sign-in/oauth2 { providerId, callbackURL, errorCallbackURL? }` starts the sign-in and the provider
 * comes back to `/api/auth/oauth2/callback/<providerId>` (the redirect URI to register). better-auth 1.7 serves
 * genericOAuth providers on its social routes, so these requests are handed to `/sign-in/social { provider }` and
 * `/callback/<providerId>`, which better-auth handles as usual (state, PKCE, nonce, cookies).
 */
import type { IncomingMessage } from 'node:http';
import { readBodyUpTo, replayRequest } from '../http/replay-request';

export const OIDC_START_PATH = '/api/auth/sign-in/oauth2';
export const OIDC_CALLBACK_PREFIX = '/api/auth/oauth2/callback/';

/** The request better-auth should see for a contract OIDC route; other requests unchanged. */
export async function toBetterAuthOidcRoute(req: IncomingMessage, maxBodyBytes: number): Promise<IncomingMessage | null> {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (pathname.startsWith(OIDC_CALLBACK_PREFIX)) {
    req.url = `/api/auth/callback/${pathname.slice(OIDC_CALLBACK_PREFIX.length)}${queryAt === -1 ? '' : url.slice(queryAt)}`;
    return req;
  }
  if (req.method !== 'POST' || pathname !== OIDC_START_PATH) return req;
  const raw = await readBodyUpTo(req, maxBodyBytes);
  if (raw === null) return null;
  const body = Buffer.from(JSON.stringify(translateBody(raw)));
  const headers = { ...req.headers, 'content-type': 'application/json', 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  return replayRequest(req, body, { method: 'POST', url: '/api/auth/sign-in/social', headers, rawHeaders: [] });
}

/** `{ providerId, …rest }` → `{ provider, …rest }` (a body that is not a JSON object is passed on for better-auth to refuse). */
function translateBody(raw: Buffer): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const { providerId, ...rest } = parsed as Record<string, unknown>;
  return { ...rest, provider: providerId };
}
