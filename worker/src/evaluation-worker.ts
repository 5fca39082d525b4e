import { DelayedError, Worker, type Job } from 'bullmq';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import {
  EVALUATION_QUEUE,
  JOB_NAMES,
  type EvaluateModelJobData,
  type FinalizeTaskJobData,
} from '@benchhub/core/contracts';
import { config, type Logger, type PrismaClient } from '@benchhub/db';
import { closeEndpointLimiter, configureEndpointLimiter } from './models/endpoint-limiter';
import { ProgressPublisher } from './progress-publisher';
import { evaluateModelRun } from './services/model-run.service';
import { finalizeTask } from './services/finalize-task.service';

export interface EvaluationWorkerOptions {
  db: PrismaClient;
  redisUrl: string;
  logger: Logger;
  /** Model runs processed at once by this worker process (each has its own endpoint concurrency). */
  concurrency?: number;
  /** How long a job lock lasts without renewal; a killed worker's job is taken over after about this long. */
  lockDurationMs?: number;
}

export interface RunningEvaluationWorker {
  worker: Worker;
  /** Stops taking jobs, lets in-flight jobs finish (or releases them after `graceMs`), closes connections. */
  close(graceMs?: number): Promise<void>;
}

export function startEvaluationWorker(options: EvaluationWorkerOptions): RunningEvaluationWorker {
  const { db, logger } = options;
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const publisherConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const publisher = new ProgressPublisher(publisherConnection);
  const deps = { db, publisher, logger };
  const lockDuration = options.lockDurationMs ?? config().WORKER_LOCK_MS;
  const shutdown = new AbortController();
  // Endpoint limits are counted in Redis, across every worker.
  configureEndpointLimiter(options.redisUrl, { logger });

  const worker = new Worker(
    EVALUATION_QUEUE,
    async (job: Job, token?: string) => {
      if (job.name === JOB_NAMES.evaluateModel) {
        const { taskId, runId, generation } = job.data as EvaluateModelJobData;
        const status = await evaluateModelRun(deps, taskId, runId, shutdown.signal, generation ?? 0);
        if (status === 'INTERRUPTED') {
          // Released, not failed: the job waits for the next worker without using up an attempt.
          await job.moveToDelayed(Date.now() + 100, token);
          throw new DelayedError();
        }
        return status;
      }
      if (job.name === JOB_NAMES.finalizeTask) {
        const { taskId, generation } = job.data as FinalizeTaskJobData;
        return finalizeTask(deps, taskId, generation ?? 0);
      }
      throw new Error(`Unknown job ${job.name}`);
    },
    {
      connection,
      // A name per process: health counts live workers by distinct connection name (each worker opens two).
      name: `${hostname()}:${process.pid}`,
      concurrency: options.concurrency ?? config().WORKER_CONCURRENCY,
      lockDuration,
      stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
      maxStalledCount: 5,
    },
  );
  worker.on('failed', (job, error) => logger.error({ jobId: job?.id, err: error }, 'job failed'));
  worker.on('error', (error) => logger.error({ err: error }, 'worker error'));

  return {
    worker,
    async close(graceMs = 20_000) {
      // In-flight runs store what they have and hand their jobs back; worker.close() waits for that.
      // Past the grace period force-close: the locks lapse and another worker resumes the jobs.
      shutdown.abort();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        worker.close(),
        new Promise<void>((resolve) => {
          timer = setTimeout(() => void worker.close(true).then(resolve, resolve), graceMs);
        }),
      ]);
      clearTimeout(timer);
      await Promise.allSettled([connection.quit(), publisherConnection.quit(), closeEndpointLimiter()]);
    },
  };
}
