import { describe, expect, it } from 'vitest';
import { compareModels, mcnemarExact, mcnemarPTest, pairwiseMcNemar } from './mcnemar';

describe('mcnemarExact', () => {
  it.each([
    [10, 2, 0.0386],
    [2, 10, 0.0386],
    [5, 5, 1],
    [6, 0, 0.03125],
    [1, 0, 1],
    [0, 0, 1],
    [25, 12, 0.0470],
    [30, 10, 0.0022],
  ])('b=%i c=%i → %f', (b, c, p) => {
    expect(mcnemarExact(b, c)).toBeCloseTo(p, 4);
  });

  it('stays accurate for large counts (no underflow)', () => {
    expect(mcnemarExact(600, 400)).toBeCloseTo(2.7284641560660184e-10, 18);
    expect(mcnemarExact(3000, 3000)).toBe(1);
  });

  it('rejects invalid counts', () => {
    expect(() => mcnemarExact(-1, 2)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 2)).toThrow(RangeError);
  });
});

const results = new Map<string, Map<string, boolean>>([
  ['gpt', new Map([['q1', true], ['q2', true], ['q3', false], ['q4', true]])],
  ['llama', new Map([['q1', false], ['q2', true], ['q3', true], ['q5', true]])],
  ['empty', new Map()],
]);

describe('pairwiseMcNemar', () => {
  it('compares each pair on shared items only', () => {
    const comparisons = pairwiseMcNemar(results);
    expect(comparisons.map((c) => [c.a, c.b])).toEqual([
      ['gpt', 'llama'],
      ['gpt', 'empty'],
      ['llama', 'empty'],
    ]);
    expect(comparisons[0]).toMatchObject({ shared: 3, onlyA: 1, onlyB: 1, pValue: 1 });
    expect(comparisons[1]).toMatchObject({ shared: 0, onlyA: 0, onlyB: 0, pValue: 1 });
  });

  it('counts discordant pairs in both directions', () => {
    const a = new Map(Array.from({ length: 12 }, (_, i) => [`q${i}`, i < 10] as const));
    const b = new Map(Array.from({ length: 12 }, (_, i) => [`q${i}`, i >= 10] as const));
    expect(compareModels('a', a, 'b', b)).toMatchObject({ shared: 12, onlyA: 10, onlyB: 2 });
    expect(compareModels('a', a, 'b', b).pValue).toBeCloseTo(0.0386, 4);
  });
});

describe('mcnemarPTest', () => {
  it('looks up p-values in either order', () => {
    const pTest = mcnemarPTest(results);
    expect(pTest('gpt', 'llama')).toBe(pTest('llama', 'gpt'));
    expect(pTest('gpt', 'gpt')).toBe(1);
    expect(() => pTest('gpt', 'unknown')).toThrow(/no results/);
  });
});
