/**
 * Pure helpers of the leaderboard page: the filter state and its three spellings (GraphQL variables, the page URL,
 * the export URL), and the rows of the top-models chart from n-weighted rollups.
 */
import type { ResultOf, VariablesOf } from '$lib/graphql/graphql';
import { pageVariables, type PageCursor } from '$lib/paging';
import type { LeaderboardQuery, LeaderboardRollupsQuery } from '$lib/graphql/operations';

import { LANGUAGES, LEADERBOARD_ORDERS, TASK_TYPES, isOneOf, type Language, type LeaderboardOrder, type TaskType } from '$lib/graphql/enums';

export { LANGUAGES, TASK_TYPES };
export type { Language, LeaderboardOrder, TaskType };
export const ORDERS = LEADERBOARD_ORDERS;

type Variables = VariablesOf<typeof LeaderboardQuery>;
export type LeaderboardFilterInput = NonNullable<Variables['filter']>;
export type LeaderboardEntry = ResultOf<typeof LeaderboardQuery>['leaderboard']['edges'][number]['node'];
export type LeaderboardRollup = ResultOf<typeof LeaderboardRollupsQuery>['leaderboardRollups'][number];

export const DEFAULT_ORDER: LeaderboardOrder = 'SCORE_DESC';
/** Entries per page of the cells table. */
export const LEADERBOARD_PAGE_SIZE = 25;

/** What the filter controls hold ('' = any). */
export interface LeaderboardView {
  language: Language | '';
  /** A coarse ("Science") or fine ("Science/Math") subject. */
  subject: string;
  taskType: TaskType | '';
  model: string;
  includeQuarantined: boolean;
  orderBy: LeaderboardOrder;
}

export const emptyView = (): LeaderboardView => ({
  language: '',
  subject: '',
  taskType: '',
  model: '',
  includeQuarantined: false,
  orderBy: DEFAULT_ORDER,
});

const isLanguage = (value: string): value is Language => isOneOf(LANGUAGES, value);
const isTaskType = (value: string): value is TaskType => isOneOf(TASK_TYPES, value);
const isOrder = (value: string): value is LeaderboardOrder => isOneOf(ORDERS, value);

/** The GraphQL LeaderboardFilter (blank fields omitted). */
export function viewToFilter(view: LeaderboardView): LeaderboardFilterInput {
  const model = view.model.trim();
  return {
    ...(view.language ? { language: view.language } : {}),
    ...(view.subject ? { subject: view.subject } : {}),
    ...(view.taskType ? { taskType: view.taskType } : {}),
    ...(model ? { modelSearch: model } : {}),
    ...(view.includeQuarantined ? { includeQuarantined: true } : {}),
  };
}

/**
 * The view as query parameters, shared by the page URL and the export endpoint
 * (language, subject, taskType, model, includeQuarantined, orderBy; defaults omitted).
 */
export function viewToParams(view: LeaderboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.language) params.set('language', view.language);
  if (view.subject) params.set('subject', view.subject);
  if (view.taskType) params.set('taskType', view.taskType);
  const model = view.model.trim();
  if (model) params.set('model', model);
  if (view.includeQuarantined) params.set('includeQuarantined', 'true');
  if (view.orderBy !== DEFAULT_ORDER) params.set('orderBy', view.orderBy);
  return params;
}

/** Reads a view from the page URL; unknown values fall back to the defaults. */
export function paramsToView(params: URLSearchParams): LeaderboardView {
  const view = emptyView();
  const language = params.get('language')?.toUpperCase() ?? '';
  if (isLanguage(language)) view.language = language;
  view.subject = params.get('subject')?.trim() ?? '';
  const taskType = params.get('taskType')?.toUpperCase() ?? '';
  if (isTaskType(taskType)) view.taskType = taskType;
  view.model = params.get('model') ?? '';
  view.includeQuarantined = ['1', 'true', 'yes'].includes((params.get('includeQuarantined') ?? '').toLowerCase());
  const order = params.get('orderBy')?.toUpperCase() ?? '';
  if (isOrder(order)) view.orderBy = order;
  return view;
}

