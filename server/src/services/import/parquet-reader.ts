/**
 * Parquet reader over hyparquet: rows are read window by window (row ranges), never the whole file.
 *
 * - When a row group's column chunks have offset indexes (page locations), a window is one batch
 *   of rows and only the pages covering it are fetched and decoded.
 * - Otherwise (pyarrow's default: no page index) hyparquet must fetch and decode column chunks
 *   whole, so windows are up to `windowRows` rows (default 20,000; the whole group when smaller).
 *   Decoded memory is then bounded by one window, plus the list columns of one row group.
 * Over HTTP the AsyncBuffer is wrapped in a byte cache so a column chunk is fetched once, not once
 * per window.
 */
import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetReadObjects,
  type AsyncBuffer,
  type Compressors,
  type FileMetaData,
} from 'hyparquet';
import { ValidationError } from '../../errors';
import type { RawRecord } from './types';

export interface ParquetReaderOptions {
  /** Rows per window when the file has page indexes (default 1,000). */
  batchRows?: number;
  /** Rows per window when a row group must be decoded from whole column chunks (default 20,000). */
  windowRows?: number;
  /** Called once with the file's row count (for progress percentages). */
  onMeta?: (meta: { totalRows: number; rowGroups: number; columns: string[] }) => void;
  /** Called for every window read (tests, diagnostics). */
  onWindow?: (window: { rowStart: number; rowEnd: number }) => void;
  /** Extra decompressors (ZSTD, GZIP, BROTLI, LZ4…); by default `hyparquet-compressors` when installed. */
  compressors?: Compressors;
  /** Metadata already read with readParquetMetadata. */
  metadata?: FileMetaData;
}

export const openParquetFile = (file: string): Promise<AsyncBuffer> => asyncBufferFromFile(file);

/** Reads the footer (metadata) of a parquet file: fails early, with a ValidationError, on non-parquet input. */
export async function readParquetMetadata(file: AsyncBuffer): Promise<FileMetaData> {
  try {
    return await parquetMetadataAsync(file);
  } catch (error) {
    throw friendlyParquetError(error);
  }
}

let optionalCompressors: Promise<Compressors | undefined> | undefined;

/**
 * hyparquet decodes SNAPPY (pyarrow's and Hugging Face's default) by itself. Other codecs need
 * the optional `hyparquet-compressors` package: used when installed, never required.
 */
function loadOptionalCompressors(): Promise<Compressors | undefined> {
  optionalCompressors ??= (async () => {
    const specifier = 'hyparquet-compressors';
    try {
      const mod = (await import(/* @vite-ignore */ specifier)) as { compressors?: Compressors };
      return mod.compressors;
    } catch {
      return undefined;
    }
  })();
  return optionalCompressors;
}

function friendlyParquetError(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const codec = /unsupported compression codec: (\w+)/.exec(message)?.[1];
  if (codec) {
    return ValidationError.ofField(
      `This parquet file uses ${codec} compression, which needs the optional package hyparquet-compressors ` +
        '(npm install hyparquet-compressors -w server), or re-save it with SNAPPY compression',
      { path: 'source', message: `unsupported codec ${codec}` },
      'PARQUET_CODEC_UNSUPPORTED',
      { codec },
    );
  }
  if (/parquet (file invalid|magic|metadata)|invalid parquet/i.test(message)) {
    return ValidationError.ofField(`Not a readable parquet file: ${message}`, { path: 'source', message: 'invalid parquet' }, 'PARQUET_UNREADABLE', { detail: message });
  }
  return error;
}

/** Bytes of whole (unindexed) column chunks a group may re-read across its batch windows. */
const REREAD_BUDGET_BYTES = 64 * 1024 * 1024;

/**
 * Batch-sized windows pay off when the group's column chunks have offset indexes: only the pages
 * of the window are fetched and decoded. Chunks without one (single-page columns get none) are
 * read whole for every window, so batch windows are used only while that re-reading stays small.
 */
