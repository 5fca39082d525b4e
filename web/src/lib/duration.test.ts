import { describe, expect, it } from 'vitest';
import { activeDuration } from './duration';

describe('active duration', () => {
  it('is the server figure when nothing runs, and ticks from the load time while running', () => {
    expect(activeDuration({ activeSeconds: 17, runningSince: null }, 1000, 99_000)).toBe(17);
    expect(activeDuration({ activeSeconds: 4, runningSince: '2026-11-30T08:00:00Z' }, 10_000, 13_000)).toBe(7);
    expect(activeDuration({ activeSeconds: null, runningSince: null }, 0, 0)).toBeNull();
    // A clock that went backwards never subtracts.
    expect(activeDuration({ activeSeconds: 4, runningSince: '2026-11-30T08:00:00Z' }, 10_000, 9_000)).toBe(4);
  });
});
