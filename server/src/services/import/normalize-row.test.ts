import { describe, expect, it } from 'vitest';
import {
  inferLanguage,
  normalizeRow,
  normalizeSubjects,
  parseListLiteral,
  parseOptions,
  parseSubjectList,
  stableItemId,
  type NormalizedRow,
} from './normalize-row';
import { benchhubRow } from './test-support';

const ctx = { datasetName: 'my-dataset' };

function ok(result: NormalizedRow) {
  if ('error' in result) throw new Error(`expected an item, got error: ${result.error}`);
  return result;
}

function err(result: NormalizedRow): string {
  if (!('error' in result)) throw new Error(`expected an error, got item ${result.item.id}`);
  return result.error;
}

describe('normalizeRow', () => {
  it('maps a canonical BenchHub row to a BenchmarkItem', () => {
    const { item, warnings, languageInferred } = ok(normalizeRow({ ...benchhubRow(1), mcqa_meta: 'meta', reference: 'ref' }, ctx));
    expect(item).toEqual({
      id: expect.stringMatching(/^bh-[0-9a-f]{24}$/),
      problemType: 'MCQA',
      context: 'Context 1, with a comma and "quotes"',
      prompt: 'Question 1: which option is right?\nSecond line.',
      options: ['alpha 1', 'beta 1', 'gamma 1', 'delta 1'],
      answer: 'beta 1',
      reference: 'ref',
      taskType: 'Knowledge',
      targetType: 'General',
      subjectType: ['Science/Math'],
      benchmarkName: 'TestBench',
      language: 'English',
      mcqaMeta: 'meta',
      originalCategory: 'math',
      additionalInfo: null,
      split: 'test',
    });
    expect(warnings).toEqual([]);
    expect(languageInferred).toBe(false);
  });

  it('normalizes vocabulary variants', () => {
    const { item } = ok(
      normalizeRow(
        {
          ...benchhubRow(2),
          problem_type: 'short_form',
          options: null,
          answer: '42',
          task_type: 'Value/alignment',
          target_type: 'local',
          language: 'ko',
          subject_type: ['science/math', 'Social Intelligence/Value/alignment'],
        },
        ctx,
      ),
    );
    expect(item).toMatchObject({
      problemType: 'short-form',
      taskType: 'Value/Alignment',
      targetType: 'Local',
      language: 'Korean',
      subjectType: ['Science/Math', 'Social Intelligence/Value/Alignment'],
    });
    expect(ok(normalizeRow({ ...benchhubRow(3), problem_type: 'mcqa', language: 'Korean' }, ctx)).item.problemType).toBe('MCQA');
  });

  it('accepts camelCase and differently cased column names', () => {
    const row = benchhubRow(4);
    const camel = {
      problemType: row.problem_type,
      Prompt: row.prompt,
      options: row.options,
      answer: row.answer,
      taskType: row.task_type,
      'Target Type': row.target_type,
      subjectType: row.subject_type,
      benchmarkName: row.benchmark_name,
      language: 'English',
      context: row.context,
    };
    expect(ok(normalizeRow(camel, ctx)).item.id).toBe(ok(normalizeRow(row, ctx)).item.id);
  });

  it('gives stable ids: same content, same id; the id column wins when present', () => {
    const a = ok(normalizeRow(benchhubRow(5), ctx)).item;
    const b = ok(normalizeRow({ ...benchhubRow(5), problem_type: 'mcqa', language: 'en', options: JSON.stringify(benchhubRow(5).options) }, ctx)).item;
    expect(b.id).toBe(a.id);
    expect(ok(normalizeRow({ ...benchhubRow(5), answer: 'alpha 5' }, ctx)).item.id).not.toBe(a.id);
    expect(ok(normalizeRow({ ...benchhubRow(5), benchmark_name: 'Other' }, ctx)).item.id).not.toBe(a.id);
    expect(ok(normalizeRow({ ...benchhubRow(5), id: ' kmmlu-0001 ' }, ctx)).item.id).toBe('kmmlu-0001');
    expect(ok(normalizeRow({ ...benchhubRow(5), id: 17n }, ctx)).item.id).toBe('17');
    expect(a.id).toBe(
      stableItemId({
        language: 'English',
        problemType: 'MCQA',
        prompt: a.prompt,
        context: a.context,
        options: a.options,
        answer: a.answer,
        benchmarkName: 'TestBench',
      }),
    );
  });

  it('fills the language from the default, else infers it from Hangul in the prompt', () => {
    const { language: _drop, ...noLanguage } = benchhubRow(6);
    expect(ok(normalizeRow(noLanguage, { ...ctx, defaultLanguage: 'Korean' })).item.language).toBe('Korean');
    const english = ok(normalizeRow(noLanguage, ctx));
    expect(english.item.language).toBe('English');
    expect(english.languageInferred).toBe(true);
    const korean = ok(normalizeRow({ ...noLanguage, prompt: '다음 중 Python list comprehension에 대한 설명으로 옳은 것은?' }, ctx));
    expect(korean.item.language).toBe('Korean');
    // A language value in the row wins over the default.
    expect(ok(normalizeRow(benchhubRow(6), { ...ctx, defaultLanguage: 'Korean' })).item.language).toBe('English');
    // No letters anywhere: English, with a warning.
    const digits = ok(normalizeRow({ ...noLanguage, prompt: '2 + 2 = ?', context: null, options: ['3', '4'], answer: '4' }, ctx));
    expect(digits.item.language).toBe('English');
    expect(digits.warnings[0]).toMatch(/could not be inferred/);
  });

  it('reads options given as JSON strings, Python or numpy literals, and numbers', () => {
    expect(ok(normalizeRow({ ...benchhubRow(7), options: "['alpha 7', 'beta 7', \"it's\"]" }, ctx)).item.options).toEqual(['alpha 7', 'beta 7', "it's"]);
    expect(ok(normalizeRow({ ...benchhubRow(7), options: "['alpha 7' 'beta 7'\n 'c']" }, ctx)).item.options).toEqual(['alpha 7', 'beta 7', 'c']);
    expect(ok(normalizeRow({ ...benchhubRow(7), options: [1990, 1991, 1992], answer: 1991 }, ctx)).item).toMatchObject({
      options: ['1990', '1991', '1992'],
      answer: '1991',
    });
  });

  it('accepts MCQA answers as option text, letter or 1-based number', () => {
    for (const answer of ['beta 8', 'B', '(b)', '2', 2]) {
      expect(ok(normalizeRow({ ...benchhubRow(8), answer }, ctx)).item.answer).toBe(String(answer));
    }
  });

  it('rejects malformed rows with a reason', () => {
    expect(err(normalizeRow({ ...benchhubRow(9), prompt: '  ' }, ctx))).toBe('missing prompt');
    expect(err(normalizeRow({ ...benchhubRow(9), answer: '' }, ctx))).toBe('missing answer');
    expect(err(normalizeRow({ ...benchhubRow(9), problem_type: 'essayish' }, ctx))).toMatch(/^unknown problem_type "essayish"/);
    expect(err(normalizeRow({ ...benchhubRow(9), problem_type: undefined }, ctx))).toBe('missing problem_type');
    expect(err(normalizeRow({ ...benchhubRow(9), options: '["a", "b"' }, ctx))).toMatch(/^bad JSON in options/);
    expect(err(normalizeRow({ ...benchhubRow(9), options: 'a | b' }, ctx))).toMatch(/options must be a list/);
    expect(err(normalizeRow({ ...benchhubRow(9), options: null }, ctx))).toBe('MCQA item without options');
    expect(err(normalizeRow({ ...benchhubRow(9), options: ['only'] }, ctx))).toBe('MCQA item needs at least 2 options');
    expect(err(normalizeRow({ ...benchhubRow(9), answer: 'zeta' }, ctx))).toMatch(/matches none of the 4 options/);
    expect(err(normalizeRow({ ...benchhubRow(9), options: [{ a: 1 }, 'b'] }, ctx))).toMatch(/only strings/);
    expect(err(normalizeRow({ ...benchhubRow(9), problem_type: 'Binary', options: null, answer: 'maybe' }, ctx))).toMatch(/not a true\/false/);
    expect(err(normalizeRow({ ...benchhubRow(9), task_type: '' }, ctx))).toBe('missing task_type');
    expect(err(normalizeRow({ ...benchhubRow(9), task_type: 'Vibes' }, ctx))).toMatch(/^unknown task_type/);
    expect(err(normalizeRow({ ...benchhubRow(9), target_type: 'Galactic' }, ctx))).toMatch(/^unknown target_type/);
    expect(err(normalizeRow({ ...benchhubRow(9), language: 'Japanese' }, ctx))).toMatch(/^unknown language "Japanese"/);
    expect(err(normalizeRow({ ...benchhubRow(9), subject_type: '["HASS/Law"' }, ctx))).toMatch(/^bad JSON in subject_type/);
  });

  it('accepts open-ended items without an answer and Binary items with verdict answers', () => {
    const open = ok(normalizeRow({ ...benchhubRow(10), problem_type: 'open-ended', options: null, answer: null, reference: 'A rubric' }, ctx));
    expect(open.item).toMatchObject({ problemType: 'open-ended', answer: '', reference: 'A rubric', options: null });
    const binary = ok(normalizeRow({ ...benchhubRow(10), problem_type: 'true/false', options: null, answer: 'True' }, ctx));
    expect(binary.item).toMatchObject({ problemType: 'Binary', options: null, answer: 'True' });
    const withOptions = ok(normalizeRow({ ...benchhubRow(10), problem_type: 'Binary', options: ['예', '아니오'], answer: 'A' }, ctx));
    expect(withOptions.item.options).toEqual(['예', '아니오']);
    // Options on a short-form item are dropped.
    expect(ok(normalizeRow({ ...benchhubRow(10), problem_type: 'short-form' }, ctx)).item.options).toBeNull();
  });

  it('uses the dataset name when benchmark_name is missing, and defaults split to test', () => {
    const result = ok(normalizeRow({ ...benchhubRow(11), benchmark_name: '', split: null }, ctx));
    expect(result.item.benchmarkName).toBe('my-dataset');
    expect(result.item.split).toBe('test');
    expect(result.warnings).toContain('missing benchmark_name (the dataset name was used)');
  });

  it('treats blank CSV cells as missing and stringifies structured extras', () => {
    const { item } = ok(normalizeRow({ ...benchhubRow(12), context: '', reference: ' ', additional_info: { source: 'x', n: 2n } }, ctx));
    expect(item.context).toBeNull();
    expect(item.reference).toBeNull();
    expect(item.additionalInfo).toBe('{"source":"x","n":"2"}');
  });
});

