import { describe, expect, it } from 'vitest';
import { extractShortAnswer, normalizeShortAnswer, shortAnswersMatch } from './shortAnswer';

describe('extractShortAnswer', () => {
  it.each([
    ['The answer is 42.', '42'],
    ['정답: 서울', '서울'],
    ['정답은 서울입니다.', '서울입니다'],
    ['**Final Answer:** Seoul', 'Seoul'],
    ['Answer: Seoul, the capital of Korea', 'Seoul, the capital of Korea'],
    ['The answer is 42 because 6 times 7 is 42.', '42'],
    ['Let me compute.\nThe answer is 12.\nDouble-checking: yes.\nAnswer: 14', '14'],
    ['Seoul', 'Seoul'],
    ['Reasoning first.\nSeoul.', 'Seoul'],
    ['<think>The answer is 7</think>The answer is 8', '8'],
  ])('%j → %j', (output, expected) => {
    expect(extractShortAnswer(output)).toBe(expected);
  });

  it('\\boxed{} content wins over any marker', () => {
    expect(extractShortAnswer('Answer: 3\nActually $\\boxed{\\frac{1}{2}}$')).toBe('\\frac{1}{2}');
  });

  it('falls back to the last number for a numeric gold', () => {
    expect(extractShortAnswer('Let me compute: 40 + 2 = 42', { numeric: true })).toBe('42');
    expect(extractShortAnswer('The answer is tricky. 6 × 7 = 42', { numeric: true })).toBe('42');
    expect(extractShortAnswer('따라서 사과는 모두 15개가 됩니다', { numeric: true })).toBe('15');
  });

  it('takes the first number of a wordy explicit answer', () => {
    expect(extractShortAnswer('The answer is roughly 42, give or take', { numeric: true })).toBe('42');
  });

  it('returns null for empty output', () => {
    expect(extractShortAnswer('  ')).toBeNull();
    expect(extractShortAnswer('<think>only thoughts</think>')).toBeNull();
  });
});

describe('normalizeShortAnswer', () => {
  it.each([
    ['1,000.00', '1000'],
    ['\\frac{1}{2}', '0.5'],
    ['30%', '30'],
    ['  New   York! ', 'newyork'],
    ['U.S.A.', 'usa'],
    ['$\\text{Seoul}$', 'seoul'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeShortAnswer(text)).toBe(expected);
  });
});

describe('shortAnswersMatch: numbers', () => {
  it.each([
    ['1,000', '1000'],
    ['3.0', '3'],
    ['0.5', '1/2'],
    ['\\frac{1}{2}', '0.5'],
    ['12 cm', '12'],
    ['5 kg', '5'],
    ['3개', '3'],
    ['42명', '42'],
    ['30%', '30'],
    ['42', '42명'],
    ['$3\\frac{1}{2}$', '3.5'],
    ['1 1/2 cups', '1.5'],
    ['forty-two', '42'],
    ['스물네 명', '24'],
  ])('%j matches gold %j', (extracted, gold) => {
    expect(shortAnswersMatch(extracted, gold)).toBe(true);
  });
  it.each([
    ['0.333', '1/3'],
    ['41', '42'],
    ['forty-one', '42'],
  ])('%j does not match gold %j', (extracted, gold) => {
    expect(shortAnswersMatch(extracted, gold)).toBe(false);
  });
});

describe('shortAnswersMatch: text', () => {
  it.each([
    ['seoul', 'Seoul'],
    ['  SEOUL. ', 'Seoul'],
    ['New-York', 'New York'],
    ['The Pacific Ocean', 'Pacific Ocean'],
    ['서울입니다', '서울'],
    ['서울이에요', '서울'],
    ['사과예요', '사과'],
    ['부산이다.', '부산'],
    ['사과다.', '사과'],
    ['서울요', '서울'],
    ['서울은', '서울'],
    ['한국이', '한국'],
    ['서울 (Seoul)', '서울'],
    ['바다', '바다'],
    ['바다입니다', '바다'],
  ])('%j matches gold %j', (extracted, gold) => {
    expect(shortAnswersMatch(extracted, gold)).toBe(true);
  });
  it.each([
    ['The capital of South Korea is Seoul', 'Seoul'],
    ['Seoul is wrong; the answer is Busan', 'Busan'],
    ['대한민국의 수도는 서울입니다', '서울'],
  ])('reads the predicate of a sentence answer: %j matches %j', (extracted, gold) => {
    expect(shortAnswersMatch(extracted, gold)).toBe(true);
  });
  it.each([
    ['Busan', 'Seoul'],
    ['서울특별시', '서울'],
    ['', 'Seoul'],
    ['The capital is not Seoul', 'Seoul'],
    ['수도는 서울이 아닙니다', '서울'],
    ['Einstein', 'Albert Einstein'],
  ])('%j does not match gold %j', (extracted, gold) => {
    expect(shortAnswersMatch(extracted, gold)).toBe(false);
  });
  it('tries Korean endings on the output only (known trade-off: "바다" can read as "바" + copula "다")', () => {
    expect(shortAnswersMatch('바다', '바')).toBe(true);
    expect(shortAnswersMatch('바', '바다')).toBe(false);
  });
});
