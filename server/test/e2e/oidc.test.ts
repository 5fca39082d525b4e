import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@benchhub/db';
import { freePort, startStack, type TestStack } from '../support/stack';

/**
 * OpenID Connect sign-in end to end against a real OpenID provider (the `oidc-provider` package) on loopback: the
 * authorization-code flow is driven like a browser (redirects followed by hand, one cookie jar per host), through the
 * provider's own login and consent pages, back to the API's callback.
 */
const CLIENT_ID = 'benchhub-e2e';
const CLIENT_SECRET = 'e2e-client-secret-of-sufficient-length';
/** The provider's accounts: login name -> claims. */
const accounts = new Map<string, { email: string; email_verified: boolean; name: string }>();

let stack: TestStack;
let api: string;
let issuer: string;
let providerServer: http.Server;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'ignore' });
  const apiPort = await freePort();
  api = `http://127.0.0.1:${apiPort}`;
  providerServer = http.createServer();
  await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${api}/api/auth/oauth2/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const claims = accounts.get(id);
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
    cookies: { keys: ['e2e-oidc-provider-cookie-key'] },
  });
  providerServer.on('request', provider.callback());
  stack = await startStack({
    workers: 0,
    port: apiPort,
    env: { WEB_ORIGIN: api, OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_NAME: 'Team SSO' },
  });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  providerServer?.closeAllConnections();
  await new Promise((resolve) => providerServer?.close(resolve));
});

/** A browser's cookies for 127.0.0.1 (cookies ignore ports, as browsers do). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

/** Requests with the jar, following redirects by hand; returns the first non-redirect answer and the URLs visited. */
async function browse(jar: CookieJar, url: string, init: { method?: string; body?: URLSearchParams } = {}) {
  const visited: string[] = [];
  let current = new URL(url);
  let request: RequestInit = { method: init.method ?? 'GET', body: init.body };
  for (let hop = 0; hop < 20; hop++) {
    visited.push(current.href);
    const response = await fetch(current, { ...request, redirect: 'manual', headers: { cookie: jar.header(), ...(request.body ? { origin: current.origin } : {}) } });
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, visited, body: await response.text() };
    await response.body?.cancel();
    current = new URL(location, current);
    request = { method: 'GET' };
  }
  throw new Error(`too many redirects: ${visited.join(' -> ')}`);
}

/** Submits the provider's interaction form (login or consent) found in a page. */
function formAction(html: string, base: string): string {
  const match = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!match) throw new Error(`no form in the provider's page: ${html.slice(0, 300)}`);
  return new URL(match[1]!.replace(/&amp;/g, '&'), base).href;
}

/** Signs in through the provider as `login`; returns the jar and the last page (the app's callbackURL). */
async function signInWithOidc(login: string) {
  const jar = new CookieJar();
  const start = await fetch(`${api}/api/auth/sign-in/oauth2`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: api },
    body: JSON.stringify({ providerId: 'oidc', callbackURL: `${api}/healthz` }),
  });
  jar.store(start);
  expect(start.status).toBe(200);
  const { url } = (await start.json()) as { url: string };
  expect(url.startsWith(`${issuer}/`)).toBe(true);
  const loginPage = await browse(jar, url);
  expect(loginPage.body).toContain('name="login"');
  const consentPage = await browse(jar, formAction(loginPage.body, loginPage.visited.at(-1)!), {
    method: 'POST',
    body: new URLSearchParams({ prompt: 'login', login, password: 'any' }),
  });
  expect(consentPage.body).toContain('value="consent"');
  const end = await browse(jar, formAction(consentPage.body, consentPage.visited.at(-1)!), { method: 'POST', body: new URLSearchParams({ prompt: 'consent' }) });
  return { jar, end };
}

async function gqlWithCookies(jar: CookieJar, query: string) {
  const response = await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: jar.header() }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> };
}

const AUDIT = `query { auditLog(first: 20, action: "auth.sign_in") { edges { node { actorEmail target details actor { email } } } } }`;
type AuditEdges = { auditLog: { edges: Array<{ node: { actorEmail: string; target: string; details: string; actor: { email: string } | null } }> } };

describe('OpenID Connect sign-in against a local OpenID provider', () => {
  it('health advertises the provider for the sign-in button', async () => {
    const result = await stack.anonymousGql<{ health: { auth: { oidc: { providerId: string; name: string } | null } } }>('{ health { auth { oidc { providerId name } } } }');
    expect(result.data?.health.auth.oidc).toEqual({ providerId: 'oidc', name: 'Team SSO' });
  });

  it('a new user signs in through the provider: session cookie, VIEWER role, audited', async () => {
    accounts.set('alice', { email: 'alice@idp.example.test', email_verified: true, name: 'Alice' });
    const { jar, end } = await signInWithOidc('alice');
    expect(end.visited.some((visited) => visited.startsWith(`${api}/api/auth/oauth2/callback/oidc?`))).toBe(true);
    expect(end.visited.at(-1)).toBe(`${api}/healthz`);
    expect(jar.has('benchhub.session_token')).toBe(true);

    const me = await gqlWithCookies(jar, '{ me { email name role disabled } }');
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({ email: 'alice@idp.example.test', name: 'Alice', role: 'VIEWER', disabled: false });

    // A viewer may not create anything.
    const refused = await gqlWithCookies(jar, 'mutation { createApiToken(input: { name: "x" }) { __typename } }');
    expect(refused.errors).toBeUndefined();
    const write = await gqlWithCookies(jar, `mutation { createModelEndpoint(input: { name: "n", baseUrl: "http://127.0.0.1:9/v1", modelId: "m" }) { __typename } }`);
    expect(write.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');

    const audit = await stack.gql<AuditEdges>(AUDIT);
    const event = audit.data?.auditLog.edges.map((edge) => edge.node).find((node) => node.actorEmail === 'alice@idp.example.test');
    expect(event).toBeDefined();
    expect(event!.actor?.email).toBe('alice@idp.example.test');
    expect(JSON.parse(event!.details)).toMatchObject({ method: 'oidc' });
  });

  it('an existing user is linked by verified email and keeps its role', async () => {
    const member = await stack.createUser('member');
    accounts.set('bob', { email: member.email, email_verified: true, name: 'Bob at the IdP' });
    const { jar } = await signInWithOidc('bob');
    const me = await gqlWithCookies(jar, '{ me { id email role } }');
    expect(me.data?.me).toEqual({ id: member.id, email: member.email, role: 'MEMBER' });
  });

  it('an unverified email matching an existing user is not linked (no session)', async () => {
    const member = await stack.createUser('member');
    accounts.set('mallory', { email: member.email, email_verified: false, name: 'Mallory' });
    const { jar, end } = await signInWithOidc('mallory');
    expect(jar.has('benchhub.session_token')).toBe(false);
    expect(end.visited.at(-1)).not.toBe(`${api}/healthz`);
    const me = await gqlWithCookies(jar, '{ me { id } }');
    expect(me.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
  });
});
