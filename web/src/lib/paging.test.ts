import { describe, expect, it } from 'vitest';
import { pageVariables } from './paging';

describe('pageVariables', () => {
  it('pages forward from the start or from a cursor, and backward from a cursor', () => {
    expect(pageVariables({}, 25)).toEqual({ first: 25 });
    expect(pageVariables({ after: 'c1' }, 25)).toEqual({ first: 25, after: 'c1' });
    expect(pageVariables({ before: 'c2' }, 25)).toEqual({ last: 25, before: 'c2' });
  });
});
