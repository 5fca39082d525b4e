/**
 * Accounts in the browser, on a stack started without any user: the first visit can only create the administrator,
 * who is then signed in; sign-out and sign-in (wrong password, then right, back to the page asked for); API tokens
 * created and revoked on their page (the revoked token is refused by /graphql); a viewer sees no Evaluate submit;
 * the Users page (invite with a one-time password, role, disable); the audit log on the System page; ownership of
 * endpoints and tasks; Korean sign-in page.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, hasHorizontalOverflow, launchChromium, openPage } from './browser';
import { startFullStack, type FullStack } from './fullstack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}

const ADMIN = { email: 'first-admin@lab.test', name: 'First Admin', password: 'first-admin-password-42' };

let full: FullStack;
let browser: Browser;

/** GraphQL through the web origin with an API token, as a script would call it. */
async function gqlWithToken(token: string, query: string): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${full.web.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.fill('#signin-email', email);
  await page.fill('#signin-password', password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

beforeAll(async () => {
  full = await startFullStack({ users: false });
  browser = await launchChromium();
  // Warm up vite (first compile) so the scenarios do not race a reload.
  const { page } = await openPage(browser, full.web.url, { anonymous: true });
  await page.goto('/');
  await page.waitForSelector('main h1', { timeout: 90_000 });
  await page.context().close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await full?.stop();
}, 60_000);

describe('accounts in the browser', () => {
  it('first run: every page leads to "create the administrator"; creating it signs in', async () => {
    const anonymous = await full.stack.anonymousGql<{ me: unknown }>('{ me { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', anonymous: true });
    await page.goto('/tasks');
    await page.waitForURL(/\/setup$/, { timeout: 15_000 });
    await expect(page.locator('main h1').innerText()).resolves.toBe('Create the administrator');
    // No navigation to the rest of the app yet.
    expect(await page.locator('nav a[href="/tasks"]').count()).toBe(0);

    // Client-side checks name the field.
    await page.fill('#setup-email', ADMIN.email);
    await page.fill('#setup-name', ADMIN.name);
    await page.fill('#setup-password', ADMIN.password);
    await page.fill('#setup-confirm', 'something else');
    await page.getByRole('button', { name: /Create the administrator and sign in/ }).click();
    await expect(page.locator('#setup-confirm-error').innerText()).resolves.toContain('differ');
    const count = await full.stack.db.user.count();
    expect(count).toBe(0);

    await page.fill('#setup-confirm', ADMIN.password);
    await page.getByRole('button', { name: /Create the administrator and sign in/ }).click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: 20_000 });
    await page.locator('[data-testid="user-menu"]').waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-testid="user-menu"]').getAttribute('data-role')).resolves.toBe('ADMIN');
    expect(await page.locator('nav a[href="/tasks"]').count()).toBe(1);

    const admin = await full.stack.db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
    expect(admin.role.toUpperCase()).toBe('ADMIN');

    // The setup page is gone: signed in it leads home, anonymous to sign-in; the mutation is closed.
    await page.goto('/setup');
    await page.waitForURL((url) => url.pathname === '/', { timeout: 15_000 });
    const again = await full.stack.anonymousGql<{ createFirstAdmin: { __typename: string } }>(
      'mutation { createFirstAdmin(input: { email: "late@lab.test", name: "Late", password: "late-password-123" }) { __typename } }',
    );
    expect(again.data?.createFirstAdmin.__typename === 'MutationCreateFirstAdminSuccess').toBe(false);
    expect(await full.stack.db.user.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();

    const other = await openPage(browser, full.web.url, { locale: 'en', anonymous: true });
    await other.page.goto('/setup');
    await other.page.waitForURL(/\/signin$/, { timeout: 15_000 });
    await other.page.context().close();
  });

  it('signs out from the user menu, and signs in again back to the page asked for', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', as: ADMIN });
    await page.goto('/leaderboard');
    await page.getByRole('button', { name: /Account: First Admin/ }).click();
    await expect(page.locator('[data-testid="user-email"]').innerText()).resolves.toBe(ADMIN.email);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signin$/, { timeout: 15_000 });
    expect(await page.locator('[data-testid="user-menu"]').count()).toBe(0);

    // The session is over: a page asked for now leads to sign-in and remembers itself.
    await page.goto('/models');
    await page.waitForURL(/\/signin\?redirectTo=%2Fmodels$/, { timeout: 15_000 });
    // No OIDC configured on this stack: no button.
    expect(await page.locator('[data-testid="oidc-button"]').count()).toBe(0);

    await signInThroughForm(page, ADMIN.email, 'not-the-password');
    await expect(page.locator('[data-testid="signin-error"]').innerText()).resolves.toBe('Wrong email or password.');
    expect(new URL(page.url()).pathname).toBe('/signin');

    await signInThroughForm(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/models', { timeout: 15_000 });
    await page.locator('[data-testid="user-menu"]').waitFor();
    await page.waitForSelector('main h1');
    expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a session that ends while a page is open sends the next request to sign-in, saying why', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', as: ADMIN });
    await page.goto('/leaderboard');
    await page.locator('[data-testid="user-menu"]').waitFor({ timeout: 15_000 });
    // The session ends behind the page's back (as when it expires or an admin disables the account).
    const origin = new URL(full.web.url).origin;
    const ended = await page.context().request.post(`${origin}/api/auth/sign-out`, { data: {}, headers: { origin } });
    expect(ended.ok()).toBe(true);
    // Client-side navigation: the page's next query is refused as UNAUTHENTICATED.
    await page.locator('nav a[href="/tasks"]').click();
    await page.waitForURL(/\/signin\?redirectTo=%2Ftasks/, { timeout: 15_000 });
    await expect(page.locator('.alert.warn').innerText()).resolves.toBe('Your session ended. Sign in again to continue.');
    await signInThroughForm(page, ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/tasks', { timeout: 15_000 });
    expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it('creates an API token shown once, lists it, and revokes it: /graphql then refuses it', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', as: ADMIN });
    await page.goto('/tokens');
    await page.waitForSelector('main h1');
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.locator('#token-name-error').innerText()).resolves.toBe('Required.');

    await page.fill('#token-name', 'e2e script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.locator('[data-testid="new-token"] input');
    await shown.waitFor({ timeout: 15_000 });
    const token = await shown.inputValue();
    expect(token).toMatch(/^bhp_/);

    const row = page.locator('tr[data-token="e2e script"]');
    await row.waitFor();
    await expect(row.getAttribute('data-revoked')).resolves.toBe('false');
    // The list shows only the prefix, never the token.
    expect(await row.innerText()).not.toContain(token);

    const ok = await gqlWithToken(token, '{ me { email role } }');
    expect(ok.body.data).toEqual({ me: { email: ADMIN.email, role: 'ADMIN' } });

    // Shown once: after "stored it" (or a reload) it is gone from the page.
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(token);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Confirm revoke' }).click();
    await page.waitForSelector('tr[data-token="e2e script"][data-revoked="true"]', { timeout: 15_000 });

    const refused = await gqlWithToken(token, '{ me { email } }');
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.status === 401 || refused.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED').toBe(true);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a viewer reads the Evaluate page but gets no submit button', async () => {
    const viewer = await full.stack.createUser('viewer');
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', as: viewer });
    await page.goto('/');
    await page.locator('[data-testid="user-menu"]').waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-testid="user-menu"]').getAttribute('data-role')).resolves.toBe('VIEWER');
    await page.locator('[data-testid="viewer-evaluate"]').waitFor();
    expect(await page.getByRole('button', { name: 'Start evaluation' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Add an endpoint/ }).count()).toBe(0);
    // The server is the authority: the viewer's own token cannot start an evaluation either.
    const refused = await gqlWithToken(viewer.token, 'mutation { createEvaluation(input: { query: "math", models: ["baseline/random"] }) { __typename } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin invites a user with a one-time password, changes the role and disables the account', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', as: ADMIN });
    await page.goto('/');
    await page.getByRole('button', { name: /Account: First Admin/ }).click();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForURL(/\/users$/);
    await page.locator(`tr[data-user="${ADMIN.email}"]`).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: /Invite a user/ }).click();
    await page.fill('#invite-email', 'invited@lab.test');
    await page.fill('#invite-name', 'Invited Member');
    await page.selectOption('#invite-role', 'MEMBER');
    await page.getByRole('button', { name: 'Create the account' }).click();
    const secret = page.locator('[data-testid="initial-password"] input');
    await secret.waitFor({ timeout: 15_000 });
    const initialPassword = await secret.inputValue();
    expect(initialPassword.length).toBeGreaterThanOrEqual(8);
    const row = page.locator('tr[data-user="invited@lab.test"]');
    await row.waitFor();
    await expect(row.getAttribute('data-role')).resolves.toBe('MEMBER');

    // Personal quotas: a bad value is refused at the field, a good one is saved and shown as used / limit.
    await row.getByRole('button', { name: 'Change quotas' }).click();
    await row.getByLabel('Live items per day').fill('-3');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByText('Use a whole number (0 or more), or leave empty.').waitFor();
    await row.getByLabel('Live items per day').fill('100');
    await row.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => document.querySelector('tr[data-user="invited@lab.test"] [data-testid="quotas"]')?.textContent?.includes('0 / 100 items today*'), undefined, {
      timeout: 15_000,
    });
    const stored = await full.stack.db.user.findUniqueOrThrow({ where: { email: 'invited@lab.test' } });
    expect(stored.quotaItemsPerDay).toBe(100);

    // The invited member signs in with the one-time password and has no Users page.
    const member = await openPage(browser, full.web.url, { locale: 'en', anonymous: true });
    await member.page.goto('/signin');
    await signInThroughForm(member.page, 'invited@lab.test', initialPassword);
    await member.page.waitForURL((url) => url.pathname === '/', { timeout: 15_000 });
    await member.page.getByRole('button', { name: /Account: Invited Member/ }).click();
    expect(await member.page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await member.page.goto('/users');
    await expect(member.page.locator('[data-testid="forbidden"]').innerText()).resolves.toContain('Member');
    const refused = await full.stack.gql('{ users { id } }', undefined, { token: (await full.stack.createUser('member')).token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Role change, then disable: the member's next request is refused and the page goes to sign-in.
    await row.getByRole('combobox').selectOption('VIEWER');
    await page.waitForSelector('tr[data-user="invited@lab.test"][data-role="VIEWER"]', { timeout: 15_000 });
    await row.getByRole('button', { name: 'Disable' }).click();
    await page.waitForSelector('tr[data-user="invited@lab.test"][data-disabled="true"]', { timeout: 15_000 });
    await member.page.goto('/tasks');
    await member.page.waitForURL(/\/signin/, { timeout: 15_000 });
    await signInThroughForm(member.page, 'invited@lab.test', initialPassword);
    await member.page.locator('[data-testid="signin-error"]').waitFor({ timeout: 15_000 });
    expect(new URL(member.page.url()).pathname).toBe('/signin');
    await member.page.context().close();

    // The last admin cannot be demoted: the server refuses and the select shows the kept role.
    const own = page.locator(`tr[data-user="${ADMIN.email}"]`);
    await own.getByRole('combobox').selectOption('MEMBER');
    await own.locator('p.error-text').waitFor({ timeout: 15_000 });
    await expect(own.getByRole('combobox').inputValue()).resolves.toBe('ADMIN');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the audit log on the System page to admins only, filtered by action', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', as: ADMIN });
    await page.goto('/system');
    const log = page.locator('[data-testid="audit-log"]');
    await log.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const actions = await log.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toContain('user.create');
    expect(new Set(actions).size).toBeGreaterThan(1);

    await page.fill('#audit-action', 'user.create');
    await log.getByRole('button', { name: 'Filter' }).click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="audit-log"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-action') === 'user.create');
    }, undefined, { timeout: 15_000 });
    await expect(log.locator('tr[data-action="user.create"]').first().innerText()).resolves.toContain(ADMIN.email);

    await page.fill('#audit-action', 'no.such.action');
    await log.getByRole('button', { name: 'Filter' }).click();
    await expect(log.getByText('No events with action "no.such.action".').innerText()).resolves.toBeTruthy();
    expect(errors).toEqual([]);
    await page.context().close();

    const member = await full.stack.createUser('member');
    const other = await openPage(browser, full.web.url, { locale: 'en', as: member });
    await other.page.goto('/system');
    await other.page.waitForSelector('main h1');
    await other.page.locator('.grid').waitFor({ timeout: 15_000 });
    expect(await other.page.locator('[data-testid="audit-log"]').count()).toBe(0);
    await other.page.context().close();
  });

  it('shows ownership: a member shares an endpoint, another member sees it shared and read-only; tasks show their owner', async () => {
    const owner = await full.stack.createUser('member');
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en', as: owner });
    await page.goto('/models');
    await page.getByRole('button', { name: /Add an endpoint/ }).click();
    await page.fill('#add-name', 'team-model');
    await page.fill('#add-baseUrl', full.model.url);
    await page.fill('#add-modelId', 'test-model');
    await page.check('#add-shared');
    await page.getByRole('button', { name: 'Save endpoint' }).click();
    const card = page.locator('li.endpoint[data-endpoint="team-model"]');
    await card.waitFor({ timeout: 15_000 });
    await expect(card.locator('[data-testid="owner"] .badge').first().innerText()).resolves.toContain('you');
    await expect(card.locator('[data-shared]').getAttribute('data-shared')).resolves.toBe('true');
    expect(await card.getByRole('button', { name: 'Edit' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();

    const colleague = await full.stack.createUser('member');
    const seen = await openPage(browser, full.web.url, { locale: 'en', as: colleague });
    await seen.page.goto('/models');
    const shared = seen.page.locator('li.endpoint[data-endpoint="team-model"]');
    await shared.waitFor({ timeout: 15_000 });
    await expect(shared.locator('[data-testid="owner"]').getAttribute('data-owner')).resolves.toBe(owner.email);
    expect(await shared.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await shared.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await expect(shared.innerText()).resolves.toContain('Only its owner or an administrator may change this endpoint.');
    await seen.page.context().close();

    // A task started by the owner (through its API token) shows its owner in the admin's task list.
    const created = await full.stack.gql<{ createEvaluation: { __typename: string; data?: { id: string } } }>(
      'mutation { createEvaluation(input: { query: "Which model is best at high-school math?", models: ["baseline/random"] }) { __typename ... on MutationCreateEvaluationSuccess { data { id } } } }',
      undefined,
      { token: owner.token },
    );
    const taskId = created.data?.createEvaluation.data?.id;
    expect(taskId, JSON.stringify(created)).toBeTruthy();
    const admin = await openPage(browser, full.web.url, { locale: 'en', as: ADMIN });
    await admin.page.goto('/tasks');
    const cell = admin.page.locator(`tr:has(a[href="/tasks/${taskId}"]) td.owner`);
    await cell.waitFor({ timeout: 15_000 });
    await expect(cell.getAttribute('data-owner')).resolves.toBe(owner.email);
    await admin.page.goto(`/tasks/${taskId}`);
    await expect(admin.page.locator('[data-testid="owner"]').getAttribute('data-owner')).resolves.toBe(owner.email);
    await admin.page.context().close();
  });

  it('account pages fit a 375 px screen without horizontal scrolling', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'ko', as: ADMIN, viewport: VIEWPORTS.mobile });
    for (const route of ['/tokens', '/users', '/system']) {
      await page.goto(route);
      await page.locator('main table').first().waitFor({ timeout: 15_000 });
      expect(await hasHorizontalOverflow(page), route).toBe(false);
    }
    await page.getByRole('button', { name: /계정/ }).click();
    expect(await hasHorizontalOverflow(page), 'user menu').toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
    const anonymous = await openPage(browser, full.web.url, { locale: 'en', anonymous: true, viewport: VIEWPORTS.mobile });
    await anonymous.page.goto('/signin');
    await anonymous.page.locator('#signin-email').waitFor();
    expect(await hasHorizontalOverflow(anonymous.page), '/signin').toBe(false);
    await anonymous.page.context().close();
  });

  it('speaks Korean on the sign-in page', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'ko', anonymous: true });
    await page.goto('/');
    await page.waitForURL(/\/signin$/, { timeout: 15_000 });
    await expect(page.locator('main h1').innerText()).resolves.toBe('로그인');
    await expect(page.locator('label[for="signin-password"]').innerText()).resolves.toBe('비밀번호');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
