/**
 * `importBenchmark`: streams BenchHub rows from a parquet, JSONL or CSV/TSV source (local file or
 * http(s) URL) into the database, one transaction per batch.
 *
 * Versioning and idempotency
 * - The dataset version is the sha256 of the source bytes (first 16 hex), as `sha256sum` prints it.
 *   Local files are hashed before reading; Hugging Face states the sha256 of LFS files
 *   (X-Linked-Etag), so remote files are usually known before any row is read. A re-import of a
 *   version already complete returns at once ("already imported") and writes nothing.
 * - The Dataset row is created first with itemCount = -1 ("incomplete") and gets its final count at
 *   the end. Items are keyed by their stable id: each batch inserts only ids not yet stored, in one
 *   transaction, so an interrupted import re-run picks up where it stopped, with no duplicates
 *   and no half-written batch.
 * - A remote JSONL/CSV whose sha256 is not stated is hashed while streaming: its rows go to a
 *   provisional dataset ("pending-…", one per URL) that receives the content version at the end
 *   (or is merged into the dataset already holding that version).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { BenchmarkItem, Language } from '@benchhub/core/benchmark';
import { normalizeLanguage } from '@benchhub/core/taxonomy';
import { insertBenchmarkItems, type Dataset, type PrismaClient } from '@benchhub/db';
import { asyncBufferFromUrl, type AsyncBuffer } from 'hyparquet';
import { ValidationError } from '../../errors';
import { readCsv } from './csv-reader';
import { readJsonl } from './jsonl-reader';
import { normalizeRow } from './normalize-row';
import { cachingAsyncBuffer, openParquetFile, readParquet, readParquetMetadata } from './parquet-reader';
import {
  checkLocalFile,
  detectFormat,
  downloadToTemp,
  gunzip,
  httpFetch,
  isHttpUrl,
  probeUrl,
  sha256OfFile,
  sourceBytes,
  sourceFileName,
  tap,
  type FetchLike,
} from './source';
import type { ByteChunks, ImportFormat, RawRecord } from './types';

/** Dataset.itemCount while an import has not finished. */
export const INCOMPLETE_ITEM_COUNT = -1;
export const DEFAULT_BATCH_SIZE = 1_000;
const MAX_LISTED_SKIPS = 20;
const MAX_LISTED_WARNINGS = 50;
const MAX_DISTINCT_WARNINGS = 1_000;
/** Parquet rows per HTTP-range window: each window costs a few requests per column. */
const REMOTE_WINDOW_ROWS = 20_000;

export interface ImportOptions {
  /** Overrides detection by extension: parquet | jsonl | csv | tsv. */
  format?: string;
  /** Dataset name (default: the file name). */
  name?: string;
  /** Language for rows without a language value ("Korean", "English", "ko", "en"…). */
  language?: string;
  /** Rows per transaction (default 1,000). */
  batchSize?: number;
  /** Base directory of relative paths (default process.cwd()). */
  cwd?: string;
  /** Environment holding HF_TOKEN (default: the process configuration). */
  env?: NodeJS.ProcessEnv;
  /** fetch implementation (default globalThis.fetch). */
  fetch?: FetchLike;
  /** Parquet rows per window when a row group has no page index (default 20,000). */
  parquetWindowRows?: number;
  /** Instrumentation: called before each batch is written. */
  onBatch?: (batch: { size: number; rowsRead: number; bytesRead: number }) => void;
}

export type ImportPhase = 'hashing' | 'downloading' | 'importing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  /** Source bytes hashed, downloaded or read so far. */
  bytes: number;
  totalBytes: number | null;
  /** Rows read (valid or not). */
  read: number;
  /** Total rows when known (parquet). */
  totalRows: number | null;
  imported: number;
  alreadyPresent: number;
  skipped: number;
  elapsedMs: number;
}

export interface SkippedRow {
  /** Line number (JSONL, CSV/TSV) or 1-based row index (parquet). */
  row: number;
  reason: string;
}

export interface WarningSummary {
  message: string;
  count: number;
  firstRow: number;
}

