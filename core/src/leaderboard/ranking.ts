/**
 * Personalized ranking from cached leaderboard cells: which model is best for this plan?
 *
 * The plan's cells are (fine subject, task type) pairs in the plan's language: plan subjects are
 * expanded (a coarse category → all its fines; [] → every fine subject), task types are the plan's
 * or all three when it has none. Each model's score is the rollup (n-weighted when every cell has
 * n, see rollup.ts) over the plan cells it has data for; models are ranked and tie-grouped by
 * interval overlap, models without an interval by score alone (ties.ts). Coverage = cells found /
 * cells needed, where "needed" counts the plan cells for which ANY model has data (BenchHub has no
 * item for some subject × task type pairs, e.g. Value/Alignment questions about Architecture, so
 * those cells are not counted against anyone). Models compared at
 * different coverage are scored over different cells: read the score with its coverage.
 */
import type { TaskType } from '../benchmark';
import { TASK_TYPES } from '../benchmark';
import { COARSE_CATEGORIES, FINE_CATEGORIES, finesOf, isCoarse, sortSubjects, type FineCategory, type SubjectCategory } from '../taxonomy/categories';
import { normalizeSubject, normalizeTaskType } from '../taxonomy/normalize';
import { rollupCells, type Rollup } from './rollup';
import { intervalTieGroups } from './ties';
import { cellKey, type CellScore } from './types';

export interface RankingPlan {
  language: string;
  /** Coarse and/or fine subjects, loosely spelled; [] = all subjects. */
  subjects: readonly string[];
  /** null = all task types. */
  taskType: string | null;
}

export interface ResolvedPlanCells {
  language: string;
  /** Canonical plan subjects (coarse and/or fine), taxonomy order; [] when the plan has none. */
  subjects: SubjectCategory[];
  /** Fine subjects the plan covers. */
  fineSubjects: FineCategory[];
  taskTypes: TaskType[];
  /** Column subjects: the plan's subjects, or every coarse category when the plan names none. */
  columns: SubjectCategory[];
  /** Every (fine subject, task type) pair of the plan. */
  cells: { subject: FineCategory; taskType: TaskType }[];
  /** Plan subjects that are not in the taxonomy. */
  unknownSubjects: string[];
  /** The task type when it could not be recognised. */
  unknownTaskType: string | null;
}

export function resolvePlanCells(plan: RankingPlan): ResolvedPlanCells {
  const unknownSubjects: string[] = [];
  const subjects = new Set<SubjectCategory>();
  for (const s of plan.subjects) {
    const normalized = normalizeSubject(s);
    if (normalized === null) unknownSubjects.push(s);
    else subjects.add(normalized);
  }
  const canonical = sortSubjects([...subjects]);
  const fines = new Set<FineCategory>();
  if (canonical.length === 0) for (const f of FINE_CATEGORIES) fines.add(f);
  for (const s of canonical) {
    if (isCoarse(s)) for (const f of finesOf(s)) fines.add(f);
    else fines.add(s);
  }
  const fineSubjects = sortSubjects([...fines]);
  let taskTypes: TaskType[] = [...TASK_TYPES];
  let unknownTaskType: string | null = null;
  if (plan.taskType !== null && plan.taskType !== undefined && plan.taskType !== '') {
    const t = normalizeTaskType(plan.taskType);
    if (t === null) unknownTaskType = plan.taskType;
    else taskTypes = [t];
  }
  return {
    language: plan.language,
    subjects: canonical,
    fineSubjects,
    taskTypes,
    columns: canonical.length > 0 ? canonical : [...COARSE_CATEGORIES],
    cells: fineSubjects.flatMap((subject) => taskTypes.map((taskType) => ({ subject, taskType }))),
    unknownSubjects,
    unknownTaskType,
  };
}

/** A cached cell of one model inside the plan. */
export interface RankingCell extends CellScore {
  modelName: string;
  subject: string;
  taskType: string;
}

export interface SubjectColumn extends Rollup {
  /** A plan subject (coarse → n-weighted rollup of its fines), or a coarse category. */
  subject: string;
  cellsFound: number;
  cellsNeeded: number;
}

