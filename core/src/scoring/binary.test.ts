import { describe, expect, it } from 'vitest';
import { extractBinary, parseBinaryToken, resolveGoldBinary } from './binary';

describe('parseBinaryToken', () => {
  it.each([
    ['True', true], ['false', false], ['Yes', true], ['no', false], ['correct', true], ['Incorrect', false],
    ['참', true], ['거짓', false], ['O', true], ['X', false], ['맞다', true], ['틀리다', false],
    ['예', true], ['아니오', false], ['그렇다', true], ['아니다', false], ['참입니다', true], ['(거짓)', false],
    ['not true', false], ['T', true], ['F', false],
  ])('%j → %s', (token, expected) => {
    expect(parseBinaryToken(token)).toBe(expected);
  });
  it.each(['maybe', 'A', '', '모르겠다'])('%j is not a verdict', (token) => {
    expect(parseBinaryToken(token)).toBeNull();
  });
});

describe('extractBinary', () => {
  it.each([
    ['True', true],
    ['false.', false],
    ['**False**', false],
    ['Answer: False', false],
    ['The answer is yes.', true],
    ['Final answer: No, because the date is wrong.', false],
    ['Therefore, no.', false],
    ['Answer: Not true', false],
    ['\\boxed{\\text{True}}', true],
  ])('English %j → %s', (output, expected) => {
    expect(extractBinary(output)).toBe(expected);
  });

  it.each([
    ['정답: 참', true],
    ['정답은 거짓입니다.', false],
    ['정답은 O입니다', true],
    ['답: X', false],
    ['따라서 거짓입니다.', false],
    ['예', true],
    ['아니오', false],
    ['맞다', true],
    ['틀리다', false],
    ['그렇다', true],
    ['아니다', false],
  ])('Korean %j → %s', (output, expected) => {
    expect(extractBinary(output)).toBe(expected);
  });

  it('the final stated answer wins after reasoning', () => {
    expect(extractBinary('At first it seems true, but the date is wrong.\nSo the statement is false.')).toBe(false);
    expect(extractBinary('Answer: True\nOn reflection, no. Final answer: False')).toBe(false);
    expect(extractBinary('처음엔 거짓이라고 생각했지만 다시 계산해 보니 맞습니다.\n정답: 참')).toBe(true);
  });

  it('reads verdict sentences, negation-aware', () => {
    expect(extractBinary('The statement is correct.')).toBe(true);
    expect(extractBinary('The statement is incorrect.')).toBe(false);
    expect(extractBinary('This is not true.')).toBe(false);
    expect(extractBinary("That isn't false.")).toBe(true);
    expect(extractBinary('이 문장은 참이 아닙니다.')).toBe(false);
    expect(extractBinary('주어진 설명은 틀립니다.')).toBe(false);
    expect(extractBinary('Yes, the statement holds.')).toBe(true);
  });

  it('does not read "It is true that…" as the verdict', () => {
    const output = 'It is true that Paris is in France, but the statement claims Rome, so the statement is false.';
    expect(extractBinary(output)).toBe(false);
  });

  it('uses a first line that is only a verdict', () => {
    expect(extractBinary('False\n\nThe Eiffel Tower is in Paris, not Rome.')).toBe(false);
  });

  it('ignores reasoning in <think>', () => {
    expect(extractBinary('<think>It is true</think>Answer: False')).toBe(false);
  });

  it('maps an option letter when options are given', () => {
    expect(extractBinary('Answer: B', ['True', 'False'])).toBe(false);
    expect(extractBinary('정답: A', ['참', '거짓'])).toBe(true);
    expect(extractBinary('Answer: B', null)).toBeNull();
  });

  it('is not fooled by prose', () => {
    expect(extractBinary('예를 들어 설명하겠습니다.')).toBeNull();
    expect(extractBinary('So, y = 3 here.')).toBeNull();
    expect(extractBinary('I am not sure.')).toBeNull();
    expect(extractBinary('')).toBeNull();
  });
});

describe('resolveGoldBinary', () => {
  it.each([
    ['True', true], ['거짓', false], ['O', true], ['아니오', false], ['yes', true], ['incorrect', false],
  ])('%j → %s', (gold, expected) => {
    expect(resolveGoldBinary(gold)).toBe(expected);
  });
  it('resolves a gold letter through the options', () => {
    expect(resolveGoldBinary('B', ['True', 'False'])).toBe(false);
    expect(resolveGoldBinary('1', ['참', '거짓'])).toBe(true);
  });
  it('returns null for non-verdicts', () => {
    expect(resolveGoldBinary('Paris')).toBeNull();
    expect(resolveGoldBinary('A', ['Agree', 'Disagree'])).toBeNull();
  });
});
