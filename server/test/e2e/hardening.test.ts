/**
 * Hardening, end to end on the real stack: the egress policy on model endpoints (own ports,
 * redirects, oversized replies), stored output caps, secrets (redaction of echoed keys, sealed
 * headers, a changed BENCHHUB_SECRET). Every server here is on loopback.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptSecret } from '@benchhub/db';
import { databaseContents } from '@benchhub/db/testing/database';
import { startStack, type TestStack } from '../support/stack';
import { createTask, waitUntil } from '../support/scenario';

const PLANTED_KEY = 'sk-hardening-planted-4b1d9e';
const PLANTED_HEADER = 'tenant-secret-hardening-91';

interface Hostile {
  url: string;
  seen: Array<{ path: string; authorization: string | null; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

/** A misbehaving "model endpoint": redirects elsewhere, gzip bombs, oversized answers. */
async function startHostile(route: (path: string, req: IncomingMessage, res: ServerResponse) => void): Promise<Hostile> {
  const seen: Hostile['seen'] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization ?? null, headers: req.headers });
      route(req.url ?? '', req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const completion = (content: string) =>
  JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });

let stack: TestStack;
let elsewhere: Hostile;
let hostile: Hostile;

beforeAll(async () => {
  // ~100 KB on the wire, 100 MB once inflated.
  const bombBody = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20));
  elsewhere = await startHostile((_path, _req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(completion('The answer is A.')));
  hostile = await startHostile((path, req, res) => {
    if (path.startsWith('/echo401/')) {
      // A provider that quotes the credentials it was given back in its error (some do).
      const body = { error: { message: `Incorrect API key provided: ${req.headers.authorization}. Tenant ${String(req.headers['x-tenant'])} unknown.`, type: 'invalid_request_error' } };
      return res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
    if (path.startsWith('/echo200/')) {
      return res.writeHead(200, { 'content-type': 'application/json' }).end(completion(`You sent ${req.headers.authorization} and ${String(req.headers['x-tenant'])}. The answer is A.`));
    }
    if (path.startsWith('/redirect/')) return res.writeHead(307, { location: `${elsewhere.url}/v1/chat/completions` }).end();
    if (path.startsWith('/bomb/')) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      return res.end(bombBody);
    }
    // ~900 KB: under the 1 MiB reply cap, over what a sample stores.
    if (path.startsWith('/long/')) return res.writeHead(200, { 'content-type': 'application/json' }).end(completion(`The answer is A. ${'padding '.repeat(110_000)}`));
    res.writeHead(404).end();
  });
  stack = await startStack();
}, 90_000);

afterAll(async () => {
  await stack?.stop();
  await hostile?.close();
  await elsewhere?.close();
});

const CREATE_ENDPOINT = `mutation ($input: ModelEndpointInput!) {
  createModelEndpoint(input: $input) {
    __typename
    ... on MutationCreateModelEndpointSuccess { data { id } }
    ... on ValidationError { code message issues { path message } }
    ... on BaseError { code message }
  }
}`;

type CreateResult = { createModelEndpoint: { __typename: string; code?: string; data?: { id: string } } };

async function endpoint(name: string, baseUrl: string, extra: Record<string, unknown> = {}) {
  const result = await stack.gql<CreateResult>(CREATE_ENDPOINT, { input: { name, baseUrl, modelId: 'm', apiKey: PLANTED_KEY, maxRetries: 0, ...extra } });
  expect(result.data?.createModelEndpoint.__typename, JSON.stringify(result)).toBe('MutationCreateModelEndpointSuccess');
  return result.data!.createModelEndpoint.data!.id;
}

async function finishedTask(models: string[]) {
  const { id } = await createTask(stack, models, 6);
  return waitUntil(
    () => stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } }),
    (task) => ['SUCCEEDED', 'FAILED'].includes(task.status),
    'task end',
    60_000,
  );
}

