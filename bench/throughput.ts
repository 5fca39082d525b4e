/**
 * Throughput: 2,000 MCQA items, one model on a local OpenAI-compatible server with 20 ms latency,
 * concurrency 32. Ideal (latency-bound) = 2000 × 20 ms / 32 = 1.25 s. Reports the platform's wall
 * time (enqueue → final event) against that ideal and against a bare loop calling the same server
 * with the `openai` package at the same concurrency, plus samples/s and the worker's peak RSS.
 *
 *   npm run bench -- throughput                  on the embedded SQLite database
 *   npm run bench -- throughput --db postgres    on SQLite, then on a throwaway PostgreSQL database
 *                                                (POSTGRES_ADMIN_URL); the line before the last compares
 *                                                the two platform times; the last line is PostgreSQL's
 *   --repeat N                                   N measurements (alternating SQLite and PostgreSQL),
 *                                                medians reported
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { createLogger, createPrismaClient, REPO_ROOT } from '@benchhub/db';
import { createThrowawayDatabase } from '@benchhub/db/postgres';
import { startTestRedis } from '@benchhub/db/testing/redis-server';
import { installDataset } from '@benchhub/server/services/dataset.service';
import { createEvaluation, warmUpEvaluationQueries } from '@benchhub/server/services/evaluation.service';
import { createRuntime } from '@benchhub/server/services/runtime';
import { setupDatabase } from '@benchhub/server/services/setup.service';
import { taskProgress } from '@benchhub/server/services/task-progress.service';

const ITEMS = 2000;
const LATENCY_MS = 20;
const CONCURRENCY = 32;
const IDEAL_S = (ITEMS * LATENCY_MS) / CONCURRENCY / 1000;

export function benchItems(): BenchmarkItem[] {
  return Array.from({ length: ITEMS }, (_, i) => {
    const a = 100 + i;
    const b = 7 + (i % 13);
    const options = [a + b, a + b + 1, a + b - 1, a + b + 10].map(String);
    return {
      id: `bench-throughput-${i}`,
      problemType: 'MCQA',
      context: null,
      prompt: `Benchmark item ${i}: what is ${a} + ${b}?`,
      options,
      answer: 'A',
      reference: null,
      taskType: 'Reasoning',
      targetType: 'General',
      subjectType: ['Science/Astronomy'],
      benchmarkName: 'throughput-bench',
      language: 'English',
      mcqaMeta: null,
      originalCategory: null,
      additionalInfo: null,
      split: 'test',
    };
  });
}

/** The OpenAI-compatible server runs in its own process (bench/_llm-server.ts), like a real local server. */
interface RequestStats {
  /** TCP connections the server accepted in all (the bare loop's included). */
  connections: number;
  total: number;
  count: number;
  firstAt: number | null;
  lastAt: number | null;
  /** Most requests in flight at once since the last resetPeak(). */
  maxInFlight: number;
}

interface LlmServer {
  url: string;
  /** Requests received since request number `from`, with the arrival times of the first and last. */
  stats(from: number): Promise<RequestStats>;
  resetPeak(): void;
  close(): Promise<void>;
}

