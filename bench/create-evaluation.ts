/**
 * createEvaluation alone (validation, planning given, candidate items, sampling, cache look-up, the task and its run
 * written, the flow enqueued): the throughput benchmark's 2,000-item plan, one model, on SQLite and on PostgreSQL in
 * one run, median of 7 calls each after the start-up warm-up and 7 untimed calls. On PostgreSQL it is measured twice: right after the
 * items were written (no planner statistics yet, as before installs and imports refreshed them) and after
 * refreshItemStatistics (what installs and imports now do). Counts PostgreSQL round trips per call, and the
 * connections opened by one more call after 12 s without queries (pg's pool closes idle connections after 10 s
 * unless told otherwise).
 *
 *   npm run bench -- create-evaluation
 */
import pg from 'pg';
import { applyMigrations, createLogger, createPrismaClient, insertBenchmarkItems, refreshItemStatistics } from '@benchhub/db';
import { startTestRedis } from '@benchhub/db/testing/redis-server';
import { createEvaluation, warmUpEvaluationQueries } from '@benchhub/server/services/evaluation.service';
import { createRuntime, type Runtime } from '@benchhub/server/services/runtime';
import { benchDatabase, benchItems, type Dialect } from './throughput';

const CALLS = 7;
const PLAN = { language: 'English', subjects: ['Science/Astronomy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 2000, seed: 1, externalToolUsage: false };

// Round trips: every query node-postgres sends (Prisma's adapter and the statement layer share its pool).
let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  roundTrips++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;
// Connections opened (a pool that closed its idle connections opens one before the next query).
let connections = 0;
const connect = pg.Client.prototype.connect;
pg.Client.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
  connections++;
  return (connect as (...a: unknown[]) => unknown).apply(this, args);
} as typeof connect;
const IDLE_MS = 12_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function series(runtime: Runtime, calls = CALLS): Promise<{ ms: number; roundTrips: number }> {
  const times: number[] = [];
  let trips = 0;
  for (let i = 0; i < calls; i++) {
    roundTrips = 0;
    const started = performance.now();
    await createEvaluation(runtime, { query: 'create-evaluation benchmark', models: ['bench-llm'], plan: PLAN, forceFresh: true });
    times.push(performance.now() - started);
    trips = roundTrips;
  }
  return { ms: median(times), roundTrips: trips };
}

interface Result {
  before: { ms: number; roundTrips: number };
  after: { ms: number; roundTrips: number };
  /** One call after 12 s without queries (longer than pg's default idle timeout of 10 s). */
  afterIdle: { ms: number; connections: number };
}

async function measure(dialect: Dialect): Promise<Result> {
  const database = await benchDatabase(dialect);
  const redis = await startTestRedis();
  const db = createPrismaClient(database.url);
  try {
    // Migrations only (setup would install the sample benchmark, and refresh the statistics with it): the items
    // written as an import writes them, on tables the planner has no statistics of yet.
    await applyMigrations(database.url);
    const dataset = await db.dataset.create({ data: { name: 'create-bench', version: 'create-bench-1', source: 'bench', itemCount: 2000, synthetic: true } });
    await insertBenchmarkItems(db, dataset.id, benchItems());
    await db.modelEndpoint.create({ data: { name: 'bench-llm', kind: 'OPENAI_COMPATIBLE', baseUrl: 'http://127.0.0.1:9/v1', modelId: 'bench', params: {}, concurrency: 32 } });
    const logger = createLogger('bench', process.stderr);
    logger.level = 'warn';
    const runtime = createRuntime({ db, redisUrl: redis.url, logger });
    try {
      await warmUpEvaluationQueries(runtime);
      // Warm code paths (JIT) first, so both series compare the database alone.
      await series(runtime);
      const before = await series(runtime);
      await refreshItemStatistics(db);
      const after = await series(runtime);
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      connections = 0;
      const idle = await series(runtime, 1);
      const afterIdle = { ms: idle.ms, connections };
      console.log(
        `db=${dialect} createEvaluation median_ms before_statistics=${before.ms.toFixed(1)} after=${after.ms.toFixed(1)} pg_round_trips=${after.roundTrips} ` +
          `after_${IDLE_MS / 1000}s_idle_ms=${afterIdle.ms.toFixed(1)} connections_opened=${afterIdle.connections}`,
      );
      return { before, after, afterIdle };
    } finally {
      await runtime.close();
    }
  } finally {
    await db.$disconnect();
    await redis.stop();
    await database.drop();
  }
}

const sqlite = await measure('sqlite');
const postgres = await measure('postgres');
console.log(
  `create_evaluation sqlite_ms=${sqlite.after.ms.toFixed(1)} postgres_ms=${postgres.after.ms.toFixed(1)} postgres_without_statistics_ms=${postgres.before.ms.toFixed(1)} ` +
    `postgres_vs_sqlite=${(postgres.after.ms / sqlite.after.ms).toFixed(2)} pg_round_trips=${postgres.after.roundTrips} pg_connections_opened_after_idle=${postgres.afterIdle.connections}`,
);
process.exit(0);
