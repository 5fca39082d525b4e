// GraphQL server process: `npm run server` (npm start runs it with a worker and the web app).
import '@benchhub/db/config-check';
import { config, createLogger, databaseReadyOrExit, redisUrl } from '@benchhub/db';
import { collectStartupGarbage } from '@benchhub/db/startup-garbage';
import { createApp } from './app';
import { db } from './db';
import { warmUpEvaluationQueries } from './services/evaluation.service';

const logger = createLogger('server');
const { PORT: port, HOST: host } = config();
// A database that cannot be reached or whose schema is behind stops the server with one line.
await databaseReadyOrExit(db, (message) => logger.warn(message));
// Compiling the evaluation queries (a createEvaluation rolled back) takes a second or two: it runs once the port
// is open. It shares the database connection, so operations wait for it (a statement issued inside its
// transaction would be rolled back with it); they are accepted meanwhile instead of refused.
let warmUp: Promise<void> | undefined;
const app = createApp({ db, redisUrl: redisUrl(), logger, beforeOperations: () => warmUp });

app.server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} on ${host} is already in use: set PORT to another port (e.g. PORT=${port + 1}).`);
    process.exit(1);
  }
  throw error;
});
// 127.0.0.1 unless HOST says otherwise (0.0.0.0 behind a reverse proxy: see SECURITY.md, Deployment).
app.server.listen(port, host, () => {
  logger.info({ url: `http://localhost:${port}/graphql`, host }, 'GraphQL server ready (GraphiQL at this URL)');
  warmUp = warmUpEvaluationQueries({ db, logger })
    .catch((error: unknown) => logger.warn({ err: error }, 'evaluation warm-up failed'))
    // Ready: what start-up and the warm-up left behind goes, so idle memory is live data (npm start).
    .finally(collectStartupGarbage);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'server shutting down');
  await app.close();
  await db.$disconnect();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
