import { graphql } from 'graphql';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../context';
import { schema } from './index';

// The rules planner answers (no LLM planner configured in these tests).
const saved = { base: process.env.PLANNER_BASE_URL, model: process.env.PLANNER_MODEL };
beforeEach(() => {
  delete process.env.PLANNER_BASE_URL;
  delete process.env.PLANNER_MODEL;
});
afterEach(() => {
  if (saved.base !== undefined) process.env.PLANNER_BASE_URL = saved.base;
  if (saved.model !== undefined) process.env.PLANNER_MODEL = saved.model;
});

const PLAN = `query ($query: String!) {
  plan(query: $query) {
    ... on QueryPlanSuccess { data { subjects rationale notes { code words subjects message } } }
    ... on BaseError { code message }
  }
}`;

async function plan(query: string) {
  const context = { logger: pino({ level: 'silent' }), viewer: { id: 'u1', email: 'viewer@example.test', name: 'Viewer', role: 'VIEWER', via: 'token' } } as unknown as GraphQLContext;
  const result = await graphql({ schema, source: PLAN, variableValues: { query }, contextValue: context });
  expect(result.errors).toBeUndefined();
  return (result.data as { plan: { data: { subjects: string[]; rationale: string; notes: { code: string; words: string; subjects: string[]; message: string }[] } } }).plan.data;
}

describe('Plan.notes over GraphQL', () => {
  it('lists the qualifiers not applied with their code and words, as the rationale names them', async () => {
    const data = await plan('고등학생 수준의 어려운 수학 문제');
    expect(data.notes.map((n) => [n.code, n.words])).toEqual([
      ['SCHOOL_LEVEL_NOT_APPLIED', '고등학생'],
      ['DIFFICULTY_NOT_APPLIED', '어려운'],
    ]);
    for (const note of data.notes) expect(data.rationale).toContain(note.message);
  });

  it('lists excluded subjects, which the plan never contains', async () => {
    const data = await plan('수학 말고 일반 상식 문제');
    expect(data.subjects).not.toContain('Science/Math');
    expect(data.notes).toEqual([expect.objectContaining({ code: 'SUBJECTS_EXCLUDED', words: '수학 말고', subjects: ['Science/Math'] })]);
  });

  it('gives an empty list when there is nothing to note', async () => {
    expect((await plan('Compare models on math, 50 questions')).notes).toEqual([]);
  });
});

describe('Plan.rationale in the UI language', () => {
  it('says the rationale in Korean from its parts, English by default, and gives the parts to send back', async () => {
    const context = { logger: pino({ level: 'silent' }), viewer: { id: 'u1', email: 'viewer@example.test', name: 'Viewer', role: 'VIEWER', via: 'token' } } as unknown as GraphQLContext;
    const result = await graphql({
      schema,
      source: `{ plan(query: "Which model is best at high-school math? 30 questions") {
        ... on QueryPlanSuccess { data { rationale ko: rationale(locale: KO) rationaleParts } }
      } }`,
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    const data = (result.data as { plan: { data: { rationale: string; ko: string; rationaleParts: { key: string }[] } } }).plan.data;
    expect(data.rationale).toContain('subject "math" → Science/Math');
    expect(data.ko).toContain('과목 "math" → 과학 · 수학');
    expect(data.ko).toContain('적용 안 됨: 학년 "high-school"');
    expect(data.rationaleParts.map((p) => p.key)).toContain('schoolLevelNotApplied');
  });
});

describe('field issues at the GraphQL edge', () => {
  it('carry a stable code and params next to the English message', async () => {
    const context = { logger: pino({ level: 'silent' }), viewer: { id: 'u1', email: 'viewer@example.test', name: 'Viewer', role: 'VIEWER', via: 'token' } } as unknown as GraphQLContext;
    const source = `query ($query: String!) { plan(query: $query) { ... on ValidationError { code message issues { path message code params } } } }`;
    const result = await graphql({ schema, source, variableValues: { query: '   ' }, contextValue: context });
    expect(result.errors).toBeUndefined();
    const error = (result.data as { plan: { code: string; issues: { path: string; message: string; code: string; params: unknown }[] } }).plan;
    expect(error.code).toBe('EMPTY_QUERY');
    expect(error.issues).toEqual([{ path: 'query', message: expect.any(String), code: 'EMPTY_QUERY', params: { field: 'query' } }]);
  });
});
