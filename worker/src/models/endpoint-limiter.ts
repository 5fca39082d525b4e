/**
 * Per-endpoint limits honoured across every worker process: requests in flight (`concurrency`),
 * requests started per rolling minute and tokens per rolling minute. The counts live in Redis (the
 * one every worker already shares), changed only by atomic Lua scripts:
 *
 * - Slots are held per process ("holder") with a lease: a holder renews it every few seconds, and a
 *   holder whose lease ran out (a killed worker) gives its slots back at the next acquisition.
 * - Requests started are a sorted set of start times (rolling window); tokens are per-second
 *   buckets. A request reserves an estimate of its tokens when it starts and settles the difference
 *   with the usage the endpoint reports when it ends.
 * - Time is Redis's own clock (machines' clocks may disagree).
 *
 * Within a process, waiters queue FIFO per endpoint and one "pump" asks Redis for as many slots as
 * are waiting (returning finished slots in the same call), so the number of round trips grows with
 * batches, not requests. Released slots wake waiting processes through pub/sub; a short poll covers
 * slots freed by expired leases.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { redisDbIndex, type Logger } from '@benchhub/db';
import { ModelCallError, type ModelCaller, type ModelReply, type RenderedPrompt } from './model-caller';

export interface EndpointLimits {
  id: string;
  /** Requests in flight at once across all workers. */
  concurrency: number;
  /** Requests started per rolling window (a minute) across all workers; null: no limit. */
  requestsPerMinute: number | null;
  /** Tokens (prompt + completion) per rolling window across all workers; null: no limit. */
  tokensPerMinute: number | null;
}

export interface LimiterOptions {
  /** A holder that has not renewed for this long loses its slots (default 6 s: a killed worker's run resumes elsewhere within 10 s). */
  leaseMs?: number;
  /** The rolling window of the per-minute limits (tests shorten it). */
  windowMs?: number;
  /** Longest wait before asking Redis again when no release was announced (expired leases free slots silently). */
  pollMs?: number;
  logger?: Pick<Logger, 'warn'>;
}

export const DEFAULT_LEASE_MS = 6000;
const MAX_BATCH = 256;

/**
 * KEYS: holders (zset holder → lease end), held (hash holder → slots), starts (zset), tokens (hash second → tokens).
 * ARGV: holder, released slots, token settlement, concurrency, rpm (0: none), tpm (0: none), lease ms, window ms,
 *       start-member prefix, release channel, then one token estimate per slot wanted.
 * Returns { slots granted, ms to wait before asking again (0: until a release) }.
 */
const EXCHANGE = `
local holders, held, starts, tokens = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local holder = ARGV[1]
local released = tonumber(ARGV[2])
local settle = tonumber(ARGV[3])
local limit = tonumber(ARGV[4])
local rpm = tonumber(ARGV[5])
local tpm = tonumber(ARGV[6])
local lease = tonumber(ARGV[7])
local window = tonumber(ARGV[8])
local prefix = ARGV[9]
local channel = ARGV[10]
local want = #ARGV - 10
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local second = math.floor(now / 1000)
for _, dead in ipairs(redis.call('ZRANGEBYSCORE', holders, '-inf', now)) do
  redis.call('HDEL', held, dead)
  redis.call('ZREM', holders, dead)
end
local mine = math.max(tonumber(redis.call('HGET', held, holder) or '0') - released, 0)
redis.call('HSET', held, holder, mine)
if tpm > 0 and settle ~= 0 then redis.call('HINCRBY', tokens, second, settle) end
local used = 0
for _, value in ipairs(redis.call('HVALS', held)) do used = used + tonumber(value) end
local grant = math.max(math.min(want, limit - used), 0)
local wait = 0
if grant > 0 and rpm > 0 then
  redis.call('ZREMRANGEBYSCORE', starts, '-inf', now - window)
  local free = rpm - redis.call('ZCARD', starts)
  if free < grant then
    grant = math.max(free, 0)
    if grant == 0 then
      local oldest = redis.call('ZRANGE', starts, 0, 0, 'WITHSCORES')
      wait = math.max(tonumber(oldest[2]) + window - now + 1, 1)
    end
  end
end
if grant > 0 and tpm > 0 then
  local total, oldest = 0, nil
  local buckets = redis.call('HGETALL', tokens)
  for i = 1, #buckets, 2 do
    local s = tonumber(buckets[i])
    if (s + 1) * 1000 <= now - window then
      redis.call('HDEL', tokens, buckets[i])
    else
      total = total + tonumber(buckets[i + 1])
      if oldest == nil or s < oldest then oldest = s end
    end
  end
  local k, reserved = 0, 0
  for i = 1, grant do
    local estimate = tonumber(ARGV[10 + i])
    if total + reserved + estimate <= tpm or (total <= 0 and i == 1) then
      reserved = reserved + estimate
      k = i
    else
      break
    end
  end
  if k == 0 then wait = oldest and math.max((oldest + 1) * 1000 + window - now, 1) or 1000 end
  grant = k
  if reserved > 0 then redis.call('HINCRBY', tokens, second, reserved) end
end
if grant > 0 and rpm > 0 then
  for i = 1, grant do redis.call('ZADD', starts, now, prefix .. i) end
end
mine = mine + grant
if mine > 0 then
  redis.call('HSET', held, holder, mine)
  redis.call('ZADD', holders, now + lease, holder)
else
  redis.call('HDEL', held, holder)
  redis.call('ZREM', holders, holder)
end
local ttl = math.max(lease * 3, window * 2)
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ttl) end
if released > 0 and used + grant < limit then redis.call('PUBLISH', channel, '1') end
return { grant, wait }
`;

