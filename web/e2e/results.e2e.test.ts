/**
 * Browser tests of reading results (issue #13): the per-question browser of a finished task — the item × model
 * matrix, its filters kept in the URL across a reload, the item view and the JSONL/CSV export.
 * A task is run through the real stack (server, worker, an OpenAI-compatible test model that answers every item
 * correctly, and baseline/random), then read in Chromium.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@benchhub/core/leaderboard';
import { correctAnswer, createEndpoint, createTask, waitUntil } from '../../server/test/support/scenario';
import { startOpenAiTestServer } from '../../worker/src/testing/openai-test-server';
import { fillEvaluation, launchChromium, openPage, submitEvaluation, VIEWPORTS, hasHorizontalOverflow } from './browser';
import { SEED_LEADERBOARD, WEB_DIR, startFullStack, type FullStack } from './fullstack';

const SCREENSHOTS = path.join(WEB_DIR, 'screenshots');

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
  mkdirSync(SCREENSHOTS, { recursive: true });
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
    await page.screenshot({ path: path.join(SCREENSHOTS, 'samples-desktop.png') });
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
    await page.setViewportSize(VIEWPORTS.mobile);
    await page.reload();
    await page.waitForSelector('table.matrix tr.item-row');
    expect(await hasHorizontalOverflow(page), 'the matrix scrolls inside its frame at 375 px').toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'samples-mobile.png'), fullPage: true });
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

describe('task report', () => {
  it('opens a printable report from the task page and downloads Markdown, HTML, LaTeX and BibTeX', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto(`/tasks/${taskId}`);
    await page.getByTestId('report-link').click();
    await page.waitForURL(`**/tasks/${taskId}/report`);
    const report = page.getByTestId('report');
    await report.locator('article.report').waitFor();
    const text = await report.innerText();
    for (const heading of ['Goal and plan', 'Methods', 'Ranking', 'Tied groups', 'Pairwise tests', 'Per subject', 'Reproducibility manifest', 'Citation']) {
      expect(text).toContain(heading);
    }
    expect(await report.locator('table.ranking tbody tr').count()).toBe(2);
    expect(await report.locator('svg.chart circle').count()).toBe(2);
    expect(text).toContain('No citation on file');
    expect(text).toContain('@misc{kim2025benchhub');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-desktop.png'), fullPage: true });
    // Printing shows the report without the app's header and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const files: Record<string, string> = {};
    for (const ext of ['md', 'html', 'tex', 'bib']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-download="${ext}"]`).click()]);
      expect(download.suggestedFilename()).toBe(`benchhub-${taskId}-report.${ext}`);
      files[ext] = readFileSync((await download.path())!, 'utf8');
    }
    expect(files.md).toContain('## Reproducibility manifest');
    expect(files.html).toMatch(/^<!doctype html>/);
    expect(files.tex).toContain('\\begin{tabular}');
    expect(files.bib!.startsWith('@misc{kim2025benchhub')).toBe(true);
    await page.setViewportSize(VIEWPORTS.mobile);
    await page.reload();
    await report.locator('article.report').waitFor();
    expect(await hasHorizontalOverflow(page), 'the report fits 375 px').toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('honest plan preview', () => {
  it('counts the whole plan before submit, shows the shortfall and the qualifiers not applied, and keeps the rationale', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await fillEvaluation(page, { query: 'Which model is best at high-school math? 900 questions', models: [RANDOM] });
    await page.selectOption('#plan-problem', 'MCQA');
    const chip = page.locator('li.chip[data-subject="Science/Math"] [data-count]');
    await chip.waitFor();
    const language = (await page.inputValue('#plan-language')) === 'KOREAN' ? 'Korean' : 'English';
    const whole = await full.stack.db.benchmarkItem.count({
      where: { language, problemType: 'MCQA', subjects: { some: { subject: 'Science/Math' } }, dataset: { supersededAt: null } },
    });
    const anyType = await full.stack.db.benchmarkItem.count({ where: { language, subjects: { some: { subject: 'Science/Math' } }, dataset: { supersededAt: null } } });
    expect(whole).toBeLessThan(anyType);
    await page.waitForFunction((n) => document.querySelector('li.chip[data-subject="Science/Math"] [data-count]')?.getAttribute('data-count') === String(n), whole);
    const shortfall = await page.getByTestId('plan-shortfall').innerText();
    expect(shortfall).toContain(`Only ${whole} questions match the whole plan: ${900 - whole} short of the 900 asked for`);
    expect(await page.getByTestId('plan-notes').innerText()).toMatch(/“high-school”: the taxonomy has no school level/);
    // Fewer than available: no shortfall, the count of what will be drawn.
    await page.fill('#plan-sample-size', '10');
    await page.getByTestId('plan-matching').waitFor();
    expect(await page.getByTestId('plan-matching').innerText()).toBe(`${whole} questions match the whole plan; 10 will be drawn.`);
    // Submitted after an edit: the task keeps a rationale that says so, and shows the notes.
    const taskId = await submitEvaluation(page);
    const stored = await full.stack.db.evaluationTask.findUniqueOrThrow({ where: { id: taskId } });
    const storedPlan = stored.plan as { rationale: string; notes: { code: string }[] };
    expect(storedPlan.rationale).toMatch(/^Edited by the user before submitting\. The planner had suggested: .+/);
    expect(storedPlan.notes.map((n) => n.code)).toContain('SCHOOL_LEVEL_NOT_APPLIED');
    await page.getByTestId('plan-notes').waitFor();
    expect(await page.getByTestId('plan-rationale').innerText()).toBe(storedPlan.rationale);
    // In Korean the notes are Korean.
    await page.getByRole('button', { name: '한국어' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="plan-notes"]')?.textContent?.includes('학년 구분이 없어'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('tasks list and active time', () => {
  it('lists the winner, its accuracy and n; filters by status', async () => {
    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto('/tasks');
    const row = page.locator('table.tasks tbody tr', { has: page.locator(`a[href="/tasks/${taskId}"]`) });
    await row.waitFor();
    expect(await row.getByTestId('task-winner').innerText()).toBe(GOOD);
    expect(await row.getByTestId('task-accuracy').innerText()).toBe('100.0%');
    expect(await row.getByTestId('task-n').innerText()).toBe(String(SIZE));
    await page.selectOption('#task-status', 'FAILED');
    await page.waitForFunction((id) => !document.querySelector(`a[href="/tasks/${id}"]`), taskId);
    await page.selectOption('#task-status', 'SUCCEEDED');
    await row.waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('counts only running time across hold and resume, and the notice says what the badge says', async () => {
    // A slow model (250 ms an answer, one at a time): the task runs long enough to be held.
    const slow = await startOpenAiTestServer((request) => correctAnswer(request.messages.map((m) => m.content).join('\n')), { latencyMs: 250 });
    try {
      await createEndpoint(full.stack, 'e2e-slow', slow.url, { concurrency: 1 });
      const { id } = await createTask(full.stack, ['e2e-slow'], 30, 5);
      const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
      await page.goto(`/tasks/${id}`);
      await waitUntil(() => full.stack.db.evaluationTask.findUniqueOrThrow({ where: { id } }), (t) => t.status === 'RUNNING', 'the task to run', 30_000);
      await page.getByRole('button', { name: /Hold/ }).waitFor({ timeout: 30_000 });
      const wallStart = Date.now();
      await page.getByRole('button', { name: /Hold/ }).click();
      await page.waitForFunction(() => document.querySelector('header.task-head [data-status]')?.getAttribute('data-status') === 'HELD');
      await page.waitForTimeout(5000); // held: this time must not count
      await page.getByRole('button', { name: /Resume/ }).click();
      // The notice follows the badge (Pending, then Running), never a stale status: read both in one go, repeatedly.
      const agree = () =>
        page.evaluate(() => {
          const badge = document.querySelector<HTMLElement>('header.task-head [data-status]');
          const notice = document.querySelector<HTMLElement>('[data-testid="control-notice"]');
          const label = badge?.innerText.split('\n').pop()?.trim() ?? '';
          return { status: badge?.getAttribute('data-status') ?? '', label, notice: notice?.innerText ?? null };
        });
      // Until the worker runs it again: a deadline, not a count of samples (on a loaded machine the resume's round
      // trip and the worker's pick-up take seconds). Each distinct state is kept, in order, for the failure message.
      const seen: { status: string; label: string; notice: string | null; ms: number }[] = [];
      const resumedAt = Date.now();
      while (Date.now() - resumedAt < 30_000) {
        const now = { ...(await agree()), ms: Date.now() - resumedAt };
        const last = seen.at(-1);
        if (!last || last.status !== now.status || last.notice !== now.notice) seen.push(now);
        if (now.notice !== null) expect(now.notice, JSON.stringify(now)).toContain(now.label);
        if (now.status === 'RUNNING' && now.notice !== null) break;
        await page.waitForTimeout(100);
      }
      expect(seen.some((s) => s.status === 'RUNNING' && s.notice?.includes('Running')), JSON.stringify(seen)).toBe(true);
      await waitUntil(() => full.stack.db.evaluationTask.findUniqueOrThrow({ where: { id } }), (t) => t.status === 'SUCCEEDED', 'the resumed task to finish', 60_000);
      const task = await full.stack.db.evaluationTask.findUniqueOrThrow({ where: { id } });
      // Wall time from the first start to the end; the task was held for 5 s of it.
      const wall = (task.finishedAt!.getTime() - task.firstStartedAt!.getTime()) / 1000;
      expect(Date.now() - wallStart).toBeGreaterThan(5000);
      const answer = await full.stack.gql<{ task: { activeSeconds: number; startedAt: string } }>('query ($id: ID!) { task(id: $id) { activeSeconds startedAt } }', { id });
      const active = answer.data!.task.activeSeconds;
      expect(active).toBeGreaterThan(30 * 0.25 * 0.8);
      expect(active, `active ${active} s of ${wall} s wall`).toBeLessThan(wall - 4);
      expect(task.activeMs).toBeGreaterThan(0);
      expect(answer.data!.task.startedAt).toBe(task.firstStartedAt!.toISOString());
      // The page shows the same duration after a reload.
      await page.reload();
      await page.waitForSelector('table.ranking');
      const shown = await page.locator('.facts div', { hasText: 'Duration' }).locator('dd').innerText();
      expect(shown).not.toBe('—');
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await slow.close();
    }
  });
});

/**
 * The expected pivot order, computed here from the stored cells (not by the server's ranking code): per model over
 * every English cell, Σcorrect / Σn when every cell has n, else the plain mean of cell scores; high to low, then by
 * coverage (cells / cells any model has), then by name.
 */
async function expectedOrder(language: string) {
  const cells = await full.stack.db.leaderboardEntry.findMany({ where: { language, quarantined: false } });
  const keys = new Set(cells.map((c) => `${c.subject}|${c.taskType}`));
  const byModel = new Map<string, typeof cells>();
  for (const cell of cells) byModel.set(cell.modelName, [...(byModel.get(cell.modelName) ?? []), cell]);
  const rows = [...byModel].map(([model, list]) => {
    const known = list.every((c) => c.n !== null);
    const score = known
      ? list.reduce((sum, c) => sum + Math.round(c.score * c.n!), 0) / list.reduce((sum, c) => sum + c.n!, 0)
      : list.reduce((sum, c) => sum + c.score, 0) / list.length;
    return { model, score, coverage: list.length / keys.size, known };
  });
  return rows.sort((a, b) => b.score - a.score || b.coverage - a.coverage || (a.model < b.model ? -1 : 1));
}

const pivotModels = (page: import('playwright-core').Page) =>
  page.locator('table.pivot tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-model') ?? ''));
const columnScores = (page: import('playwright-core').Page, column: string) =>
  page.locator(`table.pivot tbody td[data-column="${column}"]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-score') ?? ''));

describe.skipIf(!existsSync(SEED_LEADERBOARD))('leaderboard pivot with the seed leaderboard imported', () => {
  it('is the default view: models ranked by score, unknown-n models untested without letters, sortable, expandable, kept across a reload', async () => {
    const imported = await full.stack.gql<{ importLeaderboard: { __typename: string } }>(
      'mutation ($path: String!) { importLeaderboard(path: $path) { __typename ... on BaseError { message } } }',
      { path: SEED_LEADERBOARD },
    );
    expect(imported.data?.importLeaderboard.__typename, JSON.stringify(imported)).toBe('MutationImportLeaderboardSuccess');
    const expected = await expectedOrder('English');
    expect(expected.length).toBeGreaterThan(10);

    const { page, errors } = await openPage(browser, full.web.url, { locale: 'en' });
    await page.goto('/leaderboard');
    await page.waitForSelector('table.pivot tbody tr', { timeout: 30_000 });
    expect(await pivotModels(page)).toEqual(expected.map((row) => row.model));
    const ranks = await page.locator('table.pivot tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-rank'))));
    expect(new Set(ranks).size, 'never "all rank 1"').toBeGreaterThan(expected.length / 2);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pivot-desktop.png'), fullPage: true });
    // Unknown-n models are marked untested and carry no group letters.
    const seedModel = expected.find((row) => !row.known)!.model;
    const seedRow = page.locator(`table.pivot tbody tr[data-model="${seedModel}"]`);
    expect(await seedRow.getAttribute('data-untested')).toBe('true');
    expect(await seedRow.locator('.letters').count()).toBe(0);
    expect(await seedRow.locator('td[data-column="overall"]').getAttribute('title')).toMatch(/untested: n unknown/);
    expect(await page.getByTestId('untested-note').isVisible()).toBe(true);
    // A live model (n known) shows n and the interval in its tooltip.
    const live = page.locator(`table.pivot tbody tr[data-model="${GOOD}"] td[data-column="overall"]`);
    expect(await live.getAttribute('title')).toMatch(/\[\d+\.\d–\d+\.\d%\], n = \d+/);

    // Sort by a subject column: high to low, models without a score in it last; then low to high.
    await page.click('th[data-subject="Science"] button.sort');
    await page.waitForURL(/sort=Science&dir=desc/);
    const desc = (await columnScores(page, 'Science')).filter(Boolean).map(Number);
    expect(desc.length).toBeGreaterThan(2);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await page.click('th[data-subject="Science"] button.sort');
    await page.waitForURL(/dir=asc/);
    const asc = (await columnScores(page, 'Science')).filter(Boolean).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    // Expand Science into its fine subjects; a reload keeps the sort and the expansion (URL).
    await page.click('th[data-subject="Science"] button.expand');
    await page.waitForSelector('th.subject-col.fine[data-subject^="Science/"]');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pivot-expanded-desktop.png'), fullPage: true });
    const fineCount = await page.locator('th.subject-col.fine').count();
    expect(fineCount).toBeGreaterThan(1);
    await page.reload();
    await page.waitForSelector('th.subject-col.fine[data-subject^="Science/"]');
    expect(await page.locator('th.subject-col.fine').count()).toBe(fineCount);
    expect((await columnScores(page, 'Science')).filter(Boolean).map(Number)).toEqual(asc);

    // Filters: Korean and a task type change the rows; the cell list is the second tab.
    // Back to rank order (the Rank header), then Korean.
    await page.click('th button.sort[data-sort="rank"]');
    await page.waitForURL((url) => !url.search.includes('sort='));
    expect(await pivotModels(page)).toEqual(expected.map((row) => row.model));
    await page.selectOption('#lb-language', 'KOREAN');
    await page.waitForURL(/language=KOREAN/);
    const korean = await expectedOrder('Korean');
    await page.waitForFunction((first) => document.querySelector('table.pivot tbody tr')?.getAttribute('data-model') === first, korean[0]!.model);
    expect(await pivotModels(page)).toEqual(korean.map((row) => row.model));
    await page.selectOption('#lb-task-type', 'VALUE_ALIGNMENT');
    await page.waitForURL(/taskType=VALUE_ALIGNMENT/);
    await page.getByRole('link', { name: 'All cells' }).click();
    await page.waitForSelector('table.leaderboard tr.entry');
    await page.setViewportSize(VIEWPORTS.mobile);
    await page.goto('/leaderboard');
    await page.waitForSelector('table.pivot tbody tr');
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          if (el.getBoundingClientRect().right <= document.documentElement.clientWidth + 1) return false;
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== 'visible') return false;
          }
          return true;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
        .slice(0, 8),
    );
    expect(await hasHorizontalOverflow(page), `the table scrolls inside its frame at 375 px; too wide: ${wide.join(', ')}`).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
