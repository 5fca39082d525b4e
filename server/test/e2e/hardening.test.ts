/**
 * Hardening, end to end on the real stack: the egress policy on model endpoints (own ports,
 * redirects, oversized replies), stored output caps. Every server here is on loopback.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/stack';
import { createTask, waitUntil } from '../support/scenario';

const PLANTED_KEY = 'sk-hardening-planted-4b1d9e';

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
  hostile = await startHostile((path, _req, res) => {
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