export interface RankedModel extends Rollup {
  modelName: string;
  /**
   * 1 + the number of models ranked better (a disjoint interval above, or any higher score when either
   * side has no interval), never better than a higher-scoring model's rank (ties.ts). null when the
   * model has no cell in the plan.
   */
  rank: number | null;
  /** Compact letters: tested models share a letter exactly when their intervals overlap. null when unranked or untested. */
  letters: string | null;
  /** False when the score has no interval (unknown n): untested, ranked by score only, no letters. */
  intervalKnown: boolean;
  cellsFound: number;
  cellsNeeded: number;
  /** cellsFound / cellsNeeded (0 when nothing is needed). */
  coverage: number;
  columns: SubjectColumn[];
}

export interface PersonalizedRankingResult {
  plan: ResolvedPlanCells;
  /** |fine subjects| × |task types|. */
  planCells: number;
  /** Plan cells with data for at least one model: the denominator of coverage. */
  cellsNeeded: number;
  /** Ranked models (score order), then models without data (by name). */
  models: RankedModel[];
  tiedGroups: string[][];
}

export interface RankModelsInput {
  plan: RankingPlan;
  /** Models to rank; models without cells are reported unranked. */
  models: readonly string[];
  /** Cells of these models in the plan's language (others are ignored). Quarantined cells must be excluded by the caller. */
  cells: readonly RankingCell[];
  /** cellKey(subject, taskType) of the plan cells with data for any model; defaults to the keys of `cells`. */
  available?: ReadonlySet<string>;
}

export function rankModels(input: RankModelsInput): PersonalizedRankingResult {
  const plan = resolvePlanCells(input.plan);
  const planKeys = new Set(plan.cells.map((c) => cellKey(c.subject, c.taskType)));
  const available = new Set<string>();
  for (const key of input.available ?? new Set(input.cells.map((c) => cellKey(c.subject, c.taskType)))) {
    if (planKeys.has(key)) available.add(key);
  }
  const cellsNeeded = available.size;

  const byModel = new Map<string, RankingCell[]>();
  for (const m of input.models) byModel.set(m, []);
  for (const cell of input.cells) {
    if (!planKeys.has(cellKey(cell.subject, cell.taskType))) continue;
    byModel.get(cell.modelName)?.push(cell);
  }

  const columnFines = plan.columns.map((column) => new Set<string>(isCoarse(column) ? finesOf(column) : [column]));
  const neededIn = columnFines.map((fines) => [...available].filter((key) => fines.has(key.split('\u0000')[0]!)).length);

  const rows = [...byModel].map(([modelName, cells]) => {
    const rollup = rollupCells(cells);
    const columns: SubjectColumn[] = plan.columns.map((subject, i) => {
      const inColumn = cells.filter((c) => columnFines[i]!.has(c.subject));
      return { subject, ...rollupCells(inColumn), cellsFound: inColumn.length, cellsNeeded: neededIn[i]! };
    });
    return {
      modelName,
      ...rollup,
      cellsFound: cells.length,
      cellsNeeded,
      coverage: cellsNeeded === 0 ? 0 : cells.length / cellsNeeded,
      columns,
    };
  });

  const scored = rows
    .filter((r) => r.score !== null)
    .sort((a, b) => b.score! - a.score! || b.coverage - a.coverage || (a.modelName < b.modelName ? -1 : 1));
  const ties = intervalTieGroups(scored.map((r) => ({ key: r.modelName, score: r.score!, ciLow: r.ciLow, ciHigh: r.ciHigh })));
  const tieOf = new Map(ties.ranking.map((t) => [t.key, t]));
  const rowOf = new Map(scored.map((r) => [r.modelName, r]));
  const ranked: RankedModel[] = ties.ranking.map((t) => {
    const row = rowOf.get(t.key)!;
    return { ...row, rank: t.rank, letters: t.letters, intervalKnown: t.intervalKnown };
  });
  const unranked: RankedModel[] = rows
    .filter((r) => !tieOf.has(r.modelName))
    .sort((a, b) => (a.modelName < b.modelName ? -1 : 1))
    .map((r) => ({ ...r, rank: null, letters: null, intervalKnown: false }));

  return { plan, planCells: plan.cells.length, cellsNeeded, models: [...ranked, ...unranked], tiedGroups: ties.groups };
}
