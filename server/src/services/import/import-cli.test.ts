import { describe, expect, it } from 'vitest';
import importCommand, { renderProgress, renderReport } from '../../cli/import.command';
import type { ImportReport } from './import.service';

const report: ImportReport = {
  source: '/data/ko.parquet',
  name: 'ko.parquet',
  format: 'parquet',
  datasetId: 'ds1',
  version: '0123456789abcdef',
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
  warningMessages: [{ message: 'unknown subject "Tech./tech/aircraft" (kept)', count: 96, firstRow: 12 }],
  elapsedMs: 5_000,
};

describe('import command output', () => {
  it('prints counts, the first skipped rows and the most frequent warnings', () => {
    const text = renderReport(report);
    expect(text).toContain('Imported "ko.parquet" (version 0123456789abcdef, parquet)');
    expect(text).toMatch(/read\s+12,345/);
    expect(text).toMatch(/imported\s+12,000/);
    expect(text).toMatch(/already present\s+300/);
    expect(text).toMatch(/skipped \(malformed\)\s+45/);
    expect(text).toMatch(/warnings\s+120/);
    expect(text).toContain('Skipped rows (first 1 of 45):\n  row 17: missing prompt');
    expect(text).toContain('96× unknown subject "Tech./tech/aircraft" (kept) (first at row 12)');
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
    expect(Object.keys(importCommand.options).sort()).toEqual(['batch-size', 'format', 'json', 'language', 'name']);
    expect(importCommand.usage).toContain('import <file|url>');
  });
});
