import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PrismaClient } from '@benchhub/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors';
import { importBenchmark, INCOMPLETE_ITEM_COUNT, type ImportProgress } from './import.service';
import { benchhubRow, createTestDatabase, toCsv, toJsonl, toParquet, writeFixture, type TestDatabase } from './test-support';

let t: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const sha16 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

/** Rows, items and subjects of the database: a re-import must leave all of them unchanged. */
async function snapshot() {
  return {
    datasets: await db.dataset.findMany({ orderBy: { id: 'asc' } }),
    items: await db.benchmarkItem.count(),
    subjects: await db.itemSubject.count(),
  };
}

const CSV_COLUMNS = [
  'problem_type',
  'context',
  'prompt',
  'options',
  'answer',
  'reference',
  'task_type',
  'target_type',
  'subject_type',
  'benchmark_name',
  'mcqa_meta',
  'original_category',
  'additional_info',
  'split',
  'language',
];

describe('importBenchmark', () => {
  const rows = Array.from({ length: 25 }, (_, i) => benchhubRow(1_000 + i, { subject_type: ['Science/Math', 'Tech./Coding'] }));

  it('imports JSONL in batches: items point to a dataset versioned by the file hash', async () => {
    const file = writeFixture(t.dir, 'bench.jsonl', toJsonl(rows));
    const events: ImportProgress[] = [];
    const report = await importBenchmark(db, file, { batchSize: 10 }, (p) => events.push(p));

    expect(report).toMatchObject({
      source: file,
      name: 'bench.jsonl',
      format: 'jsonl',
      version: sha16(file),
      alreadyImported: false,
      resumed: false,
      read: 25,
      imported: 25,
      alreadyPresent: 0,
      skipped: 0,
      warnings: 0,
      itemCount: 25,
      skippedRows: [],
    });
    const dataset = await db.dataset.findUniqueOrThrow({ where: { version: report.version } });
    expect(dataset).toMatchObject({ id: report.datasetId, name: 'bench.jsonl', source: file, itemCount: 25, synthetic: false });
    const items = await db.benchmarkItem.findMany({ where: { datasetId: dataset.id }, include: { subjects: true } });
    expect(items).toHaveLength(25);
    const first = items.find((item) => item.prompt === rows[0]!.prompt)!;
    expect(first).toMatchObject({ problemType: 'MCQA', options: rows[0]!.options, answer: rows[0]!.answer, language: 'English' });
    expect(first.subjects.map((s) => [s.subject, s.coarse]).sort()).toEqual([
      ['Science/Math', 'Science'],
      ['Tech./Coding', 'Tech.'],
    ]);
    expect(events.map((e) => e.phase)).toContain('hashing');
    expect(events.at(-1)).toMatchObject({ phase: 'done', read: 25, imported: 25 });
    expect(events.filter((e) => e.phase === 'importing').map((e) => e.imported)).toEqual(expect.arrayContaining([10, 20, 25]));
  });

  it('is idempotent: the same content again reports "already imported" and changes nothing', async () => {
    const file = path.join(t.dir, 'bench.jsonl');
    const before = await snapshot();
    const again = await importBenchmark(db, file, { batchSize: 10, name: 'another name' });
    expect(again).toMatchObject({ alreadyImported: true, version: sha16(file), read: 0, imported: 0, itemCount: 25, name: 'bench.jsonl' });
    expect(await snapshot()).toEqual(before);
  });

  it('gives the same ids from CSV and parquet: other files with the same rows add no items', async () => {
    const csv = writeFixture(t.dir, 'bench.csv', toCsv(rows, CSV_COLUMNS));
    const before = await db.benchmarkItem.count();
    const fromCsv = await importBenchmark(db, csv);
    expect(fromCsv).toMatchObject({ format: 'csv', read: 25, imported: 0, alreadyPresent: 25, skipped: 0, itemCount: 25, version: sha16(csv) });

    const parquet = writeFixture(t.dir, 'bench.parquet', toParquet(rows));
    const fromParquet = await importBenchmark(db, parquet);
    expect(fromParquet).toMatchObject({ format: 'parquet', read: 25, imported: 0, alreadyPresent: 25, itemCount: 25, version: sha16(parquet) });
    expect(await db.benchmarkItem.count()).toBe(before);
    // Each file is its own dataset version.
    expect(new Set([fromCsv.version, fromParquet.version]).size).toBe(2);
  });

  it('imports parquet files (list columns, several row groups)', async () => {
    const parquetRows = Array.from({ length: 120 }, (_, i) => benchhubRow(2_000 + i, { language: i % 2 ? 'ko' : 'en' }));
    const file = writeFixture(t.dir, 'groups.parquet', toParquet(parquetRows, { rowGroupSize: 50 }));
    const events: ImportProgress[] = [];
    const report = await importBenchmark(db, file, { batchSize: 32 }, (p) => events.push(p));
    expect(report).toMatchObject({ read: 120, imported: 120, skipped: 0, itemCount: 120 });
    expect(events.find((e) => e.phase === 'importing' && e.totalRows !== null)?.totalRows).toBe(120);
    expect(await db.benchmarkItem.count({ where: { datasetId: report.datasetId, language: 'Korean' } })).toBe(60);
  });

  it('skips and reports malformed rows (row number + reason) and writes only whole valid items', async () => {
    const good = (i: number) => JSON.stringify(benchhubRow(3_000 + i));
    const lines = [
      good(0),
      JSON.stringify({ ...benchhubRow(3_001), prompt: '' }),
      '{"prompt": "broken json",',
      JSON.stringify({ ...benchhubRow(3_002), problem_type: 'crossword' }),
      JSON.stringify({ ...benchhubRow(3_003), options: '["a", "b"' }),
      JSON.stringify({ ...benchhubRow(3_004), options: null }),
      '',
      JSON.stringify({ ...benchhubRow(3_005), answer: null }),
      good(6),
      JSON.stringify({ ...benchhubRow(3_007), subject_type: ['Tech./tech/aircraft', 'nonsense'] }),
      good(8),
    ];
    const file = writeFixture(t.dir, 'mixed.jsonl', lines.join('\n'));
    const report = await importBenchmark(db, file, { batchSize: 2 });
    expect(report).toMatchObject({ read: 10, imported: 4, alreadyPresent: 0, skipped: 6, itemCount: 4, warnings: 2 });
    expect(report.skippedRows).toEqual([
      { row: 2, reason: 'missing prompt' },
      { row: 3, reason: expect.stringMatching(/^invalid JSON/) },
      { row: 4, reason: expect.stringMatching(/^unknown problem_type "crossword"/) },
      { row: 5, reason: expect.stringMatching(/^bad JSON in options/) },
      { row: 6, reason: 'MCQA item without options' },
      { row: 8, reason: expect.stringMatching(/^missing answer/) },
    ]);
    expect(report.skipReasons.map((r) => [r.code, r.count])).toEqual([
      ['missing-prompt', 1],
      ['malformed-record', 1],
      ['unknown-problem-type', 1],
      ['bad-options', 2],
      ['missing-answer', 1],
    ].sort((a, b) => (b[1] as number) - (a[1] as number)));
    expect(report.warningMessages).toEqual([
      { message: 'unknown subject "Tech./tech/aircraft" (kept)', count: 1, firstRow: 10 },
      { message: 'unknown subject "nonsense" outside the taxonomy\'s coarse categories (kept)', count: 1, firstRow: 10 },
    ]);
    const items = await db.benchmarkItem.findMany({ where: { datasetId: report.datasetId }, include: { subjects: true } });
    expect(items.map((i) => i.prompt).sort()).toEqual([3_000, 3_006, 3_007, 3_008].map((i) => benchhubRow(i).prompt).sort());
    expect(items.every((i) => i.subjects.length > 0)).toBe(true);
    expect(items.find((i) => i.prompt === benchhubRow(3_007).prompt)!.subjectType).toEqual(['Tech./tech/aircraft', 'nonsense']);
  });

  it('lists the first 20 malformed rows and counts them all', async () => {
    const lines = Array.from({ length: 45 }, (_, i) => (i % 9 === 0 ? JSON.stringify(benchhubRow(4_000 + i)) : '{"nope": true}'));
    const file = writeFixture(t.dir, 'mostly-bad.jsonl', lines.join('\n'));
    const report = await importBenchmark(db, file);
    expect(report.skipped).toBe(40);
    expect(report.skippedRows).toHaveLength(20);
    expect(report.skippedRows[0]).toEqual({ row: 2, reason: 'missing prompt' });
    expect(report.imported).toBe(5);
  });

  it('completes an interrupted import when re-run: no duplicates, no half-written batch', async () => {
    const many = Array.from({ length: 50 }, (_, i) => benchhubRow(5_000 + i));
    const file = writeFixture(t.dir, 'interrupted.jsonl', toJsonl(many));
    let batches = 0;
    await expect(
      importBenchmark(db, file, {
        batchSize: 10,
        onBatch: () => {
          if (++batches === 3) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const partial = await db.dataset.findUniqueOrThrow({ where: { version: sha16(file) } });
    expect(partial.itemCount).toBe(INCOMPLETE_ITEM_COUNT);
    expect(await db.benchmarkItem.count({ where: { datasetId: partial.id } })).toBe(20);

    const resumed = await importBenchmark(db, file, { batchSize: 10 });
    expect(resumed).toMatchObject({ resumed: true, alreadyImported: false, read: 50, imported: 30, alreadyPresent: 20, itemCount: 50 });
    expect(resumed.datasetId).toBe(partial.id);
    expect(await db.benchmarkItem.count({ where: { datasetId: partial.id } })).toBe(50);
    expect(await db.itemSubject.count({ where: { item: { datasetId: partial.id } } })).toBe(50);

    const third = await importBenchmark(db, file);
    expect(third.alreadyImported).toBe(true);
  });

  it('counts a duplicate row within the source as already present', async () => {
    const file = writeFixture(t.dir, 'dupes.jsonl', toJsonl([benchhubRow(6_000), benchhubRow(6_001), benchhubRow(6_000)]));
    expect(await importBenchmark(db, file)).toMatchObject({ read: 3, imported: 2, alreadyPresent: 1, itemCount: 3 });
  });

  it('fills a missing language from --language, else infers it, and uses --name', async () => {
    const noLanguage = (i: number, prompt?: string) => {
      const { language: _omit, ...row } = benchhubRow(7_000 + i, prompt ? { prompt } : {});
      return row;
    };
    const file = writeFixture(t.dir, 'nolang.csv', toCsv([noLanguage(0), noLanguage(1, '대한민국의 수도는 어디입니까?')], CSV_COLUMNS.slice(0, -1)));
    const inferred = await importBenchmark(db, file, { name: 'KoBench' });
    expect(inferred).toMatchObject({ name: 'KoBench', imported: 2, languageInferred: 2 });
    const languages = await db.benchmarkItem.findMany({ where: { datasetId: inferred.datasetId }, select: { prompt: true, language: true } });
    expect(languages.map((l) => l.language).sort()).toEqual(['English', 'Korean']);

    const tsv = writeFixture(t.dir, 'nolang.tsv', toCsv([noLanguage(2)], CSV_COLUMNS.slice(0, -1), '\t'));
    const filled = await importBenchmark(db, tsv, { language: 'ko' });
    expect(filled).toMatchObject({ format: 'tsv', imported: 1, languageInferred: 0 });
    expect((await db.benchmarkItem.findFirstOrThrow({ where: { datasetId: filled.datasetId } })).language).toBe('Korean');
  });

  it('reads gzip-compressed JSONL (version = hash of the stored bytes)', async () => {
    const file = writeFixture(t.dir, 'packed.jsonl.gz', gzipSync(toJsonl([benchhubRow(8_000), benchhubRow(8_001)])));
    expect(await importBenchmark(db, file)).toMatchObject({ format: 'jsonl', imported: 2, version: sha16(file) });
  });

  it('resolves relative paths against cwd', async () => {
    const file = writeFixture(t.dir, 'relative.jsonl', toJsonl([benchhubRow(9_000)]));
    expect(await importBenchmark(db, 'relative.jsonl', { cwd: t.dir })).toMatchObject({ source: file, imported: 1 });
  });

  it('rejects unusable input with ValidationError before writing anything', async () => {
    const before = await snapshot();
    await expect(importBenchmark(db, path.join(t.dir, 'missing.jsonl'))).rejects.toThrow(ValidationError);
    await expect(importBenchmark(db, path.join(t.dir, 'missing.jsonl'))).rejects.toThrow(/File not found/);
    await expect(importBenchmark(db, t.dir, { format: 'csv' })).rejects.toThrow(/Not a file/);
    await expect(importBenchmark(db, 'whatever.xlsx')).rejects.toThrow(/pass --format/);
    await expect(importBenchmark(db, path.join(t.dir, 'bench.jsonl'), { format: 'yaml' })).rejects.toThrow(/Unknown format/);
    await expect(importBenchmark(db, path.join(t.dir, 'bench.jsonl'), { language: 'Klingon' })).rejects.toThrow(/Unknown language/);
    const notParquet = writeFixture(t.dir, 'fake.parquet', 'definitely not parquet, but long enough to have a footer');
    await expect(importBenchmark(db, notParquet)).rejects.toThrow(ValidationError);
    // A header error surfaces while streaming: the dataset row created for it is removed again.
    const badHeader = writeFixture(t.dir, 'bad-header.csv', 'prompt,prompt\nx,y\n');
    await expect(importBenchmark(db, badHeader)).rejects.toThrow(/Duplicate CSV column/);
    expect(await snapshot()).toEqual(before);
  });
});
