import { describe, expect, it } from 'vitest';
import {
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

const messages = (result: NormalizedRow) => ok(result).warnings.map((w) => w.message);

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
    expect(digits.warnings[0]!.message).toMatch(/could not be inferred/);
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
    expect(err(normalizeRow({ ...benchhubRow(9), answer: '' }, ctx))).toMatch(/^missing answer/);
    expect(err(normalizeRow({ ...benchhubRow(9), problem_type: 'essayish' }, ctx))).toMatch(/^unknown problem_type "essayish"/);
    expect(err(normalizeRow({ ...benchhubRow(9), options: '["a", "b"' }, ctx))).toMatch(/^bad JSON in options/);
    expect(err(normalizeRow({ ...benchhubRow(9), options: 'a | b' }, ctx))).toMatch(/options must be a list/);
    expect(err(normalizeRow({ ...benchhubRow(9), options: null }, ctx))).toBe('MCQA item without options');
    expect(err(normalizeRow({ ...benchhubRow(9), options: ['only'] }, ctx))).toBe('MCQA item needs at least 2 options');
    expect(err(normalizeRow({ ...benchhubRow(9), answer: 'zeta' }, ctx))).toMatch(/matches none of the 4 options/);
    expect(err(normalizeRow({ ...benchhubRow(9), options: [{ a: 1 }, 'b'] }, ctx))).toMatch(/only strings/);
    expect(err(normalizeRow({ ...benchhubRow(9), problem_type: 'Binary', options: null, answer: 'maybe' }, ctx))).toMatch(/not a true\/false/);
    expect(err(normalizeRow({ ...benchhubRow(9), task_type: 'Vibes' }, ctx))).toMatch(/^unknown task_type/);
    expect(err(normalizeRow({ ...benchhubRow(9), target_type: 'Galactic' }, ctx))).toMatch(/^unknown target_type/);
    expect(err(normalizeRow({ ...benchhubRow(9), language: 'Japanese' }, ctx))).toMatch(/^language Japanese is not Korean or English/);
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
    expect(result.warnings.map((w) => w.message)).toContain('missing benchmark_name (the dataset name was used)');
  });

  it('treats blank CSV cells as missing and stringifies structured extras', () => {
    const { item } = ok(normalizeRow({ ...benchhubRow(12), context: '', reference: ' ', additional_info: { source: 'x', n: 2n } }, ctx));
    expect(item.context).toBeNull();
    expect(item.reference).toBeNull();
    expect(item.additionalInfo).toBe('{"source":"x","n":"2"}');
  });
});

