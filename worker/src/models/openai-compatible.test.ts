import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { startOpenAiTestServer, type Fault, type OpenAiTestServer } from '../testing/openai-test-server';
import { ModelCallError } from './model-caller';
import { OpenAiCompatibleCaller } from './openai-compatible';

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
});
