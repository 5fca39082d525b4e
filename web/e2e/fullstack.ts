/**
 * Starts everything a browser end-to-end test needs, as real processes: the GraphQL server and a worker on a
 * temporary SQLite database and an isolated Redis database (server/test/support/stack), an OpenAI-compatible test
 * model (worker/src/testing/openai-test-server) that answers the sample benchmark correctly, and the web app
 * (`vite dev`) proxying /graphql and /export to that server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDialect } from '@benchhub/db/testing/database';
import { freePort, startStack, type TestStack } from '../../server/test/support/stack';
import { correctAnswer } from '../../server/test/support/scenario';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../worker/src/testing/openai-test-server';
import { registerSignIn } from './browser';

export const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = path.resolve(WEB_DIR, '..');
/** The BenchHub Plus seed leaderboard, shipped beside the repository in shared/fixtures (may be absent). */
export const SEED_LEADERBOARD = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'benchhubplus-seed-leaderboard.parquet');

export interface WebServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export interface FullStack {
  stack: TestStack;
  model: OpenAiTestServer;
  web: WebServer;
  /** The administrator created at start (pages opened with openPage sign in as it); '' with `users: false`. */
  adminEmail: string;
  adminPassword: string;
  stop(): Promise<void>;
}

function findVite(): string {
  for (const dir of [path.join(WEB_DIR, 'node_modules'), path.join(REPO_ROOT, 'node_modules')]) {
    const bin = path.join(dir, 'vite', 'bin', 'vite.js');
    if (existsSync(bin)) return bin;
  }
  throw new Error('vite is not installed: run `npm install` at the repository root');
}

/**
 * `vite dev` on a free port, or with `production` the built app as `npm start` serves it (web/build, adapter-node;
 * build it first, e.g. with scripts/build-web.mjs), proxying the API to `apiOrigin` (BENCHHUB_API_URL).
 */
export async function startWebServer(apiOrigin: string, timeoutMs = 60_000, options: { production?: boolean; port?: number } = {}): Promise<WebServer> {
  const port = options.port ?? (await freePort());
  const args = options.production
    ? [path.join(WEB_DIR, 'build', 'index.js')]
    : [findVite(), 'dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const child = spawn(process.execPath, args, {
    cwd: WEB_DIR,
    env: {
      ...process.env,
      WEB_PORT: String(port),
      BENCHHUB_WEB_PORT: String(port),
      BENCHHUB_WEB_HOST: '127.0.0.1',
      BENCHHUB_API_URL: apiOrigin,
      // One per database: npm test runs its SQLite and PostgreSQL passes at once, and two `vite dev` optimizing
      // dependencies into one folder would break each other's pages.
      BENCHHUB_VITE_CACHE_DIR: path.join(WEB_DIR, 'node_modules', `.vite-e2e-${testDialect()}`),
      BROWSER: 'none',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d.toString()));
  child.stderr!.on('data', (d) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the web server did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child, output: () => output, stop };
}

/**
 * The whole stack (its own Redis and database) plus the web app. An administrator is created and pages opened with
 * openPage() on `web.url` are signed in as it; `users: false` starts without any user (first-run tests).
 */
export async function startFullStack(options: { modelLatencyMs?: number; users?: boolean } = {}): Promise<FullStack> {
  // The web origin is known before the API starts: sign-in accepts only WEB_ORIGIN.
  const webPort = await freePort();
  // The admin import reads only inside SERVER_IMPORT_DIRS: allow the shared fixtures the tests import.
  const stack = await startStack({
    users: options.users,
    env: { SERVER_IMPORT_DIRS: path.dirname(SEED_LEADERBOARD), WEB_ORIGIN: `http://127.0.0.1:${webPort}` },
  });
  let model: OpenAiTestServer | undefined;
  try {
    model = await startOpenAiTestServer(
      (request) => correctAnswer(request.messages.map((m) => m.content).join('\n')),
      { latencyMs: options.modelLatencyMs ?? 30 },
    );
    const web = await startWebServer(new URL(stack.graphqlUrl).origin, 60_000, { port: webPort });
    if (stack.admin) registerSignIn(web.url, stack.admin);
    const started = model;
    return {
      stack,
      model: started,
      web,
      adminEmail: stack.admin?.email ?? '',
      adminPassword: stack.admin?.password ?? '',
      async stop() {
        await web.stop();
        await started.close();
        await stack.stop();
      },
    };
  } catch (error) {
    await model?.close();
    await stack.stop();
    throw error;
  }
}
