import { describe, expect, it } from 'vitest';
import { parseEnglishNumberWords, parseNativeKorean, parseSinoKorean } from './number-words';

describe('shared number words (scoring and planner)', () => {
  it.each([
    ['오십', 50],
    ['이백오십', 250],
    ['천', 1000],
    ['이만오천', 25000],
    ['삼천오백', 3500],
    ['사', 4],
  ])('Sino-Korean %s → %d', (word, value) => expect(parseSinoKorean(word)).toBe(value));

  it.each(['십백', '백백', '만만', '이삼', '오십x'])('refuses the malformed Sino-Korean word %s', (word) => expect(parseSinoKorean(word)).toBeNull());

  it('reads native Korean and English number words', () => {
    expect(parseNativeKorean('마흔다섯')).toEqual({ value: 45, adnominal: false });
    expect(parseNativeKorean('스무')).toEqual({ value: 20, adnominal: true });
    expect(parseEnglishNumberWords('three hundred fifty')).toBe(350);
    expect(parseEnglishNumberWords('a dozen')).toBe(12);
    expect(parseEnglishNumberWords('forty-two')).toBe(42);
  });
});
