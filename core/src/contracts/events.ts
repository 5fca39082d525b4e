import type { RunStatus, TaskStatus } from './status';

/** Redis pub/sub channels shared by the worker (publisher) and every server instance (relay). */
export const taskProgressChannel = (taskId: string) => `benchhub:task-progress:${taskId}`;
export const LEADERBOARD_UPDATED_CHANNEL = 'benchhub:leaderboard-updated';
/** Per-task counter giving events a total order across worker processes. */
export const taskSequenceKey = (taskId: string) => `benchhub:task-seq:${taskId}`;

export type ProgressEventKind = 'RUN_STARTED' | 'RUN_PROGRESS' | 'RUN_FINISHED' | 'TASK_FINISHED' | 'TASK_STATUS';

export interface RunProgress {
  runId: string;
  modelName: string;
  status: RunStatus;
  done: number;
  total: number;
  correct: number;
  errors: number;
  unparsed: number;
  fromCache: number;
  /** correct / scored so far; null before the first scored sample. */
  accuracy: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  etaSeconds: number | null;
}

export interface LatestSample {
  itemId: string;
  question: string;
  output: string | null;
  extracted: string | null;
  status: string;
}

export interface TaskProgressEvent {
  taskId: string;
  /** Monotonic per task across all workers (Redis INCR). */
  seq: number;
  kind: ProgressEventKind;
  taskStatus: TaskStatus;
  run: RunProgress | null;
  latestSamples: LatestSample[];
  at: string;
}