export interface ImportReport {
  source: string;
  name: string;
  format: ImportFormat;
  datasetId: string;
  version: string;
  /** The version was already fully imported: nothing was written. */
  alreadyImported: boolean;
  /** An interrupted import of this version was completed. */
  resumed: boolean;
  read: number;
  imported: number;
  /** Valid rows whose id was already stored (earlier import, other dataset, or a duplicate in the source). */
  alreadyPresent: number;
  /** Malformed rows (not stored). */
  skipped: number;
  warnings: number;
  /** Valid rows of the source: imported + alreadyPresent (Dataset.itemCount). */
  itemCount: number;
  /** Rows whose language was inferred from the text (no language value, no --language). */
  languageInferred: number;
  /** The first malformed rows with their reasons. */
  skippedRows: SkippedRow[];
  /** Distinct warnings, most frequent first. */
  warningMessages: WarningSummary[];
  elapsedMs: number;
}

/** Dataset version of a content sha256 (hex): its first 16 hex digits. */
export const versionOfSha256 = (sha256: string) => sha256.slice(0, 16);

function parseLanguageOption(value: string | undefined): Language | null {
  if (value === undefined || value.trim() === '') return null;
  const language = normalizeLanguage(value.trim());
  if (language === null) {
    throw new ValidationError(`Unknown language "${value}" (expected Korean or English)`, [{ path: 'language', message: 'unknown language' }]);
  }
  return language;
}

interface OpenedSource {
  /** Content sha256 known before reading rows, or null (then computed while streaming). */
  sha256: string | null;
  /** Starts reading (parquet: reads the footer, so a non-parquet file fails before anything is written). */
  open: () => Promise<AsyncGenerator<RawRecord>>;
  /** Content sha256 after the rows were read (streamed sources). */
  streamedSha256?: () => string;
}

function rowsOf(format: Exclude<ImportFormat, 'parquet'>, chunks: ByteChunks): AsyncGenerator<RawRecord> {
  if (format === 'jsonl') return readJsonl(chunks);
  return readCsv(chunks, { delimiter: format === 'tsv' ? '\t' : ',' });
}

