import { randomUUID } from 'node:crypto';
import type { FlowProducer, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { isTerminal, taskFlow, taskHasLiveJob } from '@benchhub/core/contracts';
import type { Logger, PrismaClient } from '@benchhub/db';

export interface ReconcilerOptions {
  db: PrismaClient;
  /** A connection of this worker (commands only, not blocking). */
  redis: Redis;
  queue: Pick<Queue, 'getJobState'>;
  flows: Pick<FlowProducer, 'add'>;
  logger: Logger;
  /** How often the leader looks (default 5 s). */
  intervalMs?: number;
  /** Tasks changed more recently than this are left alone: their flow may be on its way into the queue. */
  graceMs?: number;
}

export interface Reconciler {
  /** One pass now (whether or not this process leads); returns the tasks re-enqueued. */
  reconcileOnce(): Promise<string[]>;
  isLeader(): boolean;
  stop(): Promise<void>;
}

/** Renews the leader key only while this process still owns it. */
const RENEW_LUA = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE_LUA = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * Finds tasks that will never finish on their own — active tasks whose current flow has no job that
 * will run (Redis lost its data, jobs expired, every attempt failed before finalize could write) and
 * cancelled tasks never finalized — and enqueues a new generation of their flow: the runs still to do
 * as children (they resume with only the missing items; stale attempts are fenced out by the lease)
 * and the finalize job. Every worker runs one; a Redis key elects the one that acts.
 */
export function startReconciler(options: ReconcilerOptions): Reconciler {
  const { db, redis, queue, flows, logger } = options;
  const intervalMs = options.intervalMs ?? 5000;
  const graceMs = options.graceMs ?? 10_000;
  const leaderKey = `benchhub:db${redis.options.db ?? 0}:reconciler-leader`;
  const me = randomUUID();
  let leader = false;
  let running: Promise<unknown> = Promise.resolve();

  async function reconcileOnce(): Promise<string[]> {
    const before = new Date(Date.now() - graceMs);
    const tasks = await db.evaluationTask.findMany({
      where: {
        updatedAt: { lt: before },
        OR: [{ status: { in: ['PENDING', 'RUNNING'] } }, { status: 'CANCELLED', finishedAt: null }],
      },
      select: { id: true, status: true, queueGeneration: true, runs: { select: { id: true, status: true } } },
    });
    const requeued: string[] = [];
    for (const task of tasks) {
      const runIds = task.runs.map((run) => run.id);
      if (await taskHasLiveJob((jobId) => queue.getJobState(jobId), task.id, runIds, task.queueGeneration)) continue;
      const generation = task.queueGeneration + 1;
      // Compare-and-set on the generation: a resume or another reconciler pass meanwhile wins.
      const moved = await db.evaluationTask.updateMany({ where: { id: task.id, queueGeneration: task.queueGeneration, status: task.status }, data: { queueGeneration: generation } });
      if (moved.count === 0) continue;
      const toRun = task.status === 'CANCELLED' ? [] : task.runs.filter((run) => !isTerminal(run.status) && run.status !== 'HELD').map((run) => run.id);
      // A worker still evaluating one of these (its job vanished from Redis) loses its lease here and stops.
      await db.modelRun.updateMany({ where: { id: { in: toRun }, status: 'RUNNING' }, data: { status: 'PENDING', leaseToken: null } });
      await flows.add(taskFlow(task.id, toRun, generation));
      logger.warn({ taskId: task.id, status: task.status, runs: toRun.length, generation }, 'reconciler: task had no live job; enqueued it again');
      requeued.push(task.id);
    }
    return requeued;
  }

  async function tick(): Promise<void> {
    const renewed = leader ? Number(await redis.eval(RENEW_LUA, 1, leaderKey, me, String(intervalMs * 3))) === 1 : false;
    const acquired = renewed || (await redis.set(leaderKey, me, 'PX', intervalMs * 3, 'NX')) === 'OK';
    if (acquired !== leader) logger.info({ leader: acquired }, acquired ? 'reconciler: this worker leads' : 'reconciler: leadership lost');
    leader = acquired;
    if (leader) await reconcileOnce();
  }

  const timer = setInterval(() => {
    running = tick().catch((error: Error) => logger.warn({ err: error.message }, 'reconciler pass failed'));
  }, intervalMs);
  timer.unref();

  return {
    reconcileOnce,
    isLeader: () => leader,
    async stop() {
      clearInterval(timer);
      await running;
      if (leader) await redis.eval(RELEASE_LUA, 1, leaderKey, me).catch(() => {});
    },
  };
}

/**
 * Warns once when the Redis the queue lives in keeps nothing across a restart (no AOF, no RDB
 * snapshots): a restart then loses every queued job (the reconciler re-enqueues the tasks, but
 * progress events and locks are lost too). Managed Redis often refuses CONFIG: then nothing is said.
 */
export async function warnIfRedisHasNoPersistence(redis: Redis, logger: Logger): Promise<boolean> {
  try {
    const [, appendonly] = (await redis.config('GET', 'appendonly')) as [string, string];
    const [, save] = (await redis.config('GET', 'save')) as [string, string];
    if (appendonly === 'no' && (save ?? '').trim() === '') {
      logger.warn(
        { redis: `${redis.options.host}:${redis.options.port}` },
        'Redis has no persistence (appendonly no, no save points): a Redis restart loses queued jobs; the reconciler re-enqueues unfinished tasks, but enable appendonly yes for a clean recovery',
      );
      return true;
    }
  } catch {
    // CONFIG disabled (managed Redis): its persistence is the provider's.
  }
  return false;
}
