/**
 * Server-side rendering of the leaderboard (pivot and cells tabs) and the task page: their first HTML answer, read
 * without any script, carries the data for a signed-in caller (session cookie or API token); anonymous callers are
 * sent to sign-in and an unknown task is a 404, by the server; in a browser the page hydrates from that HTML
 * (no loading state in between) and the task page goes on following the live progress to TASK_FINISHED.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEndpoint, createTask, waitUntil } from '../../server/test/support/scenario';
import { correctAnswer } from '../../server/test/support/scenario';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../worker/src/testing/openai-test-server';
import { launchChromium, openPage, sessionCookie } from './browser';
import { startFullStack, type FullStack } from './fullstack';

let full: FullStack;
let slowModel: OpenAiTestServer;
let browser: Browser;
let cookie: string;
/** A finished task of FAST (its cells are on the leaderboard). */
let finishedId: string;

const FAST = 'ssr-fast';
const SLOW = 'ssr-slow';
const GOAL = 'English math problems';

type TaskState = { task: { status: string } | null };
const taskStatus = async (id: string) => (await full.stack.gql<TaskState>('query ($id: ID!) { task(id: $id) { status } }', { id })).data?.task?.status;

beforeAll(async () => {
  full = await startFullStack({ modelLatencyMs: 20 });
  slowModel = await startOpenAiTestServer((request) => correctAnswer(request.messages.map((m) => m.content).join('\n')), { latencyMs: 250 });
  await createEndpoint(full.stack, FAST, full.model.url, { concurrency: 4 });
  await createEndpoint(full.stack, SLOW, slowModel.url, { concurrency: 1 });
  finishedId = (await createTask(full.stack, [FAST], 10, 7)).id;
  await waitUntil(() => taskStatus(finishedId), (status) => status === 'SUCCEEDED', 'the first task to finish', 120_000);
  cookie = await sessionCookie(full.web.url, { email: full.adminEmail, password: full.adminPassword });
  browser = await launchChromium();
  // `vite dev` compiles the app's modules on the first visit: do that once here, not inside a timed wait.
  const { page } = await openPage(browser, full.web.url, { locale: 'en' });
  const started = page.waitForRequest((request) => (request.postData() ?? '').includes('subscription LeaderboardUpdated'), { timeout: 120_000 });
  await page.goto('/leaderboard/cells', { timeout: 120_000 });
  await started; // the app's code ran
  await page.context().close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await slowModel?.close();
  await full?.stop();
}, 60_000);

/** The page's first HTML answer, as a client without scripts gets it (redirects not followed). */
async function firstHtml(path: string, headers: Record<string, string> = { cookie }): Promise<{ status: number; location: string | null; html: string }> {
  const response = await fetch(`${full.web.url}${path}`, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}

/** Records, from before the first byte is parsed, whether a loading indicator was ever shown on the page. */
async function watchLoading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { loadingSeen: boolean };
    w.loadingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('p.loading')) w.loadingSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

