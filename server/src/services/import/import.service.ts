/**
 * `importBenchmark`: streams BenchHub rows from a parquet, JSONL or CSV/TSV source (local file or
 * http(s) URL) into the database, one transaction per batch — or, with `dryRun`, only reads and
 * checks them and reports what would be imported.
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
 * - A source without one usable row is an error (NoUsableRowsError, with the report): its dataset
 *   row is removed, so the same file imported after a fix is read again. A version recorded with 0
 *   items by an older release is read again too.
 * - A remote JSONL/CSV whose sha256 is not stated is hashed while streaming: its rows go to a
 *   provisional dataset ("pending-…", one per URL) that receives the content version at the end
 *   (or is merged into the dataset already holding that version).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { BenchmarkItem, Language, TargetType, TaskType } from '@benchhub/core/benchmark';
import { normalizeLanguage, normalizeTargetType, normalizeTaskType } from '@benchhub/core/taxonomy';
import { insertBenchmarkItems, refreshItemStatistics, type Dataset, type PrismaClient } from '@benchhub/db';
import { asyncBufferFromUrl, type AsyncBuffer } from 'hyparquet';
import { ValidationError } from '../../errors';
import { readCsv } from './csv-reader';
import { EMPTY_BREAKDOWN, NoUsableRowsError, RowTally, type ImportReport } from './import-report';
import { readJsonl } from './jsonl-reader';
import { normalizeRow, type NormalizeContext } from './normalize-row';
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

export { NoUsableRowsError, type ImportReport, type SkippedRow, type WarningSummary } from './import-report';

/** Dataset.itemCount while an import has not finished. */
export const INCOMPLETE_ITEM_COUNT = -1;
export const DEFAULT_BATCH_SIZE = 1_000;
/** Parquet rows per HTTP-range window: each window costs a few requests per column. */
const REMOTE_WINDOW_ROWS = 20_000;
/** Ids per read-only lookup in a dry run. */
const LOOKUP_IDS = 500;

export interface ImportOptions {
  /** Overrides detection by extension: parquet | jsonl | csv | tsv. */
  format?: string;
  /** Dataset name (default: the file name). */
  name?: string;
  /**
   * Language for rows without a usable one ("Korean", "English", "ko", "en"…): rows with no
   * language value, and rows in another language (otherwise skipped).
   */
  language?: string;
  /** Task type for rows without one (default Knowledge). */
  taskType?: string;
  /** Target type for rows without one (default General). */
  targetType?: string;
  /** Read and check every row, report what would be imported, write nothing. */
  dryRun?: boolean;
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

/** Dataset version of a content sha256 (hex): its first 16 hex digits. */
export const versionOfSha256 = (sha256: string) => sha256.slice(0, 16);

function parseOption<T>(value: string | undefined, normalize: (v: string) => T | null, what: string, expected: string, path: string): T | null {
  if (value === undefined || value.trim() === '') return null;
  const parsed = normalize(value.trim());
  if (parsed === null) throw new ValidationError(`Unknown ${what} "${value}" (expected ${expected})`, [{ path, message: `unknown ${what}` }]);
  return parsed;
}

interface Settings {
  location: string;
  remote: boolean;
  format: ImportFormat;
  gzip: boolean;
  name: string;
  batchSize: number;
  context: NormalizeContext;
  http: { env?: NodeJS.ProcessEnv; fetch?: FetchLike };
}

/** Everything decided from the arguments alone; bad options fail here, before any I/O. */
function resolveSettings(source: string, options: ImportOptions): Settings {
  const remote = isHttpUrl(source);
  const { format, gzip } = detectFormat(source, options.format);
  const name = options.name?.trim() || sourceFileName(source);
  const defaultLanguage = parseOption<Language>(options.language, normalizeLanguage, 'language', 'Korean or English', 'language');
  const defaultTaskType = parseOption<TaskType>(options.taskType, normalizeTaskType, 'task type', 'Knowledge, Reasoning or Value/Alignment', 'taskType');
  const defaultTargetType = parseOption<TargetType>(options.targetType, normalizeTargetType, 'target type', 'General or Local', 'targetType');
  return {
    location: remote ? source : path.resolve(options.cwd ?? process.cwd(), source),
    remote,
    format,
    gzip,
    name,
    batchSize: Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE)),
    context: { defaultLanguage, defaultTaskType, defaultTargetType, datasetName: name },
    http: { env: options.env, fetch: options.fetch },
  };
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

