/**
 * Browser helpers for end-to-end tests of the web app against a running stack (`npm start`).
 * Chromium: Debian's /usr/bin/chromium (override with CHROMIUM_PATH), driven by playwright-core.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const VIEWPORTS = { mobile: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;

export interface Credentials {
  email: string;
  password: string;
}
const signIns = new Map<string, Credentials>();
/** Pages opened on `baseUrl` sign in as this user first (startFullStack registers its admin). */
export function registerSignIn(baseUrl: string, credentials: Credentials): void {
  signIns.set(new URL(baseUrl).origin, credentials);
}

/** Signs a browser context in through the web origin (POST /api/auth/sign-in/email): its session cookie is set. */
export async function signIn(context: BrowserContext, baseUrl: string, credentials: Credentials): Promise<void> {
  const origin = new URL(baseUrl).origin;
  const response = await context.request.post(`${origin}/api/auth/sign-in/email`, { data: credentials, headers: { origin } });
  if (!response.ok()) throw new Error(`sign-in as ${credentials.email} failed: HTTP ${response.status()} ${await response.text()}`);
}

/**
 * Signs in through the web origin with a plain HTTP request and returns the session cookie ("name=value; …") for
 * requests made without a browser (what a server-rendered page sends before any script runs).
 */
export async function sessionCookie(baseUrl: string, credentials: Credentials): Promise<string> {
  const origin = new URL(baseUrl).origin;
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`sign-in as ${credentials.email} failed: HTTP ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
  if (cookies.length === 0) throw new Error('the sign-in answer set no cookie');
  return cookies.join('; ');
}

/**
 * A page with a fixed UI language (stored choice wins over the browser language) that records page errors. Signed
 * in as the user registered for `baseUrl` (registerSignIn), unless `anonymous` or `as` says otherwise.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { viewport?: { width: number; height: number }; locale?: 'en' | 'ko'; anonymous?: boolean; as?: Credentials } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: options.viewport ?? VIEWPORTS.desktop, baseURL: baseUrl });
  const credentials = options.anonymous ? undefined : (options.as ?? signIns.get(new URL(baseUrl).origin));
  if (credentials) await signIn(context, baseUrl, credentials);
  if (options.locale) {
    await context.addInitScript((locale) => localStorage.setItem('benchhub.locale', locale), options.locale);
  }
  const page = await context.newPage();
  waitForAppAfterGoto(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors };
}

/**
 * Server-rendered pages (leaderboard, task page) show their content before their code runs; a click in between
 * would do nothing. After each `page.goto` of an app page, wait until the app has started (the root layout marks
 * <html data-app="ready">), as a person would see the page react.
 */
export function waitForAppAfterGoto(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await page.waitForFunction(
      () => document.documentElement.dataset.app === 'ready' || !document.body?.hasAttribute('data-sveltekit-preload-data'),
      undefined,
      { timeout: options?.timeout ?? 30_000 },
    );
    return response;
  };
}

/** Types a goal, waits for the plan preview, optionally sets the sample size and picks models. */
export async function fillEvaluation(page: Page, input: { query: string; models: string[]; sampleSize?: number }): Promise<void> {
  await page.goto('/');
  await page.fill('#query', input.query);
  await page.waitForSelector('#plan-language', { timeout: 15_000 });
  if (input.sampleSize !== undefined) await page.fill('#plan-sample-size', String(input.sampleSize));
  for (const model of input.models) await page.check(`[data-model="${model}"]`);
}

/** Submits with Ctrl+Enter and returns the new task id from the URL. */
export async function submitEvaluation(page: Page): Promise<string> {
  await page.focus('#query');
  await page.keyboard.press('Control+Enter');
  await page.waitForURL(/\/tasks\/[^/]+$/, { timeout: 20_000 });
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Waits until the ranking table is rendered (the task finished and its result was loaded). */
export async function waitForRanking(page: Page, timeoutMs = 120_000): Promise<string[]> {
  await page.waitForSelector('table.ranking', { timeout: timeoutMs });
  return page.locator('table.ranking tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-model') ?? ''));
}

/** Run cards on the task page: model name → progress text and status. */
export async function runCards(page: Page): Promise<{ model: string; status: string; progress: string }[]> {
  await page.waitForSelector('article.run', { timeout: 20_000 });
  return page.locator('article.run').evaluateAll((cards) =>
    cards.map((card) => ({
      model: card.getAttribute('data-model') ?? '',
      status: card.getAttribute('data-status') ?? '',
      progress: card.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? '',
    })),
  );
}

/** True when the page is wider than the viewport (horizontal scrolling of the whole page). */
export function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
