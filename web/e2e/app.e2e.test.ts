/**
 * Full-stack browser tests: the real GraphQL server and worker (temporary SQLite, Redis DB 9), an OpenAI-compatible
 * test model that answers the sample benchmark correctly (~30 ms per answer), the web app under `vite dev`, and
 * Debian's Chromium driven by playwright-core. The scenarios run in order and build on each other (the endpoint
 * added on the Models page is evaluated, its live cells then show on the leaderboard).
 * Screenshots of every page at 375 px and 1280 px go to web/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sseSubscription } from '../../server/test/support/stack';
import { CHROMIUM_ARGS, VIEWPORTS, hasHorizontalOverflow, launchChromium, openPage, runCards, waitForRanking } from './browser';
import { SEED_LEADERBOARD, WEB_DIR, startFullStack, type FullStack } from './fullstack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}

const SCREENSHOTS = path.join(WEB_DIR, 'screenshots');
const MODEL = 'e2e-gpt';
const API_KEY = 'sk-e2e-5ecret-never-shown-0123456789';
const QUERY = 'Which model is best at high-school math?';
const SAMPLE_SIZE = 60;
const seedPresent = existsSync(SEED_LEADERBOARD);

let full: FullStack;
let browser: Browser;
/** Filled in by the scenarios, used by the later ones and the screenshot tour. */
const ids: { liveTask?: string; cachedTask?: string } = {};

