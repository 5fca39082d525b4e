import { isTerminal, type TaskStatus } from '@benchhub/core/contracts';
import { buildTaskResult } from '@benchhub/core/results';
import type { Logger, PrismaClient } from '@benchhub/db';
import type { ProgressPublisher } from '../progress-publisher';

export interface FinalizeDeps {
  db: PrismaClient;
  publisher: ProgressPublisher;
  logger: Logger;
}

/**
 * Runs once every model job of a task has finished: decides the task status from its runs and stores
 * the task result (per-model statistics, paired tests and tied groups on shared items).
 */
export async function finalizeTask(deps: FinalizeDeps, taskId: string): Promise<TaskStatus> {
  const { db } = deps;
  const task = await db.evaluationTask.findUnique({ where: { id: taskId }, include: { runs: true } });
  if (!task) throw new Error(`Task ${taskId} does not exist`);
  if (isTerminal(task.status) && task.result !== null) return task.status as TaskStatus;

  let status: TaskStatus;
  if (task.status === 'CANCELLED') status = 'CANCELLED';
  else if (task.status === 'HELD' || task.runs.some((run) => run.status === 'HELD')) status = 'HELD';
  else if (task.runs.some((run) => !isTerminal(run.status))) status = 'RUNNING'; // a sibling job is still retrying
  else if (task.runs.some((run) => run.status === 'SUCCEEDED')) status = 'SUCCEEDED';
  else status = 'FAILED';

  if (status === 'RUNNING' || status === 'HELD') {
    if (status === 'HELD') await db.evaluationTask.update({ where: { id: taskId }, data: { status } });
    return status;
  }

  const samples = await db.experimentSample.findMany({
    where: { taskId },
    select: { runId: true, itemId: true, correct: true, status: true },
  });
  const result = buildTaskResult(
    task.runs.map((run) => ({
      runId: run.id,
      modelName: run.modelName,
      source: run.source,
      status: run.status,
      error: run.error,
      summary: run.summary,
    })),
    samples,
  );
  const failures = task.runs.filter((run) => run.status === 'FAILED').map((run) => run.error ?? `${run.modelName} failed`);
  await db.evaluationTask.update({
    where: { id: taskId },
    data: {
      status,
      result: result as object,
      finishedAt: new Date(),
      error: status === 'FAILED' ? failures.join('; ') || 'Every model run failed' : null,
    },
  });
  await deps.publisher.publish({
    taskId,
    kind: 'TASK_FINISHED',
    taskStatus: status,
    run: null,
    latestSamples: [],
    at: new Date().toISOString(),
  });
  deps.logger.info({ taskId, status }, 'task finished');
  return status;
}
