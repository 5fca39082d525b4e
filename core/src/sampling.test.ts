import { describe, expect, it } from 'vitest';
import { sampleItems, type SamplingCandidate } from './sampling';

const pool: SamplingCandidate[] = [
  ...Array.from({ length: 30 }, (_, i) => ({ id: `math-${i}`, subjects: ['Science/Math'] })),
  ...Array.from({ length: 5 }, (_, i) => ({ id: `chem-${i}`, subjects: ['Science/Chemistry'] })),
  ...Array.from({ length: 20 }, (_, i) => ({ id: `food-${i}`, subjects: ['Culture/Food'] })),
];

describe('sampleItems', () => {
  it('is deterministic for a seed and independent of candidate order', () => {
    const request = { subjects: ['Science/Math', 'Culture/Food'], sampleSize: 12, seed: 7 };
    const a = sampleItems(pool, request);
    const b = sampleItems([...pool].reverse(), request);
    expect(a.itemIds).toEqual(b.itemIds);
    expect(sampleItems(pool, { ...request, seed: 8 }).itemIds).not.toEqual(a.itemIds);
  });

  it('stratifies evenly across the plan subjects', () => {
    const result = sampleItems(pool, { subjects: ['Science/Math', 'Culture/Food'], sampleSize: 10, seed: 1 });
    expect(result.perSubject).toEqual({ 'Science/Math': 5, 'Culture/Food': 5 });
    expect(new Set(result.itemIds).size).toBe(10);
  });

  it('fills from larger strata when a small one runs out, and expands coarse subjects', () => {
    const result = sampleItems(pool, { subjects: ['Science'], sampleSize: 20, seed: 1 });
    expect(result.itemIds.every((id) => id.startsWith('math') || id.startsWith('chem'))).toBe(true);
    const bySmall = sampleItems(pool, { subjects: ['Science/Chemistry', 'Culture/Food'], sampleSize: 20, seed: 3 });
    expect(bySmall.perSubject).toEqual({ 'Science/Chemistry': 5, 'Culture/Food': 15 });
  });

  it('never returns more than available and reports the shortfall', () => {
    const result = sampleItems(pool, { subjects: ['Science/Chemistry'], sampleSize: 100, seed: 1 });
    expect(result.itemIds).toHaveLength(5);
    expect(result.available).toBe(5);
    expect(result.shortfall).toBe(95);
  });

  it('uses every candidate when the plan names no subject', () => {
    const result = sampleItems(pool, { subjects: [], sampleSize: 1000, seed: 1 });
    expect(result.itemIds).toHaveLength(pool.length);
  });
});
