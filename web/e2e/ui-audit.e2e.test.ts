/**
 * Every page audited in a browser (issue #13 item 7), with data on it: a finished task (its page, per-question
 * browser, item view and report), a task still running, the seed leaderboard imported (pivot and cells), endpoints
 * (one unreachable, its Test connection error shown), a second user, an API token and the audit log.
 * - Layout at exactly 390 px and 1280 px, in English and Korean: no horizontal overflow of the document, no clipped
 *   controls, tables inside scroll containers, no word broken across two lines (web/e2e/audit.ts).
 * - Korean: no Latin-letter UI text outside the allowlist (names, codes, units; user data marked translate="no").
 */
import { createServer } from 'node:net';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctAnswer, createEndpoint, createTask, waitUntil } from '../../server/test/support/scenario';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../worker/src/testing/openai-test-server';
import { launchChromium, openPage } from './browser';
import { latinUiText, layoutFindings, openAllDetails } from './audit';
import { SEED_LEADERBOARD, WEB_DIR, startFullStack, type FullStack } from './fullstack';

const SCREENSHOTS = path.join(WEB_DIR, 'screenshots', 'audit');
const GOOD = 'e2e-audit';
const DEAD = 'e2e-unreachable';
const SLOW = 'e2e-slow';
const RANDOM = 'baseline/random';
const WIDTHS = [390, 1280] as const;
const seedPresent = existsSync(SEED_LEADERBOARD);

let full: FullStack;
let slow: OpenAiTestServer;
let browser: Browser;
let finished: { id: string; itemIds: string[] };
let running: { id: string };

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface Target {
  name: string;
  path: () => string;
  ready: string;
  /** Brings the page into the state to audit (e.g. a plan preview, a failed connection test). */
  prepare?: (page: Page) => Promise<void>;
  skip?: boolean;
}

const TARGETS: Target[] = [
  {
    name: 'evaluate',
    path: () => '/',
    ready: '#query',
    async prepare(page) {
      await page.fill('#query', '고등학생 수준의 수학 문제 30개로 비교해줘');
      await page.waitForSelector('#plan-language', { timeout: 20_000 });
      await page.check(`[data-model="${GOOD}"]`);
      await page.check(`[data-model="${RANDOM}"]`);
      await page.waitForSelector('li.chip [data-count]', { timeout: 20_000 });
      await page.waitForSelector('[data-testid="known-ranking"]', { timeout: 20_000 });
    },
  },
  { name: 'tasks', path: () => '/tasks', ready: 'table.tasks tbody tr' },
  { name: 'task-live', path: () => `/tasks/${running.id}`, ready: 'article.run [role="progressbar"]' },
  { name: 'task-finished', path: () => `/tasks/${finished.id}`, ready: 'table.ranking' },
  { name: 'samples', path: () => `/tasks/${finished.id}/samples`, ready: 'table.matrix tr.item-row' },
  { name: 'item', path: () => `/tasks/${finished.id}/samples/${finished.itemIds[0]}`, ready: 'article.answer' },
  { name: 'report', path: () => `/tasks/${finished.id}/report`, ready: 'article.report' },
  { name: 'leaderboard-pivot', path: () => '/leaderboard', ready: 'table.pivot tbody tr' },
  {
    name: 'leaderboard-pivot-expanded',
    path: () => '/leaderboard?expand=Science',
    ready: 'table.pivot tbody tr',
    skip: !seedPresent,
  },
  { name: 'leaderboard-cells', path: () => '/leaderboard/cells', ready: 'table.leaderboard tr.entry' },
  {
    name: 'models',
    path: () => '/models',
    ready: `li.endpoint[data-endpoint="${DEAD}"]`,
    async prepare(page) {
      const card = page.locator(`li.endpoint[data-endpoint="${DEAD}"]`);
      await card.locator('button[data-action="test"], button.test-connection').or(card.getByRole('button', { name: /Test connection|연결 테스트/ })).first().click();
      await card.locator('[data-test-result="error"], .alert.error').first().waitFor({ timeout: 20_000 });
    },
  },
  {
    name: 'models-form',
    path: () => '/models',
    ready: `li.endpoint[data-endpoint="${GOOD}"]`,
    async prepare(page) {
      await page.getByRole('button', { name: /Add an endpoint|엔드포인트 추가/ }).click();
      await page.locator('details.more summary').click();
    },
  },
  { name: 'users', path: () => '/users', ready: 'table.users tbody tr' },
  { name: 'tokens', path: () => '/tokens', ready: 'table.tokens tbody tr' },
  { name: 'system', path: () => '/system', ready: '[data-testid="audit-log"] table tbody tr' },
];

