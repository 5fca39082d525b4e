import { describe, expect, it } from 'vitest';
import { holmAdjust } from './holm';

describe('holmAdjust', () => {
  it('matches the textbook step-down values (R p.adjust "holm")', () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    // sorted: 0.005×4=0.02, 0.01×3=0.03, 0.03×2=0.06, 0.04×1=0.04→max 0.06
    expect(adjusted.map((p) => Number(p.toFixed(4)))).toEqual([0.03, 0.06, 0.06, 0.02]);
  });
  it('caps at 1 and handles empty input', () => {
    expect(holmAdjust([0.6, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});
