import { describe, expect, it } from 'vitest';
import { findDate, parseDate, datesMatch } from './dates';
import { matchModeFrom, matchModeOf, MatchModeError } from './matchMode';
import { parseNumberWords } from '../text/number-words';
import { optionByValue, optionSpans, optionsNeedCase } from './options';

describe('parseNumberWords', () => {
  it.each([
    ['forty-two', 42], ['one hundred and five', 105], ['a dozen', 12], ['three thousand', 3000], ['a thousand', 1000],
    ['zero', 0], ['twelve apples', 12], ['twenty one', 21],
    ['이십사', 24], ['백이십', 120], ['삼천오백', 3500], ['만', 10000], ['십', 10],
    ['스물네 명', 24], ['마흔다섯', 45], ['열두 개', 12], ['서른', 30], ['일곱', 7], ['다섯개', 5], ['여섯입니다', 6], ['세 시간', 3], ['열둘이다', 12],
  ])('%j → %d', (text, value) => {
    expect(parseNumberWords(text)).toBe(value);
  });
  it.each(['사과', '이', '세', 'one and a half', 'the answer', '', 'seven days a week', '이순신', '한국'])('%j is not a number', (text) => {
    expect(parseNumberWords(text)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['March 1', 3, 1, null], ['March 1st', 3, 1, null], ['1 March', 3, 1, null], ['the 1st of March', 3, 1, null],
    ['Oct. 9', 10, 9, null], ['9th October', 10, 9, null], ['the fifteenth of August', 8, 15, null], ['twenty-first of June', 6, 21, null],
    ['March 1, 1919', 3, 1, 1919], ['1919-03-01', 3, 1, 1919], ['3월 1일', 3, 1, null], ['1919년 3월 1일', 3, 1, 1919],
  ])('%j', (text, month, day, year) => {
    expect(parseDate(text)).toEqual({ month, day, year });
  });
  it.each(['3/1', 'February 30', 'March', '13월 1일', 'May be'])('%j is not a date', (text) => {
    expect(parseDate(text)).toBeNull();
  });
  it('a year added to a year-less gold is accepted, a gold year must match', () => {
    expect(datesMatch(parseDate('15 August 1945')!, parseDate('August 15')!)).toBe(true);
    expect(datesMatch(parseDate('August 15')!, parseDate('August 15, 1945')!)).toBe(false);
  });
  it('finds the one date of a sentence', () => {
    expect(findDate('It is observed on June 6th every year.')).toEqual({ month: 6, day: 6, year: null });
    expect(findDate('Either June 6 or July 17.')).toBeNull();
  });
});

describe('match modes', () => {
  it('reads additionalInfo, defaulting to text', () => {
    expect(matchModeOf(null)).toEqual({ kind: 'text' });
    expect(matchModeOf('{"level":"high"}')).toEqual({ kind: 'text' });
    expect(matchModeOf('{"match":"exact"}')).toEqual({ kind: 'exact' });
    expect(matchModeOf('{"match":"numeric","tolerance":0.5}')).toEqual({ kind: 'numeric', tolerance: 0.5 });
    expect(matchModeOf('{"match":"numeric"}')).toEqual({ kind: 'numeric', tolerance: 0 });
    expect(matchModeOf('not json')).toEqual({ kind: 'text' });
  });
  it('rejects malformed modes where validation is asked for', () => {
    expect(() => matchModeFrom({ match: 'fuzzy' })).toThrow(MatchModeError);
    expect(() => matchModeFrom({ match: 'numeric', tolerance: '0.1' })).toThrow(/tolerance/);
  });
});

describe('option texts', () => {
  it('never finds a number inside a decimal or after a minus', () => {
    expect(optionSpans('the value is 4.5', ['4', '5', '45']).map((s) => s.index)).toEqual([]);
    expect(optionSpans('it is -4', ['4', '-4']).map((s) => s.index)).toEqual([1]);
    expect(optionSpans('2.5 or 250', ['250', '2.5', '25']).map((s) => s.index)).toEqual([1, 0]);
  });
  it('tells options apart by case only when they differ only by case', () => {
    expect(optionsNeedCase(['CO', 'Co', 'cO'])).toBe(true);
    expect(optionsNeedCase(['Paris', 'London'])).toBe(false);
    expect(optionSpans('The answer is Co.', ['CO', 'Co', 'C']).map((s) => s.index)).toEqual([1]);
    expect(optionSpans('the answer is paris', ['Paris', 'London']).map((s) => s.index)).toEqual([0]);
  });
  it('matches an option by value', () => {
    expect(optionByValue('4.0', ['4', '40', '0.4'])).toBe(0);
    expect(optionByValue('9 October', ['October 3', 'October 9'])).toBe(1);
    expect(optionByValue('12', ['12 m', '12 cm'])).toBeNull();
  });
});
