import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, rmdirSync, statfsSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '@benchhub/db';
import { postgresTarget, withPostgresClient } from '@benchhub/db/postgres';
import { testDialect } from '@benchhub/db/testing/database';
import { startOpenAiTestServer, type OpenAiTestServer } from '@benchhub/worker/testing/openai-test-server';
import { startStack, type TestStack } from '../support/stack';
import { correctAnswer, createEndpoint, waitUntil } from '../support/scenario';
import { createLiveTask, expectExactlyOnce, record, reportFigures, sleep, stored, task } from './support';

/**
 * The database refusing writes for the 90 s mid-run, then coming back: the run goes on
 * (or ends) within 60 s, every item is stored exactly once, ≤ 1.5× model calls. 90 s is 18 job
 * locks and 18 write-retry ceilings: batches fail again and again, answers wait in memory, model
 * calls pause once the buffer is full, the job lock is renewed throughout.
 *
 * SQLite: each scenario has a stack of its own whose database lives on a 64 MiB tmpfs of its own
 * (root only), and the two run at the same time (the windows overlap: the suite stays short).
 * - Disk full: the tmpfs filled to the last byte.
 * - Read-only: `mount -o remount,ro` of that tmpfs is tried first. Linux refuses it while a file
 *   on it is open for writing (EBUSY), which is always the case for a live SQLite database; then
 *   another process holds SQLite's write lock (BEGIN EXCLUSIVE) for the window: every write of the
 *   worker fails (SQLITE_BUSY) while reads work. The result line says which one ran.
 * PostgreSQL: its own throwaway database stops accepting connections (ALLOW_CONNECTIONS false) and
 * its backends are terminated (pg_terminate_backend, that database's sessions only) for 90 s.
 */
const WINDOW_MS = 90_000;
const dialect = testDialect();

interface Scenario {
  stack: TestStack;
  model: OpenAiTestServer;
  mountDir: string | null;
}

