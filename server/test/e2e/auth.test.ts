import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@benchhub/db';
import { startStack, type TestStack } from '../support/stack';

/** Accounts end to end: anonymous refusals, API tokens, password sign-in sessions, roles, first run and the CLI. */
let stack: TestStack;
let api: string;
beforeAll(async () => {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'ignore' });
  stack = await startStack({ workers: 0 });
  api = new URL(stack.graphqlUrl).origin;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const codes = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => (result.errors ?? []).map((e) => e.extensions?.code);
const CREATE_ENDPOINT = `mutation ($input: ModelEndpointInput!) {
  createModelEndpoint(input: $input) { __typename ... on MutationCreateModelEndpointSuccess { data { id } } ... on BaseError { code } }
}`;
const endpointInput = (name: string) => ({ input: { name, baseUrl: 'http://127.0.0.1:9/v1', modelId: 'm' } });

function cli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'benchhub.mjs'), ...args], {
      cwd: REPO_ROOT,
      env: { ...stack.env, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(stdin);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('anonymous callers', () => {
  it('get health (with the sign-in facts) and /healthz, and UNAUTHENTICATED or 401 for everything else, changing nothing', async () => {
    const health = await stack.anonymousGql<{ health: { ok: boolean; auth: { needsFirstAdmin: boolean; passwordSignIn: boolean; oidc: null } } }>(
      '{ health { ok auth { needsFirstAdmin passwordSignIn oidc { providerId } } } }',
    );
    expect(health.errors).toBeUndefined();
    expect(health.data!.health.auth).toEqual({ needsFirstAdmin: false, passwordSignIn: true, oidc: null });
    expect((await fetch(`${api}/healthz`)).status).toBe(200);

    const read = await stack.anonymousGql('{ modelEndpoints { id } }');
    expect(read.data).toBeNull();
    expect(codes(read)).toEqual(['UNAUTHENTICATED']);
    const before = await stack.db.modelEndpoint.count();
    const write = await stack.anonymousGql(CREATE_ENDPOINT, endpointInput('anon-endpoint'));
    expect(codes(write)).toEqual(['UNAUTHENTICATED']);
    expect(await stack.db.modelEndpoint.count()).toBe(before);
    const me = await stack.anonymousGql('{ me { id } }');
    expect(codes(me)).toEqual(['UNAUTHENTICATED']);

    expect((await fetch(`${api}/export/leaderboard.csv`)).status).toBe(401);
    const sse = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { leaderboardUpdated { taskId } }' }),
    });
    expect(sse.status).toBe(401);
    await sse.body?.cancel();
    // A client that accepts JSON as well as event streams (urql's default Accept) still reaches health.
    const multi = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json, text/event-stream, multipart/mixed' },
      body: JSON.stringify({ query: '{ health { ok } }' }),
    });
    expect(multi.status).toBe(200);
    expect(((await multi.json()) as { data?: { health?: { ok?: boolean } } }).data?.health?.ok).toBeTypeOf('boolean');
    const get = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent('{ modelEndpoints { id } }')}`, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(codes((await get.json()) as never)).toEqual(['UNAUTHENTICATED']);
  });

  it('are refused with a malformed, unknown or revoked bearer token', async () => {
    for (const token of ['bhp_not-a-token', 'garbage']) {
      expect(codes(await stack.gql('{ me { id } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
    }
    const response = await fetch(`${api}/export/leaderboard.json`, { headers: { authorization: 'Bearer bhp_unknown' } });
    expect(response.status).toBe(401);
  });
});

describe('API tokens', () => {
  it('authenticate GraphQL POST and GET, SSE and exports as their owner', async () => {
    const me = await stack.gql<{ me: { email: string; role: string } }>('{ me { email role } }');
    expect(me.data!.me).toEqual({ email: 'admin@example.test', role: 'ADMIN' });
    const headers = { authorization: `Bearer ${stack.token}` };
    const get = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent('{ me { email } }')}`, { headers: { ...headers, accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(((await get.json()) as { data: { me: { email: string } } }).data.me.email).toBe('admin@example.test');
    const csv = await fetch(`${api}/export/leaderboard.csv`, { headers });
    expect(csv.status).toBe(200);
    await csv.body?.cancel();
    const sse = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { leaderboardUpdated { taskId } }' }),
    });
    expect(sse.status).toBe(200);
    await sse.body?.cancel();
  });

  it('are stored as hashes only', async () => {
    const rows = await stack.db.apiToken.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(stack.token.startsWith(row.prefix) || !row.tokenHash.includes(stack.token)).toBe(true);
      expect(JSON.stringify(row)).not.toContain(stack.token);
    }
  });
});

