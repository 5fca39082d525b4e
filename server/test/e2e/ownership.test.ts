import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack, type TestUser } from '../support/stack';

/**
 * Roles and ownership end to end: owner vs non-owner member, shared endpoints, the key-theft path (an origin change
 * clears the stored key), users administration, API token revocation and the audit log.
 */
let stack: TestStack;
let alice: TestUser;
let bob: TestUser;
let viewer: TestUser;
beforeAll(async () => {
  stack = await startStack({ workers: 0 });
  alice = await stack.createUser('member');
  bob = await stack.createUser('member');
  viewer = await stack.createUser('viewer');
}, 90_000);
afterAll(async () => {
  await stack?.stop();
});

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
const as = (user: TestUser | null) => (query: string, variables?: Record<string, unknown>) =>
  (user ? stack.gql(query, variables, { token: user.token }) : stack.anonymousGql(query, variables)) as Promise<Result>;
const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.code);

const CREATE = `mutation ($input: ModelEndpointInput!) { createModelEndpoint(input: $input) {
  __typename ... on MutationCreateModelEndpointSuccess { data { id name shared owner { email } } } ... on BaseError { code message } } }`;
const UPDATE = `mutation ($id: ID!, $input: ModelEndpointInput!) { updateModelEndpoint(id: $id, input: $input) {
  __typename ... on MutationUpdateModelEndpointSuccess { data { id baseUrl shared hasApiKey extraHeaderNames } } ... on BaseError { code message } } }`;
const LIST = '{ modelEndpoints { id name baseUrl shared hasApiKey owner { email } } }';
const EVALUATE = `mutation ($models: [String!]!) { createEvaluation(input: { query: "English math", models: $models,
  plan: { language: ENGLISH, subjects: ["Science/Math"], problemType: MCQA, sampleSize: 4 } }) {
  __typename ... on MutationCreateEvaluationSuccess { data { id owner { email } } } ... on BaseError { code message } } }`;
const CANCEL = 'mutation ($id: ID!) { cancelEvaluation(taskId: $id) { __typename ... on BaseError { code } } }';
const KEY = 'sk-alice-secret-key-123456';

async function snapshot(id: string) {
  return stack.db.modelEndpoint.findUniqueOrThrow({ where: { id } });
}

