import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationPlan } from '@benchhub/core/planner';
import { generateSampleBenchmark } from '@benchhub/core/sample';
import { findCandidateItems } from './candidate-items';
import { createPrismaClient, type Prisma, type PrismaClient } from './client';
import { insertBenchmarkItems } from './items';
import { applyMigrations } from './migrate';
import { createTestDatabaseUrl, plainPrismaClient, type TestDatabaseUrl } from './testing/database';

let database: TestDatabaseUrl;
let db: PrismaClient;
beforeAll(async () => {
  database = await createTestDatabaseUrl('benchhub-candidates-');
  await applyMigrations(database.url);
  db = createPrismaClient(database.url);
  // The bundled sample benchmark, in two datasets (candidates carry their dataset's version).
  const items = generateSampleBenchmark();
  const half = Math.floor(items.length / 2);
  for (const [version, part] of [['v-first', items.slice(0, half)], ['v-second', items.slice(half)]] as const) {
    const dataset = await db.dataset.create({ data: { name: version, version, source: 'test', itemCount: part.length } });
    await insertBenchmarkItems(db, dataset.id, part);
  }
  // A superseded version (an earlier bundled sample): its items stay stored but are never candidates.
  const retired = items.map((item) => ({ ...item, id: `retired-${item.id}` }));
  const old = await db.dataset.create({ data: { name: 'v-old', version: 'v-old', source: 'test', itemCount: retired.length, supersededAt: new Date() } });
  await insertBenchmarkItems(db, old.id, retired);
}, 120_000);
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** The same filter written with the query builder: the reference the raw statement must match. */
async function viaQueryBuilder(plan: EvaluationPlan) {
  const fine = plan.subjects.filter((s) => s.includes('/'));
  const coarse = plan.subjects.filter((s) => !s.includes('/'));
  const where: Prisma.BenchmarkItemWhereInput = {
    dataset: { supersededAt: null },
    language: plan.language,
    problemType: plan.problemType,
    ...(plan.taskType ? { taskType: plan.taskType } : {}),
    ...(plan.targetType ? { targetType: plan.targetType } : {}),
    ...(plan.subjects.length > 0 ? { subjects: { some: { OR: [{ subject: { in: fine } }, { coarse: { in: coarse } }] } } } : {}),
  };
  const rows = await db.benchmarkItem.findMany({
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
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const actual = (await findCandidateItems(db, plan(overrides))).map((c) => ({ ...c, subjects: [...c.subjects].sort() }));
    expect(actual.sort(byId)).toEqual(expected.sort(byId));
    expect(actual.some((c) => c.datasetVersion === 'v-old')).toBe(false);
    if (_name !== 'nothing matches') expect(actual.length).toBeGreaterThan(0);
    // Inside a transaction (as createEvaluation runs it) and through a client without fast paths: the same.
    const inTransaction = await db.$transaction((tx) => findCandidateItems(tx, plan(overrides)));
    expect(inTransaction.map((c) => ({ ...c, subjects: [...c.subjects].sort() })).sort(byId)).toEqual(expected.sort(byId));
    const plain = plainPrismaClient(database.url);
    try {
      const viaPlain = await findCandidateItems(plain, plan(overrides));
      expect(viaPlain.map((c) => ({ ...c, subjects: [...c.subjects].sort() })).sort(byId)).toEqual(expected.sort(byId));
    } finally {
      await plain.$disconnect();
    }
  });
});
