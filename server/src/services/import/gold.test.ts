import { describe, expect, it } from 'vitest';
import { parseMcqaMeta, resolveGold, type GoldColumns } from './gold';

const OPTIONS = ['Paris', 'Rome', 'Madrid', 'Berlin'];
const none: GoldColumns = { answer: null, answerKey: null, answerStr: null, mcqaMeta: null };
const meta = (original: unknown, n = 4) => JSON.stringify({ num_options: n, option_keys: ['A', 'B', 'C', 'D', 'E'].slice(0, n), original_answer: original });

function gold(columns: Partial<GoldColumns>, options: string[] | null = OPTIONS, problemType: Parameters<typeof resolveGold>[0] = 'MCQA') {
  const result = resolveGold(problemType, { ...none, ...columns }, options);
  if ('error' in result) throw new Error(result.error);
  return { answer: result.answer, warnings: result.warnings.map((w) => w.message), details: result.warnings.map((w) => w.detail) };
}

function failure(columns: Partial<GoldColumns>, options: string[] | null = OPTIONS, problemType: Parameters<typeof resolveGold>[0] = 'MCQA'): string {
  const result = resolveGold(problemType, { ...none, ...columns }, options);
  if (!('error' in result)) throw new Error(`expected an error, got ${result.answer}`);
  return result.error;
}

describe('resolveGold — MCQA', () => {
  it('takes answer first, as given (text, letter or 1-based number)', () => {
    expect(gold({ answer: 'Rome' })).toEqual({ answer: 'Rome', warnings: [], details: [] });
    expect(gold({ answer: 'B', answerKey: 'B', answerStr: 'Rome', mcqaMeta: meta('B') }).warnings).toEqual([]);
  });

  it('else answer_key (a letter), stored as the letter', () => {
    expect(gold({ answerKey: 'C' }).answer).toBe('C');
    expect(gold({ answerKey: '(c)' }).answer).toBe('C');
    expect(gold({ answerKey: 'E', answerStr: 'ㄱ, ㄴ, ㄷ' }, ['ㄱ', 'ㄱ, ㄴ', 'ㄴ, ㄷ', 'ㄱ, ㄷ', 'ㄱ, ㄴ, ㄷ']).answer).toBe('E');
  });

  it('else answer_str (the option text, exact before case-insensitive)', () => {
    expect(gold({ answerStr: 'Madrid' }).answer).toBe('C');
    expect(gold({ answerStr: 'madrid' }).answer).toBe('C');
    expect(gold({ answerStr: 'ㄴ, ㄷ' }, ['ㄱ', 'ㄱ, ㄴ', 'ㄴ, ㄷ', 'ㄱ, ㄷ', 'ㄱ, ㄴ, ㄷ']).answer).toBe('C');
    // Options that differ only by case: the exact one.
    expect(gold({ answerStr: 'pH' }, ['PH', 'pH', 'Ph']).answer).toBe('B');
  });

  it('else mcqa_meta.original_answer: a 0-based index, a letter, or one of option_keys', () => {
    expect(gold({ mcqaMeta: meta(3) }).answer).toBe('D');
    expect(gold({ mcqaMeta: meta('3') }).answer).toBe('D');
    expect(gold({ mcqaMeta: meta('B') }).answer).toBe('B');
    expect(gold({ mcqaMeta: { num_options: 4, original_answer: 0 } }).answer).toBe('A');
    const keyed = JSON.stringify({ num_options: 4, option_keys: ['1', '2', '3', '4'], original_answer: '3' });
    expect(gold({ mcqaMeta: keyed }).answer).toBe('C');
  });

  it('cross-checks every column present; a disagreement is a warning and the first column wins', () => {
    const disagree = gold({ answerKey: 'B', answerStr: 'Madrid', mcqaMeta: meta(1) });
    expect(disagree.answer).toBe('B');
    expect(disagree.warnings).toEqual(['gold sources disagree: answer_str vs answer_key (answer_key used)']);
    expect(disagree.details).toEqual(['answer_str "Madrid" → option C but answer_key "B" → option B; answer_key used']);
    expect(gold({ answerKey: 'A', answerStr: 'Paris', mcqaMeta: meta(3) }).warnings).toEqual([
      'gold sources disagree: mcqa_meta.original_answer vs answer_key (answer_key used)',
    ]);
    expect(gold({ answer: 'Rome', answerKey: 'A' }).warnings).toEqual(['gold sources disagree: answer_key vs answer (answer used)']);
    expect(gold({ answerKey: 'Z', answerStr: 'Rome' }).warnings).toEqual(['answer_key does not resolve (ignored; gold from answer_str)']);
    expect(gold({ answerKey: 'B', mcqaMeta: meta('B', 5) }).warnings).toEqual(['mcqa_meta.num_options differs from the number of options']);
  });

  it('stores the option text when its letter would name another option', () => {
    // Options that are letters themselves: the letter "A" is option C's text.
    expect(gold({ answerKey: 'A' }, ['B', 'C', 'A', 'D']).answer).toBe('B');
    expect(gold({ answerKey: 'C' }, ['B', 'C', 'A', 'D']).answer).toBe('A');
  });

  it('says why there is no gold', () => {
    expect(failure({})).toMatch(/^missing answer \(answer, answer_key, answer_str and mcqa_meta.original_answer are all empty\)/);
    expect(failure({ answerKey: 'F', answerStr: 'London' })).toBe('answer matches none of the 4 options (answer_key "F", answer_str "London")');
    expect(failure({ mcqaMeta: meta(7) })).toMatch(/matches none of the 4 options/);
  });
});

