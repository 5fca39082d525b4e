/**
 * "What we already know" on the Evaluate page: the personalized ranking of the edited plan from the cached
 * leaderboard cells (no model is called). Pure helpers: the query variables and the rows to show.
 */
import type { ResultOf, VariablesOf } from '$lib/graphql/graphql';
import type { PersonalizedRankingQuery } from '$lib/graphql/operations';
import { MIN_SAMPLE_SIZE, draftToPlanInput, validateDraft, type PlanDraft } from '$lib/plan';

export type KnownVariables = VariablesOf<typeof PersonalizedRankingQuery>;
type Payload = ResultOf<typeof PersonalizedRankingQuery>['personalizedRanking'];
export type PersonalizedRanking = Extract<Payload, { __typename: 'QueryPersonalizedRankingSuccess' }>['data'];
export type RankedModel = PersonalizedRanking['models'][number];

/**
 * The query variables for a draft and the selected models (none selected = every model with data in the plan).
 * The server reads only language, subjects and task type; an unfinished sample size or seed (being typed) is replaced
 * by a valid value so the panel keeps answering while the field is invalid.
 */
export function knownVariables(draft: PlanDraft, selected: readonly string[]): KnownVariables {
  const plan = draftToPlanInput(draft);
  const issues = new Set(validateDraft(draft).map((issue) => issue.field));
  if (issues.has('sampleSize')) plan.sampleSize = MIN_SAMPLE_SIZE;
  if (issues.has('seed')) delete plan.seed;
  plan.subjects = [...new Set(plan.subjects)].sort();
  const models = [...new Set(selected)].sort();
  return { plan, models: models.length > 0 ? models : null };
}

/** A stable key of the variables: equal keys ask the same question. */
export const knownKey = (variables: KnownVariables): string => JSON.stringify(variables);

export type IntervalView =
  | { kind: 'interval'; low: number; high: number }
  /** Some pooled cell has unknown n (imported): the score is a plain mean without interval. */
  | { kind: 'unknownN' }
  /** No data. */
  | { kind: 'none' };

export interface KnownRow {
  modelName: string;
  rank: number | null;
  /** Tie-group letters ("ab"): models sharing a letter cannot be told apart. */
  letters: string | null;
  score: number | null;
  interval: IntervalView;
  cellsFound: number;
  cellsNeeded: number;
  coverage: number;
  hasData: boolean;
}

export function intervalView(model: Pick<RankedModel, 'score' | 'weighting' | 'ciLow' | 'ciHigh'>): IntervalView {
  if (model.score === null || model.score === undefined) return { kind: 'none' };
  if (model.weighting === 'UNWEIGHTED_UNKNOWN_N') return { kind: 'unknownN' };
  if (typeof model.ciLow === 'number' && typeof model.ciHigh === 'number') return { kind: 'interval', low: model.ciLow, high: model.ciHigh };
  return { kind: 'none' };
}

/** The rows in the server's order (ranked by score, then models without data). */
export function knownRows(ranking: PersonalizedRanking): KnownRow[] {
  return ranking.models.map((model) => {
    const hasData = model.score !== null && model.score !== undefined && model.cellsFound > 0;
    return {
      modelName: model.modelName,
      rank: model.rank ?? null,
      letters: model.tieGroup ?? null,
      score: model.score ?? null,
      interval: intervalView(model),
      cellsFound: model.cellsFound,
      cellsNeeded: model.cellsNeeded,
      coverage: model.coverage,
      hasData,
    };
  });
}

/** The first `limit` rows (all when `limit` is null) and how many are left out. */
export function visibleRows(rows: readonly KnownRow[], limit: number | null): { rows: KnownRow[]; hidden: number } {
  if (limit === null || rows.length <= limit) return { rows: [...rows], hidden: 0 };
  return { rows: rows.slice(0, limit), hidden: rows.length - limit };
}
