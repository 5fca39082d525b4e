import { createHash } from 'node:crypto';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@benchhub/db';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import type { GraphQLContext } from '../graphql/context';
import { schema } from '../graphql/schema';
import { appVersionOf, buildReportData, parseReportFormat, renderReport } from './report.service';

let temp: TempDatabase;
let db: PrismaClient;
let taskId: string;
let itemIds: string[];

beforeAll(async () => {
  temp = await createTempDatabase('benchhub-report-');
  db = temp.db;
  const items = await db.benchmarkItem.findMany({ where: { language: 'English', problemType: 'MCQA' }, orderBy: { id: 'asc' }, take: 6, select: { id: true } });
  itemIds = items.map((i) => i.id);
  // Two items from MMLU, two from KMMLU (as BenchHub rows name them), two left as the synthetic sample.
  await db.benchmarkItem.updateMany({ where: { id: { in: itemIds.slice(0, 2) } }, data: { benchmarkName: 'cais/mmlu' } });
  await db.benchmarkItem.updateMany({ where: { id: { in: itemIds.slice(2, 4) } }, data: { benchmarkName: 'HAERAE-HUB/KMMLU' } });
  const endpoint = await db.modelEndpoint.create({
    data: {
      name: 'gpt_x',
      kind: 'OPENAI_COMPATIBLE',
      baseUrl: 'http://127.0.0.1:9/v1',
      modelId: 'gpt-x-2026',
      params: { temperature: 0, maxTokens: 256, extraHeaderNames: ['X-Secret-Team'], extraHeadersCiphertext: 'v2:abc' },
    },
  });
  const random = await db.modelEndpoint.findUniqueOrThrow({ where: { name: 'baseline/random' } });
  const summary = (accuracy: number, low: number, high: number) => ({
    n: 6, correct: Math.round(accuracy * 6), accuracy, ci: { low, high }, unparsedRate: 0, ambiguousRate: 0, chanceAccuracy: 0.25, errorCount: 0,
    latencyP50Ms: 100, latencyP95Ms: 200, tokensIn: 600, tokensOut: 60, estimatedCost: null, bySubject: { 'Science/Math': { correct: 3, n: 4, accuracy: 0.75, ci: { low: 0.3, high: 0.95 } } }, byTaskType: {},
  });
  const task = await db.evaluationTask.create({
    data: {
      query: 'Which model is best at high-school math?',
      status: 'SUCCEEDED',
      itemIds,
      datasetVersion: 'dv1',
      promptVersion: 'pv1',
      startedAt: new Date('2026-11-30T08:00:00Z'),
      finishedAt: new Date('2026-11-30T08:00:12Z'),
      plan: {
        language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 6, seed: 11, externalToolUsage: false,
        rationale: 'Math questions in English.', notes: [{ code: 'SCHOOL_LEVEL_NOT_APPLIED', words: 'high-school', subjects: [], message: '"high-school" was not applied.' }],
        confidence: 0.9, source: 'RULES', sampling: { requested: 10, available: 6, shortfall: 4, perSubject: {} },
      },
      result: {
        alpha: 0.05,
        method: 'Accuracy with 95% Wilson intervals; exact McNemar tests on shared items, Holm-adjusted.',
        models: [{ modelName: 'gpt_x', rank: 1, letters: 'a' }, { modelName: 'baseline/random', rank: 1, letters: 'a' }],
        pairwise: [{ modelA: 'gpt_x', modelB: 'baseline/random', sharedItems: 6, onlyACorrect: 3, onlyBCorrect: 1, pValue: 0.625, adjustedP: 0.625, significant: false }],
        tiedGroups: [['gpt_x', 'baseline/random']],
      },
      runs: {
        create: [
          { modelEndpointId: random.id, modelName: 'baseline/random', status: 'SUCCEEDED', summary: summary(0.33, 0.1, 0.7) },
          { modelEndpointId: endpoint.id, modelName: 'gpt_x', status: 'SUCCEEDED', summary: summary(0.67, 0.3, 0.9) },
        ],
      },
    },
  });
  taskId = task.id;
}, 60_000);