/** KEYS: holders, held. ARGV: holder, slots held, lease ms. Extends the lease; re-registers the slots if the lease was lost. */
const RENEW = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local count = tonumber(ARGV[2])
if count <= 0 then
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[1], ARGV[1])
  return 0
end
if redis.call('ZSCORE', KEYS[1], ARGV[1]) == false then redis.call('HSET', KEYS[2], ARGV[1], count) end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
return 1
`;

type LimiterRedis = Redis & {
  limiterExchange(holders: string, held: string, starts: string, tokens: string, ...args: Array<string | number>): Promise<[number, number]>;
  limiterRenew(holders: string, held: string, holder: string, count: number, leaseMs: number): Promise<number>;
};

export interface Permit {
  /** Gives the slot back; `tokensUsed` (the endpoint's reported usage) settles the reserved estimate. */
  release(tokensUsed?: number | null): void;
}

interface Waiter {
  estimate: number;
  grant: () => void;
  fail: (error: Error) => void;
}

/** One endpoint's queue in this process. */
class Gate {
  limits: EndpointLimits;
  readonly waiters: Waiter[] = [];
  /** Slots this process holds in Redis (in use, or granted and being handed out). */
  held = 0;
  pendingRelease = 0;
  pendingSettle = 0;
  pumping = false;
  /**
   * An exchange is on its way to Redis: `held` is about to change there before it changes here, so
   * a lease renewal (which re-registers `held` if the lease was lost) must not be sent meanwhile.
   */
  exchanging = false;
  private wakeUp: (() => void) | null = null;

  constructor(
    limits: EndpointLimits,
    readonly keys: [string, string, string, string],
    readonly channel: string,
  ) {
    this.limits = limits;
  }

  /** Resolves after `ms`, or sooner when woken (a release here or announced by another process). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        if (self.wakeUp === done) self.wakeUp = null;
        resolve();
      }
      this.wakeUp = done;
    });
  }

  wake(): void {
    this.wakeUp?.();
  }

  get idle(): boolean {
    return this.waiters.length === 0 && this.held === 0 && this.pendingRelease === 0 && !this.pumping;
  }
}

export class EndpointLimiter {
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly redis: LimiterRedis;
  private readonly subscriber: Redis;
  private readonly gates = new Map<string, Gate>();
  private readonly channelPrefix: string;
  private readonly leaseMs: number;
  private readonly windowMs: number;
  private readonly pollMs: number;
  private readonly renewTimer: NodeJS.Timeout;
  private sequence = 0;
  private closed = false;
  private lastWarning = 0;

  constructor(
    redisUrl: string,
    private readonly options: LimiterOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.windowMs = options.windowMs ?? 60_000;
    this.pollMs = options.pollMs ?? 250;
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: null }) as LimiterRedis;
    this.redis.defineCommand('limiterExchange', { numberOfKeys: 4, lua: EXCHANGE });
    this.redis.defineCommand('limiterRenew', { numberOfKeys: 2, lua: RENEW });
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    for (const connection of [this.redis, this.subscriber]) connection.on('error', (error: Error) => this.warn('endpoint limiter: Redis error', error));
    // Pub/sub ignores the database index: name it, so deployments sharing a Redis server stay apart.
    this.channelPrefix = `bh:${redisDbIndex(redisUrl)}:limiter:released:`;
    this.subscriber.on('message', (channel: string) => this.gates.get(channel.slice(this.channelPrefix.length))?.wake());
    this.renewTimer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.leaseMs / 5)));
    this.renewTimer.unref();
  }

  /**
   * Waits for a slot on the endpoint (and, with per-minute limits, for room in the window),
   * reserving `estimatedTokens` against the token limit. Rejects with a ModelCallError if `signal`
   * aborts first. The limits are read from `limits` on every call (an edited endpoint applies at once).
   */
  acquire(limits: EndpointLimits, estimatedTokens: number, signal?: AbortSignal): Promise<Permit> {
    if (this.closed) return Promise.reject(new Error('endpoint limiter is closed'));
    if (signal?.aborted) return Promise.reject(new ModelCallError('Request cancelled', false));
    const gate = this.gate(limits);
    const estimate = Math.max(1, Math.ceil(estimatedTokens));
    return new Promise<Permit>((resolve, reject) => {
      const onAbort = () => {
        const index = gate.waiters.indexOf(waiter);
        if (index >= 0) gate.waiters.splice(index, 1);
        reject(new ModelCallError('Request cancelled', false));
      };
      const waiter: Waiter = {
        estimate,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.permit(gate, estimate));
        },
        fail: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      gate.waiters.push(waiter);
      void this.pump(gate);
    });
  }

  /** Slots this process holds for an endpoint (tests and diagnostics). */
  heldBy(endpointId: string): number {
    return this.gates.get(endpointId)?.held ?? 0;
  }

  /** Gives every slot back and closes the connections (a clean shutdown; a killed process's leases lapse instead). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.renewTimer);
    await Promise.allSettled(
      [...this.gates.values()].filter((gate) => gate.held > 0).map((gate) => this.redis.limiterRenew(gate.keys[0], gate.keys[1], this.holder, 0, this.leaseMs)),
    );
    for (const gate of this.gates.values()) {
      for (const waiter of gate.waiters.splice(0)) waiter.fail(new ModelCallError('Worker shutting down', true));
      gate.wake();
    }
    await Promise.allSettled([this.redis.quit(), this.subscriber.quit()]);
  }

  private gate(limits: EndpointLimits): Gate {
    let gate = this.gates.get(limits.id);
    if (!gate) {
      const tag = `{${limits.id}}`;
      gate = new Gate(limits, [`bh:limiter:${tag}:holders`, `bh:limiter:${tag}:held`, `bh:limiter:${tag}:starts`, `bh:limiter:${tag}:tokens`], `${this.channelPrefix}${limits.id}`);
      this.gates.set(limits.id, gate);
      void this.subscriber.subscribe(gate.channel).catch((error: Error) => this.warn('endpoint limiter: subscribe failed', error));
    }
    gate.limits = limits;
    return gate;
  }

  private permit(gate: Gate, estimate: number): Permit {
    let released = false;
    return {
      release: (tokensUsed) => {
        if (released) return;
        released = true;
        gate.pendingRelease++;
        if (tokensUsed !== null && tokensUsed !== undefined && Number.isFinite(tokensUsed)) gate.pendingSettle += Math.round(tokensUsed) - estimate;
        // Coalesce the releases of one tick into one round trip.
        if (gate.pumping) gate.wake();
        else setImmediate(() => void this.pump(gate));
      },
    };
  }

  /** Exchanges finished slots for waiting ones with Redis until nothing is left to do. */
  private async pump(gate: Gate): Promise<void> {
    if (gate.pumping) return;
    gate.pumping = true;
    let failures = 0;
    try {
      while (!this.closed && (gate.waiters.length > 0 || gate.pendingRelease > 0 || gate.pendingSettle !== 0)) {
        const estimates = gate.waiters.slice(0, MAX_BATCH).map((waiter) => waiter.estimate);
        const [released, settle] = [gate.pendingRelease, gate.pendingSettle];
        gate.pendingRelease = 0;
        gate.pendingSettle = 0;
        let granted: number;
        let waitMs: number;
        gate.exchanging = true;
        try {
          [granted, waitMs] = await this.exchange(gate, released, settle, estimates);
          failures = 0;
        } catch (error) {
          gate.exchanging = false;
          gate.pendingRelease += released;
          gate.pendingSettle += settle;
          this.warn('endpoint limiter: Redis exchange failed; retrying', error);
          await gate.sleep(Math.min(100 * 2 ** failures++, 2000));
          continue;
        }
        gate.exchanging = false;
        gate.held += granted - released;
        for (let i = 0; i < granted; i++) {
          const waiter = gate.waiters.shift();
          if (waiter) waiter.grant();
          else {
            // Its request was cancelled meanwhile: the slot and the reservation go back next round.
            gate.pendingRelease++;
            gate.pendingSettle -= estimates[i] ?? 0;
          }
        }
        if (gate.waiters.length > 0 && granted < estimates.length && gate.pendingRelease === 0) {
          await gate.sleep(waitMs > 0 ? Math.min(waitMs, this.windowMs) : this.pollMs);
        }
      }
    } finally {
      gate.pumping = false;
    }
    if (gate.idle) this.forget(gate);
  }

  private exchange(gate: Gate, released: number, settle: number, estimates: number[]): Promise<[number, number]> {
    const { concurrency, requestsPerMinute, tokensPerMinute } = gate.limits;
    const prefix = `${this.holder}:${++this.sequence}:`;
    return this.redis
      .limiterExchange(...gate.keys, this.holder, released, settle, concurrency, requestsPerMinute ?? 0, tokensPerMinute ?? 0, this.leaseMs, this.windowMs, prefix, gate.channel, ...estimates)
      .then(([granted, waitMs]) => [Number(granted), Number(waitMs)]);
  }

  private async renew(): Promise<void> {
    for (const gate of this.gates.values()) {
      // Skipped while an exchange is in flight (it extends the lease itself): a renewal sent then
      // carries the count from before the exchange, and if the exchange gave every slot back (the
      // holder's entry deleted), the renewal would re-register the released slots as held. Those
      // phantom slots never come back: every later exchange of this process extends their lease,
      // and the endpoint stalls for every worker (seen after cancel/hold, which release all at once).
      if (gate.held <= 0 || gate.exchanging) continue;
      await this.redis.limiterRenew(gate.keys[0], gate.keys[1], this.holder, gate.held, this.leaseMs).catch((error) => this.warn('endpoint limiter: lease renewal failed', error));
    }
  }

  private forget(gate: Gate): void {
    // Idle endpoints are dropped (their subscription too); they come back on the next request.
    setTimeout(() => {
      if (!gate.idle || this.gates.get(gate.limits.id) !== gate || this.closed) return;
      this.gates.delete(gate.limits.id);
      void this.subscriber.unsubscribe(gate.channel).catch(() => {});
    }, 30_000).unref();
  }

  private warn(message: string, error: unknown): void {
    // At most one warning per 10 s: a Redis outage would otherwise log once per request.
    if (Date.now() - this.lastWarning < 10_000) return;
    this.lastWarning = Date.now();
    this.options.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, message);
  }
}

let shared: EndpointLimiter | null = null;

/** The worker process's limiter (startEvaluationWorker configures it on the worker's Redis). */
export function configureEndpointLimiter(redisUrl: string, options: LimiterOptions = {}): EndpointLimiter {
  if (shared) void shared.close();
  shared = new EndpointLimiter(redisUrl, options);
  return shared;
}

export async function closeEndpointLimiter(): Promise<void> {
  const limiter = shared;
  shared = null;
  await limiter?.close();
}

/** Tokens a request will use, before it is sent: its prompt (≈ 4 characters a token) plus the completion it may produce. */
export function estimateTokens(prompt: RenderedPrompt, maxTokens: number | null | undefined): number {
  return Math.ceil((prompt.system.length + prompt.user.length) / 4) + Math.min(maxTokens ?? 256, 1024);
}

/**
 * A caller whose every request waits for the endpoint's limits across all workers: a slot (released
 * when the request ends, whatever its outcome), and room in the per-minute windows. The endpoint's
 * reported usage settles the token estimate.
 */
export function limitedCaller(inner: ModelCaller, endpoint: EndpointLimits & { params?: unknown }, limiter: () => EndpointLimiter = sharedLimiter): ModelCaller {
  const limits: EndpointLimits = {
    id: endpoint.id,
    concurrency: endpoint.concurrency,
    requestsPerMinute: endpoint.requestsPerMinute,
    tokensPerMinute: endpoint.tokensPerMinute,
  };
  const maxTokens = (endpoint.params as { maxTokens?: number } | null | undefined)?.maxTokens;
  return {
    cacheIdentity: inner.cacheIdentity,
    async call(prompt, item, signal): Promise<ModelReply> {
      const permit = await limiter().acquire(limits, estimateTokens(prompt, maxTokens), signal);
      let reply: ModelReply | null = null;
      try {
        reply = await inner.call(prompt, item, signal);
        return reply;
      } finally {
        permit.release(reply && (reply.tokensIn !== null || reply.tokensOut !== null) ? (reply.tokensIn ?? 0) + (reply.tokensOut ?? 0) : null);
      }
    },
  };
}

function sharedLimiter(): EndpointLimiter {
  if (!shared) throw new Error('The endpoint limiter is not configured: startEvaluationWorker configures it on the worker Redis');
  return shared;
}
