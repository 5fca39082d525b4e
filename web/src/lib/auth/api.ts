/**
 * The browser's calls to the sign-in routes (better-auth, mounted by the API server at /api/auth/* and proxied by
 * the web server with cookies both ways). The session lives in an HTTP-only cookie the page never reads.
 */

export type SignInFailure =
  | { kind: 'invalid' }
  | { kind: 'forbidden'; message: string | null }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'other'; message: string };

export type SignInOutcome = { ok: true } | { ok: false; failure: SignInFailure };

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

async function messageOf(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { message?: unknown; error?: unknown };
    if (typeof body.message === 'string' && body.message) return body.message;
    if (typeof body.error === 'string' && body.error) return body.error;
  } catch {
    // Not JSON.
  }
  return null;
}

function retryAfter(response: Response): number | null {
  const value = response.headers.get('retry-after') ?? response.headers.get('x-retry-after');
  const seconds = value === null ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null;
}

/** Classifies a refused sign-in answer. */
export async function signInFailure(response: Response): Promise<SignInFailure> {
  if (response.status === 429) return { kind: 'rateLimited', retryAfterSeconds: retryAfter(response) };
  const message = await messageOf(response);
  if (response.status === 401) return { kind: 'invalid' };
  if (response.status === 403) return { kind: 'forbidden', message };
  return { kind: 'other', message: message ?? `HTTP ${response.status} ${response.statusText}`.trim() };
}

/** POST /api/auth/sign-in/email: on success the answer sets the session cookie. */
export async function signInWithPassword(email: string, password: string, fetchImpl: typeof fetch = fetch): Promise<SignInOutcome> {
  let response: Response;
  try {
    response = await fetchImpl('/api/auth/sign-in/email', {
      method: 'POST',
      headers: JSON_HEADERS,
      credentials: 'same-origin',
      body: JSON.stringify({ email: email.trim(), password }),
    });
  } catch (error) {
    return { ok: false, failure: { kind: 'other', message: error instanceof Error ? error.message : String(error) } };
  }
  if (response.ok) return { ok: true };
  return { ok: false, failure: await signInFailure(response) };
}

/**
 * POST /api/auth/sign-in/oauth2: the server answers with the provider's authorization URL; the browser goes there
 * and comes back to `callbackURL` signed in (or to `errorCallbackURL` with ?error=…).
 */
export async function startOidcSignIn(
  providerId: string,
  callbackURL: string,
  errorCallbackURL: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; url: string } | { ok: false; failure: SignInFailure }> {
  let response: Response;
  try {
    response = await fetchImpl('/api/auth/sign-in/oauth2', {
      method: 'POST',
      headers: JSON_HEADERS,
      credentials: 'same-origin',
      body: JSON.stringify({ providerId, callbackURL, errorCallbackURL }),
    });
  } catch (error) {
    return { ok: false, failure: { kind: 'other', message: error instanceof Error ? error.message : String(error) } };
  }
  if (!response.ok) return { ok: false, failure: await signInFailure(response) };
  const body = (await response.json().catch(() => null)) as { url?: unknown } | null;
  if (body && typeof body.url === 'string' && body.url) return { ok: true, url: body.url };
  return { ok: false, failure: { kind: 'other', message: 'The sign-in server did not return a provider URL.' } };
}

/** POST /api/auth/sign-out: ends the session (the cookie is cleared by the answer). */
export async function signOut(fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl('/api/auth/sign-out', { method: 'POST', headers: JSON_HEADERS, credentials: 'same-origin', body: '{}' });
    return response.ok;
  } catch {
    return false;
  }
}
