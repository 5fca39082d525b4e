import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { planQuery } from './planning.service';
import { ValidationError } from '../errors';

let reply = '';
let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiTestServer(() => reply);
});
afterAll(() => server.close());

const llm = () => ({ baseUrl: server.url, apiKey: 'planner-key', model: 'planner', timeoutMs: 2000 });

describe('planQuery', () => {
  it('uses the rules planner when no LLM planner is configured', async () => {
    const plan = await planQuery({ llm: null }, 'Korean math problems for high school students, 200 questions');
    expect(plan).toMatchObject({ source: 'RULES', language: 'Korean', subjects: ['Science/Math'], sampleSize: 200 });
  });

  it('accepts a valid structured plan from the LLM planner', async () => {
    reply =
      '```json\n{"language":"English","subjects":["Tech./Coding"],"taskType":"Reasoning","targetType":null,"problemType":"MCQA","sampleSize":50,"rationale":"coding reasoning","confidence":0.9}\n```';
    const plan = await planQuery({ llm: llm() }, 'Which model writes the best Python?');
    expect(plan).toMatchObject({ source: 'LLM', subjects: ['Tech./Coding'], taskType: 'Reasoning', sampleSize: 50 });
    expect(server.requests.at(-1)!.authorization).toBe('Bearer planner-key');
  });

  it('falls back to the rules planner on invalid JSON or an unknown category, and says so', async () => {
    reply = 'Sure! I think you want math.';
    const invalid = await planQuery({ llm: llm() }, '수학 문제 100개로 비교해줘');
    expect(invalid.source).toBe('RULES');
    expect(invalid.fallbackReason).toBeTruthy();
    expect(invalid.subjects).toEqual(['Science/Math']);
    reply = '{"language":"English","subjects":["Science/Alchemy"],"problemType":"MCQA","sampleSize":10}';
    const unknown = await planQuery({ llm: llm() }, 'alchemy quiz');
    expect(unknown.source).toBe('RULES');
    expect(unknown.fallbackReason).toMatch(/Alchemy|categor|subject/i);
  });

  it('falls back on a timeout or an unreachable endpoint', async () => {
    server.faults.latencyMs = 1500;
    const slow = await planQuery({ llm: { ...llm(), timeoutMs: 300 } }, 'history questions');
    server.faults.latencyMs = 0;
    expect(slow).toMatchObject({ source: 'RULES', subjects: ['HASS/History'] });
    expect(slow.fallbackReason).toMatch(/timed out/);
    const down = await planQuery({ llm: { ...llm(), baseUrl: 'http://127.0.0.1:9/v1' } }, 'history questions');
    expect(down.fallbackReason).toMatch(/unreachable|HTTP/);
  }, 20_000);

  it('rejects empty and over-long queries with typed errors', async () => {
    await expect(planQuery({ llm: null }, '   ')).rejects.toMatchObject({ code: 'EMPTY_QUERY' });
    await expect(planQuery({ llm: null }, 'x'.repeat(1001))).rejects.toBeInstanceOf(ValidationError);
  });
});
