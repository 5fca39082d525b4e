import { readFileSync } from 'node:fs';
import { config, REPO_ROOT, type PrismaClient } from '@benchhub/db';
import type { Redis } from 'ioredis';
import path from 'node:path';
import type { EvaluationQueue, QueueCounts } from './evaluation-queue';

export interface ComponentHealth {
  ok: boolean;
  latencyMs: number | null;
  error: string | null;
}

export interface Health {
  ok: boolean;
  version: string;
  database: ComponentHealth;
  redis: ComponentHealth;
  queue: QueueCounts | null;
  liveWorkers: number | null;
  /** Running model runs that stored nothing for longer than RUN_STALLED_MS (null when the database is down). */
  stalledRuns: number | null;
}

/** A RUNNING run without progress (no sample stored, no start) for longer than RUN_STALLED_MS. */
export function isStalled(run: { status: string; progressAt: Date | null; startedAt: Date | null }, now = Date.now()): boolean {
  if (run.status !== 'RUNNING') return false;
  const last = run.progressAt ?? run.startedAt;
  return last !== null && now - last.getTime() > config().RUN_STALLED_MS;
}

export const stalledSince = (now = Date.now()) => new Date(now - config().RUN_STALLED_MS);

export const VERSION: string = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;

async function probe(check: () => Promise<unknown>): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000).unref()),
    ]);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
  } catch (error) {
    return { ok: false, latencyMs: null, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function checkHealth(deps: { db: PrismaClient; redis: Redis; queue: EvaluationQueue }): Promise<Health> {
  const [database, redis] = await Promise.all([
    probe(() => deps.db.$queryRawUnsafe('SELECT 1')),
    probe(() => deps.redis.ping()),
  ]);
  let queue: QueueCounts | null = null;
  let liveWorkers: number | null = null;
  if (redis.ok) {
    [queue, liveWorkers] = await Promise.all([deps.queue.counts(), deps.queue.liveWorkers()]);
  }
  const stalledRuns = database.ok ? await deps.db.modelRun.count({ where: { status: 'RUNNING', progressAt: { lt: stalledSince() } } }) : null;
  return { ok: database.ok && redis.ok, version: VERSION, database, redis, queue, liveWorkers, stalledRuns };
}
