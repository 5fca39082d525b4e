/**
 * The production path in a browser: the built web app (adapter-node, as `npm start` serves it) in front of the real
 * GraphQL server and worker. The browser talks only to the web origin; an evaluation of the two baselines runs from
 * the Evaluate page to its ranking with live progress over SSE through the web server's proxy.
 */
import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startStack, type TestStack } from '../../server/test/support/stack';
import { launchChromium, openPage, registerSignIn, runCards, sessionCookie, waitForRanking } from './browser';
import { REPO_ROOT, startWebServer, type WebServer } from './fullstack';

let stack: TestStack;
let web: WebServer;
let browser: Browser;

beforeAll(async () => {
  // Builds the app when its sources changed since the last build (as npm start does); a no-op otherwise.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
  const webPort = await freePort();
  stack = await startStack({ env: { WEB_ORIGIN: `http://127.0.0.1:${webPort}` } });
  web = await startWebServer(new URL(stack.graphqlUrl).origin, 60_000, { production: true, port: webPort });
  // The browser signs in as the stack's administrator through the web origin (session cookie).
  registerSignIn(web.url, stack.admin!);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await stack?.stop();
}, 60_000);

describe('production web app', () => {
  it('sends security headers (CSP with a nonce for its own inline script, no framing) and refuses foreign Host names', async () => {
    // The leaderboard is rendered on the server: its data travels in an inline script, which needs the nonce too.
    const cookie = await sessionCookie(web.url, stack.admin!);
    const page = await fetch(`${web.url}/leaderboard`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    // Every inline script of the page carries the nonce (otherwise the browser would refuse it).
    const html = await page.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(html).toContain('data-testid="pivot-empty"'); // rendered (no cells yet), not a loading state
    expect(html).toMatch(/data:\{session:\{info:/); // what the browser hydrates with, in the nonce'd script
    // Compressed like every page; anonymous callers are sent to sign-in by the server.
    expect(page.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    const anonymous = await fetch(`${web.url}/leaderboard`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/signin?redirectTo=%2Fleaderboard');
    // API answers through the proxy keep the API's own headers.
    const api = await fetch(`${web.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health { ok } }"}' });
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    // DNS rebinding: a name that is not ours is refused before anything runs.
    const { port } = new URL(web.url);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status(`rebind.evil.example:${port}`)).toBe(421);
    expect(await status(`localhost:${port}`)).toBe(200);
  }, 60_000);

  it('runs an evaluation from the Evaluate page to its ranking, talking only to its own origin', async () => {
    const { page, errors } = await openPage(browser, web.url, { locale: 'en' });
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const responses: { url: string; type: string }[] = [];
    page.on('response', (response) => responses.push({ url: response.url(), type: response.headers()['content-type'] ?? '' }));

    await page.goto('/');
    await page.fill('#query', 'English math problems, 30 questions');
    await page.waitForSelector('#plan-language', { timeout: 30_000 });
    for (const model of ['baseline/random', 'baseline/majority']) await page.check(`[data-model="${model}"]`);
    await page.getByRole('button', { name: 'Start evaluation' }).click();
    await page.waitForURL(/\/tasks\/[^/]+$/, { timeout: 30_000 });
    expect((await runCards(page)).map((card) => card.model).sort()).toEqual(['baseline/majority', 'baseline/random']);
    expect(await waitForRanking(page)).toHaveLength(2);

    // Progress came as server-sent events, through the web server.
    expect(responses.some((r) => r.url === `${web.url}/graphql` && r.type.startsWith('text/event-stream'))).toBe(true);
    expect([...origins].filter((origin) => origin !== web.url && !origin.startsWith('data:'))).toEqual([]);

    // Other pages load from the same bundle; reloading a task page shows the stored result.
    await page.reload();
    expect(await waitForRanking(page, 30_000)).toHaveLength(2);
    await page.goto('/leaderboard');
    await page.waitForSelector('main h1');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
