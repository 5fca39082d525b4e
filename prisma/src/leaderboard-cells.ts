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
import type { Prisma, PrismaClient } from './client';

export interface RunCellsInput {
  modelName: string;
  language: string;
  taskId: string;
  datasetVersion: string | null;
  promptVersion: string | null;
  seed: number | null;
  samples: readonly CellSampleInput[];
}

/** The upserts for a run's cells, one per (subject, task type) with scored samples; not yet run. */
export function cellUpserts(db: Prisma.TransactionClient, input: RunCellsInput) {
  const provenance = {
    source: 'LIVE',
    taskId: input.taskId,
    datasetVersion: input.datasetVersion,
    promptVersion: input.promptVersion,
    seed: input.seed,
  };
  return cellsFromSamples(input.samples).map((cell) => {
    const data = { coarseSubject: cell.coarseSubject, score: cell.score, n: cell.n, ciLow: cell.ciLow, ciHigh: cell.ciHigh, ...provenance };
    return db.leaderboardEntry.upsert({
      where: {
        modelName_language_subject_taskType: { modelName: input.modelName, language: input.language, subject: cell.subject, taskType: cell.taskType },
      },
      create: { modelName: input.modelName, language: input.language, subject: cell.subject, taskType: cell.taskType, ...data },
      update: data,
    });
  });
}

/** Writes one LIVE cell per (subject, task type) with scored samples; returns the number of cells written. */
export async function upsertCellsFromRun(db: PrismaClient, input: RunCellsInput): Promise<number> {
  const upserts = cellUpserts(db, input);
  if (upserts.length > 0) await db.$transaction(upserts);
  return upserts.length;
}
