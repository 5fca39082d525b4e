// Exiting without losing output. Writes to a pipe that is full (64 KiB on Linux) are queued by Node and
// process.exit() drops the queue, so a large JSON export piped to another program was cut at 65,536 bytes
// with exit status 0. Commands may leave handles open (Redis, timers), so the CLI still exits explicitly,
// but only once stdout and stderr have handed every queued byte to the operating system.

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  // An empty write's callback runs after every earlier write on the stream has been flushed.
  return new Promise((resolve) => stream.write('', () => resolve()));
}

export async function exitAfterFlush(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** `benchhub leaderboard --json | head`: the reader went away, which is not an error worth a stack trace. */
export function stopOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
}
