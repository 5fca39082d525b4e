import { describe, expect, it } from 'vitest';
import { runningAccuracy, wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  it.each([
    [8, 10, 0.4902, 0.9433],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [50, 100, 0.4038, 0.5962],
    [1, 2, 0.0945, 0.9055],
  ])('%i/%i → [%f, %f]', (successes, n, low, high) => {
    const ci = wilsonInterval(successes, n);
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it('is [0, 1] without data', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('is exactly 0 / 1 at the extremes and narrows with n', () => {
    expect(wilsonInterval(0, 1000).low).toBe(0);
    expect(wilsonInterval(1000, 1000).high).toBe(1);
    const small = wilsonInterval(8, 10);
    const large = wilsonInterval(800, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });

  it('accepts another z (90%)', () => {
    const ci = wilsonInterval(8, 10, 1.6448536269514722);
    expect(ci.low).toBeCloseTo(0.5408, 4);
    expect(ci.high).toBeCloseTo(0.9314, 4);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });
});

describe('runningAccuracy', () => {
  it('returns accuracy with the interval', () => {
    const r = runningAccuracy(8, 10);
    expect(r.accuracy).toBe(0.8);
    expect(r.ciLow).toBeCloseTo(0.4902, 4);
    expect(r.ciHigh).toBeCloseTo(0.9433, 4);
  });
  it('has no accuracy before anything is scored', () => {
    expect(runningAccuracy(0, 0)).toEqual({ accuracy: null, ciLow: 0, ciHigh: 1 });
  });
});
