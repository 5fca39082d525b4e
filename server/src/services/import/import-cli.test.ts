import { describe, expect, it } from 'vitest';
import importCommand, { renderProgress, renderReport } from '../../cli/import.command';
import type { ImportReport } from './import.service';

const report: ImportReport = {
  source: '/data/ko.parquet',
  name: 'ko.parquet',
  format: 'parquet',
  datasetId: 'ds1',
  version: '0123456789abcdef',
  dryRun: false,
  alreadyImported: false,
  resumed: false,
  read: 12_345,
  imported: 12_000,
  alreadyPresent: 300,
  skipped: 45,
  warnings: 120,
  itemCount: 12_300,
  languageInferred: 0,
  skippedRows: [{ row: 17, reason: 'missing prompt' }],
  skipReasons: [
    { code: 'missing-prompt', count: 30, example: 'missing prompt', firstRow: 17 },
    { code: 'other-language', count: 15, example: 'text looks Indonesian, not Korean or English (pass --language to import it as one of them)', firstRow: 40 },
  ],
  warningMessages: [{ message: 'unknown subject "Tech./tech/aircraft" (kept)', count: 96, firstRow: 12 }],
  warningSamples: [{ row: 12, message: 'unknown subject "Tech./tech/aircraft" (kept)' }],
  breakdown: {
    byLanguage: [
      { key: 'Korean', count: 12_000 },
      { key: 'English', count: 300 },
    ],
    byProblemType: [{ key: 'MCQA', count: 12_300 }],
    bySubject: [
      { key: 'HASS/Law', count: 9_000 },
      { key: 'Tech./tech/aircraft', count: 96 },
    ],
    unknownSubjects: [{ key: 'Tech./tech/aircraft', count: 96 }],
  },
  elapsedMs: 5_000,
};

describe('import command output', () => {
  it('prints counts, the first skipped rows and the most frequent warnings', () => {
    const text = renderReport(report);
    expect(text).toContain('Imported "ko.parquet" (version 0123456789abcdef, parquet)');
    expect(text).toMatch(/read\s+12,345/);
    expect(text).toMatch(/imported\s+12,000/);
    expect(text).toMatch(/already present\s+300/);
    expect(text).toMatch(/skipped\s+45/);
    expect(text).toMatch(/warnings\s+120/);
    expect(text).toContain('Skipped rows (first 1 of 45):\n  row 17: missing prompt');
    expect(text).toContain('96× unknown subject "Tech./tech/aircraft" (kept) (first at row 12)');
  });

  it('prints what the usable rows hold and why rows were skipped', () => {
    const text = renderReport(report);
    expect(text).toContain('  by language      Korean 12,000, English 300');
    expect(text).toContain('  by problem type  MCQA 12,300');
    expect(text).toContain('  by subject       HASS/Law 9,000, Tech./tech/aircraft 96');
    expect(text).toContain('  not in the taxonomy (kept): Tech./tech/aircraft 96');
    expect(text).toContain('Skip reasons:\n  30× missing-prompt — e.g. row 17: missing prompt\n  15× other-language — e.g. row 40: text looks Indonesian');
    expect(text).toContain('Warning details (first 1):\n  row 12: unknown subject');
  });

  it('says a dry run wrote nothing, and what it would import', () => {
    const text = renderReport({ ...report, dryRun: true, datasetId: '' });
    expect(text.split('\n')[0]).toBe('Dry run of "ko.parquet" (version 0123456789abcdef, parquet): nothing was written');
    expect(text).toMatch(/would import\s+12,000/);
    const empty = renderReport({ ...report, dryRun: true, imported: 0, alreadyPresent: 0, itemCount: 0 });
    expect(empty.split('\n')[0]).toBe('Dry run of "ko.parquet" (version 0123456789abcdef, parquet): nothing would be imported (no usable row)');
  });

  it('heads a file without usable rows as "nothing imported"', () => {
    const text = renderReport({ ...report, imported: 0, alreadyPresent: 0, itemCount: 0, datasetId: '' }, true);
    expect(text.split('\n')[0]).toBe('Nothing imported from "ko.parquet" (version 0123456789abcdef, parquet): no usable row');
  });

  it('says "already imported" when nothing was read', () => {
    expect(renderReport({ ...report, alreadyImported: true, read: 0, imported: 0, alreadyPresent: 0, skipped: 0, warnings: 0 })).toBe(
      'already imported (version 0123456789abcdef): dataset "ko.parquet", 12,300 items — nothing changed',
    );
  });

  it('renders progress with rows/s, and a percentage of total rows for parquet', () => {
    const line = renderProgress({
      phase: 'importing',
      bytes: 0,
      totalBytes: null,
      read: 5_000,
      totalRows: 20_000,
      imported: 4_000,
      alreadyPresent: 0,
      skipped: 0,
      elapsedMs: 2_000,
    });
    expect(line).toContain('25.0%');
    expect(line).toContain('5,000/20,000 rows');
    expect(line).toContain('2,500 rows/s');
  });

  it('declares its options', () => {
    expect(Object.keys(importCommand.options).sort()).toEqual(['batch-size', 'dry-run', 'format', 'json', 'language', 'name', 'target-type', 'task-type']);
    expect(importCommand.usage).toContain('import <file|url>');
  });
});
