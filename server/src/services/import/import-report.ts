/**
 * What an import (or a dry run) found: counts, why rows were skipped, what was assumed or
 * doubtful (warnings), and what the usable rows hold (by language, problem type and subject).
 */
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { isSubjectCategory } from '@benchhub/core/taxonomy';
import { ValidationError } from '../../errors';
import type { RowWarning, SkipCode } from './normalize-row';
import type { ImportFormat } from './types';

const MAX_LISTED_SKIPS = 20;
const MAX_LISTED_WARNINGS = 50;
const MAX_WARNING_SAMPLES = 20;
const MAX_DISTINCT_WARNINGS = 1_000;

export interface SkippedRow {
  /** Line number (JSONL, CSV/TSV) or 1-based row index (parquet). */
  row: number;
  reason: string;
}

/** Skipped rows of one kind: how many, and the first one's reason as an example. */
export interface SkipReasonSummary {
  code: SkipCode;
  count: number;
  example: string;
  firstRow: number;
}

export interface WarningSummary {
  message: string;
  count: number;
  firstRow: number;
}

/** One row's warning with its values (the first few of an import are listed). */
export interface WarningSample {
  row: number;
  message: string;
}

export interface Count {
  key: string;
  count: number;
}

/** What the usable rows hold (duplicates within the source included). */
export interface ImportBreakdown {
  byLanguage: Count[];
  byProblemType: Count[];
  /** Every subject of every row (a row with two subjects counts for both), canonical or kept as written. */
  bySubject: Count[];
  /** The subjects outside the taxonomy, kept as written. */
  unknownSubjects: Count[];
}

export interface ImportReport {
  source: string;
  name: string;
  format: ImportFormat;
  /** The dataset written; "" in a dry run (nothing is written). */
  datasetId: string;
  version: string;
  /** Nothing was written: the rows were read and checked only. */
  dryRun: boolean;
  /** The version was already fully imported: nothing was written. */
  alreadyImported: boolean;
  /** An interrupted import of this version was completed. */
  resumed: boolean;
  read: number;
  /** Items stored (a dry run: items that would be stored). */
  imported: number;
  /** Valid rows whose id was already stored (earlier import, other dataset, or a duplicate in the source). */
  alreadyPresent: number;
  /** Rows not usable (not stored). */
  skipped: number;
  warnings: number;
  /** Valid rows of the source: imported + alreadyPresent (Dataset.itemCount). */
  itemCount: number;
  /** Rows whose language was detected from the text (no language value, no --language). */
  languageInferred: number;
  /** The first skipped rows with their reasons. */
  skippedRows: SkippedRow[];
  /** Skipped rows counted by kind, most frequent first. */
  skipReasons: SkipReasonSummary[];
  /** Distinct warnings, most frequent first. */
  warningMessages: WarningSummary[];
  /** The first warnings that name the row's values ("answer_str "Madrid" → option C but answer_key …"). */
  warningSamples: WarningSample[];
  breakdown: ImportBreakdown;
  elapsedMs: number;
}

/** A file without one usable row is an error: nothing is recorded, and the report says why each row failed. */
export class NoUsableRowsError extends ValidationError {
  override name = 'NoUsableRowsError';
  constructor(readonly report: ImportReport) {
    const top = report.skipReasons[0];
    super(
      report.read === 0
        ? `No rows in ${report.source}: nothing was imported`
        : `No usable row in ${report.source} (${report.skipped} of ${report.read} skipped${top ? `, most for: ${top.example}` : ''}): nothing was imported`,
      [{ path: 'source', message: 'no usable row', code: 'NO_USABLE_ROWS', params: { source: report.source, read: report.read, skipped: report.skipped } }],
      'NO_USABLE_ROWS',
      { source: report.source, read: report.read, skipped: report.skipped },
    );
  }
}

const byCount = (map: ReadonlyMap<string, number>): Count[] =>
  [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Row-by-row tally of an import. */
export class RowTally {
  read = 0;
  skipped = 0;
  warnings = 0;
  languageInferred = 0;
  readonly skippedRows: SkippedRow[] = [];
  private readonly skipReasons = new Map<SkipCode, SkipReasonSummary>();
  private readonly warningMap = new Map<string, WarningSummary>();
  private readonly samples: WarningSample[] = [];
  private readonly languages = new Map<string, number>();
  private readonly problemTypes = new Map<string, number>();
  private readonly subjects = new Map<string, number>();
  private readonly unknown = new Map<string, number>();

  skip(row: number, reason: string, code: SkipCode): void {
    this.skipped++;
    if (this.skippedRows.length < MAX_LISTED_SKIPS) this.skippedRows.push({ row, reason });
    const entry = this.skipReasons.get(code);
    if (entry) entry.count++;
    else this.skipReasons.set(code, { code, count: 1, example: reason, firstRow: row });
  }

  warn(warning: RowWarning, row: number): void {
    this.warnings++;
    // Distinct messages are bounded (unknown subjects can be many): the rest are counted together.
    const key = this.warningMap.has(warning.message) || this.warningMap.size < MAX_DISTINCT_WARNINGS ? warning.message : '(other warnings)';
    const entry = this.warningMap.get(key);
    if (entry) entry.count++;
    else this.warningMap.set(key, { message: key, count: 1, firstRow: row });
    // Samples are the warnings whose detail names this row's values; the generic ones are counted above.
    if (warning.detail !== warning.message && this.samples.length < MAX_WARNING_SAMPLES) this.samples.push({ row, message: warning.detail });
  }

  /** A usable row: counted in the breakdown. */
  accept(item: BenchmarkItem, languageInferred: boolean): void {
    if (languageInferred) this.languageInferred++;
    bump(this.languages, item.language);
    bump(this.problemTypes, item.problemType);
    for (const subject of item.subjectType) {
      bump(this.subjects, subject);
      if (!isSubjectCategory(subject)) bump(this.unknown, subject);
    }
  }

  breakdown(): ImportBreakdown {
    return { byLanguage: byCount(this.languages), byProblemType: byCount(this.problemTypes), bySubject: byCount(this.subjects), unknownSubjects: byCount(this.unknown) };
  }

  skipSummary(): SkipReasonSummary[] {
    return [...this.skipReasons.values()].sort((a, b) => b.count - a.count || a.firstRow - b.firstRow);
  }

  warningSummary(): WarningSummary[] {
    return [...this.warningMap.values()].sort((a, b) => b.count - a.count || a.firstRow - b.firstRow).slice(0, MAX_LISTED_WARNINGS);
  }

  warningSamples(): WarningSample[] {
    return [...this.samples];
  }
}

export const EMPTY_BREAKDOWN: ImportBreakdown = { byLanguage: [], byProblemType: [], bySubject: [], unknownSubjects: [] };
