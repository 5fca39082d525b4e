import { describe, expect, it } from 'vitest';
import { runAccuracy, wilsonInterval } from './stats';

describe('wilsonInterval', () => {
  it('matches known values and stays inside [0, 1]', () => {
    const ci = wilsonInterval(8, 10);
    expect(ci.low).toBeCloseTo(0.4902, 3);
    expect(ci.high).toBeCloseTo(0.9433, 3);
    expect(wilsonInterval(0, 5).low).toBe(0);
    expect(wilsonInterval(5, 5).high).toBeCloseTo(1, 10);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('excludes errors and unscored samples from running accuracy', () => {
    expect(runAccuracy({ done: 10, correct: 6, errors: 2, unscored: 0 })).toMatchObject({ n: 8, accuracy: 0.75 });
    expect(runAccuracy({ done: 3, correct: 0, errors: 3, unscored: 0 })).toEqual({ n: 0, accuracy: null, ciLow: null, ciHigh: null });
  });
});