describe('normalizeRow — BenchHub files as published', () => {
  const exportRow = {
    problem_type: 'MCQA',
    context: '',
    prompt: '다음 중 옳은 것을 모두 고른 것은?',
    options: ['ㄱ', 'ㄱ, ㄴ', 'ㄴ, ㄷ', 'ㄱ, ㄷ', 'ㄱ, ㄴ, ㄷ'],
    answer: '',
    answer_key: 'E',
    answer_str: 'ㄱ, ㄴ, ㄷ',
    mcqa_meta: '{"num_options": 5, "option_keys": ["A", "B", "C", "D", "E"], "original_answer": 4}',
    reference: 'None',
    benchmark_name: 'src/bench',
    original_category: 'civil_law',
    additional_info: '{}',
    split: 'test',
    task_type: 'knowledge',
    target_type: 'Cultural',
    subject_type: ['HASS/Law'],
    external_tool_usage: 'False',
    __force_upload_timestamp__: '2025-05-20 10:31:07',
  };

  it('reads an export row: gold from answer_key, Cultural as Local, "None" reference as null, the timestamp ignored', () => {
    const { item, warnings, languageInferred } = ok(normalizeRow(exportRow, ctx));
    expect(item).toMatchObject({
      problemType: 'MCQA',
      options: ['ㄱ', 'ㄱ, ㄴ', 'ㄴ, ㄷ', 'ㄱ, ㄷ', 'ㄱ, ㄴ, ㄷ'],
      answer: 'E',
      reference: null,
      context: null,
      taskType: 'Knowledge',
      targetType: 'Local',
      language: 'Korean',
      additionalInfo: '{}',
      mcqaMeta: exportRow.mcqa_meta,
    });
    expect(warnings).toEqual([]);
    expect(languageInferred).toBe(true);
    expect(JSON.stringify(item)).not.toContain('2025-05-20');
  });

  it('reads options from `option`, subject_type from JSON or Python-list strings, null options on short answers', () => {
    const row = { prompt: 'How many legs does a spider have?', answer: '8', option: null, subject_type: "['science/biology']", task_type: 'Knowledge', target_type: 'General' };
    expect(ok(normalizeRow(row, ctx)).item).toMatchObject({ problemType: 'short-form', options: null, subjectType: ['Science/Biology'] });
    const mcqa = { ...row, problem_type: 'MCQA', answer: 'C', option: ['6', '4', '8'], subject_type: '["science/biology", "misc"]' };
    expect(ok(normalizeRow(mcqa, ctx)).item).toMatchObject({ options: ['6', '4', '8'], answer: 'C', subjectType: ['Science/Biology', 'Social Intelligence'] });
    expect(ok(normalizeRow({ ...mcqa, option: "['6', '4', '8']" }, ctx)).item.options).toEqual(['6', '4', '8']);
    expect(ok(normalizeRow({ ...row, option: 'None' }, ctx)).item.options).toBeNull();
  });

  it('infers a missing problem_type from the options, with a warning', () => {
    const inferred = ok(normalizeRow({ ...exportRow, problem_type: '' }, ctx));
    expect(inferred.item.problemType).toBe('MCQA');
    expect(inferred.warnings.map((w) => w.message)).toEqual(['problem_type missing: MCQA inferred (the row has options)']);
    const short = ok(normalizeRow({ ...exportRow, problem_type: undefined, options: [], answer_key: '', answer_str: '민법' }, ctx));
    expect(short.item).toMatchObject({ problemType: 'short-form', answer: '민법' });
  });

  it('uses the documented defaults for missing task and target types, and the import\'s when given', () => {
    const missing = ok(normalizeRow({ ...exportRow, task_type: null, target_type: '' }, ctx));
    expect(missing.item).toMatchObject({ taskType: 'Knowledge', targetType: 'General' });
    expect(missing.warnings.map((w) => w.message)).toEqual([
      'task_type missing: Knowledge assumed (pass --task-type to choose)',
      'target_type missing: General assumed (pass --target-type to choose)',
    ]);
    const given = ok(normalizeRow({ ...exportRow, task_type: null, target_type: null }, { ...ctx, defaultTaskType: 'Reasoning', defaultTargetType: 'Local' }));
    expect(given.item).toMatchObject({ taskType: 'Reasoning', targetType: 'Local' });
  });

  it('accepts 2 to 10 options and refuses more', () => {
    const options = (n: number) => Array.from({ length: n }, (_, i) => `option ${i}`);
    expect(ok(normalizeRow({ ...exportRow, options: options(2), answer_key: 'B', answer_str: 'option 1', mcqa_meta: null }, ctx)).item.answer).toBe('B');
    expect(ok(normalizeRow({ ...exportRow, options: options(10), answer_key: 'J', answer_str: 'option 9', mcqa_meta: null }, ctx)).item.answer).toBe('J');
    expect(err(normalizeRow({ ...exportRow, options: options(11), answer_key: 'K', answer_str: 'option 10', mcqa_meta: null }, ctx))).toBe(
      'MCQA item has 11 options (at most 10 are supported)',
    );
  });

  it('reads external_tool_usage "True"/"False" and records a tool-needing item in additional_info', () => {
    expect(ok(normalizeRow(exportRow, ctx)).item.additionalInfo).toBe('{}');
    const tools = ok(normalizeRow({ ...exportRow, external_tool_usage: 'True', additional_info: '{"source": "x"}' }, ctx));
    expect(JSON.parse(tools.item.additionalInfo!)).toEqual({ source: 'x', external_tool_usage: true });
    expect(tools.warnings.map((w) => w.message)).toEqual(['needs external tools (external_tool_usage True): kept; models are called without tools']);
    expect(ok(normalizeRow({ ...exportRow, external_tool_usage: true, additional_info: null }, ctx)).item.additionalInfo).toBe('{"external_tool_usage":true}');
    expect(messages(normalizeRow({ ...exportRow, external_tool_usage: 'sometimes' }, ctx))).toEqual(['external_tool_usage is not a boolean (ignored)']);
  });

  it('skips rows in other languages with a reason, unless --language names one', () => {
    const indonesian = { ...exportRow, prompt: 'Manakah pernyataan berikut yang benar?', context: null, options: ['satu', 'dua', 'tiga', 'empat', 'lima'], answer_str: 'lima' };
    expect(normalizeRow(indonesian, ctx)).toEqual({ error: 'text looks Indonesian, not Korean or English (pass --language to import it as one of them)', code: 'other-language' });
    expect(ok(normalizeRow(indonesian, { ...ctx, defaultLanguage: 'English' })).item.language).toBe('English');
    expect(normalizeRow({ ...exportRow, language: 'hi' }, ctx)).toMatchObject({ code: 'other-language', error: expect.stringMatching(/^language Hindi \(hi\)/) });
  });

  it('names a match mode in additional_info that scoring cannot use', () => {
    expect(messages(normalizeRow({ ...exportRow, additional_info: '{"match": "exact"}' }, ctx))).toEqual([]);
    expect(messages(normalizeRow({ ...exportRow, additional_info: '{"match": "fuzzy"}' }, ctx))).toEqual(['additional_info.match is invalid: the answer will be compared as text']);
  });

  it('warns when option texts repeat (the gold is kept by position)', () => {
    const repeated = ok(normalizeRow({ ...exportRow, options: ['a', 'b', 'a', 'c'], answer_key: 'B', answer_str: 'b', mcqa_meta: null }, ctx));
    expect(repeated.warnings.map((w) => w.message)).toEqual(['duplicate option texts (the gold is kept by position)']);
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

  it('canonicalizes known subjects and keeps unknown ones with warnings', () => {
    const result = normalizeSubjects(['Tech.', 'tech/coding', 'Tech./tech/aircraft', 'Culture/Food', 'Mystery/Thing', 'whatever']);
    expect(result.subjects).toEqual(['Tech./Coding', 'Tech./tech/aircraft', 'Culture/Food', 'Mystery/Thing', 'whatever']);
    expect(result.unknown).toEqual(['Tech./tech/aircraft', 'Mystery/Thing', 'whatever']);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'unknown subject "Tech./tech/aircraft" (kept)',
      'unknown subject "Mystery/Thing" outside the taxonomy\'s coarse categories (kept)',
      'unknown subject "whatever" outside the taxonomy\'s coarse categories (kept)',
    ]);
    // A bare coarse category stays when it is all there is.
    expect(normalizeSubjects(['HASS']).subjects).toEqual(['HASS']);
    // The unknown fine keeps its spelling; a known coarse part is canonicalized.
    expect(normalizeSubjects(['technology/Quantum Eng.']).subjects).toEqual(['Tech./Quantum Eng.']);
    expect(normalizeSubjects(['science/dna']).subjects).toEqual(['Science/dna']);
  });

  it('warns when an item ends up without subjects', () => {
    expect(messages(normalizeRow({ ...benchhubRow(13), subject_type: [] }, ctx))).toEqual(['no subject_type (the item only matches plans without subjects)']);
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

});
