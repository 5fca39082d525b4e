// `npm start`: the whole stack on the embedded defaults — GraphQL server, one worker, the built web app.
// scripts/start.mjs builds what changed (server/worker/CLI bundles, the web app) and runs this file's bundle
// (scripts/dist/start.mjs), so nothing here is compiled on the way up.
// Redis: REDIS_URL if set, else 127.0.0.1:6379 if it answers, else a redis-server from PATH started
// on a free port with its files under .data/redis. Ctrl+C stops everything cleanly.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
// The configuration module only: the wrapper stays small (no Prisma client in this process).
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DATA_DIR, REPO_ROOT, configOrExit } from '@benchhub/db/config';
import { collectStartupGarbage } from '@benchhub/db/startup-garbage';

const settings = configOrExit();
const children: ChildProcess[] = [];
const threads: Worker[] = [];
const endedThreads = new WeakSet<Worker>();
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

/** Whether something accepts connections on host:port (the server listens before it answers GraphQL). */
function portAccepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => done(true));
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

/**
 * A service run as a thread of this process (the evaluation worker): a thread shares this process's Node binary,
 * libraries and allocator instead of a second copy of each (about 45 MB of resident memory less than a process),
 * and keeps its own heap and event loop, so evaluations do not stall the web app. Its end stops the stack like a
 * child's exit. The young generation is set per thread (the process flag is the supervisor's).
 */
function startThread(name: string, file: string, env: NodeJS.ProcessEnv, youngGenerationMb: number): Worker {
  // stdoutIsTTY: a thread's stdout is a pipe; its logger pretty-prints when ours is a terminal (logger.ts).
  const thread = new Worker(file, { env, workerData: { stdoutIsTTY: process.stdout.isTTY === true }, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
  thread.on('error', (error) => console.error(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  thread.on('exit', (code) => {
    endedThreads.add(thread);
    if (!stopping) {
      console.error(`${name} exited (${code}); stopping the stack.`);
      void stopAll(code || 1);
    }
  });
  threads.push(thread);
  return thread;
}

/** Asks a service thread to finish in-flight work (as SIGTERM does for a process); ends it after 25 s. */
function stopThread(thread: Worker): Promise<void> {
  if (endedThreads.has(thread)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => void thread.terminate(), 25_000);
    thread.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    thread.postMessage('shutdown');
  });
}

async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Stop app processes first (the worker hands unfinished jobs back), Redis last.
  await Promise.all([...children.map(terminate), ...threads.map(stopThread)]);
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
// The web app runs in this process: whatever breaks here must not leave the services running without it.
process.on('uncaughtException', (error) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}; stopping the stack.`);
  void stopAll(1);
});

// glibc malloc gives memory freed after start-up back only with these: by default it keeps up to eight arenas per
// core, and its trim threshold climbs to 64 MB once V8 frees its large compilation buffers, so what start-up freed
// stays resident (10–25 MB per process, measured). The services inherit them unless set; package.json's `start`
// sets the same for this process. Other C libraries ignore them.
const MALLOC_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072', MALLOC_MMAP_THRESHOLD_: '131072' };

const apiPort = settings.PORT;
const webPort = settings.WEB_PORT;
for (const [port, variable] of [[apiPort, 'PORT'], [webPort, 'WEB_PORT']] as const) {
  if (!(await portFree(port))) fail(`Port ${port} is already in use: set ${variable} to another port (e.g. ${variable}=${port + 1} npm start).`);
}
const startedAt = Date.now();
// `npm run dev`: the same stack with the web app under `vite dev` (hot module replacement) instead of its build.
const dev = process.argv.includes('--dev');
if (dev && spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'inherit' }).status !== 0) {
  fail('Building the server and worker failed (see above).');
}
// The database step (migrations, sample benchmark) and Redis do not depend on each other.
// --start: SQLite is migrated; PostgreSQL is only checked (migrations are a deploy step there).
const setupDone = runNode('database setup', [path.join(REPO_ROOT, 'scripts', 'dist', 'setup-database.mjs'), '--start'], process.env);
const redisUrl = await resolveRedis();
// npm run dev: GraphQL introspection and field suggestions for everyone (NODE_ENV=development, unless set).
const env = { ...MALLOC_ENV, ...process.env, REDIS_URL: redisUrl, PORT: String(apiPort), WEB_PORT: String(webPort), ...(dev && !process.env.NODE_ENV ? { NODE_ENV: 'development' } : {}) };
// The web app proxies /graphql, /export and /api/auth to the API (web/src/hooks.server.ts), built or in dev. It needs
// neither the database nor Redis, so it starts while the database step runs (pages ask the API once it answers).
const webEnv = { ...env, BENCHHUB_API_URL: `http://127.0.0.1:${apiPort}` };
await startWeb();
await setupDone;

// Plain node on the bundles: the GraphQL server as a process (Ctrl+C / SIGTERM reach it directly), the worker as a
// thread of this one (startThread). Small young generations keep idle memory down (V8 otherwise keeps up to
// 3 × 16 MB of start-up garbage per heap); the worker keeps a larger one (2 MB semi-spaces, 6 MB in all) for its
// allocation rate. --expose-gc: each service collects its start-up garbage once it is ready (collectStartupGarbage;
// the thread inherits this process's flag). No --enable-source-maps: parsing the maps costs ~10 MB per process,
// and the bundles are not minified, so stack traces stay readable.
startChild('server', [process.execPath, '--max-semi-space-size=1', '--expose-gc', path.join(REPO_ROOT, 'server', 'dist', 'main.mjs')], env);
void startWorkerOnceServerListens();

/** The web app: the built one (adapter-node) in this process, or `vite dev` as a child for `npm run dev`. */
async function startWeb(): Promise<void> {
  if (dev) {
    // Vite's own Host check (DNS rebinding) learns the configured names; the app's hook checks the rest.
    const names = [...(settings.WEB_ORIGIN ?? []).map((origin) => new URL(origin).hostname), ...settings.ALLOWED_HOSTS.filter((name) => name !== '*').map((name) => name.replace(/^\*\./, '.'))];
    const devEnv = { ...webEnv, __VITE_ADDITIONAL_SERVER_ALLOWED_HOSTS: names.join(',') };
    startChild('web', [path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'), 'dev', '--port', String(webPort), '--strictPort', '--host', settings.HOST], devEnv, path.join(REPO_ROOT, 'web'));
    return;
  }
  // The built app (adapter-node) runs in this process: one Node process less for the stack (about 50 MB).
  // It listens on HOST:WEB_PORT (its own BENCHHUB_WEB_* variables) and reads BENCHHUB_API_URL and the configuration.
  Object.assign(process.env, { WEB_PORT: String(webPort), BENCHHUB_WEB_PORT: String(webPort), BENCHHUB_WEB_HOST: settings.HOST, BENCHHUB_API_URL: webEnv.BENCHHUB_API_URL });
  await import(pathToFileURL(path.join(REPO_ROOT, 'web', 'build', 'index.js')).href);
}

/**
 * The worker thread starts once the GraphQL server listens: loading its modules and compiling its queries (about
 * two CPU seconds) would otherwise compete with the server's own module loading (about two more) on the machine's
 * cores and delay GraphQL's first answer. From the port on, the server only warms up (a few hundred milliseconds),
 * so the worker's start hardly delays the banner. Tasks created meanwhile wait in the queue. Started after 30 s
 * whatever the port says (a server that never listens stops the stack by its exit anyway).
 */
async function startWorkerOnceServerListens(): Promise<void> {
  const host = ['0.0.0.0', '::', ''].includes(settings.HOST) ? '127.0.0.1' : settings.HOST;
  const deadline = Date.now() + 30_000;
  while (!stopping && Date.now() < deadline && !(await portAccepts(host, apiPort))) await new Promise((r) => setTimeout(r, 50));
  if (!stopping) startThread('worker', path.join(REPO_ROOT, 'worker', 'dist', 'main.mjs'), env, 6);
}

const ready = await waitUntilReady(apiPort, webPort, 120_000);
if (!stopping) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  if (ready.ok) {
    console.log(`
BenchHub Plus is running${dev ? ' (development: vite dev with hot reload)' : ''}, ready in ${seconds} s:
  Web app             http://localhost:${webPort}
  GraphQL + GraphiQL  http://localhost:${apiPort}/graphql
  Worker              ${ready.workers} live (Redis ${redisUrl.replace(/\/\/[^@]*@/, '//')})
${(await needsFirstAdmin(apiPort)) ? `First run: open the web app to create the administrator account (or: npm run -s benchhub -- user add <email> --role admin --password-stdin).\n` : ''}Press Ctrl+C to stop.
`);
    // This process served the web app's first pages meanwhile; its start-up garbage goes (see the services).
    collectStartupGarbage();
  } else {
    console.error(`BenchHub Plus started ${seconds} s ago but ${ready.missing.join(', ')} did not answer yet; still waiting (see the logs above).`);
  }
}

function runNode(what: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : fail(`The ${what} failed (see above).`)));
  });
}

