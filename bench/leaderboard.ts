/**
 * Leaderboard browse latency: 100,000 cells (10 models fully cached on every language × fine subject ×
 * task type, the rest spread over other models), then p50/p95 of a filtered `leaderboard` page of 50
 * (with totalCount) over the real HTTP endpoint of a server process, measured at the client on
 * localhost (so it includes ~1 ms of loopback and client overhead).
 *
 * Last line: `leaderboard create_p95_ms=<x> browse_p95_ms=<y>`. create_p95_ms (a cache-first
 * createEvaluation answered from these cells) is NA until that path exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TASK_TYPES } from '@benchhub/core/benchmark';
import { percentile, wilsonInterval } from '@benchhub/core/stats';
import { COARSE_CATEGORIES, FINE_CATEGORIES } from '@benchhub/core/taxonomy';
import { coarseSubjectOf } from '@benchhub/core/leaderboard';
import { PROMPT_TEMPLATE_VERSION } from '@benchhub/core/prompts';
import { createPrismaClient, REPO_ROOT, type Prisma } from '@benchhub/db';
import { startTestRedis, type TestRedisServer } from '@benchhub/db/testing/redis-server';
import { setupDatabase } from '@benchhub/server/services/setup.service';
import { createTestUser, freePort } from '../server/test/support/stack';

const TOTAL_CELLS = 100_000;
const CACHED_MODELS = 10;
const PAGE = 50;
const WARMUP = 30;
const REQUESTS = 400;
const CREATE_REQUESTS = 200;
const CREATE = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) {
  ... on MutationCreateEvaluationSuccess { data { status runs { source } } }
  ... on BaseError { message } } }`;
const LANGUAGES = ['English', 'Korean'] as const;

/** mulberry32: deterministic scores so runs are comparable. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cached models' cells carry the installed sample's dataset version and the current prompt version, so they are comparable. */
function* cells(cachedVersions: { datasetVersion: string; promptVersion: string }): Generator<Prisma.LeaderboardEntryCreateManyInput> {
  const random = prng(7);
  const perModel = LANGUAGES.length * FINE_CATEGORIES.length * TASK_TYPES.length;
  const models = Math.ceil(TOTAL_CELLS / perModel);
  let written = 0;
  for (let m = 0; m < models; m++) {
    const cached = m < CACHED_MODELS;
    const modelName = cached ? `bench/cached-${m}` : `bench/model-${String(m).padStart(3, '0')}`;
    const skill = 0.2 + 0.7 * random();
    for (const language of LANGUAGES) {
      for (const subject of FINE_CATEGORIES) {
        for (const taskType of TASK_TYPES) {
          if (written++ >= TOTAL_CELLS) return;
          const live = cached || random() < 0.5;
          const n = live ? 20 + Math.floor(random() * 280) : null;
          const p = Math.min(1, Math.max(0, skill + (random() - 0.5) * 0.3));
          const correct = n === null ? null : Math.round(p * n);
          const interval = n === null || correct === null ? null : wilsonInterval(correct, n);
          yield {
            modelName,
            language,
            subject,
            coarseSubject: coarseSubjectOf(subject),
            taskType,
            score: n === null || correct === null ? p : correct / n,
            n,
            ciLow: interval?.low ?? null,
            ciHigh: interval?.high ?? null,
            source: live ? 'LIVE' : 'IMPORTED',
            taskId: live ? `bench-task-${m}` : null,
            datasetVersion: cached ? cachedVersions.datasetVersion : live ? 'bench-dataset' : null,
            promptVersion: cached ? cachedVersions.promptVersion : live ? 'bench-prompt' : null,
            seed: live ? 42 : null,
          };
        }
      }
    }
  }
}

const QUERY = `query Browse($filter: LeaderboardFilter, $first: Int, $after: String, $orderBy: LeaderboardOrder) {
  leaderboard(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id modelName language subject taskType score n ciLow ciHigh source taskId datasetVersion promptVersion seed updatedAt } }
  }
}`;

type BrowseResult = { data?: { leaderboard: { totalCount: number; pageInfo: { endCursor: string | null }; edges: unknown[] } }; errors?: unknown[] };

