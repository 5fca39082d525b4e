import { isMainThread, workerData } from 'node:worker_threads';
import pino, { type Logger } from 'pino';
import { config } from './config';

export type { Logger };

/**
 * One JSON object per line on stdout when not on a terminal; readable lines on a terminal.
 * Level from LOG_LEVEL (default info). Fields that could hold secrets are redacted as a second line
 * of defence: API keys are never logged on purpose.
 */
export function createLogger(name: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level: config().LOG_LEVEL,
    redact: { paths: ['apiKey', '*.apiKey', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  if (stdoutIsTerminal()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } });
  }
  return pino(options);
}

/**
 * A thread's stdout is a pipe to its process even on a terminal: `npm start` runs the worker as a thread and says
 * in its workerData whether its own stdout is a terminal, so the worker's lines look like the server's.
 */
function stdoutIsTerminal(): boolean {
  if (process.stdout.isTTY) return true;
  return !isMainThread && (workerData as { stdoutIsTTY?: unknown } | null)?.stdoutIsTTY === true;
}

/** What reportConnectionErrors needs of a connection (an ioredis client, a pool). */
export interface ConnectionEvents {
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
}

/**
 * Connection trouble visible at warn once per outage (not once per reconnect attempt), recovery at
 * info; with a listener attached, ioredis never prints "Unhandled error event".
 */
export function reportConnectionErrors(connection: ConnectionEvents, logger: Logger, name: string): void {
  let down = false;
  connection.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error.message, connection: name }, `${name}: connection error; reconnecting`);
  });
  connection.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ connection: name }, `${name}: connection back`);
  });
}
