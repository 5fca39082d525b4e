import { describe, expect, it } from 'vitest';
import { buildHeatmap, contrastRatio, heatColor, parseRunSummary, parseTaskResult, tiedGroupOf, tiedWith } from './result';
import { buildTaxonomy } from './taxonomy';

const taxonomy = buildTaxonomy([
  { name: 'Culture', koreanName: '문화', itemCount: 10, fines: [] },
  { name: 'HASS', koreanName: '인문·사회', itemCount: 10, fines: [{ name: 'HASS/History', koreanName: '역사', itemCount: 10 }] },
]);

const summary = (accuracy: number, bySubject: Record<string, { correct: number; n: number; accuracy: number | null }>) => ({
  total: 20,
  n: 20,
  correct: Math.round(accuracy * 20),
  accuracy,
  ci: { low: accuracy - 0.1, high: accuracy + 0.1 },
  unparsedCount: 1,
  unparsedRate: 0.05,
  errorCount: 0,
  errorRate: 0,
  unscoredCount: 0,
  latencyP50Ms: 120,
  latencyP95Ms: 400,
  tokensIn: 1000,
  tokensOut: 200,
  estimatedCost: null,
  fromCacheCount: 0,
  bySubject: Object.fromEntries(Object.entries(bySubject).map(([k, v]) => [k, { ...v, ci: { low: 0, high: 1 } }])),
  byTaskType: {},
});

const raw = {
  alpha: 0.05,
  method: 'Wilson + McNemar',
  models: [
    { runId: 'r1', modelName: 'gpt', source: 'LIVE', status: 'SUCCEEDED', error: null, rank: 1, letters: 'a', summary: summary(0.8, { 'HASS/History': { correct: 8, n: 10, accuracy: 0.8 }, Culture: { correct: 8, n: 10, accuracy: 0.8 } }) },
    { runId: 'r2', modelName: 'llama', source: 'LIVE', status: 'SUCCEEDED', error: null, rank: 1, letters: 'ab', summary: summary(0.7, { Culture: { correct: 7, n: 10, accuracy: 0.7 } }) },
    { runId: 'r3', modelName: 'baseline/random', source: 'LIVE', status: 'SUCCEEDED', error: null, rank: 3, letters: 'b', summary: summary(0.25, {}) },
    { runId: 'r4', modelName: 'broken', source: 'LIVE', status: 'FAILED', error: 'timeout', rank: null, letters: null, summary: null },
    { modelName: 42 },
    'junk',
  ],
  pairwise: [
    { modelA: 'gpt', modelB: 'llama', sharedItems: 20, onlyACorrect: 3, onlyBCorrect: 1, pValue: 0.6, adjustedP: 1, significant: false },
    { modelA: 'gpt' },
  ],
  tiedGroups: [['gpt', 'llama'], ['llama', 'baseline/random'], [], [7]],
};

describe('parseTaskResult', () => {
  it('reads models, pairwise tests and tied groups, skipping malformed entries', () => {
    const result = parseTaskResult(raw);
    expect(result).not.toBeNull();
    expect(result!.models.map((m) => [m.modelName, m.rank, m.letters])).toEqual([
      ['gpt', 1, 'a'],
      ['llama', 1, 'ab'],
      ['baseline/random', 3, 'b'],
      ['broken', null, null],
    ]);
    expect(result!.models[0]!.summary!.ci).toEqual({ low: 0.7000000000000001, high: 0.9 });
    expect(result!.pairwise).toHaveLength(1);
    expect(result!.tiedGroups).toEqual([['gpt', 'llama'], ['llama', 'baseline/random']]);
    expect(result!.alpha).toBe(0.05);
  });

  it('reads the ambiguous rate and chance level, null in summaries written before them', () => {
    expect(parseRunSummary({ ...summary(0.5, {}), ambiguousRate: 0.1, chanceAccuracy: 0.25 })).toMatchObject({ ambiguousRate: 0.1, chanceAccuracy: 0.25 });
    expect(parseRunSummary(summary(0.5, {}))).toMatchObject({ ambiguousRate: null, chanceAccuracy: null });
  });

  it('returns null for non-results', () => {
    expect(parseTaskResult(null)).toBeNull();
    expect(parseTaskResult({ models: 'x' })).toBeNull();
    expect(parseRunSummary('x')).toBeNull();
  });

  it('finds tie partners', () => {
    const result = parseTaskResult(raw)!;
    expect(tiedWith(result, 'llama').sort()).toEqual(['baseline/random', 'gpt']);
    expect(tiedWith(result, 'broken')).toEqual([]);
    expect(tiedGroupOf(result).get('llama')).toBe(0);
  });
});

describe('heatmap', () => {
  it('builds models × subjects in taxonomy order with empty cells for missing data', () => {
    const heatmap = buildHeatmap(parseTaskResult(raw)!.models, taxonomy);
    expect(heatmap.subjects).toEqual(['Culture', 'HASS/History']);
    expect(heatmap.rows[1]!.cells.map((c) => [c.subject, c.accuracy, c.n])).toEqual([
      ['Culture', 0.7, 10],
      ['HASS/History', null, 0],
    ]);
    expect(heatmap.rows).toHaveLength(4);
  });

  it('always picks a text colour with at least 4.5:1 contrast', () => {
    for (let i = 0; i <= 100; i++) {
      const { rgb, color } = heatColor(i / 100);
      const text: [number, number, number] = color === '#ffffff' ? [255, 255, 255] : [0, 0, 0];
      expect(contrastRatio(rgb, text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(heatColor(null).color).toBe('#000000');
  });
});
