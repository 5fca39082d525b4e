import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import OpenAI from 'openai';
import type { EgressPolicy } from './egress';
import { createEgressFetch } from './egress';

const loopbackAllowed: EgressPolicy = { allowLoopback: true, allowedHosts: new Set(), ownServices: [] };
let server: Server;
let base = '';
const connections: number[] = [];
const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

async function route(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
  const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(value));
  };
  switch (req.url) {
    case '/echo':
      return json(200, { method: req.method, body, contentLength: req.headers['content-length'] ?? null }, { 'x-request-id': 'req-1' });
    case '/gzip':
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      return res.end(gzipSync(JSON.stringify({ compressed: true })));
    case '/moved':
      res.writeHead(307, { location: '/echo' });
      return res.end();
    case '/see-other':
      res.writeHead(303, { location: '/echo' });
      return res.end();
    case '/empty':
      res.writeHead(204);
      return res.end();
    case '/slow':
      return setTimeout(() => json(200, { late: true }), 2000);
    case '/v1/chat/completions':
      return json(200, {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 0,
        model: 'm',
        choices: [{ index: 0, message: { role: 'assistant', content: 'The answer is B.' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
      });
    case '/v1-flaky/chat/completions':
      return seen.filter((r) => r.url === req.url).length === 1
        ? json(429, { error: { message: 'slow down' } }, { 'retry-after-ms': '10' })
        : json(200, { id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }] });
    default:
      return json(404, { error: { message: 'not found' } });
  }
}

beforeAll(async () => {
  server = createServer((req, res) => void route(req, res));
  server.on('connection', () => connections.push(Date.now()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createEgressFetch (keep-alive transport)', () => {
  const keepAliveFetch = createEgressFetch({ policy: () => loopbackAllowed });

  it('sends method, headers and a sized body, and returns a readable Response', async () => {
    const response = await keepAliveFetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer k' }, body: '{"a":"é"}' });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${base}/echo`);
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(await response.json()).toEqual({ method: 'POST', body: '{"a":"é"}', contentLength: '10' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(/already been read/);
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer k');
    expect(seen.at(-1)!.headers['transfer-encoding']).toBeUndefined();
  });

  it('reuses connections across sequential requests', async () => {
    const before = connections.length;
    for (let i = 0; i < 10; i++) await (await keepAliveFetch(`${base}/echo`)).text();
    expect(connections.length - before).toBeLessThanOrEqual(1);
  });

  it('decodes compressed bodies, follows redirects like fetch, and has no body for 204', async () => {
    expect(await (await keepAliveFetch(`${base}/gzip`)).json()).toEqual({ compressed: true });
    const kept = await keepAliveFetch(`${base}/moved`, { method: 'POST', body: 'payload' });
    expect(kept.url).toBe(`${base}/echo`);
    expect(await kept.json()).toMatchObject({ method: 'POST', body: 'payload' });
    expect(await (await keepAliveFetch(`${base}/see-other`, { method: 'POST', body: 'payload' })).json()).toMatchObject({ method: 'GET', body: '' });
    const empty = await keepAliveFetch(`${base}/empty`);
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
  });

  it('exposes the body as a stream when asked', async () => {
    const response = await keepAliveFetch(`${base}/echo`, { method: 'PUT', body: 'x' });
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toMatchObject({ method: 'PUT', body: 'x' });
  });

  it('rejects with an AbortError when aborted, and a TypeError with a cause when the host is down', async () => {
    const controller = new AbortController();
    const pending = keepAliveFetch(`${base}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const already = new AbortController();
    already.abort();
    await expect(keepAliveFetch(`${base}/echo`, { signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const refused = await keepAliveFetch('http://127.0.0.1:1/none').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('drives the openai client: completions, retries on 429, timeouts and connection errors', async () => {
    const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'k', fetch: keepAliveFetch, maxRetries: 0 });
    const completion = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'q' }] });
    expect(completion.choices[0]!.message.content).toBe('The answer is B.');
    expect(completion.usage?.total_tokens).toBe(7);

    const retrying = new OpenAI({ baseURL: `${base}/v1-flaky`, apiKey: 'k', fetch: keepAliveFetch, maxRetries: 2 });
    expect((await retrying.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'q' }] })).choices[0]!.message.content).toBe('ok');
    expect(seen.filter((r) => r.url === '/v1-flaky/chat/completions')).toHaveLength(2);

    const impatient = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'k', fetch: keepAliveFetch, maxRetries: 0, timeout: 100 });
    await expect(impatient.post('/../slow', { body: {} })).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    const down = new OpenAI({ baseURL: 'http://127.0.0.1:1/v1', apiKey: 'k', fetch: keepAliveFetch, maxRetries: 0 });
    await expect(down.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'q' }] })).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
  });
});
