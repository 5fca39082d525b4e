/**
 * Folds `taskProgress` events into what the task page shows: the latest counters of every run and a feed
 * of recent samples. Pure, so the same logic serves the first replay (seq 0) and live updates.
 */
import type { ResultOf } from '$lib/graphql/graphql';
import type { TaskProgressSubscription } from '$lib/graphql/operations';
import { parseCachedInfo, type CachedInfo } from '$lib/result';

export type ProgressEvent = ResultOf<typeof TaskProgressSubscription>['taskProgress'];
export type RunProgress = NonNullable<ProgressEvent['run']>;
export type TaskStatus = ProgressEvent['taskStatus'];

export interface FeedItem {
  /** Stable key for keyed lists. */
  key: string;
  modelName: string;
  itemId: string;
  question: string;
  output: string | null;
  extracted: string | null;
  status: string;
  at: string;
}

export interface ProgressState {
  taskStatus: TaskStatus | null;
  /** Latest progress per run id. */
  runs: Record<string, RunProgress>;
  /** Newest first, at most `feedLimit`. */
  feed: FeedItem[];
  /** Highest live seq applied; replayed events (seq 0) do not move it. */
  lastSeq: number;
  finished: boolean;
}

export const FEED_LIMIT = 40;

export function initialProgress(): ProgressState {
  return { taskStatus: null, runs: {}, feed: [], lastSeq: 0, finished: false };
}

const TERMINAL = new Set<string>(['SUCCEEDED', 'FAILED', 'CANCELLED']);
export const isTerminalStatus = (status: string | null | undefined): boolean => status != null && TERMINAL.has(status);

/**
 * Applies one event. Live events (seq > 0) older than one already applied are ignored (events can arrive out of
 * order across workers); replay events (seq 0) always apply, since they are the stored truth.
 */
