import { createRequest, makeOperation } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { withSingleResultAccept } from './client';

const request = createRequest('{ health { ok } }', {});
const context = { url: '/graphql', requestPolicy: 'cache-first' as const, fetchOptions: { credentials: 'same-origin' as const, headers: { 'x-test': '1' } } };

describe('withSingleResultAccept', () => {
  it('asks queries and mutations for one JSON result, keeping other options', () => {
    for (const kind of ['query', 'mutation'] as const) {
      const operation = withSingleResultAccept(makeOperation(kind, request, context));
      const options = operation.context.fetchOptions as RequestInit;
      expect(options.credentials).toBe('same-origin');
      expect(options.headers).toEqual({ 'x-test': '1', accept: 'application/graphql-response+json, application/graphql+json, application/json' });
    }
  });

  it('leaves subscriptions (server-sent events) alone', () => {
    const operation = makeOperation('subscription', request, context);
    expect(withSingleResultAccept(operation)).toBe(operation);
  });
});