describe('resolveGold — Binary, short-form, open-ended', () => {
  it('Binary: a verdict word, or the option an answer_key names', () => {
    expect(gold({ answerKey: 'A', answerStr: 'True' }, ['True', 'False'], 'Binary').answer).toBe('True');
    expect(gold({ answerKey: 'B' }, ['참', '거짓'], 'Binary').answer).toBe('거짓');
    expect(gold({ answerStr: 'False' }, null, 'Binary').answer).toBe('False');
    expect(gold({ answer: 'yes', answerStr: 'No' }, null, 'Binary').warnings).toEqual(['gold sources disagree: answer_str vs answer (answer used)']);
    expect(failure({ answerStr: 'perhaps' }, null, 'Binary')).toBe('answer "perhaps" is not a true/false verdict');
  });

  it('short-form: answer, else answer_str, else answer_key; answer and answer_str cross-checked', () => {
    expect(gold({ answerStr: '태조' }, null, 'short-form').answer).toBe('태조');
    expect(gold({ answer: '144', answerStr: '144' }, null, 'short-form').warnings).toEqual([]);
    expect(gold({ answer: '144', answerStr: '145' }, null, 'short-form').warnings).toEqual(['gold sources disagree: answer_str vs answer (answer used)']);
    expect(failure({}, null, 'short-form')).toMatch(/^missing answer/);
  });

  it('open-ended: the answer may be empty', () => {
    expect(gold({}, null, 'open-ended').answer).toBe('');
  });
});

describe('parseMcqaMeta', () => {
  it('reads JSON strings and objects, and tolerates junk', () => {
    expect(parseMcqaMeta(meta('E', 5))).toEqual({ numOptions: 5, optionKeys: ['A', 'B', 'C', 'D', 'E'], originalAnswer: 'E' });
    expect(parseMcqaMeta({ num_options: '4', original_answer: 2 })).toEqual({ numOptions: 4, optionKeys: null, originalAnswer: '2' });
    expect(parseMcqaMeta('None')).toBeNull();
    expect(parseMcqaMeta('{not json')).toBeNull();
    expect(parseMcqaMeta('[1, 2]')).toBeNull();
  });
});