async function shoot(page: Page, name: string, viewport: keyof typeof VIEWPORTS) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${viewport}.png`), fullPage: true });
}

/** The visible count line of the leaderboard, e.g. "1–25 of 4,589 cells" → 4589. */
async function leaderboardTotal(page: Page): Promise<number> {
  const text = (await page.locator('[data-testid="lb-count"]').innerText()).replace(/,/g, '');
  const match = /of (\d+)/.exec(text) ?? /(\d+) cells/.exec(text);
  if (!match) throw new Error(`no total in "${text}"`);
  return Number(match[1]);
}

/**
 * Waits until the leaderboard has re-rendered rows whose data attributes all match `check` (a value, or
 * `{ prefix }`). Data, not code: the page's CSP forbids evaluating strings (no `new Function` in the page).
 */
type RowCheck = Record<string, string | { prefix: string }>;
async function waitForRows(page: Page, check: RowCheck, what: string) {
  await page.waitForFunction(
    (spec: RowCheck) => {
      const rows = [...document.querySelectorAll<HTMLElement>('table.leaderboard tr.entry')];
      const table = document.querySelector('table.leaderboard');
      if (!table || table.getAttribute('aria-busy') === 'true' || rows.length === 0) return false;
      return rows.every((row) =>
        Object.entries(spec).every(([key, expected]) => {
          const value = row.dataset[key] ?? '';
          return typeof expected === 'string' ? value === expected : value.startsWith(expected.prefix);
        }),
      );
    },
    check,
    { timeout: 15_000 },
  ).catch((error: Error) => {
    throw new Error(`leaderboard rows never matched ${what}: ${error.message}`);
  });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (!seedPresent) console.warn(`[e2e] ${SEED_LEADERBOARD} is absent: the leaderboard scenario with the seed import is skipped.`);
  full = await startFullStack({ modelLatencyMs: 30 });
  browser = await launchChromium();
  // Warm up vite (first compile, dependency optimisation) so the scenarios do not race a reload.
  const { page } = await openPage(browser, full.web.url);
  for (const route of ['/', '/models', '/leaderboard', '/tasks', '/system']) {
    await page.goto(route);
    await page.waitForSelector('main h1', { timeout: 90_000 });
  }
  // The task page too (an unknown id renders it without data), so the first live task does not wait for its compile.
  await page.goto('/tasks/warm-up');
  await page.waitForSelector('main [role="alert"]', { timeout: 90_000 });
  await page.context().close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await full?.stop();
}, 60_000);

describe('BenchHub Plus in a browser', () => {
  it('uses the Chromium binary the CI installs', () => {
    expect(CHROMIUM_ARGS).toContain('--headless');
    expect(existsSync(CHROMIUM)).toBe(true);
  });

  it('(b) adds an endpoint with an API key on the Models page; the key is never displayed', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto('/models');
    await page.getByRole('button', { name: /Add an endpoint/ }).click();
    await page.fill('#add-name', MODEL);
    await page.fill('#add-baseUrl', full.model.url);
    await page.fill('#add-modelId', 'test-model');
    await page.fill('#add-apiKey', API_KEY);
    // One request at a time, so the progress of the run is visible in the browser.
    await page.locator('details.more summary').click();
    await page.fill('#add-concurrency', '1');
    await page.getByRole('button', { name: 'Save endpoint' }).click();

    const card = page.locator(`li.endpoint[data-endpoint="${MODEL}"]`);
    await card.waitFor({ timeout: 15_000 });
    await expect(page.locator('p.alert.ok').innerText()).resolves.toContain('it will not be shown again');
    await expect(card.innerText()).resolves.toMatch(/key saved/i);

    // Masked: neither the page text nor any form field value holds the key, before or after a reload.
    const leaks = async () => {
      const text = await page.locator('body').innerText();
      const values = await page.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      return text.includes(API_KEY) || values.some((v) => v.includes(API_KEY)) || (await page.content()).includes(API_KEY);
    };
    expect(await leaks()).toBe(false);
    await page.reload();
    await card.waitFor();
    expect(await leaks()).toBe(false);
    // Editing shows "keep the saved key", not the key.
    await card.getByRole('button', { name: /Edit/ }).click();
    await expect(card.locator('input[type="password"]').inputValue()).resolves.toBe('');
    expect(await leaks()).toBe(false);
    await card.getByRole('button', { name: 'Cancel' }).click();

    // The API itself only says that a key exists.
    const api = await full.stack.gql<{ modelEndpoints: { name: string; hasApiKey: boolean }[] }>('{ modelEndpoints { name hasApiKey } }');
    expect(api.data?.modelEndpoints.find((e) => e.name === MODEL)?.hasApiKey).toBe(true);
    expect(JSON.stringify(api)).not.toContain(API_KEY);

    await shoot(page, 'models', 'desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('(a) plans a query, evaluates two models live with moving progress bars, and ranks them', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto('/');
    await page.fill('#query', QUERY);
    // The plan preview appears with subject chips.
    await page.waitForSelector('#plan-language', { timeout: 20_000 });
    const chips = await page.locator('ul.chips li.chip').allInnerTexts();
    expect(chips.join(' ')).toContain('Science/Math');
    await expect(page.locator('#plan-language').inputValue()).resolves.toBe('ENGLISH');
    // The subject picker comes from the server's taxonomy, with item counts of the plan language.
    await page.waitForSelector('li.chip[data-subject="Science/Math"] [data-count]');
    expect(Number(await page.locator('li.chip[data-subject="Science/Math"] [data-count]').getAttribute('data-count'))).toBeGreaterThan(0);
    await expect(page.locator('#add-subject option[value="Science/Physics"]').innerText()).resolves.toMatch(/^Physics \([\d,]+\)$/);
    await page.fill('#plan-sample-size', String(SAMPLE_SIZE));
    await page.check(`[data-model="${MODEL}"]`);
    await page.check('[data-model="baseline/random"]');
    // "What we already know": nothing is measured yet, so both models will run live.
    const known = page.locator('[data-testid="known-ranking"]');
    await known.locator('[data-testid="known-empty"]').waitFor({ timeout: 15_000 });
    await expect(known.locator('h2').innerText()).resolves.toBe('What we already know');
    await expect(known.locator('[data-testid="known-explain"]').innerText()).resolves.toContain('(CACHED)');
    await shoot(page, 'evaluate', 'desktop');

    // The worker writes leaderboard cells when the task finishes; listen before starting it.
    const updates = (async () => {
      for await (const event of sseSubscription<{ leaderboardUpdated: { taskId: string; modelNames: string[]; cells: number } }>(
        full.stack.graphqlUrl,
        'subscription { leaderboardUpdated { taskId modelNames cells } }',
        {},
        { token: full.stack.token },
      )) {
        if (event.leaderboardUpdated.modelNames.includes(MODEL)) return event.leaderboardUpdated;
      }
      return null;
    })().catch(() => null);

    await page.getByRole('button', { name: 'Start evaluation' }).click();
    await page.waitForURL(/\/tasks\/[^/]+$/, { timeout: 20_000 });
    ids.liveTask = new URL(page.url()).pathname.split('/').pop()!;

    const cards = await runCards(page);
    expect(cards.map((c) => c.model).sort()).toEqual(['baseline/random', MODEL].sort());
    await expect(page.locator(`article.run[data-model="${MODEL}"] [data-source="LIVE"]`).count()).resolves.toBe(1);

    // Watch the progress bar of the test model move until it is full.
    const seen = new Set<number>();
    let total = 0;
    const deadline = Date.now() + 120_000;
    for (;;) {
      const bar = page.locator(`article.run[data-model="${MODEL}"] [role="progressbar"]`);
      const now = Number(await bar.getAttribute('aria-valuenow'));
      total = Number(await bar.getAttribute('aria-valuemax'));
      seen.add(now);
      if (total > 0 && now >= total) break;
      if (Date.now() > deadline) throw new Error(`progress stuck at ${now}/${total}`);
      await page.waitForTimeout(50);
    }
    expect(total).toBeGreaterThan(0);
    const intermediate = [...seen].filter((v) => v > 0 && v < total);
    console.log(`[e2e] ${MODEL} progress seen in the browser: ${[...seen].sort((a, b) => a - b).join(', ')} of ${total}`);
    expect(intermediate.length, `progress values seen: ${[...seen].sort((a, b) => a - b).join(', ')}`).toBeGreaterThan(0);

    // Both finish and the ranking appears: the model that answers correctly beats the random baseline.
    const ranking = await waitForRanking(page, 120_000);
    expect(ranking).toEqual([MODEL, 'baseline/random']);
    await page.waitForSelector(`article.run[data-model="${MODEL}"][data-status="SUCCEEDED"]`);
    await expect(page.locator('table.ranking tr[data-model="e2e-gpt"] td.strong').innerText()).resolves.toBe('100.0%');
    await expect(page.locator('.interval-chart').count()).resolves.toBe(1);

    // The endpoint's key went to the model server, and nowhere on the page.
    expect(full.model.requests.length).toBeGreaterThanOrEqual(total);
    expect(full.model.requests.every((r) => r.authorization === `Bearer ${API_KEY}`)).toBe(true);
    expect(await page.content()).not.toContain(API_KEY);

    const update = await Promise.race([updates, new Promise<null>((r) => setTimeout(() => r(null), 20_000))]);
    expect(update?.taskId).toBe(ids.liveTask);
    expect(update?.cells).toBeGreaterThan(0);
    await shoot(page, 'task', 'desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('(a, cached) evaluating the same plan again answers from the leaderboard: CACHED badges and where the numbers come from', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    const requestsBefore = full.model.requests.length;
    await page.goto('/');
    await page.fill('#query', QUERY);
    await page.waitForSelector('#plan-language', { timeout: 20_000 });
    await page.fill('#plan-sample-size', String(SAMPLE_SIZE));
    await page.check(`[data-model="${MODEL}"]`);
    await page.check('[data-model="baseline/random"]');
    // "What we already know" lists the first run's cells: the test model first, with an interval and full coverage.
    const known = page.locator('[data-testid="known-ranking"]');
    const knownRow = known.locator(`tr[data-known-model="${MODEL}"]`);
    await known.locator('[data-known-model="baseline/random"]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="known-ranking"]')?.getAttribute('aria-busy') === 'false');
    await expect(knownRow.getAttribute('data-rank')).resolves.toBe('1');
    await expect(knownRow.locator('td.score').innerText()).resolves.toBe('100.0%');
    await expect(knownRow.locator('[data-interval]').getAttribute('data-interval')).resolves.toBe('interval');
    const coverage = (await knownRow.locator('[data-coverage]').getAttribute('data-coverage'))!.split('/').map(Number);
    expect(coverage[0]).toBeGreaterThan(0);
    expect(coverage[0]).toBe(coverage[1]);
    await expect(knownRow.locator('[data-letters]').getAttribute('data-letters')).resolves.toBe('a');
    await expect(known.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-known-model')))).resolves.toEqual([
      MODEL,
      'baseline/random',
    ]);
    await shoot(page, 'evaluate-known', 'desktop');
    await page.getByRole('button', { name: 'Start evaluation' }).click();
    await page.waitForURL(/\/tasks\/[^/]+$/, { timeout: 20_000 });
    ids.cachedTask = new URL(page.url()).pathname.split('/').pop()!;
    expect(ids.cachedTask).not.toBe(ids.liveTask);

    const ranking = await waitForRanking(page, 30_000);
    expect(ranking[0]).toBe(MODEL);
    const card = page.locator(`article.run[data-model="${MODEL}"]`);
    await expect(card.locator('[data-source="CACHED"]').count()).resolves.toBe(1);
    const provenance = card.locator('[data-testid="cached-provenance"]');
    await expect(provenance.innerText()).resolves.toContain('From the leaderboard');
    expect(Number(await provenance.locator('[data-cached="cells"]').innerText())).toBeGreaterThan(0);
    await expect(provenance.locator('[data-cached="weighting"]').getAttribute('data-weighting')).resolves.toBe('N_WEIGHTED');
    await expect(provenance.locator('[data-cached="sources"]').innerText()).resolves.toBe('LIVE');
    await expect(provenance.locator(`a[href="/tasks/${ids.liveTask}"]`).count()).resolves.toBe(1);
    await expect(page.locator(`table.ranking tr[data-model="${MODEL}"] [data-source="CACHED"]`).count()).resolves.toBe(1);
    // Nothing was asked of the model.
    expect(full.model.requests.length).toBe(requestsBefore);
    await shoot(page, 'task-cached', 'desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.skipIf(!seedPresent)('(c) browses, filters, sorts, pages, exports and quarantines the leaderboard (seed imported)', async () => {
    const imported = await full.stack.gql<{ importLeaderboard: { __typename: string; data?: { inserted: number; rows: number }; message?: string } }>(
      'mutation ($path: String!) { importLeaderboard(path: $path) { __typename ... on MutationImportLeaderboardSuccess { data { rows inserted } } ... on BaseError { message } } }',
      { path: SEED_LEADERBOARD },
    );
    expect(imported.data?.importLeaderboard.__typename, JSON.stringify(imported)).toBe('MutationImportLeaderboardSuccess');
    const inserted = imported.data!.importLeaderboard.data!.inserted;
    expect(inserted).toBeGreaterThan(100);

    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto('/leaderboard/cells'); // the flat cell list (the pivot is the default view)
    await page.waitForSelector('table.leaderboard tr.entry', { timeout: 20_000 });
    const total = await leaderboardTotal(page);
    expect(total).toBeGreaterThan(inserted); // the imported cells plus the live ones
    await expect(page.locator('[data-testid="lb-page"]').innerText()).resolves.toBe(`Page 1 of ${Math.ceil(total / 25)}`);
    await expect(page.locator('table.leaderboard tr.entry').count()).resolves.toBe(25);
    // Imported cells have unknown n: the chart says so instead of drawing intervals.
    await page.waitForSelector('[data-testid="unweighted-note"]');
    await expect(page.locator('[data-testid="unweighted-note"]').innerText()).resolves.toContain('Mean of cell scores, n unknown');
    await shoot(page, 'leaderboard', 'desktop');

    // Pagination.
    await page.click('button[data-page="next"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="lb-page"]')?.textContent?.startsWith('Page 2 '));
    await expect(page.locator('[data-testid="lb-count"]').innerText()).resolves.toMatch(/^26–50 of/);
    await page.click('button[data-page="previous"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="lb-page"]')?.textContent?.startsWith('Page 1 '));

    // Model search: only our live model; its cells are LIVE with n and intervals, and its pooled score is n-weighted.
    await page.fill('#lb-model', 'e2e');
    await waitForRows(page, { model: MODEL }, 'the model search');
    expect(page.url()).toContain('model=e2e');
    await waitForRows(page, { source: 'LIVE' }, 'LIVE cells');
    const firstLive = page.locator('table.leaderboard tr.entry').first();
    expect(Number(await firstLive.locator('td.num').nth(2).innerText())).toBeGreaterThan(0); // n
    await expect(firstLive.locator('td.num').nth(1).innerText()).resolves.toMatch(/%/); // interval
    await page.waitForSelector(`[data-chart-row="${MODEL}"][data-weighting="N_WEIGHTED"]`, { state: 'attached' });
    // Provenance on expand: the task that measured the cell.
    await firstLive.locator('button[data-action="details"]').click();
    const provenance = page.locator('tr.provenance').first();
    await expect(provenance.locator(`a[href="/tasks/${ids.liveTask}"]`).count()).resolves.toBe(1);
    await expect(provenance.innerText()).resolves.toContain('Measured on this server');
    await page.fill('#lb-model', '');

    // Language, subject and task type filters, reflected in the address bar.
    await page.selectOption('#lb-language', 'KOREAN');
    await waitForRows(page, { language: 'KOREAN' }, 'language = Korean');
    await page.selectOption('#lb-subject', 'Science');
    await waitForRows(page, { subject: { prefix: 'Science/' } }, 'coarse subject Science');
    await page.selectOption('#lb-subject', 'Science/Math');
    await waitForRows(page, { subject: 'Science/Math' }, 'fine subject Science/Math');
    await page.selectOption('#lb-task-type', 'REASONING');
    await waitForRows(page, { taskType: 'REASONING', language: 'KOREAN' }, 'task type Reasoning');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ language: 'KOREAN', subject: 'Science/Math', taskType: 'REASONING' });
    const filteredTotal = await leaderboardTotal(page);
    expect(filteredTotal).toBeGreaterThan(0);
    expect(filteredTotal).toBeLessThan(total);

    // Sorting by the score header: lowest first, then highest first.
    await page.click('th button[data-sort="score"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('orderBy') === 'SCORE_ASC');
    await waitForRows(page, {}, 'the re-sorted table');
    const ascending = (await page.locator('table.leaderboard tr.entry').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.score)))) as number[];
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await expect(page.locator('th[aria-sort="ascending"] button[data-sort="score"]').count()).resolves.toBe(1);

    // Export links carry the same view, and the proxied files match the table.
    const csvHref = await page.locator('a[data-export="csv"]').getAttribute('href');
    expect(csvHref).toBe('/export/leaderboard.csv?language=KOREAN&subject=Science%2FMath&taskType=REASONING&orderBy=SCORE_ASC');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(Number(csv.headers()['x-total-count'])).toBe(filteredTotal);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toContain('model');
    expect(lines.length - 1).toBe(filteredTotal);
    const json = await page.request.get((await page.locator('a[data-export="json"]').getAttribute('href'))!);
    const rows = (await json.json()) as { score: number; language: string }[];
    expect(rows).toHaveLength(filteredTotal);
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => a - b));

    // Quarantine a row: it disappears from the view, shows again with "include quarantined", and can be restored.
    const target = page.locator('table.leaderboard tr.entry').first();
    const targetId = (await target.getAttribute('data-entry-id'))!;
    await target.locator('button[data-action="quarantine"]').click();
    await page.waitForSelector('.notice');
    await page.waitForFunction((id) => !document.querySelector(`tr[data-entry-id="${id}"]`), targetId);
    expect(await leaderboardTotal(page)).toBe(filteredTotal - 1);
    await page.check('#lb-include-quarantined');
    const back = page.locator(`tr[data-entry-id="${targetId}"]`);
    await back.waitFor();
    await expect(back.getAttribute('data-quarantined')).resolves.toBe('true');
    await shoot(page, 'leaderboard-quarantine', 'desktop');
    await back.locator('button[data-action="unquarantine"]').click();
    await page.waitForSelector(`tr[data-entry-id="${targetId}"][data-quarantined="false"]`);
    await page.uncheck('#lb-include-quarantined');
    await page.waitForSelector(`tr[data-entry-id="${targetId}"]`);

    // A failing mutation shows its error next to the control (the cell was deleted meanwhile).
    const gone = page.locator('table.leaderboard tr.entry').nth(1);
    const goneId = (await gone.getAttribute('data-entry-id'))!;
    const deleted = await full.stack.gql(`mutation { deleteLeaderboardEntry(id: "${goneId}") { __typename } }`);
    expect(JSON.stringify(deleted)).toContain('Success');
    await gone.locator('button[data-action="quarantine"]').click();
    const error = page.locator(`#q-error-${goneId}`);
    await error.waitFor();
    // Said by its code (LEADERBOARD_ENTRY_NOT_FOUND), in the UI language.
    await expect(error.innerText()).resolves.toBe('This leaderboard cell no longer exists (deleted meanwhile?); reload the list.');
    await expect(gone.locator('button[data-action="quarantine"]').getAttribute('aria-describedby')).resolves.toBe(`q-error-${goneId}`);

    // Reset clears the filters and the address bar.
    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await page.waitForFunction(() => location.search === '');
    await waitForRows(page, {}, 'the unfiltered table');
    expect(await leaderboardTotal(page)).toBe(total - 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('(d) switches to Korean and shows Korean UI text', async () => {
    // No stored choice: the browser language (English) applies until the user picks Korean.
    const { page, errors } = await openPage(browser, full.web.url);
    await page.goto('/leaderboard/cells');
    await page.waitForSelector('main h1');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Leaderboard');
    await page.getByRole('button', { name: '한국어' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    await expect(page.locator('main h1').innerText()).resolves.toBe('리더보드');
    const nav = await page.locator('header nav').innerText();
    for (const word of ['평가', '작업', '리더보드', '모델', '시스템']) expect(nav).toContain(word);
    await expect(page.locator('label[for="lb-language"]').innerText()).resolves.toBe('언어');
    // Subject names come from the server's taxonomy, in Korean.
    await page.waitForSelector('#lb-subject option[value="Science/Math"]', { state: 'attached' });
    await expect(page.locator('#lb-subject option[value="Science/Math"]').innerText()).resolves.toBe('과학 · 수학');
    // The choice is remembered.
    await page.goto('/');
    await expect(page.locator('main h1').innerText()).resolves.toMatch(/[가-힣]/);
    await page.goto(`/tasks/${ids.liveTask ?? ''}`);
    await page.waitForSelector('main h2');
    await expect(page.locator('#progress-heading').innerText()).resolves.toMatch(/[가-힣]/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('(e) the System page shows health with a live worker', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto('/system');
    await page.waitForSelector('#overall-heading');
    const overall = page.locator('section[aria-labelledby="overall-heading"]');
    await expect(overall.locator('.big').innerText()).resolves.toContain('OK');
    const workers = overall.locator('dd.strong');
    await page.waitForFunction(() => Number(document.querySelector('section[aria-labelledby="overall-heading"] dd.strong')?.textContent) >= 1, null, {
      timeout: 15_000,
    });
    // One worker process (it may hold several queue connections, each counted by the queue).
    expect(Number(await workers.innerText())).toBeGreaterThanOrEqual(full.stack.workers.length);
    await expect(page.locator('section[aria-labelledby="database-heading"]').innerText()).resolves.toContain('OK');
    await expect(page.locator('section[aria-labelledby="redis-heading"]').innerText()).resolves.toContain('OK');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every page fits 375 px and 1280 px without horizontal scrolling (screenshots in web/screenshots/)', async () => {
    const pages: { name: string; path: string; ready: string }[] = [
      { name: 'evaluate', path: '/', ready: '#query' },
      { name: 'tasks', path: '/tasks', ready: 'table.tasks' },
      { name: 'task', path: `/tasks/${ids.liveTask}`, ready: 'table.ranking' },
      { name: 'task-cached', path: `/tasks/${ids.cachedTask}`, ready: 'table.ranking' },
      { name: 'leaderboard', path: '/leaderboard', ready: 'table.pivot tbody tr' },
      { name: 'leaderboard-cells', path: '/leaderboard/cells', ready: 'table.leaderboard tr.entry' },
      { name: 'models', path: '/models', ready: `li.endpoint[data-endpoint="${MODEL}"]` },
      { name: 'system', path: '/system', ready: '#overall-heading' },
    ];
    const overflowing: string[] = [];
    for (const [viewport, size] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, { width: number; height: number }][]) {
      for (const locale of ['en', 'ko'] as const) {
        const { page, errors } = await openPage(browser, full.web.url, { viewport: size, locale });
        for (const target of pages) {
          await page.goto(target.path);
          await page.waitForSelector(target.ready, { timeout: 20_000 });
          if (target.name === 'leaderboard-cells') await page.waitForSelector('.lb-chart');
          if (target.name === 'evaluate') {
            // With a plan: the subject picker and "What we already know" (every model with data) must fit too.
            await page.fill('#query', QUERY);
            await page.waitForSelector('[data-testid="known-ranking"] tr[data-known-model]', { timeout: 20_000 });
            const chip = page.locator('li.chip[data-subject="Science/Math"]');
            await expect(chip.innerText()).resolves.toContain(locale === 'ko' ? '과학 · 수학' : 'Science/Math');
            await expect(page.locator('#add-subject option[value="Science/Math"]').innerText()).resolves.toMatch(
              locale === 'ko' ? /^수학 \([\d,]+\)$/ : /^Math \([\d,]+\)$/,
            );
          }
          await page.waitForTimeout(200);
          if (await hasHorizontalOverflow(page)) overflowing.push(`${target.name} (${viewport}, ${locale})`);
          await shoot(page, locale === 'en' ? target.name : `${target.name}-ko`, viewport);
        }
        expect(errors, `${viewport} ${locale}`).toEqual([]);
        await page.context().close();
      }
    }
    expect(overflowing).toEqual([]);
  });
});
