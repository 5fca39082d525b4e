import { afterEach, describe, expect, it } from 'vitest';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import type { EvaluationPlan } from '@benchhub/core/planner';
import { generateSampleBenchmark, itemId, SAMPLE_BENCHMARK_NAME } from '@benchhub/core/sample';
import { findCandidateItems, type PrismaClient } from '@benchhub/db';
import { createMigratedTestDatabase } from '@benchhub/db/testing/database';
import { listCategories } from './category.service';
import { datasetVersionOf, installDataset, replaceDataset } from './dataset.service';
import { installSampleBenchmark } from './setup.service';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A migrated database without the bundled sample: the state an earlier release left behind is built on it. */
async function emptyDatabase(): Promise<PrismaClient> {
  const database = await createMigratedTestDatabase('benchhub-dataset-');
  cleanups.push(() => database.close());
  return database.db;
}

const plan = (overrides: Partial<EvaluationPlan> = {}): EvaluationPlan =>
  ({ language: 'English', subjects: [], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100, seed: 1, externalToolUsage: false, ...overrides }) as EvaluationPlan;

const SAMPLE_META = { name: SAMPLE_BENCHMARK_NAME, source: 'test', synthetic: true };

/**
 * A stand-in for the previous release of the pack: the same questions, but every item says version 1
 * and carries no match mode, English MCQA items list their options in another order (so their ids
 * differ), and one question appears twice with different options (the duplicate v2 removed).
 */
function previousRelease(current: BenchmarkItem[]): BenchmarkItem[] {
  const v1 = current.map((item) => {
    const info = JSON.parse(item.additionalInfo ?? '{}') as Record<string, string>;
    delete info.match;
    info.source = 'synthetic-v1';
    const old = { ...item, additionalInfo: JSON.stringify(info) };
    if (item.problemType !== 'MCQA' || item.language !== 'English' || !item.options) return old;
    const options = [...item.options.slice(1), item.options[0]!];
    const gold = item.options['ABCD'.indexOf(item.answer)]!;
    return { ...old, options, answer: 'ABCD'[options.indexOf(gold)]!, id: itemId(item.language, item.problemType, item.prompt, options) };
  });
  const coin = v1.find((i) => i.problemType === 'MCQA' && i.language === 'English')!;
  const twin = { ...coin, options: [...coin.options!].reverse(), answer: 'ABCD'[3 - 'ABCD'.indexOf(coin.answer)]! };
  return [...v1, { ...twin, id: itemId(twin.language, twin.problemType, twin.prompt, twin.options) }];
}

describe('replaceDataset', () => {
  const item = (id: string, info: string): BenchmarkItem => ({
    ...generateSampleBenchmark()[0]!,
    id,
    prompt: `question ${id}`,
    additionalInfo: info,
  });

  it('writes a new version, rewrites changed items, supersedes the earlier version, and is idempotent', async () => {
    const db = await emptyDatabase();
    const meta = { name: 'Pack', source: 'test', synthetic: true };
    const v1 = [item('a', '{"v":1}'), item('b', '{"v":0}'), item('c', '{"v":1}')];
    const first = await replaceDataset(db, meta, v1);
    expect(first).toMatchObject({ created: true, itemsAdded: 3, itemsUpdated: 0, supersededVersions: [] });

    const v2 = [item('a', '{"v":2}'), item('b', '{"v":0}'), item('d', '{"v":2}')];
    const second = await replaceDataset(db, meta, v2);
    expect(second).toMatchObject({ created: true, itemsAdded: 1, itemsAlreadyPresent: 2, itemsUpdated: 1, supersededVersions: [first.datasetVersion] });
    const rows = await db.benchmarkItem.findMany({ include: { dataset: true }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.id, r.additionalInfo, r.dataset.version])).toEqual([
      ['a', '{"v":2}', second.datasetVersion],
      ['b', '{"v":0}', second.datasetVersion],
      ['c', '{"v":1}', first.datasetVersion], // kept for the tasks that used it
      ['d', '{"v":2}', second.datasetVersion],
    ]);
    const candidates = await findCandidateItems(db, plan({ language: v1[0]!.language, problemType: v1[0]!.problemType }));
    expect(candidates.map((c) => c.id).sort()).toEqual(['a', 'b', 'd']);
    expect(new Set(candidates.map((c) => c.datasetVersion))).toEqual(new Set([second.datasetVersion]));

    expect(await replaceDataset(db, meta, v2)).toMatchObject({ created: false, itemsAdded: 0, itemsUpdated: 0, supersededVersions: [] });
    // An older checkout installing the replaced version changes nothing.
    expect(await replaceDataset(db, meta, v1)).toMatchObject({ created: false, supersededVersions: [] });
    expect((await db.dataset.findUnique({ where: { version: second.datasetVersion } }))?.supersededAt).toBeNull();
  });
});

describe('installing the bundled sample over an earlier release', () => {
  it('replaces it: only the new version is sampled and counted, changed items carry their new match modes', async () => {
    const db = await emptyDatabase();
    const current = generateSampleBenchmark();
    const old = previousRelease(current);
    await installDataset(db, SAMPLE_META, old); // what the earlier release's setup did

    const started = performance.now();
    const report = await installSampleBenchmark(db);
    console.info(`sample upgrade: ${report.itemsAdded} added, ${report.itemsUpdated} updated in ${Math.round(performance.now() - started)} ms`);
    expect(report.created).toBe(true);
    expect(report.supersededVersions).toEqual([datasetVersionOf(old)]);
    expect(report.itemsUpdated).toBeGreaterThan(0);

    // Every question is offered once, from the new version only.
    const english = await findCandidateItems(db, plan());
    const currentEnglish = current.filter((i) => i.language === 'English' && i.problemType === 'MCQA');
    expect(english.map((c) => c.id).sort()).toEqual(currentEnglish.map((i) => i.id).sort());
    expect(new Set(english.map((c) => c.datasetVersion))).toEqual(new Set([report.datasetVersion]));

    // Items the earlier release stored under the same id now carry the new content (the code items' match mode).
    const code = current.filter((i) => JSON.parse(i.additionalInfo ?? '{}').match === 'exact');
    const stored = await db.benchmarkItem.findMany({ where: { id: { in: code.map((i) => i.id) } } });
    expect(stored).toHaveLength(code.length);
    expect(stored.every((row) => JSON.parse(row.additionalInfo ?? '{}').match === 'exact')).toBe(true);

    // Category counts are those of the new version; the old rows stay stored.
    const categories = await listCategories(db);
    const total = categories.reduce((sum, c) => sum + c.fines.reduce((s, f) => s + f.itemCount, 0), 0);
    expect(total).toBe(current.length);
    expect(await db.benchmarkItem.count()).toBeGreaterThan(current.length);

    // Setup again: nothing changes.
    expect(await installSampleBenchmark(db)).toMatchObject({ created: false, itemsAdded: 0, supersededVersions: [] });
  }, 60_000);
});
