/**
 * Independent re-verification of computed answers: each checker re-derives the answer from the
 * prompt text alone (own parser / enumeration), never from the generator's internals.
 */
import { describe, expect, it } from 'vitest';
import type { BenchmarkItem } from '../benchmark';
import { generateSampleBenchmark } from './index';

const items = generateSampleBenchmark();

// ---------------------------------------------------------------- helpers

function topicOf(it: BenchmarkItem): string {
  return (JSON.parse(it.additionalInfo ?? '{}') as { topic?: string }).topic ?? '';
}

/** The text the item marks as correct (option text for MCQA). */
function goldText(it: BenchmarkItem): string {
  if (it.problemType === 'MCQA') return it.options!['ABCD'.indexOf(it.answer)]!;
  return it.answer;
}

function isTrue(it: BenchmarkItem): boolean {
  return it.answer === 'True' || it.answer === '참';
}

const sameNumber = (a: string, b: number): boolean => Math.abs(Number(a) - b) < 1e-9 && /^-?\d+(\.\d+)?$/.test(a);

/**
 * Checks an item against an independently computed numeric value.
 * For Binary, `claimed` is the value the statement asserts.
 */
function checkNumeric(it: BenchmarkItem, expected: number, claimed?: string): void {
  const ctx = `${it.id}: ${it.prompt}`;
  if (it.problemType === 'Binary') {
    expect(claimed, ctx).toBeDefined();
    expect(isTrue(it), ctx).toBe(sameNumber(claimed!, expected));
    return;
  }
  expect(sameNumber(goldText(it), expected), `${ctx} → gold ${goldText(it)}, expected ${expected}`).toBe(true);
  if (it.problemType === 'MCQA') {
    const hits = it.options!.filter((o) => sameNumber(o, expected));
    expect(hits.length, ctx).toBe(1);
  }
}

function checkText(it: BenchmarkItem, expected: string, claimed?: string): void {
  const ctx = `${it.id}: ${it.prompt}`;
  if (it.problemType === 'Binary') {
    expect(claimed, ctx).toBeDefined();
    expect(isTrue(it), ctx).toBe(claimed === expected);
    return;
  }
  expect(goldText(it), ctx).toBe(expected);
  if (it.problemType === 'MCQA') expect(it.options!.filter((o) => o === expected).length, ctx).toBe(1);
}