/** Progress state shared by the steps, emitted to the caller's listener. */
class ProgressState {
  readonly value: ImportProgress = { phase: 'hashing', bytes: 0, totalBytes: null, read: 0, totalRows: null, imported: 0, alreadyPresent: 0, skipped: 0, elapsedMs: 0 };
  constructor(
    private readonly started: number,
    private readonly listener?: (progress: ImportProgress) => void,
  ) {}
  emit(phase: ImportPhase): void {
    this.value.phase = phase;
    this.value.elapsedMs = Date.now() - this.started;
    this.listener?.({ ...this.value });
  }
  countBytes = (chunk: Uint8Array): void => {
    this.value.bytes += chunk.length;
  };
}

/** Opens the source, learning its content hash before rows are read whenever possible. */
async function openSource(settings: Settings, options: ImportOptions, progress: ProgressState, cleanups: (() => Promise<void>)[]): Promise<OpenedSource> {
  const { location, format, gzip, http, batchSize } = settings;
  const p = progress.value;
  /** `remoteRanges`: over HTTP, page-indexed files too are read in large windows (fewer requests). */
  const parquetRows = async (file: AsyncBuffer, remoteRanges = false) => {
    const metadata = await readParquetMetadata(file);
    return readParquet(file, {
      metadata,
      batchRows: remoteRanges ? Math.max(batchSize, options.parquetWindowRows ?? REMOTE_WINDOW_ROWS) : batchSize,
      windowRows: options.parquetWindowRows,
      onMeta: (meta) => {
        p.totalRows = meta.totalRows;
      },
    });
  };
  if (!settings.remote) {
    p.totalBytes = await checkLocalFile(location);
    progress.emit('hashing');
    const sha256 = await sha256OfFile(location, (bytes) => {
      p.bytes = bytes;
      progress.emit('hashing');
    });
    p.bytes = 0;
    if (format === 'parquet') return { sha256, open: async () => parquetRows(await openParquetFile(location)) };
    const bytes = tap(sourceBytes(location), progress.countBytes);
    return { sha256, open: async () => rowsOf(format, gzip ? gunzip(bytes) : bytes) };
  }
  const probe = await probeUrl(location, http);
  p.totalBytes = probe.byteLength;
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
      return { sha256: probe.sha256, open };
    }
    // No ranges, or no stated hash: one download to a temp file gives both the hash and random access.
    progress.emit('downloading');
    const download = await downloadToTemp(location, http, (bytes, total) => {
      p.bytes = bytes;
      p.totalBytes = total;
      progress.emit('downloading');
    });
    cleanups.push(download.cleanup);
    p.bytes = 0;
    return { sha256: download.sha256, open: async () => parquetRows(await openParquetFile(download.path)) };
  }
  const hash = createHash('sha256');
  const bytes = tap(sourceBytes(location, http), (chunk) => {
    hash.update(chunk);
    progress.countBytes(chunk);
  });
  let digest: string | undefined;
  return { sha256: probe.sha256, open: async () => rowsOf(format, gzip ? gunzip(bytes) : bytes), streamedSha256: () => (digest ??= hash.digest('hex')) };
}

/** Where valid items go: the database (in transactions) or, in a dry run, a read-only presence check. */
interface ItemSink {
  /** Stores (or checks) one batch; returns how many are new and how many were already stored. */
  write(items: readonly BenchmarkItem[]): Promise<{ inserted: number; present: number }>;
}

const databaseSink = (db: PrismaClient, datasetId: string): ItemSink => ({ write: (items) => insertBenchmarkItems(db, datasetId, items) });

/** Dry run: which ids are stored already, read in chunks; nothing is written. */
const dryRunSink = (db: PrismaClient): ItemSink => ({
  async write(items) {
    let present = 0;
    for (let i = 0; i < items.length; i += LOOKUP_IDS) {
      const ids = items.slice(i, i + LOOKUP_IDS).map((item) => item.id);
      present += (await db.benchmarkItem.findMany({ where: { id: { in: ids } }, select: { id: true } })).length;
    }
    return { inserted: items.length - present, present };
  },
});

