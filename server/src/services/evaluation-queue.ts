import { FlowProducer, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { EVALUATION_QUEUE, taskFlow, taskHasLiveJob } from '@benchhub/core/contracts';

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  waitingChildren: number;
}

/** The evaluation queue as the server sees it: enqueue task flows, report depth and live workers. */
export class EvaluationQueue {
  /** Its Redis connection (the runtime reports its errors). */
  readonly connection: Redis;
  readonly queue: Queue;
  private readonly flows: FlowProducer;

  constructor(redisUrl: string) {
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(EVALUATION_QUEUE, { connection: this.connection });
    this.flows = new FlowProducer({ connection: this.connection });
    // Queue and FlowProducer re-emit connection errors; the connection's own listener reports them once.
    this.queue.on('error', () => {});
    this.flows.on('error', () => {});
  }

  /**
   * One parent job (finalize) per task and one child job per model run, so models run in parallel
   * across workers. Job ids are derived from task/run ids and the queue generation: enqueueing the
   * same generation twice is a no-op, never a duplicate run.
   */
  async enqueueTask(taskId: string, runIds: string[], generation = 0): Promise<void> {
    await this.flows.add(taskFlow(taskId, runIds, generation));
  }

  /** Whether the task's current flow still has a job that will run (resume and retry refuse while it does). */
  async hasLiveJob(taskId: string, runIds: readonly string[], generation: number): Promise<boolean> {
    return taskHasLiveJob((jobId) => this.queue.getJobState(jobId), taskId, runIds, generation);
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
