import { DelayedError, FlowProducer, Queue, Worker, type Job } from 'bullmq';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import {
  EVALUATION_QUEUE,
  JOB_NAMES,
  runJobId,
  type EvaluateModelJobData,
  type FinalizeTaskJobData,
} from '@benchhub/core/contracts';
import { config, reportConnectionErrors, type Logger, type PrismaClient } from '@benchhub/db';
import { ControlChannel } from './control-channel';
import { closeEndpointLimiter, configureEndpointLimiter } from './models/endpoint-limiter';
import { ProgressPublisher } from './progress-publisher';
import { startReconciler, warnIfRedisHasNoPersistence, type Reconciler } from './reconciler';
import { evaluateModelRun } from './services/model-run.service';
import { failExhaustedRun, finalizeTask } from './services/finalize-task.service';

export interface EvaluationWorkerOptions {
  db: PrismaClient;
  redisUrl: string;
  logger: Logger;
  /** Model runs processed at once by this worker process (each has its own endpoint concurrency). */
  concurrency?: number;
  /** How long a job lock lasts without renewal; a killed worker's job is taken over after about this long. */
  lockDurationMs?: number;
  /** Reconciler pass interval (default 5 s); 0 turns the reconciler off (unit tests). */
  reconcileIntervalMs?: number;
}

export interface RunningEvaluationWorker {
  worker: Worker;
  reconciler: Reconciler | null;
  /** Stops taking jobs, lets in-flight jobs finish (or releases them after `graceMs`), closes connections. */
  close(graceMs?: number): Promise<void>;
}

export function startEvaluationWorker(options: EvaluationWorkerOptions): RunningEvaluationWorker {
  const { db, logger } = options;
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const publisherConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const controlConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  for (const [name, c] of [['queue', connection], ['publisher', publisherConnection], ['control', controlConnection]] as const) reportConnectionErrors(c, logger, `redis (${name})`);
  const publisher = new ProgressPublisher(publisherConnection);
  const control = new ControlChannel(controlConnection, logger);
  const deps = { db, publisher, logger, control };
  const lockDuration = options.lockDurationMs ?? config().WORKER_LOCK_MS;
  const shutdown = new AbortController();
  // Endpoint limits are counted in Redis, across every worker.
  configureEndpointLimiter(options.redisUrl, { logger });

  const worker = new Worker(
    EVALUATION_QUEUE,
    async (job: Job, token?: string, lockLost?: AbortSignal) => {
      if (job.name === JOB_NAMES.evaluateModel) {
        const { taskId, runId, generation } = job.data as EvaluateModelJobData;
        const status = await evaluateModelRun(deps, taskId, runId, shutdown.signal, generation ?? 0, lockLost);
        if (status === 'INTERRUPTED') {
          // Released, not failed: the job waits for the next worker without using up an attempt.
          await job.moveToDelayed(Date.now() + 100, token);
          throw new DelayedError();
        }
        return status;
      }
      if (job.name === JOB_NAMES.finalizeTask) {
        const { taskId, generation } = job.data as FinalizeTaskJobData;
        // Children whose every attempt failed: their reasons become the runs' errors.
        const ignored = await job.getIgnoredChildrenFailures();
        const childFailures = new Map(Object.entries(ignored).map(([key, reason]) => [key.slice(key.lastIndexOf(':') + 1), String(reason)]));
        return finalizeTask(deps, taskId, generation ?? 0, childFailures);
      }
      throw new Error(`Unknown job ${job.name}`);
    },
    {
      connection,
      // A name per process: health counts live workers by distinct connection name (each worker opens two).
      name: `${hostname()}:${process.pid}`,
      concurrency: options.concurrency ?? config().WORKER_CONCURRENCY,
      lockDuration,
      // A killed worker's job is found stalled within lock + stalled interval (5 s + 1 s by default).
      stalledInterval: Math.max(500, Math.min(1000, Math.floor(lockDuration / 4))),
      maxStalledCount: 5,
    },
  );
  // The lock could not be renewed (this process was frozen, or Redis lost the job): stop at once; the
  // run's lease fences any write this attempt still tries.
  worker.on('lockRenewalFailed', (jobIds) => {
    for (const jobId of jobIds) worker.cancelJob(jobId, 'job lock lost');
    logger.warn({ jobIds }, 'job lock lost: stopping those runs');
  });
  worker.on('failed', (job, error) => {
    logger.error({ jobId: job?.id, err: error }, 'job failed');
    if (!job || job.name !== JOB_NAMES.evaluateModel || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    // Every attempt failed: the run becomes FAILED with the reason now (finalize confirms it).
    const { runId, generation } = job.data as EvaluateModelJobData;
    if (job.id !== runJobId(runId, generation ?? 0)) return;
    void failExhaustedRun(db, runId, generation ?? 0, `${error.message} (after ${job.attemptsMade} attempts)`).catch((failure: Error) =>
      logger.warn({ err: failure.message, runId }, 'could not mark the run failed; the finalize job or the reconciler will'),
    );
  });
  worker.on('error', (error) => logger.warn({ err: error.message }, 'worker error'));

  let reconciler: Reconciler | null = null;
  let queue: Queue | null = null;
  let flows: FlowProducer | null = null;
  const reconcileIntervalMs = options.reconcileIntervalMs ?? 5000;
  if (reconcileIntervalMs > 0) {
    queue = new Queue(EVALUATION_QUEUE, { connection: publisherConnection });
    flows = new FlowProducer({ connection: publisherConnection });
    queue.on('error', () => {});
    flows.on('error', () => {});
    reconciler = startReconciler({ db, redis: publisherConnection, queue, flows, logger, intervalMs: reconcileIntervalMs });
    void warnIfRedisHasNoPersistence(publisherConnection, logger);
  }

  return {
    worker,
    reconciler,
    async close(graceMs = 20_000) {
      // In-flight runs store what they have and hand their jobs back; worker.close() waits for that.
      // Past the grace period force-close: the locks lapse and another worker resumes the jobs.
      shutdown.abort();
      await reconciler?.stop();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        worker.close(),
        new Promise<void>((resolve) => {
          timer = setTimeout(() => void worker.close(true).then(resolve, resolve), graceMs);
        }),
      ]);
      clearTimeout(timer);
      await Promise.allSettled([flows?.close(), queue?.close()]);
      await Promise.allSettled([connection.quit(), publisherConnection.quit(), controlConnection.quit(), closeEndpointLimiter()]);
    },
  };
}
