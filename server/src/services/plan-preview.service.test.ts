import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from 'graphql';
import type { PrismaClient } from '@benchhub/db';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import type { GraphQLContext } from '../graphql/context';
import { schema } from '../graphql/schema';
import { givenPlanRationale } from './evaluation.service';
import { previewPlan } from './plan-preview.service';

let temp: TempDatabase;
let db: PrismaClient;
beforeAll(async () => {
  temp = await createTempDatabase('benchhub-preview-');
  db = temp.db;
}, 60_000);
afterAll(async () => {
  await temp?.close();
});

const plan = (overrides: Record<string, unknown> = {}) => ({ language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 20, seed: 3, ...overrides });

/** Counted here with the query builder, independently of the candidate statement the preview uses. */
const countItems = (where: { language: string; problemType?: string; subject: string }) =>
  db.benchmarkItem.count({
    where: {
      language: where.language,
      ...(where.problemType ? { problemType: where.problemType } : {}),
      subjects: { some: { subject: where.subject } },
      dataset: { supersededAt: null },
    },
  });

describe('plan preview', () => {
  it('counts the whole plan, not the subject in every problem type, and names the shortfall before submit', async () => {
    const mcqa = await countItems({ language: 'English', problemType: 'MCQA', subject: 'Science/Math' });
    const anyType = await countItems({ language: 'English', subject: 'Science/Math' });
    expect(mcqa).toBeGreaterThan(0);
    expect(anyType).toBeGreaterThan(mcqa);
    const big = await previewPlan(db, plan({ sampleSize: 5000 }));
    expect(big).toEqual({ available: mcqa, requested: 5000, drawn: mcqa, shortfall: 5000 - mcqa, subjects: [{ subject: 'Science/Math', available: mcqa, drawn: mcqa }] });
    const small = await previewPlan(db, plan({ sampleSize: 10 }));
    expect(small).toMatchObject({ available: mcqa, requested: 10, drawn: 10, shortfall: 0 });
  });

  it('lists the coarse categories when the plan names no subject, and refuses a bad plan', async () => {
    const all = await previewPlan(db, plan({ subjects: [], sampleSize: 30 }));
    expect(all.subjects.length).toBeGreaterThan(1);
    expect(all.subjects.every((s) => !s.subject.includes('/'))).toBe(true);
    expect(all.subjects.reduce((sum, s) => sum + s.drawn, 0)).toBeGreaterThanOrEqual(30);
    await expect(previewPlan(db, plan({ sampleSize: 0 }))).rejects.toThrow(/sampleSize/);
  });

  it('is served as planPreview over GraphQL', async () => {
    const result = await graphql({
      schema,
      source: `query { planPreview(plan: { language: ENGLISH, subjects: ["Science/Math"], problemType: MCQA, sampleSize: 5000 }) {
        ... on QueryPlanPreviewSuccess { data { available requested drawn shortfall subjects { subject available drawn } } } ... on ValidationError { message } } }`,
      contextValue: { db, viewer: { id: 'u1', email: 'viewer@example.test', name: 'Viewer', role: 'VIEWER', via: 'token' } } as unknown as GraphQLContext,
    });
    expect(result.errors).toBeUndefined();
    const data = (result.data as { planPreview: { data: { shortfall: number; available: number } } }).planPreview.data;
    expect(data.shortfall).toBe(5000 - data.available);
  });
});

describe('a plan given without its rationale', () => {
  it('is stored with one that says what it asks for and what it could not apply', () => {
    const text = givenPlanRationale({
      language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 40, seed: 42,
      externalToolUsage: false, rationale: '', confidence: 1, source: 'RULES',
      notes: [{ code: 'SCHOOL_LEVEL_NOT_APPLIED', words: '고등학생', subjects: [], message: '"고등학생" (school level) is not applied: the taxonomy has none.' }],
    });
    expect(text).toBe(
      'Plan given with the request: Korean, MCQA, all task types, all targets, Science/Math, 40 items, seed 42. ' +
        'not applied: school level "고등학생" (the BenchHub taxonomy has no school levels; items of every level are drawn)',
    );
  });
});
