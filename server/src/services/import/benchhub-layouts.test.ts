/**
 * BenchHub files as published, in every format: rows written by this project in the column layouts
 * of the BenchHub-En/Ko exports and of the multilingual exports (see
 * /work/shared/docs/benchhub-format.md), as JSONL, CSV (lists as pandas writes them) and parquet
 * (real LIST columns).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PrismaClient } from '@benchhub/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, IMPORT_SAMPLE_ROWS } from './import-sample';
import { importBenchmark, NoUsableRowsError, type ImportReport } from './import.service';
import { createTestDatabase, exportEdgeRows, MULTILINGUAL_COLUMNS, MULTILINGUAL_ROWS, toCsv, toJsonl, toParquetFile, writeFixture, type TestDatabase } from './test-support';

type Format = 'jsonl' | 'csv' | 'parquet';
const FORMATS: readonly Format[] = ['jsonl', 'csv', 'parquet'];

const EXPORT_ROWS = [...IMPORT_SAMPLE_ROWS, ...exportEdgeRows(IMPORT_SAMPLE_ROWS[12]!)];

function write(dir: string, name: string, rows: readonly Record<string, unknown>[], columns: typeof EXPORT_COLUMNS, format: Format): string {
  if (format === 'jsonl') return writeFixture(dir, `${name}.jsonl`, toJsonl(rows));
  if (format === 'csv') return writeFixture(dir, `${name}.csv`, toCsv(rows, columns.map((c) => c.name), ',', 'python'));
  return writeFixture(dir, `${name}.parquet`, toParquetFile(rows, columns, { offsetIndex: false }));
}

const counts = (report: ImportReport, key: keyof ImportReport['breakdown']) => Object.fromEntries(report.breakdown[key].map((c) => [c.key, c.count]));
const sha16 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

async function snapshot(db: PrismaClient) {
  return { datasets: await db.dataset.count(), items: await db.benchmarkItem.count(), subjects: await db.itemSubject.count() };
}

describe.each(FORMATS)('BenchHub files as published (%s)', (format) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  }, 60_000);
  afterAll(async () => t?.close());

  describe('BenchHub-En/Ko export layout', () => {
    let file: string;
    let dry: ImportReport;
    let report: ImportReport;
    beforeAll(async () => {
      file = write(t.dir, 'export', EXPORT_ROWS, EXPORT_COLUMNS, format);
      const before = await snapshot(t.db);
      dry = await importBenchmark(t.db, file, { dryRun: true });
      // A dry run reads everything and writes nothing.
      expect(await snapshot(t.db)).toEqual(before);
      report = await importBenchmark(t.db, file);
    }, 60_000);

    it('imports every usable row: gold from answer_key / answer_str / mcqa_meta, 3 to 5 options', () => {
      expect(report).toMatchObject({ format, read: 30, imported: 27, skipped: 3, itemCount: 27, languageInferred: 27, dryRun: false });
      expect(report.skipReasons.map((r) => [r.code, r.count]).sort()).toEqual([
        ['missing-answer', 1],
        ['other-language', 1],
        ['unknown-target-type', 1],
      ]);
      expect(report.skippedRows.map((r) => r.reason)).toEqual([
        expect.stringMatching(/^unknown target_type "Galactic"/),
        expect.stringMatching(/^missing answer/),
        'text looks Indonesian, not Korean or English (pass --language to import it as one of them)',
      ]);
    });

    it('reports what it holds: languages, problem types, subjects (lower-case ones canonical)', () => {
      expect(counts(report, 'byLanguage')).toEqual({ Korean: 12, English: 15 });
      expect(counts(report, 'byProblemType')).toEqual({ MCQA: 21, Binary: 2, 'short-form': 3, 'open-ended': 1 });
      expect(counts(report, 'bySubject')).toMatchObject({ 'HASS/Law': 2, 'HASS/Economics': 1, 'Tech./Electrical Eng.': 2, 'Social Intelligence/Value/Alignment': 1 });
      expect(report.breakdown.unknownSubjects).toEqual([]);
    });

    it('warns, per row, when gold columns disagree and when problem_type is inferred', () => {
      expect(report.warnings).toBe(3);
      expect(report.warningMessages.map((w) => w.message).sort()).toEqual([
        'gold sources disagree: answer_str vs answer_key (answer_key used)',
        'gold sources disagree: mcqa_meta.original_answer vs answer_key (answer_key used)',
        'problem_type missing: short-form inferred (no options)',
      ]);
      expect(report.warningSamples.map((w) => w.message)).toContain('answer_str "Madrid" → option C but answer_key "B" → option B; answer_key used');
    });

    it('stores the gold, the options verbatim, Cultural as Local, "None" as null', async () => {
      const items = await t.db.benchmarkItem.findMany({ where: { datasetId: report.datasetId } });
      const byPrompt = (part: string) => items.find((i) => i.prompt.includes(part))!;
      expect(byPrompt('미성년자의 행위능력')).toMatchObject({ options: ['ㄱ', 'ㄱ, ㄴ', 'ㄴ, ㄷ', 'ㄱ, ㄷ', 'ㄱ, ㄴ, ㄷ'], answer: 'E', targetType: 'Local', reference: null, language: 'Korean' });
      expect(byPrompt('국회의원의 임기')).toMatchObject({ answer: 'C', subjectType: ['HASS/Politics', 'HASS/Law'] });
      expect(byPrompt('Which of these numbers is prime')).toMatchObject({ options: ['21', '23', '25'], answer: 'B' });
      expect(byPrompt('capital of Spain')).toMatchObject({ answer: 'C' });
      expect(byPrompt('capital of Germany')).toMatchObject({ answer: 'D' });
      expect(byPrompt('capital of Italy')).toMatchObject({ answer: 'B' });
      expect(byPrompt('on the Tiber')).toMatchObject({ answer: 'Rome' });
      expect(byPrompt('추석은')).toMatchObject({ problemType: 'Binary', answer: '참', options: ['참', '거짓'] });
      expect(byPrompt('물의 화학식')).toMatchObject({ problemType: 'short-form', answer: 'H2O', options: null });
      expect(byPrompt('sky looks blue')).toMatchObject({ problemType: 'open-ended', answer: '', reference: expect.stringMatching(/^Rayleigh/) });
      expect(byPrompt('quantity demanded')).toMatchObject({ subjectType: ['HASS/Economics'] });
      expect(byPrompt('개인정보')).toMatchObject({ taskType: 'Value/Alignment' });
      expect(items.filter((i) => i.targetType === 'Local')).toHaveLength(7);
      // The upload artefact is not stored anywhere; the label stays in additional_info.
      expect(items.every((i) => !JSON.stringify(i).includes('2025-06-02 09:00:00'))).toBe(true);
      expect(JSON.parse(byPrompt('SI unit').additionalInfo!)).toEqual({ sample: expect.stringMatching(/not BenchHub data/) });
    });

    it('a dry run reported exactly what the import then did', () => {
      expect(dry).toMatchObject({ dryRun: true, datasetId: '', version: sha16(file), alreadyImported: false, read: 30, imported: 27, skipped: 3, warnings: 3 });
      expect(dry.breakdown).toEqual(report.breakdown);
      expect(dry.skipReasons).toEqual(report.skipReasons);
      expect(dry.warningMessages).toEqual(report.warningMessages);
    });

    it('a dry run after the import finds the version imported and every item present', async () => {
      const again = await importBenchmark(t.db, file, { dryRun: true });
      expect(again).toMatchObject({ dryRun: true, alreadyImported: true, imported: 0, alreadyPresent: 27 });
    });
  });

  describe('multilingual layout', () => {
    let report: ImportReport;
    beforeAll(async () => {
      report = await importBenchmark(t.db, write(t.dir, 'multilingual', MULTILINGUAL_ROWS, MULTILINGUAL_COLUMNS, format));
    }, 60_000);

    it('imports Korean and English rows, skips other languages and 11-option rows with a reason per row', () => {
      expect(report).toMatchObject({ read: 11, imported: 8, skipped: 3, itemCount: 8 });
      expect(report.skippedRows).toEqual([
        { row: expect.any(Number), reason: 'text looks Indonesian, not Korean or English (pass --language to import it as one of them)' },
        { row: expect.any(Number), reason: 'text looks Hindi or another Devanagari-script language, not Korean or English (pass --language to import it as one of them)' },
        { row: expect.any(Number), reason: 'MCQA item has 11 options (at most 10 are supported)' },
      ]);
      expect(counts(report, 'byLanguage')).toEqual({ English: 6, Korean: 2 });
      expect(counts(report, 'byProblemType')).toEqual({ MCQA: 5, 'short-form': 3 });
    });

    it('normalizes lower-case multilingual subjects, keeps and reports unknown ones', () => {
      expect(counts(report, 'bySubject')).toEqual({
        'Science/Biology': 2,
        'Science/Math': 2,
        'HASS/History': 1,
        'Social Intelligence/Commonsense': 1,
        'Social Intelligence': 1,
        'Science/dna': 1,
      });
      expect(report.breakdown.unknownSubjects).toEqual([{ key: 'Science/dna', count: 1 }]);
    });

    it('assumes the documented defaults for missing problem, task and target types, with warnings', async () => {
      expect(Object.fromEntries(report.warningMessages.map((w) => [w.message, w.count]))).toEqual({
        'task_type missing: Knowledge assumed (pass --task-type to choose)': 8,
        'target_type missing: General assumed (pass --target-type to choose)': 8,
        'problem_type missing: short-form inferred (no options)': 3,
        'unknown subject "Science/dna" (kept)': 1,
        'missing benchmark_name (the dataset name was used)': 8,
      });
      const items = await t.db.benchmarkItem.findMany({ where: { datasetId: report.datasetId } });
      expect(items.every((i) => i.taskType === 'Knowledge' && i.targetType === 'General')).toBe(true);
      const byPrompt = (part: string) => items.find((i) => i.prompt.includes(part))!;
      expect(byPrompt('훈민정음')).toMatchObject({ problemType: 'short-form', answer: '세종', language: 'Korean', options: null });
      expect(byPrompt('largest')).toMatchObject({ answer: 'J', options: expect.arrayContaining(['97']) });
      expect((byPrompt('largest').options as string[]).length).toBe(10);
      expect(byPrompt('gift')).toMatchObject({ answer: 'Thank you', subjectType: ['Social Intelligence'] });
    });
  });
});

describe('languages, defaults and unusable files', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  }, 60_000);
  afterAll(async () => t?.close());

  it('stores rows of other languages with --language, and takes --task-type / --target-type for rows without them', async () => {
    const file = writeFixture(t.dir, 'ml-forced.jsonl', toJsonl(MULTILINGUAL_ROWS));
    const report = await importBenchmark(t.db, file, { language: 'Korean', taskType: 'reasoning', targetType: 'local' });
    expect(report).toMatchObject({ read: 11, imported: 10, skipped: 1, languageInferred: 0 });
    expect(counts(report, 'byLanguage')).toEqual({ Korean: 10 });
    const items = await t.db.benchmarkItem.findMany({ where: { datasetId: report.datasetId } });
    expect(items.every((i) => i.language === 'Korean' && i.taskType === 'Reasoning' && i.targetType === 'Local')).toBe(true);
    expect(report.warningMessages.map((w) => w.message)).toContain('task_type missing: Reasoning assumed (--task-type)');
  });

  it('skips a row whose language column names another language, unless --language says otherwise', async () => {
    const rows = [
      { ...MULTILINGUAL_ROWS[0], benchmark_name: 'ml', language: 'id', prompt: 'Organ apa yang memompa darah ke seluruh tubuh?' },
      { ...MULTILINGUAL_ROWS[0], benchmark_name: 'ml', language: 'en' },
    ];
    const skipped = await importBenchmark(t.db, writeFixture(t.dir, 'lang-column.jsonl', toJsonl(rows)));
    expect(skipped.skippedRows).toEqual([{ row: 1, reason: 'language Indonesian (id) is not Korean or English (pass --language to import it as one of them)' }]);
    const forced = await importBenchmark(t.db, writeFixture(t.dir, 'lang-column-2.jsonl', toJsonl(rows) + '\n'), { language: 'English' });
    expect(forced).toMatchObject({ imported: 1, alreadyPresent: 1, skipped: 0 });
    expect(forced.warningSamples.map((w) => w.message)).toEqual(expect.arrayContaining(['language Indonesian (id) stored as English (--language)']));
  });

  it('rejects unknown --task-type / --target-type values before reading anything', async () => {
    const file = writeFixture(t.dir, 'any.jsonl', toJsonl(MULTILINGUAL_ROWS));
    await expect(importBenchmark(t.db, file, { taskType: 'vibes' })).rejects.toThrow(/Unknown task type "vibes"/);
    await expect(importBenchmark(t.db, file, { targetType: 'galactic' })).rejects.toThrow(/Unknown target type "galactic"/);
  });

  it('a file without one usable row is an error, records nothing, and the fixed file imports', async () => {
    // Published rows as an older importer saw them: the gold only in answer_key, a target it did not know.
    const broken = IMPORT_SAMPLE_ROWS.map((row) => ({ ...row, target_type: 'Extraterrestrial' }));
    const before = await snapshot(t.db);
    for (const format of FORMATS) {
      const file = write(t.dir, `unusable-${format}`, broken, EXPORT_COLUMNS, format);
      const error = await importBenchmark(t.db, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NoUsableRowsError);
      const report = (error as NoUsableRowsError).report;
      expect(report).toMatchObject({ read: 22, imported: 0, skipped: 22, itemCount: 0, datasetId: '' });
      expect(report.skipReasons).toEqual([expect.objectContaining({ code: 'unknown-target-type', count: 22 })]);
      expect((error as NoUsableRowsError).message).toMatch(/^No usable row in .*unusable-\w+\.\w+ \(22 of 22 skipped, most for: unknown target_type "Extraterrestrial"/);
      expect(await snapshot(t.db)).toEqual(before);
      // Again: still an error, not "already imported".
      await expect(importBenchmark(t.db, file)).rejects.toBeInstanceOf(NoUsableRowsError);
    }
    const fixed = await importBenchmark(t.db, write(t.dir, 'fixed', IMPORT_SAMPLE_ROWS, EXPORT_COLUMNS, 'jsonl'));
    expect(fixed).toMatchObject({ imported: 22, alreadyImported: false });
  });

  it('reads again a version an older release recorded with 0 items', async () => {
    const file = write(t.dir, 'recorded-empty', IMPORT_SAMPLE_ROWS.slice(0, 5).map((r) => ({ ...r, benchmark_name: 'recorded-empty' })), EXPORT_COLUMNS, 'csv');
    const stale = await t.db.dataset.create({ data: { name: 'recorded-empty.csv', version: sha16(file), source: file, itemCount: 0 } });
    const report = await importBenchmark(t.db, file);
    expect(report).toMatchObject({ alreadyImported: false, resumed: true, imported: 5, itemCount: 5, datasetId: stale.id });
    expect((await t.db.dataset.findUniqueOrThrow({ where: { id: stale.id } })).itemCount).toBe(5);
  });

  it('an empty file is an error too', async () => {
    const error = await importBenchmark(t.db, writeFixture(t.dir, 'empty.jsonl', '')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoUsableRowsError);
    expect((error as NoUsableRowsError).message).toMatch(/^No rows in/);
  });
});
