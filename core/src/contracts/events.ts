import type { RunStatus, TaskStatus } from './status';

/** Redis pub/sub channels shared by the worker (publisher) and every server instance (relay). */
export const taskProgressChannel = (taskId: string) => `benchhub:task-progress:${taskId}`;
/**
 * Redis pub/sub ignores the database index: deployments sharing one Redis server on different
 * indexes would hear each other's leaderboard events, so the channel names the index.
 */
export const leaderboardUpdatedChannel = (redisDb: number) => `benchhub:db${redisDb}:leaderboard-updated`;
/** Published after a live run's results were written into leaderboard cells. */
export interface LeaderboardUpdatedEvent {
  taskId: string;
  modelNames: string[];
  language: string;
  /** Cells written (one per subject × task type). */
  cells: number;
  at: string;
}

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
  /** Hedged answers ("B or C"): no credit, counted apart from unparsed. */
  ambiguous: number;
  fromCache: number;
  /** correct / scored so far; null before the first scored sample. */
  accuracy: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  etaSeconds: number | null;
  /** Set while the run cannot store its samples (they wait in the worker and are retried); null once it can again. */
  storageError?: string | null;
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

/**
 * Lua for Redis EVAL: numbers and publishes an event atomically, so the per-task sequence order is
 * the order subscribers receive events in, whichever process (worker or server) publishes.
 * KEYS[1] = taskSequenceKey, KEYS[2] = taskProgressChannel, ARGV[1] = the event JSON without its leading "{".
 */
export const PUBLISH_WITH_SEQUENCE_LUA = `
local seq = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], 604800000)
redis.call('PUBLISH', KEYS[2], '{"seq":' .. seq .. ',' .. ARGV[1])
return seq`;
