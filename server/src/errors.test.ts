import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';

describe('ValidationError.ofField', () => {
  it('gives the field the same code and params as the error', () => {
    const error = ValidationError.ofField('File not found: /x', { path: 'source', message: 'file not found' }, 'FILE_NOT_FOUND', { file: '/x' });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ message: 'File not found: /x', code: 'FILE_NOT_FOUND', params: { file: '/x' } });
    expect(error.issues).toEqual([{ path: 'source', message: 'file not found', code: 'FILE_NOT_FOUND', params: { file: '/x' } }]);
  });

  it('without params: the error has none and the field no params key', () => {
    const error = ValidationError.ofField('A token needs a name', { path: 'name', message: 'Give the token a name' }, 'TOKEN_NAME_REQUIRED');
    expect(error.params).toEqual({});
    expect(error.issues).toEqual([{ path: 'name', message: 'Give the token a name', code: 'TOKEN_NAME_REQUIRED' }]);
  });
});