describe('endpoints: owner, non-owner, shared', () => {
  let endpointId = '';
  const input = (extra: Record<string, unknown> = {}) => ({
    name: 'alice-llm',
    baseUrl: 'http://127.0.0.1:9/v1',
    modelId: 'alice-model',
    ...extra,
  });

  it('a member owns what it creates; other members neither see, edit, delete nor use it until it is shared', async () => {
    const created = await as(alice)(CREATE, { input: input({ apiKey: KEY, extraHeaders: { 'X-Org': 'alice-org' } }) });
    expect(created.data!.createModelEndpoint.__typename, JSON.stringify(created)).toBe('MutationCreateModelEndpointSuccess');
    expect(created.data!.createModelEndpoint.data).toMatchObject({ name: 'alice-llm', shared: false, owner: { email: alice.email } });
    endpointId = created.data!.createModelEndpoint.data.id;

    const bobList = await as(bob)(LIST);
    expect(bobList.data!.modelEndpoints.map((e: { name: string }) => e.name)).not.toContain('alice-llm');
    const before = await snapshot(endpointId);
    expect(codes(await as(bob)(UPDATE, { id: endpointId, input: input({ baseUrl: 'http://127.0.0.1:10/v1' }) }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(bob)('mutation ($id: ID!) { deleteModelEndpoint(id: $id) { __typename } }', { id: endpointId }))).toEqual(['FORBIDDEN']);
    expect(await snapshot(endpointId)).toEqual(before);
    const tasks = await stack.db.evaluationTask.count();
    expect(codes(await as(bob)(EVALUATE, { models: ['alice-llm'] }))).toEqual(['FORBIDDEN']);
    expect(await stack.db.evaluationTask.count()).toBe(tasks);
  });

  it('shared: every member lists and uses it, never seeing its key or headers; the owner keeps the key', async () => {
    const shared = await as(alice)(UPDATE, { id: endpointId, input: input({ shared: true }) });
    expect(shared.data!.updateModelEndpoint.data).toMatchObject({ shared: true, hasApiKey: true, extraHeaderNames: ['X-Org'] });
    const seen = (await as(bob)(LIST)).data!.modelEndpoints.find((e: { name: string }) => e.name === 'alice-llm');
    expect(seen).toMatchObject({ shared: true, baseUrl: 'http://127.0.0.1:9/v1', owner: { email: alice.email } });
    const viewerList = (await as(viewer)(LIST)).data!.modelEndpoints.map((e: { name: string }) => e.name);
    expect(viewerList).toContain('alice-llm');
    expect(viewerList).toContain('baseline/random');

    // Bob may use it, not change it.
    const task = await as(bob)(EVALUATE, { models: ['alice-llm', 'baseline/random'] });
    expect(task.data!.createEvaluation).toMatchObject({ __typename: 'MutationCreateEvaluationSuccess', data: { owner: { email: bob.email } } });
    expect(codes(await as(bob)(UPDATE, { id: endpointId, input: input({ shared: false }) }))).toEqual(['FORBIDDEN']);
    expect((await snapshot(endpointId)).shared).toBe(true);
  });

  it('changing the origin clears the stored key and headers (the key-theft path), unless new ones are given', async () => {
    // Same origin, other path: the key and headers stay.
    const samePlace = await as(alice)(UPDATE, { id: endpointId, input: input({ baseUrl: 'http://127.0.0.1:9/v2', shared: true }) });
    expect(samePlace.data!.updateModelEndpoint.data).toMatchObject({ hasApiKey: true, extraHeaderNames: ['X-Org'] });
    // Another port is another origin: the key and headers are gone, in the database too.
    const moved = await as(alice)(UPDATE, { id: endpointId, input: input({ baseUrl: 'http://127.0.0.1:10/v1' }) });
    expect(moved.data!.updateModelEndpoint.data).toMatchObject({ hasApiKey: false, extraHeaderNames: [] });
    const row = await snapshot(endpointId);
    expect(row.apiKeyCiphertext).toBeNull();
    expect(JSON.stringify(row.params)).not.toMatch(/X-Org|extraHeadersCiphertext/);
    // Moving with a new key keeps the new one.
    const withKey = await as(alice)(UPDATE, { id: endpointId, input: input({ baseUrl: 'http://localhost:11/v1', apiKey: 'sk-new-key-000000' }) });
    expect(withKey.data!.updateModelEndpoint.data).toMatchObject({ hasApiKey: true });
  });

  it('an admin edits any endpoint; tasks are controlled only by their owner or an admin', async () => {
    const adminEdit = await stack.gql<{ updateModelEndpoint: { __typename: string } }>(UPDATE, { id: endpointId, input: input({ baseUrl: 'http://localhost:11/v1', shared: false }) });
    expect(adminEdit.data!.updateModelEndpoint.__typename).toBe('MutationUpdateModelEndpointSuccess');

    const bobTask = (await as(bob)(EVALUATE, { models: ['baseline/random'] })).data!.createEvaluation.data.id as string;
    const aliceTask = (await as(alice)(EVALUATE, { models: ['baseline/majority'] })).data!.createEvaluation.data.id as string;
    const status = async (id: string) => (await stack.db.evaluationTask.findUniqueOrThrow({ where: { id } })).status;
    const bobBefore = await status(bobTask);
    expect(codes(await as(alice)(CANCEL, { id: bobTask }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(viewer)(CANCEL, { id: bobTask }))).toEqual(['FORBIDDEN']);
    expect(await status(bobTask)).toBe(bobBefore);
    expect((await as(alice)(CANCEL, { id: aliceTask })).data!.cancelEvaluation.__typename).toBe('MutationCancelEvaluationSuccess');
    expect((await stack.gql<{ cancelEvaluation: { __typename: string } }>(CANCEL, { id: bobTask })).data!.cancelEvaluation.__typename).toBe('MutationCancelEvaluationSuccess');
    expect(await status(bobTask)).toBe('CANCELLED');
  });
});

describe('users (admin)', () => {
  const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) {
    __typename ... on MutationCreateUserSuccess { data { initialPassword user { id email role } } } ... on BaseError { code message } } }`;
  const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) {
    __typename ... on MutationUpdateUserSuccess { data { id role disabled } } ... on BaseError { code message } } }`;

  it('invites with a one-time password, changes roles, keeps the last admin, and disabling ends access', async () => {
    const invited = await stack.gql<{ createUser: { data: { initialPassword: string; user: { id: string; email: string; role: string } } } }>(CREATE_USER, {
      input: { email: 'carol@example.test', name: 'Carol', role: 'VIEWER' },
    });
    const { initialPassword, user } = invited.data!.createUser.data;
    expect(user).toMatchObject({ email: 'carol@example.test', role: 'VIEWER' });
    expect(initialPassword.length).toBeGreaterThanOrEqual(12);
    const api = new URL(stack.graphqlUrl).origin;
    const signIn = await fetch(`${api}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api },
      body: JSON.stringify({ email: user.email, password: initialPassword }),
    });
    expect(signIn.status).toBe(200);
    expect(codes(await as(alice)(CREATE_USER, { input: { email: 'x@example.test', name: 'X', role: 'ADMIN' } }))).toEqual(['FORBIDDEN']);
    expect(await stack.db.user.findUnique({ where: { email: 'x@example.test' } })).toBeNull();

    const promoted = await stack.gql<{ updateUser: { data: { role: string } } }>(UPDATE_USER, { input: { id: user.id, role: 'MEMBER' } });
    expect(promoted.data!.updateUser.data.role).toBe('MEMBER');
    const lastAdmin = await stack.gql<{ updateUser: { __typename: string; code: string } }>(UPDATE_USER, { input: { id: stack.admin!.id, role: 'MEMBER' } });
    expect(lastAdmin.data!.updateUser).toMatchObject({ __typename: 'ValidationError', code: 'LAST_ADMIN' });
    expect((await stack.db.user.findUniqueOrThrow({ where: { id: stack.admin!.id } })).role).toBe('ADMIN');

    const users = await stack.gql<{ users: Array<{ email: string }> }>('{ users { email role disabled lastSignInAt } }');
    expect(users.data!.users.map((u) => u.email)).toEqual(expect.arrayContaining([alice.email, bob.email, 'carol@example.test']));

    const disabled = await stack.gql<{ updateUser: { data: { disabled: boolean } } }>(UPDATE_USER, { input: { id: viewer.id, disabled: true } });
    expect(disabled.data!.updateUser.data.disabled).toBe(true);
    expect(codes(await as(viewer)('{ me { id } }'))).toEqual(['UNAUTHENTICATED']);
    await stack.gql(UPDATE_USER, { input: { id: viewer.id, disabled: false } });
    expect(codes(await as(viewer)('{ me { id } }'))).toEqual([]);
  });
});

describe('API tokens', () => {
  it('are created, listed without the secret, and revoked at once (owner or admin only)', async () => {
    const created = await as(viewer)('mutation { createApiToken(input: { name: "notebook" }) { __typename ... on MutationCreateApiTokenSuccess { data { token apiToken { id name prefix owner { email } } } } } }');
    const { token, apiToken } = created.data!.createApiToken.data;
    expect(token).toMatch(/^bhp_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken.owner.email).toBe(viewer.email);
    const mine = { ...viewer, token };
    expect((await as(mine)('{ me { email } }')).data!.me.email).toBe(viewer.email);
    const listed = await as(viewer)('{ apiTokens { id name prefix revokedAt } }');
    expect(listed.data!.apiTokens.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['notebook', 'test']));
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(codes(await as(viewer)('{ apiTokens(all: true) { id } }'))).toEqual(['FORBIDDEN']);
    const all = await stack.gql<{ apiTokens: Array<{ owner: { email: string } }> }>('{ apiTokens(all: true) { owner { email } } }');
    expect(new Set(all.data!.apiTokens.map((t) => t.owner.email)).size).toBeGreaterThan(2);

    const REVOKE = 'mutation ($id: ID!) { revokeApiToken(id: $id) { __typename ... on MutationRevokeApiTokenSuccess { data { revokedAt } } ... on BaseError { code } } }';
    const foreign = await as(alice)(REVOKE, { id: apiToken.id });
    expect(foreign.data!.revokeApiToken).toMatchObject({ __typename: 'NotFoundError' });
    expect((await as(mine)('{ me { email } }')).data!.me.email).toBe(viewer.email);
    const revoked = await as(viewer)(REVOKE, { id: apiToken.id });
    expect(revoked.data!.revokeApiToken.data.revokedAt).not.toBeNull();
    expect(codes(await as(mine)('{ me { email } }'))).toEqual(['UNAUTHENTICATED']);
    const api = new URL(stack.graphqlUrl).origin;
    expect((await fetch(`${api}/export/leaderboard.csv`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    // The viewer's other token still works.
    expect((await as(viewer)('{ me { email } }')).data!.me.email).toBe(viewer.email);
  });
});

describe('two server processes (each remembers token callers)', () => {
  it('a revocation, a disabling or a role change made on one server holds on the other at once', async () => {
    const other = await stack.startServer();
    const onOther = (token: string, query: string) =>
      fetch(other.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }).then(
        (r) => r.json() as Promise<Result>,
      );
    const member = await stack.createUser('member');
    const created = await as(member)('mutation { createApiToken(input: { name: "two-servers" }) { ... on MutationCreateApiTokenSuccess { data { token apiToken { id } } } } }');
    const { token, apiToken } = created.data!.createApiToken.data;
    // Remembered by the other server (several requests), then revoked on the first one.
    for (let i = 0; i < 3; i++) expect((await onOther(token, '{ me { email role } }')).data!.me).toEqual({ email: member.email, role: 'MEMBER' });
    const REVOKE = 'mutation ($id: ID!) { revokeApiToken(id: $id) { __typename } }';
    expect((await as(member)(REVOKE, { id: apiToken.id })).data!.revokeApiToken.__typename).toBe('MutationRevokeApiTokenSuccess');
    expect(codes(await onOther(token, '{ me { email } }'))).toEqual(['UNAUTHENTICATED']);

    const UPDATE_USER = 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { __typename } }';
    expect((await onOther(member.token, '{ me { role } }')).data!.me.role).toBe('MEMBER');
    await stack.gql(UPDATE_USER, { input: { id: member.id, role: 'VIEWER' } });
    expect((await onOther(member.token, '{ me { role } }')).data!.me.role).toBe('VIEWER');
    expect(codes(await onOther(member.token, 'mutation { createModelEndpoint(input: { name: "x", baseUrl: "http://127.0.0.1:9/v1", modelId: "m" }) { __typename } }'))).toEqual(['FORBIDDEN']);
    await stack.gql(UPDATE_USER, { input: { id: member.id, disabled: true } });
    expect(codes(await onOther(member.token, '{ me { id } }'))).toEqual(['UNAUTHENTICATED']);
    await stack.gql(UPDATE_USER, { input: { id: member.id, disabled: false } });
    expect(codes(await onOther(member.token, '{ me { id } }'))).toEqual([]);
  }, 90_000);
});

describe('audit log', () => {
  it('records sign-ins, user changes, endpoint changes (no secrets) and token revocations; admins only', async () => {
    const LOG = `query ($action: String) { auditLog(first: 100, action: $action) { edges { node { at actor { email } actorEmail action target details ip } } } }`;
    type Log = { auditLog: { edges: Array<{ node: { actorEmail: string | null; action: string; target: string | null; details: string | null; ip: string | null } }> } };
    expect(codes(await as(alice)(LOG))).toEqual(['FORBIDDEN']);
    const all = (await stack.gql<Log>(LOG)).data!.auditLog.edges.map((e) => e.node);
    const actions = new Set(all.map((e) => e.action));
    for (const action of ['auth.sign_in', 'user.create', 'user.update', 'endpoint.create', 'endpoint.update', 'token.create', 'token.revoke']) expect(actions).toContain(action);
    const moved = all.find((e) => e.action === 'endpoint.update' && e.details?.includes('secretsCleared'));
    expect(moved).toMatchObject({ actorEmail: alice.email, target: 'alice-llm' });
    expect(JSON.stringify(all)).not.toContain(KEY);
    expect(JSON.stringify(all)).not.toContain('alice-org');
    const demotion = all.find((e) => e.action === 'user.update' && e.details?.includes('"MEMBER"'));
    expect(demotion?.actorEmail).toBe(stack.admin!.email);
    const signIns = (await stack.gql<Log>(LOG, { action: 'auth.sign_in' })).data!.auditLog.edges.map((e) => e.node);
    expect(signIns.length).toBeGreaterThan(0);
    expect(signIns.every((e) => e.action === 'auth.sign_in' && e.target === 'carol@example.test')).toBe(true);
    // Newest first.
    const times = all.map((e) => (e as unknown as { at: string }).at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
