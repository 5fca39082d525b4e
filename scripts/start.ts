// `npm start`: the whole stack on the embedded defaults — GraphQL server, one worker, the web app.
// Redis: REDIS_URL if set, else 127.0.0.1:6379 if it answers, else a redis-server from PATH started
// on a free port with its files under .data/redis. Ctrl+C stops everything cleanly.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DATA_DIR, REPO_ROOT, configOrExit } from '@benchhub/db';

const settings = configOrExit();
const children: ChildProcess[] = [];
let redisChild: ChildProcess | undefined;
let stopping = false;

function fail(message: string): never {
  console.error(message);
  void stopAll(1);
  throw new Error(message);
}

function redisPing(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')));
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function resolveRedis(): Promise<string> {
  if (settings.REDIS_URL) return settings.REDIS_URL;
  if (await redisPing('127.0.0.1', 6379)) return 'redis://127.0.0.1:6379';
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const binary = which.stdout.trim();
  if (!binary) {
    fail(
      'Redis is required and none is running on 127.0.0.1:6379. Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL=redis://host:port.',
    );
  }
  const port = await freePort();
  const dir = path.join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  const redis = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  redisChild = redis;
  for (let i = 0; i < 50; i++) {
    if (await redisPing('127.0.0.1', port)) return `redis://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 100));
  }
  return fail(`Started ${binary} on port ${port} but it did not answer; check .data/redis or set REDIS_URL.`);
}

function startChild(name: string, args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): ChildProcess {
  const child = spawn(args[0]!, args.slice(1), { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the stack.`);
      void stopAll(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Stop app processes first (the worker hands unfinished jobs back), Redis last.
  await Promise.all(children.map(terminate));
  if (redisChild) await terminate(redisChild);
  process.exit(code);
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const apiPort = settings.PORT;
const webPort = settings.WEB_PORT;
for (const [port, variable] of [[apiPort, 'PORT'], [webPort, 'WEB_PORT']] as const) {
  if (!(await portFree(port))) fail(`Port ${port} is already in use: set ${variable} to another port (e.g. ${variable}=${port + 1} npm start).`);
}
const redisUrl = await resolveRedis();
const env = { ...process.env, REDIS_URL: redisUrl, PORT: String(apiPort), WEB_PORT: String(webPort) };
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

const setup = spawnSync(tsx, [path.join(REPO_ROOT, 'scripts', 'setup-database.ts')], { env, stdio: 'inherit' });
if (setup.status !== 0) fail('Database setup failed (see above).');
const bundle = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { env, stdio: 'inherit' });
if (bundle.status !== 0) fail('Building the server and worker failed (see above).');

// Plain node on the bundles: one process per service, so Ctrl+C / SIGTERM reach the services directly.
startChild('server', [process.execPath, '--enable-source-maps', path.join(REPO_ROOT, 'server', 'dist', 'main.mjs')], env);
startChild('worker', [process.execPath, '--enable-source-maps', path.join(REPO_ROOT, 'worker', 'dist', 'main.mjs')], env);
startChild(
  'web',
  [path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'), 'dev', '--port', String(webPort), '--strictPort'],
  { ...env, BENCHHUB_API_URL: `http://localhost:${apiPort}` },
  path.join(REPO_ROOT, 'web'),
);

console.log(`
BenchHub Plus is running (Redis ${redisUrl}):
  GraphQL + GraphiQL  http://localhost:${apiPort}/graphql
  Web app             http://localhost:${webPort}
Press Ctrl+C to stop.
`);
