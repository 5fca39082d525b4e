import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from '../support/stack';

/**
 * GraphiQL works offline: the page, its script, styles, editor workers and favicon all come from the API server.
 * Headless Chromium loads it with every request to another host refused and recorded.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  stack = await startStack({ workers: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost';
};

describe('GraphiQL', () => {
  it('renders and runs a query with no request leaving the machine', async () => {
    const context = await browser.newContext();
    const outside: string[] = [];
    const local: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => (isLocal(request.url()) ? local.push(request.url()) : outside.push(request.url())));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The page's Content-Security-Policy (script-src 'self', no inline script) must not block anything it needs.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load (Content Security Policy): ${event.violatedDirective} ${event.blockedURI}`)),
    );

    await page.goto(stack.graphqlUrl, { waitUntil: 'load' });
    // The editor (Monaco, with its workers) and the toolbar are up.
    await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor').length >= 2, null, { timeout: 30_000 });

    // Run a query through the UI: the result pane shows the server's answer.
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ __typename'); // the editor closes the brace itself
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\s+/g, '').includes('"__typename":"Query"'), null, { timeout: 30_000 });

    expect(outside).toEqual([]);
    expect(local.some((url) => url.includes('/graphql/graphiql/') && url.endsWith('/graphiql.js'))).toBe(true);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);

  it('serves its assets compressed and immutable, the page small, and keeps SSE for subscriptions', async () => {
    const page = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.length).toBeLessThan(10_000);
    expect(html).toContain('"subscriptionsProtocol":"SSE"');
    expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[^"'\s]*\.(js|css|ico|png|woff2?)/);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    expect(html).not.toMatch(/<script>/); // no inline script: options travel in a JSON data block read by boot.js
    const { base } = JSON.parse(/<script type="application\/json" id="graphiql-options">(.*?)<\/script>/s.exec(html)![1]!) as { base: string };
    expect(html).toContain(`src="${base}/boot.js"`);
    const script = `${base}/graphiql.js`;
    const asset = await fetch(new URL(script, stack.graphqlUrl), { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect((await asset.text()).length).toBeGreaterThan(1_000_000);
    const missing = await fetch(new URL(script.replace('graphiql.js', 'nope.js'), stack.graphqlUrl));
    expect(missing.status).toBe(404);
  }, 60_000);
});
