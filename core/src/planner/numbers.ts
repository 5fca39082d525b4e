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
const KO_WORD_COUNT = new RegExp(`(?<![가-힣])([일이삼사오육칠팔구십백천만]+)\\s*${KO_COUNT_UNITS}`, 'g');
/** English number words up to the thousands: "fifty", "forty-two", "three hundred fifty", "a dozen". */
const EN_NUMBER_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)';
const EN_WORDS_NUMBER = `(?:an?\\s+)?${EN_NUMBER_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${EN_NUMBER_WORD})*`;
/** "fifty questions", "two hundred items", "a dozen physics questions" (up to three words between). */
const EN_WORD_COUNT = new RegExp(
  `(?<![a-z])(${EN_WORDS_NUMBER})\\s+((?:(?!models?\\b|llms?\\b|systems?\\b|times\\b|shots?\\b)[a-z][a-z/-]*\\s+){0,3})${EN_COUNT_UNITS}(?![a-z])`,
  'gi',
);
/** "…, 30 of them", "forty-two of them", "60 in total", "a total of 80". */
const EN_DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+';
const EN_OF_THEM = new RegExp(
  `(?<![\\w.,-])(${EN_DIGITS}|${EN_WORDS_NUMBER})\\s+(?:of\\s+(?:them|those|these)|in\\s+total|total)(?![a-z])|(?<![a-z])(?:a\\s+)?total\\s+of\\s+(${EN_DIGITS}|${EN_WORDS_NUMBER})(?![a-z])`,
  'gi',
);
/** A count after its noun: "questions: 75", "number of items = 40", "items - 30". */
const EN_COUNT_AFTER = new RegExp(`(?<![a-z])(?:number\\s+of\\s+)?${EN_COUNT_UNITS}\\s*(?:[:=]|-|is)\\s*(${EN_DIGITS})(?![\\d.])`, 'gi');

/** Native Korean numerals: "마흔 개", "쉰 문제", "서른다섯 문항", "스무 개", "열두 개". */
const KO_NATIVE_COUNT = new RegExp(
  `(?<![가-힣])(열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)?\\s?(하나|한|둘|두|셋|세|석|넷|네|넉|다섯|여섯|일곱|여덟|아홉)?\\s*${KO_COUNT_UNITS}`,
  'g',
);

/** Words around a Korean count that make it a count of something else ("모델 3개", "3개 모델"). */
const KO_EXCLUDE_BEFORE = /(?:모델|models?|llms?|과목|분야|카테고리|종류|언어|벤치마크|benchmarks?|시스템|회사)\s*$/i;
const KO_EXCLUDE_AFTER = /^\s*(?:의\s*)?(?:모델|llm|과목|분야|카테고리|종류|언어|벤치마크|시스템|회사|선택지|보기|옵션|선지)/i;

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

/**
 * Parses "오십" → 50, "이백오십" → 250, "천" → 1000, "이만오천" → 25000. Requires a 십/백/천/만
 * unit (so "이 문제" is not 2).
 */
export function parseSinoKorean(word: string): number | null {
  const man = word.indexOf('만');
  if (man !== -1) {
    const high = man === 0 ? 1 : parseSinoKorean(word.slice(0, man)) ?? SINO_DIGITS[word.slice(0, man)] ?? null;
    const rest = word.slice(man + 1);
    const low = rest === '' ? 0 : parseSinoKorean(rest) ?? SINO_DIGITS[rest] ?? null;
    return high === null || low === null ? null : high * 10_000 + low;
  }
  return parseSinoBelowMan(word);
}

function parseSinoBelowMan(word: string): number | null {
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

const EN_SMALL: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  zero: 0,
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
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Parses English number words: "forty-two" → 42, "three hundred fifty" → 350, "a dozen" → 12, "two thousand" → 2000. */
export function parseEnglishNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === '' || word === 'and') continue;
    const small = EN_SMALL[word];
    if (small !== undefined) current += small;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1_000;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

const KO_NATIVE_TENS: Readonly<Record<string, number>> = { 열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
const KO_NATIVE_UNITS: Readonly<Record<string, number>> = {
  하나: 1,
  한: 1,
  둘: 2,
  두: 2,
  셋: 3,
  세: 3,
  석: 3,
  넷: 4,
  네: 4,
  넉: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
};

/** A native Korean numeral from its tens and units words ("마흔" + "다섯" → 45). */
function nativeKorean(tens: string | undefined, units: string | undefined): number | null {
  if (!tens && !units) return null;
  return (tens ? KO_NATIVE_TENS[tens] ?? 0 : 0) + (units ? KO_NATIVE_UNITS[units] ?? 0 : 0);
}

/** "3 of them" counts the questions only when questions (not models) were the last thing named before it. */
function countsQuestions(before: string): boolean {
  const unit = new RegExp(`(?:${EN_COUNT_UNITS}|essays?|answers?|passages?|dialogues?|conversations?|quiz(?:zes)?|tests?)(?![a-z])`, 'gi');
  const model = /(?<![a-z])(?:models?|llms?|systems?|endpoints?)(?![a-z])/gi;
  const lastOf = (re: RegExp) => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index));
  const lastUnit = lastOf(unit);
  return lastUnit !== -1 && lastUnit > lastOf(model);
}

/** A Korean count of models, subjects or options ("모델 3개", "3개 모델", "네 개의 선택지"); "모델 20문제" still counts questions. */
function countsSomethingElse(text: string, m: RegExpMatchArray): boolean {
  const idx = m.index ?? 0;
  const before = text.slice(Math.max(0, idx - 8), idx);
  const after = text.slice(idx + m[0].length, idx + m[0].length + 8);
  const genericCounter = /(?:개|건)$/.test(m[0]);
  return (genericCounter && KO_EXCLUDE_BEFORE.test(before)) || KO_EXCLUDE_AFTER.test(after);
}

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
    if (countsSomethingElse(text, m)) continue;
    push(m, parseInteger(m[1] ?? '', m[2]));
  }
  for (const m of text.matchAll(KO_ASSIGN)) push(m, parseInteger(m[1] ?? '', undefined));
  for (const m of text.matchAll(KO_WORD_COUNT)) push(m, parseSinoKorean(m[1] ?? ''));
  for (const m of text.matchAll(KO_NATIVE_COUNT)) {
    const value = nativeKorean(m[1], m[2]);
    // "한 문제" is one item at a time, not a sample size.
    if (value === null || value < 2 || countsSomethingElse(text, m)) continue;
    push(m, value);
  }
  for (const m of text.matchAll(EN_WORD_COUNT)) {
    const value = parseEnglishNumber(m[1] ?? '');
    // "one question at a time" is not a sample size.
    if (value !== null && value >= 2) push(m, value);
  }
  for (const m of text.matchAll(EN_OF_THEM)) {
    const words = m[1] ?? m[2] ?? '';
    const value = /\d/.test(words) ? parseInteger(words, undefined) : parseEnglishNumber(words);
    if (value !== null && value >= 1 && countsQuestions(text.slice(0, m.index ?? 0))) push(m, value);
  }
  for (const m of text.matchAll(EN_COUNT_AFTER)) push(m, parseInteger(m[1] ?? '', undefined));
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
