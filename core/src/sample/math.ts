/** Science/Math: arithmetic, algebra, percentages and unit conversions with computed answers. */

import type { Language, ProblemType } from '../benchmark';
import {
  binaryDraft,
  type Draft,
  type ItemMeta,
  LANGS,
  type Level,
  mcqaDraft,
  numericDistractors,
  shortDraft,
  SUBJECTS,
  t,
} from './builder';
import { eunNeun, euroRo } from './korean';
import { Rng } from './prng';

/** A generated question: text pieces for each problem type plus the computed answer. */
interface NumericQuestion {
  /** Short-form prompt. */
  short: string;
  /** MCQA prompt. */
  mcqa: string;
  /** Statement for Binary, given a claimed answer string. */
  claim: (value: string) => string;
  answer: number;
  /** Plausible wrong answers (typical mistakes). */
  mistakes: number[];
  allowNegative?: boolean;
  /** Set false to allow non-integer distractors even when the answer is whole. */
  integerOnly?: boolean;
}

const ROTATION: readonly ProblemType[] = ['short-form', 'MCQA', 'Binary'];

function meta(category: string, level: Level, topic: string): ItemMeta {
  return { subject: SUBJECTS.math, taskType: 'Reasoning', targetType: 'General', category, level, topic };
}

/** Emits one item of the given problem type from a numeric question. */
export function emitNumeric(
  rng: Rng,
  lang: Language,
  m: ItemMeta,
  q: NumericQuestion,
  type: ProblemType,
): Draft {
  const answer = String(q.answer);
  const distractorOpts = {
    allowNegative: q.allowNegative ?? q.answer < 0,
    integer: q.integerOnly ?? Number.isInteger(q.answer),
  };
  if (type === 'MCQA') {
    return mcqaDraft(rng, lang, m, q.mcqa, answer, numericDistractors(rng, q.answer, q.mistakes, distractorOpts));
  }
  if (type === 'Binary') {
    const truth = rng.bool();
    const claimed = truth ? answer : (numericDistractors(rng, q.answer, q.mistakes, distractorOpts)[0] as string);
    return binaryDraft(lang, m, q.claim(claimed), truth);
  }
  return shortDraft(lang, m, q.short, answer);
}

// ---------------------------------------------------------------- arithmetic

interface Expr {
  text: string;
  value: number;
  mistakes: number[];
}

function exprQuestion(lang: Language, e: Expr): NumericQuestion {
  return {
    short: t(
      lang,
      `Compute: ${e.text}. Give the answer as an integer.`,
      `다음을 계산하시오: ${e.text}\n답은 정수로 쓰시오.`,
    ),
    mcqa: t(lang, `What is the value of ${e.text}?`, `다음 식의 값은 얼마입니까? ${e.text}`),
    claim: (v) => `${e.text} = ${v}`,
    answer: e.value,
    mistakes: e.mistakes,
    allowNegative: true,
  };
}

/** Parenthesise negative literals: (-7). */
const n = (v: number): string => (v < 0 ? `(${v})` : String(v));

type ExprMaker = (rng: Rng) => Expr;

const ELEMENTARY_EXPRS: Record<string, ExprMaker> = {
  addition: (rng) => {
    const a = rng.int(12, 899);
    const b = rng.int(12, 899);
    const v = a + b;
    return { text: `${a} + ${b}`, value: v, mistakes: [v + 10, v - 10, v + 100, v - 100] };
  },
  subtraction: (rng) => {
    const a = rng.int(120, 999);
    const b = rng.int(11, a - 10);
    const v = a - b;
    return { text: `${a} - ${b}`, value: v, mistakes: [v + 10, v - 10, v + 100] };
  },
  multiplication: (rng) => {
    const a = rng.int(12, 99);
    const b = rng.int(3, 9);
    const v = a * b;
    return { text: `${a} × ${b}`, value: v, mistakes: [a * (b + 1), a * (b - 1), v + 10, v - 10] };
  },
  division: (rng) => {
    const b = rng.int(2, 12);
    const q = rng.int(3, 40);
    return { text: `${b * q} ÷ ${b}`, value: q, mistakes: [q + 1, q - 1, q + 10] };
  },
};

