import { describe, expect, it } from 'vitest';
import { emptyView, exportFileName, filterOf, outcomeOf, viewFromParams, viewToParams } from './samples';

describe('per-question browser view in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const view = { models: ['a', 'b/c'], outcomes: ['incorrect', 'ambiguous'] as const, subject: 'Science/Math', search: '수학 x', disagreeOnly: true };
    const params = viewToParams({ ...view, outcomes: [...view.outcomes] });
    expect(params.toString()).toBe('model=a&model=b%2Fc&outcome=incorrect&outcome=ambiguous&subject=Science%2FMath&q=%EC%88%98%ED%95%99+x&disagree=1');
    expect(viewFromParams(new URLSearchParams(params.toString()))).toEqual({ ...view, outcomes: [...view.outcomes] });
  });

  it('drops unknown outcomes and reads an empty URL as the unfiltered view', () => {
    expect(viewFromParams(new URLSearchParams('outcome=wrong&outcome=CORRECT'))).toEqual({ ...emptyView(), outcomes: ['correct'] });
    expect(viewFromParams(new URLSearchParams(''))).toEqual(emptyView());
    expect(viewToParams(emptyView()).toString()).toBe('');
  });

  it('builds the GraphQL filter with only what is set', () => {
    expect(filterOf(emptyView())).toEqual({});
    expect(filterOf({ ...emptyView(), outcomes: ['unparsed'], search: '  x ', disagreeOnly: true })).toEqual({
      outcomes: ['UNPARSED'],
      search: 'x',
      disagreeOnly: true,
    });
  });

  it('names outcomes and export files', () => {
    expect(outcomeOf('AMBIGUOUS')).toBe('ambiguous');
    expect(exportFileName('t1', 'csv', emptyView())).toBe('benchhub-t1-samples.csv');
    expect(exportFileName('t1', 'jsonl', { ...emptyView(), models: ['m'] })).toBe('benchhub-t1-samples-filtered.jsonl');
  });
});
