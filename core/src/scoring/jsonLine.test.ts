import { describe, expect, it } from 'vitest';
import { parseProblemType, scoreJsonLine } from './jsonLine';

const line = (value: unknown): string => JSON.stringify(value);

describe('parseProblemType', () => {
  it.each([
    ['MCQA', 'MCQA'],
    ['mcqa', 'MCQA'],
    ['short-form', 'short-form'],
    ['short_form', 'short-form'],
    ['Short Form', 'short-form'],
    ['binary', 'Binary'],
    ['open-ended', 'open-ended'],
    ['Open_Ended', 'open-ended'],
  ] as const)('%j → %j', (input, expected) => {
    expect(parseProblemType(input)).toBe(expected);
  });
  it('rejects unknown types', () => {
    expect(parseProblemType('essay')).toBeNull();
  });
});

describe('scoreJsonLine', () => {
  it('scores an MCQA line', () => {
    const input = line({ problem_type: 'mcqa', options: ['London', 'Paris'], answer: 'Paris', output: 'Answer: B' });
    expect(scoreJsonLine(input)).toEqual({ correct: true, extracted: 'B', status: 'correct' });
  });
  it('accepts a numeric answer and snake_case short_form', () => {
    const input = line({ problem_type: 'short_form', options: null, answer: 42, output: '정답: 42개' });
    expect(scoreJsonLine(input)).toEqual({ correct: true, extracted: '42개', status: 'correct' });
  });
  it('accepts a boolean gold for Binary', () => {
    expect(scoreJsonLine(line({ problem_type: 'binary', answer: false, output: '거짓' }))).toEqual({
      correct: true,
      extracted: 'False',
      status: 'correct',
    });
  });
  it('reports open-ended items as unscored', () => {
    expect(scoreJsonLine(line({ problem_type: 'open-ended', options: null, answer: null, output: 'text' }))).toEqual({
      correct: null,
      extracted: null,
      status: 'unscored',
    });
  });
  it('reports hedges as ambiguous', () => {
    expect(scoreJsonLine(line({ problem_type: 'mcqa', options: ['a', 'b', 'c'], answer: 'B', output: 'Answer: B or C' }))).toEqual({
      correct: false,
      extracted: 'B | C',
      status: 'ambiguous',
    });
  });
  it('honours a match mode in additional_info (object or JSON text)', () => {
    const exact = { problem_type: 'short-form', options: null, answer: '3.0', output: 'Answer: 3' };
    expect(scoreJsonLine(line(exact))).toMatchObject({ status: 'correct' });
    expect(scoreJsonLine(line({ ...exact, additional_info: { match: 'exact' } }))).toMatchObject({ status: 'incorrect' });
    expect(scoreJsonLine(line({ ...exact, additional_info: '{"match":"exact"}' }))).toMatchObject({ status: 'incorrect' });
    const numeric = { problem_type: 'short-form', options: null, answer: '3.14159', output: 'Answer: 3.14' };
    expect(scoreJsonLine(line({ ...numeric, additional_info: { match: 'numeric', tolerance: 0.01 } }))).toMatchObject({ status: 'correct' });
  });
  it.each([
    [line({ problem_type: 'short-form', answer: '1', output: '1', additional_info: { match: 'fuzzy' } }), /unknown match mode "fuzzy"/],
    [line({ problem_type: 'short-form', answer: '1', output: '1', additional_info: { match: 'numeric', tolerance: -1 } }), /non-negative numeric tolerance/],
    [line({ problem_type: 'short-form', answer: '1', output: '1', additional_info: 'not json' }), /additional_info must be a JSON object/],
    ['not json', /invalid JSON/],
    ['[1, 2]', /expected a JSON object/],
    [line({ options: null, answer: 'a', output: 'b' }), /problem_type is required/],
    [line({ problem_type: 'essay', answer: 'a', output: 'b' }), /unknown problem_type "essay"/],
    [line({ problem_type: 'mcqa', options: ['a', 'b'], answer: 'a' }), /output is required/],
    [line({ problem_type: 'mcqa', options: ['a', 'b'], output: 'A' }), /answer is required/],
    [line({ problem_type: 'mcqa', options: null, answer: 'A', output: 'A' }), /at least 2 options/],
    [line({ problem_type: 'mcqa', options: 'a,b', answer: 'A', output: 'A' }), /options must be an array/],
    [line({ problem_type: 'mcqa', options: ['a', { x: 1 }], answer: 'A', output: 'A' }), /only strings/],
    [line({ problem_type: 'mcqa', options: ['a', 'b'], answer: 'F', output: 'A' }), /matches none of the 2 options/],
    [line({ problem_type: 'binary', answer: 'maybe', output: 'True' }), /not a true\/false verdict/],
    [line({ problem_type: 'short-form', answer: ' ', output: '42' }), /must not be empty/],
  ])('returns a clear error for %s', (input, message) => {
    const result = scoreJsonLine(input);
    expect(result).toHaveProperty('error');
    expect('error' in result ? result.error : '').toMatch(message);
  });
});
