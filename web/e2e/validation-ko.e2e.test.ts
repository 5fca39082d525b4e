/**
 * Field-level validation in Korean (#13 item 7): bad input the browser lets through is refused by the server with a
 * code per field, and the Korean UI says each message in Korean at its field (no English server text) — endpoint
 * form, invite form, a refused plan field by field, and a leaderboard row's refused quarantine.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillEvaluation, launchChromium, openPage } from './browser';
import { SEED_LEADERBOARD, startFullStack, type FullStack } from './fullstack';

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

/** English words left in a Korean message, outside quoted values and the words Korean writes as they are. */
const hasLatinWords = (text: string) => /[A-Za-z]{2,}/.test(text.replace(/"[^"]*"/g, '').replace(/\b(https?|URL)\b/g, ''));

describe('server validation in the Korean UI', () => {
  it('says each invalid field of the Models endpoint form in Korean, and saves nothing', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'ko' });
    await page.goto('/models');
    await page.getByRole('button', { name: /엔드포인트 추가/ }).click({ timeout: 90_000 });
    await page.fill('#add-name', 'baseline/mine');
    await page.fill('#add-baseUrl', 'ftp://models.example');
    await page.fill('#add-modelId', 'm');
    await page.fill('#add-temperature', '3');
    await page.locator('form.endpoint-form button[type="submit"]').click();
    const baseUrl = page.locator('#add-baseUrl-error');
    await baseUrl.waitFor({ timeout: 20_000 });
    await expect(baseUrl.innerText()).resolves.toBe('기본 URL은 http 또는 https 주소여야 합니다.');
    await expect(page.locator('#add-name-error').innerText()).resolves.toBe('"baseline/"(으)로 시작하는 이름은 기본 제공 기준선 전용입니다.');
    await expect(page.locator('#add-temperature-error').innerText()).resolves.toBe('0에서 2 사이여야 합니다.');
    for (const text of await page.locator('form.endpoint-form .error-text, form.endpoint-form .alert').allInnerTexts()) expect(hasLatinWords(text), text).toBe(false);
    const listed = await full.stack.gql<{ modelEndpoints: { name: string }[] }>('{ modelEndpoints { name } }');
    expect(listed.data?.modelEndpoints.map((e) => e.name)).not.toContain('baseline/mine');
    expect(errors).toEqual([]);
  }, 180_000);

  it('says a name the server refuses on the invite form in Korean, and invites nobody', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'ko' });
    await page.goto('/users');
    await page.getByRole('button', { name: /사용자 초대/ }).click({ timeout: 90_000 });
    await page.locator('#invite-email').waitFor({ timeout: 15_000 });
    await page.fill('#invite-email', 'too-long@lab.test');
    await page.fill('#invite-name', 'n'.repeat(201));
    await page.locator('form.invite button[type="submit"]').click();
    const name = page.locator('#invite-name-error');
    await name.waitFor({ timeout: 20_000 });
    await expect(name.innerText()).resolves.toBe('최대 200자입니다.');
    const users = await full.stack.gql<{ users: { email: string }[] }>('{ users { email } }');
    expect(users.data?.users.map((u) => u.email)).not.toContain('too-long@lab.test');
    expect(errors).toEqual([]);
  }, 120_000);

  it('says each field of a plan the server refuses in Korean, by name, and starts no task', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'ko' });
    const tasksBefore = await full.stack.gql<{ tasks: { totalCount: number } }>('{ tasks { totalCount } }');
    await fillEvaluation(page, { query: '수학 문제 10개', models: ['baseline/random'] });
    // The plan editor only offers valid values: the plan is spoiled on its way, as an outdated client or a script
    // could send it, so the server's own validation is what answers.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: { plan?: Record<string, unknown> } } } | null;
      if (body?.operationName !== 'CreateEvaluation' || !body.variables?.input?.plan) return route.continue();
      body.variables.input.plan = { ...body.variables.input.plan, subjects: ['Astrology'], sampleSize: 0 };
      return route.continue({ postData: JSON.stringify(body) });
    });
    await page.focus('#query');
    await page.keyboard.press('Control+Enter');
    const refusal = page.locator('p.alert.error', { hasText: '표본 크기' });
    await refusal.waitFor({ timeout: 20_000 });
    const text = await refusal.innerText();
    expect(text).toContain('주제: 알 수 없는 과목 "Astrology".');
    expect(text).toContain('표본 크기: 1에서 10000 사이의 정수여야 합니다.');
    expect(text).not.toContain('계획이 올바르지 않습니다');
    expect(hasLatinWords(text), text).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/');
    const tasksAfter = await full.stack.gql<{ tasks: { totalCount: number } }>('{ tasks { totalCount } }');
    expect(tasksAfter.data?.tasks.totalCount).toBe(tasksBefore.data?.tasks.totalCount);
    expect(errors).toEqual([]);
  }, 120_000);

  it.skipIf(!existsSync(SEED_LEADERBOARD))('says a quarantine the server refuses in Korean on the cell row (the cell was deleted meanwhile)', async () => {
    const imported = await full.stack.gql<{ importLeaderboard: { __typename: string } }>(
      'mutation ($path: String!) { importLeaderboard(path: $path) { __typename } }',
      { path: SEED_LEADERBOARD },
    );
    expect(imported.data?.importLeaderboard.__typename, JSON.stringify(imported)).toBe('MutationImportLeaderboardSuccess');
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'ko' });
    await page.goto('/leaderboard/cells');
    const row = page.locator('table.leaderboard tr.entry').first();
    await row.waitFor({ timeout: 30_000 });
    const id = (await row.getAttribute('data-entry-id'))!;
    const deleted = await full.stack.gql<{ deleteLeaderboardEntry: { __typename: string } }>('mutation ($id: ID!) { deleteLeaderboardEntry(id: $id) { __typename } }', { id });
    expect(deleted.data?.deleteLeaderboardEntry.__typename).toBe('MutationDeleteLeaderboardEntrySuccess');
    await row.locator('button[data-action="quarantine"]').click();
    const refusal = page.locator(`[id="q-error-${id}"]`);
    await refusal.waitFor({ timeout: 20_000 });
    await expect(refusal.innerText()).resolves.toBe('이 리더보드 셀은 더 이상 없습니다(그사이 삭제됨?). 목록을 새로 고치세요.');
    expect(errors).toEqual([]);
  }, 120_000);
});
