import { describe, expect, it } from 'vitest';
import { extractBoxed, preprocessOutput, stripMarkdown, stripThinking, toHalfWidth } from './preprocess';

describe('stripThinking', () => {
  it('removes closed <think> blocks', () => {
    expect(stripThinking('<think>maybe A</think>\nAnswer: C').trim()).toBe('Answer: C');
  });
  it('removes several blocks, case-insensitively', () => {
    expect(stripThinking('<THINK>a</THINK>x<think>b</think>y').replace(/\s/g, '')).toBe('xy');
  });
  it('drops everything before a stray closing tag (opening tag was in the prompt)', () => {
    expect(stripThinking('정답은 A일까... 아니다</think>정답: B')).toBe('정답: B');
  });
  it('drops a truncated, never-closed reasoning block', () => {
    expect(stripThinking('Answer: B\n<think>wait, maybe the answer is C')).toBe('Answer: B\n');
  });
});

describe('stripMarkdown', () => {
  it.each([
    ['**B**', 'B'],
    ['The answer is **(C)**.', 'The answer is (C).'],
    ['__정답: 참__', '정답: 참'],
    ['*Answer:* `42`', 'Answer: 42'],
    ['### Final Answer: D', 'Final Answer: D'],
  ])('%j → %j', (input, expected) => {
    expect(stripMarkdown(input)).toBe(expected);
  });
  it('keeps arithmetic asterisks and snake_case', () => {
    expect(stripMarkdown('2*3*4 = 24, my_var_name')).toBe('2*3*4 = 24, my_var_name');
  });
});

describe('preprocessOutput', () => {
  it('maps full-width answers to ASCII but keeps circled numbers', () => {
    expect(toHalfWidth('정답：（Ｂ）')).toBe('정답:(B)');
    expect(preprocessOutput('<think>x</think> ② ')).toBe('②');
  });
});

describe('extractBoxed', () => {
  it('returns the last boxed content with nested braces', () => {
    expect(extractBoxed('\\boxed{1} then $\\boxed{\\frac{1}{2}}$')).toBe('\\frac{1}{2}');
  });
  it('returns null without a box', () => {
    expect(extractBoxed('no box here')).toBeNull();
  });
});
