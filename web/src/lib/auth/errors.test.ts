import { describe, expect, it } from 'vitest';
import { refusalOfData, refusalOfError } from './errors';

describe('refusalOfError', () => {
  it('reads extensions.code of GraphQL errors, UNAUTHENTICATED first', () => {
    expect(refusalOfError({ graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe('FORBIDDEN');
    expect(refusalOfError({ graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'UNAUTHENTICATED' } }] })).toBe('UNAUTHENTICATED');
    expect(refusalOfError({ graphQLErrors: [{ extensions: { code: 'BAD_USER_INPUT' } }, { extensions: null }] })).toBeNull();
  });

  it('reads HTTP 401 and 403', () => {
    expect(refusalOfError({ graphQLErrors: [], response: { status: 401 } })).toBe('UNAUTHENTICATED');
    expect(refusalOfError({ graphQLErrors: [], response: { status: 403 } })).toBe('FORBIDDEN');
    expect(refusalOfError({ graphQLErrors: [], response: { status: 500 } })).toBeNull();
    expect(refusalOfError(undefined)).toBeNull();
  });
});

describe('refusalOfData', () => {
  it('finds a union error with a refusal code at the top of data', () => {
    expect(refusalOfData({ createUser: { __typename: 'ForbiddenError', code: 'FORBIDDEN', message: 'no' } })).toBe('FORBIDDEN');
    expect(refusalOfData({ a: { code: 'FORBIDDEN' }, b: { code: 'UNAUTHENTICATED' } })).toBe('UNAUTHENTICATED');
    expect(refusalOfData({ createUser: { __typename: 'ValidationError', code: 'INVALID' } })).toBeNull();
    expect(refusalOfData({ users: [{ code: 'FORBIDDEN' }] })).toBeNull();
    expect(refusalOfData(null)).toBeNull();
  });
});
