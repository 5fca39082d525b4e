import { runningAccuracy } from '@benchhub/core/stats';

export interface RunCounters {
  done: number;
  correct: number;
  errors: number;
  unscored: number;
}

export interface RunStatistics {
  /** Scored samples: errors (no answer) and unscored open-ended items are excluded; unparsed and ambiguous count as wrong. */
  n: number;
  accuracy: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export function runStatistics(run: RunCounters): RunStatistics {
  const n = Math.max(0, run.done - run.errors - run.unscored);
  if (n === 0) return { n, accuracy: null, ciLow: null, ciHigh: null };
  const { accuracy, ciLow, ciHigh } = runningAccuracy(run.correct, n);
  return { n, accuracy, ciLow, ciHigh };
}
