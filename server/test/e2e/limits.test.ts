/**
 * Limits on the real API server (issue #9 item 7): the 500-alias tasks{samples{…}} bomb is refused in well
 * under a second while `health` keeps answering, introspection and field suggestions outside development, and the
 * per-address rate limit on createEvaluation (typed RATE_LIMITED error, nothing stored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/stack';
import { createTask } from '../support/scenario';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ workers: 0, env: { EVALUATION_LIMIT_PER_IP: '3', EVALUATION_LIMIT_PER_USER: '6' } });
  // Something for the bomb to chew on if it ran: a task with samples rows.
  await createTask(stack, ['baseline/random', 'baseline/majority'], 20);
}, 90_000);
afterAll(async () => {
  await stack?.stop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const BOMB = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: tasks(first: 100) { edges { node { runs { samples(first: 100) { edges { node { id rawOutput error } } } } } } }`).join(' ')} }`;

describe('operation limits', () => {
  it("refuses the 500-alias tasks{samples} bomb in well under a second, ten at once, while health keeps answering", async () => {
    const started = performance.now();
    const single = await post({ query: BOMB });
    const singleMs = performance.now() - started;
    const answer = (await single.json()) as { errors?: Array<{ message: string }>; data?: unknown };
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
    expect(singleMs).toBeLessThan(1_000);

    // Ten bombs in flight and health asked at the same time.
    const burstStart = performance.now();
    const bombs = Array.from({ length: 10 }, () => post({ query: BOMB }).then((r) => r.json() as Promise<{ data?: unknown }>));
    const healthStart = performance.now();
    const health = (await (await post({ query: '{ health { ok } }' })).json()) as { data?: { health: { ok: boolean } } };
    const healthMs = performance.now() - healthStart;
    const refused = await Promise.all(bombs);
    const burstMs = performance.now() - burstStart;
    expect(health.data?.health).toBeDefined();
    expect(refused.every((r) => (r.data ?? null) === null)).toBe(true);
    expect(healthMs).toBeLessThan(2_000);
    expect(burstMs).toBeLessThan(5_000);
    console.log(`500-alias bomb refused in ${singleMs.toFixed(0)} ms; 10 at once in ${burstMs.toFixed(0)} ms; health answered in ${healthMs.toFixed(0)} ms meanwhile`);
  });

  it('refuses too many aliases, too deep and too costly operations with a message naming the limit', async () => {
    const cases: Array<[string, RegExp]> = [
      [`{ ${Array.from({ length: 16 }, (_, i) => `h${i}: health { ok }`).join(' ')} }`, /Aliases limit of 15 exceeded/],
      ['{ tasks(first: 100) { edges { node { runs { samples(first: 100) { edges { node { id } } } } } } } }', /Cost limit of 20000 exceeded/],
      ['{ tasks { edges { node { runs { task { runs { task { runs { task { runs { id } } } } } } } } } } }', /depth limit of 10 exceeded/i],
    ];
    for (const [query, message] of cases) {
      const answer = (await (await post({ query })).json()) as { errors?: Array<{ message: string }>; data?: unknown };
      expect(answer.errors?.map((e) => e.message).join(), query.slice(0, 40)).toMatch(message);
      expect(answer.data ?? null).toBeNull();
    }
  });

  it('outside development: no introspection for anonymous callers, no field suggestions', async () => {
    const introspection = (await (await post({ query: '{ __schema { types { name } } }' })).json()) as { errors?: Array<{ message: string }> };
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = (await (await post({ query: '{ helth { ok } }' })).json()) as { errors?: Array<{ message: string }> };
    expect(typo.errors?.[0]?.message).toMatch(/Cannot query field "helth"/);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    // Signed in (an API token, or GraphiQL with the session cookie): introspection works, so GraphiQL has its docs.
    const signedIn = await stack.gql<{ __schema: { types: unknown[] } }>('{ __schema { types { name } } }');
    expect(signedIn.data?.__schema.types.length).toBeGreaterThan(50);
    // __typename is not introspection of the schema: GraphiQL's plain queries still run.
    expect(((await (await post({ query: '{ __typename }' })).json()) as { data?: unknown }).data).toEqual({ __typename: 'Query' });
  });
});

describe('in development (NODE_ENV=development, as npm run dev sets it)', () => {
  it('introspection and field suggestions are on, the other limits stay', async () => {
    const dev = await startStack({ workers: 0, env: { NODE_ENV: 'development' } });
    try {
      const ask = async (query: string) =>
        (await (await fetch(dev.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as {
          data?: { __schema?: { types: unknown[] } };
          errors?: Array<{ message: string }>;
        };
      expect((await ask('{ __schema { types { name } } }')).data?.__schema?.types.length).toBeGreaterThan(50);
      expect((await ask('{ helth { ok } }')).errors?.[0]?.message).toMatch(/Did you mean "health"/);
      expect((await ask(BOMB)).errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
    } finally {
      await dev.stop();
    }
  }, 90_000);
});

describe('rate limits', () => {
  const CREATE = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) {
    __typename ... on RateLimitedError { code message retryAfterSeconds } ... on BaseError { code message } } }`;
  const input = { query: 'English math', models: ['baseline/random'], plan: { language: 'ENGLISH', subjects: ['Science/Math'], problemType: 'MCQA', sampleSize: 4 } };
  type Created = { data?: { createEvaluation: { __typename: string; code?: string; retryAfterSeconds?: number } } };

  it('createEvaluation: at most EVALUATION_LIMIT_PER_IP per minute per client address, then RATE_LIMITED storing nothing', async () => {
    // Through the web app's proxy (loopback, trusted): each browser address has its own allowance.
    // Signed in (the stack's admin token): createEvaluation needs a member; the allowance is per address here.
    const from = (address: string) => async () =>
      (await (await post({ query: CREATE, variables: { input } }, { 'x-forwarded-for': address, authorization: `Bearer ${stack.token}` })).json()) as Created;
    const alice = from('203.0.113.10');
    const bob = from('203.0.113.20');
    for (let i = 0; i < 3; i++) expect((await alice()).data?.createEvaluation.__typename).toBe('MutationCreateEvaluationSuccess');
    const before = await stack.db.evaluationTask.count();
    const refused = (await alice()).data?.createEvaluation;
    expect(refused).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED' });
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await stack.db.evaluationTask.count()).toBe(before);
    expect((await bob()).data?.createEvaluation.__typename).toBe('MutationCreateEvaluationSuccess');
    // Per user (6 a minute, the task made at start included): the same token from a third address is refused too.
    expect((await bob()).data?.createEvaluation.__typename).toBe('MutationCreateEvaluationSuccess');
    const perUser = (await from('203.0.113.30')()).data?.createEvaluation as { __typename: string; code?: string; message?: string };
    expect(perUser).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED' });
    expect(perUser.message).toMatch(/by this user/);
    // Another user from that address is not affected.
    const member = await stack.createUser('member');
    const other = await post({ query: CREATE, variables: { input } }, { 'x-forwarded-for': '203.0.113.30', authorization: `Bearer ${member.token}` });
    expect(((await other.json()) as Created).data?.createEvaluation.__typename).toBe('MutationCreateEvaluationSuccess');
  });
});

describe('accounts: sign-in rate limits and per-user quotas', () => {
  let accounts: TestStack;
  beforeAll(async () => {
    accounts = await startStack({
      workers: 0, // tasks stay PENDING: they hold their concurrent-task slot
      env: { SIGN_IN_LIMIT_PER_IP: '6', SIGN_IN_LIMIT_PER_ACCOUNT: '3', QUOTA_ITEMS_PER_DAY: '10', QUOTA_CONCURRENT_TASKS: '1' },
    });
  }, 90_000);
  afterAll(async () => {
    await accounts?.stop();
  });

  const api = () => new URL(accounts.graphqlUrl).origin;
  const signIn = (email: string, password: string, address: string) =>
    fetch(`${api()}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api(), 'x-forwarded-for': address },
      body: JSON.stringify({ email, password }),
    });

  it('sign-in: 429 RATE_LIMITED with Retry-After past the allowance per account, then per address; better-auth never sees those', async () => {
    const user = await accounts.createUser('member');
    for (let i = 0; i < 3; i++) expect((await signIn(user.email, 'wrong-password', `198.51.100.${i + 1}`)).status).toBe(401);
    // The right password does not help once the account's allowance is used (from any address).
    const limited = await signIn(user.email, user.password, '198.51.100.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const before = await accounts.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(before.lastSignInAt).toBeNull();
    // Per address: six attempts on other accounts from one address, the seventh is refused.
    const others = await Promise.all(Array.from({ length: 7 }, () => accounts.createUser('viewer')));
    for (const other of others.slice(0, 5)) expect((await signIn(other.email, 'wrong', '198.51.100.50')).status).toBe(401);
    expect((await signIn(others[5]!.email, others[5]!.password, '198.51.100.50')).status).toBe(200); // the sixth
    expect((await signIn(others[6]!.email, others[6]!.password, '198.51.100.50')).status).toBe(429);
    expect((await signIn(others[6]!.email, others[6]!.password, '198.51.100.51')).status).toBe(200);
  });

  it('quotas: concurrent tasks and items per day refuse with QUOTA_EXCEEDED and store nothing; admins override them per user', async () => {
    const member = await accounts.createUser('member');
    const CREATE = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) {
      __typename ... on QuotaExceededError { code message quota limit used } ... on BaseError { code message } } }`;
    const evaluate = async (sampleSize: number) =>
      ((await accounts.gql(CREATE, { input: { query: 'English math', models: ['baseline/random'], forceLive: true, plan: { language: 'ENGLISH', subjects: ['Science/Math'], problemType: 'MCQA', sampleSize } } }, { token: member.token })) as {
        data?: { createEvaluation: { __typename: string; code?: string; quota?: string; limit?: number; used?: number } };
      }).data?.createEvaluation;
    const QUOTAS = `{ me { quotas { itemsPerDay concurrentTasks itemsPerDayIsDefault concurrentTasksIsDefault itemsUsed activeTasks } } }`;
    const SET = `mutation ($input: SetUserQuotasInput!) { setUserQuotas(input: $input) { __typename ... on MutationSetUserQuotasSuccess { data { quotas { itemsPerDay concurrentTasks itemsPerDayIsDefault concurrentTasksIsDefault } } } ... on BaseError { code message } } }`;
    const tasks = () => accounts.db.evaluationTask.count({ where: { ownerId: member.id } });

    expect((await evaluate(4))?.__typename).toBe('MutationCreateEvaluationSuccess');
    expect(await tasks()).toBe(1);
    expect(await evaluate(2)).toMatchObject({ __typename: 'QuotaExceededError', code: 'QUOTA_EXCEEDED', quota: 'CONCURRENT_TASKS', limit: 1, used: 1 });
    expect(await tasks()).toBe(1);

    // A member may not raise its own quota; an admin may.
    const self = await accounts.gql(SET, { input: { userId: member.id, concurrentTasks: 5 } }, { token: member.token });
    expect(JSON.stringify(self)).toContain('FORBIDDEN');
    const raised = await accounts.gql<{ setUserQuotas: { data: { quotas: Record<string, unknown> } } }>(SET, { input: { userId: member.id, concurrentTasks: 5 } });
    expect(raised.data?.setUserQuotas.data.quotas).toEqual({ itemsPerDay: 10, concurrentTasks: 5, itemsPerDayIsDefault: true, concurrentTasksIsDefault: false });

    // 4 of 10 items used: 8 more would exceed, 6 fit exactly.
    expect(await evaluate(8)).toMatchObject({ __typename: 'QuotaExceededError', quota: 'ITEMS_PER_DAY', limit: 10, used: 4 });
    expect(await tasks()).toBe(1);
    expect((await evaluate(6))?.__typename).toBe('MutationCreateEvaluationSuccess');
    const usage = await accounts.gql<{ me: { quotas: Record<string, unknown> } }>(QUOTAS, {}, { token: member.token });
    expect(usage.data?.me.quotas).toMatchObject({ itemsUsed: 10, activeTasks: 2 });

    // Unlimited (0) for this user, then back to the defaults (null).
    await accounts.gql(SET, { input: { userId: member.id, itemsPerDay: 0 } });
    expect((await evaluate(8))?.__typename).toBe('MutationCreateEvaluationSuccess');
    const reset = await accounts.gql<{ setUserQuotas: { data: { quotas: Record<string, unknown> } } }>(SET, { input: { userId: member.id, itemsPerDay: null, concurrentTasks: null } });
    expect(reset.data?.setUserQuotas.data.quotas).toEqual({ itemsPerDay: 10, concurrentTasks: 1, itemsPerDayIsDefault: true, concurrentTasksIsDefault: true });
    const invalid = await accounts.gql(SET, { input: { userId: member.id, itemsPerDay: -1 } });
    expect(JSON.stringify(invalid)).toContain('INVALID_INPUT');
    // Every accepted change is in the audit log (who, whose quotas, what), the refused one is not.
    const events = await accounts.db.auditEvent.findMany({ where: { action: 'user.quotas' }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    expect(events.map((e) => [e.actorEmail, e.target, JSON.parse(e.details ?? '{}')])).toEqual([
      [accounts.admin!.email, member.email, { concurrentTasks: 5 }],
      [accounts.admin!.email, member.email, { itemsPerDay: 0 }],
      [accounts.admin!.email, member.email, { itemsPerDay: 'default', concurrentTasks: 'default' }],
    ]);
  });
});
