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

/** Processes whose environment names this test's database: the stack's server, worker and web app. */
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

  it('serves GraphQL, the worker and the web app, and stops all of them on SIGTERM', async () => {
    const apiPort = await freePort();
    const webPort = await freePort();
    const run = npmStart({ PORT: String(apiPort), WEB_PORT: String(webPort) });
    try {
      const health = async () => {
        const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ health { liveWorkers } }' }),
        }).catch(() => null);
        if (!response?.ok) return false;
        const body = (await response.json()) as { data?: { health?: { liveWorkers?: number | null } } };
        return (body.data?.health?.liveWorkers ?? 0) >= 1;
      };
      await until(health, 'GraphQL with a live worker', 120_000, run.child);
      await until(() => listening(webPort), 'the web app', 60_000, run.child);
      expect(run.output().stdout).toContain(`http://localhost:${apiPort}/graphql`);
      expect(processesOfThisStack().length).toBeGreaterThanOrEqual(3);

      run.child.kill('SIGTERM');
      expect(await run.exited).not.toBeNull();
      await until(async () => processesOfThisStack().length === 0, 'every process of the stack to exit', 30_000);
      expect(await listening(apiPort)).toBe(false);
      expect(await listening(webPort)).toBe(false);
    } finally {
      for (const pid of processesOfThisStack()) process.kill(pid, 'SIGKILL');
    }
  }, 240_000);
});
