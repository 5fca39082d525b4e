import { isTerminal, runJobId, type TaskStatus } from '@benchhub/core/contracts';
import { buildTaskResult } from '@benchhub/core/results';
import { cellUpserts, jsonValue, loadItemCategories, loadSampleOutcomes, type Logger, type PrismaClient } from '@benchhub/db';
import type { ProgressPublisher } from '../progress-publisher';

export interface FinalizeDeps {
  db: PrismaClient;
  publisher: ProgressPublisher;
  logger: Logger;
}

const ACTIVE_RUN = { in: ['PENDING', 'RUNNING'] };

/**
 * A run whose job used up every attempt: FAILED with the reason, whatever attempt held it (the job is
 * gone). Only runs of that queue generation that are still active change; stored samples are kept.
 */
export async function failExhaustedRun(db: PrismaClient, runId: string, generation: number, reason: string): Promise<boolean> {
  const { count } = await db.modelRun.updateMany({
    where: { id: runId, status: ACTIVE_RUN, task: { queueGeneration: generation } },
    data: { status: 'FAILED', leaseToken: null, error: `Worker error: ${reason}`.slice(0, 2000), finishedAt: new Date() },
  });
  return count === 1;
}

/**
 * Runs once every model job of a task has ended: decides the task status from its runs and stores
 * the task result (per-model statistics, paired tests and tied groups on shared items). A run still
 * active at this point had its job end without finishing it (every attempt failed): it becomes FAILED
 * with the job's reason (`childFailures`, by job id), so the task always reaches a terminal state.
 */
export async function finalizeTask(
  deps: FinalizeDeps,
  taskId: string,
  generation = 0,
  childFailures: ReadonlyMap<string, string> = new Map(),
): Promise<TaskStatus | 'STALE'> {
  const { db } = deps;
  let task = await db.evaluationTask.findUnique({ where: { id: taskId }, include: { runs: true } });
  if (!task) throw new Error(`Task ${taskId} does not exist`);
  // Resume or retry-failed enqueued a newer flow meanwhile; its own finalize job decides.
  if (task.queueGeneration > generation) return 'STALE';
  if (isTerminal(task.status) && task.result !== null) return task.status as TaskStatus;
  const unfinished = task.runs.filter((run) => run.status === 'PENDING' || run.status === 'RUNNING');
  if (task.status !== 'HELD' && unfinished.length > 0) {
    for (const run of unfinished) {
      const reason = childFailures.get(runJobId(run.id, generation)) ?? 'its job ended without finishing the run';
      await failExhaustedRun(db, run.id, generation, reason);
    }
    deps.logger.warn({ taskId, runs: unfinished.map((run) => run.id) }, 'runs whose jobs ended unfinished marked FAILED');
    task = await db.evaluationTask.findUniqueOrThrow({ where: { id: taskId }, include: { runs: true } });
  }

  let status: TaskStatus;
  if (task.status === 'CANCELLED') status = 'CANCELLED';
  else if (task.status === 'HELD' || task.runs.some((run) => run.status === 'HELD')) status = 'HELD';
  else if (task.runs.some((run) => !isTerminal(run.status))) status = 'RUNNING'; // a sibling job is still retrying
  else if (task.runs.some((run) => run.status === 'SUCCEEDED')) status = 'SUCCEEDED';
  else status = 'FAILED';

  // Held: the hold mutation already set the task's status; writing it here could undo a resume.
  if (status === 'RUNNING' || status === 'HELD') return status;
  const finishedTask = task;

  const samples = await loadSampleOutcomes(db, { taskId });
  const result = buildTaskResult(
    finishedTask.runs.map((run) => ({
      runId: run.id,
      modelName: run.modelName,
      source: run.source,
      status: run.status,
      error: run.error,
      summary: run.summary,
    })),
    samples,
  );
  const failures = finishedTask.runs.filter((run) => run.status === 'FAILED').map((run) => run.error ?? `${run.modelName} failed`);
  const leaderboard = await leaderboardCells(deps, finishedTask, samples);
  // The result and the leaderboard cells it implies are written together: a crash in between would
  // otherwise leave a finished task whose retry (which sees the result and stops) never writes them.
  await db.$transaction([
    // Conditional: a task resumed or retried meanwhile (newer generation) is not overwritten.
    db.evaluationTask.updateMany({
      where: { id: taskId, queueGeneration: generation },
      data: {
        status,
        result: jsonValue(result),
        finishedAt: new Date(),
        error: status === 'FAILED' ? failures.join('; ') || 'Every model run failed' : null,
      },
    }),
    ...leaderboard.upserts,
  ]);
  await deps.publisher.publish({
    taskId,
    kind: 'TASK_FINISHED',
    taskStatus: status,
    run: null,
    latestSamples: [],
    at: new Date().toISOString(),
  });
  if (leaderboard.modelNames.length > 0) {
    await deps.publisher.publishLeaderboardUpdated({
      taskId,
      modelNames: leaderboard.modelNames,
      language: leaderboard.language,
      cells: leaderboard.upserts.length,
      at: new Date().toISOString(),
    });
  }
  deps.logger.info({ taskId, status }, 'task finished');
  return status;
}

type TaskWithRuns = NonNullable<Awaited<ReturnType<PrismaClient['evaluationTask']['findUnique']>>> & {
  runs: Array<{ id: string; modelName: string; source: string; status: string }>;
};

/** The leaderboard cells successful live runs write (the cache for later requests), not yet run. */
async function leaderboardCells(deps: FinalizeDeps, task: TaskWithRuns, samples: Array<{ runId: string; itemId: string; status: string }>) {
  const plan = task.plan as { language: string; seed?: number };
  const liveRuns = task.runs.filter((run) => run.source === 'LIVE' && run.status === 'SUCCEEDED');
  if (liveRuns.length === 0) return { upserts: [], modelNames: [], language: plan.language };
  const items = await loadItemCategories(deps.db, [...new Set(samples.map((s) => s.itemId))]);
  const upserts = liveRuns.flatMap((run) =>
    cellUpserts(deps.db, {
      modelName: run.modelName,
      language: plan.language,
      taskId: task.id,
      datasetVersion: task.datasetVersion,
      promptVersion: task.promptVersion,
      seed: plan.seed ?? null,
      samples: samples
        .filter((s) => s.runId === run.id)
        .map((s) => {
          const item = items.get(s.itemId);
          return { subjects: item?.subjects ?? [], taskType: item?.taskType ?? '', status: s.status };
        }),
    }),
  );
  return { upserts, modelNames: liveRuns.map((run) => run.modelName), language: plan.language };
}
