/**
 * Leaderboard cells from the samples of a finished run: one cell per (fine subject, task type) with
 * correct / n and a 95% Wilson interval. Shared by the server (upsert after a run) and the worker.
 *
 * Scored samples are correct | incorrect | ambiguous | unparsed (a hedged or unreadable answer counts as wrong);
 * unscored (open-ended without a judge) and error samples are not part of n. A sample tagged with
 * several subjects counts in each of their cells, as in BenchHub. Cells with n = 0 are not produced.
 */
import { SCORED_SAMPLE_STATUSES } from '../contracts/status';
import { wilsonInterval } from '../stats/wilson';
import { coarseOf, subjectOrder } from '../taxonomy/categories';
import { normalizeSubject, normalizeTaskType } from '../taxonomy/normalize';

export const SCORED_STATUSES: ReadonlySet<string> = SCORED_SAMPLE_STATUSES;

export interface CellSampleInput {
  /** The item's "Coarse/Fine" subjects. */
  subjects: readonly string[];
  taskType: string;
  /** correct | incorrect | ambiguous | unparsed | unscored | error */
  status: string;
}

export interface ComputedCell {
  subject: string;
  coarseSubject: string;
  taskType: string;
  correct: number;
  n: number;
  score: number;
  ciLow: number;
  ciHigh: number;
}

/** Canonical spelling of a stored subject when recognisable, else the input unchanged. */
export function canonicalSubject(subject: string): string {
  return normalizeSubject(subject) ?? subject.trim();
}

/** Coarse part of a subject: the text before the FIRST slash ("Social Intelligence/Value/Alignment" → "Social Intelligence"). */
export function coarseSubjectOf(subject: string): string {
  const known = coarseOf(subject);
  if (known !== null) return known;
  const slash = subject.indexOf('/');
  return slash < 0 ? subject : subject.slice(0, slash);
}

export function cellsFromSamples(samples: readonly CellSampleInput[]): ComputedCell[] {
  const counts = new Map<string, { subject: string; taskType: string; correct: number; n: number }>();
  for (const sample of samples) {
    if (!SCORED_STATUSES.has(sample.status)) continue;
    const taskType = normalizeTaskType(sample.taskType) ?? sample.taskType;
    for (const subject of new Set(sample.subjects.map(canonicalSubject))) {
      if (subject === '') continue;
      const key = `${subject}\u0000${taskType}`;
      let entry = counts.get(key);
      if (!entry) counts.set(key, (entry = { subject, taskType, correct: 0, n: 0 }));
      entry.n++;
      if (sample.status === 'correct') entry.correct++;
    }
  }
  const rank = (s: string) => {
    const o = subjectOrder(s);
    return o < 0 ? Number.MAX_SAFE_INTEGER : o;
  };
  return [...counts.values()]
    .sort((a, b) => rank(a.subject) - rank(b.subject) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || (a.taskType < b.taskType ? -1 : 1))
    .map(({ subject, taskType, correct, n }) => {
      const { low, high } = wilsonInterval(correct, n);
      return { subject, coarseSubject: coarseSubjectOf(subject), taskType, correct, n, score: correct / n, ciLow: low, ciHigh: high };
    });
}
