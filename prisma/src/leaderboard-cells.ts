/**
 * Leaderboard cells from a finished live run, written by the worker when a run succeeds.
 *
 * Rules:
 * - A LIVE cell always replaces an IMPORTED one (we measured it ourselves, with n and an interval).
 * - A LIVE cell replaces an existing LIVE cell: newest wins, whatever its task, dataset or prompt
 *   version. Pooling two runs would double-count items both runs sampled (the same seed and dataset
 *   draw the same items), and the newest run reflects the current endpoint, prompts and data; the
 *   provenance columns (taskId, datasetVersion, promptVersion, seed) say which run a cell shows.
 * - The quarantine flag is sticky: an admin's quarantine survives new data until lifted explicitly.
 */
import { cellsFromSamples, type CellSampleInput } from '@benchhub/core/leaderboard';
import type { PrismaClient } from './client';

export interface RunCellsInput {
  modelName: string;
  language: string;
  taskId: string;
  datasetVersion: string | null;
  promptVersion: string | null;
  seed: number | null;
  samples: readonly CellSampleInput[];
}

/** Writes one LIVE cell per (subject, task type) with scored samples; returns the number of cells written. */
export async function upsertCellsFromRun(db: PrismaClient, input: RunCellsInput): Promise<number> {
  const cells = cellsFromSamples(input.samples);
  if (cells.length === 0) return 0;
  const provenance = {
    source: 'LIVE',
    taskId: input.taskId,
    datasetVersion: input.datasetVersion,
    promptVersion: input.promptVersion,
    seed: input.seed,
  };
  await db.$transaction(
    cells.map((cell) => {
      const data = { coarseSubject: cell.coarseSubject, score: cell.score, n: cell.n, ciLow: cell.ciLow, ciHigh: cell.ciHigh, ...provenance };
      return db.leaderboardEntry.upsert({
        where: {
          modelName_language_subject_taskType: { modelName: input.modelName, language: input.language, subject: cell.subject, taskType: cell.taskType },
        },
        create: { modelName: input.modelName, language: input.language, subject: cell.subject, taskType: cell.taskType, ...data },
        update: data,
      });
    }),
  );
  return cells.length;
}
