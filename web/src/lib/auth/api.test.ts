import { describe, expect, it } from 'vitest';
import { signInFailure, signInWithPassword, signOut, startOidcSignIn } from './api';

type Call = { url: string; init: RequestInit };
function fakeFetch(response: Response | Error, calls: Call[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  }) as unknown as typeof fetch;
}

describe('signInWithPassword', () => {
  it('posts trimmed email and the password as JSON', async () => {
    const calls: Call[] = [];
    const outcome = await signInWithPassword(' a@x.test ', ' pw ', fakeFetch(Response.json({ user: {} }), calls));
    expect(outcome).toEqual({ ok: true });
    expect(calls[0]!.url).toBe('/api/auth/sign-in/email');
    expect(calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ email: 'a@x.test', password: ' pw ' });
  });

  it('classifies refusals', async () => {
    expect(await signInWithPassword('a', 'b', fakeFetch(Response.json({ code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid' }, { status: 401 })))).toEqual({
      ok: false,
      failure: { kind: 'invalid' },
    });
    expect(await signInWithPassword('a', 'b', fakeFetch(Response.json({ message: 'Account disabled' }, { status: 403 })))).toEqual({
      ok: false,
      failure: { kind: 'forbidden', message: 'Account disabled' },
    });
    expect(await signInWithPassword('a', 'b', fakeFetch(new Response('slow down', { status: 429, headers: { 'retry-after': '30' } })))).toEqual({
      ok: false,
      failure: { kind: 'rateLimited', retryAfterSeconds: 30 },
    });
    expect(await signInWithPassword('a', 'b', fakeFetch(new TypeError('fetch failed')))).toEqual({ ok: false, failure: { kind: 'other', message: 'fetch failed' } });
  });

  it('reports the status when the body says nothing', async () => {
    expect(await signInFailure(new Response('', { status: 502, statusText: 'Bad Gateway' }))).toEqual({ kind: 'other', message: 'HTTP 502 Bad Gateway' });
  });
});

describe('startOidcSignIn', () => {
  it('returns the provider URL', async () => {
    const calls: Call[] = [];
    const outcome = await startOidcSignIn('oidc', '/tasks', '/signin', fakeFetch(Response.json({ url: 'http://idp.test/auth?x', redirect: true }), calls));
    expect(outcome).toEqual({ ok: true, url: 'http://idp.test/auth?x' });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ providerId: 'oidc', callbackURL: '/tasks', errorCallbackURL: '/signin' });
  });

  it('fails clearly without a URL', async () => {
    const outcome = await startOidcSignIn('oidc', '/', '/signin', fakeFetch(Response.json({})));
    expect(outcome.ok).toBe(false);
  });
});

describe('signOut', () => {
  it('posts to the sign-out route and reports success', async () => {
    const calls: Call[] = [];
    expect(await signOut(fakeFetch(Response.json({ success: true }), calls))).toBe(true);
    expect(calls[0]!.url).toBe('/api/auth/sign-out');
    expect(await signOut(fakeFetch(new Error('down')))).toBe(false);
  });
});
