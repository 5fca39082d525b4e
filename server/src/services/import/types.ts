/** Shared types of the import pipeline: readers yield raw records, the service normalizes and stores them. */

export const IMPORT_FORMATS = ['parquet', 'jsonl', 'csv', 'tsv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One source record as read, before normalization. `row` locates it for error messages:
 * the line number for JSONL and CSV/TSV (where the record starts; the header is line 1),
 * the 1-based row index for parquet.
 */
export interface RawRow {
  row: number;
  record: Record<string, unknown>;
}

/** A record the reader could not turn into an object (bad JSON line, wrong CSV field count…). */
export interface RawRowError {
  row: number;
  error: string;
}

export type RawRecord = RawRow | RawRowError;

export const isRawRowError = (r: RawRecord): r is RawRowError => 'error' in r;

/** A stream of source bytes (local file chunks or an HTTP response body). */
export type ByteChunks = AsyncIterable<Uint8Array>;
