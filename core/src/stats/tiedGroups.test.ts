import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { mcnemarPTest } from './mcnemar';
import { tiedGroups, type TiedGroupsResult } from './tiedGroups';

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

/** What every result must satisfy: ranks monotone and consistent with the tests, letters exactly the non-differences. */
function expectConsistent(result: TiedGroupsResult): void {
  const { ranking, comparisons } = result;
  const significant = new Map(comparisons.map((c) => [[c.a, c.b].sort().join('|'), c.significant]));
  const differs = (a: string, b: string) => significant.get([a, b].sort().join('|')) ?? false;
  for (let x = 0; x < ranking.length; x++) {
    const entry = ranking[x]!;
    const better = ranking.filter((o) => o.accuracy > entry.accuracy && differs(o.key, entry.key)).length;
    expect(entry.rank, `${entry.key}: rank ≥ 1 + models significantly better`).toBeGreaterThanOrEqual(1 + better);
    if (x > 0) {
      const above = ranking[x - 1]!;
      expect(entry.rank, `${entry.key} ranks no better than ${above.key}`).toBeGreaterThanOrEqual(above.rank);
      if (above.accuracy === entry.accuracy) expect(entry.rank).toBe(above.rank);
    }
    // The rank is the smallest monotone one: its own count or that of a model at least as accurate.
    const floors = ranking
      .filter((o) => o.accuracy >= entry.accuracy)
      .map((o) => 1 + ranking.filter((p) => p.accuracy > o.accuracy && differs(p.key, o.key)).length);
    expect(entry.rank).toBe(Math.max(...floors));
    expect(entry.letters.length, `${entry.key} has a letter`).toBeGreaterThan(0);
    for (const other of ranking.slice(x + 1)) {
      const share = [...entry.letters].some((l) => other.letters.includes(l));
      expect(share, `${entry.key} (${entry.letters}) vs ${other.key} (${other.letters})`).toBe(!differs(entry.key, other.key));
    }
  }
  // Groups are the letters: group g holds exactly the models whose letters include g's letter.
  result.groups.forEach((members, g) => {
    const letter = String.fromCharCode(97 + g);
    expect(members).toEqual(ranking.filter((r) => r.letters.includes(letter)).map((r) => r.key));
  });
}

describe('tiedGroups: non-transitive results', () => {
  it("the issue's example: A = 0.800, C = 0.780 (A significantly better), D = 0.775 (tied with A)", () => {
    const result = tiedGroups(
      [
        { key: 'A', accuracy: 0.8 },
        { key: 'C', accuracy: 0.78 },
        { key: 'D', accuracy: 0.775 },
      ],
      pTable({ 'A|C': 0.004, 'A|D': 0.39, 'C|D': 0.9 }),
    );
    // Before: A 1, C 2, D 1 (not monotone), letters A a, C b, D b (implied A ≠ D).
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['C', 2, 'b'],
      ['D', 2, 'ab'],
    ]);
    expect(result.groups).toEqual([
      ['A', 'D'],
      ['C', 'D'],
    ]);
    expectConsistent(result);
  });

  it('the same example from per-item outcomes with exact McNemar tests', () => {
    // 400 items. C is right only where A is (A beats C on 8 discordant items, p = 0.0078); D disagrees
    // with A on 110 items (60 vs 50) and with C on 118 (60 vs 58): close calls.
    const items = Array.from({ length: 400 }, (_, i) => i);
    const a = new Map(items.map((i) => [`q${i}`, i < 320] as const));
    const c = new Map(items.map((i) => [`q${i}`, i < 312] as const));
    const d = new Map(items.map((i) => [`q${i}`, (i >= 60 && i < 320) || (i >= 320 && i < 370)] as const));
    const results = new Map([
      ['A', a],
      ['C', c],
      ['D', d],
    ]);
    const acc = (r: Map<string, boolean>) => [...r.values()].filter(Boolean).length / r.size;
    expect([acc(a), acc(c), acc(d)]).toEqual([0.8, 0.78, 0.775]);
    const result = tiedGroups([...results].map(([key, r]) => ({ key, accuracy: acc(r) })), mcnemarPTest(results));
    expect(result.comparisons.map((x) => [x.a, x.b, x.significant])).toEqual([
      ['A', 'C', true],
      ['A', 'D', false],
      ['C', 'D', false],
    ]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['C', 2, 'b'],
      ['D', 2, 'ab'],
    ]);
    expectConsistent(result);
  });

  it('a chain of overlaps: each model tied with its neighbours only', () => {
    const five = ['P', 'Q', 'R', 'S', 'T'].map((key, i) => ({ key, accuracy: 0.9 - i * 0.05 }));
    const close = (a: string, b: string) => Math.abs(a.charCodeAt(0) - b.charCodeAt(0)) <= 1;
    const result = tiedGroups(five, (a, b) => (close(a, b) ? 0.5 : 0.0001));
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['P', 1, 'a'],
      ['Q', 1, 'ab'],
      ['R', 2, 'bc'],
      ['S', 3, 'cd'],
      ['T', 4, 'd'],
    ]);
    expectConsistent(result);
  });

  it('a model tied with two models that differ from each other, far apart in the order', () => {
    // W is tied with X (top) and Z (bottom) but scores lowest but one; X ≠ Y, X ≠ Z, Y ~ Z.
    const models = [
      { key: 'X', accuracy: 0.9 },
      { key: 'Y', accuracy: 0.85 },
      { key: 'W', accuracy: 0.84 },
      { key: 'Z', accuracy: 0.8 },
    ];
    const result = tiedGroups(models, pTable({ 'X|Y': 0.001, 'W|X': 0.4, 'X|Z': 0.001, 'W|Y': 0.5, 'Y|Z': 0.3, 'W|Z': 0.6 }));
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['X', 1, 'a'],
      ['Y', 2, 'b'],
      ['W', 2, 'ab'],
      ['Z', 2, 'b'],
    ]);
    expectConsistent(result);
  });

  it('random p-value tables: ranks monotone and consistent, letters exactly the non-differences', () => {
    for (let trial = 0; trial < 150; trial++) {
      const random = seededRandom('tiedGroups', trial);
      const m = 2 + Math.floor(random() * 8);
      const models = Array.from({ length: m }, (_, i) => ({ key: `m${i}`, accuracy: Math.round(random() * 20) / 20 }));
      const table = new Map<string, number>();
      const pTest = (a: string, b: string) => {
        const key = [a, b].sort().join('|');
        if (!table.has(key)) table.set(key, random() < 0.5 ? random() * 0.005 : 0.05 + random() * 0.95);
        return table.get(key)!;
      };
      expectConsistent(tiedGroups(models, pTest));
    }
  });
});

