/**
 * Rate limits (issue #9 item 7) with rate-limiter-flexible on the stack's Redis, so every server process shares the
 * counters: sign-in attempts per client address and per account (15-minute windows), createEvaluation calls per
 * client address and per user (1-minute windows). Limits come from the configuration (0: no limit). If Redis fails,
 * each process falls back to an in-memory limiter of the same size (rate-limiter-flexible's insurance limiter)
 * rather than letting everything through.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '@benchhub/db';
import { RateLimitedError } from '../limit-errors';

export type RateLimitName = 'signInByIp' | 'signInByAccount' | 'evaluationByIp' | 'evaluationByUser';

const RULES: Record<RateLimitName, { setting: keyof Config; durationSeconds: number; what: string }> = {
  signInByIp: { setting: 'SIGN_IN_LIMIT_PER_IP', durationSeconds: 15 * 60, what: 'sign-in attempts from this address' },
  signInByAccount: { setting: 'SIGN_IN_LIMIT_PER_ACCOUNT', durationSeconds: 15 * 60, what: 'sign-in attempts for this account' },
  evaluationByIp: { setting: 'EVALUATION_LIMIT_PER_IP', durationSeconds: 60, what: 'evaluations from this address' },
  evaluationByUser: { setting: 'EVALUATION_LIMIT_PER_USER', durationSeconds: 60, what: 'evaluations by this user' },
};

export type RateLimitSettings = Pick<Config, 'SIGN_IN_LIMIT_PER_IP' | 'SIGN_IN_LIMIT_PER_ACCOUNT' | 'EVALUATION_LIMIT_PER_IP' | 'EVALUATION_LIMIT_PER_USER'>;

export class RateLimits {
  private readonly limiters = new Map<RateLimitName, RateLimiterRedis>();

  constructor(redis: Redis, settings: RateLimitSettings) {
    for (const [name, rule] of Object.entries(RULES) as [RateLimitName, (typeof RULES)[RateLimitName]][]) {
      const points = settings[rule.setting as keyof RateLimitSettings];
      if (points <= 0) continue;
      const options = { points, duration: rule.durationSeconds, keyPrefix: `benchhub:rate:${name}` };
      this.limiters.set(name, new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }));
    }
  }

  /** Counts one call for `key`; throws RateLimitedError (with the wait) when the window's allowance is used up. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    const limiter = this.limiters.get(name);
    if (!limiter) return;
    try {
      await limiter.consume(key.toLowerCase());
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const rule = RULES[name];
      throw new RateLimitedError(`Too many ${rule.what} (at most ${limiter.points} per ${describeWindow(rule.durationSeconds)}): try again in ${retryAfterSeconds} s.`, retryAfterSeconds);
    }
  }
}

const describeWindow = (seconds: number) => (seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : `${seconds} s`);
