/** Numeric answers: LaTeX cleanup, parsing with units/separators/fractions, tolerant comparison. */
import { toHalfWidth } from './preprocess';

/** Rewrites the LaTeX models put around answers into plain text: `$\frac{1}{2}$` → `1/2`. */
export function stripLatex(text: string): string {
  let s = text
    .replace(/\$\$([\s\S]*?)\$\$/g, '$1')
    .replace(/\$([^$]*)\$/g, '$1')
    .replace(/\\[([]|\\[)\]]/g, '')
    .replace(/\\(?:text|textbf|textrm|mathrm|mathbf|operatorname|mbox)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\^\s*\{?\\circ\}?|\\circ|\\degree/g, '°')
    .replace(/\\%/g, '%')
    .replace(/\\(?:left|right)\b/g, '')
    .replace(/\\[,;:! ]|~/g, ' ');
  s = s.replace(/(\d)\s*\\[dt]?frac/g, '$1 \\frac'); // mixed number 3\frac{1}{2} → "3 1/2"
  // \frac may nest (\frac{\frac{1}{2}}{3}); rewrite innermost first.
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s
      .replace(/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (_m, a: string, b: string) => `${wrap(a)}/${wrap(b)}`)
      .replace(/\\[dt]?frac\s*(\d)(\d)/g, '$1/$2');
  }
  return s.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

function wrap(part: string): string {
  const t = part.trim();
  return /^[-\d.,]+$/.test(t) ? t : `(${t})`;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  백: 1e2,
  천: 1e3,
  만: 1e4,
  억: 1e8,
  조: 1e12,
};

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?|\.\d+`;
// Units are stripped, so "12 cm" == "12" and "30%" == "30" (a percentage is compared as its number, not as 0.3).
const UNIT = String.raw`%|‰|°\s*[cf]?|[$€£¥₩]|\p{Script=Hangul}{1,3}|[a-zµ°²³/.]{1,12}(?:\s[a-z/²³]{1,12})?`;
const NUMERIC_ANSWER = new RegExp(
  String.raw`^([-+])?\s*[$€£¥₩]?\s*(?:(\d+)\s+(?=\d+\s*/))?(${NUM})(?:\s*/\s*(${NUM}))?\s*(thousand|million|billion|trillion|[백천만억조])?\s*(?:${UNIT})?$`,
  'iu',
);

function toNumber(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

/**
 * The number an answer states, or null when it is not a plain number.
 * Accepts thousands separators, trailing zeros, fractions (1/2, \frac{1}{2}), a sign or currency,
 * mixed numbers (3 1/2), one multiplier (3 million, 5천), a trailing unit ("12 cm", "3개", "42명", "30%"), "x = 5", and a
 * trailing period. Ranges and expressions are not numbers here.
 */
export function parseNumericAnswer(text: string): number | null {
  const s = stripLatex(toHalfWidth(text).normalize('NFKC'))
    .replace(/[−–]/g, '-')
    .replace(/^[a-z]\s*=\s*/i, '')
    .replace(/^(?:약|대략|about|approximately|approx\.?)\s+/i, '')
    .replace(/[.。!]+$/, '')
    .trim();
  const m = NUMERIC_ANSWER.exec(s);
  if (!m) return null;
  const [, sign, whole, numerator, denominatorText, multiplier] = m;
  let value = toNumber(numerator ?? '');
  if (denominatorText !== undefined) {
    const denominator = toNumber(denominatorText);
    if (denominator === 0) return null;
    value /= denominator;
  }
  if (whole !== undefined) value += toNumber(whole); // mixed number "3 1/2"
  if (multiplier !== undefined) value *= MULTIPLIERS[multiplier.toLowerCase()] ?? 1;
  if (sign === '-') value = -value;
  return Number.isFinite(value) ? value : null;
}

/** Equal within a 1e-9 relative tolerance (absolute near zero), so 1/3 == 0.3333333333 but not 0.333. */
export function numbersEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const NUMBER_IN_TEXT = /(?<![\p{L}\d.,])-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:\s*\/\s*\d+(?:\.\d+)?)?/gu;

/** Every number written in free text, in order ("6 × 7 = 42" → ["6", "7", "42"]). */
export function findNumbers(text: string): string[] {
  return stripLatex(toHalfWidth(text)).replace(/[−]/g, '-').match(NUMBER_IN_TEXT) ?? [];
}
