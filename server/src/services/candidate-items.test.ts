import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationPlan } from '@benchhub/core/planner';
import type { Prisma } from '@benchhub/db';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import { findCandidateItems } from './candidate-items';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase('benchhub-candidates-');
}, 60_000);
afterAll(async () => temp?.close());

/** The same filter written with the query builder: the reference the raw statement must match. */
async function viaQueryBuilder(plan: EvaluationPlan) {
  const fine = plan.subjects.filter((s) => s.includes('/'));
  const coarse = plan.subjects.filter((s) => !s.includes('/'));
  const where: Prisma.BenchmarkItemWhereInput = {
    language: plan.language,
    problemType: plan.problemType,
    ...(plan.taskType ? { taskType: plan.taskType } : {}),
    ...(plan.targetType ? { targetType: plan.targetType } : {}),
    ...(plan.subjects.length > 0 ? { subjects: { some: { OR: [{ subject: { in: fine } }, { coarse: { in: coarse } }] } } } : {}),
  };
  const rows = await temp.db.benchmarkItem.findMany({
    where,
    select: { id: true, taskType: true, subjects: { select: { subject: true } }, dataset: { select: { version: true } } },
  });
  return rows.map((r) => ({ id: r.id, taskType: r.taskType, datasetVersion: r.dataset.version, subjects: r.subjects.map((s) => s.subject).sort() }));
}

const plan = (overrides: Partial<EvaluationPlan>): EvaluationPlan =>
  ({ language: 'English', subjects: [], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100, seed: 1, externalToolUsage: false, ...overrides }) as EvaluationPlan;

describe('findCandidateItems', () => {
  const plans: Array<[string, Partial<EvaluationPlan>]> = [
    ['language and problem type only', {}],
    ['a fine subject', { subjects: ['Science/Math'] }],
    ['a coarse category', { subjects: ['Science'] }],
    ['fine and coarse together', { subjects: ['Culture/Food', 'HASS'], language: 'Korean' }],
    ['task type and target', { taskType: 'Reasoning', targetType: 'General', subjects: ['Science/Math'] }],
    ['Korean local short answers', { language: 'Korean', problemType: 'short-form', targetType: 'Local' }],
    ['binary value/alignment', { problemType: 'Binary', taskType: 'Value/Alignment' }],
    ['nothing matches', { subjects: ['Tech./Coding'], problemType: 'open-ended', language: 'Korean', taskType: 'Knowledge' }],
  ];
  it.each(plans)('matches the query builder: %s', async (_name, overrides) => {
    const expected = await viaQueryBuilder(plan(overrides));
    const actual = (await findCandidateItems(temp.db, plan(overrides))).map((c) => ({ ...c, subjects: [...c.subjects].sort() }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(actual.sort(byId)).toEqual(expected.sort(byId));
    if (_name !== 'nothing matches') expect(actual.length).toBeGreaterThan(0);
  });
});