const MIDDLE_EXPRS: Record<string, ExprMaker> = {
  'order-of-operations': (rng) => {
    const form = rng.int(0, 4);
    if (form === 0) {
      const a = rng.int(2, 30);
      const b = rng.int(2, 12);
      const c = rng.int(2, 12);
      return { text: `${a} + ${b} × ${c}`, value: a + b * c, mistakes: [(a + b) * c] };
    }
    if (form === 1) {
      const a = rng.int(2, 20);
      const b = rng.int(2, 20);
      const c = rng.int(2, 9);
      return { text: `(${a} + ${b}) × ${c}`, value: (a + b) * c, mistakes: [a + b * c] };
    }
    if (form === 2) {
      const b = rng.int(2, 9);
      const c = rng.int(2, 9);
      const a = rng.int(b * c + 1, b * c + 40);
      return { text: `${a} - ${b} × ${c}`, value: a - b * c, mistakes: [(a - b) * c] };
    }
    if (form === 3) {
      const a = rng.int(3, 15);
      const b = rng.int(2, 9);
      const d = rng.int(2, 6);
      const k = rng.int(2, 9);
      const c = d * k;
      const wrong = (a * b - c) % d === 0 ? (a * b - c) / d : a * b - c;
      return { text: `${a} × ${b} - ${c} ÷ ${d}`, value: a * b - k, mistakes: [wrong, a * b - c] };
    }
    const b = rng.int(2, 9);
    const q = rng.int(2, 12);
    const c = rng.int(2, 9);
    const d = rng.int(2, 9);
    return { text: `${b * q} ÷ ${b} + ${c} × ${d}`, value: q + c * d, mistakes: [(q + c) * d] };
  },
  'negative-numbers': (rng) => {
    const form = rng.int(0, 3);
    if (form === 0) {
      const a = rng.int(2, 15);
      const b = rng.int(2, 9);
      const c = rng.int(1, 30);
      return { text: `${n(-a)} × ${b} + ${c}`, value: -a * b + c, mistakes: [a * b + c, -a * b - c] };
    }
    if (form === 1) {
      const a = rng.int(-20, 30);
      const b = rng.int(2, 25);
      return { text: `${n(a)} - ${n(-b)}`, value: a + b, mistakes: [a - b, -a - b] };
    }
    if (form === 2) {
      const a = rng.int(2, 12);
      const b = rng.int(2, 9);
      const c = rng.int(1, 40);
      return { text: `${n(-a)} × ${n(-b)} - ${c}`, value: a * b - c, mistakes: [-a * b - c, a * b + c] };
    }
    const a = rng.int(2, 30);
    const b = rng.int(2, 30);
    const c = rng.int(2, 30);
    return { text: `${n(-a)} + ${b} - ${n(-c)}`, value: -a + b + c, mistakes: [-a + b - c, a + b + c] };
  },
};

const HIGH_EXPRS: Record<string, ExprMaker> = {
  exponents: (rng) => {
    const form = rng.int(0, 3);
    if (form === 0) {
      const a = rng.int(3, 10);
      const b = rng.int(2, a - 1);
      return { text: `2^${a} + 2^${b}`, value: 2 ** a + 2 ** b, mistakes: [2 ** (a + b), 2 * a + 2 * b] };
    }
    if (form === 1) {
      const a = rng.int(11, 30);
      const b = rng.int(2, a - 1);
      return { text: `${a}^2 - ${b}^2`, value: a * a - b * b, mistakes: [(a - b) ** 2, a * a + b * b] };
    }
    if (form === 2) {
      const a = rng.int(3, 15);
      const b = rng.int(2, 15);
      return { text: `(${a} + ${b})^2`, value: (a + b) ** 2, mistakes: [a * a + b * b, 2 * (a + b)] };
    }
    const base = rng.pick([3, 4, 5, 6]);
    const e = rng.int(2, base === 3 ? 6 : 4);
    return { text: `${base}^${e}`, value: base ** e, mistakes: [base * e, base ** (e - 1), base ** (e + 1)] };
  },
};

function arithmetic(rng: Rng, lang: Language, out: Draft[]): void {
  const groups: Array<[Level, Record<string, ExprMaker>, number]> = [
    ['elementary', ELEMENTARY_EXPRS, 9],
    ['middle', MIDDLE_EXPRS, 12],
    ['high', HIGH_EXPRS, 12],
  ];
  for (const [level, makers, perMaker] of groups) {
    for (const [topic, make] of Object.entries(makers)) {
      for (let i = 0; i < perMaker; i++) {
        const type = ROTATION[i % ROTATION.length] as ProblemType;
        out.push(emitNumeric(rng, lang, meta('arithmetic', level, topic), exprQuestion(lang, make(rng)), type));
      }
    }
  }
}