afterAll(async () => {
  await temp?.close();
});

describe('task report data', () => {
  it('cites the source benchmarks of the items used and lists the unknown ones', async () => {
    const data = await buildReportData(db, taskId);
    expect(data.citations.cited.map((c) => [c.entry.dataset, c.items])).toEqual([
      ['KMMLU', 2],
      ['MMLU', 2],
    ]);
    expect(data.citations.uncited).toEqual([{ name: 'BenchHub-Plus Synthetic Sample', items: 2 }]);
  });

  it('keeps the result order, the plan notes and shortfall, and a manifest that identifies the run', async () => {
    const data = await buildReportData(db, taskId, new Date('2026-11-30T09:00:00Z'));
    expect(data.models.map((m) => [m.name, m.rank, m.letters, m.accuracy])).toEqual([
      ['gpt_x', 1, 'a', 0.67],
      ['baseline/random', 1, 'a', 0.33],
    ]);
    expect(data.plan.notes).toEqual(['"high-school" was not applied.']);
    expect(data.sampling).toEqual({ requested: 10, available: 6, shortfall: 4 });
    expect(data.manifest).toMatchObject({
      datasetVersion: 'dv1',
      promptVersion: 'pv1',
      seed: 11,
      itemCount: 6,
      itemIdsSha256: createHash('sha256').update(itemIds.join('\n')).digest('hex'),
      appVersion: appVersionOf(),
      generatedAt: '2026-11-30T09:00:00.000Z',
    });
    expect(appVersionOf()).toMatch(/^\d+\.\d+\.\d+/);
    expect(data.manifest.datasets.map((d) => d.name)).toEqual(['BenchHub-Plus Synthetic Sample']);
    // The endpoint's model id and generation parameters, never its header names or sealed values.
    expect(data.models[0]!.endpoint).toEqual({ kind: 'OPENAI_COMPATIBLE', modelId: 'gpt-x-2026', params: { temperature: 0, maxTokens: 256 } });
    const md = renderReport(data, 'md');
    expect(md).not.toMatch(/X-Secret-Team|v2:abc/);
    expect(md).toContain('**No citation on file** for: BenchHub-Plus Synthetic Sample (2 items)');
  });

  it('renders every format over GraphQL, as the CLI does, and refuses unknown formats', async () => {
    const result = await graphql({
      schema,
      source: `query ($id: ID!) { task(id: $id) { md: report(format: MARKDOWN) html: report(format: HTML) tex: report(format: LATEX) bib: report(format: BIBTEX) citations { benchmarkName items citationKey } } }`,
      variableValues: { id: taskId },
      contextValue: { db, viewer: { id: 'u1', email: 'viewer@example.test', name: 'Viewer', role: 'VIEWER', via: 'token' } } as unknown as GraphQLContext,
    });
    expect(result.errors).toBeUndefined();
    const task = (result.data as { task: { md: string; html: string; tex: string; bib: string; citations: unknown[] } }).task;
    expect(task.md).toContain('# BenchHub Plus report: Which model is best at high-school math?');
    expect(task.html).toMatch(/^<!doctype html>/);
    expect(task.tex).toContain('\\begin{tabular}');
    expect(task.bib.startsWith('@misc{kim2025benchhub')).toBe(true);
    expect(task.citations).toEqual([
      { benchmarkName: 'HAERAE-HUB/KMMLU', items: 2, citationKey: expect.any(String) },
      { benchmarkName: 'cais/mmlu', items: 2, citationKey: expect.any(String) },
      { benchmarkName: 'BenchHub-Plus Synthetic Sample', items: 2, citationKey: null },
    ]);
    expect(parseReportFormat('markdown')).toBe('md');
    expect(() => parseReportFormat('pdf')).toThrow(/md, html, latex or bibtex/);
    await expect(buildReportData(db, 'missing')).rejects.toThrow(/No task with id missing/);
  });
});
