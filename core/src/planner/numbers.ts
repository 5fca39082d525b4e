/** Extraction of sample sizes and seeds from free text (Korean and English). */
import { EN_COUNT_UNITS, KO_COUNT_UNITS } from './cues';
import type { Match } from './match';
import { parseEnglishNumberWords, parseNativeKorean, parseSinoKorean } from '../text/number-words';

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

/** A Sino-Korean count needs a 십/백/천/만 unit: "오십 문제" is 50, but "이 문제" is "this question". */
function sinoKoreanCount(word: string): number | null {
  return /[십백천만]/u.test(word) ? parseSinoKorean(word) : null;
}

/** A native Korean numeral from its tens and units words ("마흔" + "다섯" → 45). */
function nativeKorean(tens: string | undefined, units: string | undefined): number | null {
  if (!tens && !units) return null;
  return parseNativeKorean(`${tens ?? ''}${units ?? ''}`)?.value ?? null;
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
  for (const m of text.matchAll(KO_WORD_COUNT)) push(m, sinoKoreanCount(m[1] ?? ''));
  for (const m of text.matchAll(KO_NATIVE_COUNT)) {
    const value = nativeKorean(m[1], m[2]);
    // "한 문제" is one item at a time, not a sample size.
    if (value === null || value < 2 || countsSomethingElse(text, m)) continue;
    push(m, value);
  }
  for (const m of text.matchAll(EN_WORD_COUNT)) {
    const value = parseEnglishNumberWords(m[1] ?? '');
    // "one question at a time" is not a sample size.
    if (value !== null && value >= 2) push(m, value);
  }
  for (const m of text.matchAll(EN_OF_THEM)) {
    const words = m[1] ?? m[2] ?? '';
    const value = /\d/.test(words) ? parseInteger(words, undefined) : parseEnglishNumberWords(words);
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
