import { describe, expect, it } from 'vitest';
import { mcnemarPTest } from './mcnemar';
import { tiedGroups } from './tiedGroups';

/** A p-value lookup from a table keyed by the two keys in alphabetical order. */
function pTable(table: Record<string, number>): (a: string, b: string) => number {
  return (a, b) => {
    const p = table[[a, b].sort().join('|')];
    if (p === undefined) throw new Error(`missing p for ${a}|${b}`);
    return p;
  };
}

const accuracies = [
  { key: 'A', accuracy: 0.9 },
  { key: 'B', accuracy: 0.8 },
  { key: 'C', accuracy: 0.7 },
];

describe('tiedGroups', () => {
  it('puts indistinguishable models in one group, all at rank 1', () => {
    const result = tiedGroups(accuracies, pTable({ 'A|B': 0.4, 'A|C': 0.2, 'B|C': 0.6 }));
    expect(result.groups).toEqual([['A', 'B', 'C']]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['B', 1, 'a'],
      ['C', 1, 'a'],
    ]);
  });

  it('separates clearly different models', () => {
    const result = tiedGroups(accuracies, pTable({ 'A|B': 0.001, 'A|C': 0.0001, 'B|C': 0.001 }));
    expect(result.groups).toEqual([['A'], ['B'], ['C']]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['B', 2, 'b'],
      ['C', 3, 'c'],
    ]);
  });

  it('shows overlapping groups as compact letters', () => {
    const result = tiedGroups(accuracies, pTable({ 'A|B': 0.5, 'A|C': 0.001, 'B|C': 0.5 }));
    expect(result.groups).toEqual([
      ['A', 'B'],
      ['B', 'C'],
    ]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['B', 1, 'ab'],
      ['C', 2, 'b'],
    ]);
  });

  it('applies Holm correction: a raw p of 0.03 is not significant among 3 comparisons', () => {
    const result = tiedGroups(accuracies, pTable({ 'A|B': 0.03, 'A|C': 0.001, 'B|C': 0.5 }));
    const ab = result.comparisons.find((c) => c.a === 'A' && c.b === 'B');
    expect(ab?.adjustedP).toBeCloseTo(0.06, 10);
    expect(ab?.significant).toBe(false);
    expect(result.comparisons.find((c) => c.b === 'C' && c.a === 'A')?.adjustedP).toBeCloseTo(0.003, 10);
    expect(result.groups).toEqual([
      ['A', 'B'],
      ['B', 'C'],
    ]);
  });

  it('orders by accuracy descending whatever the input order, ties keep input order', () => {
    const models = [
      { key: 'low', accuracy: 0.5 },
      { key: 'tieFirst', accuracy: 0.8 },
      { key: 'tieSecond', accuracy: 0.8 },
    ];
    const result = tiedGroups(models, () => 1);
    expect(result.ranking.map((r) => r.key)).toEqual(['tieFirst', 'tieSecond', 'low']);
  });

  it('uses the given alpha', () => {
    // Holm-adjusted, each becomes 0.03.
    const p = pTable({ 'A|B': 0.01, 'A|C': 0.01, 'B|C': 0.01 });
    expect(tiedGroups(accuracies, p, 0.05).groups).toEqual([['A'], ['B'], ['C']]);
    expect(tiedGroups(accuracies, p, 0.01).groups).toEqual([['A', 'B', 'C']]);
    expect(() => tiedGroups(accuracies, p, 0)).toThrow(RangeError);
  });

  it('works end to end with McNemar on shared items', () => {
    // strong beats weak on 30 of 40 items; mid sits between and is close to both.
    const items = Array.from({ length: 40 }, (_, i) => `q${i}`);
    const results = new Map([
      ['strong', new Map(items.map((q, i) => [q, i < 35] as const))],
      ['mid', new Map(items.map((q, i) => [q, i < 22] as const))],
      ['weak', new Map(items.map((q, i) => [q, i < 5] as const))],
    ]);
    const models = [...results].map(([key, r]) => ({ key, accuracy: [...r.values()].filter(Boolean).length / r.size }));
    const result = tiedGroups(models, mcnemarPTest(results));
    expect(result.ranking.map((r) => r.key)).toEqual(['strong', 'mid', 'weak']);
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('handles zero and one model, and rejects duplicate keys', () => {
    expect(tiedGroups([], () => 1)).toEqual({ ranking: [], groups: [], comparisons: [] });
    expect(tiedGroups([{ key: 'solo', accuracy: 0.5 }], () => 1).ranking).toEqual([
      { key: 'solo', accuracy: 0.5, rank: 1, letters: 'a' },
    ]);
    expect(() => tiedGroups([{ key: 'x', accuracy: 1 }, { key: 'x', accuracy: 0 }], () => 1)).toThrow(/unique/);
  });
});
