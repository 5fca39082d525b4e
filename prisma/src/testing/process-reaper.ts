/**
 * vitest globalSetup: marks every process a test run starts (servers, workers, redis-servers,
 * CLI runs inherit BENCHHUB_TEST_RUN through the environment) and kills whatever is left of them
 * when the run ends — also after a test timed out or crashed and never reached its own cleanup, so
 * stray stacks do not pile up on a machine shared with other work.
 *
 * redis-server rewrites its process title over the memory /proc/<pid>/environ reads, so its marker cannot be
 * read back there: startTestRedis also writes the run id into the server's working directory (RUN_MARKER_FILE).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const MARKER = 'BENCHHUB_TEST_RUN';
/** A file in a process's working directory that names the test run it belongs to. */
export const RUN_MARKER_FILE = '.benchhub-test-run';

/** The current test run's id (set by setup()), or undefined outside a marked run. */
export function currentTestRun(): string | undefined {
  return process.env[MARKER] || undefined;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // gone meanwhile, or not ours to read
  }
}

export function processesMarkedWith(runId: string): number[] {
  const entry = `${MARKER}=${runId}`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter(
      (pid) =>
        readOrEmpty(`/proc/${pid}/environ`).split('\0').includes(entry) ||
        readOrEmpty(`/proc/${pid}/cwd/${RUN_MARKER_FILE}`).trim() === runId,
    )
    .map(Number);
}

export default function setup(): () => void {
  if (process.platform !== 'linux') return () => {};
  const runId = process.env[MARKER] ?? randomUUID();
  process.env[MARKER] = runId;
  return () => {
    for (const pid of processesMarkedWith(runId)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
}