/** The views a user clicks through: language × coarse or fine subject × task type, sometimes a model search, sometimes page 2. */
function browseVariables(i: number, cursors: Map<string, string>) {
  const random = prng(1000 + i);
  const language = random() < 0.5 ? 'KOREAN' : 'ENGLISH';
  const taskType = (['KNOWLEDGE', 'REASONING', 'VALUE_ALIGNMENT'] as const)[Math.floor(random() * 3)]!;
  const subject =
    random() < 0.5
      ? COARSE_CATEGORIES[Math.floor(random() * COARSE_CATEGORIES.length)]!
      : FINE_CATEGORIES[Math.floor(random() * FINE_CATEGORIES.length)]!;
  const filter = { language, taskType, subject, ...(random() < 0.2 ? { modelSearch: 'cached' } : {}) };
  const key = JSON.stringify(filter);
  const after = random() < 0.3 ? (cursors.get(key) ?? null) : null;
  return { key, variables: { filter, first: PAGE, after, orderBy: 'SCORE_DESC' } };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-bench-leaderboard-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  const db = createPrismaClient(url);
  let server: ChildProcess | undefined;
  let redisServer: TestRedisServer | undefined;
  try {
    await setupDatabase(db, url);
    const started = performance.now();
    let batch: Prisma.LeaderboardEntryCreateManyInput[] = [];
    const sample = await db.dataset.findFirstOrThrow({ where: { synthetic: true } });
    for (const cell of cells({ datasetVersion: sample.version, promptVersion: PROMPT_TEMPLATE_VERSION })) {
      batch.push(cell);
      if (batch.length === 5000) {
        await db.leaderboardEntry.createMany({ data: batch });
        batch = [];
      }
    }
    if (batch.length) await db.leaderboardEntry.createMany({ data: batch });
    for (let m = 0; m < CACHED_MODELS; m++) {
      // Endpoints for the cached models; never called (every needed cell is cached).
      await db.modelEndpoint.create({
        data: { name: `bench/cached-${m}`, kind: 'OPENAI_COMPATIBLE', baseUrl: 'http://127.0.0.1:9/v1', modelId: `cached-${m}`, params: {} },
      });
    }
    const count = await db.leaderboardEntry.count();
    const models = (await db.leaderboardEntry.groupBy({ by: ['modelName'] })).length;
    console.error(`seeded ${count} cells over ${models} models in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const port = await freePort();
    redisServer = await startTestRedis();
    const redisUrl = redisServer.url;
    server = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server', 'src', 'main.ts')], {
      // The benchmark measures the API path: the per-minute createEvaluation allowance and the quotas are off.
      env: { ...process.env, DATABASE_URL: url, REDIS_URL: redisUrl, PORT: String(port), LOG_LEVEL: 'warn', EVALUATION_LIMIT_PER_IP: '0', EVALUATION_LIMIT_PER_USER: '0', QUOTA_ITEMS_PER_DAY: '0', QUOTA_CONCURRENT_TASKS: '0' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    // Signed in as an administrator (API token), as a script using the API is.
    const { token } = await createTestUser(db, 'admin', { email: 'bench-admin@example.test' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${endpoint}?query=%7B__typename%7D`, { headers: { 'x-graphql-yoga-csrf': '1' } }).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }

    const cursors = new Map<string, string>();
    const browse = async (i: number) => {
      const { key, variables } = browseVariables(i, cursors);
      const t0 = performance.now();
      const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: QUERY, variables }) });
      const body = (await response.json()) as BrowseResult;
      const ms = performance.now() - t0;
      if (!response.ok || body.errors || !body.data) throw new Error(`browse failed: ${JSON.stringify(body.errors ?? response.status)}`);
      const cursor = body.data.leaderboard.pageInfo.endCursor;
      if (cursor && !variables.after) cursors.set(key, cursor);
      return ms;
    };
    for (let i = 0; i < WARMUP; i++) await browse(i);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await browse(WARMUP + i));

    const p50 = percentile(times, 50)!;
    const p95 = percentile(times, 95)!;

    // createEvaluation for the 10 fully cached models: answered from cells, no job enqueued.
    const cachedModels = Array.from({ length: CACHED_MODELS }, (_, m) => `bench/cached-${m}`);
    const create = async () => {
      const t0 = performance.now();
      const response = await fetch(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: CREATE,
          variables: { input: { query: 'English problems, 100 questions', models: cachedModels, plan: { language: 'ENGLISH', subjects: [], problemType: 'MCQA', sampleSize: 100 } } },
        }),
      });
      const body = (await response.json()) as { data?: { createEvaluation: { data?: { status: string; runs: { source: string }[] }; message?: string } } };
      const ms = performance.now() - t0;
      const task = body.data?.createEvaluation.data;
      if (task?.status !== 'SUCCEEDED' || !task.runs?.every((r) => r.source === 'CACHED')) throw new Error(`create was not a full cache hit: ${JSON.stringify(body)}`);
      return ms;
    };
    for (let i = 0; i < 10; i++) await create();
    const createTimes: number[] = [];
    for (let i = 0; i < CREATE_REQUESTS; i++) createTimes.push(await create());
    const createP50 = percentile(createTimes, 50)!;
    const createP95 = percentile(createTimes, 95)!;
    console.log(
      `cells=${count} models=${models} cached_models=${CACHED_MODELS} page=${PAGE} browse_requests=${REQUESTS} browse_p50_ms=${p50.toFixed(2)} browse_p95_ms=${p95.toFixed(2)} create_requests=${CREATE_REQUESTS} create_p50_ms=${createP50.toFixed(2)} create_p95_ms=${createP95.toFixed(2)}`,
    );
    console.log(`leaderboard create_p95_ms=${createP95.toFixed(2)} browse_p95_ms=${p95.toFixed(2)}`);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    await redisServer?.stop();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
