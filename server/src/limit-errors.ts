/** Typed errors of the limits (issue #9 item 7); the GraphQL edge shows them as union members (schema/limits.ts). */
import { DomainError } from './errors';

/** Too many calls in a window: try again after `retryAfterSeconds`. Nothing was changed. */
export class RateLimitedError extends DomainError {
  override name = 'RateLimitedError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'RATE_LIMITED', { retryAfterSeconds });
  }
}

/** A per-user quota (items per day, concurrent tasks) would be exceeded. Nothing was changed. */
export class QuotaExceededError extends DomainError {
  override name = 'QuotaExceededError';
  constructor(
    message: string,
    readonly quota: 'ITEMS_PER_DAY' | 'CONCURRENT_TASKS',
    readonly limit: number,
    readonly used: number,
  ) {
    super(message, 'QUOTA_EXCEEDED', { quota, limit, used });
  }
}
