/**
 * A private redis-server for tests and benchmarks: its own process on a free loopback port, no
 * persistence, gone when stopped. Tests share the machine's Redis with other work, so they never
 * use (let alone flush) a Redis they did not start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { currentTestRun, RUN_MARKER_FILE } from './process-reaper';

export interface TestRedisServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Stops the server (SIGKILL when `crash`, to simulate losing it) and removes its directory. */
  stop(options?: { crash?: boolean }): Promise<void>;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export function redisServerBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('redis-server is not on PATH (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis)');
  return found;
}

/**
 * Starts redis-server on a free port (or `port`, to restart one on the same address). `appendonly`
 * turns on AOF persistence in `dir` (kept across restarts when given).
 */
export async function startTestRedis(options: { port?: number; dir?: string; appendonly?: boolean } = {}): Promise<TestRedisServer> {
  const ownDir = !options.dir;
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'benchhub-redis-'));
  // redis-server runs in `dir` (--dir) and overwrites its environment's memory: the reaper finds it by this file.
  const runId = currentTestRun();
  if (runId) writeFileSync(path.join(dir, RUN_MARKER_FILE), runId);
  for (let attempt = 0; ; attempt++) {
    const port = options.port ?? (await freeLoopbackPort());
    const child = spawn(
      redisServerBinary(),
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', options.appendonly ? 'yes' : 'no', '--dir', dir, '--loglevel', 'warning'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let exited = false;
    child.once('exit', () => (exited = true));
    const deadline = Date.now() + 5000;
    while (!exited && Date.now() < deadline && !(await ping(port))) await new Promise((r) => setTimeout(r, 25));
    if (!exited && (await ping(port))) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        process: child,
        stop: async ({ crash = false } = {}) => {
          if (child.exitCode === null && child.signalCode === null) {
            const gone = new Promise((resolve) => child.once('exit', resolve));
            child.kill(crash ? 'SIGKILL' : 'SIGTERM');
            await gone;
          }
          if (ownDir) rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    // A port taken between choosing and binding: try another (unless the caller asked for this one).
    if (options.port !== undefined || attempt >= 4) throw new Error(`redis-server did not start on port ${port}`);
  }
}
