import { describe, expect, it } from 'vitest';
import { intervalView, knownKey, knownRows, knownVariables, visibleRows, type PersonalizedRanking, type RankedModel } from './known';
import type { PlanDraft } from './plan';

const draft: PlanDraft = {
  language: 'ENGLISH',
  subjects: ['Science/Math', 'Culture', 'Science/Math'],
  taskType: null,
  targetType: 'GENERAL',
  problemType: 'MCQA',
  sampleSize: 60,
  seed: 7,
  externalToolUsage: false,
};

const model = (patch: Partial<RankedModel> & { modelName: string }): RankedModel => ({
  rank: 1,
  tieGroup: 'a',
  score: 0.8,
  ciLow: 0.7,
  ciHigh: 0.88,
  n: 120,
  cells: 4,
  cellsWithUnknownN: 0,
  weighting: 'N_WEIGHTED',
  intervalKnown: true,
  cellsFound: 4,
  cellsNeeded: 4,
  coverage: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...patch,
});

const ranking = (models: RankedModel[]): PersonalizedRanking => ({
  language: 'ENGLISH',
  taskTypes: ['KNOWLEDGE', 'REASONING', 'VALUE_ALIGNMENT'],
  planCells: 12,
  cellsNeeded: 4,
  models,
  tiedGroups: [{ letter: 'a', models: models.map((m) => m.modelName) }],
});

describe('personalized ranking variables', () => {
  it('sends the edited plan and the selected models, canonically ordered', () => {
    const vars = knownVariables(draft, ['m2', 'm1', 'm2']);
    expect(vars).toEqual({
      plan: {
        language: 'ENGLISH',
        subjects: ['Culture', 'Science/Math'],
        taskType: null,
        targetType: 'GENERAL',
        problemType: 'MCQA',
        sampleSize: 60,
        seed: 7,
        externalToolUsage: false,
      },
      models: ['m1', 'm2'],
    });
    expect(knownKey(vars)).toBe(knownKey(knownVariables({ ...draft, subjects: ['Culture', 'Science/Math'] }, ['m1', 'm2'])));
  });

  it('asks for every model with data when none is selected', () => {
    expect(knownVariables(draft, []).models).toBeNull();
  });

  it('keeps answering while the sample size or seed is being typed', () => {
    const vars = knownVariables({ ...draft, sampleSize: Number.NaN, seed: -1 }, []);
    expect(vars.plan.sampleSize).toBe(1);
    expect('seed' in vars.plan).toBe(false);
  });
});

describe('personalized ranking rows', () => {
  it('shows an interval when n is known, "n unknown" for unweighted means, nothing without data', () => {
    expect(intervalView(model({ modelName: 'a' }))).toEqual({ kind: 'interval', low: 0.7, high: 0.88 });
    expect(intervalView(model({ modelName: 'b', weighting: 'UNWEIGHTED_UNKNOWN_N', ciLow: null, ciHigh: null }))).toEqual({ kind: 'unknownN' });
    expect(intervalView(model({ modelName: 'c', score: null }))).toEqual({ kind: 'none' });
  });

  it('maps ranked models, then models without data', () => {
    const rows = knownRows(
      ranking([
        model({ modelName: 'gpt' }),
        model({ modelName: 'imported', rank: 1, tieGroup: 'ab', score: 0.6, weighting: 'UNWEIGHTED_UNKNOWN_N', cellsFound: 2, coverage: 0.5 }),
        model({ modelName: 'new', rank: null, tieGroup: null, score: null, ciLow: null, ciHigh: null, cellsFound: 0, coverage: 0 }),
      ]),
    );
    expect(rows.map((r) => [r.modelName, r.rank, r.letters, r.hasData, r.interval.kind, `${r.cellsFound}/${r.cellsNeeded}`])).toEqual([
      ['gpt', 1, 'a', true, 'interval', '4/4'],
      ['imported', 1, 'ab', true, 'unknownN', '2/4'],
      ['new', null, null, false, 'none', '0/4'],
    ]);
  });

  it('limits the rows shown', () => {
    const rows = knownRows(ranking(['a', 'b', 'c'].map((modelName) => model({ modelName }))));
    expect(visibleRows(rows, 2)).toMatchObject({ hidden: 1, rows: [{ modelName: 'a' }, { modelName: 'b' }] });
    expect(visibleRows(rows, null).rows).toHaveLength(3);
    expect(visibleRows(rows, 5).hidden).toBe(0);
  });
});
