/** Aggregate statistics of one evaluation run (one model on a set of items). */
import type { ScoreStatus } from '../scoring';
import { percentile } from './percentile';
import { wilsonInterval, type Interval } from './wilson';

export interface RunSample {
  correct: boolean | null;
  status: ScoreStatus;
  latencyMs: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  /** Set when the request failed (provider error, timeout): there is no output to score. */
  error: string | null;
  subjects: readonly string[];
  taskType: string;
  fromCache: boolean;
  /** Probability that a uniform random guess is right on this item (1/k for k options, 0 for short-form); null/absent when unknown. */
  chance?: number | null;
}

export interface Pricing {
  /** Price per million input tokens, in the caller's currency. */
  inputPerMTok: number;
  outputPerMTok: number;
}

export interface GroupStats {
  correct: number;
  n: number;
  accuracy: number | null;
  ci: Interval;
}

export interface RunSummary {
  /** All samples, whatever happened to them. */
  total: number;
  /** Scored samples: correct + incorrect + ambiguous + unparsed. The denominator of accuracy. */
  n: number;
  correct: number;
  /** correct / n; null when nothing was scored. */
  accuracy: number | null;
  /** 95% Wilson interval of accuracy. */
  ci: Interval;
  unparsedCount: number;
  /** unparsed / n: how often the answer could not be read (a prompt-following problem). */
  unparsedRate: number | null;
  /** Hedged answers ("B or C", two options marked correct): no credit, counted apart from unparsed. */
  ambiguousCount: number;
  /** ambiguous / n. */
  ambiguousRate: number | null;
  /**
   * Expected accuracy of uniform random guessing on the scored items (mean of 1/k over items with k
   * options, ½ for true/false, 0 for short-form): the chance level to read accuracy against. null
   * when unknown (no scored item says how many options it had).
   */
  chanceAccuracy: number | null;
  /** Failed requests, excluded from n. */
  errorCount: number;
  /** errorCount / total, so a model that fails often cannot hide behind its accuracy. */
  errorRate: number | null;
  /** Open-ended or unscorable items (no gold), excluded from n. */
  unscoredCount: number;
  /** Over successful, non-cached requests only. */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  /** Token totals over every sample, cached or not. */
  tokensIn: number;
  tokensOut: number;
  /** What this run paid: non-cached samples only. null without pricing. */
  estimatedCost: number | null;
  fromCacheCount: number;
  bySubject: Record<string, GroupStats>;
  byTaskType: Record<string, GroupStats>;
}

type Outcome = 'correct' | 'incorrect' | 'unscored' | 'error';

/**
 * How a sample counts:
 * - errored (error set) → reported in errorCount and EXCLUDED from n. An infrastructure failure says
 *   nothing about the model's knowledge, and counting it as wrong would make accuracy depend on provider
 *   uptime; errorRate is reported next to accuracy so frequent failures stay visible.
 * - unscored (open-ended / no gold) → unscoredCount, excluded from n.
 * - unparsed / ambiguous → scored as incorrect: failing to state one answer is the model's failure.
 */
function outcome(sample: RunSample): Outcome {
  if (sample.error !== null) return 'error';
  if (sample.status === 'unparsed' || sample.status === 'ambiguous') return 'incorrect';
  if (sample.correct === null || sample.status === 'unscored') return 'unscored';
  return sample.correct ? 'correct' : 'incorrect';
}

class GroupCounter {
  private readonly counts = new Map<string, { correct: number; n: number }>();

  add(key: string, result: Outcome): void {
    const counts = this.counts.get(key) ?? { correct: 0, n: 0 };
    if (result === 'correct' || result === 'incorrect') counts.n++;
    if (result === 'correct') counts.correct++;
    this.counts.set(key, counts);
  }

  toRecord(): Record<string, GroupStats> {
    const keys = [...this.counts.keys()].sort();
    return Object.fromEntries(
      keys.map((key) => {
        const { correct, n } = this.counts.get(key)!;
        return [key, { correct, n, accuracy: n === 0 ? null : correct / n, ci: wilsonInterval(correct, n) }];
      }),
    );
  }
}

function sumTokens(samples: readonly RunSample[], field: 'tokensIn' | 'tokensOut'): number {
  return samples.reduce((total, s) => total + (s[field] ?? 0), 0);
}

/** Accuracy, interval, failure counts, latency, tokens, cost and per-subject / per-task breakdowns. */
export function summarizeRun(samples: readonly RunSample[], pricing?: Pricing): RunSummary {
  let correct = 0;
  let n = 0;
  let unparsedCount = 0;
  let ambiguousCount = 0;
  let chanceSum = 0;
  let chanceN = 0;
  let errorCount = 0;
  let unscoredCount = 0;
  let fromCacheCount = 0;
  const latencies: number[] = [];
  const bySubject = new GroupCounter();
  const byTaskType = new GroupCounter();

  for (const sample of samples) {
    const result = outcome(sample);
    if (result === 'error') errorCount++;
    else if (result === 'unscored') unscoredCount++;
    else {
      n++;
      if (result === 'correct') correct++;
      if (sample.status === 'unparsed') unparsedCount++;
      if (sample.status === 'ambiguous') ambiguousCount++;
      if (sample.chance !== undefined && sample.chance !== null) {
        chanceSum += sample.chance;
        chanceN++;
      }
    }
    if (sample.fromCache) fromCacheCount++;
    else if (result !== 'error' && sample.latencyMs !== null) latencies.push(sample.latencyMs);
    for (const subject of new Set(sample.subjects)) bySubject.add(subject, result);
    byTaskType.add(sample.taskType, result);
  }

  const paid = samples.filter((s) => !s.fromCache);
  const estimatedCost = pricing
    ? (sumTokens(paid, 'tokensIn') * pricing.inputPerMTok + sumTokens(paid, 'tokensOut') * pricing.outputPerMTok) / 1e6
    : null;

  return {
    total: samples.length,
    n,
    correct,
    accuracy: n === 0 ? null : correct / n,
    ci: wilsonInterval(correct, n),
    unparsedCount,
    unparsedRate: n === 0 ? null : unparsedCount / n,
    ambiguousCount,
    ambiguousRate: n === 0 ? null : ambiguousCount / n,
    chanceAccuracy: chanceN === 0 ? null : chanceSum / chanceN,
    errorCount,
    errorRate: samples.length === 0 ? null : errorCount / samples.length,
    unscoredCount,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    tokensIn: sumTokens(samples, 'tokensIn'),
    tokensOut: sumTokens(samples, 'tokensOut'),
    estimatedCost,
    fromCacheCount,
    bySubject: bySubject.toRecord(),
    byTaskType: byTaskType.toRecord(),
  };
}
