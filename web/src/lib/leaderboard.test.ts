import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  emptyView,
  exportHref,
  isFiltered,
  nextOrder,
  paramsToView,
  topModelRows,
  viewToFilter,
  viewToParams,
  type LeaderboardRollup,
} from './leaderboard';

const rollup = (over: Partial<LeaderboardRollup>): LeaderboardRollup => ({
  modelName: 'm',
  language: 'KOREAN',
  score: 0.5,
  n: null,
  correct: null,
  ciLow: null,
  ciHigh: null,
  weighting: 'UNWEIGHTED_UNKNOWN_N',
  cells: 3,
  cellsWithUnknownN: 3,
  updatedAt: null,
  ...over,
});

describe('leaderboard view', () => {
  it('omits blank fields from the GraphQL filter', () => {
    expect(viewToFilter(emptyView())).toEqual({});
    expect(viewToFilter({ ...emptyView(), language: 'KOREAN', subject: 'Science/Math', taskType: 'REASONING', model: ' qwen ', includeQuarantined: true })).toEqual({
      language: 'KOREAN',
      subject: 'Science/Math',
      taskType: 'REASONING',
      modelSearch: 'qwen',
      includeQuarantined: true,
    });
  });

  it('round-trips through URL parameters and builds export links with the same parameters', () => {
    const view = { ...emptyView(), language: 'ENGLISH' as const, subject: 'Art & Sports', taskType: 'VALUE_ALIGNMENT' as const, model: 'gemma', includeQuarantined: true, orderBy: 'MODEL_ASC' as const };
    const params = viewToParams(view);
    expect(params.toString()).toBe('language=ENGLISH&subject=Art+%26+Sports&taskType=VALUE_ALIGNMENT&model=gemma&includeQuarantined=true&orderBy=MODEL_ASC');
    expect(paramsToView(params)).toEqual(view);
    expect(exportHref('csv', view)).toBe(`/export/leaderboard.csv?${params}`);
    expect(exportHref('json', emptyView())).toBe('/export/leaderboard.json');
  });

  it('ignores unknown URL values', () => {
    expect(paramsToView(new URLSearchParams('language=French&taskType=x&orderBy=nope&includeQuarantined=0'))).toEqual(emptyView());
    expect(paramsToView(new URLSearchParams('language=korean&orderBy=score_asc')).language).toBe('KOREAN');
    expect(isFiltered(emptyView())).toBe(false);
    expect(isFiltered({ ...emptyView(), model: 'x' })).toBe(true);
  });

  it('toggles sortable columns', () => {
    expect(nextOrder('score', 'SCORE_DESC')).toBe('SCORE_ASC');
    expect(nextOrder('score', 'SCORE_ASC')).toBe('SCORE_DESC');
    expect(nextOrder('score', 'MODEL_ASC')).toBe('SCORE_DESC');
    expect(nextOrder('model', 'SCORE_DESC')).toBe('MODEL_ASC');
    expect(ariaSort('score', 'SCORE_ASC')).toBe('ascending');
    expect(ariaSort('updated', 'UPDATED_DESC')).toBe('descending');
    expect(ariaSort('model', 'SCORE_DESC')).toBe('none');
  });
});

describe('topModelRows', () => {
  it('keeps the best scores, with intervals only for n-weighted rollups', () => {
    const rows = topModelRows(
      [
        rollup({ modelName: 'a', score: 0.4 }),
        rollup({ modelName: 'b', score: 0.9, weighting: 'N_WEIGHTED', n: 50, ciLow: 0.8, ciHigh: 0.95, cellsWithUnknownN: 0 }),
        rollup({ modelName: 'c', score: null }),
        rollup({ modelName: 'd', score: 0.1 }),
      ],
      2,
    );
    expect(rows.map((r) => r.label)).toEqual(['b', 'a']);
    expect(rows[0]).toMatchObject({ weighted: true, range: [0.8, 0.95], n: 50 });
    expect(rows[1]).toMatchObject({ weighted: false, range: null, n: null, cells: 3 });
  });

  it('labels rows with the language when both languages are pooled', () => {
    const rows = topModelRows([rollup({ modelName: 'a', language: 'KOREAN', score: 0.5 }), rollup({ modelName: 'a', language: 'ENGLISH', score: 0.6 })]);
    expect(rows.map((r) => r.label)).toEqual(['a · EN', 'a · KO']);
  });
});
