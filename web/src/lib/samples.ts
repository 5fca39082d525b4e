/**
 * The per-question browser's filter, kept in the page URL (so a reload or a shared link shows the same view):
 * ?model=a&model=b&outcome=incorrect&subject=Science/Math&q=text&disagree=1
 */
export const OUTCOMES = ['correct', 'incorrect', 'unparsed', 'ambiguous', 'error', 'unscored'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface SamplesView {
  models: string[];
  outcomes: Outcome[];
  subject: string;
  search: string;
  disagreeOnly: boolean;
}

export const emptyView = (): SamplesView => ({ models: [], outcomes: [], subject: '', search: '', disagreeOnly: false });

const isOutcome = (value: string): value is Outcome => (OUTCOMES as readonly string[]).includes(value);

export function viewFromParams(params: URLSearchParams): SamplesView {
  return {
    models: params.getAll('model').filter(Boolean),
    outcomes: params.getAll('outcome').map((o) => o.toLowerCase()).filter(isOutcome),
    subject: params.get('subject') ?? '',
    search: params.get('q') ?? '',
    disagreeOnly: ['1', 'true', 'yes'].includes((params.get('disagree') ?? '').toLowerCase()),
  };
}

export function viewToParams(view: SamplesView): URLSearchParams {
  const params = new URLSearchParams();
  for (const model of view.models) params.append('model', model);
  for (const outcome of view.outcomes) params.append('outcome', outcome);
  if (view.subject) params.set('subject', view.subject);
  if (view.search.trim()) params.set('q', view.search.trim());
  if (view.disagreeOnly) params.set('disagree', '1');
  return params;
}

type OutcomeEnum = 'CORRECT' | 'INCORRECT' | 'UNPARSED' | 'AMBIGUOUS' | 'ERROR' | 'UNSCORED';

/** The GraphQL SampleFilter for a view (empty fields left out). */
export function filterOf(view: SamplesView): {
  models?: string[];
  outcomes?: OutcomeEnum[];
  subject?: string;
  search?: string;
  disagreeOnly?: boolean;
} {
  return {
    ...(view.models.length ? { models: view.models } : {}),
    ...(view.outcomes.length ? { outcomes: view.outcomes.map((o) => o.toUpperCase() as OutcomeEnum) } : {}),
    ...(view.subject ? { subject: view.subject } : {}),
    ...(view.search.trim() ? { search: view.search.trim() } : {}),
    ...(view.disagreeOnly ? { disagreeOnly: true } : {}),
  };
}

/** Lower-case outcome of a GraphQL SampleOutcome value. */
export const outcomeOf = (status: string): Outcome => {
  const lower = status.toLowerCase();
  return isOutcome(lower) ? lower : 'error';
};

/** A file name for an export of a task's samples. */
export const exportFileName = (taskId: string, format: 'jsonl' | 'csv', view: SamplesView) =>
  `benchhub-${taskId}-samples${viewToParams(view).size > 0 ? '-filtered' : ''}.${format}`;
