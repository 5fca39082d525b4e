/**
 * Browser tests of reading results (issue #13): the per-question browser of a finished task — the item × model
 * matrix, its filters kept in the URL across a reload, the item view and the JSONL/CSV export.
 * A task is run through the real stack (server, worker, an OpenAI-compatible test model that answers every item
 * correctly, and baseline/random), then read in Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@benchhub/core/leaderboard';
import { createEndpoint, createTask, waitUntil } from '../../server/test/support/scenario';
import { launchChromium, openPage, VIEWPORTS, hasHorizontalOverflow } from './browser';
import { startFullStack, type FullStack } from './fullstack';

const GOOD = 'e2e-oracle';
const RANDOM = 'baseline/random';
const SIZE = 24;

let full: FullStack;
let browser: Browser;
let taskId: string;
let itemIds: string[];
/** Item ids where baseline/random was not correct (the oracle always is): exactly the items where the two disagree. */
let randomMissed: string[];

beforeAll(async () => {
  full = await startFullStack({ modelLatencyMs: 5 });
  browser = await launchChromium();
  await createEndpoint(full.stack, GOOD, full.model.url);
  ({ id: taskId, itemIds } = await createTask(full.stack, [GOOD, RANDOM], SIZE));
  await waitUntil(
    () => full.stack.db.evaluationTask.findUniqueOrThrow({ where: { id: taskId } }),
    (task) => task.status === 'SUCCEEDED',
    'the task to finish',
    120_000,
  );
  const samples = await full.stack.db.experimentSample.findMany({ where: { taskId }, include: { run: { select: { modelName: true } } } });
  randomMissed = itemIds.filter((id) => samples.some((s) => s.itemId === id && s.run.modelName === RANDOM && s.status !== 'correct'));
  // Warm up vite on the pages under test.
  const { page } = await openPage(browser, full.web.url);
  await page.goto(`/tasks/${taskId}/samples`);
  await page.waitForSelector('main h1', { timeout: 90_000 });
  await page.context().close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await full?.stop();
}, 60_000);

const rowIds = (page: import('playwright-core').Page) =>
  page.locator('table.matrix tr.item-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item') ?? ''));

describe('per-question browser', () => {
  it('shows one row per item and one column per model, from stored samples, also after a reload', async () => {
    expect(randomMissed.length).toBeGreaterThan(0);
    expect(randomMissed.length).toBeLessThan(SIZE);
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto(`/tasks/${taskId}`);
    await page.getByTestId('samples-link').click();
    await page.waitForURL(`**/tasks/${taskId}/samples`);
    await page.waitForSelector('table.matrix tr.item-row');
    expect(await rowIds(page)).toEqual(itemIds);
    const headers = await page.locator('table.matrix thead th.model-col').allInnerTexts();
    expect(headers).toEqual([GOOD, RANDOM].sort());
    const oracle = await page.locator(`td.cell[data-model="${GOOD}"]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-outcome')));
    expect(oracle).toEqual(itemIds.map(() => 'correct'));
    const random = await page.locator(`td.cell[data-model="${RANDOM}"]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-outcome')));
    expect(random.filter((o) => o !== 'correct')).toHaveLength(randomMissed.length);

    // "Only items where models disagree": exactly the items random got wrong; the filter is in the URL.
    await page.check('#samples-disagree');
    await page.waitForURL(/disagree=1/);
    await page.waitForFunction((n) => document.querySelectorAll('table.matrix tr.item-row').length === n, randomMissed.length);
    expect(await rowIds(page)).toEqual(randomMissed);
    await page.reload();
    await page.waitForSelector('table.matrix tr.item-row');
    expect(await rowIds(page)).toEqual(randomMissed);
    expect(await page.isChecked('#samples-disagree')).toBe(true);

    // Model + outcome filter: random's incorrect answers (the count line says how many match).
    await page.uncheck('#samples-disagree');
    await page.check(`[data-filter-model="${RANDOM}"]`);
    await page.selectOption('#samples-outcome', 'correct');
    await page.waitForURL(/outcome=correct/);
    await page.waitForFunction((n) => document.querySelectorAll('table.matrix tr.item-row').length === n, SIZE - randomMissed.length);
    expect(await page.locator('table.matrix thead th.model-col').allInnerTexts()).toEqual([RANDOM]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens an item: question, options, gold, each model’s prompt as sent, raw output, extracted answer and status', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    const itemId = randomMissed[0]!;
    await page.goto(`/tasks/${taskId}/samples?disagree=1`);
    await page.locator(`tr.item-row[data-item="${itemId}"] td.question a`).click();
    await page.waitForURL(`**/samples/${itemId}?disagree=1`);
    await page.waitForSelector('article.answer');
    const item = await full.stack.db.benchmarkItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(await page.getByTestId('item-prompt').innerText()).toBe(item.prompt);
    expect(await page.getByTestId('item-gold').innerText()).toBe(item.answer);
    const oracle = page.locator(`article.answer[data-model="${GOOD}"]`);
    expect(await oracle.getAttribute('data-outcome')).toBe('correct');
    const stored = await full.stack.db.experimentSample.findFirstOrThrow({ where: { taskId, itemId, run: { modelName: GOOD } } });
    expect(await oracle.getByTestId('raw-output').innerText()).toBe(stored.rawOutput);
    expect(await oracle.getByTestId('extracted').innerText()).toBe(stored.extracted);
    await oracle.locator('summary').click();
    expect(await oracle.getByTestId('prompt-sent').innerText()).toBe(stored.renderedPrompt);
    expect(await page.locator(`article.answer[data-model="${RANDOM}"]`).getAttribute('data-outcome')).not.toBe('correct');
    // Back keeps the filter.
    await page.getByRole('link', { name: /Back to the per-question results/ }).click();
    await page.waitForURL(/samples\?disagree=1$/);
    await page.setViewportSize(VIEWPORTS.mobile);
    await page.goto(`/tasks/${taskId}/samples/${itemId}`);
    await page.waitForSelector('article.answer');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the filtered samples as CSV and JSONL from the page', async () => {
    const { page } = await openPage(browser, full.web.url, { locale: 'ko' });
    await page.goto(`/tasks/${taskId}/samples?model=${encodeURIComponent(RANDOM)}&disagree=0`);
    await page.waitForSelector('table.matrix tr.item-row');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 내보내기' }).click()]);
    expect(csv.suggestedFilename()).toBe(`benchhub-${taskId}-samples-filtered.csv`);
    const records = parseCsvRecords(readFileSync((await csv.path())!, 'utf8'), { formulaEscaped: true });
    expect(records.map((r) => r.item_id)).toEqual(itemIds);
    expect(new Set(records.map((r) => r.model))).toEqual(new Set([RANDOM]));
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSONL 내보내기' }).click()]);
    const rows = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { status: string; item_id: string });
    expect(rows.map((r) => r.item_id)).toEqual(itemIds);
    expect(rows.filter((r) => r.status !== 'correct').map((r) => r.item_id)).toEqual(randomMissed);
    await page.context().close();
  });
});
