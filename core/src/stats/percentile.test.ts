import { describe, expect, it } from 'vitest';
import { percentile } from './percentile';

describe('percentile (linear interpolation, numpy default)', () => {
  it.each([
    [[10, 20, 30, 40, 50], 50, 30],
    [[10, 20, 30, 40, 50], 95, 48],
    [[4, 1, 3, 2], 50, 2.5],
    [[100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], 95, 955],
    [[7], 95, 7],
    [[3, 1, 2], 0, 1],
    [[3, 1, 2], 100, 3],
  ])('%j p%d → %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 9);
  });

  it('is null for no values and ignores non-finite ones', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([Number.NaN, 5], 50)).toBe(5);
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects p outside [0, 100]', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});
