/**
 * vitest globalSetup: marks every process a test run starts (servers, workers, redis-servers,
 * CLI runs inherit BENCHHUB_TEST_RUN through the environment) and kills whatever is left of them
 * when the run ends — also after a test timed out or crashed and never reached its own cleanup, so
 * stray stacks do not pile up on a machine shared with other work.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const MARKER = 'BENCHHUB_TEST_RUN';

export function processesMarkedWith(runId: string): number[] {
  const entry = `${MARKER}=${runId}`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
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
