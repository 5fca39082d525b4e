/**
 * Parquet reader over hyparquet: rows are read window by window (row ranges), never the whole file.
 *
 * - When a row group has an offset index (page locations), a window is one batch of rows and
 *   only the pages covering it are fetched and decoded.
 * - Otherwise (pyarrow's default) hyparquet must fetch a column chunk whole; windows are then up to
 *   `windowRows` rows of the row group (the whole group when it is smaller), and the AsyncBuffer is
 *   wrapped in a small byte cache so a remote column chunk is fetched once, not once per window.
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
}

export const openParquetFile = (file: string): Promise<AsyncBuffer> => asyncBufferFromFile(file);

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
    return new ValidationError(
      `This parquet file uses ${codec} compression, which needs the optional package hyparquet-compressors ` +
        '(npm install hyparquet-compressors -w server), or re-save it with SNAPPY compression',
      [{ path: 'source', message: `unsupported codec ${codec}` }],
    );
  }
  if (/parquet (file invalid|magic|metadata)|invalid parquet/i.test(message)) {
    return new ValidationError(`Not a readable parquet file: ${message}`, [{ path: 'source', message: 'invalid parquet' }]);
  }
  return error;
}

const hasOffsetIndex = (metadata: FileMetaData, group: number): boolean =>
  metadata.row_groups[group]?.columns.every((chunk) => Boolean(chunk.offset_index_offset && chunk.offset_index_length)) ?? false;

/** Parquet rows as objects keyed by column name; `row` is the 1-based row index. */
export async function* readParquet(file: AsyncBuffer, options: ParquetReaderOptions = {}): AsyncGenerator<RawRecord> {
  const batchRows = Math.max(1, options.batchRows ?? 1_000);
  const windowRows = Math.max(batchRows, options.windowRows ?? 20_000);
  const compressors = options.compressors ?? (await loadOptionalCompressors());
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw friendlyParquetError(error);
  }
  const columns = topLevelColumns(metadata);
  options.onMeta?.({ totalRows: Number(metadata.num_rows), rowGroups: metadata.row_groups.length, columns });

  let groupStart = 0;
  for (let group = 0; group < metadata.row_groups.length; group++) {
    const groupRows = Number(metadata.row_groups[group]!.num_rows);
    const groupEnd = groupStart + groupRows;
    const step = hasOffsetIndex(metadata, group) ? batchRows : windowRows;
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
