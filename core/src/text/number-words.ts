/**
 * Numbers written as words, shared by answer scoring and the planner's sample counts: English ("forty-two", "one hundred and five", "a dozen"), Sino-Korean
 * ("이십사", "백이십") and native Korean ("스물네", "마흔다섯", "열두 개"). A trailing unit or counter
 * ("twelve apples", "세 시간") and a Korean copula ("여섯입니다") are allowed, as for digits.
 */

const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** "forty-two", "one hundred and five", "a dozen", "three thousand" (whole phrase, optional trailing unit words). */
export function parseEnglishNumberWords(text: string): number | null {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let used = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'a' && i === 0 && (EN_SCALES[words[1] ?? ''] !== undefined || words[1] === 'dozen')) {
      current = 1;
      used++;
      continue;
    }
    if (word === 'and' && used > 0 && EN_UNITS[words[i + 1] ?? ''] !== undefined) continue;
    if (word === 'dozen') {
      current = (current || 1) * 12;
      used++;
      continue;
    }
    const unit = EN_UNITS[word];
    if (unit !== undefined) {
      current += unit;
      used++;
      continue;
    }
    const scale = EN_SCALES[word];
    if (scale !== undefined && used > 0) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      used++;
      continue;
    }
    // A trailing unit ("twelve apples"): at most two plain words, nothing numeric after them.
    if (used === 0 || words.length - i > 2 || words.slice(i).some((w) => !/^[a-z]+$/.test(w))) return null;
    break;
  }
  return used === 0 ? null : total + current;
}

const SINO_DIGITS: Readonly<Record<string, number>> = { 영: 0, 공: 0, 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 륙: 6, 칠: 7, 팔: 8, 구: 9 };
const SINO_SMALL: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
const SINO_LARGE: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8 };

/** "이십사" → 24, "백이십" → 120, "삼천오백" → 3500, "만" → 10000, "이만오천" → 25000; "십백" (units out of order) → null. */
export function parseSinoKorean(word: string): number | null {
  if (!/^[영공일이삼사오육륙칠팔구십백천만억]+$/u.test(word)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastLarge = Infinity;
  for (const ch of word) {
    if (SINO_DIGITS[ch] !== undefined) {
      if (digit !== null) return null; // two digits in a row ("이삼") is not a number word
      digit = SINO_DIGITS[ch]!;
    } else if (SINO_SMALL[ch] !== undefined) {
      if (SINO_SMALL[ch]! >= lastSmall) return null; // "십백", "백백"
      section += (digit ?? 1) * SINO_SMALL[ch]!;
      lastSmall = SINO_SMALL[ch]!;
      digit = null;
    } else {
      if (SINO_LARGE[ch]! >= lastLarge) return null;
      total += (section + (digit ?? 0) || 1) * SINO_LARGE[ch]!;
      lastLarge = SINO_LARGE[ch]!;
      lastSmall = Infinity;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

const NATIVE_TENS: ReadonlyArray<[string, number]> = [
  ['아흔', 90], ['여든', 80], ['일흔', 70], ['예순', 60], ['쉰', 50], ['마흔', 40], ['서른', 30], ['스물', 20], ['스무', 20], ['열', 10],
];
const NATIVE_ONES: ReadonlyArray<[string, number]> = [
  ['다섯', 5], ['여섯', 6], ['일곱', 7], ['여덟', 8], ['아홉', 9], ['하나', 1], ['둘', 2], ['셋', 3], ['넷', 4], ['한', 1], ['두', 2], ['세', 3], ['석', 3], ['네', 4], ['넉', 4],
];
/** Adnominal forms ("세 시간", "두 개") that only count with a following counter. */
const ADNOMINAL = new Set(['한', '두', '세', '석', '네', '넉', '스무']);

/** "스물네" → {24, adnominal}, "마흔다섯" → {45}, "열" → {10}. */
export function parseNativeKorean(word: string): { value: number; adnominal: boolean } | null {
  let rest = word;
  let value = 0;
  let last = '';
  const tens = NATIVE_TENS.find(([w]) => rest.startsWith(w));
  if (tens) {
    value += tens[1];
    rest = rest.slice(tens[0].length);
    last = tens[0];
  }
  const ones = NATIVE_ONES.find(([w]) => rest === w);
  if (ones) {
    value += ones[1];
    rest = '';
    last = ones[0];
  }
  if (rest !== '' || last === '') return null;
  return { value, adnominal: ADNOMINAL.has(last) };
}

const KOREAN_COPULA = /(?:입니다|이에요|예요|이다|이요|이죠|요|다|임)$/u;

/** A Korean number word, alone or before a counter ("열두 개", "다섯개", "여섯입니다", "서른"). */
function parseKorean(text: string): number | null {
  const m = /^([가-힣]+)(?:\s+([가-힣]{1,3}))?$/u.exec(text.trim().replace(KOREAN_COPULA, ''));
  if (!m) return null;
  const word = m[1]!;
  const counter = m[2];
  // The number word may carry a counter or copula directly ("다섯개", "여섯입니다", "열둘이다").
  for (let cut = word.length; cut >= 1; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const attachedOk = tail === '' || KOREAN_COPULA.test(tail) || /^(?:개|명|살|시간|분|초|마리|권|장|대|번|가지|배|층|잔|병|원|년|일|달|주|개월)(?:입니다|이에요|예요|이다|요|다)?$/u.test(tail);
    if (!attachedOk) continue;
    const native = parseNativeKorean(head);
    if (native && (!native.adnominal || counter !== undefined || tail !== '')) return native.value;
    const sino = parseSinoKorean(head);
    // A lone Sino-Korean digit ("이", "사", "일") is too often something else; it needs a unit word.
    if (sino !== null && (head.length > 1 || /[십백천만억]/u.test(head) || counter !== undefined)) return sino;
  }
  return null;
}

/** The number a phrase of number words states, or null. */
export function parseNumberWords(text: string): number | null {
  const t = text.trim().replace(/[.。!]+$/u, '').replace(/^(?:약|대략|about|approximately|around|roughly)\s+/i, '').trim();
  if (t.length === 0) return null;
  return /[가-힣]/u.test(t) ? parseKorean(t) : parseEnglishNumberWords(t);
}