describe('subjects', () => {
  it('parses lists, JSON strings, Python literals and single strings', () => {
    expect(parseSubjectList(['HASS/Law', ' Science/Math '])).toEqual(['HASS/Law', 'Science/Math']);
    expect(parseSubjectList('["HASS/Law"]')).toEqual(['HASS/Law']);
    expect(parseSubjectList("['HASS/Law', 'Tech./Coding']")).toEqual(['HASS/Law', 'Tech./Coding']);
    expect(parseSubjectList('HASS/Law')).toEqual(['HASS/Law']);
    expect(parseSubjectList('HASS/Law | Tech./Coding')).toEqual(['HASS/Law', 'Tech./Coding']);
    expect(parseSubjectList(null)).toEqual([]);
  });

  it('canonicalizes known subjects, keeps unknown Coarse/Fine ones with warnings, drops the rest', () => {
    expect(normalizeSubjects(['Tech.', 'tech/coding', 'Tech./tech/aircraft', 'Culture/Food', 'Mystery/Thing', 'whatever'])).toEqual({
      subjects: ['Tech./Coding', 'Tech./tech/aircraft', 'Culture/Food', 'Mystery/Thing'],
      warnings: [
        'unknown subject "Tech./tech/aircraft" (kept)',
        'unknown subject "Mystery/Thing" with an unknown coarse category (kept)',
        'unrecognized subject "whatever" dropped (expected "Coarse/Fine")',
      ],
    });
    // A bare coarse category stays when it is all there is.
    expect(normalizeSubjects(['HASS']).subjects).toEqual(['HASS']);
    // The unknown fine keeps its spelling; a known coarse part is canonicalized.
    expect(normalizeSubjects(['technology/Quantum Eng.']).subjects).toEqual(['Tech./Quantum Eng.']);
  });

  it('warns when an item ends up without subjects', () => {
    expect(ok(normalizeRow({ ...benchhubRow(13), subject_type: [] }, ctx)).warnings).toEqual([
      'no subject_type (the item only matches plans without subjects)',
    ]);
  });
});

describe('helpers', () => {
  it('parseListLiteral handles escapes, prefixes and bare tokens; rejects other text', () => {
    expect(parseListLiteral("[u'a\\'b', \"c\\\"d\", 'e\\nf', None, True, 3.5, -2]")).toEqual(["a'b", 'c"d', 'e\nf', null, true, 3.5, -2]);
    expect(parseListLiteral('[]')).toEqual([]);
    expect(parseListLiteral('[bare words]')).toBeNull();
    expect(parseListLiteral("['unclosed]")).toBeNull();
    expect(parseListLiteral('not a list')).toBeNull();
  });

  it('parseOptions: empty lists and blanks are null', () => {
    expect(parseOptions([])).toBeNull();
    expect(parseOptions('')).toBeNull();
    expect(parseOptions('[]')).toBeNull();
    expect(parseOptions(undefined)).toBeNull();
  });

  it('inferLanguage uses the Hangul share of letters', () => {
    expect(inferLanguage('What is the capital of Korea?')).toBe('English');
    expect(inferLanguage('한국의 수도는 어디인가?')).toBe('Korean');
    expect(inferLanguage("What does '사랑' mean in English, exactly?")).toBe('English');
    expect(inferLanguage('12 + 30 = ?')).toBeNull();
  });
});
