import { describe, expect, it } from 'vitest';
import {
  isBaselineName,
  formatCost,
  formatDateTime,
  formatDuration,
  formatInteger,
  formatInterval,
  formatLatency,
  formatPercent,
  parseOptionalNumber,
  progressFraction,
  secondsBetween,
  truncate,
} from './format';

describe('formatting', () => {
  it('formats percentages and intervals, with a dash for missing values', () => {
    expect(formatPercent(0.8234)).toBe('82.3%');
    expect(formatPercent(1, 0)).toBe('100%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatInterval(0.712, 0.901)).toBe('71.2–90.1%');
    expect(formatInterval(null, 0.9)).toBe('—');
  });

  it('formats integers, latency and cost', () => {
    expect(formatInteger(12345)).toBe('12,345');
    expect(formatInteger(12345, 'ko')).toBe('12,345');
    expect(formatInteger(undefined)).toBe('—');
    expect(formatLatency(850.4)).toBe('850 ms');
    expect(formatLatency(2300)).toBe('2.3 s');
    expect(formatLatency(45_000)).toBe('45 s');
    expect(formatCost(0)).toBe('$0');
    expect(formatCost(0.00123)).toBe('$0.0012');
    expect(formatCost(1.5)).toBe('$1.50');
    expect(formatCost(null)).toBe('—');
  });

  it('formats durations compactly', () => {
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(125)).toBe('2m 05s');
    expect(formatDuration(3725)).toBe('1h 02m');
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(null)).toBe('—');
  });

  it('measures time between timestamps, using now for running tasks', () => {
    expect(secondsBetween('2025-01-01T00:00:00Z', '2025-01-01T00:01:30Z')).toBe(90);
    expect(secondsBetween('2025-01-01T00:00:00Z', null, Date.parse('2025-01-01T00:00:10Z'))).toBe(10);
    expect(secondsBetween(null, null)).toBeNull();
    expect(secondsBetween('garbage', null)).toBeNull();
  });

  it('formats dates and tolerates bad input', () => {
    expect(formatDateTime('2025-03-01T14:05:00Z', 'en')).toMatch(/2025/);
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('nope')).toBe('—');
  });

  it('computes a bounded progress fraction', () => {
    expect(progressFraction(5, 10)).toBe(0.5);
    expect(progressFraction(3, 0)).toBe(0);
    expect(progressFraction(12, 10)).toBe(1);
  });

  it('truncates by characters, Hangul included', () => {
    expect(truncate('한국어 문장입니다', 5)).toBe('한국어 …');
    expect(truncate('short', 10)).toBe('short');
    expect(truncate(null, 3)).toBe('');
  });

  it('parses optional numeric fields', () => {
    expect(parseOptionalNumber('')).toBeUndefined();
    expect(parseOptionalNumber('  ')).toBeUndefined();
    expect(parseOptionalNumber('0.7')).toBe(0.7);
    expect(parseOptionalNumber('abc')).toBeNaN();
    expect(parseOptionalNumber(3)).toBe(3);
    expect(parseOptionalNumber(null)).toBeUndefined();
  });
});

describe('isBaselineName', () => {
  it('recognizes the built-in baselines only', () => {
    expect(isBaselineName('baseline/random')).toBe(true);
    expect(isBaselineName('baseline/majority')).toBe(true);
    expect(isBaselineName('my-baseline/llama')).toBe(false);
    expect(isBaselineName('gpt-4o')).toBe(false);
  });
});
