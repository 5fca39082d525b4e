/**
 * Starts the real stack for end-to-end tests: a fresh database of the test dialect (TEST_DATABASE:
 * a SQLite file, or a throwaway PostgreSQL database; migrated and seeded like `npm install` does),
 * the GraphQL server and worker processes, and a redis-server of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createPrismaClient, REPO_ROOT, type DatabaseKind, type PrismaClient } from '@benchhub/db';
import { createTestDatabaseUrl } from '@benchhub/db/testing/database';
import { freeLoopbackPort, startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { setupDatabase } from '../../src/services/setup.service';
import { createUser } from '../../src/services/user.service';
import { createApiToken } from '../../src/services/api-token.service';

export type Role = 'admin' | 'member' | 'viewer';
export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** An API token of this user (send as Authorization: Bearer). */
  token: string;
}
type GqlResult<T> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

export interface ProcessHandle {
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface TestStack {
  env: NodeJS.ProcessEnv;
  /** Which database the stack runs on (DATABASE_URL is env.DATABASE_URL). */
  dialect: DatabaseKind;
  /** A scratch directory of the stack's own (removed by stop()). */
  dir: string;
  db: PrismaClient;
  redis: Redis;
  /** The stack's own redis-server (tests may stop and restart it). */
  redisServer: TestRedisServer;
  graphqlUrl: string;
  server: ProcessHandle;
  /** Servers started by startServer() (the first server is `server`). */
  moreServers: Array<{ handle: ProcessHandle; graphqlUrl: string }>;
  /** Another GraphQL server process on the same database and Redis, as a deployment scales out. */
  startServer(extraEnv?: NodeJS.ProcessEnv): Promise<{ handle: ProcessHandle; graphqlUrl: string }>;
  workers: ProcessHandle[];
  startWorker(extraEnv?: NodeJS.ProcessEnv): Promise<ProcessHandle>;
  /** GraphQL as the stack's admin (its API token), or as `options.token`. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { token?: string }): Promise<GqlResult<T>>;
  /** GraphQL without credentials (for refusals). */
  anonymousGql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** The admin created at start (null with `users: false`) and its API token. */
  admin: TestUser | null;
  /** The admin's API token ('' with `users: false`). */
  token: string;
  /** Another user with this role and an API token. */
  createUser(role: Role, options?: { email?: string; password?: string }): Promise<TestUser>;
  stop(): Promise<void>;
}

export const freePort = freeLoopbackPort;


export function startProcess(entry: string, env: NodeJS.ProcessEnv): ProcessHandle {
  // One process per service (node --import tsx), so signals, SIGKILL included, reach the service itself.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, entry)], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d.toString()));
  child.stderr!.on('data', (d) => (output += d.toString()));
  return {
    child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

/** A service compiles its TypeScript as it starts (tsx): on a busy shared machine that takes well over 30 s. */
const SERVICE_START_MS = 90_000;

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let userSeq = 0;
/** A user with a password and an API token, created directly in the database (as `benchhub user add` does). */
export async function createTestUser(db: PrismaClient, role: Role, options: { email?: string; password?: string } = {}): Promise<TestUser> {
  const email = options.email ?? `${role}-${process.pid}-${++userSeq}@example.test`;
  const password = options.password ?? `pw-${role}-${userSeq}-correct-horse`;
  const { user } = await createUser(db, { email, role, password });
  const { token } = await createApiToken(db, user.id, 'test');
  return { id: user.id, email: user.email, password, token };
}

async function postGql<T>(url: string, query: string, variables: Record<string, unknown> | undefined, token: string | undefined): Promise<GqlResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<GqlResult<T>>;
}

/**
 * Each stack has its own redis-server and database, so test files never see each other's keys or rows.
 * `users: false` starts without any user (first-run tests); otherwise an admin with an API token is created and
 * `gql` sends it.
 */
export async function startStack(
  options: { workers?: number; env?: NodeJS.ProcessEnv; users?: boolean; port?: number; dialect?: DatabaseKind; databaseDir?: string } = {},
): Promise<TestStack> {
  // databaseDir: where the SQLite file goes (the storage faults put it on a filesystem of their own).
  const database = await createTestDatabaseUrl('benchhub-e2e-', options.dialect, options.databaseDir);
  const { url: databaseUrl, dir } = database;
  const redisServer = await startTestRedis();
  const redisUrl = redisServer.url;
  const redis = new Redis(redisUrl);
  const db = createPrismaClient(databaseUrl);
  await setupDatabase(db, databaseUrl);
  const admin = options.users === false ? null : await createTestUser(db, 'admin', { email: 'admin@example.test' });

  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    PORT: String(port),
    BENCHHUB_SECRET: 'e2e-test-secret',
    LOG_LEVEL: 'debug',
    WORKER_LOCK_MS: '4000',
    // Loopback endpoints (the tests' model servers) are allowed by default only on the embedded
    // SQLite setup; on PostgreSQL the stack declares them as a deployment with local models would.
    ...(database.dialect === 'postgresql' ? { ENDPOINT_ALLOWED_HOSTS: 'loopback' } : {}),
    // Rate limits and quotas are off unless a test turns them on (the limits tests do): every test signs in as the
    // same admin from the same address, and their counts would otherwise depend on which tests ran before.
    EVALUATION_LIMIT_PER_IP: '0',
    EVALUATION_LIMIT_PER_USER: '0',
    SIGN_IN_LIMIT_PER_IP: '0',
    SIGN_IN_LIMIT_PER_ACCOUNT: '0',
    QUOTA_ITEMS_PER_DAY: '0',
    QUOTA_CONCURRENT_TASKS: '0',
    ...options.env,
  };
  const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
  const server = startProcess('server/src/main.ts', env);
  // GET operations need the CSRF header (server/src/http/browser-protections.ts).
  const serverAnswers = async (url: string) => (await fetch(`${url}?query=%7B__typename%7D`, { headers: { 'x-graphql-yoga-csrf': '1' } })).ok;
  await waitFor(() => serverAnswers(graphqlUrl), `server on port ${port}`, SERVICE_START_MS);

  const workers: ProcessHandle[] = [];
  const moreServers: TestStack['moreServers'] = [];
  const stack: TestStack = {
    env,
    dialect: database.dialect,
    dir,
    db,
    redis,
    redisServer,
    graphqlUrl,
    server,
    moreServers,
    workers,
    async startServer(extraEnv = {}) {
      const serverPort = await freePort();
      const url = `http://127.0.0.1:${serverPort}/graphql`;
      const handle = startProcess('server/src/main.ts', { ...env, PORT: String(serverPort), ...extraEnv });
      moreServers.push({ handle, graphqlUrl: url });
      await waitFor(() => serverAnswers(url), `server on port ${serverPort}`, SERVICE_START_MS);
      return { handle, graphqlUrl: url };
    },
    async startWorker(extraEnv = {}) {
      const worker = startProcess('worker/src/main.ts', { ...env, ...extraEnv });
      workers.push(worker);
      await waitFor(async () => worker.output().includes('worker started'), 'worker start', SERVICE_START_MS);
      return worker;
    },
    admin,
    token: admin?.token ?? '',
    gql: (query, variables, gqlOptions) => postGql(graphqlUrl, query, variables, gqlOptions?.token ?? admin?.token),
    anonymousGql: (query, variables) => postGql(graphqlUrl, query, variables, undefined),
    createUser: (role, userOptions) => createTestUser(db, role, userOptions),
    async stop() {
      await Promise.all([server.stop(), ...moreServers.map((s) => s.handle.stop()), ...workers.map((w) => w.stop())]);
      await db.$disconnect();
      redis.disconnect();
      await redisServer.stop();
      await database.drop();
    },
  };
  for (let i = 0; i < (options.workers ?? 1); i++) await stack.startWorker();
  return stack;
}

/** Reads a GraphQL subscription over SSE (Yoga's protocol) until it completes. */
export async function* sseSubscription<T>(url: string, query: string, variables: Record<string, unknown>, options: { token?: string } = {}): AsyncGenerator<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok || !response.body) throw new Error(`subscription failed: HTTP ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let boundary: number;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const raw = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const eventName = /^event: (.*)$/m.exec(raw)?.[1];
      const data = /^data: (.*)$/m.exec(raw)?.[1];
      if (eventName === 'complete') return;
      if (eventName === 'next' && data) {
        const payload = JSON.parse(data) as { data?: T; errors?: unknown[] };
        if (payload.errors) throw new Error(`subscription error: ${JSON.stringify(payload.errors)}`);
        yield payload.data as T;
      }
    }
  }
}