describe('egress policy on model endpoints', () => {
  it("refuses the stack's own ports, credentials in URLs and query tricks when an endpoint is saved", async () => {
    const before = await stack.db.modelEndpoint.count();
    const own = [new URL(stack.graphqlUrl).port, new URL(stack.env.REDIS_URL!).port];
    for (const [baseUrl, code] of [
      [`http://localhost:${own[0]}/graphql`, 'OWN_SERVICE'],
      [`http://127.0.0.1:${own[1]}`, 'OWN_SERVICE'],
      [`http://[::1]:${own[1]}/v1`, 'OWN_SERVICE'],
      [`http://user:secret@127.0.0.1:9/v1`, 'URL_CREDENTIALS'],
      [`${hostile.url}/admin/delete?x#`, 'URL_QUERY'],
      [`http://${'h'.repeat(100_000)}.test/v1`, 'HOST_TOO_LONG'],
    ] as const) {
      const result = await stack.gql<CreateResult>(CREATE_ENDPOINT, { input: { name: 'probe', baseUrl, modelId: 'm' } });
      expect(result.data?.createModelEndpoint, baseUrl).toMatchObject({ __typename: 'ValidationError', code });
    }
    expect(await stack.db.modelEndpoint.count()).toBe(before);
  });

  it('fails a run at once when its stored endpoint points at an own service (checked again at call time)', async () => {
    // A row saved before the policy existed (or written around it): the worker refuses it too.
    const redisPort = new URL(stack.env.REDIS_URL!).port;
    await stack.db.modelEndpoint.create({ data: { name: 'legacy-redis', kind: 'OPENAI_COMPATIBLE', baseUrl: `http://localhost:${redisPort}/v1`, modelId: 'm', params: {} } });
    const started = Date.now();
    const task = await finishedTask(['legacy-redis']);
    expect(task.status).toBe('FAILED');
    expect(task.runs[0]).toMatchObject({ status: 'FAILED', done: 0 });
    expect(task.runs[0]!.error).toMatch(/OWN_SERVICE/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('never follows a redirect to another origin: the key does not leave, samples say why', async () => {
    await endpoint('redirecting', `${hostile.url}/redirect/v1`, { extraHeaders: { 'X-Tenant': 'tenant-secret-77' } });
    const task = await finishedTask(['redirecting']);
    expect(hostile.seen.some((r) => r.path.startsWith('/redirect/') && r.authorization === `Bearer ${PLANTED_KEY}`)).toBe(true);
    expect(elsewhere.seen).toEqual([]);
    const samples = await stack.db.experimentSample.findMany({ where: { taskId: task.id } });
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.every((s) => s.status === 'error' && /REDIRECT_NOT_ALLOWED/.test(s.error ?? ''))).toBe(true);
  });

  it('refuses a gzip bomb and stores long answers cut with a marker', async () => {
    await endpoint('bomb', `${hostile.url}/bomb/v1`);
    await endpoint('long', `${hostile.url}/long/v1`);
    const task = await finishedTask(['bomb', 'long']);
    const samples = await stack.db.experimentSample.findMany({ where: { taskId: task.id }, include: { run: true } });
    const bomb = samples.filter((s) => s.run.modelName === 'bomb');
    expect(bomb.length).toBeGreaterThan(0);
    expect(bomb.every((s) => s.rawOutput === null && /RESPONSE_TOO_LARGE/.test(s.error ?? ''))).toBe(true);
    const long = samples.filter((s) => s.run.modelName === 'long');
    expect(long).toHaveLength(6);
    for (const sample of long) {
      expect(sample.rawOutput!.length).toBeLessThan(101_000);
      expect(sample.rawOutput).toMatch(/…\[truncated: \d+ more characters not stored\]$/);
      expect(sample.extracted).toBe('A');
    }
    // The server stayed up and answers.
    expect((await stack.gql<{ health: { ok: boolean } }>('{ health { ok } }')).data?.health).toBeDefined();
  });
});

/** Every key and value in the stack's Redis. */
async function redisDump(): Promise<string> {
  const dump: string[] = [];
  for (const key of await stack.redis.keys('*')) {
    dump.push(key);
    const type = await stack.redis.type(key);
    if (type === 'string') dump.push(String(await stack.redis.get(key)));
    else if (type === 'hash') dump.push(JSON.stringify(await stack.redis.hgetall(key)));
    else if (type === 'list') dump.push(JSON.stringify(await stack.redis.lrange(key, 0, -1)));
    else if (type === 'set') dump.push(JSON.stringify(await stack.redis.smembers(key)));
    else if (type === 'zset') dump.push(JSON.stringify(await stack.redis.zrange(key, 0, -1)));
    else if (type === 'stream') dump.push(JSON.stringify(await stack.redis.xrange(key, '-', '+')));
  }
  return dump.join('\n');
}

/** Every byte of the SQLite database on disk (main file and write-ahead log), or every PostgreSQL row. */
const databaseBytes = () => databaseContents(stack.env.DATABASE_URL!);

describe('secrets', () => {
  it('a provider that echoes the key and header values leaves no trace in GraphQL, Redis, logs or the database', async () => {
    await endpoint('echo-401', `${hostile.url}/echo401/v1`, { extraHeaders: { 'X-Tenant': PLANTED_HEADER } });
    await endpoint('echo-200', `${hostile.url}/echo200/v1`, { extraHeaders: { 'X-Tenant': PLANTED_HEADER } });
    const task = await finishedTask(['echo-401', 'echo-200']);
    // The provider really did receive (and echo) them.
    expect(hostile.seen.some((r) => r.path.startsWith('/echo401/') && r.authorization === `Bearer ${PLANTED_KEY}` && r.headers['x-tenant'] === PLANTED_HEADER)).toBe(true);
    const run401 = task.runs.find((r) => r.modelName === 'echo-401')!;
    expect(run401.status).toBe('FAILED');
    expect(run401.error).toContain('[redacted]');

    const graphql = await stack.gql(
      `query ($id: ID!) { task(id: $id) { status error runs { modelName status error summary samples(first: 50) { edges { node { status error rawOutput } } } } } modelEndpoints { name baseUrl hasApiKey keyStatus extraHeaderNames extraHeadersStatus } }`,
      { id: task.id },
    );
    const shown = JSON.stringify(graphql);
    expect(shown).toContain('[redacted]');
    expect(shown).toContain('X-Tenant');
    const logs = [stack.server.output(), ...stack.workers.map((w) => w.output())].join('\n');
    for (const [where, text] of [['GraphQL', shown], ['Redis', await redisDump()], ['logs', logs], ['database', databaseBytes()]] as const) {
      expect(text.includes(PLANTED_KEY), `key in ${where}`).toBe(false);
      expect(text.includes(PLANTED_HEADER), `header value in ${where}`).toBe(false);
    }
  });

  it('after BENCHHUB_SECRET changes: keyStatus says UNREADABLE, createEvaluation refuses, a queued run fails at once', async () => {
    const id = await endpoint('rotated-away', `${hostile.url}/long/v1`);
    // Saved under another secret (as if BENCHHUB_SECRET had changed since).
    const stale = encryptSecret(PLANTED_KEY, 'the-secret-of-another-deployment');
    await stack.db.modelEndpoint.update({ where: { id }, data: { apiKeyCiphertext: stale } });
    const status = await stack.gql<{ modelEndpoints: Array<{ name: string; hasApiKey: boolean; keyStatus: string }> }>('{ modelEndpoints { name hasApiKey keyStatus } }');
    expect(status.data!.modelEndpoints.find((e) => e.name === 'rotated-away')).toEqual({ name: 'rotated-away', hasApiKey: false, keyStatus: 'UNREADABLE' });

    const before = await stack.db.evaluationTask.count();
    const refused = await stack.gql<{ createEvaluation: { __typename: string; code?: string; endpoints?: string[] } }>(
      `mutation { createEvaluation(input: { query: "English math", models: ["rotated-away"], forceLive: true, plan: { language: ENGLISH, subjects: ["Science/Math"], problemType: MCQA, sampleSize: 4 } }) {
        __typename ... on SecretUnavailableError { code message endpoints } } }`,
    );
    expect(refused.data?.createEvaluation).toMatchObject({ __typename: 'SecretUnavailableError', code: 'SECRET_UNAVAILABLE', endpoints: ['rotated-away'] });
    expect(await stack.db.evaluationTask.count()).toBe(before);

    // A task queued while the key was readable, picked up after the secret changed.
    await stack.db.modelEndpoint.update({ where: { id }, data: { apiKeyCiphertext: encryptSecret(PLANTED_KEY, stack.env.BENCHHUB_SECRET!) } });
    await Promise.all(stack.workers.splice(0).map((worker) => worker.stop()));
    const { id: taskId } = await createTask(stack, ['rotated-away'], 4);
    await stack.db.modelEndpoint.update({ where: { id }, data: { apiKeyCiphertext: stale } });
    const started = Date.now();
    await stack.startWorker();
    const task = await waitUntil(
      () => stack.db.evaluationTask.findUniqueOrThrow({ where: { id: taskId }, include: { runs: true } }),
      (t) => t.status === 'FAILED',
      'task failed',
      30_000,
    );
    expect(task.runs[0]).toMatchObject({ status: 'FAILED', done: 0 });
    expect(task.runs[0]!.error).toMatch(/^SECRET_UNAVAILABLE: .*"rotated-away"/);
    expect(task.error).toMatch(/SECRET_UNAVAILABLE/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
