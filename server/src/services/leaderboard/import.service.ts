/**
 * Import of leaderboard tables: the Python BenchHub Plus seed (parquet/CSV/JSON with model_name,
 * language, subject_type, task_type, score[, n]) and this project's own CSV/JSON export.
 *
 * - Idempotent: cells are keyed by (model, language, subject, task type); re-importing the same
 *   file changes nothing (reported as unchanged).
 * - Imported cells have source IMPORTED, n null unless the file gives it, no task provenance.
 * - Never overwrites a LIVE cell (counted as keptLive and skipped).
 * - An updated IMPORTED cell keeps its quarantine flag.
 * - Invalid rows and later duplicates of a key are skipped with a reason (first 20 reported).
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { normalizeLeaderboardRecord, parseCsvRecords, type ImportedCell } from '@benchhub/core/leaderboard';
import { config, loadConfig, REPO_ROOT, type PrismaClient } from '@benchhub/db';
import { NotFoundError, ValidationError } from '../../errors';

export type LeaderboardFileFormat = 'parquet' | 'csv' | 'json' | 'jsonl';

/** Directories the `importLeaderboard` mutation may read from (SERVER_IMPORT_DIRS, default .data/imports). */
export function serverImportDirs(env?: NodeJS.ProcessEnv): string[] {
  return (env ? loadConfig(env) : config()).SERVER_IMPORT_DIRS;
}

const isInside = (file: string, dir: string) => {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The file a client asked the SERVER to read, if it lies inside one of the allowed directories
 * (symlinks resolved): the mutation must not become a way to read any file the server can. Checked
 * before anything else, so a refused path says nothing about whether it exists. The CLI, run by
 * whoever owns the machine, is not limited.
 */
export function allowedServerImportPath(requested: string, dirs = serverImportDirs()): string {
  const refuse = () =>
    ValidationError.ofField(
      `The server imports only files inside ${dirs.join(', ')} (SERVER_IMPORT_DIRS); copy the file there or use the CLI: npm run -s benchhub -- import-leaderboard <file>`,
      { path: 'path', message: 'Outside the allowed import directories' },
      'PATH_NOT_ALLOWED',
      { dirs: dirs.join(', ') },
    );
  const file = path.resolve(dirs[0] ?? REPO_ROOT, requested);
  if (!dirs.some((dir) => isInside(file, dir))) throw refuse();
  if (existsSync(file)) {
    const real = realpathSync(file);
    if (!dirs.some((dir) => isInside(real, existsSync(dir) ? realpathSync(dir) : dir))) throw refuse();
  }
  return file;
}

export interface ImportProblem {
  /** 1-based data row number (CSV: the header is row 0). */
  row: number;
  message: string;
}

export interface LeaderboardImportReport {
  file: string;
  format: LeaderboardFileFormat;
  /** Data rows read from the file. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows not written: invalid + duplicates + keptLive. */
  skipped: number;
  invalid: number;
  duplicates: number;
  /** Rows whose cell is LIVE and therefore not overwritten. */
  keptLive: number;
  /** Distinct models among the valid rows. */
  models: number;
  /** Distinct fine subjects among the valid rows. */
  subjects: number;
  problems: ImportProblem[];
}

const MAX_PROBLEMS = 20;
const CHUNK = 400;

function detectFormat(file: string): LeaderboardFileFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.parquet' || ext === '.pq') return 'parquet';
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw ValidationError.ofField(
    `Unsupported leaderboard file "${path.basename(file)}": use .parquet, .csv, .json or .jsonl`,
    { path: 'file', message: 'Unsupported extension' },
    'LEADERBOARD_FILE_UNSUPPORTED',
    { file: path.basename(file), formats: '.parquet, .csv, .json, .jsonl' },
  );
}

/** Reads the records of a leaderboard file as plain objects. */
export async function readLeaderboardFile(file: string): Promise<{ format: LeaderboardFileFormat; records: Record<string, unknown>[] }> {
  const format = detectFormat(file);
  if (!existsSync(file) || !statSync(file).isFile()) throw new NotFoundError(`No such file: ${file}`, 'File', { code: 'FILE_NOT_FOUND', params: { file: path.basename(file) } });
  const invalid = (message: string) =>
    ValidationError.ofField(`Cannot read ${path.basename(file)}: ${message}`, { path: 'file', message }, 'LEADERBOARD_FILE_UNREADABLE', { file: path.basename(file), detail: message });
  try {
    if (format === 'parquet') {
      const buffer = await asyncBufferFromFile(file);
      return { format, records: (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[] };
    }
    const text = readFileSync(file, 'utf8');
    if (format === 'csv') return { format, records: parseCsvRecords(text, { formulaEscaped: true }) };
    if (format === 'jsonl') {
      const records = text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      return { format, records };
    }
    const parsed = JSON.parse(text) as unknown;
    const list = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown })?.rows;
    if (!Array.isArray(list)) throw new Error('expected a JSON array of rows (or {"rows": [...]})');
    return { format, records: list.map((r) => (typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {})) };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw invalid(error instanceof Error ? error.message : String(error));
  }
}

