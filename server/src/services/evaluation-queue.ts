import { FlowProducer, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { EVALUATION_QUEUE, JOB_NAMES, runJobId, taskJobId, type EvaluateModelJobData, type FinalizeTaskJobData } from '@benchhub/core/contracts';

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  waitingChildren: number;
}

const JOB_DEFAULTS = {
  // Infrastructure failures (database, Redis) retry; model failures are recorded per sample instead.
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/** The evaluation queue as the server sees it: enqueue task flows, report depth and live workers. */
export class EvaluationQueue {
  private readonly connection: Redis;
  readonly queue: Queue;
  private readonly flows: FlowProducer;

  constructor(redisUrl: string) {
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(EVALUATION_QUEUE, { connection: this.connection });
    this.flows = new FlowProducer({ connection: this.connection });
  }

  /**
   * One parent job (finalize) per task and one child job per model run, so models run in parallel
   * across workers. Job ids are derived from task/run ids and the queue generation: enqueueing the
   * same generation twice is a no-op, never a duplicate run.
   */
  async enqueueTask(taskId: string, runIds: string[], generation = 0): Promise<void> {
    const suffix = generation === 0 ? '' : `-g${generation}`;
    await this.flows.add({
      name: JOB_NAMES.finalizeTask,
      queueName: EVALUATION_QUEUE,
      data: { taskId, generation } satisfies FinalizeTaskJobData,
      opts: { ...JOB_DEFAULTS, jobId: `${taskJobId(taskId)}${suffix}` },
      children: runIds.map((runId) => ({
        name: JOB_NAMES.evaluateModel,
        queueName: EVALUATION_QUEUE,
        data: { taskId, runId, generation } satisfies EvaluateModelJobData,
        // A permanently failed child must not block its task from finalizing.
        opts: { ...JOB_DEFAULTS, jobId: runJobId(runId, generation), ignoreDependencyOnFailure: true },
      })),
    });
  }

  async counts(): Promise<QueueCounts> {
    const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'waiting-children');
    return {
      waiting: c.waiting ?? 0,
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
      completed: c.completed ?? 0,
      waitingChildren: c['waiting-children'] ?? 0,
    };
  }

  /** Worker processes connected to the queue: BullMQ names their Redis connections; each worker has two. */
  async liveWorkers(): Promise<number> {
    const connections = await this.queue.getWorkers();
    return new Set(connections.map((connection) => connection.name)).size;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.flows.close(), this.queue.close()]);
    await this.connection.quit().catch(() => {});
  }
}