/** Reads every row: normalizes, tallies, and hands valid items to the sink in batches (one batch held at a time). */
async function streamRows(rows: AsyncGenerator<RawRecord>, settings: Settings, sink: ItemSink, tally: RowTally, progress: ProgressState, options: ImportOptions): Promise<void> {
  const p = progress.value;
  const batch = new Map<string, BenchmarkItem>();
  const flush = async () => {
    if (batch.size === 0) return;
    const items = [...batch.values()];
    batch.clear();
    options.onBatch?.({ size: items.length, rowsRead: p.read, bytesRead: p.bytes });
    const { inserted, present } = await sink.write(items);
    p.imported += inserted;
    p.alreadyPresent += present;
    progress.emit('importing');
  };
  for await (const record of rows) {
    p.read++;
    tally.read++;
    const normalized = 'error' in record ? { error: record.error, code: 'malformed-record' as const } : normalizeRow(record.record, settings.context);
    if ('error' in normalized) {
      tally.skip(record.row, normalized.error, normalized.code);
      p.skipped++;
      continue;
    }
    for (const warning of normalized.warnings) tally.warn(warning, record.row);
    tally.accept(normalized.item, normalized.languageInferred);
    if (batch.has(normalized.item.id)) p.alreadyPresent++;
    else batch.set(normalized.item.id, normalized.item);
    if (batch.size >= settings.batchSize) await flush();
  }
  await flush();
}

function buildReport(settings: Settings, fields: { datasetId: string; name: string; version: string; dryRun: boolean; alreadyImported: boolean; resumed: boolean }, progress: ImportProgress, tally: RowTally, started: number): ImportReport {
  return {
    source: settings.location,
    format: settings.format,
    ...fields,
    read: progress.read,
    imported: progress.imported,
    alreadyPresent: progress.alreadyPresent,
    skipped: progress.skipped,
    warnings: tally.warnings,
    itemCount: progress.imported + progress.alreadyPresent,
    languageInferred: tally.languageInferred,
    skippedRows: tally.skippedRows,
    skipReasons: tally.skipSummary(),
    warningMessages: tally.warningSummary(),
    warningSamples: tally.warningSamples(),
    breakdown: tally.breakdown(),
    elapsedMs: Date.now() - started,
  };
}

/** A dataset version counts as imported once it holds items; -1 is unfinished, 0 an older release's empty record. */
const isComplete = (dataset: Dataset | null): dataset is Dataset => dataset !== null && dataset.itemCount > 0;

/** Dry run: every row read and checked, stored ids looked up, nothing written. */
async function dryRun(db: PrismaClient, settings: Settings, opened: OpenedSource, tally: RowTally, progress: ProgressState, options: ImportOptions, started: number): Promise<ImportReport> {
  const rows = await opened.open();
  progress.emit('importing');
  await streamRows(rows, settings, dryRunSink(db), tally, progress, options);
  const sha256 = opened.sha256 ?? opened.streamedSha256!();
  const version = versionOfSha256(sha256);
  const existing = await db.dataset.findUnique({ where: { version } });
  progress.emit('done');
  return buildReport(settings, { datasetId: '', name: settings.name, version, dryRun: true, alreadyImported: isComplete(existing), resumed: false }, progress.value, tally, started);
}

interface OpenDataset {
  dataset: Dataset;
  resumed: boolean;
  created: boolean;
}

/** The dataset row: an interrupted (or empty) import of this version is resumed, else one is created. */
async function openDataset(db: PrismaClient, settings: Settings, version: string | null, existing: Dataset | null): Promise<OpenDataset> {
  const key =
    version ?? `pending-${createHash('sha256').update(`${settings.format}\n${settings.location}`).digest('hex').slice(0, 16)}`;
  const found = version !== null ? existing : await db.dataset.findUnique({ where: { version: key } });
  if (found) return { dataset: found, resumed: true, created: false };
  const dataset = await db.dataset.create({ data: { name: settings.name, version: key, source: settings.location, itemCount: INCOMPLETE_ITEM_COUNT } });
  return { dataset, resumed: false, created: true };
}

