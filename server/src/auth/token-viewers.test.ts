import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { hashApiToken, type TokenCaller } from '../services/api-token.service';
import { AUTH_GENERATION_KEY, authChanged, TokenViewers } from './token-viewers';
import type { Viewer } from './viewer';

const TOKEN = 'bhp_first-token';
const OTHER = 'bhp_second-token';

let redisServer: TestRedisServer;
beforeAll(async () => {
  redisServer = await startTestRedis();
});
afterAll(async () => {
  await redisServer?.stop();
});

/** A token table in memory standing in for the database: counts look-ups; `rows` may be changed by a test. */
function tokenTable() {
  const viewer = (id: string, role: Viewer['role']): Viewer => ({ id, email: `${id}@example.test`, name: id, role, via: 'token', tokenId: `t-${id}` });
  const rows = new Map<string, Viewer | null>([
    [hashApiToken(TOKEN), viewer('u1', 'MEMBER')],
    [hashApiToken(OTHER), viewer('u2', 'VIEWER')],
  ]);
  const counts = { lookups: 0, uses: 0 };
  const lookup = async (hash: string): Promise<TokenCaller | null> => {
    counts.lookups++;
    const found = rows.get(hash);
    return found ? { viewer: found, lastUsedAt: null } : null;
  };
  return { rows, counts, lookup, noteUse: () => void counts.uses++, viewer };
}

async function setup(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: 1 });
  await redis.del(AUTH_GENERATION_KEY);
  const table = tokenTable();
  const cache = new TokenViewers({ redis, lookup: table.lookup, noteUse: table.noteUse, ...options });
  return { redis, table, cache, done: () => (cache.close(), redis.disconnect()) };
}

describe('TokenViewers', () => {
  it('looks a token up once, then answers from memory (each use still noted); unknown tokens are never remembered', async () => {
    const { table, cache, done } = await setup();
    for (let i = 0; i < 5; i++) expect((await cache.viewerOf(TOKEN))?.id).toBe('u1');
    expect(table.counts).toEqual({ lookups: 1, uses: 5 });
    expect(await cache.viewerOf('bhp_unknown')).toBeNull();
    expect(await cache.viewerOf('bhp_unknown')).toBeNull();
    expect(await cache.viewerOf('not-a-token')).toBeNull();
    expect(table.counts.lookups).toBe(3);
    done();
  });

  it('a change announced by any process (another cache on the same Redis) is seen by the next request', async () => {
    const a = await setup();
    const b = await setup(); // another server process: its own memory, the same Redis
    expect((await a.cache.viewerOf(TOKEN))?.role).toBe('MEMBER');
    expect((await a.cache.viewerOf(OTHER))?.role).toBe('VIEWER');
    // Revoked through "server b": the database says so, b announces it, a's very next request refuses.
    a.table.rows.set(hashApiToken(TOKEN), null);
    b.table.rows.set(hashApiToken(TOKEN), null);
    await authChanged(b.redis);
    expect(await a.cache.viewerOf(TOKEN)).toBeNull();
    // A role change the same way; callers not changed are simply looked up again.
    a.table.rows.set(hashApiToken(OTHER), a.table.viewer('u2', 'ADMIN'));
    await authChanged(b.redis);
    expect((await a.cache.viewerOf(OTHER))?.role).toBe('ADMIN');
    a.done();
    b.done();
  });

  it('a look-up that races a change is not trusted afterwards', async () => {
    const { redis, table, done } = await setup();
    // The database answers with the old row while the change is announced during the look-up.
    const stale = await table.lookup(hashApiToken(TOKEN));
    let racing = true;
    const raced = new TokenViewers({
      redis,
      noteUse: table.noteUse,
      lookup: async (hash) => {
        if (!racing) return table.lookup(hash);
        racing = false;
        await authChanged(redis);
        return stale;
      },
    });
    expect((await raced.viewerOf(TOKEN))?.id).toBe('u1'); // this request began before the change
    table.rows.set(hashApiToken(TOKEN), null);
    expect(await raced.viewerOf(TOKEN)).toBeNull();
    raced.close();
    done();
  });

  it('forgets on its own change even without Redis, trusts nothing while Redis is away, and expires entries', async () => {
    const { redis, table, cache, done } = await setup({ ttlMs: 50 });
    await cache.viewerOf(TOKEN);
    await cache.viewerOf(TOKEN);
    expect(table.counts.lookups).toBe(1);
    await new Promise((r) => setTimeout(r, 80));
    await cache.viewerOf(TOKEN);
    expect(table.counts.lookups).toBe(2);

    const offline = new Redis(redisServer.url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
    offline.on('error', () => undefined);
    const unreachable = new TokenViewers({ redis: offline, lookup: table.lookup, noteUse: table.noteUse });
    await unreachable.viewerOf(TOKEN);
    await unreachable.viewerOf(TOKEN);
    expect(table.counts.lookups).toBe(4); // every request asks the database
    unreachable.close();

    await cache.viewerOf(OTHER);
    table.rows.set(hashApiToken(OTHER), null);
    await authChanged(offline).catch(() => undefined); // Redis refuses the announcement: this process still forgets
    expect(await cache.viewerOf(OTHER)).toBeNull();
    offline.disconnect();
    expect(redis.status).toBe('ready');
    done();
  });

  it('keeps at most maxEntries callers', async () => {
    const { table, cache, done } = await setup({ maxEntries: 1 });
    await cache.viewerOf(TOKEN);
    await cache.viewerOf(OTHER);
    await cache.viewerOf(OTHER);
    await cache.viewerOf(TOKEN);
    expect(table.counts.lookups).toBe(3);
    done();
  });
});
