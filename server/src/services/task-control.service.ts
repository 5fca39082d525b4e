import {
  PUBLISH_WITH_SEQUENCE_LUA,
  isTerminal,
  taskProgressChannel,
  taskSequenceKey,
  type TaskProgressEvent,
  type TaskStatus,
} from '@benchhub/core/contracts';
import { Prisma } from '@benchhub/db';
import { ConflictError, NotFoundError } from '../errors';
import type { Runtime } from './runtime';

type Deps = Pick<Runtime, 'db' | 'redis' | 'queue' | 'logger'>;

async function loadTask(deps: Deps, taskId: string) {
  const task = await deps.db.evaluationTask.findUnique({ where: { id: taskId }, include: { runs: true } });
  if (!task) throw new NotFoundError(`No task with id ${taskId}`, 'EvaluationTask');
  return task;
}

async function publishStatus(deps: Deps, taskId: string, taskStatus: TaskStatus): Promise<void> {
  const body: Omit<TaskProgressEvent, 'seq'> = { taskId, kind: 'TASK_STATUS', taskStatus, run: null, latestSamples: [], at: new Date().toISOString() };
  await deps.redis.eval(PUBLISH_WITH_SEQUENCE_LUA, 2, taskSequenceKey(taskId), taskProgressChannel(taskId), JSON.stringify(body).slice(1));
}

/** Moves the task to `status` only if it is still in one of `from` (a compare-and-set, safe against races). */
async function transition(deps: Deps, taskId: string, from: TaskStatus[], data: Prisma.EvaluationTaskUpdateManyMutationInput) {
  const { count } = await deps.db.evaluationTask.updateMany({ where: { id: taskId, status: { in: from } }, data });
  return count === 1;
}

/**
 * Cancel: workers notice within a quarter second and stop calling models; stored samples are kept
 * and the task is finalized with what it has.
 */
export async function cancelEvaluation(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if (isTerminal(task.status)) throw new ConflictError(`Task ${taskId} already finished (${task.status})`);
  if (!(await transition(deps, taskId, ['PENDING', 'RUNNING', 'HELD'], { status: 'CANCELLED' }))) {
    throw new ConflictError(`Task ${taskId} changed state meanwhile; try again`);
  }
  if (task.status === 'HELD') {
    // Nothing is running for a held task: finalize it now through the queue.
    await deps.db.modelRun.updateMany({ where: { taskId, status: { in: ['HELD', 'PENDING'] } }, data: { status: 'CANCELLED' } });
    const generation = task.queueGeneration + 1;
    await deps.db.evaluationTask.update({ where: { id: taskId }, data: { queueGeneration: generation } });
    await deps.queue.enqueueTask(taskId, [], generation);
  }
  await publishStatus(deps, taskId, 'CANCELLED');
  deps.logger.info({ taskId }, 'task cancelled');
  return loadTask(deps, taskId);
}

/** Hold: workers stop calling models and keep what they stored; resume continues with the missing items. */
export async function holdEvaluation(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if (task.status === 'HELD') throw new ConflictError(`Task ${taskId} is already held`);
  if (!(await transition(deps, taskId, ['PENDING', 'RUNNING'], { status: 'HELD' }))) {
    throw new ConflictError(`Only pending or running tasks can be held (task is ${task.status})`);
  }
  await publishStatus(deps, taskId, 'HELD');
  return loadTask(deps, taskId);
}

export async function resumeEvaluation(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if (task.status !== 'HELD') throw new ConflictError(`Only held tasks can be resumed (task is ${task.status})`);
  if (task.runs.some((run) => run.status === 'RUNNING')) {
    throw new ConflictError('Workers are still stopping this task; resume again in a moment');
  }
  const toRun = task.runs.filter((run) => !isTerminal(run.status));
  const generation = task.queueGeneration + 1;
  if (!(await transition(deps, taskId, ['HELD'], { status: 'PENDING', queueGeneration: generation }))) {
    throw new ConflictError(`Task ${taskId} changed state meanwhile; try again`);
  }
  await deps.db.modelRun.updateMany({ where: { id: { in: toRun.map((run) => run.id) } }, data: { status: 'PENDING' } });
  await deps.queue.enqueueTask(taskId, toRun.map((run) => run.id), generation);
  await publishStatus(deps, taskId, 'PENDING');
  return loadTask(deps, taskId);
}

/** Deletes the samples that failed (endpoint errors) and evaluates only those items again. */
export async function retryFailedSamples(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if (!isTerminal(task.status) || task.status === 'CANCELLED') {
    throw new ConflictError(`Failed samples can be retried once the task has finished (task is ${task.status})`);
  }
  const failed = await deps.db.experimentSample.groupBy({ by: ['runId'], where: { taskId, status: 'error' }, _count: true });
  const failedRunIds = new Set(failed.map((f) => f.runId));
  // Runs that failed before storing anything (e.g. unreachable endpoint) are retried too.
  for (const run of task.runs) if (run.status === 'FAILED') failedRunIds.add(run.id);
  if (failedRunIds.size === 0) throw new ConflictError('This task has no failed samples to retry');
  const generation = task.queueGeneration + 1;
  await deps.db.$transaction([
    deps.db.experimentSample.deleteMany({ where: { taskId, status: 'error' } }),
    deps.db.modelRun.updateMany({ where: { id: { in: [...failedRunIds] } }, data: { status: 'PENDING', error: null, finishedAt: null } }),
    deps.db.evaluationTask.update({
      where: { id: taskId },
      data: { status: 'PENDING', result: Prisma.DbNull, error: null, finishedAt: null, queueGeneration: generation },
    }),
  ]);
  await deps.queue.enqueueTask(taskId, [...failedRunIds], generation);
  await publishStatus(deps, taskId, 'PENDING');
  return loadTask(deps, taskId);
}
