import { describe, expect, it } from 'vitest';
import { columnsWithData, describeCell, heat, nextSort, pivotRows, pivotViewFromParams, pivotViewToParams, sortPivotRows, type RankingModelInput } from './pivot';

const score = (value: number | null, n: number | null = null, cells = 1) => ({
  score: value,
  n,
  ciLow: n === null || value === null ? null : value - 0.05,
  ciHigh: n === null || value === null ? null : value + 0.05,
  cells: value === null ? 0 : cells,
  cellsWithUnknownN: n === null && value !== null ? cells : 0,
});

const model = (name: string, rank: number | null, overall: number | null, columns: Record<string, number | null>, n: number | null = null, tieGroup: string | null = null): RankingModelInput => ({
  modelName: name,
  rank,
  tieGroup,
  intervalKnown: n !== null,
  ...score(overall, n),
  columns: Object.entries(columns).map(([subject, value]) => ({ subject, ...score(value, n) })),
});

describe('pivot view in the URL', () => {
  it('round-trips language, task type, sort and expanded columns; defaults stay out of the URL', () => {
    const view = { language: 'KOREAN' as const, taskType: 'REASONING' as const, sort: 'Science', dir: 'asc' as const, open: ['Science', 'HASS'] };
    const params = pivotViewToParams(view);
    expect(params.toString()).toBe('language=KOREAN&taskType=REASONING&sort=Science&dir=asc&open=Science&open=HASS');
    expect(pivotViewFromParams(params, 'ENGLISH')).toEqual(view);
    expect(pivotViewToParams(pivotViewFromParams(new URLSearchParams(''), 'KOREAN')).toString()).toBe('language=KOREAN');
    // A score column without a direction sorts high to low; junk is ignored.
    expect(pivotViewFromParams(new URLSearchParams('sort=overall&language=xx&taskType=yy'), 'ENGLISH')).toMatchObject({
      language: 'ENGLISH',
      taskType: '',
      sort: 'overall',
      dir: 'desc',
    });
  });
});

describe('pivot rows', () => {
  const ranking = [
    model('b', 1, 0.9, { Science: 0.95, HASS: 0.85 }, 400, 'a'),
    model('a', 1, 0.88, { Science: 0.7, HASS: null }, 300, 'a'),
    model('c', 3, 0.6, { Science: 0.5, HASS: 0.7 }),
    model('d', null, null, { Science: null, HASS: null }),
  ];

  it('keeps letters only for models with an interval and marks unknown-n scores untested', () => {
    const rows = pivotRows(ranking);
    expect(rows.map((r) => [r.model, r.rank, r.letters, r.overall.untested])).toEqual([
      ['b', 1, 'a', false],
      ['a', 1, 'a', false],
      ['c', 3, null, true],
      ['d', null, null, false],
    ]);
    expect(rows[2]!.cells.Science).toMatchObject({ score: 0.5, untested: true });
  });

  it('adds the fine columns of an expanded coarse category', () => {
    const fines = [model('b', 1, 0.95, { 'Science/Math': 0.97, 'Science/Physics': null }, 100), model('c', 2, 0.5, { 'Science/Math': 0.4, 'Science/Physics': null })];
    const rows = pivotRows(ranking, [fines]);
    expect(rows[0]!.cells['Science/Math']!.score).toBe(0.97);
    expect(rows[1]!.cells['Science/Math']).toBeUndefined();
    expect(columnsWithData(['Science', 'Science/Math', 'Science/Physics', 'HASS'], rows)).toEqual(['Science', 'Science/Math', 'HASS']);
  });

  it('sorts by any column, models without a score last in either direction', () => {
    const rows = pivotRows(ranking);
    const names = (sort: string, dir: 'asc' | 'desc') => sortPivotRows(rows, sort, dir).map((r) => r.model);
    expect(names('rank', 'asc')).toEqual(['b', 'a', 'c', 'd']);
    expect(names('rank', 'desc')).toEqual(['d', 'c', 'a', 'b']);
    expect(names('Science', 'desc')).toEqual(['b', 'a', 'c', 'd']);
    expect(names('Science', 'asc')).toEqual(['c', 'a', 'b', 'd']);
    expect(names('HASS', 'desc')).toEqual(['b', 'c', 'a', 'd']);
    expect(names('HASS', 'asc')).toEqual(['c', 'b', 'a', 'd']);
    expect(names('overall', 'asc')).toEqual(['c', 'a', 'b', 'd']);
    expect(names('model', 'asc')).toEqual(['a', 'b', 'c', 'd']);
    expect(nextSort({ sort: 'rank', dir: 'asc' }, 'Science')).toEqual({ sort: 'Science', dir: 'desc' });
    expect(nextSort({ sort: 'Science', dir: 'desc' }, 'Science')).toEqual({ sort: 'Science', dir: 'asc' });
    expect(nextSort({ sort: 'Science', dir: 'desc' }, 'model')).toEqual({ sort: 'model', dir: 'asc' });
  });

  it('colours by score with readable text and describes cells for tooltips', () => {
    expect(heat(null)).toBeNull();
    expect(heat(0)).toEqual({ background: 'hsl(214 80% 97%)', color: '#111827' });
    expect(heat(1)).toEqual({ background: 'hsl(214 80% 42%)', color: '#ffffff' });
    const words = { n: 'n', untested: (cells: number) => `untested: n unknown (${cells} cells)` };
    const [b, , c] = pivotRows(ranking);
    expect(describeCell(b!.overall, words)).toBe('90.0% [85.0–95.0%], n = 400');
    expect(describeCell(c!.overall, words)).toBe('60.0%, untested: n unknown (1 cells)');
  });
});
