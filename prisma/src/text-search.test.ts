import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, dialectOf, type PrismaClient } from './client';
import { applyMigrations } from './migrate';
import { containsText, likePattern } from './text-search';
import { createTestDatabaseUrl, type TestDatabaseUrl } from './testing/database';

describe('likePattern', () => {
  it('reads LIKE patterns as PostgreSQL ILIKE does', () => {
    expect(likePattern('%école%').test('ÉCOLE normale')).toBe(true);
    expect(likePattern('a_c').test('abc')).toBe(true);
    expect(likePattern('a_c').test('ac')).toBe(false);
    expect(likePattern('%100\\%%').test('100% sure')).toBe(true);
    expect(likePattern('%100\\%%').test('100x sure')).toBe(false);
    expect(likePattern('%a\\_b%').test('a_b')).toBe(true);
    expect(likePattern('%a\\_b%').test('axb')).toBe(false);
    expect(likePattern('%line%').test('two\nlines')).toBe(true);
    expect(likePattern('%(x)+%').test('a(x)+b')).toBe(true);
  });
});

// Runs on the test database (TEST_DATABASE): `npm test` runs it on SQLite and on PostgreSQL.
describe('containsText', () => {
  let database: TestDatabaseUrl;
  let db: PrismaClient;
  beforeAll(async () => {
    database = await createTestDatabaseUrl('benchhub-search-');
    await applyMigrations(database.url);
    db = createPrismaClient(database.url);
    for (const query of ['École 100% sure', 'ecole 100x sure', 'a_b', 'axb', '한국어 수학 문제', 'MATH for Kids', 'back\\slash']) {
      await db.evaluationTask.create({ data: { query, plan: {} } });
    }
  }, 60_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it.each([
    ['math', ['MATH for Kids']],
    ['ÉCOLE', ['École 100% sure']],
    ['école', ['École 100% sure']],
    ['ECOLE', ['ecole 100x sure']],
    ['100%', ['École 100% sure']],
    ['a_b', ['a_b']],
    ['_', ['a_b']],
    ['수학', ['한국어 수학 문제']],
    ['k\\s', ['back\\slash']],
    ['nothing', []],
  ])('finds %j case-insensitively and literally', async (text, expected) => {
    const found = await db.evaluationTask.findMany({ where: { query: containsText(dialectOf(db), text) }, select: { query: true }, orderBy: { query: 'asc' } });
    expect(found.map((row) => row.query)).toEqual(expected);
  });
});