/** Polls every service until each answers: GraphQL with a live worker (through the health query), the web app. */
async function waitUntilReady(api: number, web: number, timeoutMs: number): Promise<{ ok: boolean; workers: number; missing: string[] }> {
  const deadline = Date.now() + timeoutMs;
  let workers = 0;
  let webOk = false;
  for (;;) {
    workers = await liveWorkers(api);
    webOk ||= await fetch(`http://127.0.0.1:${web}/`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    const missing = [...(workers < 0 ? ['GraphQL'] : workers === 0 ? ['the worker'] : []), ...(webOk ? [] : ['the web app'])];
    if (missing.length === 0 || stopping || Date.now() > deadline) return { ok: missing.length === 0, workers, missing };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the database has no user yet (the web app then asks for the administrator); public in health. */
async function needsFirstAdmin(api: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { auth { needsFirstAdmin } } }' }),
      signal: AbortSignal.timeout(2000),
    });
    const body = (await response.json()) as { data?: { health?: { auth?: { needsFirstAdmin?: boolean } } } };
    return body.data?.health?.auth?.needsFirstAdmin === true;
  } catch {
    return false;
  }
}

/** Live workers as the API reports them; -1 while the API does not answer. */
async function liveWorkers(api: number): Promise<number> {
  try {
    const response = await fetch(`http://127.0.0.1:${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { liveWorkers } }' }),
      signal: AbortSignal.timeout(2000),
    });
    if (!response.ok) return -1;
    const body = (await response.json()) as { data?: { health?: { liveWorkers?: number | null } } };
    return body.data?.health?.liveWorkers ?? 0;
  } catch {
    return -1;
  }
}
