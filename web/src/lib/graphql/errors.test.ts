import { describe, expect, it } from 'vitest';
import { fieldError, hasErrors, toFormErrors } from './errors';

describe('toFormErrors', () => {
  it('places validation issues on their fields', () => {
    const errors = toFormErrors(
      {
        __typename: 'ValidationError',
        message: 'Invalid endpoint: Name is required; Base URL must be http(s)',
        code: 'VALIDATION',
        issues: [
          { path: 'name', message: 'Name is required' },
          { path: 'baseUrl', message: 'Base URL must be http(s)' },
        ],
      },
      ['name', 'baseUrl', 'modelId'],
    );
    expect(errors.fields).toEqual({ name: ['Name is required'], baseUrl: ['Base URL must be http(s)'] });
    expect(errors.general).toEqual([]);
    expect(fieldError(errors, 'name')).toBe('Name is required');
    expect(fieldError(errors, 'modelId')).toBeNull();
  });

  it('maps nested paths to their first segment and keeps unplaced issues general', () => {
    const errors = toFormErrors(
      { __typename: 'ValidationError', message: 'Invalid plan', issues: [{ path: 'plan.sampleSize', message: 'too big' }, { path: 'x', message: 'odd' }] },
      ['plan'],
    );
    expect(errors.fields.plan).toEqual(['too big']);
    expect(errors.general).toEqual(['Invalid plan', 'odd']);
  });

  it('routes conflict and not-found errors by type or code', () => {
    const conflict = toFormErrors({ __typename: 'ConflictError', message: 'A model named "x" already exists', code: 'CONFLICT' }, ['name'], {
      byType: { ConflictError: 'name' },
    });
    expect(conflict.fields.name).toEqual(['A model named "x" already exists']);
    const notFound = toFormErrors({ __typename: 'NotFoundError', message: 'Unknown model: y', code: 'NOT_FOUND' }, ['models'], {
      byCode: { NOT_FOUND: 'models' },
    });
    expect(notFound.fields.models).toEqual(['Unknown model: y']);
    const general = toFormErrors({ __typename: 'ConflictError', message: 'has runs' }, []);
    expect(general.general).toEqual(['has runs']);
    expect(hasErrors(general)).toBe(true);
  });
});

describe('errors said in the UI language', () => {
  it('puts the localised sentence of a known code at its field, and keeps the server text for an unknown one', async () => {
    const { translate } = await import('$lib/i18n/core');
    const say = (error: { code?: string; message?: string; params?: unknown }) =>
      error.code === 'NO_MODELS' ? translate('ko', 'error.NO_MODELS') : (error.message ?? '');
    const known = toFormErrors(
      { __typename: 'ValidationError', code: 'NO_MODELS', message: 'Pick at least one model', issues: [{ path: 'models', message: 'At least one model is required' }] },
      ['models'],
      { say },
    );
    expect(known.fields.models).toEqual(['모델을 하나 이상 고르세요.']);
    const unknown = toFormErrors({ __typename: 'ConflictError', code: 'SOMETHING_NEW', message: 'Server text' }, [], { say });
    expect(unknown.general).toEqual(['Server text']);
    expect(translate('ko', 'error.MODEL_NAME_TAKEN', { name: 'gpt' })).toBe('"gpt" 이름의 모델이 이미 있습니다.');
  });
});

describe('field issues said by their code', () => {
  it('says each issue of an invalid endpoint in Korean at its field, with its params; an issue without a code of its own in general words', async () => {
    const { i18n, sayError } = await import('$lib/i18n/i18n.svelte');
    i18n.locale = 'ko';
    try {
      const error = {
        __typename: 'ValidationError',
        code: 'INVALID_INPUT',
        message: 'Invalid endpoint: Base URL must be http(s); temperature must be between 0 and 2; Something new',
        issues: [
          { path: 'baseUrl', message: 'Base URL must be http(s)', code: 'BASE_URL_SCHEME', params: { field: 'baseUrl' } },
          { path: 'temperature', message: 'temperature must be between 0 and 2', code: 'OUT_OF_RANGE', params: { field: 'temperature', min: 0, max: 2 } },
          { path: 'name', message: 'Something new', code: 'INVALID_FIELD', params: { field: 'name' } },
        ],
      };
      const out = toFormErrors(error, ['baseUrl', 'temperature', 'name'], { say: sayError });
      // A field issue without a code of its own is said in general words in Korean, with the server's text in English.
      expect(out.fields).toEqual({ baseUrl: ['기본 URL은 http 또는 https 주소여야 합니다.'], temperature: ['0에서 2 사이여야 합니다.'], name: ['올바른 값이 아닙니다.'] });
      expect(out.general).toEqual([]);
      i18n.locale = 'en';
      expect(toFormErrors(error, ['baseUrl'], { say: sayError }).fields.baseUrl).toEqual(['Base URL must be http(s).']);
      expect(toFormErrors(error, ['name'], { say: sayError }).fields.name).toEqual(['Something new']);
    } finally {
      i18n.locale = 'en';
    }
  });
});

describe('an invalid plan said field by field', () => {
  const error = {
    __typename: 'ValidationError',
    code: 'INVALID_PLAN',
    message: 'Invalid plan: problemType must be MCQA, Binary, short-form or open-ended, got "matching"; sampleSize must be an integer between 1 and 10000, got 0',
    issues: [
      { path: 'plan.problemType', message: 'problemType must be …', code: 'UNKNOWN_PROBLEM_TYPE', params: { field: 'plan.problemType', value: 'matching' } },
      { path: 'plan.sampleSize', message: 'sampleSize must be …', code: 'INTEGER_OUT_OF_RANGE', params: { field: 'plan.sampleSize', min: 1, max: 10000, value: '0' } },
    ],
  };

  it('says each refused field by its code instead of the one general sentence, and names it', async () => {
    const { i18n } = await import('$lib/i18n/i18n.svelte');
    // What the Evaluate page passes as `say`.
    const { sayPlanFieldError: say } = await import('$lib/plan');
    i18n.locale = 'ko';
    try {
      expect(toFormErrors(error, ['plan'], { say }).fields.plan).toEqual([
        '문제 유형: 알 수 없는 문제 유형 "matching"(객관식, 이지선다, 단답형, 서술형 중 하나).',
        '표본 크기: 1에서 10000 사이의 정수여야 합니다.',
      ]);
      // Without codes on its issues, the error's own sentence is said.
      expect(toFormErrors({ ...error, issues: error.issues.map(({ path, message }) => ({ path, message })) }, ['plan'], { say }).fields.plan).toEqual(['계획이 올바르지 않습니다.']);
    } finally {
      i18n.locale = 'en';
    }
  });
});
