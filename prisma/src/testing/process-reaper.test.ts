import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import setup, { processesMarkedWith } from './process-reaper';

describe('process reaper', () => {
  it('kills the processes started under its marker when the run ends, and only those', async () => {
    const previous = process.env.BENCHHUB_TEST_RUN;
    process.env.BENCHHUB_TEST_RUN = `reaper-test-${randomUUID()}`;
    const teardown = setup();
    const runId = process.env.BENCHHUB_TEST_RUN;
    const marked = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    const unmarked = spawn('sleep', ['60'], { detached: true, stdio: 'ignore', env: { PATH: process.env.PATH } });
    try {
      await new Promise((r) => setTimeout(r, 100));
      expect(processesMarkedWith(runId)).toEqual([marked.pid]);
      const exited = new Promise((resolve) => marked.once('exit', (_code, signal) => resolve(signal)));
      teardown();
      expect(await exited).toBe('SIGKILL');
      expect(unmarked.exitCode).toBeNull();
    } finally {
      unmarked.kill('SIGKILL');
      marked.kill('SIGKILL');
      process.env.BENCHHUB_TEST_RUN = previous;
    }
  });
});

describe('process reaper and redis-server', () => {
  it('finds a test redis-server by its working directory (its environment is overwritten by its title)', async () => {
    const previous = process.env.BENCHHUB_TEST_RUN;
    const runId = `reaper-redis-test-${randomUUID()}`;
    process.env.BENCHHUB_TEST_RUN = runId;
    const { startTestRedis } = await import('./redis-server');
    const redis = await startTestRedis();
    try {
      expect(processesMarkedWith(runId)).toEqual([redis.process.pid]);
    } finally {
      await redis.stop();
      process.env.BENCHHUB_TEST_RUN = previous;
    }
  });
});
