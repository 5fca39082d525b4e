/**
 * Start-up: `npm start` as a user runs it, on a prepared database (the first start, which migrates and installs
 * the sample benchmark, is done once and not timed; the builds are made fresh first). Then, for each of RUNS
 * starts: seconds from spawning `npm start` until GraphQL answers and until the web app answers, the resident
 * memory of every process of the stack once idle (npm, the supervisor that also serves the web app and runs the
 * worker as a thread, the server; Redis is the benchmark's own redis-server here, so it is not counted — `npm start` only starts one
 * when none answers, and its RSS is printed beside), the Evaluate page in headless Chromium (requests and bytes of
 * compressed JavaScript), the time from clicking "Start evaluation" to the rendered task page, and the stack's
 * memory again after the server-rendered pages (both leaderboard tabs, that task page) were rendered RENDERS
 * times each. Last, the wall time of `npm run -s benchhub -- plan --json` (median of CLI_RUNS). Medians go on the
 * last line (the contract of the issue) and the rendered memory's median on the line before it.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '@benchhub/db/config';
import { freeLoopbackPort, startTestRedis } from '@benchhub/db/testing/redis-server';
import { signIn } from '../web/e2e/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLI_RUNS = 5;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Every process of the tree under `pid` (itself included), from /proc. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const tree: number[] = [];
  const visit = (p: number) => {
    tree.push(p);
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).map((a) => path.basename(a)).join(' ').slice(0, 60);
  } catch {
    return '?';
  }
}

async function until(check: () => Promise<boolean>, child: ChildProcess, what: string, timeoutMs = 180_000): Promise<number> {
  const started = performance.now();
  while (!(await check().catch(() => false))) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) before ${what}`);
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return performance.now();
}

interface StartRun {
  graphqlS: number;
  webS: number;
  bannerS: number;
  rssMb: number;
  rssParts: string;
  requests: number;
  jsKb: number;
  clickToTaskMs: number;
  /** Resident memory of the stack after the server-rendered pages were rendered RENDERS times each. */
  renderedRssMb: number;
  renderedRssParts: string;
}

/** How many times each server-rendered page is asked for before the memory after rendering is read. */
const RENDERS = 5;

/** The resident memory (MB) of every process of the stack, in all and per process (named by its command line). */
function stackMemory(root: number): { total: number; parts: string } {
  const parts = processTree(root).map((pid) => ({ mb: rssMb(pid), cmd: commandOf(pid) })).filter((p) => p.mb > 0);
  return { total: parts.reduce((sum, p) => sum + p.mb, 0), parts: parts.map((p) => `${p.cmd.split(' ').slice(-1)[0]}=${p.mb.toFixed(0)}`).join(' ') };
}

/**
 * The server-rendered pages (leaderboard, both tabs, and the task page) as a browser's first request asks for
 * them, RENDERS times each, alternating English and Korean; each must come back rendered (200, its content).
 */
