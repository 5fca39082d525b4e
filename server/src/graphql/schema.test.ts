import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@benchhub/db';
import { printSchemaSdl } from './print';

describe('schema.graphql', () => {
  it('is up to date with the Pothos schema (run `npm run schema:print` after changing it)', () => {
    const checkedIn = readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8');
    expect(printSchemaSdl()).toBe(checkedIn);
  });
});
