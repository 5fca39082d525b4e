import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, planFromQuery, validatePlan, validateQuery } from './index';

describe('validateQuery', () => {
  it('rejects empty and whitespace-only queries', () => {
    for (const q of ['', '   ', '\n\t ']) {
      const r = validateQuery(q);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('EMPTY_QUERY');
        expect(r.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('rejects queries over 1,000 characters', () => {
    expect(MAX_QUERY_LENGTH).toBe(1000);
    const r = validateQuery('수'.repeat(1001));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('QUERY_TOO_LONG');
    expect(validateQuery('a'.repeat(1000)).ok).toBe(true);
  });

  it('counts characters, not UTF-16 code units, and ignores surrounding whitespace', () => {
    expect(validateQuery('😀'.repeat(1000)).ok).toBe(true);
    expect(validateQuery(`  ${'a'.repeat(1000)}  `).ok).toBe(true);
  });

  it('returns the trimmed query', () => {
    expect(validateQuery('  math please  ')).toEqual({ ok: true, query: 'math please' });
  });
});

describe('validatePlan', () => {
  const base = planFromQuery('한국 전통 명절에 대한 지식을 객관식으로 200문제 평가해줘');

  it('accepts a rules plan unchanged', () => {
    expect(validatePlan(base)).toEqual({ ok: true, plan: base });
  });

  it('accepts user edits in loose spellings and canonicalizes them', () => {
    const r = validatePlan({
      ...base,
      language: 'en',
      subjects: ['science/math', 'Tech/Coding', 'Culture'],
      taskType: 'reasoning',
      targetType: null,
      problemType: 'open ended',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.language).toBe('English');
    expect(r.plan.subjects).toEqual(['Culture', 'Science/Math', 'Tech./Coding']);
    expect(r.plan.taskType).toBe('Reasoning');
    expect(r.plan.problemType).toBe('open-ended');
  });

  it('fills optional fields with defaults', () => {
    const r = validatePlan({ language: 'Korean', subjects: [], problemType: 'MCQA', sampleSize: 10 });
    expect(r).toEqual({
      ok: true,
      plan: {
        language: 'Korean',
        subjects: [],
        taskType: null,
        targetType: null,
        problemType: 'MCQA',
        sampleSize: 10,
        seed: 42,
        externalToolUsage: false,
        rationale: '',
        notes: [],
        confidence: 1,
        source: 'RULES',
        fallbackReason: null,
      },
    });
  });

  it('keeps well-formed plan notes and rejects malformed ones', () => {
    const note = { code: 'SCHOOL_LEVEL_NOT_APPLIED', words: '고등학생', subjects: [], message: 'not applied: school level' };
    const base = { language: 'Korean', subjects: [], problemType: 'MCQA', sampleSize: 10 };
    const ok = validatePlan({ ...base, notes: [note] });
    expect(ok.ok && ok.plan.notes).toEqual([note]);
    const bad = validatePlan({ ...base, notes: [{ ...note, code: 'MADE_UP' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join(' ')).toMatch(/invalid plan note/);
    expect(validatePlan({ ...base, notes: 'x' }).ok).toBe(false);
  });

  it.each([
    [{ subjects: ['Science/Alchemy'] }, /unknown subject category "Science\/Alchemy"/],
    [{ subjects: 'nope' }, /unknown subject category "nope"/],
    [{ subjects: undefined }, /subjects is required/],
    [{ subjects: { a: 1 } }, /subjects must be an array/],
    [{ sampleSize: 0 }, /sampleSize must be an integer between 1 and 10000/],
    [{ sampleSize: 10001 }, /sampleSize/],
    [{ sampleSize: 12.5 }, /sampleSize/],
    [{ sampleSize: '100' }, /sampleSize/],
    [{ language: 'French' }, /language/],
    [{ taskType: 'creativity' }, /taskType/],
    [{ targetType: 'national' }, /targetType/],
    [{ problemType: 'matching' }, /problemType/],
    [{ seed: -1 }, /seed/],
    [{ seed: 1.5 }, /seed/],
    [{ externalToolUsage: 'yes' }, /externalToolUsage/],
    [{ confidence: 2 }, /confidence/],
    [{ source: 'HUMAN' }, /source/],
    [{ fallbackReason: 3 }, /fallbackReason/],
  ])('rejects %j', (patch, message) => {
    const r = validatePlan({ ...base, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });

  it('reports every error at once', () => {
    const r = validatePlan({ ...base, language: 'xx', sampleSize: -5, subjects: ['a', 'b'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBe(4);
  });

  it('gives each error as a field issue with a stable code and the values it names', () => {
    const r = validatePlan({ ...base, language: 'xx', sampleSize: -5, subjects: ['a'], problemType: 'matching', seed: 1.5, confidence: 2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'language', code: 'UNKNOWN_LANGUAGE', params: { value: 'xx' } },
      { path: 'subjects', code: 'UNKNOWN_SUBJECT', params: { value: 'a' } },
      { path: 'problemType', code: 'UNKNOWN_PROBLEM_TYPE', params: { value: 'matching' } },
      { path: 'sampleSize', code: 'INTEGER_OUT_OF_RANGE', params: { min: 1, max: 10000, value: '-5' } },
      { path: 'seed', code: 'NOT_NON_NEGATIVE_INTEGER', params: { value: '1.5' } },
      { path: 'confidence', code: 'OUT_OF_RANGE', params: { min: 0, max: 1, value: '2' } },
    ]);
    // The English messages stay as they were, one per issue.
    expect(r.errors).toEqual(r.issues.map((issue) => issue.message));
    expect(r.errors[3]).toBe('sampleSize must be an integer between 1 and 10000, got -5');
  });

  it('rejects non-objects', () => {
    for (const v of [null, undefined, 42, 'plan', [base]]) {
      expect(validatePlan(v)).toEqual({ ok: false, errors: ['plan must be an object'], issues: [{ path: 'plan', code: 'PLAN_NOT_OBJECT', params: {}, message: 'plan must be an object' }] });
    }
  });
});