async function renderPages(webOrigin: string, cookie: string, taskPath: string): Promise<void> {
  const pages = [
    { path: '/leaderboard', marker: /<table class="pivot|data-testid="pivot-empty"/ },
    { path: '/leaderboard/cells', marker: /<table class="leaderboard|class="card empty/ },
    { path: taskPath, marker: /<article class="run card/ },
  ];
  for (let i = 0; i < RENDERS; i++) {
    for (const { path: pagePath, marker } of pages) {
      const response = await fetch(`${webOrigin}${pagePath}`, { headers: { cookie, accept: 'text/html', 'accept-language': i % 2 ? 'ko-KR,ko;q=0.9' : 'en-US,en;q=0.9' }, redirect: 'manual' });
      const html = await response.text();
      if (response.status !== 200 || !marker.test(html)) throw new Error(`${pagePath} was not rendered (${response.status})`);
    }
  }
}

/** The administrator the benchmark signs in as (created once through the CLI, as a newcomer's script would). */
const ADMIN = { email: 'bench-admin@example.test', password: 'bench-startup-correct-horse-battery' };

async function oneStart(env: NodeJS.ProcessEnv, browser: Browser): Promise<StartRun> {
  const apiPort = await freeLoopbackPort();
  const webPort = await freeLoopbackPort();
  const t0 = performance.now();
  const child = spawn('npm', ['start'], { cwd: REPO_ROOT, env: { ...env, PORT: String(apiPort), WEB_PORT: String(webPort) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  try {
    const graphqlAt = until(async () => (await fetch(`http://127.0.0.1:${apiPort}/graphql?query=%7B__typename%7D`, { headers: { 'x-graphql-yoga-csrf': '1' } })).ok, child, 'GraphQL');
    const webAt = until(async () => (await fetch(`http://127.0.0.1:${webPort}/`)).ok, child, 'the web app');
    const bannerAt = until(async () => output.includes('BenchHub Plus is running'), child, 'the banner');
    const [g, w, b] = await Promise.all([graphqlAt, webAt, bannerAt]);

    // Idle memory: ten quiet seconds after the banner (the server's warm-up is over by then).
    await new Promise((r) => setTimeout(r, 10_000));
    const idle = stackMemory(child.pid!);

    // The Evaluate page, cold (a new browser context: empty cache), then one evaluation started from it.
    // Signed in first (a session cookie; the sign-in request is not part of the page's count).
    const webOrigin = `http://127.0.0.1:${webPort}`;
    const context = await browser.newContext({ baseURL: webOrigin });
    await signIn(context, webOrigin, ADMIN);
    const page = await context.newPage();
    let requests = 0;
    let jsBytes = 0;
    const sizes: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      requests++;
      if (request.resourceType() === 'script') sizes.push(request.sizes().then((s) => void (jsBytes += s.responseBodySize)));
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.waitForSelector('#query');
    await Promise.all(sizes);
    const pageRequests = requests;
    const pageJs = jsBytes;

    await page.fill('#query', 'English math problems, 20 questions');
    await page.waitForSelector('#plan-language', { timeout: 30_000 });
    await page.check('[data-model="baseline/random"]');
    const clicked = performance.now();
    await page.getByRole('button', { name: 'Start evaluation' }).click();
    await page.waitForURL(/\/tasks\/[^/]+$/, { timeout: 30_000 });
    await page.waitForSelector('article.run', { timeout: 30_000 });
    const clickToTask = performance.now() - clicked;
    const taskPath = new URL(page.url()).pathname;
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    await context.close();

    // Memory once pages were rendered on the server: the leaderboard's tabs and the task page, then ten quiet
    // seconds as for the idle figure (the evaluation started above is over by then).
    await renderPages(webOrigin, cookie, taskPath);
    await new Promise((r) => setTimeout(r, 10_000));
    const rendered = stackMemory(child.pid!);

    return {
      graphqlS: (g - t0) / 1000,
      webS: (w - t0) / 1000,
      bannerS: (b - t0) / 1000,
      rssMb: idle.total,
      rssParts: idle.parts,
      requests: pageRequests,
      jsKb: pageJs / 1024,
      clickToTaskMs: clickToTask,
      renderedRssMb: rendered.total,
      renderedRssParts: rendered.parts,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

function cliSeconds(env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '-s', 'benchhub', '--', 'plan', '--json', 'Korean math problems for high school students, 200 questions'], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`benchhub plan failed: ${result.stderr}`);
  JSON.parse(result.stdout);
  return (performance.now() - started) / 1000;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-bench-startup-'));
const redis = await startTestRedis();
let browser: Browser | undefined;
try {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'benchhub.db')}`, REDIS_URL: redis.url, LOG_LEVEL: 'warn' };
  // Builds first (no-ops when fresh), and the database prepared by a first, untimed setup.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'dist', 'setup-database.mjs')], { env, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'benchhub.mjs'), 'user', 'add', ADMIN.email, '--role', 'admin', '--password-stdin'], { env, input: `${ADMIN.password}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  const runs: StartRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await oneStart(env, browser);
    runs.push(run);
    console.log(
      `start ${i + 1}: graphql ${run.graphqlS.toFixed(2)} s, web ${run.webS.toFixed(2)} s, banner ${run.bannerS.toFixed(2)} s; idle RSS ${run.rssMb.toFixed(0)} MB (${run.rssParts}); ` +
        `Evaluate page ${run.requests} requests, ${run.jsKb.toFixed(0)} KB compressed JS; click → task page ${run.clickToTaskMs.toFixed(0)} ms; ` +
        `RSS after ${RENDERS}× each server-rendered page ${run.renderedRssMb.toFixed(0)} MB (${run.renderedRssParts})`,
    );
  }
  const cli = Array.from({ length: CLI_RUNS }, () => cliSeconds(env));
  console.log(`cli plan --json via npm run: ${cli.map((s) => s.toFixed(2)).join(', ')} s`);
  console.log(`redis-server (the benchmark's, not counted): ${rssMb(redis.process.pid!).toFixed(0)} MB; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`rendered_rss_mb=${round(median(runs.map((r) => r.renderedRssMb)), 1)} (median RSS of the stack after ${RENDERS}× /leaderboard, /leaderboard/cells and a task page)`);
  console.log(
    `startup graphql_ready_s=${round(median(runs.map((r) => r.graphqlS)))} web_ready_s=${round(median(runs.map((r) => r.webS)))} ` +
      `idle_rss_mb=${round(median(runs.map((r) => r.rssMb)), 1)} cli_s=${round(median(cli))}`,
  );
} finally {
  await browser?.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