async function visit(page: Page, target: Target): Promise<void> {
  await page.goto(target.path());
  await page.waitForSelector(target.ready, { timeout: 60_000 });
  await target.prepare?.(page);
  await page.waitForTimeout(150);
  await openAllDetails(page);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  full = await startFullStack({ modelLatencyMs: 5 });
  browser = await launchChromium();
  slow = await startOpenAiTestServer((request) => correctAnswer(request.messages.map((m) => m.content).join('\n')), { latencyMs: 1500 });
  await createEndpoint(full.stack, GOOD, full.model.url);
  await createEndpoint(full.stack, SLOW, slow.url, { concurrency: 1 });
  await createEndpoint(full.stack, DEAD, `http://127.0.0.1:${await closedPort()}/v1`);
  finished = await createTask(full.stack, [GOOD, RANDOM], 12);
  await waitUntil(() => full.stack.db.evaluationTask.findUniqueOrThrow({ where: { id: finished.id } }), (t) => t.status === 'SUCCEEDED', 'the task to finish', 120_000);
  if (seedPresent) {
    const imported = await full.stack.gql<{ importLeaderboard: { __typename: string } }>(
      'mutation ($path: String!) { importLeaderboard(path: $path) { __typename ... on BaseError { message } } }',
      { path: SEED_LEADERBOARD },
    );
    expect(imported.data?.importLeaderboard.__typename, JSON.stringify(imported)).toBe('MutationImportLeaderboardSuccess');
  }
  // Runs for minutes (one answer each 1.5 s): the live page during the whole audit.
  running = await createTask(full.stack, [SLOW], 200, 9);
  await full.stack.createUser('member', { email: 'researcher@example.com' });
  const token = await full.stack.gql<{ createApiToken: { __typename: string } }>(
    'mutation { createApiToken(input: { name: "ci-runner" }) { __typename ... on BaseError { message } } }',
  );
  expect(token.data?.createApiToken.__typename, JSON.stringify(token)).toMatch(/Success$/);
  // Warm up vite on every route so that the audits do not race a first compile.
  const { page } = await openPage(browser, full.web.url, { locale: 'en' });
  for (const target of TARGETS) {
    await page.goto(target.path());
    await page.waitForSelector('main h1, main [role="alert"]', { timeout: 90_000 });
  }
  await page.context().close();
}, 400_000);

afterAll(async () => {
  await full?.stack.gql('mutation ($id: ID!) { cancelTask(taskId: $id) { __typename } }', { id: running?.id }).catch(() => undefined);
  await browser?.close();
  await slow?.close();
  await full?.stop();
}, 60_000);

describe('every page at 390 px and 1280 px', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`has no overflow, clipped controls, unscrollable tables or broken words (${locale})`, async () => {
      const findings: string[] = [];
      for (const width of WIDTHS) {
        const { page, errors } = await openPage(browser, full.web.url, { locale, viewport: { width, height: 900 } });
        for (const target of TARGETS.filter((t) => !t.skip)) {
          await visit(page, target);
          for (const finding of await layoutFindings(page)) findings.push(`${target.name} @${width} ${locale}: ${finding}`);
          await page.screenshot({ path: path.join(SCREENSHOTS, `${target.name}-${locale}-${width}.png`), fullPage: true });
        }
        expect(errors, `${locale} @${width}`).toEqual([]);
        await page.context().close();
      }
      expect(findings).toEqual([]);
    });
  }
});

/** What the test and the seed put in: names and text that are data, the same in every language. */
async function dataTexts(): Promise<string[]> {
  const db = full.stack.db;
  const [endpoints, cells, datasets, benchmarks, users, tokens, tasks] = await Promise.all([
    db.modelEndpoint.findMany({ select: { name: true, modelId: true } }),
    db.leaderboardEntry.findMany({ select: { modelName: true }, distinct: ['modelName'] }),
    db.dataset.findMany({ select: { name: true, version: true } }),
    db.benchmarkItem.findMany({ select: { benchmarkName: true }, distinct: ['benchmarkName'] }),
    db.user.findMany({ select: { email: true, name: true } }),
    db.apiToken.findMany({ select: { name: true, prefix: true } }),
    db.evaluationTask.findMany({ select: { query: true } }),
  ]);
  return [
    ...endpoints.flatMap((e) => [e.name, e.modelId]),
    ...cells.map((c) => c.modelName),
    ...datasets.flatMap((d) => [d.name, d.version]),
    ...benchmarks.map((b) => b.benchmarkName),
    ...users.flatMap((u) => [u.email, u.name ?? '']),
    ...tokens.flatMap((t) => [t.name, t.prefix]),
    ...tasks.map((t) => t.query),
  ].filter(Boolean);
}

describe('the Korean UI', () => {
  it('shows no English UI text on any page', async () => {
    const findings: string[] = [];
    const data = await dataTexts();
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'ko' });
    for (const target of TARGETS.filter((t) => !t.skip)) {
      await visit(page, target);
      for (const finding of await latinUiText(page, data)) findings.push(`${target.name}: ${finding}`);
    }
    expect(errors).toEqual([]);
    await page.context().close();
    expect(findings).toEqual([]);
  });
});
