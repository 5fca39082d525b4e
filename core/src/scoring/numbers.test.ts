import { describe, expect, it } from 'vitest';
import { findNumbers, numbersEqual, parseNumericAnswer, stripLatex } from './numbers';

describe('parseNumericAnswer', () => {
  it.each([
    ['42', 42],
    ['1,000', 1000],
    ['1,234,567.50', 1234567.5],
    ['3.0', 3],
    ['7.00', 7],
    ['.5', 0.5],
    ['-5', -5],
    ['−5', -5],
    ['1/2', 0.5],
    ['\\frac{3}{4}', 0.75],
    ['$\\dfrac{1}{8}$', 0.125],
    ['\\frac12', 0.5],
    ['1e3', 1000],
    ['42.', 42],
    ['x = 7', 7],
    ['1 1/2', 1.5],
    ['-2 3/4', -2.75],
    ['$3\\frac{1}{2}$', 3.5],
  ])('plain number %j → %d', (text, expected) => {
    expect(parseNumericAnswer(text)).toBe(expected);
  });

  it.each([
    ['12 cm', 12],
    ['5 kg', 5],
    ['100 m/s', 100],
    ['42 apples', 42],
    ['3개', 3],
    ['42명', 42],
    ['1990년', 1990],
    ['30%', 30],
    ['90^\\circ', 90],
    ['$5', 5],
    ['₩5,000', 5000],
    ['5,000원', 5000],
  ])('strips the unit of %j', (text, expected) => {
    expect(parseNumericAnswer(text)).toBe(expected);
  });

  it.each([
    ['3 million', 3e6],
    ['1만', 1e4],
    ['3천원', 3000],
    ['2억', 2e8],
  ])('applies the magnitude word in %j (not a unit)', (text, expected) => {
    expect(parseNumericAnswer(text)).toBe(expected);
  });

  it.each(['forty-two', 'H2O', '1,5', '3-5', '1/0', '2차 세계대전', 'Seoul', ''])('%j is not a number', (text) => {
    expect(parseNumericAnswer(text)).toBeNull();
  });
});

describe('numbersEqual', () => {
  it('treats fractions and decimals alike', () => {
    expect(numbersEqual(1 / 2, 0.5)).toBe(true);
    expect(numbersEqual(0.1 + 0.2, 0.3)).toBe(true);
  });
  it('uses a tight relative tolerance', () => {
    expect(numbersEqual(1 / 3, 0.3333333333)).toBe(true);
    expect(numbersEqual(1 / 3, 0.333)).toBe(false);
    expect(numbersEqual(1e12, 1e12 + 1)).toBe(true);
    expect(numbersEqual(0, 1e-6)).toBe(false);
  });
});

describe('findNumbers', () => {
  it('lists numbers in order, keeping separators and fractions together', () => {
    expect(findNumbers('6 × 7 = 42, total 1,234 and 3.5. Half is \\frac{1}{2}')).toEqual(['6', '7', '42', '1,234', '3.5', '1/2']);
  });
  it('skips digits glued to words', () => {
    expect(findNumbers('B12 vitamin')).toEqual([]);
  });
});

describe('stripLatex', () => {
  it('unwraps math delimiters, \\text and nested fractions', () => {
    expect(stripLatex('$\\text{Seoul}$')).toBe('Seoul');
    expect(stripLatex('\\frac{\\frac{1}{2}}{3}')).toBe('(1/2)/3');
    expect(stripLatex('\\left(5\\right)')).toBe('(5)');
  });
});
