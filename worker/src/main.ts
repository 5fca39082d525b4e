// Worker process: `npm run worker` (npm start runs one as a thread of its own process; start more for scale-out).
import '@benchhub/db/config-check';
import { parentPort } from 'node:worker_threads';
import { createLogger, createPrismaClient, databaseReadyOrExit, dialectOf, redisUrl } from '@benchhub/db';
import { collectStartupGarbage } from '@benchhub/db/startup-garbage';
import { startEvaluationWorker } from './evaluation-worker';
import { warmUpModelCalls, warmUpQueries } from './services/warm-up';

const logger = createLogger('worker');
const db = createPrismaClient();
// A database that cannot be reached or whose schema is behind stops the worker with one line.
await databaseReadyOrExit(db, (message) => logger.warn(message));
// SQLite's busy wait blocks the event loop: bounded well below the job lock (5 s), so a database
// locked by another process never makes this worker lose its jobs (the write path retries instead).
if (dialectOf(db) === 'sqlite') await db.$queryRawUnsafe('PRAGMA busy_timeout = 1500');
// Before taking jobs, so the first evaluation does not pay for compiling queries.
await warmUpQueries(db, logger);
await warmUpModelCalls(logger);
const running = startEvaluationWorker({ db, redisUrl: redisUrl(), logger });
await running.worker.waitUntilReady();
// Ready: what start-up and the warm-ups left behind goes, so idle memory is live data (npm start).
collectStartupGarbage();
logger.info({ queue: running.worker.name }, 'worker started'); // pino's base fields carry the pid

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker shutting down: finishing in-flight work');
  await running.close();
  await db.$disconnect();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
// `npm start` runs this worker as a thread of its supervisor (scripts/start.ts), which no signal reaches: the
// supervisor asks by message instead. process.exit then ends the thread.
parentPort?.on('message', (message) => {
  if (message === 'shutdown') void shutdown('shutdown');
});
