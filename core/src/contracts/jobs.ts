/** BullMQ queue and job names, named in one place (server enqueues, worker processes). */
export const EVALUATION_QUEUE = 'benchhub-evaluation';

export const JOB_NAMES = {
  /** Parent job of a task's flow: runs after every model job finished, then finalizes the task. */
  finalizeTask: 'finalize-task',
  /** One child job per (task, model): evaluates the model on the task's items. */
  evaluateModel: 'evaluate-model',
} as const;

export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];

/** Jobs carry ids only: never prompts, keys or endpoint settings (the worker reads them from the database). */
export interface FinalizeTaskJobData {
  taskId: string;
  /**
   * The task's queue generation when this flow was enqueued (hold/resume and retry-failed enqueue a new
   * one). A finalize job from an older generation is stale and does nothing. Absent means 0.
   */
  generation?: number;
}

export interface EvaluateModelJobData {
  taskId: string;
  runId: string;
  /** As for finalize: a model job from an older queue generation than its task's is stale and does nothing. */
  generation?: number;
}

export const taskJobId = (taskId: string) => `task-${taskId}`;
export const runJobId = (runId: string, attempt = 0) => (attempt === 0 ? `run-${runId}` : `run-${runId}-retry${attempt}`);

/** Job options of every evaluation job (server and the worker's reconciler enqueue the same flows). */
export const JOB_DEFAULTS = {
  // Infrastructure failures (database, Redis) retry; model failures are recorded per sample instead.
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/** The job id suffix of a queue generation (generation 0 has none, as before generations existed). */
export const generationSuffix = (generation: number) => (generation === 0 ? '' : `-g${generation}`);
export const finalizeJobId = (taskId: string, generation: number) => `${taskJobId(taskId)}${generationSuffix(generation)}`;

/**
 * A task's BullMQ flow: one parent job (finalize) and one child job per model run, so models run in
 * parallel across workers. Job ids are derived from task/run ids and the queue generation: adding the
 * same generation twice is a no-op, never a duplicate run. Plain data (FlowProducer.add takes it).
 */
export function taskFlow(taskId: string, runIds: readonly string[], generation: number) {
  return {
    name: JOB_NAMES.finalizeTask,
    queueName: EVALUATION_QUEUE,
    data: { taskId, generation } satisfies FinalizeTaskJobData,
    opts: { ...JOB_DEFAULTS, jobId: finalizeJobId(taskId, generation) },
    children: runIds.map((runId) => ({
      name: JOB_NAMES.evaluateModel,
      queueName: EVALUATION_QUEUE,
      data: { taskId, runId, generation } satisfies EvaluateModelJobData,
      // A permanently failed child must not block its task from finalizing.
      opts: { ...JOB_DEFAULTS, jobId: runJobId(runId, generation), ignoreDependencyOnFailure: true },
    })),
  };
}

/** BullMQ job states in which a job will still run (or is running). */
export const LIVE_JOB_STATES: ReadonlySet<string> = new Set(['active', 'waiting', 'delayed', 'prioritized', 'waiting-children', 'paused']);

/**
 * Cancel and hold reach workers over this pub/sub channel (JSON ControlMessage), within milliseconds;
 * workers also poll the database as a fallback. Pub/sub ignores the Redis database index, so the
 * channel names it.
 */
export const controlChannel = (redisDb: number) => `benchhub:db${redisDb}:task-control`;
export interface ControlMessage {
  taskId: string;
  action: 'CANCELLED' | 'HELD';
}

/** While a run cannot store its samples, the error (for GraphQL's ModelRun.storageError), with a short expiry. */
export const runStorageErrorKey = (runId: string) => `benchhub:run-storage-error:${runId}`;

/**
 * Whether a task's current flow still has a job that will run: one of its runs' jobs, or its finalize
 * job (a finalize job waiting for children counts only through a live child). `stateOf` is BullMQ's
 * Queue.getJobState ('unknown' for a job that is gone).
 */
export async function taskHasLiveJob(
  stateOf: (jobId: string) => Promise<string>,
  taskId: string,
  runIds: readonly string[],
  generation: number,
): Promise<boolean> {
  const runStates = await Promise.all(runIds.map((runId) => stateOf(runJobId(runId, generation))));
  if (runStates.some((state) => LIVE_JOB_STATES.has(state))) return true;
  const finalize = await stateOf(finalizeJobId(taskId, generation));
  return LIVE_JOB_STATES.has(finalize) && finalize !== 'waiting-children';
}
