/**
 * The leaderboard pivot: models as rows, subjects (coarse, expandable to fine) as columns, an n-weighted overall
 * column, from the server's personalized ranking over the whole view (language, task type). Pure helpers: the
 * view in the URL, rows from the ranking, sorting, heat colours and cell descriptions.
 */
import { LANGUAGES, TASK_TYPES, isOneOf, type Language, type TaskType } from '$lib/graphql/enums';
import { formatInterval, formatPercent } from '$lib/format';
import type { ResultOf } from '$lib/graphql/graphql';
import type { LeaderboardPivotQuery } from '$lib/graphql/operations';

export interface PivotView {
  language: Language;
  taskType: TaskType | '';
  /** 'rank' (the ranking's order), 'model', 'overall' or a subject column. */
  sort: string;
  dir: 'asc' | 'desc';
  /** Coarse columns shown with their fine subjects. */
  open: string[];
}

export const defaultPivotView = (language: Language = 'ENGLISH'): PivotView => ({ language, taskType: '', sort: 'rank', dir: 'asc', open: [] });

export function pivotViewFromParams(params: URLSearchParams, fallbackLanguage: Language): PivotView {
  const view = defaultPivotView(fallbackLanguage);
  const language = params.get('language')?.toUpperCase() ?? '';
  if (isOneOf(LANGUAGES, language)) view.language = language;
  const taskType = params.get('taskType')?.toUpperCase() ?? '';
  if (isOneOf(TASK_TYPES, taskType)) view.taskType = taskType;
  const sort = params.get('sort');
  if (sort) view.sort = sort;
  const dir = params.get('dir');
  if (dir === 'asc' || dir === 'desc') view.dir = dir;
  else if (sort && sort !== 'rank' && sort !== 'model') view.dir = 'desc';
  view.open = params.getAll('open').filter(Boolean);
  return view;
}

/** The view as URL parameters (language always: the default depends on the UI language). */
export function pivotViewToParams(view: PivotView): URLSearchParams {
  const params = new URLSearchParams();
  params.set('language', view.language);
  if (view.taskType) params.set('taskType', view.taskType);
  if (view.sort !== 'rank') {
    params.set('sort', view.sort);
    params.set('dir', view.dir);
  }
  for (const coarse of view.open) params.append('open', coarse);
  return params;
}

/** What the ranking gives for one score (overall or a subject column). */
export interface ScoreInput {
  score: number | null;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  cells: number;
  cellsWithUnknownN: number;
}

export interface PivotCell extends ScoreInput {
  /** No interval: some pooled cell has unknown n (imported), so the score is a plain mean and untested. */
  untested: boolean;
}

export interface PivotRow {
  model: string;
  rank: number | null;
  letters: string | null;
  overall: PivotCell;
  /** By column subject (coarse or fine). */
  cells: Record<string, PivotCell>;
}

export const toCell = (input: ScoreInput): PivotCell => ({
  score: input.score,
  n: input.n,
  ciLow: input.ciLow,
  ciHigh: input.ciHigh,
  cells: input.cells,
  cellsWithUnknownN: input.cellsWithUnknownN,
  untested: input.score !== null && (input.n === null || input.ciLow === null || input.ciHigh === null),
});

export interface RankingModelInput extends ScoreInput {
  modelName: string;
  rank: number | null;
  tieGroup: string | null;
  intervalKnown: boolean;
  columns: readonly (ScoreInput & { subject: string })[];
}

/**
 * Rows from the ranking of the whole view, plus the fine columns of expanded coarse categories (from rankings of
 * those fines). Letters are kept only for models with an interval: untested models get none.
 */
export function pivotRows(models: readonly RankingModelInput[], fineColumns: readonly (readonly RankingModelInput[])[] = []): PivotRow[] {
  const fines = new Map<string, Record<string, PivotCell>>();
  for (const ranking of fineColumns) {
    for (const model of ranking) {
      const cells = fines.get(model.modelName) ?? {};
      for (const column of model.columns) cells[column.subject] = toCell(column);
      fines.set(model.modelName, cells);
    }
  }
  return models.map((model) => ({
    model: model.modelName,
    rank: model.rank,
    letters: model.intervalKnown ? model.tieGroup : null,
    overall: toCell(model),
    cells: { ...Object.fromEntries(model.columns.map((column) => [column.subject, toCell(column)])), ...fines.get(model.modelName) },
  }));
}

