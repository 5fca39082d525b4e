/**
 * "Test connection" on the Models page (#13 item 6): in the form before save (the server's models and the latency,
 * nothing stored), a failing URL named with its error, on save, and on a saved endpoint's row; in Korean too.
 */
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from './browser';
import { startFullStack, type FullStack } from './fullstack';

let full: FullStack;
let browser: Browser;

beforeAll(async () => {
  full = await startFullStack();
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await full?.stop();
}, 60_000);

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('Test connection', () => {
  it('tests unsaved values in the form, names a failing URL, and tests a saved endpoint from its row', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto('/models');
    await page.getByRole('button', { name: /Add an endpoint/ }).click({ timeout: 90_000 });
    await page.fill('#add-name', 'conn-test');
    await page.fill('#add-baseUrl', full.model.url);
    await page.fill('#add-modelId', 'test-model');
    const formResult = page.locator('#add-test-result');
    await page.locator('form.endpoint-form').getByRole('button', { name: 'Test connection' }).click();
    await formResult.locator('.alert.ok').waitFor({ timeout: 20_000 });
    await expect(formResult.innerText()).resolves.toMatch(/Connected: the model answered in \d+ ms/);
    await expect(formResult.innerText()).resolves.toContain('test-model');
    const listed = await full.stack.gql<{ modelEndpoints: { name: string }[] }>('{ modelEndpoints { name } }');
    expect(listed.data?.modelEndpoints.map((e) => e.name)).not.toContain('conn-test');

    const port = await closedPort();
    await page.fill('#add-baseUrl', `http://127.0.0.1:${port}/v1`);
    await page.locator('form.endpoint-form').getByRole('button', { name: 'Test connection' }).click();
    await formResult.locator('p.alert.error').waitFor({ timeout: 20_000 });
    const failure = await formResult.innerText();
    expect(failure).toContain(`http://127.0.0.1:${port}/v1/models`);
    expect(failure).toMatch(/no HTTP answer.*ECONNREFUSED/s);

    await page.fill('#add-baseUrl', full.model.url);
    await page.getByRole('button', { name: 'Save endpoint' }).click();
    const card = page.locator('li.endpoint[data-endpoint="conn-test"]');
    await card.waitFor({ timeout: 15_000 });
    // Saving tests the connection once by itself.
    await card.locator('[data-test-result="ok"]').waitFor({ timeout: 20_000 });
    const before = full.model.requests.length;
    await card.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => full.model.requests.length, { timeout: 20_000 }).toBe(before + 1);
    await card.locator('[data-test-result="ok"]').waitFor({ timeout: 20_000 });
    await expect(card.innerText()).resolves.toMatch(/answered in \d+ ms/);
    expect(errors).toEqual([]);
    await page.context().close();

    const ko = await openPage(browser, full.web.url, { locale: 'ko' });
    await ko.page.goto('/models');
    const koCard = ko.page.locator('li.endpoint[data-endpoint="conn-test"]');
    await koCard.waitFor({ timeout: 30_000 });
    await koCard.getByRole('button', { name: '연결 테스트' }).click();
    await koCard.locator('[data-test-result="ok"]').waitFor({ timeout: 20_000 });
    await expect(koCard.innerText()).resolves.toContain('응답했습니다');
    expect(ko.errors).toEqual([]);
    await ko.page.context().close();
  }, 180_000);
});