function batchWindows(metadata: FileMetaData, group: number, batchRows: number): boolean {
  const rowGroup = metadata.row_groups[group];
  if (!rowGroup) return false;
  let indexed = 0;
  let unindexedBytes = 0;
  for (const chunk of rowGroup.columns) {
    if (chunk.offset_index_offset && chunk.offset_index_length) indexed++;
    else unindexedBytes += Number(chunk.meta_data?.total_compressed_size ?? 0);
  }
  const windows = Math.ceil(Number(rowGroup.num_rows) / batchRows);
  return indexed > 0 && windows * unindexedBytes <= REREAD_BUDGET_BYTES;
}

/** Parquet rows as objects keyed by column name; `row` is the 1-based row index. */
export async function* readParquet(file: AsyncBuffer, options: ParquetReaderOptions = {}): AsyncGenerator<RawRecord> {
  const batchRows = Math.max(1, options.batchRows ?? 1_000);
  const windowRows = Math.max(batchRows, options.windowRows ?? 20_000);
  const compressors = options.compressors ?? (await loadOptionalCompressors());
  const metadata = options.metadata ?? (await readParquetMetadata(file));
  const columns = topLevelColumns(metadata);
  options.onMeta?.({ totalRows: Number(metadata.num_rows), rowGroups: metadata.row_groups.length, columns });

  let groupStart = 0;
  for (let group = 0; group < metadata.row_groups.length; group++) {
    const groupRows = Number(metadata.row_groups[group]!.num_rows);
    const groupEnd = groupStart + groupRows;
    const step = batchWindows(metadata, group, batchRows) ? batchRows : windowRows;
    for (let rowStart = groupStart; rowStart < groupEnd; rowStart += step) {
      const rowEnd = Math.min(groupEnd, rowStart + step);
      options.onWindow?.({ rowStart, rowEnd });
      let rows: Record<string, unknown>[];
      try {
        rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd, useOffsetIndex: true, ...(compressors ? { compressors } : {}) });
      } catch (error) {
        throw friendlyParquetError(error);
      }
      for (let i = 0; i < rows.length; i++) yield { row: rowStart + i + 1, record: rows[i]! };
    }
    groupStart = groupEnd;
  }
}

/** Names of the top-level columns (children of the schema root). */
function topLevelColumns(metadata: FileMetaData): string[] {
  const names: string[] = [];
  const schema = metadata.schema;
  let index = 1;
  const skip = (i: number): number => {
    let next = i + 1;
    for (let c = 0; c < (schema[i]?.num_children ?? 0); c++) next = skip(next);
    return next;
  };
  for (let c = 0; c < (schema[0]?.num_children ?? 0) && index < schema.length; c++) {
    names.push(schema[index]!.name);
    index = skip(index);
  }
  return names;
}

/**
 * An AsyncBuffer that keeps recently read slices (up to `maxBytes`) so windows of one row group
 * reuse the column chunks already fetched over HTTP.
 */
export function cachingAsyncBuffer(file: AsyncBuffer, maxBytes = 256 * 1024 * 1024): AsyncBuffer {
  const cache = new Map<string, Promise<ArrayBuffer>>();
  const sizes = new Map<string, number>();
  let total = 0;
  return {
    byteLength: file.byteLength,
    slice(start: number, end?: number) {
      const key = `${start}:${end ?? ''}`;
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit); // most recently used last
        return hit;
      }
      const size = (end ?? file.byteLength) - start;
      if (size > maxBytes) return file.slice(start, end);
      const pending = Promise.resolve(file.slice(start, end));
      cache.set(key, pending);
      sizes.set(key, size);
      total += size;
      for (const [oldKey] of cache) {
        if (total <= maxBytes) break;
        if (oldKey === key) continue;
        cache.delete(oldKey);
        total -= sizes.get(oldKey) ?? 0;
        sizes.delete(oldKey);
      }
      pending.catch(() => {
        if (cache.get(key) === pending) {
          cache.delete(key);
          total -= sizes.get(key) ?? 0;
          sizes.delete(key);
        }
      });
      return pending;
    },
  };
}
