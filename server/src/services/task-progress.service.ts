import { isTerminal, taskProgressChannel, type TaskProgressEvent, type TaskStatus } from '@benchhub/core/contracts';
import type { PrismaClient } from '@benchhub/db';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { NotFoundError } from '../errors';
import { runStatistics } from './run-statistics';

/** The current state of a task as events (seq 0), so a late subscriber starts from the truth in the database. */
export async function snapshotEvents(db: PrismaClient, taskId: string): Promise<TaskProgressEvent[]> {
  const task = await db.evaluationTask.findUnique({ where: { id: taskId }, include: { runs: { orderBy: { modelName: 'asc' } } } });
  if (!task) throw new NotFoundError(`No task with id ${taskId}`, 'EvaluationTask');
  const at = new Date().toISOString();
  const events: TaskProgressEvent[] = task.runs.map((run) => {
    const stats = runStatistics(run);
    return {
      taskId,
      seq: 0,
      kind: 'TASK_STATUS',
      taskStatus: task.status as TaskStatus,
      run: {
        runId: run.id,
        modelName: run.modelName,
        status: run.status as TaskStatus,
        done: run.done,
        total: run.total,
        correct: run.correct,
        errors: run.errors,
        unparsed: run.unparsed,
        ambiguous: run.ambiguous,
        fromCache: run.fromCache,
        accuracy: stats.accuracy,
        ciLow: stats.ciLow,
        ciHigh: stats.ciHigh,
        etaSeconds: null,
      },
      latestSamples: [],
      at,
    };
  });
  if (isTerminal(task.status)) {
    events.push({ taskId, seq: 0, kind: 'TASK_FINISHED', taskStatus: task.status as TaskStatus, run: null, latestSamples: [], at });
  }
  return events;
}

/** With no event for this long, the database is asked whether the task finished (its last event lost). */
export const FINISHED_CHECK_MS = 5000;

const finishedMeanwhile = async (db: PrismaClient, taskId: string) => {
  const task = await db.evaluationTask.findUnique({ where: { id: taskId }, select: { status: true } }).catch(() => null);
  return task !== null && isTerminal(task.status);
};

/**
 * Live progress of a task: first its stored state, then every event the workers publish (through
 * Redis, so any server instance can serve any subscriber), ending after the task finishes.
 * `afterSeq` resumes a client that already applied events up to that seq (it reconnected, maybe to
 * another server): the stored state is replayed, live events at or below it are skipped.
 */
export async function* taskProgress(
  deps: { db: PrismaClient; pubsub: RedisPubSub },
  taskId: string,
  { afterSeq = 0, finishedCheckMs = FINISHED_CHECK_MS }: { afterSeq?: number; finishedCheckMs?: number } = {},
): AsyncGenerator<TaskProgressEvent> {
  const queue: TaskProgressEvent[] = [];
  let wake: (() => void) | null = null;
  // Subscribe before reading the snapshot so nothing published in between is lost.
  const subId = await deps.pubsub.subscribe<TaskProgressEvent>(taskProgressChannel(taskId), (event) => {
    queue.push(event);
    wake?.();
  });
  try {
    const snapshot = await snapshotEvents(deps.db, taskId);
    for (const event of snapshot) {
      yield event;
      if (event.kind === 'TASK_FINISHED') return;
    }
    while (true) {
      while (queue.length === 0) {
        const woken = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), finishedCheckMs);
          wake = () => (clearTimeout(timer), resolve(true));
        });
        wake = null;
        if (woken || !(await finishedMeanwhile(deps.db, taskId))) continue;
        // Its TASK_FINISHED was lost (published while Redis was away or this server's subscriber
        // reconnected): the stored state ends the stream instead.
        for (const event of await snapshotEvents(deps.db, taskId)) yield event;
        return;
      }
      const event = queue.shift()!;
      if (event.seq <= afterSeq && event.kind !== 'TASK_FINISHED') continue;
      yield event;
      if (event.kind === 'TASK_FINISHED') return;
    }
  } finally {
    deps.pubsub.unsubscribe(subId);
  }
}