/** Columns with data for at least one model, in the given order. */
export function columnsWithData(columns: readonly string[], rows: readonly PivotRow[]): string[] {
  return columns.filter((column) => rows.some((row) => row.cells[column]?.score !== null && row.cells[column]?.score !== undefined));
}

const byName = (a: PivotRow, b: PivotRow) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0);

/**
 * Rows sorted by a column; models without a score in it always come last (in rank order), whatever the direction.
 * 'rank' keeps the ranking's order (score, then coverage) and reverses it for 'desc'.
 */
export function sortPivotRows(rows: readonly PivotRow[], sort: string, dir: 'asc' | 'desc'): PivotRow[] {
  const order = new Map(rows.map((row, i) => [row.model, i]));
  const sign = dir === 'asc' ? 1 : -1;
  if (sort === 'rank') return [...rows].sort((a, b) => sign * (order.get(a.model)! - order.get(b.model)!));
  if (sort === 'model') return [...rows].sort((a, b) => sign * byName(a, b));
  const scoreOf = (row: PivotRow) => (sort === 'overall' ? row.overall.score : (row.cells[sort]?.score ?? null));
  return [...rows].sort((a, b) => {
    const x = scoreOf(a);
    const y = scoreOf(b);
    if (x === null || y === null) return x === null && y === null ? order.get(a.model)! - order.get(b.model)! : x === null ? 1 : -1;
    return sign * (x - y) || order.get(a.model)! - order.get(b.model)!;
  });
}

/** Next sort after clicking a column header: a new column starts high-to-low (A→Z for names, 1→n for rank). */
export function nextSort(view: Pick<PivotView, 'sort' | 'dir'>, column: string): Pick<PivotView, 'sort' | 'dir'> {
  if (view.sort === column) return { sort: column, dir: view.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: column, dir: column === 'rank' || column === 'model' ? 'asc' : 'desc' };
}

/**
 * Heat colour of a score in [0, 1]: a light-to-dark blue ramp (readable for colour-blind users), with the text colour
 * that keeps contrast. null scores get no colour.
 */
export function heat(score: number | null): { background: string; color: string } | null {
  if (score === null) return null;
  const s = Math.min(1, Math.max(0, score));
  const lightness = Math.round(97 - s * 55);
  return { background: `hsl(214 80% ${lightness}%)`, color: lightness < 60 ? '#ffffff' : '#111827' };
}

/** "72.5% [68.1–76.4%], n = 400" or "72.5%, untested: n unknown (3 cells)". */
export function describeCell(cell: PivotCell, words: { n: string; untested: (cells: number) => string }): string {
  if (cell.score === null) return '—';
  if (cell.untested) return `${formatPercent(cell.score)}, ${words.untested(cell.cells)}`;
  return `${formatPercent(cell.score)} [${formatInterval(cell.ciLow, cell.ciHigh)}], ${words.n} = ${cell.n}`;
}

/** The pivot's ranking of a set of columns (the coarse view, or one coarse category's fine subjects). */
export interface PivotRanking {
  columns: string[];
  models: RankingModelInput[];
}

/** The plan the pivot asks `personalizedRanking` for: the view's language and task type over `subjects` (all: []). */
export function pivotPlan(view: Pick<PivotView, 'language' | 'taskType'>, subjects: string[]) {
  return {
    language: view.language,
    subjects,
    ...(view.taskType ? { taskType: view.taskType } : {}),
    problemType: 'MCQA' as const,
    sampleSize: 1,
  };
}

/** The ranking in an answer, or the message of its validation error. */
export function pivotRankingOf(payload: ResultOf<typeof LeaderboardPivotQuery>['personalizedRanking']): PivotRanking | string {
  if (payload.__typename !== 'QueryPersonalizedRankingSuccess') return 'message' in payload ? payload.message : '';
  return { columns: payload.data.columns, models: payload.data.models.map((m) => ({ ...m, columns: m.columns })) };
}
