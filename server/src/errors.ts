/**
 * Typed domain errors. Services throw them; the GraphQL edge turns them into error values
 * (Pothos errors plugin) and the CLI prints their message. Anything else is an internal error.
 */
import type { ErrorCode } from './error-codes';

export type ErrorParams = Record<string, string | number>;
export type { ErrorCode };

/**
 * `code` is stable (clients say the error in their own language by it, with `params` filled in); `message` is the
 * English text, the fallback for a code a client does not know.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(message);
  }
}

/** A more specific code than the class's default, and the values its message names. */
export interface ErrorDetail {
  code?: ErrorCode;
  params?: ErrorParams;
}

/** One field's problem: `code` (+ `params`) lets a client say it in its own language; `message` is the English text. */
export interface FieldIssue {
  path: string;
  message: string;
  code?: ErrorCode;
  params?: ErrorParams;
}

/** Bad input: nothing was changed. */
export class ValidationError extends DomainError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
    code: ErrorCode = 'INVALID_INPUT',
    params: ErrorParams = {},
  ) {
    super(message, code, params);
  }

  /** Bad input in one field, said by the same code and params as the error itself (the usual case). */
  static ofField(message: string, field: { path: string; message: string }, code: ErrorCode, params?: ErrorParams): ValidationError {
    return new ValidationError(message, [{ ...field, code, ...(params && { params }) }], code, params);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(
    message: string,
    readonly resource: string,
    detail: ErrorDetail = {},
  ) {
    super(message, detail.code ?? 'NOT_FOUND', { resource, ...detail.params });
  }
}

/** The request is valid but conflicts with the current state (e.g. cancelling a finished task). */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(message: string, detail: ErrorDetail = {}) {
    super(message, detail.code ?? 'CONFLICT', detail.params);
  }
}

/**
 * A stored API key or header set cannot be decrypted with the current BENCHHUB_SECRET (it was
 * saved under another one): calls with it cannot succeed, so nothing is started.
 */
export class SecretUnavailableError extends DomainError {
  override name = 'SecretUnavailableError';
  constructor(
    message: string,
    readonly endpoints: string[],
  ) {
    super(message, 'SECRET_UNAVAILABLE', { endpoints: endpoints.join(', ') });
  }
}

/** The caller is known but its role, or its ownership of the thing, does not allow this (GraphQL: extensions.code FORBIDDEN). */
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message: string, detail: ErrorDetail = {}) {
    super(message, 'FORBIDDEN', detail.params);
  }
}
