import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import type { Viewer } from '../auth/viewer';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { resolveTarget, testConnection, type ConnectionTarget } from './endpoint-test.service';
import { createModelEndpoint } from './model-endpoint.service';

const KEY = 'sk-test-connection-secret-123';
let server: OpenAiTestServer;
let temp: TempDatabase;

beforeAll(async () => {
  process.env.BENCHHUB_SECRET = 'endpoint-test-service';
  server = await startOpenAiTestServer(() => 'Hello', { requireApiKey: KEY, models: ['served-model', 'other-model'] });
  temp = await createTempDatabase();
}, 60_000);
afterAll(async () => {
  await server.close();
  await temp.close();
});

const target = (over: Partial<ConnectionTarget> = {}): ConnectionTarget => ({ baseUrl: server.url, modelId: 'served-model', apiKey: KEY, headers: {}, ...over });

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('testConnection', () => {
  it('lists the served models and answers one tiny chat request (max_tokens 1)', async () => {
    const before = server.requests.length;
    const result = await testConnection(target({ baseUrl: `${server.url}/` }));
    expect(result).toMatchObject({ ok: true, models: ['served-model', 'other-model'], chatReply: 'Hello', error: null });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ model: 'served-model', max_tokens: 1 });
    expect(sent[0]!.authorization).toBe(`Bearer ${KEY}`);
  });

  it('a wrong key: 401 naming the URL, the echoed key redacted', async () => {
    const wrong = 'sk-wrong-key-that-is-echoed';
    const result = await testConnection(target({ apiKey: wrong }));
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ url: `${server.url}/models`, httpStatus: 401 });
    expect(result.error!.message).toContain('Incorrect API key provided');
    expect(result.error!.message).toContain('[redacted]');
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it('an unknown model: 404 from the chat URL, with the models the server does list', async () => {
    const result = await testConnection(target({ modelId: 'no-such-model' }));
    expect(result).toMatchObject({ ok: false, models: ['served-model', 'other-model'], latencyMs: null });
    expect(result.error).toMatchObject({ url: `${server.url}/chat/completions`, httpStatus: 404 });
    expect(result.error!.message).toContain('no-such-model');
  });

  it('a server without /models: no list, still ok when the chat answers', async () => {
    const bare = await startOpenAiTestServer(() => 'Yo', { models: null });
    try {
      const result = await testConnection({ baseUrl: bare.url, modelId: 'anything', apiKey: null, headers: {} });
      expect(result).toMatchObject({ ok: true, models: null, chatReply: 'Yo', error: null });
      expect(bare.requests[0]!.authorization).toBeNull();
    } finally {
      await bare.close();
    }
  });

  it('an unreachable port: the URL, no HTTP status, the connection error', async () => {
    const port = await closedPort();
    const result = await testConnection(target({ baseUrl: `http://127.0.0.1:${port}/v1` }));
    expect(result).toMatchObject({ ok: false, models: null, error: { url: `http://127.0.0.1:${port}/v1/models`, httpStatus: null } });
    expect(result.error!.message).toMatch(/ECONNREFUSED/);
  });

  it('a server that does not answer in time: a timeout naming the URL', async () => {
    const slow = await startOpenAiTestServer(() => 'late', { latencyMs: 2_000 });
    try {
      const result = await testConnection({ baseUrl: slow.url, modelId: 'm', apiKey: null, headers: {} }, { timeoutMs: 300 });
      expect(result).toMatchObject({ ok: false, models: ['test-model'], error: { url: `${slow.url}/chat/completions`, httpStatus: null, message: 'No answer within 300 ms' } });
    } finally {
      await slow.close();
    }
  });

  it('goes through the egress policy: loopback refused when not allowed, nothing sent', async () => {
    const previous = process.env.ENDPOINT_ALLOWED_HOSTS;
    process.env.ENDPOINT_ALLOWED_HOSTS = 'none';
    // A server of its own: no kept-alive socket from the tests above (the policy is checked when connecting).
    const fresh = await startOpenAiTestServer(() => 'never');
    try {
      const result = await testConnection({ baseUrl: fresh.url, modelId: 'm', apiKey: null, headers: {} });
      expect(result).toMatchObject({ ok: false, error: { url: `${fresh.url}/models`, httpStatus: null } });
      expect(result.error!.message).toMatch(/not allowed|loopback/i);
      expect(fresh.connections).toBe(0);
    } finally {
      await fresh.close();
      if (previous === undefined) delete process.env.ENDPOINT_ALLOWED_HOSTS;
      else process.env.ENDPOINT_ALLOWED_HOSTS = previous;
    }
  });
});

describe('resolveTarget', () => {
  const viewer = (id: string, role: Viewer['role'] = 'MEMBER'): Viewer => ({ id, email: `${id}@x.test`, name: id, role, via: 'session' });

  it('saved endpoints: owner, shared and admin use the stored key; others get not found; edits need the owner', async () => {
    for (const id of ['owner', 'other', 'boss']) await temp.db.user.create({ data: { id, email: `${id}@x.test`, name: id, role: id === 'boss' ? 'ADMIN' : 'MEMBER' } });
    const own = await createModelEndpoint(temp.db, { name: 'own', baseUrl: server.url, modelId: 'served-model', apiKey: KEY, ownerId: 'owner' });
    const shared = await createModelEndpoint(temp.db, { name: 'shared', baseUrl: server.url, modelId: 'served-model', apiKey: KEY, ownerId: 'owner', shared: true });

    expect(await resolveTarget(temp.db, viewer('owner'), own.id, null)).toMatchObject({ apiKey: KEY, modelId: 'served-model' });
    expect(await resolveTarget(temp.db, viewer('boss', 'ADMIN'), own.id, null)).toMatchObject({ apiKey: KEY });
    expect(await resolveTarget(temp.db, viewer('other'), shared.id, null)).toMatchObject({ apiKey: KEY });
    await expect(resolveTarget(temp.db, viewer('other'), own.id, null)).rejects.toBeInstanceOf(NotFoundError);
    const edit = { name: 'shared', baseUrl: server.url, modelId: 'other-model' };
    await expect(resolveTarget(temp.db, viewer('other'), shared.id, edit)).rejects.toBeInstanceOf(ForbiddenError);
    // Unsaved edits on the same origin keep the stored key; another origin does not get it.
    expect(await resolveTarget(temp.db, viewer('owner'), shared.id, edit)).toMatchObject({ apiKey: KEY, modelId: 'other-model' });
    expect(await resolveTarget(temp.db, viewer('owner'), shared.id, { ...edit, baseUrl: 'http://localhost:9/v1' })).toMatchObject({ apiKey: null });
    expect((await testConnection(await resolveTarget(temp.db, viewer('other'), shared.id, null))).ok).toBe(true);
  });

  it('unsaved input is validated; nothing is stored', async () => {
    const count = await temp.db.modelEndpoint.count();
    await expect(resolveTarget(temp.db, viewer('owner'), null, { name: 'x', baseUrl: 'not a url', modelId: ' ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(resolveTarget(temp.db, viewer('owner'), null, null)).rejects.toBeInstanceOf(ValidationError);
    expect(await resolveTarget(temp.db, viewer('owner'), null, { name: 'new', baseUrl: server.url, modelId: 'served-model', apiKey: KEY })).toMatchObject({ apiKey: KEY });
    expect(await temp.db.modelEndpoint.count()).toBe(count);
  });
});
