/** Tiny deterministic PRNG for the synthetic sample (no Math.random anywhere). */

import { fnv1a32, mulberry32 } from '../random';

export { mulberry32 };
/** FNV-1a 32-bit hash of a string (used only for seeding). */
export const seedFromString = fnv1a32;

/** Convenience wrapper over mulberry32. */
export class Rng {
  private readonly next: () => number;

  constructor(seed: number | string) {
    this.next = mulberry32(typeof seed === 'string' ? seedFromString(seed) : seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    if (max < min) throw new Error(`Rng.int: empty range [${min}, ${max}]`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Integer in [min, max] that is not zero. */
  nonZero(min: number, max: number): number {
    for (;;) {
      const v = this.int(min, max);
      if (v !== 0) return v;
    }
  }

  bool(): boolean {
    return this.next() < 0.5;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Returns a shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** `count` distinct elements in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }
}
