/** Extraction of sample sizes and seeds from free text (Korean and English). */
import { EN_COUNT_UNITS, KO_COUNT_UNITS } from './cues';
import type { Match } from './match';

export interface NumberCue extends Match {
  value: number;
}

const EN_NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s*(k)(?![a-z]))?';

/** "200 samples", "1,000 multiple-choice questions", "2k items" (up to three words between). */
const EN_COUNT = new RegExp(
  `(?<![\\w.,-])${EN_NUMBER}\\s*((?:(?!models?\\b|llms?\\b|systems?\\b|times\\b|shots?\\b)[a-z][a-z/-]*\\s+){0,3})${EN_COUNT_UNITS}(?![a-z])`,
  'gi',
);
/** "n=250", "n = 250", "sample size of 300", "samples: 50". */
const EN_ASSIGN = new RegExp(
  `(?<![a-z])(?:n\\s*[=:]|sample\\s*size\\s*(?:of|=|:|is)?|samples?\\s*[=:]|num(?:ber)?\\s*of\\s*samples\\s*(?:=|:|is)?)\\s*${EN_NUMBER}`,
  'gi',
);
/** "300개", "500문제", "1,000문항", "1천 개". */
const KO_COUNT = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(천|만)?\\s*${KO_COUNT_UNITS}`, 'g');
/** "샘플 300", "샘플 수는 300", "문항 수 50". */
const KO_ASSIGN = /(?:샘플|표본|문항|문제)\s*(?:수|크기|사이즈|개수)?\s*(?:는|은|를|을|=|:)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:번|학년|년|회))/g;
/** Sino-Korean numerals: "오십 문제", "이백 개", "천 문항". */
const KO_WORD_COUNT = new RegExp(`(?<![가-힣])([일이삼사오육칠팔구십백천]+)\\s*${KO_COUNT_UNITS}`, 'g');
/** English number words: "a hundred samples", "fifty questions", "two hundred items". */
const EN_WORD_COUNT = new RegExp(
  `(?<![a-z])(?:(a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+)?(hundred|thousand|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+(?:[a-z][a-z-]*\\s+)?${EN_COUNT_UNITS}(?![a-z])`,
  'gi',
);

/** Words around a Korean count that make it a count of something else ("모델 3개", "3개 모델"). */
const KO_EXCLUDE_BEFORE = /(?:모델|models?|llms?|과목|분야|카테고리|종류|언어|벤치마크|benchmarks?|시스템|회사)\s*$/i;
const KO_EXCLUDE_AFTER = /^\s*(?:의\s*)?(?:모델|llm|과목|분야|카테고리|종류|언어|벤치마크|시스템|회사)/i;

function parseInteger(digits: string, multiplier: string | undefined): number {
  const n = Number(digits.replace(/,/g, ''));
  const mult = multiplier === undefined ? 1 : { k: 1_000, K: 1_000, 천: 1_000, 만: 10_000 }[multiplier] ?? 1;
  return n * mult;
}

const SINO_DIGITS: Readonly<Record<string, number>> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
const SINO_UNITS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1_000 };

/** Parses "오십" → 50, "이백오십" → 250, "천" → 1000. Requires a 십/백/천 unit (so "이 문제" is not 2). */
export function parseSinoKorean(word: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let sawUnit = false;
  let lastUnit = Infinity;
  for (const ch of word) {
    const d = SINO_DIGITS[ch];
    const u = SINO_UNITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
    } else if (u !== undefined) {
      if (u >= lastUnit) return null;
      total += (digit ?? 1) * u;
      digit = null;
      sawUnit = true;
      lastUnit = u;
    } else {
      return null;
    }
  }
  if (!sawUnit) return null;
  return total + (digit ?? 0);
}

const EN_UNITS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const EN_TENS: Readonly<Record<string, number>> = {
  ten: 10,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** All sample-count mentions in the text, in text order. */
export function findSampleSizeCues(text: string): NumberCue[] {
  const out: NumberCue[] = [];
  const push = (m: RegExpMatchArray, value: number | null): void => {
    if (value === null || !Number.isFinite(value)) return;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], value });
  };
  for (const m of text.matchAll(EN_COUNT)) {
    const value = parseInteger(m[1] ?? '', m[2]);
    // "the 2023 exam questions" names a year, not a count.
    if ((m[3] ?? '') !== '' && value >= 1900 && value <= 2099 && m[2] === undefined) continue;
    push(m, value);
  }
  for (const m of text.matchAll(EN_ASSIGN)) push(m, parseInteger(m[1] ?? '', m[2]));
  for (const m of text.matchAll(KO_COUNT)) {
    const idx = m.index ?? 0;
    const before = text.slice(Math.max(0, idx - 8), idx);
    const after = text.slice(idx + m[0].length, idx + m[0].length + 8);
    if (KO_EXCLUDE_BEFORE.test(before) || KO_EXCLUDE_AFTER.test(after)) continue;
    push(m, parseInteger(m[1] ?? '', m[2]));
  }
  for (const m of text.matchAll(KO_ASSIGN)) push(m, parseInteger(m[1] ?? '', undefined));
  for (const m of text.matchAll(KO_WORD_COUNT)) push(m, parseSinoKorean(m[1] ?? ''));
  for (const m of text.matchAll(EN_WORD_COUNT)) {
    const mult = (m[1] ?? '').toLowerCase();
    const base = (m[2] ?? '').toLowerCase();
    let value: number | null = null;
    if (base === 'hundred' || base === 'thousand') value = (EN_UNITS[mult] ?? 1) * (base === 'hundred' ? 100 : 1_000);
    else if (mult === '') value = EN_TENS[base] ?? null;
    push(m, value);
  }
  return out.sort((a, b) => a.start - b.start);
}

const SEED_RE = /(?<![a-z])(?:random\s+)?seed\s*(?:=|:|of|is|to)?\s*(\d+)|시드\s*(?:값)?\s*(?:을|를|는|은|=|:)?\s*(\d+)/gi;

/** A seed named in the query ("seed 123", "시드 7"), or null. */
export function findSeedCue(text: string): NumberCue | null {
  for (const m of text.matchAll(SEED_RE)) {
    const digits = m[1] ?? m[2];
    if (digits === undefined) continue;
    const value = Number(digits);
    if (Number.isSafeInteger(value)) return { start: m.index, end: m.index + m[0].length, text: m[0], value };
  }
  return null;
}