export function applyProgressEvent(state: ProgressState, event: ProgressEvent, feedLimit = FEED_LIMIT): ProgressState {
  const live = event.seq > 0;
  if (live && event.seq <= state.lastSeq) return state;
  const runs = { ...state.runs };
  if (event.run) {
    const previous = runs[event.run.runId];
    // A stale counter must not move progress backwards (e.g. a replay racing with a live event).
    if (!previous || !live || event.run.done >= previous.done || event.run.status !== previous.status) {
      runs[event.run.runId] = event.run;
    }
  }
  let feed = state.feed;
  if (event.latestSamples.length > 0) {
    const modelName = event.run?.modelName ?? '';
    const seen = new Set(feed.map((item) => item.key));
    const incoming: FeedItem[] = [];
    for (const sample of event.latestSamples) {
      const key = `${event.run?.runId ?? ''}:${sample.itemId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incoming.push({ key, modelName, ...sample, at: event.at });
    }
    feed = [...incoming.reverse(), ...feed].slice(0, feedLimit);
  }
  return {
    taskStatus: nextTaskStatus(state.taskStatus, event),
    runs,
    feed,
    lastSeq: live ? event.seq : state.lastSeq,
    finished: state.finished || event.kind === 'TASK_FINISHED',
  };
}

/**
 * The task status after an event. TASK_STATUS and TASK_FINISHED events carry the stored task status; run events
 * carry the worker's view ("RUNNING"), which only moves a pending task forward and must not undo a hold or cancel
 * that a late run event raced with.
 */
function nextTaskStatus(current: TaskStatus | null, event: ProgressEvent): TaskStatus {
  if (event.kind === 'TASK_STATUS' || event.kind === 'TASK_FINISHED') return event.taskStatus;
  if (current === null || current === 'PENDING') return event.taskStatus;
  return current;
}

/** ✓ for correct, ✗ for incorrect/ambiguous/unparsed (no credit), and a neutral mark otherwise. */
export function sampleMark(status: string): '✓' | '✗' | '!' | '·' {
  if (status === 'correct') return '✓';
  if (status === 'incorrect' || status === 'ambiguous' || status === 'unparsed') return '✗';
  if (status === 'error') return '!';
  return '·';
}

/** One model's card on the task page. */
export interface RunView {
  runId: string;
  modelName: string;
  status: string;
  source: 'LIVE' | 'CACHED';
  done: number;
  total: number;
  errors: number;
  unparsed: number;
  ambiguous: number;
  fromCache: number;
  accuracy: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  etaSeconds: number | null;
  error: string | null;
  /** RUNNING without a stored sample for longer than the server's RUN_STALLED_MS. */
  stalled: boolean;
  /** Set while the worker cannot store this run's samples (retried; none lost). */
  storageError: string | null;
  /** CACHED runs: the leaderboard cells behind the numbers (they have no samples). */
  cached: CachedInfo | null;
}

export interface StoredRun {
  id: string;
  modelName: string;
  status: string;
  source: 'LIVE' | 'CACHED';
  total: number;
  done: number;
  correct: number;
  unparsed: number;
  ambiguous: number;
  unscored: number;
  errors: number;
  fromCache: number;
  error: string | null;
  stalled?: boolean;
  storageError?: string | null;
  /** ModelRun.summary (JSON); CACHED runs carry `cached` provenance in it. */
  summary?: unknown;
}

/**
 * Cards from the stored runs (the task query) overlaid with the latest event of each run. Runs only known from
 * events (a task loaded before its runs existed) are appended. Accuracy from counters uses the Wilson interval.
 */
export function buildRunViews<R extends StoredRun>(
  stored: readonly R[],
  live: Readonly<Record<string, RunProgress>>,
  accuracyOf: (run: R) => { accuracy: number | null; ciLow: number | null; ciHigh: number | null },
): RunView[] {
  const views: RunView[] = stored.map((run) => {
    const event = live[run.id];
    const cached = run.source === 'CACHED' ? parseCachedInfo(run.summary) : null;
    // A finished stored run is final; otherwise the newer of the stored counters and the latest event wins.
    if (event && !isTerminalStatus(run.status) && (event.done >= run.done || isTerminalStatus(event.status))) {
      return {
        runId: run.id,
        modelName: event.modelName,
        status: event.status,
        source: run.source,
        done: event.done,
        total: event.total,
        errors: event.errors,
        unparsed: event.unparsed,
        ambiguous: event.ambiguous,
        fromCache: event.fromCache,
        accuracy: event.accuracy ?? null,
        ciLow: event.ciLow ?? null,
        ciHigh: event.ciHigh ?? null,
        etaSeconds: event.etaSeconds ?? null,
        error: run.error,
        // A newer event than the stored row means progress since: no longer stalled.
        stalled: (run.stalled ?? false) && event.done <= run.done,
        storageError: event.storageError ?? null,
        cached,
      };
    }
    return {
      runId: run.id,
      modelName: run.modelName,
      status: run.status,
      source: run.source,
      done: run.done,
      total: run.total,
      errors: run.errors,
      unparsed: run.unparsed,
      ambiguous: run.ambiguous,
      fromCache: run.fromCache,
      ...accuracyOf(run),
      etaSeconds: null,
      error: run.error,
      stalled: run.stalled ?? false,
      storageError: run.storageError ?? null,
      cached,
    };
  });
  const known = new Set(stored.map((run) => run.id));
  for (const event of Object.values(live)) {
    if (known.has(event.runId)) continue;
    views.push({
      runId: event.runId,
      modelName: event.modelName,
      status: event.status,
      source: 'LIVE',
      done: event.done,
      total: event.total,
      errors: event.errors,
      unparsed: event.unparsed,
      ambiguous: event.ambiguous,
      fromCache: event.fromCache,
      accuracy: event.accuracy ?? null,
      ciLow: event.ciLow ?? null,
      ciHigh: event.ciHigh ?? null,
      etaSeconds: event.etaSeconds ?? null,
      error: null,
      stalled: false,
      storageError: event.storageError ?? null,
      cached: null,
    });
  }
  return views.sort((a, b) => a.modelName.localeCompare(b.modelName));
}
