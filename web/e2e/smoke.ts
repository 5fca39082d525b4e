/**
 * Smoke test of the web app against a running stack: `WEB_URL=http://localhost:5173 npm run test:e2e -w web`.
 * Runs an evaluation of the two baselines through the UI at 375 px and 1280 px, checks the live task page and the
 * final ranking, and that no page overflows horizontally. Screenshots go to web/test-results/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { VIEWPORTS, fillEvaluation, hasHorizontalOverflow, launchChromium, openPage, runCards, submitEvaluation, waitForRanking } from './browser';

const baseUrl = process.env.WEB_URL ?? 'http://localhost:5173';
const outDir = fileURLToPath(new URL('../test-results/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const browser = await launchChromium();
try {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const { page, errors } = await openPage(browser, baseUrl, { viewport, locale: name === 'mobile' ? 'ko' : 'en' });
    await fillEvaluation(page, { query: '한국 역사 문제를 잘 푸는 모델', models: ['baseline/random', 'baseline/majority'], sampleSize: 20 });
    assert.equal(await hasHorizontalOverflow(page), false, `${name}: evaluate page overflows`);
    const taskId = await submitEvaluation(page);
    const cards = await runCards(page);
    assert.deepEqual(cards.map((c) => c.model).sort(), ['baseline/majority', 'baseline/random']);
    const ranking = await waitForRanking(page);
    assert.equal(ranking.length, 2);
    assert.equal(await hasHorizontalOverflow(page), false, `${name}: task page overflows`);
    await page.screenshot({ path: `${outDir}/task-${name}.png`, fullPage: true });

    // Reloading shows the same state from the database.
    await page.reload();
    assert.deepEqual(await waitForRanking(page, 20_000), ranking);

    // The task is listed in the history.
    await page.goto('/tasks');
    await page.waitForSelector(`a[href="/tasks/${taskId}"]`);
    for (const path of ['/models', '/system']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      assert.equal(await hasHorizontalOverflow(page), false, `${name}: ${path} overflows`);
      await page.screenshot({ path: `${outDir}${path.slice(1)}-${name}.png`, fullPage: true });
    }
    assert.deepEqual(errors, [], `${name}: page errors`);
    await page.context().close();
    console.log(`✓ ${name}: task ${taskId} ranked ${ranking.join(' > ')}`);
  }
} finally {
  await browser.close();
}
