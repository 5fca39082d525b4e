import { builder } from '../builder';
import { ConflictError, DomainError, NotFoundError, SecretUnavailableError, ValidationError, type FieldIssue } from '../../errors';

/** Errors are values at the GraphQL edge: mutations return a union of their result and these types. */
export const BaseErrorInterface = builder.interfaceRef<DomainError>('BaseError').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'Stable machine-readable code, e.g. EMPTY_QUERY, TASK_ALREADY_FINISHED, NOT_FOUND; clients localise the error by it.' }),
    params: t.field({
      type: 'JSON',
      description: 'The values the message names (e.g. { "model": "gpt-4o" }), for a client that says the error in its own language.',
      resolve: (error) => error.params,
    }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  fields: (t) => ({
    path: t.exposeString('path'),
    message: t.exposeString('message'),
    code: t.string({
      description: 'Stable code of this field problem (e.g. BASE_URL_SCHEME, OUT_OF_RANGE; INVALID_FIELD when none more specific); clients localise it with params.',
      resolve: (issue) => issue.code ?? 'INVALID_FIELD',
    }),
    params: t.field({
      type: 'JSON',
      description: 'The values the message names (e.g. { "field": "temperature", "min": 0, "max": 2 }).',
      resolve: (issue) => ({ field: issue.path, ...issue.params }),
    }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input was rejected; nothing was changed.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({ resource: t.exposeString('resource') }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: () => ({}),
});

builder.objectType(SecretUnavailableError, {
  name: 'SecretUnavailableError',
  description: 'A stored key or header set cannot be decrypted with the current BENCHHUB_SECRET; enter it again or restore the secret.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof SecretUnavailableError,
  fields: (t) => ({ endpoints: t.exposeStringList('endpoints', { description: 'Names of the endpoints concerned.' }) }),
});

export const DOMAIN_ERRORS = [ValidationError, NotFoundError, ConflictError, SecretUnavailableError];
