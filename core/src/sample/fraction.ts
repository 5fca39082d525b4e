/** Exact rational arithmetic for probability answers. */

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** Builds a fraction in lowest terms with a positive denominator. */
export function frac(num: number, den: number): Fraction {
  if (den === 0) throw new Error('frac: zero denominator');
  if (!Number.isInteger(num) || !Number.isInteger(den)) throw new Error('frac: non-integer');
  const sign = den < 0 ? -1 : 1;
  const g = gcd(num, den) || 1;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export function mulFrac(a: Fraction, b: Fraction): Fraction {
  return frac(a.num * b.num, a.den * b.den);
}

export function addFrac(a: Fraction, b: Fraction): Fraction {
  return frac(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subFrac(a: Fraction, b: Fraction): Fraction {
  return frac(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function fracEquals(a: Fraction, b: Fraction): boolean {
  return a.num === b.num && a.den === b.den;
}

/** "3/4", or "1" / "0" for whole numbers. */
export function formatFrac(f: Fraction): string {
  return f.den === 1 ? String(f.num) : `${f.num}/${f.den}`;
}

/** True when the fraction has a terminating decimal expansion. */
export function isTerminating(f: Fraction): boolean {
  let d = f.den;
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  return d === 1;
}

/** Exact decimal string of a terminating fraction, e.g. 3/8 -> "0.375". */
export function formatDecimal(f: Fraction): string {
  if (!isTerminating(f)) throw new Error(`formatDecimal: ${formatFrac(f)} does not terminate`);
  let digits = 0;
  let scale = 1;
  while ((f.num * scale) % f.den !== 0) {
    scale *= 10;
    digits += 1;
  }
  const scaled = Math.abs((f.num * scale) / f.den);
  const sign = f.num < 0 ? '-' : '';
  if (digits === 0) return `${sign}${scaled}`;
  const s = String(scaled).padStart(digits + 1, '0');
  return `${sign}${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
}