/** Final count, and the content version of a streamed source (merged into a dataset already holding it). */
async function finalizeDataset(db: PrismaClient, opened: OpenedSource, dataset: Dataset, itemCount: number, tally: RowTally): Promise<{ dataset: Dataset; version: string; alreadyImported: boolean }> {
  if (opened.streamedSha256 && opened.sha256 && opened.sha256 !== opened.streamedSha256()) {
    tally.warn({ message: 'the content sha256 differs from the one the server stated', detail: `content sha256 ${opened.streamedSha256()}, stated ${opened.sha256}` }, 0);
  }
  if (opened.sha256 !== null) {
    return { dataset: await db.dataset.update({ where: { id: dataset.id }, data: { itemCount } }), version: dataset.version, alreadyImported: false };
  }
  const version = versionOfSha256(opened.streamedSha256!());
  const existing = await db.dataset.findUnique({ where: { version } });
  if (!existing) return { dataset: await db.dataset.update({ where: { id: dataset.id }, data: { version, itemCount } }), version, alreadyImported: false };
  const alreadyImported = isComplete(existing);
  const count = alreadyImported ? existing.itemCount : itemCount;
  await db.$transaction([
    db.benchmarkItem.updateMany({ where: { datasetId: dataset.id }, data: { datasetId: existing.id } }),
    db.dataset.delete({ where: { id: dataset.id } }),
    db.dataset.update({ where: { id: existing.id }, data: { itemCount: count } }),
  ]);
  return { dataset: { ...existing, itemCount: count }, version, alreadyImported };
}

/** Removes a dataset row that ended with no item of its own (it must not look imported). */
async function dropIfEmpty(db: PrismaClient, dataset: Dataset): Promise<void> {
  if ((await db.benchmarkItem.count({ where: { datasetId: dataset.id } })) === 0) {
    await db.dataset.delete({ where: { id: dataset.id } }).catch(() => undefined);
  }
}

export async function importBenchmark(
  db: PrismaClient,
  source: string,
  options: ImportOptions = {},
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const started = Date.now();
  const settings = resolveSettings(source, options);
  const progress = new ProgressState(started, onProgress);
  const tally = new RowTally();
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const opened = await openSource(settings, options, progress, cleanups);
    if (options.dryRun) return await dryRun(db, settings, opened, tally, progress, options, started);

    const version = opened.sha256 ? versionOfSha256(opened.sha256) : null;
    const existing = version === null ? null : await db.dataset.findUnique({ where: { version } });
    if (isComplete(existing)) {
      progress.emit('done');
      return alreadyImportedReport(existing, settings, started);
    }
    const rows = await opened.open();
    const { dataset, resumed, created } = await openDataset(db, settings, version, existing);
    progress.emit('importing');
    try {
      await streamRows(rows, settings, databaseSink(db, dataset.id), tally, progress, options);
    } catch (error) {
      // A run that failed before writing any item leaves no trace (e.g. a bad CSV header);
      // otherwise the incomplete dataset stays, and a re-run completes it.
      if (created) await dropIfEmpty(db, dataset);
      throw error;
    }
    const itemCount = progress.value.imported + progress.value.alreadyPresent;
    if (itemCount === 0) {
      await dropIfEmpty(db, dataset);
      progress.emit('done');
      const report = buildReport(settings, { datasetId: '', name: dataset.name, version: version ?? versionOfSha256(opened.streamedSha256!()), dryRun: false, alreadyImported: false, resumed }, progress.value, tally, started);
      throw new NoUsableRowsError(report);
    }
    const final = await finalizeDataset(db, opened, dataset, itemCount, tally);
    if (progress.value.imported > 0) await refreshItemStatistics(db);
    progress.emit('done');
    return buildReport(settings, { datasetId: final.dataset.id, name: final.dataset.name, version: final.version, dryRun: false, alreadyImported: final.alreadyImported, resumed }, progress.value, tally, started);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

function alreadyImportedReport(dataset: Dataset, settings: Settings, started: number): ImportReport {
  return {
    source: settings.location,
    name: dataset.name,
    format: settings.format,
    datasetId: dataset.id,
    version: dataset.version,
    dryRun: false,
    alreadyImported: true,
    resumed: false,
    read: 0,
    imported: 0,
    alreadyPresent: 0,
    skipped: 0,
    warnings: 0,
    itemCount: dataset.itemCount,
    languageInferred: 0,
    skippedRows: [],
    skipReasons: [],
    warningMessages: [],
    warningSamples: [],
    breakdown: EMPTY_BREAKDOWN,
    elapsedMs: Date.now() - started,
  };
}