const keyOf = (c: { modelName: string; language: string; subject: string; taskType: string }) =>
  [c.modelName, c.language, c.subject, c.taskType].join('\u0000');

const same = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-12);

/** Imports a leaderboard file (see the module comment for the rules). */
export async function importLeaderboard(db: PrismaClient, file: string): Promise<LeaderboardImportReport> {
  const { format, records } = await readLeaderboardFile(file);
  const problems: ImportProblem[] = [];
  const note = (row: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ row, message });
  };
  let invalid = 0;
  let duplicates = 0;
  const cells = new Map<string, ImportedCell>();
  const firstRow = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 1;
    const result = normalizeLeaderboardRecord(record);
    if (!result.ok) {
      invalid++;
      note(row, result.message);
      return;
    }
    const key = keyOf(result.cell);
    if (cells.has(key)) {
      duplicates++;
      note(row, `duplicate of row ${firstRow.get(key)} (${result.cell.modelName} / ${result.cell.language} / ${result.cell.subject} / ${result.cell.taskType}); kept the first`);
      return;
    }
    cells.set(key, result.cell);
    firstRow.set(key, row);
  });

  const models = [...new Set([...cells.values()].map((c) => c.modelName))];
  const counts = { inserted: 0, updated: 0, unchanged: 0, keptLive: 0 };

  await db.$transaction(
    async (tx) => {
      const existing = new Map<string, { id: string; source: string; score: number; n: number | null; ciLow: number | null; ciHigh: number | null; coarseSubject: string }>();
      for (let i = 0; i < models.length; i += CHUNK) {
        const rows = await tx.leaderboardEntry.findMany({
          where: { modelName: { in: models.slice(i, i + CHUNK) } },
          select: { id: true, modelName: true, language: true, subject: true, taskType: true, source: true, score: true, n: true, ciLow: true, ciHigh: true, coarseSubject: true },
        });
        for (const row of rows) existing.set(keyOf(row), row);
      }
      const inserts: ImportedCell[] = [];
      for (const [key, cell] of cells) {
        const current = existing.get(key);
        if (!current) {
          inserts.push(cell);
          continue;
        }
        if (current.source === 'LIVE') {
          counts.keptLive++;
          continue;
        }
        if (
          same(current.score, cell.score) &&
          current.n === cell.n &&
          same(current.ciLow, cell.ciLow) &&
          same(current.ciHigh, cell.ciHigh) &&
          current.coarseSubject === cell.coarseSubject
        ) {
          counts.unchanged++;
          continue;
        }
        // Guarded on source so a cell that turned LIVE meanwhile is never overwritten.
        const { count } = await tx.leaderboardEntry.updateMany({
          where: { id: current.id, source: 'IMPORTED' },
          data: { score: cell.score, n: cell.n, ciLow: cell.ciLow, ciHigh: cell.ciHigh, coarseSubject: cell.coarseSubject },
        });
        if (count === 1) counts.updated++;
        else counts.keptLive++;
      }
      for (let i = 0; i < inserts.length; i += CHUNK) {
        await tx.leaderboardEntry.createMany({ data: inserts.slice(i, i + CHUNK).map((cell) => ({ ...cell, source: 'IMPORTED' })) });
      }
      counts.inserted = inserts.length;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );

  return {
    file,
    format,
    rows: records.length,
    ...counts,
    skipped: invalid + duplicates + counts.keptLive,
    invalid,
    duplicates,
    models: models.length,
    subjects: new Set([...cells.values()].map((c) => c.subject)).size,
    problems,
  };
}

export type SeedResult = { seeded: true; report: LeaderboardImportReport } | { seeded: false; reason: string; existingCells: number };

/**
 * Startup seeding (SEED_LEADERBOARD_FILE): imports the file only when the leaderboard has no cell at
 * all, so restarts and a leaderboard that already has data are left alone. A missing or unreadable
 * file throws (NotFoundError / ValidationError) so a misconfiguration is visible.
 */
export async function seedLeaderboardIfEmpty(db: PrismaClient, file: string): Promise<SeedResult> {
  const existingCells = await db.leaderboardEntry.count();
  if (existingCells > 0) return { seeded: false, reason: 'the leaderboard already has cells', existingCells };
  return { seeded: true, report: await importLeaderboard(db, file) };
}
