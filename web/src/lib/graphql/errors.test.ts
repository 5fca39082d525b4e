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
  it('says each issue of an invalid endpoint in Korean at its field, with its params; an unknown code keeps the server text', async () => {
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
      expect(out.fields).toEqual({ baseUrl: ['기본 URL은 http 또는 https 주소여야 합니다.'], temperature: ['0에서 2 사이여야 합니다.'], name: ['Something new'] });
      expect(out.general).toEqual([]);
      i18n.locale = 'en';
      expect(toFormErrors(error, ['baseUrl'], { say: sayError }).fields.baseUrl).toEqual(['Base URL must be http(s).']);
    } finally {
      i18n.locale = 'en';
    }
  });
});