describe('roles', () => {
  it('a viewer reads but may not write (FORBIDDEN, nothing changed); a member may not run admin operations', async () => {
    const viewer = await stack.createUser('viewer');
    const member = await stack.createUser('member');
    const read = await stack.gql<{ modelEndpoints: unknown[] }>('{ modelEndpoints { id } }', {}, { token: viewer.token });
    expect(read.errors).toBeUndefined();
    const before = await stack.db.modelEndpoint.count();
    expect(codes(await stack.gql(CREATE_ENDPOINT, endpointInput('viewer-endpoint'), { token: viewer.token }))).toEqual(['FORBIDDEN']);
    expect(await stack.db.modelEndpoint.count()).toBe(before);
    const imported = await stack.gql('mutation { importLeaderboard(path: "x.csv") { __typename } }', {}, { token: member.token });
    expect(codes(imported)).toEqual(['FORBIDDEN']);
  });
});

describe('password sign-in', () => {
  it('sets an HTTP-only SameSite=Lax session cookie that authenticates GraphQL, and sign-out ends it', async () => {
    const user = await stack.createUser('member');
    const wrong = await fetch(`${api}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api },
      body: JSON.stringify({ email: user.email, password: 'wrong-password' }),
    });
    expect(wrong.status).toBe(401);
    const signIn = await fetch(`${api}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.getSetCookie().find((c) => c.startsWith('benchhub.session_token='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { email role } }' }),
    });
    expect(((await me.json()) as { data: { me: unknown } }).data.me).toEqual({ email: user.email, role: 'MEMBER' });
    expect((await stack.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();

    const signOut = await fetch(`${api}/api/auth/sign-out`, { method: 'POST', headers: { cookie, origin: api, 'content-type': 'application/json' }, body: '{}' });
    expect(signOut.status).toBe(200);
    const after = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(codes((await after.json()) as never)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a sign-in from a foreign origin and never signs anyone up', async () => {
    const user = await stack.createUser('member');
    const foreign = await fetch(`${api}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', cookie: 'x=1' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(foreign.status).toBe(403);
    const users = await stack.db.user.count();
    const signUp = await fetch(`${api}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api },
      body: JSON.stringify({ email: 'intruder@example.test', password: 'intruder-password', name: 'x' }),
    });
    expect(signUp.ok).toBe(false);
    expect(await stack.db.user.count()).toBe(users);
  });

  it('createFirstAdmin is FORBIDDEN once a user exists', async () => {
    const result = await stack.anonymousGql('mutation { createFirstAdmin(input: { email: "x@example.test", name: "X", password: "long-enough-pw" }) { __typename } }');
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(await stack.db.user.findUnique({ where: { email: 'x@example.test' } })).toBeNull();
  });
});

describe('benchhub user add / token create', () => {
  it('creates a user from a password on stdin, and prints a working token alone on stdout', async () => {
    const added = await cli(['user', 'add', 'cli-user@example.test', '--role', 'viewer', '--password-stdin'], 'cli-password-123\n');
    expect(added.code, added.stderr).toBe(0);
    const user = await stack.db.user.findUniqueOrThrow({ where: { email: 'cli-user@example.test' } });
    expect(user.role).toBe('VIEWER');
    const signIn = await fetch(`${api}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api },
      body: JSON.stringify({ email: 'cli-user@example.test', password: 'cli-password-123' }),
    });
    expect(signIn.status).toBe(200);

    const created = await cli(['token', 'create', 'cli-user@example.test', '--name', 'ci']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^bhp_[A-Za-z0-9_-]{43}\n$/);
    const token = created.stdout.trim();
    const me = await stack.gql<{ me: { email: string; role: string } }>('{ me { email role } }', {}, { token });
    expect(me.data!.me).toEqual({ email: 'cli-user@example.test', role: 'VIEWER' });
    expect((await stack.db.apiToken.findFirstOrThrow({ where: { userId: user.id } })).name).toBe('ci');

    // --json: one object each, the token still usable.
    const addedJson = await cli(['user', 'add', 'cli-json@example.test', '--role', 'member', '--password-stdin', '--json'], 'cli-password-456\n');
    expect(addedJson.code, addedJson.stderr).toBe(0);
    expect(JSON.parse(addedJson.stdout)).toMatchObject({ email: 'cli-json@example.test', role: 'MEMBER' });
    const tokenJson = await cli(['token', 'create', 'cli-json@example.test', '--json']);
    expect(tokenJson.code, tokenJson.stderr).toBe(0);
    const parsed = JSON.parse(tokenJson.stdout) as { token: string; prefix: string; name: string; user: string };
    expect(parsed).toMatchObject({ name: 'cli', user: 'cli-json@example.test' });
    expect(parsed.token.startsWith(parsed.prefix)).toBe(true);
    const meJson = await stack.gql<{ me: { email: string } }>('{ me { email } }', {}, { token: parsed.token });
    expect(meJson.data!.me.email).toBe('cli-json@example.test');

    const bad = await cli(['user', 'add', 'x@example.test', '--role', 'owner', '--password-stdin'], 'cli-password-123');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/admin, member or viewer/);
    const short = await cli(['user', 'add', 'y@example.test', '--role', 'member', '--password-stdin'], 'short');
    expect(short.code).toBe(1);
    const unknown = await cli(['token', 'create', 'nobody@example.test']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(await stack.db.user.count({ where: { email: { in: ['x@example.test', 'y@example.test'] } } })).toBe(0);
  }, 60_000);
});

describe('first run', () => {
  it('lets anyone create the administrator on an empty database, once; it owns the rows from before accounts', async () => {
    const fresh = await startStack({ workers: 0, users: false });
    try {
      const status = await fresh.anonymousGql<{ health: { auth: { needsFirstAdmin: boolean } } }>('{ health { auth { needsFirstAdmin } } }');
      expect(status.data!.health.auth.needsFirstAdmin).toBe(true);
      const legacy = await fresh.db.modelEndpoint.create({ data: { name: 'legacy', kind: 'OPENAI_COMPATIBLE', baseUrl: 'http://127.0.0.1:9/v1', modelId: 'm', params: {} } });
      const CREATE = `mutation ($input: CreateFirstAdminInput!) {
        createFirstAdmin(input: $input) { __typename ... on MutationCreateFirstAdminSuccess { data { id email role } } ... on ValidationError { code issues { path } } }
      }`;
      const invalid = await fresh.anonymousGql<{ createFirstAdmin: { __typename: string; issues: Array<{ path: string }> } }>(CREATE, {
        input: { email: 'not-an-email', name: 'A', password: 'short' },
      });
      expect(invalid.data!.createFirstAdmin.__typename).toBe('ValidationError');
      expect(invalid.data!.createFirstAdmin.issues.map((i) => i.path).sort()).toEqual(['email', 'password']);
      expect(await fresh.db.user.count()).toBe(0);

      const created = await fresh.anonymousGql<{ createFirstAdmin: { data: { id: string; email: string; role: string } } }>(CREATE, {
        input: { email: 'Root@Example.test', name: 'Root', password: 'first-admin-password' },
      });
      expect(created.data!.createFirstAdmin.data).toMatchObject({ email: 'root@example.test', role: 'ADMIN' });
      const adminId = created.data!.createFirstAdmin.data.id;
      expect((await fresh.db.modelEndpoint.findUniqueOrThrow({ where: { id: legacy.id } })).ownerId).toBe(adminId);
      expect(await fresh.db.modelEndpoint.count({ where: { kind: 'BASELINE', ownerId: { not: null } } })).toBe(0);

      const again = await fresh.anonymousGql(CREATE, { input: { email: 'second@example.test', name: 'Second', password: 'second-password' } });
      expect(codes(again)).toEqual(['FORBIDDEN']);
      expect(await fresh.db.user.count()).toBe(1);
      const after = await fresh.anonymousGql<{ health: { auth: { needsFirstAdmin: boolean } } }>('{ health { auth { needsFirstAdmin } } }');
      expect(after.data!.health.auth.needsFirstAdmin).toBe(false);
    } finally {
      await fresh.stop();
    }
  }, 90_000);
});
