import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret, openHeaders } from '@benchhub/db';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import { ConflictError, ValidationError } from '../errors';
import { createModelEndpoint, deleteModelEndpoint, updateModelEndpoint } from './model-endpoint.service';

let temp: TempDatabase;
beforeAll(async () => {
  process.env.BENCHHUB_SECRET = 'endpoint-service-test';
  temp = await createTempDatabase();
}, 60_000);
afterAll(() => temp.close());

const base = { name: 'local-llama', baseUrl: 'http://localhost:11434/v1/', modelId: 'llama3' };

describe('model endpoints', () => {
  it('stores the key encrypted, keeps it (and extra headers) when an update omits them', async () => {
    const created = await createModelEndpoint(temp.db, { ...base, apiKey: 'sk-secret', extraHeaders: { 'X-Org': 'org-1' } });
    expect(created.baseUrl).toBe('http://localhost:11434/v1');
    expect(created.apiKeyCiphertext).not.toContain('sk-secret');
    expect(decryptSecret(created.apiKeyCiphertext!)).toBe('sk-secret');

    const updated = await updateModelEndpoint(temp.db, created.id, { ...base, temperature: 0.5 });
    expect(decryptSecret(updated.apiKeyCiphertext!)).toBe('sk-secret');
    expect(updated.params).toMatchObject({ temperature: 0.5, extraHeaderNames: ['X-Org'] });
    expect(JSON.stringify(updated.params)).not.toContain('org-1');
    expect(openHeaders(updated.params)).toEqual({ 'X-Org': 'org-1' });

    const cleared = await updateModelEndpoint(temp.db, created.id, { ...base, apiKey: '', extraHeaders: {} });
    expect(cleared.apiKeyCiphertext).toBeNull();
    expect(cleared.params).toMatchObject({ extraHeaderNames: [] });
    expect(openHeaders(cleared.params)).toEqual({});
  });

  it('stores optional per-minute limits, and refuses ones that are not positive integers', async () => {
    const created = await createModelEndpoint(temp.db, { ...base, name: 'limited', requestsPerMinute: 500, tokensPerMinute: 90_000 });
    expect([created.requestsPerMinute, created.tokensPerMinute]).toEqual([500, 90_000]);
    const cleared = await updateModelEndpoint(temp.db, created.id, { ...base, name: 'limited', requestsPerMinute: 60 });
    expect([cleared.requestsPerMinute, cleared.tokensPerMinute]).toEqual([60, null]);
    await expect(createModelEndpoint(temp.db, { ...base, name: 'bad-limits', requestsPerMinute: 0, tokensPerMinute: 1.5 })).rejects.toSatisfy(
      (error: unknown) => error instanceof ValidationError && ['requestsPerMinute', 'tokensPerMinute'].every((path) => error.issues.some((issue) => issue.path === path)),
    );
    await deleteModelEndpoint(temp.db, created.id);
  });

  it('rejects bad input with field issues and changes nothing', async () => {
    const before = await temp.db.modelEndpoint.count();
    await expect(createModelEndpoint(temp.db, { name: 'baseline/mine', baseUrl: 'ftp://x', modelId: '', temperature: 3 })).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof ValidationError &&
        ['name', 'baseUrl', 'modelId', 'temperature'].every((path) => error.issues.some((issue) => issue.path === path)),
    );
    await expect(createModelEndpoint(temp.db, base)).rejects.toBeInstanceOf(ConflictError);
    expect(await temp.db.modelEndpoint.count()).toBe(before);
  });

  it('names every field issue by a stable code with its params, for clients that say it in their own language', async () => {
    const error = await createModelEndpoint(temp.db, {
      name: 'baseline/mine',
      baseUrl: 'ftp://x',
      modelId: ' ',
      temperature: 3,
      concurrency: 1.5,
      extraHeaders: { 'Bad Header': 'v' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues.map(({ path, code, params }) => ({ path, code, params }));
    expect(issues).toEqual([
      { path: 'name', code: 'NAME_RESERVED', params: { prefix: 'baseline/' } },
      { path: 'baseUrl', code: 'BASE_URL_SCHEME', params: undefined },
      { path: 'modelId', code: 'REQUIRED', params: undefined },
      { path: 'temperature', code: 'OUT_OF_RANGE', params: { min: 0, max: 2 } },
      { path: 'concurrency', code: 'INTEGER_OUT_OF_RANGE', params: { min: 1, max: 256 } },
      { path: 'extraHeaders', code: 'INVALID_HEADER', params: { header: 'Bad Header' } },
    ]);
    // The English text stays the fallback for API clients.
    expect((error as ValidationError).issues[1]!.message).toBe('Base URL must be http(s)');
    const invalidUrl = await createModelEndpoint(temp.db, { ...base, name: 'x'.repeat(101), baseUrl: 'not a url' }).catch((e: unknown) => e);
    expect((invalidUrl as ValidationError).issues.map((i) => [i.code, i.params])).toEqual([
      ['TOO_LONG', { max: 100 }],
      ['BASE_URL_INVALID', undefined],
    ]);
  });

  it('protects the baselines', async () => {
    const random = await temp.db.modelEndpoint.findUniqueOrThrow({ where: { name: 'baseline/random' } });
    await expect(deleteModelEndpoint(temp.db, random.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(updateModelEndpoint(temp.db, random.id, base)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses destinations the egress policy forbids, with a typed code, and changes nothing', async () => {
    const created = await createModelEndpoint(temp.db, { ...base, name: 'egress-target', apiKey: 'sk-keep' });
    const before = await temp.db.modelEndpoint.findMany({ orderBy: { id: 'asc' } });
    const refused = async (baseUrl: string, code: string) => {
      const input = { ...base, name: 'egress-probe', baseUrl };
      await expect(createModelEndpoint(temp.db, input), baseUrl).rejects.toMatchObject({ code, issues: [{ path: 'baseUrl' }] });
      await expect(updateModelEndpoint(temp.db, created.id, input), baseUrl).rejects.toMatchObject({ code });
    };
    const { PORT, WEB_PORT } = { PORT: process.env.PORT ?? '4000', WEB_PORT: process.env.WEB_PORT ?? '5173' };
    await refused(`http://localhost:${PORT}/graphql`, 'OWN_SERVICE');
    await refused(`http://127.0.0.1:${WEB_PORT}`, 'OWN_SERVICE');
    await refused('http://[::1]:6379/v1', 'OWN_SERVICE');
    await refused('http://user:pass@localhost:11434/v1', 'URL_CREDENTIALS');
    await refused('http://localhost:11434/admin/purge?x#', 'URL_QUERY');
    await refused(`http://${'a'.repeat(100_000)}.example/v1`, 'HOST_TOO_LONG');
    const previous = process.env.ENDPOINT_ALLOWED_HOSTS;
    process.env.ENDPOINT_ALLOWED_HOSTS = 'none';
    try {
      // localhost resolves to loopback: refused once loopback is not allowed.
      await refused('http://localhost:11434/v1', 'ADDRESS_NOT_ALLOWED');
      // The refusal names the host, for clients that say it in their own words.
      await expect(createModelEndpoint(temp.db, { ...base, name: 'egress-probe', baseUrl: 'http://localhost:11434/v1' })).rejects.toMatchObject({
        params: { host: 'localhost:11434' },
        issues: [{ path: 'baseUrl', code: 'ADDRESS_NOT_ALLOWED', params: { host: 'localhost:11434' } }],
      });
      process.env.ENDPOINT_ALLOWED_HOSTS = 'localhost:11434';
      await expect(createModelEndpoint(temp.db, { ...base, name: 'listed-llama' })).resolves.toMatchObject({ baseUrl: 'http://localhost:11434/v1' });
    } finally {
      if (previous === undefined) delete process.env.ENDPOINT_ALLOWED_HOSTS;
      else process.env.ENDPOINT_ALLOWED_HOSTS = previous;
    }
    const after = await temp.db.modelEndpoint.findMany({ where: { name: { not: 'listed-llama' } }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before);
  });
});
