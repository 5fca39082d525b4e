import { rollupCells, type Rollup } from '@benchhub/core/leaderboard';
import type { GroupStats, RunSummary } from '@benchhub/core/stats';
import { config, type Prisma } from '@benchhub/db';

/** A (fine subject, task type) cell the task's items cover. */
export interface NeededCell {
  subject: string;
  taskType: string;
}

export interface CacheOptions {
  language: string;
  datasetVersion: string;
  promptVersion: string;
  /** Cells older than this are stale (CACHE_MAX_AGE_DAYS, default 30). */
  maxAgeDays: number;
  /** Accept cells from other dataset/prompt versions and IMPORTED cells. */
  allowMixedVersions: boolean;
}

/** Summary of a model answered from leaderboard cells instead of a live run. */
export type CachedRunSummary = Omit<RunSummary, 'ci'> & {
  /** null when some cell has unknown n (imported): the score is then an unweighted mean. */
  ci: { low: number; high: number } | null;
  cached: { cells: number; weighting: Rollup['weighting']; oldestUpdate: string | null; sources: string[]; taskIds: string[] };
};

export const cacheMaxAgeDays = () => config().CACHE_MAX_AGE_DAYS;

export function neededCells(items: Array<{ subjects: string[]; taskType: string }>): NeededCell[] {
  const seen = new Map<string, NeededCell>();
  for (const item of items) {
    for (const subject of item.subjects) seen.set(`${subject}\u0000${item.taskType}`, { subject, taskType: item.taskType });
  }
  return [...seen.values()];
}

const groupStats = (rollup: Rollup): GroupStats => ({
  correct: rollup.correct ?? 0,
  n: rollup.n ?? 0,
  accuracy: rollup.score,
  ci: { low: rollup.ciLow ?? 0, high: rollup.ciHigh ?? 1 },
});

/**
 * The cached answer for each model, or no entry when any needed cell is missing, stale, quarantined
 * or not comparable (another dataset or prompt version, or IMPORTED, unless mixing is allowed).
 * One query for all models.
 */
export async function cachedModelSummaries(
  db: Prisma.TransactionClient,
  modelNames: string[],
  needed: NeededCell[],
  options: CacheOptions,
): Promise<Map<string, CachedRunSummary>> {
  const summaries = new Map<string, CachedRunSummary>();
  if (needed.length === 0 || modelNames.length === 0) return summaries;
  const rows = await db.leaderboardEntry.findMany({
    where: {
      modelName: { in: modelNames },
      language: options.language,
      quarantined: false,
      subject: { in: [...new Set(needed.map((c) => c.subject))] },
      taskType: { in: [...new Set(needed.map((c) => c.taskType))] },
      updatedAt: { gte: new Date(Date.now() - options.maxAgeDays * 86_400_000) },
      ...(options.allowMixedVersions
        ? {}
        : { source: 'LIVE', datasetVersion: options.datasetVersion, promptVersion: options.promptVersion }),
    },
    // Only what a summary reads: ten models' cells are a couple of thousand rows for a broad plan.
    select: CELL_COLUMNS,
  });
  const byModel = new Map<string, CellRow[]>();
  for (const row of rows) {
    const cells = byModel.get(row.modelName);
    if (cells) cells.push(row);
    else byModel.set(row.modelName, [row]);
  }
  for (const name of modelNames) {
    const summary = summarizeCells(byModel.get(name) ?? [], needed);
    if (summary) summaries.set(name, summary);
  }
  return summaries;
}

const CELL_COLUMNS = { modelName: true, subject: true, taskType: true, score: true, n: true, source: true, taskId: true, updatedAt: true } as const;
type CellRow = Prisma.LeaderboardEntryGetPayload<{ select: typeof CELL_COLUMNS }>;

function summarizeCells(rows: CellRow[], needed: NeededCell[]): CachedRunSummary | null {
  const byKey = new Map(rows.map((row) => [`${row.subject}\u0000${row.taskType}`, row]));
  const cells = needed.map((cell) => byKey.get(`${cell.subject}\u0000${cell.taskType}`));
  if (cells.some((cell) => cell === undefined)) return null;
  const found = cells as CellRow[];

  const overall = rollupCells(found);
  const rollupBy = (key: (row: CellRow) => string) => {
    const groups = new Map<string, CellRow[]>();
    for (const row of found) {
      const group = groups.get(key(row));
      if (group) group.push(row);
      else groups.set(key(row), [row]);
    }
    return Object.fromEntries([...groups].map(([k, group]) => [k, groupStats(rollupCells(group))]));
  };
  const oldest = found.reduce<Date | null>((min, row) => (min === null || row.updatedAt < min ? row.updatedAt : min), null);
  return {
    total: overall.n ?? 0,
    n: overall.n ?? 0,
    correct: overall.correct ?? 0,
    accuracy: overall.score,
    ci: overall.ciLow === null || overall.ciHigh === null ? null : { low: overall.ciLow, high: overall.ciHigh },
    unparsedCount: 0,
    unparsedRate: null,
    ambiguousCount: 0,
    ambiguousRate: null,
    chanceAccuracy: null,
    errorCount: 0,
    errorRate: null,
    unscoredCount: 0,
    latencyP50Ms: null,
    latencyP95Ms: null,
    tokensIn: 0,
    tokensOut: 0,
    estimatedCost: null,
    fromCacheCount: 0,
    bySubject: rollupBy((row) => row.subject),
    byTaskType: rollupBy((row) => row.taskType),
    cached: {
      cells: found.length,
      weighting: overall.weighting,
      oldestUpdate: oldest?.toISOString() ?? null,
      sources: [...new Set(found.map((row) => row.source))],
      taskIds: [...new Set(found.map((row) => row.taskId).filter((id): id is string => id !== null))],
    },
  };
}