export async function startLlmServer(): Promise<LlmServer> {
  const child: ChildProcess = fork(path.join(REPO_ROOT, 'bench', '_llm-server.ts'), {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_LLM_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/llmprof'] : [])],
    env: { ...process.env, LLM_LATENCY_MS: String(LATENCY_MS) },
  });
  const reply = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      child.once('error', reject);
      const onMessage = (message: Record<string, T>) => {
        if (!(key in message)) return;
        child.off('message', onMessage);
        resolve(message[key]!);
      };
      child.on('message', onMessage);
    });
  process.once('exit', () => child.kill());
  const url = await reply<string>('url');
  return {
    url,
    stats: (from) => {
      const answer = reply<RequestStats>('stats');
      child.send({ stats: { from } });
      return answer;
    },
    resetPeak: () => child.send({ resetPeak: true }),
    close: async () => {
      child.send({ close: true });
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function bareLoop(url: string): Promise<number> {
  const client = new OpenAI({ baseURL: url, apiKey: 'bench', maxRetries: 0 });
  const items = benchItems();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        await client.chat.completions.create({ model: 'bench', messages: [{ role: 'user', content: item.prompt }], temperature: 0 });
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

// Children die with the benchmark, also when it is interrupted: a stray worker on the same Redis
// database would take the next run's jobs.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

export type Dialect = 'sqlite' | 'postgres';

export interface Measurement {
  dialect: Dialect;
  wall: number;
  bare: number;
  rss: number;
  phases: string;
}

/** One database for a measurement: a temporary SQLite file, or a throwaway PostgreSQL database. */
export async function benchDatabase(dialect: Dialect): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'postgres') {
    const database = await createThrowawayDatabase('benchhub_bench');
    return { url: database.url, drop: () => database.drop() };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-bench-'));
  return { url: `file:${path.join(dir, 'bench.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Environment of a worker process on `url` (off SQLite: the shared secret, and the loopback model server allowed). */
export function workerEnv(url: string, redisUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    LOG_LEVEL: process.env.BENCH_WORKER_LOG_LEVEL ?? 'warn',
    ...(url.startsWith('file:') ? {} : { BENCHHUB_SECRET: 'bench-secret', ENDPOINT_ALLOWED_HOSTS: 'loopback' }),
  };
}

async function measure(dialect: Dialect): Promise<Measurement> {
  const database = await benchDatabase(dialect);
  const url = database.url;
  // A redis-server of its own: the benchmark never touches a Redis it did not start.
  const redisServer = await startTestRedis();
  const redisUrl = redisServer.url;
  const db = createPrismaClient(url);
  await setupDatabase(db, url);
  await installDataset(db, { name: 'throughput-bench', source: 'bench/throughput.ts', synthetic: true }, benchItems());
  const llm = await startLlmServer();
  await db.modelEndpoint.create({
    data: { name: 'bench-llm', kind: 'OPENAI_COMPATIBLE', baseUrl: llm.url, modelId: 'bench', params: { temperature: 0 }, concurrency: CONCURRENCY },
  });

  const logger = createLogger('bench', process.stderr);
  logger.level = 'warn';
  const runtime = createRuntime({ db, redisUrl, logger });
  // createEvaluation runs here in place of the server process, which warms its queries at start.
  await warmUpEvaluationQueries(runtime);
  // The worker as `npm start` runs it: the bundled build, plain node.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'ignore' });
  const worker = spawn(process.execPath, [...(process.env.BENCH_WORKER_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), ...(process.env.BENCH_WORKER_NODE_FLAGS ? process.env.BENCH_WORKER_NODE_FLAGS.split(' ') : []), path.join(REPO_ROOT, 'worker', 'dist', 'main.mjs')], {
    env: workerEnv(url, redisUrl),
    stdio: ['ignore', process.env.BENCH_WORKER_LOG_LEVEL ? 'inherit' : 'pipe', 'inherit'],
  });
  const killWorker = () => worker.kill();
  process.once('exit', killWorker);
  await new Promise<void>((resolve) => {
    const timer = setInterval(async () => {
      if ((await runtime.queue.liveWorkers()) > 0) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
  });

  const bare = await bareLoop(llm.url);
  const before = await llm.stats(0);
  const requestsBefore = before.total;

  const startedAt = Date.now();
  const started = performance.now();
  const task = await createEvaluation(runtime, {
    query: 'throughput benchmark',
    models: ['bench-llm'],
    plan: { language: 'English', subjects: ['Science/Astronomy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: ITEMS, seed: 1, externalToolUsage: false },
    forceFresh: true,
  });
  const created = performance.now();
  for await (const event of taskProgress(runtime, task.id)) {
    if (event.kind === 'TASK_FINISHED') break;
  }
  const wall = (performance.now() - started) / 1000;
  const rss = peakRssMb(worker.pid!);

  const run = await db.modelRun.findFirstOrThrow({ where: { taskId: task.id } });
  const served = await llm.stats(requestsBefore);
  const requests = served.count;
  if (run.done !== ITEMS || run.correct !== ITEMS || requests !== ITEMS) {
    throw new Error(`benchmark run incomplete (${dialect}): done=${run.done} correct=${run.correct} requests=${requests}`);
  }
  // Where the time went (arrival times come from the server process's clock: same machine).
  const firstAt = served.firstAt ?? startedAt;
  const lastAt = served.lastAt ?? startedAt;
  const phases =
    `phases_ms createEvaluation=${(created - started).toFixed(0)} to_first_request=${(firstAt - startedAt).toFixed(0)} ` +
    `requests=${(lastAt - firstAt).toFixed(0)} last_request_to_finished=${(startedAt + wall * 1000 - lastAt).toFixed(0)} ` +
    `connections_opened=${served.connections - before.connections}`;

  worker.kill('SIGTERM');
  await new Promise((r) => worker.once('exit', r));
  process.off('exit', killWorker);
  await runtime.close();
  await llm.close();
  await redisServer.stop();
  await db.$disconnect();
  await database.drop();
  return { dialect, wall, bare, rss, phases };
}

function report(m: Measurement): void {
  console.log(`db=${m.dialect} ${m.phases}`);
  console.log(`db=${m.dialect} items=${ITEMS} latency_ms=${LATENCY_MS} concurrency=${CONCURRENCY} ideal_s=${IDEAL_S.toFixed(3)} platform_s=${m.wall.toFixed(3)} bare_s=${m.bare.toFixed(3)}`);
}

const lastLine = (m: Measurement) =>
  `throughput ratio_vs_ideal=${(m.wall / IDEAL_S).toFixed(3)} ratio_vs_bare=${(m.wall / m.bare).toFixed(3)} samples_per_s=${(ITEMS / m.wall).toFixed(1)} worker_rss_mb=${m.rss.toFixed(1)}`;

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  const dialect = option('--db') ?? 'sqlite';
  const repeat = Number(option('--repeat') ?? 1);
  if ((dialect !== 'sqlite' && dialect !== 'postgres') || !Number.isInteger(repeat) || repeat < 1) {
    console.error('usage: npm run bench -- throughput [--db sqlite|postgres] [--repeat N]');
    process.exit(2);
  }
  if (dialect === 'sqlite') {
    const runs: Measurement[] = [];
    for (let i = 0; i < repeat; i++) {
      runs.push(await measure('sqlite'));
      report(runs.at(-1)!);
    }
    console.log(lastLine(median(runs)));
    return;
  }
  // SQLite and PostgreSQL alternate, so a change in the machine's load hits both alike; medians compared.
  const pairs: Array<{ sqlite: Measurement; postgres: Measurement }> = [];
  for (let i = 0; i < repeat; i++) {
    const sqlite = await measure('sqlite');
    report(sqlite);
    const postgres = await measure('postgres');
    report(postgres);
    pairs.push({ sqlite, postgres });
    console.log(`pair ${i + 1}: platform_s sqlite=${sqlite.wall.toFixed(3)} postgres=${postgres.wall.toFixed(3)} ratio=${(postgres.wall / sqlite.wall).toFixed(3)}`);
  }
  const sqlite = median(pairs.map((p) => p.sqlite));
  const postgres = median(pairs.map((p) => p.postgres));
  console.log(`postgres_vs_sqlite platform_s sqlite=${sqlite.wall.toFixed(3)} postgres=${postgres.wall.toFixed(3)} ratio=${(postgres.wall / sqlite.wall).toFixed(3)} (medians of ${repeat}; target <= 1.15)`);
  console.log(lastLine(postgres));
}

/** The measurement with the median platform time. */
function median(runs: Measurement[]): Measurement {
  return [...runs].sort((a, b) => a.wall - b.wall)[Math.floor((runs.length - 1) / 2)]!;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  await main();
  process.exit(0);
}