describe('server-side rendering', () => {
  it('sends the task page with its goal, status, runs and ranking in the first HTML', async () => {
    const { status, html } = await firstHtml(`/tasks/${finishedId}`);
    expect(status).toBe(200);
    expect(html).toMatch(new RegExp(`<h1 class="query[^"]*">${GOAL}</h1>`));
    expect(html).toMatch(new RegExp(`<article class="run card[^"]*" data-model="${FAST}" data-status="SUCCEEDED"`));
    expect(html).toMatch(/<table class="ranking[ "]/);
    expect(html).not.toMatch(/class="loading[ "]/);
  });

  it('sends both leaderboard tabs with their rows in the first HTML, for a session cookie or an API token', async () => {
    const pivot = await firstHtml('/leaderboard');
    expect(pivot.status).toBe(200);
    expect(pivot.html).toMatch(new RegExp(`<tr data-model="${FAST}" data-rank="1"`));
    const cells = await firstHtml('/leaderboard/cells');
    expect(cells.status).toBe(200);
    expect(cells.html).toMatch(new RegExp(`<tr class="entry[^"]*"[^>]*data-model="${FAST}"[^>]*data-subject="Science/Math"`));
    // Called with an API token instead of a browser session, the server renders the same.
    const token = await firstHtml('/leaderboard', { authorization: `Bearer ${full.stack.token}` });
    expect(token.html).toContain(`data-model="${FAST}"`);
  });

  it('renders in the language the browser remembered (cookie) or asks for (Accept-Language)', async () => {
    const korean = await firstHtml('/leaderboard', { cookie, 'accept-language': 'ko-KR,ko;q=0.9' });
    expect(korean.html).toMatch(/<h1[^>]*>리더보드<\/h1>/);
    expect(korean.html).toContain('<html lang="ko">');
    // The pivot's default language follows the UI language: no Korean cells, so no rows.
    expect(korean.html).not.toContain(`data-model="${FAST}"`);
    const chosen = await firstHtml('/leaderboard', { cookie: `${cookie}; benchhub.locale=en`, 'accept-language': 'ko-KR' });
    expect(chosen.html).toContain(`data-model="${FAST}"`);
  });

  it('sends anonymous callers to sign-in, coming back afterwards, and answers 404 for an unknown task', async () => {
    for (const path of ['/leaderboard', '/leaderboard/cells?language=ENGLISH', `/tasks/${finishedId}`]) {
      const anonymous = await firstHtml(path, {});
      expect(anonymous.status, path).toBe(303);
      expect(anonymous.location, path).toBe(`/signin?redirectTo=${encodeURIComponent(path)}`);
      // An expired or revoked session is anonymous too.
      const expired = await firstHtml(path, { cookie: cookie.replace(/=[^;]*/, '=revoked.session') });
      expect(expired.status, path).toBe(303);
    }
    const missing = await firstHtml('/tasks/no-such-task');
    expect(missing.status).toBe(404);
    expect(missing.html).toMatch(/data-testid="error-message"[^>]*>No such task\.</);

    const { page } = await openPage(browser, full.web.url, { locale: 'en', anonymous: true });
    await page.goto(`/tasks/${finishedId}`);
    await page.waitForURL(/\/signin\?redirectTo=/);
    await page.context().close();
  });

  it('renders the app header and navigation around a server-rendered error page, in English and Korean', async () => {
    const navLinks = { en: ['Evaluate', 'Tasks', 'Leaderboard', 'Models', 'System'], ko: ['평가', '작업', '리더보드', '모델', '시스템'] };
    // The first HTML, as a client without scripts gets it.
    const english = await firstHtml('/tasks/no-such-task', { cookie, 'accept-language': 'en-US,en;q=0.9' });
    expect(english.status).toBe(404);
    expect(english.html).toMatch(/<nav aria-label="Main"[ >]/);
    for (const label of navLinks.en) expect(english.html).toMatch(new RegExp(`<a href="[^"]*"[^>]*>${label}</a>`));
    expect(english.html).toMatch(/<h1>Error 404<\/h1>/);
    const korean = await firstHtml('/tasks/no-such-task', { cookie, 'accept-language': 'ko-KR,ko;q=0.9' });
    expect(korean.status).toBe(404);
    expect(korean.html).toContain('<html lang="ko">');
    expect(korean.html).toMatch(/<nav aria-label="주 메뉴"[ >]/);
    for (const label of navLinks.ko) expect(korean.html).toMatch(new RegExp(`<a href="[^"]*"[^>]*>${label}</a>`));
    expect(korean.html).toMatch(/<h1>오류 404<\/h1>/);
    expect(korean.html).toMatch(/data-testid="error-message"[^>]*>해당 작업이 없습니다\.</);

    // In Chromium: the same header before and after the app starts (no hydration error), and its links work.
    for (const locale of ['en', 'ko'] as const) {
      const { page, errors } = await openPage(browser, full.web.url, { locale });
      await page.context().addCookies([{ name: 'benchhub.locale', value: locale, url: full.web.url }]);
      const response = await page.goto('/tasks/no-such-task');
      expect(response?.status()).toBe(404);
      const nav = page.getByRole('navigation', { name: locale === 'en' ? 'Main' : '주 메뉴' });
      await expect(nav.getByRole('link').allInnerTexts()).resolves.toEqual(navLinks[locale]);
      await expect(page.getByTestId('error-message').innerText()).resolves.toBe(locale === 'en' ? 'No such task.' : '해당 작업이 없습니다.');
      await nav.getByRole('link', { name: navLinks[locale][1] }).click();
      await page.waitForURL(/\/tasks$/);
      await page.waitForSelector(`a[href="/tasks/${finishedId}"]`);
      // Chromium logs the document's own 404 answer as a console error; nothing else may fail.
      expect(errors.filter((error) => !error.includes('the server responded with a status of 404'))).toEqual([]);
      await page.context().close();
    }
  });

  it('hydrates the task page without a loading state and follows the live progress to TASK_FINISHED', async () => {
    // 40 answers of 250 ms one at a time: the task is still running when the page has hydrated.
    const { id } = await createTask(full.stack, [SLOW], 40, 11);
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await watchLoading(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') asked.push(request.postData() ?? '');
    });
    // The subscription starts once the page has hydrated (its effects run).
    const subscribed = page.waitForRequest((request) => (request.postData() ?? '').includes('subscription TaskProgress'), { timeout: 60_000 });
    await page.goto(`/tasks/${id}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1.query').innerText()).resolves.toBe(GOAL);
    await subscribed;
    // The task and the session came with the page: the browser asked for neither.
    expect(asked.filter((body) => body.includes('query Task(') || body.includes('query Me') || body.includes('query AuthHealth'))).toEqual([]);
    await page.waitForSelector('.conn.live', { timeout: 30_000 });
    await page.waitForSelector(`article.run[data-model="${SLOW}"][data-status="SUCCEEDED"]`, { timeout: 120_000 });
    await page.waitForSelector('table.ranking', { timeout: 30_000 });
    expect(await page.locator('article.run [role="progressbar"]').getAttribute('aria-valuetext')).toBe('40 / 40');
    expect(await page.evaluate(() => (window as unknown as { loadingSeen: boolean }).loadingSeen)).toBe(false);
    expect(errors).toEqual([]);

    // Inside the app, the page loads the task itself (client-side navigation).
    await page.click('nav a[href="/tasks"]');
    await page.click(`a[href="/tasks/${finishedId}"]`);
    await page.waitForSelector(`article.run[data-model="${FAST}"]`);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('hydrates the leaderboard from its first HTML: no loading state, rows stay and the view is interactive', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await watchLoading(page);
    const subscribed = page.waitForRequest((request) => (request.postData() ?? '').includes('subscription LeaderboardUpdated'), { timeout: 60_000 });
    await page.goto('/leaderboard');
    await page.waitForSelector(`tr[data-model="${FAST}"]`);
    await subscribed; // hydrated
    // Interactive after hydration: the language filter writes the URL and asks again.
    await page.selectOption('#lb-language', 'KOREAN');
    await page.waitForURL(/language=KOREAN/);
    await page.waitForSelector('[data-testid="pivot-empty"]');
    expect(await page.evaluate(() => (window as unknown as { loadingSeen: boolean }).loadingSeen)).toBe(false);
    await page.click('a[href="/leaderboard/cells"]');
    await page.waitForSelector(`tr.entry[data-model="${FAST}"]`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
