import {
  controlChannel,
  PUBLISH_WITH_SEQUENCE_LUA,
  isTerminal,
  taskProgressChannel,
  taskSequenceKey,
  type ControlMessage,
  type TaskProgressEvent,
  type TaskStatus,
} from '@benchhub/core/contracts';
import { Prisma, recountRunCounters } from '@benchhub/db';
import { ConflictError, NotFoundError } from '../errors';
import type { Runtime } from './runtime';

type Deps = Pick<Runtime, 'db' | 'redis' | 'queue' | 'logger'>;

async function loadTask(deps: Deps, taskId: string) {
  const task = await deps.db.evaluationTask.findUnique({ where: { id: taskId }, include: { runs: true } });
  if (!task) throw new NotFoundError(`No task with id ${taskId}`, 'EvaluationTask', { code: 'TASK_NOT_FOUND', params: { taskId } });
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
 * Cancel and hold are fences: in one transaction the task changes state and its active runs lose
 * their lease (status CANCELLED / HELD, leaseToken cleared), so no sample, counter or status write
 * of a worker can land after this returns; then workers hear it by pub/sub and abort their requests
 * within milliseconds (they also poll the database once a second in case the message was missed).
 */
async function fenceTask(deps: Deps, taskId: string, from: TaskStatus[], to: 'CANCELLED' | 'HELD'): Promise<boolean> {
  const [moved] = await deps.db.$transaction([
    deps.db.evaluationTask.updateMany({ where: { id: taskId, status: { in: from } }, data: { status: to } }),
    deps.db.modelRun.updateMany({ where: { taskId, status: { in: ['PENDING', 'RUNNING', 'HELD'] }, task: { status: to } }, data: { status: to, leaseToken: null } }),
  ]);
  if (moved.count !== 1) return false;
  const message: ControlMessage = { taskId, action: to };
  await deps.redis
    .publish(controlChannel(deps.redis.options.db ?? 0), JSON.stringify(message))
    .catch((error: Error) => deps.logger.warn({ err: error.message, taskId }, 'control message not published; workers see the change by polling'));
  return true;
}

/** Whether the task's current flow still has a job that will run (then resume/retry would run it twice). */
async function hasLiveJob(deps: Deps, task: { id: string; queueGeneration: number; runs: Array<{ id: string }> }) {
  return deps.queue.hasLiveJob(
    task.id,
    task.runs.map((run) => run.id),
    task.queueGeneration,
  );
}

/**
 * Cancel: no model request leaves and no sample is written after the acknowledgement; stored samples
 * are kept and the task is finalized with what it has.
 */
export async function cancelEvaluation(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if (isTerminal(task.status)) throw new ConflictError(`Task ${taskId} already finished (${task.status})`, { code: 'TASK_ALREADY_FINISHED', params: { taskId, status: task.status } });
  if (!(await fenceTask(deps, taskId, ['PENDING', 'RUNNING', 'HELD'], 'CANCELLED'))) {
    throw new ConflictError(`Task ${taskId} changed state meanwhile; try again`, { code: 'TASK_CHANGED', params: { taskId } });
  }
  if (task.status === 'HELD' || !(await hasLiveJob(deps, task).catch(() => true))) {
    // Nothing is running for it: finalize it now through the queue.
    const generation = task.queueGeneration + 1;
    await deps.db.evaluationTask.update({ where: { id: taskId }, data: { queueGeneration: generation } });
    await deps.queue.enqueueTask(taskId, [], generation);
  }
  await publishStatus(deps, taskId, 'CANCELLED');
  deps.logger.info({ taskId }, 'task cancelled');
  return loadTask(deps, taskId);
}

/** Hold: workers stop calling models at once and keep what they stored; resume continues with the missing items. */
export async function holdEvaluation(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if (task.status === 'HELD') throw new ConflictError(`Task ${taskId} is already held`, { code: 'TASK_ALREADY_HELD', params: { taskId } });
  if (!(await fenceTask(deps, taskId, ['PENDING', 'RUNNING'], 'HELD'))) {
    throw new ConflictError(`Only pending or running tasks can be held (task is ${task.status})`, { code: 'TASK_NOT_HOLDABLE', params: { taskId, status: task.status } });
  }
  // The running period ends here: its time is kept, and a resume starts a new period (duration = active time).
  await closeActivePeriod(deps, task, Date.now());
  await publishStatus(deps, taskId, 'HELD');
  return loadTask(deps, taskId);
}

/**
 * Adds the current period (startedAt → end) to activeMs, remembers the first start, and clears startedAt, so the time
 * a task spends held (or stopped before a resume) never counts as running time.
 */
async function closeActivePeriod(deps: Deps, task: { id: string; startedAt: Date | null; firstStartedAt: Date | null }, end: number) {
  if (!task.startedAt) return;
  await deps.db.evaluationTask.updateMany({
    where: { id: task.id, startedAt: task.startedAt },
    data: { activeMs: { increment: Math.max(0, end - task.startedAt.getTime()) }, firstStartedAt: task.firstStartedAt ?? task.startedAt, startedAt: null },
  });
}

/** Active running time in seconds: closed periods plus the open one (to finishedAt, or now while running); null if never started. */
export function activeSecondsOf(task: { status: string; startedAt: Date | null; finishedAt: Date | null; firstStartedAt: Date | null; activeMs: number }, now = Date.now()): number | null {
  if (!task.startedAt && !task.firstStartedAt && task.activeMs === 0) return null;
  const open = task.startedAt && task.status !== 'HELD' ? Math.max(0, (task.finishedAt?.getTime() ?? now) - task.startedAt.getTime()) : 0;
  return (task.activeMs + open) / 1000;
}

/**
 * Continues a task that is not running: held, failed, cancelled, or active with no job that will run
 * (its queue was lost). Only runs not yet succeeded are evaluated again, with only their missing items.
 */
export async function resumeEvaluation(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if ((task.status === 'PENDING' || task.status === 'RUNNING') && (await hasLiveJob(deps, task))) {
    throw new ConflictError(`Task ${taskId} is running; hold it first to resume it later`, { code: 'TASK_RUNNING', params: { taskId } });
  }
  const toRun = task.runs.filter((run) => run.status !== 'SUCCEEDED');
  if (toRun.length === 0 && task.status === 'SUCCEEDED') throw new ConflictError(`Task ${taskId} already succeeded; nothing to resume`, { code: 'TASK_NOTHING_TO_RESUME', params: { taskId } });
  const generation = task.queueGeneration + 1;
  // A failed or cancelled task's last period ended at finishedAt: keep it before the resumed run starts a new one.
  if (task.status !== 'HELD' && task.startedAt && task.finishedAt) await closeActivePeriod(deps, task, task.finishedAt.getTime());
  // Compare-and-set on status and generation: two resumes at once enqueue one flow.
  const { count } = await deps.db.evaluationTask.updateMany({
    where: { id: taskId, status: task.status, queueGeneration: task.queueGeneration },
    data: { status: 'PENDING', queueGeneration: generation, result: Prisma.DbNull, error: null, finishedAt: null },
  });
  if (count !== 1) throw new ConflictError(`Task ${taskId} changed state meanwhile; try again`, { code: 'TASK_CHANGED', params: { taskId } });
  await deps.db.modelRun.updateMany({
    where: { id: { in: toRun.map((run) => run.id) } },
    data: { status: 'PENDING', leaseToken: null, error: null, finishedAt: null },
  });
  await deps.queue.enqueueTask(taskId, toRun.map((run) => run.id), generation);
  await publishStatus(deps, taskId, 'PENDING');
  return loadTask(deps, taskId);
}

/** Deletes the samples that failed (endpoint errors) and evaluates only those items again. */
export async function retryFailedSamples(deps: Deps, taskId: string) {
  const task = await loadTask(deps, taskId);
  if ((task.status === 'PENDING' || task.status === 'RUNNING') && (await hasLiveJob(deps, task))) {
    throw new ConflictError(`Failed samples can be retried once the task is not running (task is ${task.status})`, { code: 'TASK_RETRY_WHILE_RUNNING', params: { taskId, status: task.status } });
  }
  const failed = await deps.db.experimentSample.groupBy({ by: ['runId'], where: { taskId, status: 'error' }, _count: true });
  const failedRunIds = new Set(failed.map((f) => f.runId));
  // Runs that failed before storing anything (e.g. unreachable endpoint) are retried too.
  for (const run of task.runs) if (run.status === 'FAILED') failedRunIds.add(run.id);
  // Runs left unfinished (held, or active with their job gone) continue with their missing items.
  for (const run of task.runs) if (['HELD', 'PENDING', 'RUNNING'].includes(run.status)) failedRunIds.add(run.id);
  if (failedRunIds.size === 0) throw new ConflictError('This task has no failed samples to retry', { code: 'TASK_NO_FAILED_SAMPLES', params: { taskId } });
  const generation = task.queueGeneration + 1;
  await deps.db.$transaction([
    deps.db.experimentSample.deleteMany({ where: { taskId, status: 'error' } }),
    // The runs' counters follow the rows removed (done never exceeds what is stored).
    recountRunCounters(deps.db, [...failedRunIds]),
    deps.db.modelRun.updateMany({ where: { id: { in: [...failedRunIds] } }, data: { status: 'PENDING', leaseToken: null, error: null, finishedAt: null } }),
    deps.db.evaluationTask.update({
      where: { id: taskId },
      data: { status: 'PENDING', result: Prisma.DbNull, error: null, finishedAt: null, queueGeneration: generation },
    }),
  ]);
  await deps.queue.enqueueTask(taskId, [...failedRunIds], generation);
  await publishStatus(deps, taskId, 'PENDING');
  return loadTask(deps, taskId);
}
