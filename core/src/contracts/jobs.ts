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
