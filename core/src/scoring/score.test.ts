import { describe, expect, it } from 'vitest';
import { scoreOutput } from './score';

const CITIES = ['London', 'Paris', 'Berlin', 'Madrid'];

describe('scoreOutput: MCQA', () => {
  it('correct, with the extracted letter', () => {
    expect(scoreOutput({ problemType: 'MCQA', options: CITIES, answer: 'Paris', output: 'The answer is (B)' })).toEqual({
      status: 'correct',
      correct: true,
      extracted: 'B',
    });
  });
  it('incorrect', () => {
    expect(scoreOutput({ problemType: 'MCQA', options: CITIES, answer: 'B', output: '정답: C' })).toEqual({
      status: 'incorrect',
      correct: false,
      extracted: 'C',
    });
  });
  it('gold as number or circled number', () => {
    expect(scoreOutput({ problemType: 'MCQA', options: CITIES, answer: '2', output: 'b' }).correct).toBe(true);
    expect(scoreOutput({ problemType: 'MCQA', options: CITIES, answer: '③', output: '정답은 3번입니다' }).correct).toBe(true);
  });
  it('unparsed output counts as incorrect', () => {
    expect(scoreOutput({ problemType: 'MCQA', options: CITIES, answer: 'B', output: 'I cannot help with that.' })).toEqual({
      status: 'unparsed',
      correct: false,
      extracted: null,
    });
  });
  it('is unscored when the gold cannot be resolved', () => {
    expect(scoreOutput({ problemType: 'MCQA', options: CITIES, answer: 'Rome', output: 'B' }).status).toBe('unscored');
    expect(scoreOutput({ problemType: 'MCQA', options: null, answer: 'B', output: 'B' }).status).toBe('unscored');
  });
});

describe('scoreOutput: short-form', () => {
  it('numeric answers with units and separators', () => {
    expect(scoreOutput({ problemType: 'short-form', options: null, answer: '1000', output: 'The answer is 1,000 cm.' })).toEqual({
      status: 'correct',
      correct: true,
      extracted: '1,000 cm',
    });
  });
  it('Korean text answer with copula', () => {
    expect(scoreOutput({ problemType: 'short-form', options: null, answer: '서울', output: '정답은 서울입니다.' }).status).toBe('correct');
  });
  it('wrong answer', () => {
    expect(scoreOutput({ problemType: 'short-form', options: null, answer: '서울', output: '정답: 부산' }).status).toBe('incorrect');
  });
  it('a non-numeric answer to a numeric question is unparsed; number words are numbers', () => {
    expect(scoreOutput({ problemType: 'short-form', options: null, answer: '42', output: 'Answer: I am not sure' })).toEqual({
      status: 'unparsed',
      correct: false,
      extracted: 'I am not sure',
    });
    expect(scoreOutput({ problemType: 'short-form', options: null, answer: '42', output: 'Answer: forty-two' })).toEqual({
      status: 'correct',
      correct: true,
      extracted: 'forty-two',
    });
  });
  it('empty output is unparsed', () => {
    expect(scoreOutput({ problemType: 'short-form', options: null, answer: '42', output: '' }).status).toBe('unparsed');
  });
});

describe('scoreOutput: Binary', () => {
  it('gold and output in different forms', () => {
    expect(scoreOutput({ problemType: 'Binary', options: null, answer: '참', output: 'Answer: True' })).toEqual({
      status: 'correct',
      correct: true,
      extracted: 'True',
    });
    expect(scoreOutput({ problemType: 'Binary', options: null, answer: 'O', output: '정답은 거짓입니다' }).status).toBe('incorrect');
  });
  it('options that are not verdicts are scored like MCQA', () => {
    const result = scoreOutput({ problemType: 'Binary', options: ['Agree', 'Disagree'], answer: 'Disagree', output: 'Answer: B' });
    expect(result).toEqual({ status: 'correct', correct: true, extracted: 'B' });
  });
  it('unparsed', () => {
    expect(scoreOutput({ problemType: 'Binary', options: null, answer: 'True', output: 'It depends.' }).status).toBe('unparsed');
  });
});

describe('scoreOutput: open-ended', () => {
  it('is unscored (needs an LLM judge)', () => {
    expect(scoreOutput({ problemType: 'open-ended', options: null, answer: 'essay', output: 'My essay…' })).toEqual({
      status: 'unscored',
      correct: null,
      extracted: null,
    });
  });
});