/** `/export/leaderboard.csv?…` (or .json) for the current view. */
export function exportHref(format: 'csv' | 'json', view: LeaderboardView): string {
  const query = viewToParams(view).toString();
  return `/export/leaderboard.${format}${query ? `?${query}` : ''}`;
}

export function isFiltered(view: LeaderboardView): boolean {
  return Boolean(view.language || view.subject || view.taskType || view.model.trim() || view.includeQuarantined);
}

/** The order a sortable column header toggles to, and the aria-sort it shows. */
export const SORTABLE_COLUMNS = {
  score: { orders: ['SCORE_DESC', 'SCORE_ASC'] },
  model: { orders: ['MODEL_ASC'] },
  subject: { orders: ['SUBJECT_ASC'] },
  updated: { orders: ['UPDATED_DESC'] },
} as const satisfies Record<string, { orders: readonly LeaderboardOrder[] }>;
export type SortableColumn = keyof typeof SORTABLE_COLUMNS;

export function nextOrder(column: SortableColumn, current: LeaderboardOrder): LeaderboardOrder {
  const orders: readonly LeaderboardOrder[] = SORTABLE_COLUMNS[column].orders;
  const index = orders.indexOf(current);
  return orders[(index + 1) % orders.length] ?? orders[0]!;
}

export function ariaSort(column: SortableColumn, current: LeaderboardOrder): 'ascending' | 'descending' | 'none' {
  const orders: readonly LeaderboardOrder[] = SORTABLE_COLUMNS[column].orders;
  if (!orders.includes(current)) return 'none';
  return current.endsWith('_DESC') ? 'descending' : 'ascending';
}

/** One bar of the top-models chart. */
export interface ChartRow {
  /** Unique axis label: the model name, with the language when the view spans both. */
  label: string;
  modelName: string;
  language: Language;
  score: number;
  /** The 95% Wilson interval; null when the score is an unweighted mean (some cell has unknown n). */
  range: [number, number] | null;
  weighted: boolean;
  n: number | null;
  cells: number;
  cellsWithUnknownN: number;
}

export const LANGUAGE_SHORT: Record<Language, string> = { KOREAN: 'KO', ENGLISH: 'EN' };

/**
 * The best `limit` pooled scores of the view (OVERALL rollups across task types: one per model and language),
 * best first. Rollups without a score are dropped. Labels carry the language only when both languages appear.
 */
export function topModelRows(rollups: readonly LeaderboardRollup[], limit = 10): ChartRow[] {
  const scored = rollups.filter((r): r is LeaderboardRollup & { score: number } => typeof r.score === 'number' && Number.isFinite(r.score));
  const languages = new Set(scored.map((r) => r.language));
  return [...scored]
    .sort((a, b) => b.score - a.score || a.modelName.localeCompare(b.modelName) || a.language.localeCompare(b.language))
    .slice(0, limit)
    .map((r) => {
      const weighted = r.weighting === 'N_WEIGHTED';
      const range: [number, number] | null =
        weighted && typeof r.ciLow === 'number' && typeof r.ciHigh === 'number' ? [r.ciLow, r.ciHigh] : null;
      return {
        label: languages.size > 1 ? `${r.modelName} · ${LANGUAGE_SHORT[r.language]}` : r.modelName,
        modelName: r.modelName,
        language: r.language,
        score: r.score,
        range,
        weighted,
        n: r.n ?? null,
        cells: r.cells,
        cellsWithUnknownN: r.cellsWithUnknownN,
      };
    });
}

/** The cells table's query variables: the view's filter and order, one page at `cursor` (the first: {}). */
export function leaderboardVariables(view: LeaderboardView, cursor: PageCursor): Variables {
  return { ...pageVariables(cursor, LEADERBOARD_PAGE_SIZE), filter: viewToFilter(view), orderBy: view.orderBy };
}