function mountTmpfs(label: string): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = path.join(os.tmpdir(), `benchhub-faults-${label}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch {
    rmdirSync(dir);
    return null;
  }
}

/** Fills the filesystem holding `dir` to the last block; returns the filler's path. */
function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const big = Buffer.alloc(1 << 20);
  const small = Buffer.alloc(4096);
  try {
    for (const chunk of [big, small]) {
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch {
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}

async function startScenario(label: string, withMount: boolean): Promise<Scenario> {
  const model = await startOpenAiTestServer((r) => correctAnswer(r.messages.map((m) => m.content).join('\n')), { latencyMs: 40 });
  const mountDir = withMount ? mountTmpfs(label) : null;
  try {
    const stack = await startStack({
      workers: 1,
      databaseDir: mountDir ?? undefined,
      env: { WORKER_LOCK_MS: '5000', LOG_LEVEL: 'info', QUOTA_CONCURRENT_TASKS: '0', QUOTA_ITEMS_PER_DAY: '0' },
    });
    await createEndpoint(stack, 'steady-llm', model.url, { concurrency: 4 });
    return { stack, model, mountDir };
  } catch (error) {
    await model.close();
    unmount(mountDir);
    throw error;
  }
}

function unmount(dir: string | null): void {
  if (!dir) return;
  execFileSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
}

async function stopScenario(scenario: Scenario | undefined): Promise<void> {
  if (!scenario) return;
  await scenario.stack.stop();
  await scenario.model.close();
  unmount(scenario.mountDir);
}

async function storageErrorSeen(stack: TestStack, taskId: string, runId: string): Promise<string | null> {
  const answer = await stack.gql<{ task: { runs: Array<{ id: string; storageError: string | null }> } }>(`query ($id: ID!) { task(id: $id) { runs { id storageError } } }`, { id: taskId });
  return answer.data?.task.runs.find((r) => r.id === runId)?.storageError ?? null;
}

/** Runs a task through a storage outage opened by `start` and closed by `end`; checks the bounds. */
async function throughOutage({ stack, model }: Scenario, seed: number, start: () => Promise<void> | void, end: () => Promise<void> | void) {
  model.requests.length = 0;
  const { id, itemIds } = await createLiveTask(stack, ['steady-llm'], 250, seed);
  const runId = (await task(stack, id)).runs[0]!.id;
  await waitUntil(() => stored(stack, id), (n) => n >= 40, 'first samples');
  await start();
  const startedAt = Date.now();
  let shown: string | null = null;
  while (Date.now() - startedAt < WINDOW_MS) {
    // Through GraphQL (the server reads the error from Redis): may fail while the database is away.
    shown ??= await storageErrorSeen(stack, id, runId).catch(() => null);
    await sleep(500);
  }
  await end();
  const endedAt = Date.now();
  const storedAtEnd = await stored(stack, id);
  const progressed = await waitUntil(
    () => task(stack, id),
    (t) => t.result !== null || t.runs[0]!.done > storedAtEnd || storedAtEnd === 250,
    'terminal or progressing',
    60_000,
  );
  const progressAfter = Date.now() - endedAt;
  const finished = await waitUntil(() => task(stack, id), (t) => t.result !== null, 'task finished', 120_000);
  expect(progressed).toBeTruthy();
  expect(progressAfter).toBeLessThanOrEqual(60_000);
  expect(finished.status).toBe('SUCCEEDED');
  expect(finished.runs[0]).toMatchObject({ status: 'SUCCEEDED', done: 250, correct: 250, errors: 0 });
  expect(model.requests.length).toBeLessThanOrEqual(Math.floor(1.5 * 250));
  await expectExactlyOnce(stack, id, itemIds);
  // The worker's own account of the outage (GraphQL needs the database too: on PostgreSQL it was away).
  const logged = stack.workers.some((w) => w.output().includes('cannot store samples; retrying'));
  expect(logged).toBe(true);
  return { shown, progressAfter, calls: model.requests.length, storedAtEnd };
}

/** Makes the database read-only for the worker: a real read-only remount if Linux allows it, else the write lock. */
function readOnly(scenario: Scenario) {
  const file = scenario.stack.env.DATABASE_URL!.slice('file:'.length);
  let how = '';
  let locker: Database.Database | null = null;
  return {
    how: () => how,
    start() {
      if (scenario.mountDir) {
        try {
          execFileSync('mount', ['-o', 'remount,ro', scenario.mountDir], { stdio: 'pipe' });
          how = 'mount -o remount,ro of its tmpfs';
          return;
        } catch (error) {
          const said = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).split('\n')[0]!.replace(/^mount: [^:]*: /, '').replace(/\.$/, '').trim();
          how = `write lock held by another process (BEGIN EXCLUSIVE): Linux refused remount,ro (${said}: the file is open for writing)`;
        }
      } else {
        how = 'write lock held by another process (BEGIN EXCLUSIVE): not root, no mount of its own';
      }
      locker = new Database(file, { timeout: 10_000 });
      locker.exec('BEGIN EXCLUSIVE');
    },
    end() {
      if (locker) {
        locker.exec('COMMIT');
        locker.close();
      } else {
        execFileSync('mount', ['-o', 'remount,rw', scenario.mountDir!], { stdio: 'pipe' });
      }
    },
  };
}

describe.runIf(dialect === 'sqlite')(`fault suite: storage (SQLite, ${WINDOW_MS / 1000} s windows, both at once)`, () => {
  let lockedOut: Scenario | undefined;
  let full: Scenario | undefined;
  beforeAll(async () => {
    [lockedOut, full] = await Promise.all([startScenario('readonly', true), startScenario('diskfull', true)]);
  }, 240_000);
  afterAll(async () => {
    reportFigures();
    await Promise.all([stopScenario(lockedOut), stopScenario(full)]);
  });

  it.concurrent(`SQLite read-only for ${WINDOW_MS / 1000} s (writes fail, reads work): nothing lost or asked twice`, async () => {
    const fault = readOnly(lockedOut!);
    const result = await throughOutage(lockedOut!, 301, () => fault.start(), () => fault.end());
    expect(result.shown).toMatch(/Cannot store samples/);
    record(`SQLite read-only for ${WINDOW_MS / 1000} s (${fault.how()})`, 'storageError shown on the run while it lasted; answers kept in memory and stored after; 0 lost, 0 duplicated', {
      'stored when the window closed': `${result.storedAtEnd} / 250`,
      'progress after the window': `${(result.progressAfter / 1000).toFixed(1)} s`,
      'model calls / items': `${result.calls} / 250`,
    });
  }, 300_000);

  it.concurrent(`disk full for ${WINDOW_MS / 1000} s (tmpfs filled to the last byte): nothing lost or asked twice`, async ({ skip }) => {
    if (!full!.mountDir) {
      record('disk full', 'skipped: needs root to mount a small tmpfs', {});
      skip();
    }
    let filler = '';
    const result = await throughOutage(
      full!,
      302,
      () => void (filler = fillDisk(full!.mountDir!)),
      () => rmSync(filler, { force: true }),
    );
    const free = statfsSync(full!.mountDir!);
    record(`disk full for ${WINDOW_MS / 1000} s (64 MiB tmpfs holding the SQLite file, filled)`, `${result.shown ? 'storageError shown while it lasted' : 'SQLite kept writing into pages it already had (WAL reuse): no write failed'}; 0 lost, 0 duplicated`, {
      'stored when the window closed': `${result.storedAtEnd} / 250`,
      'progress after the window': `${(result.progressAfter / 1000).toFixed(1)} s`,
      'model calls / items': `${result.calls} / 250`,
      'free after': `${Math.round((free.bavail * free.bsize) / 1024)} KiB`,
    });
  }, 300_000);
});

describe.runIf(dialect === 'postgresql')(`fault suite: storage (PostgreSQL, ${WINDOW_MS / 1000} s)`, () => {
  let scenario: Scenario | undefined;
  beforeAll(async () => {
    scenario = await startScenario('postgres', false);
  }, 240_000);
  afterAll(async () => {
    reportFigures();
    await stopScenario(scenario);
  });

  it(`the database refusing connections for ${WINDOW_MS / 1000} s (sessions terminated): nothing lost or asked twice`, async () => {
    const name = postgresTarget(scenario!.stack.env.DATABASE_URL!).database;
    const admin = config().POSTGRES_ADMIN_URL;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    let terminated = 0;
    let keepTerminating: NodeJS.Timeout | null = null;
    // Only this scenario's own throwaway database: its name is random and made by this stack.
    const terminate = () =>
      withPostgresClient(admin, (client) => client.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]))
        .then((result) => void (terminated += (result.rows[0] as { n: number }).n))
        .catch(() => {});
    const result = await throughOutage(
      scenario!,
      303,
      async () => {
        await withPostgresClient(admin, (client) => client.query(`ALTER DATABASE ${quoted} WITH ALLOW_CONNECTIONS false`));
        await terminate();
        keepTerminating = setInterval(() => void terminate(), 1000);
      },
      async () => {
        clearInterval(keepTerminating!);
        await withPostgresClient(admin, (client) => client.query(`ALTER DATABASE ${quoted} WITH ALLOW_CONNECTIONS true`));
      },
    );
    expect(terminated).toBeGreaterThan(0);
    record(`PostgreSQL: its database refusing connections for ${WINDOW_MS / 1000} s (ALLOW_CONNECTIONS false, its sessions terminated)`, `the worker kept retrying (logged); ${result.shown ? 'storageError shown through GraphQL' : 'GraphQL could not answer while the database was away'}; answers kept in memory and stored after; 0 lost, 0 duplicated`, {
      'sessions terminated': terminated,
      'stored when the window closed': `${result.storedAtEnd} / 250`,
      'progress after the window': `${(result.progressAfter / 1000).toFixed(1)} s`,
      'model calls / items': `${result.calls} / 250`,
    });
  }, 300_000);
});
