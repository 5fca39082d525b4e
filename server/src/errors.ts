/**
 * Typed domain errors. Services throw them; the GraphQL edge turns them into error values
 * (Pothos errors plugin) and the CLI prints their message. Anything else is an internal error.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** Bad input: nothing was changed. */
export class ValidationError extends DomainError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
    code = 'INVALID_INPUT',
  ) {
    super(message, code);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(
    message: string,
    readonly resource: string,
  ) {
    super(message, 'NOT_FOUND');
  }
}

/** The request is valid but conflicts with the current state (e.g. cancelling a finished task). */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(message: string) {
    super(message, 'CONFLICT');
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
    super(message, 'SECRET_UNAVAILABLE');
  }
}

/** The caller is known but its role, or its ownership of the thing, does not allow this (GraphQL: extensions.code FORBIDDEN). */
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}