export async function importBenchmark(
  db: PrismaClient,
  source: string,
  options: ImportOptions = {},
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const started = Date.now();
  const remote = isHttpUrl(source);
  const location = remote ? source : path.resolve(options.cwd ?? process.cwd(), source);
  const { format, gzip } = detectFormat(source, options.format);
  const defaultLanguage = parseLanguageOption(options.language);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const name = options.name?.trim() || sourceFileName(source);
  const http = { env: options.env, fetch: options.fetch };
  const cleanups: (() => Promise<void>)[] = [];

  const progress: ImportProgress = {
    phase: 'hashing',
    bytes: 0,
    totalBytes: null,
    read: 0,
    totalRows: null,
    imported: 0,
    alreadyPresent: 0,
    skipped: 0,
    elapsedMs: 0,
  };
  const emit = (phase: ImportPhase) => {
    progress.phase = phase;
    progress.elapsedMs = Date.now() - started;
    onProgress?.({ ...progress });
  };
  const countBytes = (chunk: Uint8Array) => {
    progress.bytes += chunk.length;
  };

  try {
    // 1. Open the source; learn its content hash before reading rows whenever possible.
    let opened: OpenedSource;
    /** `remoteRanges`: over HTTP, page-indexed files too are read in large windows (fewer requests). */
    const parquetRows = async (file: AsyncBuffer, remoteRanges = false) => {
      const metadata = await readParquetMetadata(file);
      return readParquet(file, {
        metadata,
        batchRows: remoteRanges ? Math.max(batchSize, options.parquetWindowRows ?? REMOTE_WINDOW_ROWS) : batchSize,
        windowRows: options.parquetWindowRows,
        onMeta: (meta) => {
          progress.totalRows = meta.totalRows;
        },
      });
    };
    if (!remote) {
      const size = await checkLocalFile(location);
      progress.totalBytes = size;
      emit('hashing');
      const sha256 = await sha256OfFile(location, (bytes) => {
        progress.bytes = bytes;
        emit('hashing');
      });
      progress.bytes = 0;
      if (format === 'parquet') {
        opened = { sha256, open: async () => parquetRows(await openParquetFile(location)) };
      } else {
        const bytes = tap(sourceBytes(location), countBytes);
        opened = { sha256, open: async () => rowsOf(format, gzip ? gunzip(bytes) : bytes) };
      }
    } else {
      const probe = await probeUrl(location, http);
      progress.totalBytes = probe.byteLength;
      if (format === 'parquet') {
        if (probe.sha256 && probe.acceptsRanges && probe.byteLength) {
          // Range requests: only the footer and the column chunks are fetched, nothing is stored.
          const byteLength = probe.byteLength;
          const open = async () => {
            const file = await asyncBufferFromUrl({
              url: location,
              byteLength,
              fetch: ((input: string | URL, init?: RequestInit) => httpFetch(input, init, http)) as typeof globalThis.fetch,
            });
            return parquetRows(cachingAsyncBuffer(file), true);
          };
          opened = { sha256: probe.sha256, open };
        } else {
          // No ranges, or no stated hash: one download to a temp file gives both the hash and random access.
          emit('downloading');
          const download = await downloadToTemp(location, http, (bytes, total) => {
            progress.bytes = bytes;
            progress.totalBytes = total;
            emit('downloading');
          });
          cleanups.push(download.cleanup);
          progress.bytes = 0;
          opened = { sha256: download.sha256, open: async () => parquetRows(await openParquetFile(download.path)) };
        }
      } else {
        const hash = createHash('sha256');
        const bytes = tap(sourceBytes(location, http), (chunk) => {
          hash.update(chunk);
          countBytes(chunk);
        });
        let digest: string | undefined;
        opened = {
          sha256: probe.sha256,
          open: async () => rowsOf(format, gzip ? gunzip(bytes) : bytes),
          streamedSha256: () => (digest ??= hash.digest('hex')),
        };
      }
    }

    // 2. The dataset row: done already, resume an interrupted import, or start.
    let version = opened.sha256 ? versionOfSha256(opened.sha256) : null;
    const existingVersion = version === null ? null : await db.dataset.findUnique({ where: { version } });
    if (existingVersion && existingVersion.itemCount !== INCOMPLETE_ITEM_COUNT) {
      emit('done');
      return finishedReport(existingVersion, { source: location, format, alreadyImported: true, started });
    }
    const rows = await opened.open();
    let dataset: Dataset;
    let resumed = false;
    let createdDataset = false;
    if (version !== null) {
      const existing = existingVersion;
      resumed = existing !== null;
      dataset = existing ?? (await db.dataset.create({ data: { name, version, source: location, itemCount: INCOMPLETE_ITEM_COUNT } }));
      createdDataset = existing === null;
    } else {
      const pendingVersion = `pending-${createHash('sha256').update(`${format}\n${location}`).digest('hex').slice(0, 16)}`;
      const existing = await db.dataset.findUnique({ where: { version: pendingVersion } });
      resumed = existing !== null;
      dataset = existing ?? (await db.dataset.create({ data: { name, version: pendingVersion, source: location, itemCount: INCOMPLETE_ITEM_COUNT } }));
      createdDataset = existing === null;
    }

    // 3. Stream rows into batches; each batch is one transaction.
    const skippedRows: SkippedRow[] = [];
    const warningMap = new Map<string, WarningSummary>();
    let warnings = 0;
    let languageInferred = 0;
    const skip = (row: number, reason: string) => {
      progress.skipped++;
      if (skippedRows.length < MAX_LISTED_SKIPS) skippedRows.push({ row, reason });
    };
    const warn = (message: string, row: number) => {
      warnings++;
      // Distinct messages are bounded (unknown subjects can be many): the rest are counted together.
      const key = warningMap.has(message) || warningMap.size < MAX_DISTINCT_WARNINGS ? message : '(other warnings)';
      const entry = warningMap.get(key);
      if (entry) entry.count++;
      else warningMap.set(key, { message: key, count: 1, firstRow: row });
    };

    const batch = new Map<string, BenchmarkItem>();
    const flush = async () => {
      if (batch.size === 0) return;
      const items = [...batch.values()];
      batch.clear();
      options.onBatch?.({ size: items.length, rowsRead: progress.read, bytesRead: progress.bytes });
      const { inserted, present } = await insertBenchmarkItems(db, dataset.id, items);
      progress.imported += inserted;
      progress.alreadyPresent += present;
      emit('importing');
    };

    const context = { defaultLanguage, datasetName: name };
    const readAll = async () => {
      for await (const record of rows) {
        progress.read++;
        if ('error' in record) {
          skip(record.row, record.error);
          continue;
        }
        const normalized = normalizeRow(record.record, context);
        if ('error' in normalized) {
          skip(record.row, normalized.error);
          continue;
        }
        for (const message of normalized.warnings) warn(message, record.row);
        if (normalized.languageInferred) languageInferred++;
        if (batch.has(normalized.item.id)) progress.alreadyPresent++;
        else batch.set(normalized.item.id, normalized.item);
        if (batch.size >= batchSize) await flush();
      }
      await flush();
    };
    emit('importing');
    try {
      await readAll();
    } catch (error) {
      // A run that failed before writing any item leaves no trace (e.g. a bad CSV header);
      // otherwise the incomplete dataset stays, and a re-run completes it.
      if (createdDataset && (await db.benchmarkItem.count({ where: { datasetId: dataset.id } })) === 0) {
        await db.dataset.delete({ where: { id: dataset.id } }).catch(() => undefined);
      }
      throw error;
    }

    // 4. Finalize: the item count, and the version of streamed sources.
    const itemCount = progress.imported + progress.alreadyPresent;
    let alreadyImported = false;
    if (opened.streamedSha256) {
      const streamed = opened.streamedSha256();
      if (opened.sha256 && opened.sha256 !== streamed) {
        warn(`the content sha256 (${streamed}) differs from the one the server stated (${opened.sha256})`, 0);
      }
    }
    if (version === null) {
      version = versionOfSha256(opened.streamedSha256!());
      const existing = await db.dataset.findUnique({ where: { version } });
      if (existing) {
        alreadyImported = existing.itemCount !== INCOMPLETE_ITEM_COUNT;
        const pendingId = dataset.id;
        await db.$transaction([
          db.benchmarkItem.updateMany({ where: { datasetId: pendingId }, data: { datasetId: existing.id } }),
          db.dataset.delete({ where: { id: pendingId } }),
          db.dataset.update({ where: { id: existing.id }, data: { itemCount: alreadyImported ? existing.itemCount : itemCount } }),
        ]);
        dataset = { ...existing, itemCount: alreadyImported ? existing.itemCount : itemCount };
      } else {
        dataset = await db.dataset.update({ where: { id: dataset.id }, data: { version, itemCount } });
      }
    } else {
      dataset = await db.dataset.update({ where: { id: dataset.id }, data: { itemCount } });
    }
    emit('done');

    return {
      source: location,
      name: dataset.name,
      format,
      datasetId: dataset.id,
      version,
      alreadyImported,
      resumed,
      read: progress.read,
      imported: progress.imported,
      alreadyPresent: progress.alreadyPresent,
      skipped: progress.skipped,
      warnings,
      itemCount,
      languageInferred,
      skippedRows,
      warningMessages: [...warningMap.values()].sort((a, b) => b.count - a.count || a.firstRow - b.firstRow).slice(0, MAX_LISTED_WARNINGS),
      elapsedMs: Date.now() - started,
    };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

function finishedReport(
  dataset: Dataset,
  info: { source: string; format: ImportFormat; alreadyImported: boolean; started: number },
): ImportReport {
  return {
    source: info.source,
    name: dataset.name,
    format: info.format,
    datasetId: dataset.id,
    version: dataset.version,
    alreadyImported: info.alreadyImported,
    resumed: false,
    read: 0,
    imported: 0,
    alreadyPresent: 0,
    skipped: 0,
    warnings: 0,
    itemCount: dataset.itemCount,
    languageInferred: 0,
    skippedRows: [],
    warningMessages: [],
    elapsedMs: Date.now() - info.started,
  };
}