// ---------------------------------------------------------------- algebra

/** Formats a linear expression from (coefficient, variable) terms, e.g. "2x - y + 3". */
export function linear(terms: ReadonlyArray<readonly [number, string]>): string {
  let s = '';
  for (const [c, v] of terms) {
    if (c === 0) continue;
    const abs = Math.abs(c);
    const body = v === '' ? String(abs) : abs === 1 ? v : `${abs}${v}`;
    if (s === '') s = c < 0 ? `-${body}` : body;
    else s += c < 0 ? ` - ${body}` : ` + ${body}`;
  }
  return s === '' ? '0' : s;
}

function ordinalEn(k: number): string {
  const mod100 = k % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${k}th`;
  const suffix = k % 10 === 1 ? 'st' : k % 10 === 2 ? 'nd' : k % 10 === 3 ? 'rd' : 'th';
  return `${k}${suffix}`;
}

function linearEquation(rng: Rng, lang: Language): NumericQuestion {
  const a = rng.int(2, 9);
  const x = rng.int(-10, 15);
  const b = rng.nonZero(-20, 20);
  const c = a * x + b;
  const eq = `${linear([[a, 'x'], [b, '']])} = ${c}`;
  const mistakes = [x + 1, x - 1, -x, c - b];
  if ((c + b) % a === 0) mistakes.unshift((c + b) / a);
  return {
    short: t(
      lang,
      `Solve for x: ${eq}. Give x as an integer.`,
      `다음 방정식을 만족하는 x의 값을 구하시오: ${eq}\n답은 정수로 쓰시오.`,
    ),
    mcqa: t(lang, `What value of x satisfies ${eq}?`, `방정식 ${eq}의 해는 무엇입니까?`),
    claim: (v) => t(lang, `x = ${v} is the solution of ${eq}.`, `방정식 ${eq}의 해는 x = ${v}이다.`),
    answer: x,
    mistakes,
    allowNegative: true,
  };
}

function twoSidedEquation(rng: Rng, lang: Language): NumericQuestion {
  const x = rng.int(-8, 12);
  const a = rng.int(2, 9);
  let c = rng.int(1, 8);
  if (c === a) c = a + 1;
  const b = rng.int(-15, 15);
  const d = (a - c) * x + b;
  const eq = `${linear([[a, 'x'], [b, '']])} = ${linear([[c, 'x'], [d, '']])}`;
  const mistakes = [-x, x + 1, x - 1];
  if ((d + b) % (a - c) === 0) mistakes.unshift((d + b) / (a - c));
  if ((d - b) % (a + c) === 0) mistakes.unshift((d - b) / (a + c));
  return {
    short: t(
      lang,
      `Solve for x: ${eq}. Give x as an integer.`,
      `다음 방정식을 만족하는 x의 값을 구하시오: ${eq}\n답은 정수로 쓰시오.`,
    ),
    mcqa: t(lang, `What value of x satisfies ${eq}?`, `방정식 ${eq}의 해는 무엇입니까?`),
    claim: (v) => t(lang, `x = ${v} is the solution of ${eq}.`, `방정식 ${eq}의 해는 x = ${v}이다.`),
    answer: x,
    mistakes,
    allowNegative: true,
  };
}

function linearSystem(rng: Rng, lang: Language): NumericQuestion {
  for (;;) {
    const x = rng.int(-6, 9);
    const y = rng.int(-6, 9);
    const a1 = rng.nonZero(-5, 5);
    const b1 = rng.nonZero(-5, 5);
    const a2 = rng.nonZero(-5, 5);
    const b2 = rng.nonZero(-5, 5);
    if (a1 * b2 - a2 * b1 === 0 || x === y) continue;
    const eq1 = `${linear([[a1, 'x'], [b1, 'y']])} = ${a1 * x + b1 * y}`;
    const eq2 = `${linear([[a2, 'x'], [b2, 'y']])} = ${a2 * x + b2 * y}`;
    const askX = rng.bool();
    const v = askX ? 'x' : 'y';
    const answer = askX ? x : y;
    const other = askX ? y : x;
    return {
      short: t(
        lang,
        `Solve the system of equations ${eq1} and ${eq2}. What is the value of ${v}? Give an integer.`,
        `다음 연립방정식을 풀어 ${v}의 값을 구하시오.\n${eq1}\n${eq2}\n답은 정수로 쓰시오.`,
      ),
      mcqa: t(
        lang,
        `In the solution of the system ${eq1} and ${eq2}, what is the value of ${v}?`,
        `다음 연립방정식의 해에서 ${v}의 값은 얼마입니까?\n${eq1}\n${eq2}`,
      ),
      claim: (val) =>
        t(
          lang,
          `In the solution of the system ${eq1} and ${eq2}, ${v} = ${val}.`,
          `연립방정식 ${eq1}, ${eq2}의 해에서 ${v} = ${val}이다.`,
        ),
      answer,
      mistakes: [other, -answer, answer + 1, answer - 1],
      allowNegative: true,
    };
  }
}

function quadratic(rng: Rng, lang: Language): NumericQuestion {
  const r1 = rng.int(-9, 8);
  const r2 = rng.int(r1 + 1, 9);
  const p = -(r1 + r2);
  const q = r1 * r2;
  const eq = `${linear([[1, 'x^2'], [p, 'x'], [q, '']])} = 0`;
  const askLarger = rng.bool();
  const answer = askLarger ? r2 : r1;
  const which = askLarger ? ['larger', '큰'] : ['smaller', '작은'];
  return {
    short: t(
      lang,
      `The equation ${eq} has two solutions. What is the ${which[0]} one? Give an integer.`,
      `이차방정식 ${eq}의 두 근 중 더 ${which[1]} 근을 구하시오.\n답은 정수로 쓰시오.`,
    ),
    mcqa: t(
      lang,
      `What is the ${which[0]} solution of ${eq}?`,
      `이차방정식 ${eq}의 두 근 중 더 ${which[1]} 근은 무엇입니까?`,
    ),
    claim: (v) =>
      t(
        lang,
        `The ${which[0]} solution of ${eq} is x = ${v}.`,
        `이차방정식 ${eq}의 두 근 중 더 ${which[1]} 근은 x = ${v}이다.`,
      ),
    answer,
    mistakes: [-answer, askLarger ? r1 : r2, -(askLarger ? r1 : r2), answer + 1],
    allowNegative: true,
  };
}

function arithmeticSequence(rng: Rng, lang: Language): NumericQuestion {
  const a = rng.int(-10, 20);
  const d = rng.nonZero(-6, 9);
  const k = rng.int(10, 30);
  const terms = [0, 1, 2, 3].map((i) => a + i * d).join(', ');
  const answer = a + (k - 1) * d;
  return {
    short: t(
      lang,
      `The arithmetic sequence ${terms}, ... continues with the same common difference. What is its ${ordinalEn(k)} term? Give an integer.`,
      `등차수열 ${terms}, …의 제${k}항을 구하시오.\n답은 정수로 쓰시오.`,
    ),
    mcqa: t(
      lang,
      `What is the ${ordinalEn(k)} term of the arithmetic sequence ${terms}, ...?`,
      `등차수열 ${terms}, …의 제${k}항은 무엇입니까?`,
    ),
    claim: (v) =>
      t(
        lang,
        `The ${ordinalEn(k)} term of the arithmetic sequence ${terms}, ... is ${v}.`,
        `등차수열 ${terms}, …의 제${k}항은 ${v}이다.`,
      ),
    answer,
    mistakes: [a + k * d, answer + d, answer - d, k * d],
    allowNegative: true,
  };
}

function algebra(rng: Rng, lang: Language, out: Draft[]): void {
  const makers: Array<[string, Level, (r: Rng, l: Language) => NumericQuestion, number]> = [
    ['linear-equation', 'middle', linearEquation, 12],
    ['two-sided-equation', 'middle', twoSidedEquation, 6],
    ['linear-system', 'high', linearSystem, 9],
    ['quadratic-roots', 'high', quadratic, 9],
    ['arithmetic-sequence', 'high', arithmeticSequence, 6],
  ];
  for (const [topic, level, make, count] of makers) {
    for (let i = 0; i < count; i++) {
      const type = ROTATION[i % ROTATION.length] as ProblemType;
      out.push(emitNumeric(rng, lang, meta('algebra', level, topic), make(rng, lang), type));
    }
  }
}

// ---------------------------------------------------------------- percentages

/** "12,000" style grouping. */
export function group(v: number): string {
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function percentOf(rng: Rng, lang: Language): NumericQuestion {
  const p = rng.int(1, 19) * 5;
  const base = rng.int(1, 25) * 20;
  const answer = (p * base) / 100;
  return {
    short: t(lang, `What is ${p}% of ${base}? Give the number only.`, `${base}의 ${p}%는 얼마입니까? 숫자만 쓰시오.`),
    mcqa: t(lang, `What is ${p}% of ${base}?`, `${base}의 ${p}%는 얼마입니까?`),
    claim: (v) => t(lang, `${p}% of ${base} is ${v}.`, `${base}의 ${p}%는 ${v}이다.`),
    answer,
    mistakes: [(p * base) / 10, base - answer, answer + base / 20],
  };
}

function discount(rng: Rng, lang: Language): NumericQuestion {
  const p = rng.int(1, 10) * 5;
  if (lang === 'Korean') {
    const price = rng.int(5, 60) * 1000;
    const answer = (price * (100 - p)) / 100;
    return {
      short: `정가가 ${group(price)}원인 물건을 ${p}% 할인하여 판매한다. 판매 가격은 몇 원입니까? 단위 없이 숫자만 쓰시오.`,
      mcqa: `정가가 ${group(price)}원인 물건을 ${p}% 할인하여 판매할 때, 판매 가격은 몇 원입니까?`,
      claim: (v) => `정가가 ${group(price)}원인 물건을 ${p}% 할인한 판매 가격은 ${v}원이다.`,
      answer,
      mistakes: [(price * p) / 100, (price * (100 + p)) / 100, (price * (105 - p)) / 100],
    };
  }
  const price = rng.int(2, 30) * 20;
  const answer = (price * (100 - p)) / 100;
  return {
    short: `A jacket that normally costs $${price} is on sale for ${p}% off. What is the sale price in dollars? Give the number only.`,
    mcqa: `A jacket that normally costs $${price} is on sale for ${p}% off. What is the sale price in dollars?`,
    claim: (v) => `A jacket that normally costs $${price} costs $${v} after a discount of ${p}%.`,
    answer,
    mistakes: [(price * p) / 100, (price * (100 + p)) / 100, (price * (105 - p)) / 100],
  };
}

function percentChange(rng: Rng, lang: Language): NumericQuestion {
  const old = rng.int(1, 20) * 20;
  const p = rng.int(1, 12) * 5;
  const up = rng.bool();
  const next = (old * (up ? 100 + p : 100 - p)) / 100;
  const diff = Math.abs(next - old);
  const wrongBase = (diff * 100) / next;
  return {
    short: t(
      lang,
      `A price changes from ${old} to ${next}. By what percent did it ${up ? 'increase' : 'decrease'}? Give the number only.`,
      `가격이 ${old}에서 ${euroRo(String(next))} ${up ? '올랐다' : '내렸다'}. 가격은 몇 % ${up ? '인상' : '인하'}되었습니까? 숫자만 쓰시오.`,
    ),
    mcqa: t(
      lang,
      `A price changes from ${old} to ${next}. What is the percent ${up ? 'increase' : 'decrease'}?`,
      `가격이 ${old}에서 ${euroRo(String(next))} ${up ? '올랐을' : '내렸을'} 때, 가격은 몇 % ${up ? '인상' : '인하'}되었습니까?`,
    ),
    claim: (v) =>
      t(
        lang,
        `Going from ${old} to ${next} is ${up ? 'an increase' : 'a decrease'} of ${v}%.`,
        `가격이 ${old}에서 ${euroRo(String(next))} ${up ? '오르면' : '내리면'} ${v}% ${up ? '인상' : '인하'}된 것이다.`,
      ),
    answer: p,
    mistakes: [diff, Number.isInteger(wrongBase) ? wrongBase : p + 10],
  };
}

function whatPercent(rng: Rng, lang: Language): NumericQuestion {
  const whole = rng.pick([20, 25, 40, 50, 80, 200, 250, 400, 500]);
  let p = 0;
  for (;;) {
    p = rng.int(1, 19) * 5;
    if ((p * whole) % 100 === 0) break;
  }
  const part = (p * whole) / 100;
  return {
    short: t(
      lang,
      `${part} is what percent of ${whole}? Give the number only.`,
      `${eunNeun(String(part))} ${whole}의 몇 %입니까? 숫자만 쓰시오.`,
    ),
    mcqa: t(lang, `${part} is what percent of ${whole}?`, `${eunNeun(String(part))} ${whole}의 몇 %입니까?`),
    claim: (v) => t(lang, `${part} is ${v}% of ${whole}.`, `${eunNeun(String(part))} ${whole}의 ${v}%이다.`),
    answer: p,
    mistakes: [100 - p, part, p / 10],
  };
}

function percentages(rng: Rng, lang: Language, out: Draft[]): void {
  const makers: Array<[string, (r: Rng, l: Language) => NumericQuestion, number]> = [
    ['percent-of', percentOf, 9],
    ['discount', discount, 6],
    ['percent-change', percentChange, 6],
    ['what-percent', whatPercent, 6],
  ];
  for (const [topic, make, count] of makers) {
    for (let i = 0; i < count; i++) {
      const type = ROTATION[(i + 1) % ROTATION.length] as ProblemType;
      out.push(emitNumeric(rng, lang, meta('percentages', 'middle', topic), make(rng, lang), type));
    }
  }
}

// ---------------------------------------------------------------- unit conversions

interface UnitPair {
  topic: string;
  level: Level;
  /** Draws the source value (as a display number) and the exact answer. */
  draw: (rng: Rng) => { value: number; answer: number; mistakes: number[] };
  en: (v: number) => string;
  ko: (v: number) => string;
  enClaim: (v: number, a: string) => string;
  koClaim: (v: number, a: string) => string;
}

/** Values with one decimal place, built from integers so no float drift: k / 10. */
const tenths = (k: number): number => k / 10;

/** A bigger unit to a 1000× smaller one (km→m, kg→g, L→mL), with the usual factor-of-10 slips as distractors. */
const drawTimesThousand: UnitPair['draw'] = (rng) => {
  const k = rng.int(2, 95);
  return { value: tenths(k), answer: k * 100, mistakes: [k * 10, k * 1000, k] };
};

/** The reverse conversion (m→km, g→kg, mL→L). */
const drawDividedByThousand: UnitPair['draw'] = (rng) => {
  const k = rng.int(2, 95);
  return { value: k * 100, answer: tenths(k), mistakes: [k, k / 100, k * 10] };
};

const UNIT_PAIRS: UnitPair[] = [
  {
    topic: 'km-to-m',
    level: 'elementary',
    draw: drawTimesThousand,
    en: (v) => `How many meters are in ${v} km?`,
    ko: (v) => `${v} km는 몇 m입니까?`,
    enClaim: (v, a) => `${v} km is equal to ${a} m.`,
    koClaim: (v, a) => `${v} km는 ${a} m와 같다.`,
  },
  {
    topic: 'm-to-km',
    level: 'elementary',
    draw: drawDividedByThousand,
    en: (v) => `How many kilometers is ${v} m?`,
    ko: (v) => `${v} m는 몇 km입니까?`,
    enClaim: (v, a) => `${v} m is equal to ${a} km.`,
    koClaim: (v, a) => `${v} m는 ${a} km와 같다.`,
  },
  {
    topic: 'kg-to-g',
    level: 'elementary',
    draw: drawTimesThousand,
    en: (v) => `How many grams are in ${v} kg?`,
    ko: (v) => `${v} kg은 몇 g입니까?`,
    enClaim: (v, a) => `${v} kg is equal to ${a} g.`,
    koClaim: (v, a) => `${v} kg은 ${a} g과 같다.`,
  },
  {
    topic: 'g-to-kg',
    level: 'elementary',
    draw: drawDividedByThousand,
    en: (v) => `How many kilograms is ${v} g?`,
    ko: (v) => `${v} g은 몇 kg입니까?`,
    enClaim: (v, a) => `${v} g is equal to ${a} kg.`,
    koClaim: (v, a) => `${v} g은 ${a} kg과 같다.`,
  },
  {
    topic: 'hours-to-minutes',
    level: 'elementary',
    draw: (rng) => {
      const q = rng.int(5, 40); // quarter hours, never exactly 1 hour
      const hours = q / 4;
      return { value: hours, answer: q * 15, mistakes: [hours * 100, q * 15 + 15, q * 15 - 15] };
    },
    en: (v) => `How many minutes are in ${v} hours?`,
    ko: (v) => `${v}시간은 몇 분입니까?`,
    enClaim: (v, a) => `${v} hours is equal to ${a} minutes.`,
    koClaim: (v, a) => `${v}시간은 ${a}분과 같다.`,
  },
  {
    topic: 'minutes-to-hours',
    level: 'elementary',
    draw: (rng) => {
      const q = rng.int(5, 40);
      const hours = q / 4;
      return { value: q * 15, answer: hours, mistakes: [(q * 15) / 100, hours + 0.5, hours - 0.25] };
    },
    en: (v) => `How many hours is ${v} minutes?`,
    ko: (v) => `${v}분은 몇 시간입니까?`,
    enClaim: (v, a) => `${v} minutes is equal to ${a} hours.`,
    koClaim: (v, a) => `${v}분은 ${a}시간과 같다.`,
  },
  {
    topic: 'L-to-mL',
    level: 'elementary',
    draw: drawTimesThousand,
    en: (v) => `How many milliliters are in ${v} L?`,
    ko: (v) => `${v} L는 몇 mL입니까?`,
    enClaim: (v, a) => `${v} L is equal to ${a} mL.`,
    koClaim: (v, a) => `${v} L는 ${a} mL와 같다.`,
  },
  {
    topic: 'mL-to-L',
    level: 'elementary',
    draw: drawDividedByThousand,
    en: (v) => `How many liters is ${v} mL?`,
    ko: (v) => `${v} mL는 몇 L입니까?`,
    enClaim: (v, a) => `${v} mL is equal to ${a} L.`,
    koClaim: (v, a) => `${v} mL는 ${a} L와 같다.`,
  },
  {
    topic: 'celsius-to-fahrenheit',
    level: 'middle',
    draw: (rng) => {
      const k = rng.int(-8, 20);
      const c = 5 * k;
      return { value: c, answer: 9 * k + 32, mistakes: [9 * k, 9 * k + 32 + 9, c + 32] };
    },
    en: (v) => `Convert ${v} °C to degrees Fahrenheit (°F = °C × 9/5 + 32).`,
    ko: (v) => `섭씨 ${v}도(${v} °C)를 화씨온도(°F)로 나타내면 몇 도입니까? (°F = °C × 9/5 + 32)`,
    enClaim: (v, a) => `${v} °C is equal to ${a} °F.`,
    koClaim: (v, a) => `${v} °C는 ${a} °F와 같다.`,
  },
  {
    topic: 'fahrenheit-to-celsius',
    level: 'middle',
    draw: (rng) => {
      const k = rng.int(-8, 20);
      const f = 9 * k + 32;
      return { value: f, answer: 5 * k, mistakes: [f - 32, 5 * k + 5, 5 * k - 5] };
    },
    en: (v) => `Convert ${v} °F to degrees Celsius (°C = (°F − 32) × 5/9).`,
    ko: (v) => `화씨 ${v}도(${v} °F)를 섭씨온도(°C)로 나타내면 몇 도입니까? (°C = (°F − 32) × 5/9)`,
    enClaim: (v, a) => `${v} °F is equal to ${a} °C.`,
    koClaim: (v, a) => `${v} °F는 ${a} °C와 같다.`,
  },
];

function conversions(rng: Rng, lang: Language, out: Draft[]): void {
  for (const pair of UNIT_PAIRS) {
    for (let i = 0; i < 3; i++) {
      const { value, answer, mistakes } = pair.draw(rng);
      const base = lang === 'Korean' ? pair.ko(value) : pair.en(value);
      const q: NumericQuestion = {
        short: `${base}${t(lang, ' Give the number only.', '\n숫자만 쓰시오.')}`,
        mcqa: base,
        claim: (a) => (lang === 'Korean' ? pair.koClaim(value, a) : pair.enClaim(value, a)),
        answer,
        mistakes,
        allowNegative: pair.topic.includes('celsius') || pair.topic.includes('fahrenheit'),
        integerOnly: false,
      };
      const type = ROTATION[(i + UNIT_PAIRS.indexOf(pair)) % ROTATION.length] as ProblemType;
      out.push(emitNumeric(rng, lang, meta('unit-conversion', pair.level, pair.topic), q, type));
    }
  }
}

export function mathDrafts(): Draft[] {
  const out: Draft[] = [];
  for (const lang of LANGS) {
    const rng = new Rng(`math:${lang}`);
    arithmetic(rng, lang, out);
    algebra(rng, lang, out);
    percentages(rng, lang, out);
    conversions(rng, lang, out);
  }
  return out;
}
