import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@benchhub/db';
import { httpPolicy } from '@benchhub/db/http-policy';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { RateLimits } from '../services/rate-limits.service';
import { limitSignIn } from './sign-in-limit';

let redisServer: TestRedisServer;
let redis: Redis;
let server: Server;
let base: string;
const handedOn: Array<{ url: string; body: string }> = [];

beforeAll(async () => {
  redisServer = await startTestRedis();
  redis = new Redis(redisServer.url);
  const settings = loadConfig({ SIGN_IN_LIMIT_PER_IP: '4', SIGN_IN_LIMIT_PER_ACCOUNT: '2' });
  const deps = { rateLimits: new RateLimits(redis, settings), policy: httpPolicy(settings), maxBodyBytes: 1024 };
  // Stands in for better-auth: reads the (replayed) body the way a Node handler does.
  server = createServer((req, res) => {
    void limitSignIn(req, res, deps).then(async (request) => {
      if (!request) return;
      let body = '';
      for await (const chunk of request) body += chunk;
      handedOn.push({ url: request.url!, body });
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"INVALID_EMAIL_OR_PASSWORD"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  redis?.disconnect();
  await redisServer?.stop();
});

const signIn = (email: string, address: string) =>
  fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password: 'wrong' }),
  });

describe('sign-in rate limits', () => {
  it('hands the request on with its body intact, then answers 429 per account and per address', async () => {
    expect((await signIn('Alice@example.org', '203.0.113.1')).status).toBe(401);
    expect(handedOn.at(-1)).toEqual({ url: '/api/auth/sign-in/email', body: JSON.stringify({ email: 'Alice@example.org', password: 'wrong' }) });
    expect((await signIn('alice@example.org', '203.0.113.2')).status).toBe(401);
    // The account's allowance (2) is used up, whichever address asks; nothing reaches the handler.
    const count = handedOn.length;
    const limited = await signIn('alice@example.org', '203.0.113.3');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(handedOn.length).toBe(count);
    // Per address (4, the refused attempt above included): other accounts from one address.
    for (const email of ['b@example.org', 'c@example.org', 'd@example.org']) expect((await signIn(email, '203.0.113.3')).status).toBe(401);
    expect((await signIn('e@example.org', '203.0.113.3')).status).toBe(429);
    expect((await signIn('e@example.org', '203.0.113.4')).status).toBe(401);
    // Other routes are not counted.
    expect((await fetch(`${base}/api/auth/get-session`, { headers: { 'x-forwarded-for': '203.0.113.3' } })).status).toBe(401);
  });
});
