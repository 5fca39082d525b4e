import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { loadClient, requireSignedIn } from './ssr';

type Answer = { data?: unknown; errors?: { message: string; extensions?: { code: string } }[] };

/** A stand-in for the load's fetch: answers each operation by name, records what was asked. */
function fakeApi(answers: Record<string, Answer | 'down'>) {
  const asked: { operation: string; url: string }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    asked.push({ operation, url: String(input) });
    const answer = answers[operation];
    if (answer === 'down' || !answer) throw new TypeError('fetch failed');
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { client: loadClient(fetch, 'http://web.test'), asked };
}

const auth = (needsFirstAdmin = false) => ({
  data: { health: { __typename: 'Health', auth: { __typename: 'AuthInfo', needsFirstAdmin, passwordSignIn: true, oidc: [] } } },
});
const me = {
  data: {
    me: { __typename: 'User', id: 'u1', email: 'a@example.com', name: 'A', role: 'ADMIN', disabled: false, createdAt: '2026-01-01T00:00:00Z', lastSignInAt: null },
  },
};
const member = { data: { me: { ...me.data.me, id: 'u2', role: 'MEMBER' } } };
const unauthenticated = { data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] };

async function outcome(promise: Promise<unknown>) {
  try {
    return { value: await promise };
  } catch (thrown) {
    if (isRedirect(thrown)) return { redirect: thrown.location, status: thrown.status };
    if (isHttpError(thrown)) return { error: thrown.status, message: thrown.body.message, body: thrown.body };
    throw thrown;
  }
}

describe('who a server-rendered page is for', () => {
  it('is the signed-in user, asked of the same origin as the browser would', async () => {
    const api = fakeApi({ AuthHealth: auth(), Me: me });
    const result = await outcome(requireSignedIn(api.client, new URL('http://web.test/leaderboard'), 'en'));
    expect(result).toEqual({ value: { info: auth().data.health.auth, me: me.data.me } });
    expect(api.asked.map((a) => a.url)).toEqual(['http://web.test/graphql', 'http://web.test/graphql']);
  });

  it('sends an anonymous caller to sign-in, coming back to the page with its query', async () => {
    const api = fakeApi({ AuthHealth: auth(), Me: unauthenticated });
    await expect(outcome(requireSignedIn(api.client, new URL('http://web.test/leaderboard/cells?language=KOREAN'), 'en'))).resolves.toEqual({
      redirect: `/signin?redirectTo=${encodeURIComponent('/leaderboard/cells?language=KOREAN')}`,
      status: 303,
    });
  });

  it('sends everyone to /setup while there is no user yet', async () => {
    const api = fakeApi({ AuthHealth: auth(true), Me: unauthenticated });
    await expect(outcome(requireSignedIn(api.client, new URL('http://web.test/tasks/t1'), 'en'))).resolves.toEqual({ redirect: '/setup', status: 303 });
  });

  it('answers 503 when the API cannot be asked, instead of guessing', async () => {
    const down = fakeApi({ AuthHealth: 'down', Me: 'down' });
    await expect(outcome(requireSignedIn(down.client, new URL('http://web.test/leaderboard'), 'en'))).resolves.toMatchObject({ error: 503 });
    const failing = fakeApi({ AuthHealth: auth(), Me: { data: null, errors: [{ message: 'database is locked' }] } });
    await expect(outcome(requireSignedIn(failing.client, new URL('http://web.test/leaderboard'), 'en'))).resolves.toMatchObject({
      error: 503,
      message: expect.stringContaining('database is locked'),
    });
  });

  it('gives its error pages the language, and the session once the API said who is asking (the layout renders the header)', async () => {
    const api = fakeApi({ AuthHealth: auth(), Me: member });
    await expect(outcome(requireSignedIn(api.client, new URL('http://web.test/users'), 'ko'))).resolves.toMatchObject({
      error: 403,
      body: { locale: 'ko', session: { info: auth().data.health.auth, me: member.data.me } },
    });
    const down = fakeApi({ AuthHealth: 'down', Me: 'down' });
    const unreachable = await outcome(requireSignedIn(down.client, new URL('http://web.test/leaderboard'), 'ko'));
    expect(unreachable).toMatchObject({ error: 503, body: { locale: 'ko' } });
    expect(unreachable).not.toHaveProperty('body.session');
  });
});
