import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, dialectOf, postgresPoolOf, sqliteConnectionOf, type PrismaClient } from './client';
import { insertBenchmarkItems, loadBenchmarkItems, loadItemCategories, refreshItemStatistics, toBenchmarkItem } from './items';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { applyMigrations } from './migrate';
import { createTestDatabaseUrl, plainPrismaClient, type TestDatabaseUrl } from './testing/database';

let database: TestDatabaseUrl;
let url: string;
let db: PrismaClient;
/** The client's fast path (SQLite connection or PostgreSQL pool) is open. */
const fastPath = (client: PrismaClient) => sqliteConnectionOf(client) !== null || postgresPoolOf(client) !== null;
beforeAll(async () => {
  database = await createTestDatabaseUrl('benchhub-items-');
  url = database.url;
  await applyMigrations(url);
  db = createPrismaClient(url);
  const dataset = await db.dataset.create({ data: { name: 'd', version: 'v1', source: 'test' } });
  const base = { datasetId: dataset.id, answer: 'A', taskType: 'Knowledge', targetType: 'General', benchmarkName: 'b', language: 'English' };
  await db.benchmarkItem.createMany({
    data: [
      { ...base, id: 'mcqa', problemType: 'MCQA', prompt: 'Capital of "France"?', options: ['Paris', 'Lyon', "l'Île"], subjectType: ['HASS/Geography'], context: 'ctx', mcqaMeta: 'm', originalCategory: 'o', additionalInfo: '{"x":1}', split: 'dev' },
      { ...base, id: 'short', problemType: 'short-form', prompt: '한국의 수도는?', answer: '서울', reference: 'Seoul', language: 'Korean', targetType: 'Local', subjectType: ['Culture/Food', 'HASS/Geography'] },
      { ...base, id: 'open', problemType: 'open-ended', prompt: 'Explain.', subjectType: [] },
    ],
  });
}, 60_000);
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('loadBenchmarkItems', () => {
  it('returns exactly what the query builder returns, in the order asked, skipping unknown ids', async () => {
    const viaBuilder = (await db.benchmarkItem.findMany()).map(toBenchmarkItem);
    const loaded = await loadBenchmarkItems(db, ['open', 'missing', 'mcqa', 'short']);
    expect(loaded.map((item) => item.id)).toEqual(['open', 'mcqa', 'short']);
    for (const item of loaded) expect(item).toEqual(viaBuilder.find((other) => other.id === item.id));
    expect(loaded[1]!.options).toEqual(['Paris', 'Lyon', "l'Île"]);
    expect(loaded[0]!.options).toBeNull();
    expect(await loadBenchmarkItems(db, [])).toEqual([]);
  });

  it('loads subjects and task types by id', async () => {
    const categories = await loadItemCategories(db, ['short', 'open', 'missing']);
    expect([...categories.entries()].sort()).toEqual([
      ['open', { subjects: [], taskType: 'Knowledge' }],
      ['short', { subjects: ['Culture/Food', 'HASS/Geography'], taskType: 'Knowledge' }],
    ]);
  });

  it('reads the same through Prisma when the fast path is not at hand', async () => {
    expect(fastPath(db)).toBe(true);
    const plain = plainPrismaClient(url);
    try {
      expect(fastPath(plain)).toBe(false);
      const ids = ['short', 'mcqa', 'open'];
      expect(await loadBenchmarkItems(plain, ids)).toEqual(await loadBenchmarkItems(db, ids));
      expect(await loadItemCategories(plain, ids)).toEqual(await loadItemCategories(db, ids));
    } finally {
      await plain.$disconnect();
    }
  });

  it('inserts new items with their subject rows once, the same on both paths', async () => {
    const dataset = await db.dataset.create({ data: { name: 'imported', version: 'v-import', source: 'test' } });
    const item = (id: string, overrides: Partial<BenchmarkItem> = {}): BenchmarkItem => ({
      id, problemType: 'MCQA', context: null, prompt: `Q ${id} "quoted" 한국어`, options: ['a', "l'b"], answer: 'A', reference: null, taskType: 'Knowledge',
      targetType: 'General', subjectType: ['Science/Math', 'Science/Math', 'HASS/History'], benchmarkName: 'b', language: 'English', mcqaMeta: null,
      originalCategory: 'orig', additionalInfo: null, split: 'test', ...overrides,
    });
    const batch = [item('new-1'), item('new-2', { options: null, problemType: 'short-form', context: 'ctx', reference: 'ref', subjectType: [] }), item('mcqa')];
    expect(await insertBenchmarkItems(db, dataset.id, batch)).toEqual({ inserted: 2, present: 1 });
    expect(await insertBenchmarkItems(db, dataset.id, batch)).toEqual({ inserted: 0, present: 3 });

    const plain = plainPrismaClient(url);
    try {
      expect(fastPath(plain)).toBe(false);
      const twins = [item('twin-1'), item('twin-2', { options: null, problemType: 'short-form', context: 'ctx', reference: 'ref', subjectType: [] })];
      expect(await insertBenchmarkItems(plain, dataset.id, [...twins, item('mcqa')])).toEqual({ inserted: 2, present: 1 });
      const stored = (await db.benchmarkItem.findMany({ where: { datasetId: dataset.id }, orderBy: { id: 'asc' } })).map(toBenchmarkItem);
      const strip = ({ id: _id, ...rest }: BenchmarkItem) => rest;
      expect(stored.map(strip)).toEqual([item('new-1'), item('new-2', { options: null, problemType: 'short-form', context: 'ctx', reference: 'ref', subjectType: [] }), ...twins].map(strip));
      const subjects = await db.itemSubject.findMany({ where: { itemId: { in: ['new-1', 'twin-1', 'new-2', 'twin-2'] } }, orderBy: [{ itemId: 'asc' }, { subject: 'asc' }] });
      expect(subjects.map((s) => [s.itemId, s.subject, s.coarse])).toEqual([
        ['new-1', 'HASS/History', 'HASS'],
        ['new-1', 'Science/Math', 'Science'],
        ['twin-1', 'HASS/History', 'HASS'],
        ['twin-1', 'Science/Math', 'Science'],
      ]);
    } finally {
      await plain.$disconnect();
    }
  });
});

describe('refreshItemStatistics', () => {
  it('brings the planner statistics of the item tables up to date on PostgreSQL (SQLite keeps none: nothing to do)', async () => {
    await refreshItemStatistics(db);
    if (dialectOf(db) !== 'postgresql') return;
    const rows = await db.$queryRawUnsafe<Array<{ relname: string; analyzed: boolean }>>(
      `SELECT relname, last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname IN ('Dataset', 'BenchmarkItem', 'ItemSubject') ORDER BY relname`,
    );
    expect(rows).toEqual([
      { relname: 'BenchmarkItem', analyzed: true },
      { relname: 'Dataset', analyzed: true },
      { relname: 'ItemSubject', analyzed: true },
    ]);
  });
});
