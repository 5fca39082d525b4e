import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { startOpenAiTestServer, type Fault, type OpenAiTestServer } from '../testing/openai-test-server';
import { ModelCallError } from './model-caller';
import OpenAI from 'openai';
import { OpenAiCompatibleCaller, retryDelayMs } from './openai-compatible';

let server: OpenAiTestServer;
let plan: Map<number, Fault> = new Map();
beforeAll(async () => {
  server = await startOpenAiTestServer(() => 'The answer is B.', { chaos: (n) => plan.get(n) ?? null });
});
afterAll(async () => server?.close());

const item = {} as BenchmarkItem;
const prompt = { system: 's', user: 'u' };
const caller = (params = {}) => new OpenAiCompatibleCaller({ baseUrl: server.url, modelId: 'test-model', apiKey: null, params: { maxRetries: 2, ...params } });

describe('OpenAiCompatibleCaller', () => {
  it('retries an HTTP 200 whose body is garbage or has no choices, then answers', async () => {
    server.requests.length = 0;
    plan = new Map<number, Fault>([
      [1, { kind: 'garbage' }],
      [2, { kind: 'no-choices' }],
    ]);
    const reply = await caller().call(prompt, item, new AbortController().signal);
    expect(reply.output).toBe('The answer is B.');
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after its retries with a readable, retryable error', async () => {
    server.requests.length = 0;
    plan = new Map<number, Fault>([3, 4, 5, 6].map((n) => [n, { kind: 'garbage' }]));
    const failure = await caller().call(prompt, item, new AbortController().signal).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelCallError);
    expect((failure as ModelCallError).message).toMatch(/HTTP 200 with a body that is not JSON/);
    expect(server.requests).toHaveLength(3);
  });

  it('times out a hung request after timeoutMs and retries it', async () => {
    server.requests.length = 0;
    plan = new Map<number, Fault>([[7, { kind: 'hang', ms: 5000 }]]);
    const started = Date.now();
    const reply = await caller({ timeoutMs: 1000 }).call(prompt, item, new AbortController().signal);
    expect(reply.output).toBe('The answer is B.');
    expect(Date.now() - started).toBeLessThan(4000);
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After on 429 and retries 5xx; a 4xx other than 408/409/429 is not retried', async () => {
    server.requests.length = 0;
    plan = new Map<number, Fault>([
      [9, { kind: 'status', status: 429, retryAfterSeconds: 1 }],
      [10, { kind: 'status', status: 503 }],
    ]);
    const started = Date.now();
    const reply = await caller().call(prompt, item, new AbortController().signal);
    expect(reply.output).toBe('The answer is B.');
    expect(server.requests).toHaveLength(3);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(5000);
    plan = new Map<number, Fault>([[12, { kind: 'status', status: 400 }]]);
    const refused = await caller().call(prompt, item, new AbortController().signal).catch((error: unknown) => error);
    expect((refused as ModelCallError).message).toMatch(/HTTP 400/);
    expect((refused as ModelCallError).retryable).toBe(false);
    expect(server.requests).toHaveLength(4);
  });

  it('a Retry-After wait ends at once when the call is aborted, and no request leaves after', async () => {
    server.requests.length = 0;
    plan = new Map<number, Fault>([[13, { kind: 'status', status: 429, retryAfterSeconds: 30 }]]);
    const abort = new AbortController();
    const call = caller().call(prompt, item, abort.signal).catch((error: unknown) => error);
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 200)); // the 429 is back: the caller waits its 30 s
    const abortedAt = Date.now();
    abort.abort();
    const failure = await call;
    expect(Date.now() - abortedAt).toBeLessThan(100);
    expect(failure).toBeInstanceOf(ModelCallError);
    expect((failure as ModelCallError).message).toBe('Request cancelled');
    await new Promise((r) => setTimeout(r, 500));
    expect(server.requests).toHaveLength(1);
  });

  it('retry delays: Retry-After in seconds, as a date, retry-after-ms; too long or absent falls back to backoff', () => {
    const limited = (headers: Record<string, string>, status = 429) => new OpenAI.APIError(status, {}, 'limited', new Headers(headers));
    expect(retryDelayMs(limited({ 'retry-after': '2' }), 0)).toBe(2000);
    expect(retryDelayMs(limited({ 'retry-after-ms': '150', 'retry-after': '9' }), 0)).toBe(150);
    const dated = retryDelayMs(limited({ 'retry-after': new Date(Date.now() + 5000).toUTCString() }), 0)!;
    expect(dated).toBeGreaterThan(3000);
    expect(dated).toBeLessThanOrEqual(5000);
    for (const headers of [{ 'retry-after': '3600' }, {}] as Array<Record<string, string>>) {
      const delay = retryDelayMs(limited(headers), 2)!;
      expect(delay).toBeGreaterThanOrEqual(1500);
      expect(delay).toBeLessThanOrEqual(2000);
    }
    expect(retryDelayMs(limited({}, 404), 0)).toBeNull();
    expect(retryDelayMs(limited({ 'x-should-retry': 'false' }), 0)).toBeNull();
    expect(retryDelayMs(limited({ 'x-should-retry': 'true' }, 400), 0)).not.toBeNull();
    expect(retryDelayMs(new OpenAI.APIUserAbortError(), 0)).toBeNull();
  });
});
