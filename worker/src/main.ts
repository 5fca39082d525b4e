// Worker process: `npm run worker` (npm start runs one; start more for scale-out).
import '@benchhub/db/config-check';
import { createLogger, createPrismaClient, databaseReadyOrExit, redisUrl } from '@benchhub/db';
import { startEvaluationWorker } from './evaluation-worker';
import { warmUpModelCalls, warmUpQueries } from './services/warm-up';

const logger = createLogger('worker');
const db = createPrismaClient();
// A database that cannot be reached or whose schema is behind stops the worker with one line.
await databaseReadyOrExit(db, (message) => logger.warn(message));
// Before taking jobs, so the first evaluation does not pay for compiling queries.
await warmUpQueries(db, logger);
await warmUpModelCalls(logger);
const running = startEvaluationWorker({ db, redisUrl: redisUrl(), logger });
await running.worker.waitUntilReady();
logger.info({ queue: running.worker.name, pid: process.pid }, 'worker started');

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
