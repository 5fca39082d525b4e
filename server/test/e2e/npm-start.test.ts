import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@benchhub/db';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { freePort } from '../support/stack';

/** The README's first line: `npm start` brings the stack up, reports a taken port in one line, and stops cleanly. */
let dir: string;
let env: NodeJS.ProcessEnv;
let redisServer: TestRedisServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-npm-start-'));
  redisServer = await startTestRedis();
  env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'start.db')}`,
    REDIS_URL: redisServer.url,
    LOG_LEVEL: 'warn',
  };
});
afterAll(async () => {
  await redisServer.stop();
  rmSync(dir, { recursive: true, force: true });
});

function npmStart(extra: NodeJS.ProcessEnv) {
  const child = spawn('npm', ['start'], { cwd: REPO_ROOT, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Processes whose environment names this test's database: npm, the supervisor (web app and worker thread), the server. */
function processesOfThisStack(): number[] {
  const marker = `DATABASE_URL=${env.DATABASE_URL}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(marker);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (child && child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) before ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm start', () => {
  it('reports a port in use in one line naming the variable that moves it, and starts nothing', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const run = npmStart({ PORT: String(taken), WEB_PORT: String(await freePort()) });
      expect(await run.exited).toBe(1);
      const { stderr } = run.output();
      const lines = stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm '));
      expect(lines).toEqual([`Port ${taken} is already in use: set PORT to another port (e.g. PORT=${taken + 1} npm start).`]);
      expect(processesOfThisStack()).toEqual([]);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('serves the built web app (proxying the API) and GraphQL, says so once all answer, and stops on SIGTERM', async () => {
    const apiPort = await freePort();
    const webPort = await freePort();
    const run = npmStart({ PORT: String(apiPort), WEB_PORT: String(webPort) });
    const api = `http://127.0.0.1:${apiPort}`;
    const web = `http://127.0.0.1:${webPort}`;
    try {
      // The banner comes only when every service answers: right after it, they all do.
      await until(async () => run.output().stdout.includes('BenchHub Plus is running'), 'the banner', 240_000, run.child);
      const banner = run.output().stdout.slice(run.output().stdout.indexOf('BenchHub Plus is running'));
      expect(banner).toMatch(new RegExp(`Web app\\s+http://localhost:${webPort}\\n`));
      expect(banner).toMatch(new RegExp(`GraphQL \\+ GraphiQL\\s+http://localhost:${apiPort}/graphql\\n`));
      expect(banner).toMatch(/Worker\s+1 live \(Redis redis:\/\/127\.0\.0\.1:\d+/);
      expect(banner).toMatch(/ready in \d+\.\d s/);
      // A fresh database has no user: the banner sends the newcomer to the web app to create the administrator.
      expect(banner).toMatch(/First run: open the web app to create the administrator account/);
      const health = { query: '{ health { liveWorkers } }' };
      const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      expect(await (await post(api, health)).json()).toMatchObject({ data: { health: { liveWorkers: 1 } } });

      // The production build, not `vite dev`: server-rendered HTML, compressed, hashed assets cached for good.
      const page = await fetch(`${web}/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-encoding')).toBe('gzip');
      const html = await page.text();
      expect(html).not.toContain('/@vite/client');
      const script = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
      expect(script, 'the page links a hashed script').toBeDefined();
      const asset = await fetch(`${web}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public,max-age=31536000,immutable');
      expect(asset.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);

      // The browser talks only to the web origin: GraphQL, its SSE subscriptions and GraphiQL pass through.
      expect(await (await post(web, health, { cookie: 'probe=1' })).json()).toMatchObject({ data: { health: { liveWorkers: 1 } } });
      // Nothing else answers anonymously. The first-run path as the web app drives it, through the web origin:
      // create the administrator, sign in (session cookie), then subscribe with that cookie.
      const anonymous = { query: 'subscription { taskProgress(taskId: "no-such-task") { seq } }' };
      const refused = await fetch(`${web}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify(anonymous) });
      expect(refused.status).toBe(401);
      const admin = { email: 'first@example.test', name: 'First', password: 'first-admin-password' };
      const created = await post(web, { query: 'mutation ($input: CreateFirstAdminInput!) { createFirstAdmin(input: $input) { __typename } }', variables: { input: admin } });
      const createdBody = await created.json();
      expect(createdBody, JSON.stringify(createdBody)).toMatchObject({ data: { createFirstAdmin: { __typename: 'MutationCreateFirstAdminSuccess' } } });
      const signIn = await fetch(`${web}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: web },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const events = await fetch(`${web}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie, origin: web },
        body: JSON.stringify({ query: 'subscription { taskProgress(taskId: "no-such-task") { seq } }' }),
        signal: AbortSignal.timeout(20_000),
      });
      expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(await events.text()).toMatch(/event: (next|complete)/);
      const graphiql = await fetch(`${web}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).toContain('/graphql/graphiql/');
      expect(processesOfThisStack().length).toBeGreaterThanOrEqual(3);

      run.child.kill('SIGTERM');
      expect(await run.exited).not.toBeNull();
      await until(async () => processesOfThisStack().length === 0, 'every process of the stack to exit', 30_000);
      expect(await listening(apiPort)).toBe(false);
      expect(await listening(webPort)).toBe(false);
    } finally {
      for (const pid of processesOfThisStack()) process.kill(pid, 'SIGKILL');
    }
  }, 300_000);
});
