import { describe, expect, it } from 'vitest';
import { LEADERBOARD_ORDERS, PROBLEM_TYPES, TARGET_TYPES, enumValues, isOneOf, type TaskType } from './enums';

describe('schema enums', () => {
  it('lists every value in display order', () => {
    expect(PROBLEM_TYPES).toEqual(['MCQA', 'BINARY', 'SHORT_FORM', 'OPEN_ENDED']);
    expect(TARGET_TYPES).toEqual(['GENERAL', 'LOCAL']);
    expect(LEADERBOARD_ORDERS[0]).toBe('SCORE_DESC');
  });

  it('is checked against the schema at compile time', () => {
    // @ts-expect-error a schema value is missing
    enumValues<TaskType>({ KNOWLEDGE: true, REASONING: true });
    // @ts-expect-error a value the schema does not have
    enumValues<TaskType>({ KNOWLEDGE: true, REASONING: true, VALUE_ALIGNMENT: true, CODING: true });
    expect(isOneOf(TARGET_TYPES, 'LOCAL')).toBe(true);
    expect(isOneOf(TARGET_TYPES, 'local')).toBe(false);
    expect(isOneOf(TARGET_TYPES, 3)).toBe(false);
  });
});
