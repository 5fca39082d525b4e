/** A task's result: per-model statistics, paired tests on shared items, and tied groups. */
import { SCORED_SAMPLE_STATUSES } from './contracts/status';
import { intervalTieGroups } from './leaderboard/ties';
import { mcnemarPTest, pairwiseMcNemar, tiedGroups, type RunSummary } from './stats';

export interface TaskRunInput {
  runId: string;
  modelName: string;
  source: string;
  status: string;
  error: string | null;
  summary: unknown;
}

export interface TaskSampleInput {
  runId: string;
  itemId: string;
  status: string;
}

export interface ModelResult {
  runId: string;
  modelName: string;
  source: string;
  status: string;
  error: string | null;
  /**
   * 1 + the number of models significantly better, never better than a higher-accuracy model's rank
   * (stats/letters.ts). null when unranked (nothing scored).
   */
  rank: number | null;
  /** Compact letter display: models share a letter exactly when they do not differ significantly. null: unranked or untested. */
  letters: string | null;
  summary: RunSummary | null;
}

export interface PairwiseResult {
  modelA: string;
  modelB: string;
  sharedItems: number;
  onlyACorrect: number;
  onlyBCorrect: number;
  pValue: number;
  adjustedP: number;
  significant: boolean;
}

/**
 * How models were compared: PAIRED — exact McNemar tests on shared items (Holm-adjusted), tied groups at alpha;
 * INTERVALS — some numbers came from cached cells, so models are separated only by non-overlapping 95% intervals.
 * Clients say the method in their own language by this code; `method` is the English sentence.
 */
export type ResultMethodKind = 'PAIRED' | 'INTERVALS';

export interface TaskResult {
  alpha: number;
  method: string;
  methodKind: ResultMethodKind;
  /** Ranked models first (by accuracy), then models with nothing scored. */
  models: ModelResult[];
  pairwise: PairwiseResult[];
  /** One group per letter: models no test separates (model names, ranking order); groups may overlap. */
  tiedGroups: string[][];
}

export const RESULT_ALPHA = 0.05;

export function buildTaskResult(runs: TaskRunInput[], samples: TaskSampleInput[]): TaskResult {
  const nameOf = new Map(runs.map((run) => [run.runId, run.modelName]));
  const outcomes = new Map<string, Map<string, boolean>>();
  for (const run of runs) outcomes.set(run.modelName, new Map());
  for (const sample of samples) {
    const name = nameOf.get(sample.runId);
    if (name === undefined || !SCORED_SAMPLE_STATUSES.has(sample.status)) continue;
    outcomes.get(name)!.set(sample.itemId, sample.status === 'correct');
  }

  const summaries = new Map(runs.map((run) => [run.modelName, (run.summary as RunSummary | null) ?? null]));
  const rankable = runs.filter((run) => (summaries.get(run.modelName)?.n ?? 0) > 0);
  const rankableOutcomes = new Map(rankable.map((run) => [run.modelName, outcomes.get(run.modelName)!]));
  if (rankable.some((run) => run.source === 'CACHED')) return intervalResult(runs, rankable, summaries);
  const groups = tiedGroups(
    rankable.map((run) => ({ key: run.modelName, accuracy: summaries.get(run.modelName)!.accuracy ?? 0 })),
    mcnemarPTest(rankableOutcomes),
    RESULT_ALPHA,
  );
  const raw = new Map(pairwiseMcNemar(rankableOutcomes).map((c) => [`${c.a}\u0000${c.b}`, c]));
  const pairwise = groups.comparisons.map((c) => {
    const counts = raw.get(`${c.a}\u0000${c.b}`) ?? raw.get(`${c.b}\u0000${c.a}`);
    const swapped = counts !== undefined && counts.a !== c.a;
    return {
      modelA: c.a,
      modelB: c.b,
      sharedItems: counts?.shared ?? 0,
      onlyACorrect: (swapped ? counts?.onlyB : counts?.onlyA) ?? 0,
      onlyBCorrect: (swapped ? counts?.onlyA : counts?.onlyB) ?? 0,
      pValue: c.pValue,
      adjustedP: c.adjustedP,
      significant: c.significant,
    };
  });

  return {
    alpha: RESULT_ALPHA,
    method: 'Accuracy with 95% Wilson intervals; exact McNemar tests on shared items, Holm-adjusted; tied groups at alpha 0.05.',
    methodKind: 'PAIRED',
    models: rankedThenUnranked(runs, summaries, groups.ranking),
    pairwise,
    tiedGroups: groups.groups,
  };
}

/** Ranked models in ranking order, then the models that could not be ranked (nothing scored). */
function rankedThenUnranked(
  runs: TaskRunInput[],
  summaries: Map<string, RunSummary | null>,
  ranking: Array<{ key: string; rank: number; letters: string | null }>,
): ModelResult[] {
  const byName = new Map(runs.map((run) => [run.modelName, run]));
  const toResult = (run: TaskRunInput, rank: number | null, letters: string | null): ModelResult => ({
    runId: run.runId,
    modelName: run.modelName,
    source: run.source,
    status: run.status,
    error: run.error,
    rank,
    letters,
    summary: summaries.get(run.modelName) ?? null,
  });
  const rankedNames = new Set(ranking.map((entry) => entry.key));
  return [
    ...ranking.map((entry) => toResult(byName.get(entry.key)!, entry.rank, entry.letters)),
    ...runs.filter((run) => !rankedNames.has(run.modelName)).map((run) => toResult(run, null, null)),
  ];
}

/**
 * Results involving cached models: their numbers come from stored cells (other runs, other items),
 * so no paired test exists; models are separated only when their 95% intervals do not overlap.
 */
function intervalResult(runs: TaskRunInput[], rankable: TaskRunInput[], summaries: Map<string, RunSummary | null>): TaskResult {
  const ties = intervalTieGroups(
    rankable.map((run) => {
      const summary = summaries.get(run.modelName)!;
      return { key: run.modelName, score: summary.accuracy ?? 0, ciLow: summary.ci?.low ?? null, ciHigh: summary.ci?.high ?? null };
    }),
  );
  return {
    alpha: RESULT_ALPHA,
    method:
      'Some models were answered from cached leaderboard cells (other runs and items), so no paired test applies: ' +
      'models are separated only when their 95% Wilson intervals do not overlap; a model without an interval is ranked by its score, untested.',
    methodKind: 'INTERVALS',
    models: rankedThenUnranked(runs, summaries, ties.ranking),
    pairwise: [],
    tiedGroups: ties.groups,
  };
}