/** Evaluates + - × ÷ ^ and parentheses (recursive descent). */
function evaluate(expr: string): number {
  const tokens = expr.match(/\d+|[-+×÷^()]/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const primary = (): number => {
    const tok = next();
    if (tok === '(') {
      const v = sum();
      expect(next()).toBe(')');
      return v;
    }
    if (tok === '-') return -primary();
    return Number(tok);
  };
  const power = (): number => {
    const base = primary();
    if (peek() === '^') {
      next();
      return base ** power();
    }
    return base;
  };
  const product = (): number => {
    let v = power();
    while (peek() === '×' || peek() === '÷') {
      const op = next();
      const r = power();
      v = op === '×' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const v = sum();
  expect(pos).toBe(tokens.length);
  return v;
}

/** Parses one side of a linear equation into {x, y, x2, c} coefficients. */
function parseSide(side: string): Record<'x' | 'y' | 'x2' | 'c', number> {
  const out = { x: 0, y: 0, x2: 0, c: 0 };
  const compact = side.replace(/\s+/g, '');
  const re = /([+-]?)(\d*)(x\^2|x|y)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(compact)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const sign = m[1] === '-' ? -1 : 1;
    const variable = m[3];
    const coef = m[2] === '' ? 1 : Number(m[2]);
    if (variable === 'x^2') out.x2 += sign * coef;
    else if (variable === 'x') out.x += sign * coef;
    else if (variable === 'y') out.y += sign * coef;
    else out.c += sign * Number(m[2]);
  }
  return out;
}

/** "2x + 3y = 7" → {x, y, x2, c} of (left − right) = 0. */
function parseEquation(eq: string): Record<'x' | 'y' | 'x2' | 'c', number> {
  const [l, r] = eq.split('=');
  const a = parseSide(l!);
  const b = parseSide(r!);
  return { x: a.x - b.x, y: a.y - b.y, x2: a.x2 - b.x2, c: a.c - b.c };
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function reduced(num: number, den: number): string {
  const g = gcd(num, den);
  return `${num / g}/${den / g}`;
}

function lastNumber(text: string, re: RegExp): string | undefined {
  const m = re.exec(text);
  return m?.[1];
}

const byCategory = (cat: string) => items.filter((i) => i.originalCategory === cat);

// ---------------------------------------------------------------- arithmetic

describe('re-verifies arithmetic', () => {
  const arithmetic = byCategory('arithmetic');

  it('has arithmetic items in every problem type (except open-ended)', () => {
    expect(new Set(arithmetic.map((i) => i.problemType))).toEqual(new Set(['short-form', 'MCQA', 'Binary']));
    expect(arithmetic.length).toBeGreaterThan(100);
  });

  it('every arithmetic answer equals a fresh evaluation of the expression in the prompt', () => {
    for (const it of arithmetic) {
      const p = it.prompt;
      let m =
        /^Compute: (.+)\. Give the answer as an integer\.$/.exec(p) ??
        /^다음을 계산하시오: (.+)\n답은 정수로 쓰시오\.$/.exec(p) ??
        /^What is the value of (.+)\?$/.exec(p) ??
        /^다음 식의 값은 얼마입니까\? (.+)$/.exec(p);
      if (m) {
        checkNumeric(it, evaluate(m[1]!));
        continue;
      }
      m = /(?:True or false\? |\n)([^\n]+) = (-?\d+)(?:\n|$)/.exec(p);
      expect(m, p).not.toBeNull();
      checkNumeric(it, evaluate(m![1]!), m![2]);
    }
  });

  it('evaluator sanity', () => {
    expect(evaluate('2 + 3 × 4')).toBe(14);
    expect(evaluate('(-3) × (-4) - 5')).toBe(7);
    expect(evaluate('2^3 + 2^2')).toBe(12);
    expect(evaluate('20 ÷ 4 + 3 × 2')).toBe(11);
  });
});

// ---------------------------------------------------------------- algebra

describe('re-verifies algebra', () => {
  const algebra = byCategory('algebra');

  it('linear and two-sided equations', () => {
    const list = algebra.filter((i) => ['linear-equation', 'two-sided-equation'].includes(topicOf(i)));
    expect(list.length).toBeGreaterThan(20);
    for (const it of list) {
      const eq = /(\d+x(?: [+-] \d+)? = -?\d*x?(?: [+-] \d+)?)/.exec(it.prompt)?.[1];
      expect(eq, it.prompt).toBeDefined();
      const e = parseEquation(eq!);
      const x = -e.c / e.x;
      const claimed = lastNumber(it.prompt, /x = (-?\d+)/);
      checkNumeric(it, x, claimed);
    }
  });

  it('systems of two equations (Cramer’s rule)', () => {
    const list = algebra.filter((i) => topicOf(i) === 'linear-system');
    expect(list.length).toBeGreaterThan(10);
    for (const it of list) {
      const eqs = it.prompt.match(/-?\d*x [+-] \d*y = -?\d+/g) ?? [];
      expect(eqs.length, it.prompt).toBe(2);
      const [e1, e2] = eqs.map(parseEquation) as [ReturnType<typeof parseEquation>, ReturnType<typeof parseEquation>];
      const det = e1.x * e2.y - e2.x * e1.y;
      expect(det).not.toBe(0);
      // a x + b y + c = 0  →  a x + b y = -c
      const x = (-e1.c * e2.y - -e2.c * e1.y) / det;
      const y = (e1.x * -e2.c - e2.x * -e1.c) / det;
      const asked = /value of ([xy])|([xy])의 값|, ([xy]) = |해에서 ([xy]) = /.exec(it.prompt);
      const v = asked?.slice(1).find(Boolean);
      expect(v, it.prompt).toBeDefined();
      const claimed = lastNumber(it.prompt, new RegExp(`${v} = (-?\\d+)(?:\\.|이다)`));
      checkNumeric(it, v === 'x' ? x : y, claimed);
    }
  });

  it('quadratic roots (quadratic formula)', () => {
    const list = algebra.filter((i) => topicOf(i) === 'quadratic-roots');
    expect(list.length).toBeGreaterThan(10);
    for (const it of list) {
      const eq = /(x\^2[^=]*= 0)/.exec(it.prompt)?.[1];
      expect(eq, it.prompt).toBeDefined();
      const e = parseEquation(eq!);
      expect(e.x2).toBe(1);
      const disc = e.x * e.x - 4 * e.c;
      expect(disc).toBeGreaterThan(0);
      const r1 = (-e.x - Math.sqrt(disc)) / 2;
      const r2 = (-e.x + Math.sqrt(disc)) / 2;
      const larger = /larger|큰/.test(it.prompt);
      const claimed = lastNumber(it.prompt, /x = (-?\d+)/);
      checkNumeric(it, larger ? r2 : r1, claimed);
    }
  });

  it('arithmetic sequences', () => {
    const list = algebra.filter((i) => topicOf(i) === 'arithmetic-sequence');
    for (const it of list) {
      const terms = /((?:-?\d+, ){3}-?\d+), (?:\.\.\.|…)/.exec(it.prompt)![1]!.split(', ').map(Number);
      const k = Number(/(\d+)(?:st|nd|rd|th) term|제(\d+)항/.exec(it.prompt)!.slice(1).find(Boolean));
      const d = terms[1]! - terms[0]!;
      expect(terms[2]! - terms[1]!).toBe(d);
      const claimed = lastNumber(it.prompt, /(?:\.\.\. is|항은) (-?\d+)(?:\.|이다)/);
      checkNumeric(it, terms[0]! + (k - 1) * d, claimed);
    }
  });
});

// ---------------------------------------------------------------- percentages

describe('re-verifies percentages', () => {
  const pct = byCategory('percentages');

  it('percent-of', () => {
    for (const it of pct.filter((i) => topicOf(i) === 'percent-of')) {
      const en = /(\d+)% of (\d+)/.exec(it.prompt);
      const ko = /(\d+)의 (\d+)%는/.exec(it.prompt);
      const [p, base] = en ? [Number(en[1]), Number(en[2])] : [Number(ko![2]), Number(ko![1])];
      const claimed = lastNumber(it.prompt, /(?: is |%는 )(\d+)(?:\.|이다)/);
      checkNumeric(it, (p * base) / 100, claimed);
    }
  });

  it('discounts', () => {
    for (const it of pct.filter((i) => topicOf(i) === 'discount')) {
      const price = Number((/\$(\d+)/.exec(it.prompt) ?? /([\d,]+)원인/.exec(it.prompt))![1]!.replace(/,/g, ''));
      const p = Number(/(\d+)% (?:off|할인)|discount of (\d+)%/.exec(it.prompt)!.slice(1).find(Boolean));
      const claimed = lastNumber(it.prompt, /costs \$(\d+) after|판매 가격은 (\d+)원이다/) ??
        /판매 가격은 (\d+)원이다/.exec(it.prompt)?.[1];
      checkNumeric(it, price - (price * p) / 100, claimed);
    }
  });

  it('percent change and what-percent', () => {
    for (const it of pct.filter((i) => topicOf(i) === 'percent-change')) {
      const m = /from (\d+) to (\d+)|(\d+)에서 (\d+)(?:으로|로)/.exec(it.prompt)!;
      const [a, b] = (m[1] ? [m[1], m[2]] : [m[3], m[4]]).map(Number) as [number, number];
      const claimed = lastNumber(it.prompt, /of (\d+)%\.|(?:면) (\d+)% /) ?? /면 (\d+)% /.exec(it.prompt)?.[1];
      checkNumeric(it, (Math.abs(b - a) / a) * 100, claimed);
    }
    for (const it of pct.filter((i) => topicOf(i) === 'what-percent')) {
      const m = /(?:^|\? |\n)(\d+) is (?:what percent|(\d+)%) of (\d+)|(?:^|\n)(\d+)[은는] (\d+)의 (?:몇 %|(\d+)%)/.exec(it.prompt)!;
      const part = Number(m[1] ?? m[4]);
      const whole = Number(m[3] ?? m[5]);
      checkNumeric(it, (part / whole) * 100, m[2] ?? m[6]);
    }
  });
});

// ---------------------------------------------------------------- unit conversions

const UNIT_FACTORS: Record<string, number> = {
  km: 1000, m: 1, kilometers: 1000, meters: 1,
  kg: 1000, g: 1, kilograms: 1000, grams: 1,
  L: 1000, mL: 1, liters: 1000, milliliters: 1,
  hours: 60, minutes: 1, 시간: 60, 분: 1,
};

describe('re-verifies unit conversions', () => {
  const conv = byCategory('unit-conversion');

  it('metric and time conversions', () => {
    const list = conv.filter((i) => !/celsius|fahrenheit/.test(topicOf(i)));
    expect(list.length).toBeGreaterThan(40);
    for (const it of list) {
      const p = it.prompt;
      let from: string, to: string, value: number, claimed: string | undefined;
      const enQ = /How many (\w+) (?:are in|is) ([\d.]+) (\w+)\?/.exec(p);
      const koQ = /([\d.]+) ?(km|m|kg|g|mL|L|시간|분)[은는] 몇 ?(km|m|kg|g|mL|L|시간|분)입니까/.exec(p);
      const bin = /([\d.]+) ?(\w+|시간|분)(?: is equal to |[은는] )([\d.]+) ?(\w+|시간|분)(?:\.|[과와] 같다)/.exec(p);
      if (enQ) [to, value, from] = [enQ[1]!, Number(enQ[2]), enQ[3]!];
      else if (koQ) [value, from, to] = [Number(koQ[1]), koQ[2]!, koQ[3]!];
      else {
        expect(bin, p).not.toBeNull();
        [value, from, claimed, to] = [Number(bin![1]), bin![2]!, bin![3], bin![4]!];
      }
      expect(UNIT_FACTORS[from!], from!).toBeDefined();
      expect(UNIT_FACTORS[to!], to!).toBeDefined();
      checkNumeric(it, (value! * UNIT_FACTORS[from!]!) / UNIT_FACTORS[to!]!, claimed);
    }
  });

  it('°C ↔ °F (exact cases)', () => {
    const list = conv.filter((i) => /celsius|fahrenheit/.test(topicOf(i)));
    expect(list.length).toBeGreaterThan(10);
    for (const it of list) {
      const p = it.prompt;
      const c2f = /Convert (-?\d+) °C|섭씨 (-?\d+)도/.exec(p);
      const f2c = /Convert (-?\d+) °F|화씨 (-?\d+)도/.exec(p);
      const binC = /(-?\d+) °C(?: is equal to |는 )(-?\d+) °F/.exec(p);
      const binF = /(-?\d+) °F(?: is equal to |는 )(-?\d+) °C/.exec(p);
      if (c2f) checkNumeric(it, (Number(c2f[1] ?? c2f[2]) * 9) / 5 + 32);
      else if (f2c) checkNumeric(it, ((Number(f2c[1] ?? f2c[2]) - 32) * 5) / 9);
      else if (binC) checkNumeric(it, (Number(binC[1]) * 9) / 5 + 32, binC[2]);
      else {
        expect(binF, p).not.toBeNull();
        checkNumeric(it, ((Number(binF![1]) - 32) * 5) / 9, binF![2]);
      }
    }
  });
});

// ---------------------------------------------------------------- probability

type Card = { rank: number; suit: 'hearts' | 'diamonds' | 'clubs' | 'spades' };
const DECK: Card[] = (['hearts', 'diamonds', 'clubs', 'spades'] as const).flatMap((suit) =>
  Array.from({ length: 13 }, (_, i) => ({ rank: i + 1, suit })),
);
const red = (c: Card) => c.suit === 'hearts' || c.suit === 'diamonds';
const face = (c: Card) => c.rank >= 11;

/** Card predicates keyed by phrases that appear in the prompts (English and Korean). */
const CARD_EVENTS: Array<[RegExp, (c: Card) => boolean]> = [
  [/an ace or a heart|에이스\(A\)이거나 하트/, (c) => c.rank === 1 || c.suit === 'hearts'],
  [/a black face card|검은색 그림 카드/, (c) => !red(c) && face(c)],
  [/queen of spades|스페이드 퀸/, (c) => c.rank === 12 && c.suit === 'spades'],
  [/red king|빨간색 킹/, (c) => red(c) && c.rank === 13],
  [/king or a queen|킹\(K\) 또는 퀸/, (c) => c.rank === 12 || c.rank === 13],
  [/number card from 2 to 10|2부터 10까지의 숫자 카드/, (c) => c.rank >= 2 && c.rank <= 10],
  [/face cards?|그림 카드/, face],
  [/red cards?|빨간색 카드|\bred\b/, red],
  [/kings|킹\(K\)/, (c) => c.rank === 13],
  [/aces?\b|에이스/, (c) => c.rank === 1],
  [/hearts?\b|하트/, (c) => c.suit === 'hearts'],
];

function cardPredicate(text: string): (c: Card) => boolean {
  const hit = CARD_EVENTS.find(([re]) => re.test(text));
  expect(hit, text).toBeDefined();
  return hit![1];
}

function fractionClaim(p: string): string | undefined {
  return /(?:is|확률은) (\d+\/\d+)(?:\.|이다)/.exec(p)?.[1];
}

function checkFraction(it: BenchmarkItem, num: number, den: number): void {
  const expected = reduced(num, den);
  const ctx = `${it.id}: ${it.prompt}`;
  if (it.problemType === 'Binary') {
    expect(isTrue(it), ctx).toBe(fractionClaim(it.prompt) === expected);
    return;
  }
  const gold = goldText(it);
  if (/\d\.\d/.test(gold)) expect(Number(gold), ctx).toBeCloseTo(num / den, 12);
  else expect(gold, ctx).toBe(expected);
  if (it.problemType === 'MCQA') {
    const values = it.options!.map((o) => {
      const [a, b] = o.split('/').map(Number);
      return a! / b!;
    });
    expect(values.filter((v) => Math.abs(v - num / den) < 1e-12).length, ctx).toBe(1);
  }
}

describe('re-verifies probability by enumeration', () => {
  const prob = byCategory('probability');

  it('every probability answer is a reduced fraction (or exact decimal) strictly between 0 and 1', () => {
    for (const it of prob.filter((i) => i.problemType !== 'Binary')) {
      const g = goldText(it);
      if (g.includes('/')) {
        const [a, b] = g.split('/').map(Number) as [number, number];
        expect(gcd(a, b), g).toBe(1);
        expect(a).toBeGreaterThan(0);
        expect(a).toBeLessThan(b);
      } else {
        expect(Number(g)).toBeGreaterThan(0);
        expect(Number(g)).toBeLessThan(1);
      }
    }
  });

  it('one die', () => {
    for (const it of prob.filter((i) => topicOf(i) === 'one-die')) {
      const p = it.prompt;
      const faces = [1, 2, 3, 4, 5, 6];
      let pred: (f: number) => boolean;
      let m: RegExpExecArray | null;
      if ((m = /greater than (\d)|(\d)보다 큰/.exec(p))) {
        const k = Number(m[1] ?? m[2]);
        pred = (f) => f > k;
      } else if ((m = /less than or equal to (\d)|(\d) 이하/.exec(p))) {
        const k = Number(m[1] ?? m[2]);
        pred = (f) => f <= k;
      } else if (/even|짝수/.test(p)) pred = (f) => f % 2 === 0;
      else if (/odd|홀수/.test(p)) pred = (f) => f % 2 === 1;
      else if (/prime|소수/.test(p)) pred = (f) => [2, 3, 5].includes(f);
      else if (/multiple of 3|3의 배수/.test(p)) pred = (f) => f % 3 === 0;
      else if (/divisor of 6|6의 약수/.test(p)) pred = (f) => 6 % f === 0;
      else throw new Error(`unknown die event: ${p}`);
      checkFraction(it, faces.filter(pred).length, 6);
    }
  });

  it('two dice', () => {
    for (const it of prob.filter((i) => topicOf(i) === 'two-dice')) {
      const p = it.prompt;
      let pred: (a: number, b: number) => boolean;
      let m: RegExpExecArray | null;
      if ((m = /at least (\d+)|합이 (\d+) 이상/.exec(p))) {
        const s = Number(m[1] ?? m[2]);
        pred = (a, b) => a + b >= s;
      } else if ((m = /at most (\d+)|합이 (\d+) 이하/.exec(p))) {
        const s = Number(m[1] ?? m[2]);
        pred = (a, b) => a + b <= s;
      } else if ((m = /numbers is (\d+)\?|numbers is (\d+) is|합이 (\d+)일/.exec(p))) {
        const s = Number(m[1] ?? m[2] ?? m[3]);
        pred = (a, b) => a + b === s;
      } else if (/same number|서로 같을/.test(p)) pred = (a, b) => a === b;
      else if (/product|곱이 짝수/.test(p)) pred = (a, b) => (a * b) % 2 === 0;
      else throw new Error(`unknown dice event: ${p}`);
      let count = 0;
      for (let a = 1; a <= 6; a++) for (let b = 1; b <= 6; b++) if (pred(a, b)) count++;
      checkFraction(it, count, 36);
    }
  });

  it('coins', () => {
    const words: Record<string, number> = { Two: 2, Three: 3, Four: 4, Five: 5 };
    for (const it of prob.filter((i) => topicOf(i) === 'coins')) {
      const p = it.prompt;
      const nm = /(Two|Three|Four|Five) fair coins|동전 (\d)개/.exec(p)!;
      const n = nm[1] ? words[nm[1]]! : Number(nm[2]);
      let count = 0;
      const k = /exactly (\d)|정확히 (\d)개/.exec(p);
      for (let mask = 0; mask < 2 ** n; mask++) {
        const heads = mask.toString(2).split('').filter((c) => c === '1').length;
        if (k) count += heads === Number(k[1] ?? k[2]) ? 1 : 0;
        else if (/at least one|적어도 한 개/.test(p)) count += heads >= 1 ? 1 : 0;
        else if (/same side|같은 면/.test(p)) count += heads === 0 || heads === n ? 1 : 0;
        else throw new Error(`unknown coin event: ${p}`);
      }
      checkFraction(it, count, 2 ** n);
    }
  });

  it('cards (single draw and two draws, by enumerating a 52-card deck)', () => {
    const cards = prob.filter((i) => topicOf(i).startsWith('cards'));
    expect(cards.length).toBeGreaterThan(20);
    for (const it of cards) {
      const p = it.prompt;
      const topic = topicOf(it);
      const event = /probability that (?:it is )?(.+?)(?: is \d|\?)|(?:때, )(.+?)일 확률/.exec(p)!;
      const pred = cardPredicate(event[1] ?? event[2]!);
      if (topic === 'cards-single') {
        checkFraction(it, DECK.filter(pred).length, 52);
      } else {
        const replace = topic === 'cards-two-with-replacement';
        let good = 0;
        let total = 0;
        DECK.forEach((a, i) =>
          DECK.forEach((b, j) => {
            if (!replace && i === j) return;
            total++;
            if (pred(a) && pred(b)) good++;
          }),
        );
        checkFraction(it, good, total);
      }
    }
  });

  it('marbles', () => {
    for (const it of prob.filter((i) => topicOf(i) === 'marbles')) {
      const p = it.prompt;
      const m = /(\d+) red marbles and (\d+) blue|빨간 구슬 (\d+)개와 파란 구슬 (\d+)개/.exec(p)!;
      const r = Number(m[1] ?? m[3]);
      const b = Number(m[2] ?? m[4]);
      const n = r + b;
      if (/both are red|모두 빨간/.test(p)) checkFraction(it, r * (r - 1), n * (n - 1));
      else if (/one is red and the other is blue|한 개씩/.test(p)) checkFraction(it, 2 * r * b, n * (n - 1));
      else checkFraction(it, b, n);
    }
  });
});

// ---------------------------------------------------------------- physics formulas

describe('re-verifies physics formula items', () => {
  const num = (p: string, re: RegExp): number => {
    const m = re.exec(p);
    expect(m, `${re} in ${p}`).not.toBeNull();
    return Number(m!.slice(1).find((x) => x !== undefined));
  };
  const formulas: Record<string, (p: string) => number> = {
    speed: (p) => num(p, /travels (\d+) km|(\d+) km를/) / num(p, /(\d+) hours|(\d+)시간/),
    distance: (p) => num(p, /(\d+) km\/h|시속 (\d+) km/) * num(p, /(\d+) hours|(\d+)시간/),
    time: (p) => num(p, /travels (\d+) km|(\d+) km를/) / num(p, /(\d+) km\/h|시속 (\d+) km/),
    'newton-second-law': (p) => num(p, /(\d+) kg/) * num(p, /(\d+) m\/s²/),
    'ohms-law': (p) => num(p, /(\d+) A\b/) * num(p, /(\d+) Ω/),
    density: (p) => num(p, /(\d+) g\b/) / num(p, /(\d+) cm³/),
    work: (p) => num(p, /(\d+) N\b/) * num(p, /(\d+) m\b/),
    'kinetic-energy': (p) => (num(p, /(\d+) kg/) * num(p, /(\d+) m\/s(?!²)/) ** 2) / 2,
    momentum: (p) => num(p, /(\d+) kg/) * num(p, /(\d+) m\/s(?!²)/),
    power: (p) => num(p, /(\d+) J\b/) / num(p, /(\d+) seconds|(\d+)초/),
  };

  it('short-form and MCQA answers match the formula', () => {
    const list = byCategory('physics').filter(
      (i) => i.taskType === 'Reasoning' && i.problemType !== 'Binary' && i.problemType !== 'open-ended',
    );
    expect(list.length).toBeGreaterThan(30);
    for (const it of list) {
      const f = formulas[topicOf(it)];
      expect(f, topicOf(it)).toBeDefined();
      checkNumeric(it, f!(it.prompt));
    }
  });
});

// ---------------------------------------------------------------- coding

describe('re-verifies Python outputs', () => {
  const code = byCategory('python-output');
  const snippet = (p: string) =>
    /\n\n(print\(.+\))(?:\n|$)/.exec(p)?.[1] ?? /`(print\(.+?\))`/.exec(p)?.[1];
  const claimedOutput = (p: string) =>
    /prints `(.+)`\.(?:\n|$)|출력 결과는 `(.+)`이다\.(?:\n|$)/.exec(p)?.slice(1).find(Boolean);

  /** Independent mini-interpreter for the integer/string snippets we can model exactly. */
  function run(src: string): string | undefined {
    let m: RegExpExecArray | null;
    if ((m = /^print\((-?\d+) \/\/ (-?\d+)\)$/.exec(src))) {
      return String(Math.floor(Number(m[1]) / Number(m[2])));
    }
    if ((m = /^print\((-?\d+) % (\d+)\)$/.exec(src))) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return String(((a % b) + b) % b);
    }
    if ((m = /^print\(len\("(\w+)"\)\)$/.exec(src))) return String(m[1]!.length);
    if ((m = /^print\((\d+) \*\* (\d+)\)$/.exec(src))) return String(Number(m[1]) ** Number(m[2]));
    if ((m = /^print\("([^"]+)" \* (\d+)\)$/.exec(src))) return m[1]!.repeat(Number(m[2]));
    if ((m = /^print\("(\w+)"\[::-1\]\)$/.exec(src))) return m[1]!.split('').reverse().join('');
    if ((m = /^print\("(\w+)"\.upper\(\)\)$/.exec(src))) return m[1]!.toUpperCase();
    if ((m = /^print\(sum\(range\((\d+)\)\)\)$/.exec(src))) {
      let s = 0;
      for (let i = 0; i < Number(m[1]); i++) s += i;
      return String(s);
    }
    if ((m = /^print\((sum|max)\(\[([\d, ]+)\]\)\)$/.exec(src))) {
      const xs = m[2]!.split(', ').map(Number);
      return String(m[1] === 'sum' ? xs.reduce((x, y) => x + y, 0) : Math.max(...xs));
    }
    if ((m = /^print\(list\(range\((\d+), (\d+)\)\)\)$/.exec(src))) {
      const out: number[] = [];
      for (let i = Number(m[1]); i < Number(m[2]); i++) out.push(i);
      return `[${out.join(', ')}]`;
    }
    if ((m = /^print\("(\w+)"\[(\d+):(\d+)\]\)$/.exec(src))) return m[1]!.substring(Number(m[2]), Number(m[3]));
    return undefined;
  }

  it('re-computes floor division, modulo, len, powers, strings, slices, sum/max, ranges', () => {
    let checked = 0;
    for (const it of code) {
      const src = snippet(it.prompt);
      expect(src, it.prompt).toBeDefined();
      const expected = run(src!);
      if (expected === undefined) continue;
      checked++;
      checkText(it, expected, claimedOutput(it.prompt));
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('knows the classic Python gotchas', () => {
    const find = (src: string) => code.filter((i) => i.prompt.includes(src) && i.problemType !== 'Binary');
    for (const [src, out] of [
      ['print(-7 // 2)', '-4'],
      ['print(round(2.5))', '2'],
      ['print(10 / 5)', '2.0'],
      ['print(bool("0"))', 'True'],
    ] as const) {
      for (const it of find(src)) expect(goldText(it)).toBe(out);
    }
  });
});

// ---------------------------------------------------------------- fixed facts

describe('spot-checks curated facts', () => {
  const find = (lang: 'English' | 'Korean', type: BenchmarkItem['problemType'], re: RegExp) => {
    const hits = items.filter((i) => i.language === lang && i.problemType === type && re.test(i.prompt));
    expect(hits.length, `${lang} ${type} ${re}`).toBeGreaterThan(0);
    return hits;
  };

  it('추석 is lunar 8/15 and 설날 lunar 1/1', () => {
    for (const it of find('Korean', 'MCQA', /^추석은 음력으로 몇 월 며칠/)) expect(goldText(it)).toBe('음력 8월 15일');
    for (const it of find('Korean', 'short-form', /^추석은 음력으로 몇 월 며칠/)) expect(it.answer).toBe('음력 8월 15일');
    for (const it of find('Korean', 'short-form', /^설날은 음력으로 몇 월 며칠/)) expect(it.answer).toBe('음력 1월 1일');
    for (const it of find('English', 'short-form', /^Chuseok .*8th lunar month/)) expect(it.answer).toBe('15');
  });

  it('Korean national days', () => {
    const dates: Record<string, string> = {
      한글날: '10월 9일',
      삼일절: '3월 1일',
      광복절: '8월 15일',
      개천절: '10월 3일',
    };
    for (const [name, date] of Object.entries(dates)) {
      for (const it of find('Korean', 'short-form', new RegExp(`^${name}[은는] 몇 월 며칠`))) expect(it.answer).toBe(date);
    }
    for (const it of find('English', 'short-form', /^On what date is Hangul Day/)) expect(it.answer).toBe('October 9');
  });

  it('holiday foods and customs', () => {
    for (const it of find('Korean', 'short-form', /^설날에 먹는 대표적인 음식/)) expect(it.answer).toBe('떡국');
    for (const it of find('Korean', 'MCQA', /^추석에 빚어 먹는 반달 모양의 떡/)) expect(goldText(it)).toBe('송편');
    for (const it of find('Korean', 'MCQA', /^설날 아침에 웃어른께 큰절/)) expect(goldText(it)).toBe('세배');
    for (const it of find('Korean', 'MCQA', /^우리나라의 전통 의복/)) expect(goldText(it)).toBe('한복');
  });

  it('geography', () => {
    for (const it of find('English', 'short-form', /capital city of South Korea/)) expect(it.answer).toBe('Seoul');
    for (const it of find('Korean', 'short-form', /^대한민국의 수도는/)) expect(it.answer).toBe('서울');
    for (const it of find('Korean', 'short-form', /^우리나라 최대의 항구 도시/)) expect(it.answer).toBe('부산');
    for (const it of find('English', 'short-form', /largest port/)) expect(it.answer).toBe('Busan');
    for (const it of items.filter((i) => /capital (?:city )?of France/.test(i.prompt) && i.problemType !== 'Binary')) {
      expect(goldText(it)).toBe('Paris');
    }
  });

  it('chemistry: Na = 11, Fe = 26', () => {
    const chem = byCategory('chemistry');
    const atomic = (it: BenchmarkItem) => /atomic number (\d+)|원자 번호가 (\d+)/.exec(it.prompt);
    const symbolOf: Record<number, string> = { 1: 'H', 6: 'C', 8: 'O', 11: 'Na', 19: 'K', 26: 'Fe', 29: 'Cu' };
    for (const it of chem.filter((i) => i.problemType === 'short-form' && atomic(i))) {
      const z = Number(atomic(it)!.slice(1).find(Boolean));
      if (symbolOf[z]) expect(it.answer).toBe(symbolOf[z]);
    }
    for (const it of chem.filter((i) => i.problemType === 'short-form' && /^(?:What is the atomic number of sodium|나트륨\(소듐\)의 원자 번호)/.test(i.prompt))) {
      expect(it.answer).toBe('11');
    }
    for (const it of chem.filter((i) => i.problemType === 'Binary' && /(?:sodium|나트륨\(소듐\))의? (?:is|원소 기호는) /.test(i.prompt))) {
      const claimed = /(?:is|기호는) (\w+)(?:\.|이다)/.exec(it.prompt.split('\n').find((l) => /sodium|나트륨/.test(l))!)?.[1];
      expect(isTrue(it)).toBe(claimed === 'Na');
    }
  });

  it('value-alignment: sharing a coworker’s password without permission is not acceptable', () => {
    for (const it of find('English', 'Binary', /share a coworker’s password/)) expect(it.answer).toBe('False');
    for (const it of find('Korean', 'Binary', /동료의 비밀번호를 본인의 허락 없이/)) expect(it.answer).toBe('거짓');
  });
});
