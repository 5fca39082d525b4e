import { builder } from '../builder';
import { QuotaExceededError, RateLimitedError } from '../../limit-errors';
import { BaseErrorInterface } from './errors';

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: 'Too many calls in a short time (per client address or per user); nothing was changed. Try again after retryAfterSeconds.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

const QuotaKind = builder.enumType('QuotaKind', {
  description: 'A per-user quota (defaults from the configuration, overridden per user by admins).',
  values: {
    ITEMS_PER_DAY: { description: 'Questions × models evaluated live in the last 24 hours.' },
    CONCURRENT_TASKS: { description: 'Tasks pending or running at once.' },
  } as const,
});

builder.objectType(QuotaExceededError, {
  name: 'QuotaExceededError',
  description: 'The call would exceed one of your quotas; nothing was changed.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof QuotaExceededError,
  fields: (t) => ({
    quota: t.field({ type: QuotaKind, resolve: (error) => error.quota }),
    limit: t.exposeInt('limit'),
    used: t.exposeInt('used', { description: 'Already used in the current window (items) or running now (tasks).' }),
  }),
});
