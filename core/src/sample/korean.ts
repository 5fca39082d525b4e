/** Korean particle (조사) helpers so generated sentences read naturally. */

const DIGIT_HAS_BATCHIM: Record<string, boolean> = {
  '0': true, // 영
  '1': true, // 일
  '2': false, // 이
  '3': true, // 삼
  '4': false, // 사
  '5': false, // 오
  '6': true, // 육
  '7': true, // 칠
  '8': true, // 팔
  '9': false, // 구
};

/** Final consonant of 'ㄹ' (matters for 으로/로). */
const DIGIT_RIEUL = new Set(['1', '7', '8']);

/** Whether the last syllable of a word has a final consonant (받침). */
export function hasBatchim(word: string): boolean {
  const trimmed = word.replace(/[\s)\]'"`.]+$/u, '');
  const last = trimmed.slice(-1);
  if (last === '') return false;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/[0-9]/.test(last)) {
    // Trailing zeros are read as 십/백/천/만.
    const m = /(0+)$/.exec(trimmed);
    if (m) {
      // 십, 백, 천, 만 … all end in a final consonant.
      return m[1]!.length > 0;
    }
    return DIGIT_HAS_BATCHIM[last] ?? false;
  }
  // Latin letters and symbols have no reliable reading; callers avoid particles after them.
  return false;
}

function ends(word: string, withBatchim: string, without: string): string {
  return word + (hasBatchim(word) ? withBatchim : without);
}

/** 은/는 */
export const eunNeun = (w: string): string => ends(w, '은', '는');
/** 이/가 */
export const iGa = (w: string): string => ends(w, '이', '가');
/** 을/를 */
export const eulReul = (w: string): string => ends(w, '을', '를');
/** 과/와 */
export const gwaWa = (w: string): string => ends(w, '과', '와');
/** 으로/로 (ㄹ 받침 takes 로) */
export function euroRo(w: string): string {
  const trimmed = w.replace(/[\s)\]'"`.]+$/u, '');
  const last = trimmed.slice(-1);
  const code = last.charCodeAt(0);
  const isRieul =
    (code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 === 8) ||
    (DIGIT_RIEUL.has(last) && !/0$/.test(trimmed));
  if (isRieul || !hasBatchim(w)) return `${w}로`;
  return `${w}으로`;
}
