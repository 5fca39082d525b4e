/**
 * Workers scaling: the throughput benchmark's 2,000 items as four tasks of 500 on one endpoint limited to
 * 32 concurrent requests (20 ms latency), with 1, 2 and 4 worker processes (each taking one model run at
 * a time, WORKER_CONCURRENCY=1) on one PostgreSQL database (throwaway, on POSTGRES_ADMIN_URL) and one Redis.
 * The endpoint limit is global (Redis), so more workers must not make it faster than the latency-bound
 * ideal (2000 × 20 ms / 32 = 1.25 s) nor send more than 32 requests at once; they must not make it
 * slower either. Prints, per worker count, the wall time from the first createEvaluation to the last
 * TASK_FINISHED and the most requests the endpoint saw in flight.
 *
 *   npm run bench -- workers [--db postgres|sqlite]
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createLogger, createPrismaClient, REPO_ROOT } from '@benchhub/db';
import { startTestRedis } from '@benchhub/db/testing/redis-server';
import { installDataset } from '@benchhub/server/services/dataset.service';
import { createEvaluation, warmUpEvaluationQueries } from '@benchhub/server/services/evaluation.service';
import { createRuntime } from '@benchhub/server/services/runtime';
import { setupDatabase } from '@benchhub/server/services/setup.service';
import { taskProgress } from '@benchhub/server/services/task-progress.service';
import { benchDatabase, benchItems, startLlmServer, workerEnv, type Dialect } from './throughput';

const TASKS = 4;
const ITEMS_PER_TASK = 500;
const LATENCY_MS = 20;
const LIMIT = 32;
const IDEAL_S = (TASKS * ITEMS_PER_TASK * LATENCY_MS) / LIMIT / 1000;
const SERIES = [1, 2, 4];

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

async function main() {
  const args = process.argv.slice(2);
  const dbIndex = args.indexOf('--db');
  const dialect = (dbIndex >= 0 ? args[dbIndex + 1] : 'postgres') as Dialect;
  if (dialect !== 'sqlite' && dialect !== 'postgres') {
    console.error('usage: npm run bench -- workers [--db postgres|sqlite]');
    process.exit(2);
  }
  const database = await benchDatabase(dialect);
  const redisServer = await startTestRedis();
  const db = createPrismaClient(database.url);
  await setupDatabase(db, database.url);
  await installDataset(db, { name: 'throughput-bench', source: 'bench/throughput.ts', synthetic: true }, benchItems());
  const llm = await startLlmServer();
  await db.modelEndpoint.create({
    data: { name: 'bench-llm', kind: 'OPENAI_COMPATIBLE', baseUrl: llm.url, modelId: 'bench', params: { temperature: 0 }, concurrency: LIMIT },
  });
  const logger = createLogger('bench', process.stderr);
  logger.level = 'warn';
  const runtime = createRuntime({ db, redisUrl: redisServer.url, logger });
  await warmUpEvaluationQueries(runtime);
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'ignore' });

  const results: Array<{ workers: number; wall: number; peak: number }> = [];
  for (const count of SERIES) {
    const workers: ChildProcess[] = Array.from({ length: count }, () =>
      spawn(process.execPath, [path.join(REPO_ROOT, 'worker', 'dist', 'main.mjs')], {
        env: { ...workerEnv(database.url, redisServer.url), WORKER_CONCURRENCY: '1', LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const killAll = () => workers.forEach((w) => w.kill());
    process.once('exit', killAll);
    // Every worker says so once it takes jobs (workers on one machine share a BullMQ connection name).
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            let output = '';
            const onData = (chunk: Buffer) => {
              output += chunk.toString();
              if (output.includes('worker started')) {
                worker.stdout!.off('data', onData);
                worker.stdout!.resume();
                resolve();
              }
            };
            worker.stdout!.on('data', onData);
          }),
      ),
    );
    llm.resetPeak();
    const before = await llm.stats(0);

    const started = performance.now();
    const tasks = await Promise.all(
      Array.from({ length: TASKS }, (_, i) =>
        createEvaluation(runtime, {
          query: `workers benchmark ${count}/${i}`,
          models: ['bench-llm'],
          plan: { language: 'English', subjects: ['Science/Astronomy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: ITEMS_PER_TASK, seed: 100 * count + i, externalToolUsage: false },
          // A live run every time: neither earlier runs' cells nor cached responses.
          forceLive: true,
          forceFresh: true,
        }),
      ),
    );
    await Promise.all(
      tasks.map(async (task) => {
        for await (const event of taskProgress(runtime, task.id)) if (event.kind === 'TASK_FINISHED') break;
      }),
    );
    const wall = (performance.now() - started) / 1000;
    const served = await llm.stats(before.total);
    const done = await db.modelRun.aggregate({ where: { taskId: { in: tasks.map((t) => t.id) } }, _sum: { done: true } });
    if (served.count !== TASKS * ITEMS_PER_TASK || done._sum.done !== TASKS * ITEMS_PER_TASK) {
      throw new Error(`workers=${count}: ${served.count} requests, ${done._sum.done} samples, expected ${TASKS * ITEMS_PER_TASK}`);
    }
    results.push({ workers: count, wall, peak: served.maxInFlight });
    console.log(`db=${dialect} workers=${count} tasks=${TASKS}x${ITEMS_PER_TASK} limit=${LIMIT} ideal_s=${IDEAL_S.toFixed(3)} platform_s=${wall.toFixed(3)} ratio_vs_ideal=${(wall / IDEAL_S).toFixed(3)} peak_in_flight=${served.maxInFlight}`);

    await Promise.all(workers.map((w) => new Promise((resolve) => (w.once('exit', resolve), w.kill('SIGTERM')))));
    process.off('exit', killAll);
  }

  await runtime.close();
  await llm.close();
  await redisServer.stop();
  await db.$disconnect();
  await database.drop();
  console.log(
    `workers ${results.map((r) => `n${r.workers}_s=${r.wall.toFixed(3)}`).join(' ')} ${results.map((r) => `n${r.workers}_ratio_vs_ideal=${(r.wall / IDEAL_S).toFixed(3)}`).join(' ')} peak_in_flight=${results.map((r) => r.peak).join('/')} limit=${LIMIT}`,
  );
}

await main();
process.exit(0);
