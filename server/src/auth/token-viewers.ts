/**
 * API-token callers remembered per server process, so a script's requests skip the token and user queries.
 *
 * Revocation, disabling and role changes still take effect at once on every server process: each of them increments
 * a generation counter in the stack's Redis (authChanged) before it answers, and every request reads that counter
 * (one GET) before it trusts a remembered caller; a caller remembered under another generation is looked up again.
 * The generation is read before the database, so a look-up that races a change is remembered under the old
 * generation and never trusted afterwards. Without Redis (down, reconnecting, or slower than REDIS_WAIT_MS) nothing
 * is remembered and every request goes to the database, as it did before the cache. Entries also expire after
 * TTL_MS, which bounds changes made behind the server's back (SQL by hand, or a change made while Redis was down).
 */
import type { Redis } from 'ioredis';
import type { Logger, PrismaClient } from '@benchhub/db';
import { hashApiToken, noteTokenUse, tokenCallerByHash, TOKEN_PREFIX, type TokenCaller } from '../services/api-token.service';
import type { Viewer } from './viewer';

/** The Redis key every server process reads before trusting a remembered caller. */
export const AUTH_GENERATION_KEY = 'benchhub:auth:generation';
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;
/** A Redis that does not answer in this time is treated as absent for this request (the database decides). */
const REDIS_WAIT_MS = 100;

export interface TokenViewersOptions {
  redis: Redis;
  /** The caller behind a token hash (the database), and the lastUsedAt bookkeeping of a use. */
  lookup: (tokenHash: string) => Promise<TokenCaller | null>;
  noteUse: (caller: TokenCaller) => void;
  ttlMs?: number;
  maxEntries?: number;
}

interface Entry {
  caller: TokenCaller;
  generation: string;
  expiresAt: number;
}

/** Every cache of this process, so a change made here is forgotten here even when Redis is unavailable. */
const caches = new Set<TokenViewers>();

export class TokenViewers {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(private readonly options: TokenViewersOptions) {
    this.ttlMs = options.ttlMs ?? TTL_MS;
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    caches.add(this);
  }

  /** The cache of a server: callers looked up in `db`, generations read from `redis`. */
  static forDatabase(db: PrismaClient, redis: Redis): TokenViewers {
    return new TokenViewers({ redis, lookup: (hash) => tokenCallerByHash(db, hash), noteUse: (caller) => noteTokenUse(db, caller) });
  }

  /** The active user behind a bearer token, or null (unknown, revoked, or its user is disabled). */
  async viewerOf(token: string): Promise<Viewer | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const hash = hashApiToken(token);
    const generation = await this.generation();
    const entry = generation === null ? undefined : this.entries.get(hash);
    let caller: TokenCaller | null;
    if (entry && entry.generation === generation && entry.expiresAt > Date.now()) {
      caller = entry.caller;
    } else {
      this.entries.delete(hash);
      caller = await this.options.lookup(hash);
      if (caller && generation !== null) this.remember(hash, { caller, generation, expiresAt: Date.now() + this.ttlMs });
    }
    if (caller) this.options.noteUse(caller);
    return caller?.viewer ?? null;
  }

  forgetAll(): void {
    this.entries.clear();
  }

  close(): void {
    this.forgetAll();
    caches.delete(this);
  }

  private remember(hash: string, entry: Entry): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(hash, entry);
  }

  /** The current generation ('0' before any change), or null when Redis cannot say: then nothing is trusted. */
  private async generation(): Promise<string | null> {
    const redis = this.options.redis;
    if (redis.status !== 'ready') {
      this.forgetAll();
      return null;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('redis too slow')), REDIS_WAIT_MS)));
      return (await Promise.race([redis.get(AUTH_GENERATION_KEY), timeout])) ?? '0';
    } catch {
      this.forgetAll();
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * To be awaited after a change that can end or narrow a token's access (revocation, disabling, a role or name
 * change) and before answering it: every server process looks its callers up again.
 */
export async function authChanged(redis: Redis, logger?: Logger): Promise<void> {
  for (const cache of caches) cache.forgetAll();
  try {
    await redis.incr(AUTH_GENERATION_KEY);
  } catch (error) {
    // Other processes cannot read the generation either while Redis is down (they trust nothing meanwhile);
    // what they remembered before expires within TTL_MS.
    logger?.warn({ err: error }, 'could not announce an access change to the other server processes (Redis)');
  }
}
