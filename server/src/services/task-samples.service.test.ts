import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@benchhub/core/leaderboard';
import type { PrismaClient } from '@benchhub/db';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import type { GraphQLContext } from '../graphql/context';
import { schema } from '../graphql/schema';
import { ValidationError } from '../errors';
import {
  disagrees,
  exportSampleRows,
  filterItems,
  filterSampleIds,
  formatSampleExport,
  loadSamples,
  loadTaskSamplesIndex,
  parseExportFormat,
  sampleCost,
} from './task-samples.service';

let temp: TempDatabase;
let db: PrismaClient;
let taskId: string;
let items: { id: string; prompt: string; subjects: string[]; problemType: string }[];

/**
 * A finished task on six items of the bundled sample: model "alpha" (priced) and "beta" (a baseline).
 * Outcomes per item (alpha / beta):
 *   0 correct "A"  / correct "A"        agree
 *   1 correct "B"  / incorrect "C"      disagree
 *   2 unparsed     / unparsed           agree (both unreadable)
 *   3 ambiguous    / incorrect "D"      disagree
 *   4 error        / correct "A"        no disagreement (an error is no answer)
 *   5 incorrect "C"/ incorrect "D"      disagree (different wrong answers)
 */
const PLAN: [string, string][] = [
  ['correct|A', 'correct|A'],
  ['correct|B', 'incorrect|C'],
  ['unparsed|', 'unparsed|'],
  ['ambiguous|', 'incorrect|D'],
  ['error|', 'correct|A'],
  ['incorrect|C', 'incorrect|D'],
];

beforeAll(async () => {
  temp = await createTempDatabase('benchhub-samples-');
  db = temp.db;
  const rows = await db.benchmarkItem.findMany({
    where: { language: 'English', problemType: 'MCQA' },
    orderBy: { id: 'asc' },
    take: 6,
    select: { id: true, prompt: true, problemType: true, subjects: { select: { subject: true } } },
  });
  items = rows.map((row) => ({ id: row.id, prompt: row.prompt, problemType: row.problemType, subjects: row.subjects.map((s) => s.subject) }));
  const alpha = await db.modelEndpoint.create({
    data: { name: 'alpha', kind: 'OPENAI_COMPATIBLE', baseUrl: 'http://127.0.0.1:9/v1', modelId: 'alpha-1', params: {}, inputPricePerMTok: 2, outputPricePerMTok: 10 },
  });
  const beta = await db.modelEndpoint.findUniqueOrThrow({ where: { name: 'baseline/random' } });
  const task = await db.evaluationTask.create({
    data: {
      query: 'samples test',
      plan: {},
      status: 'SUCCEEDED',
      itemIds: items.map((item) => item.id),
      runs: {
        create: [
          { modelEndpointId: alpha.id, modelName: 'alpha', status: 'SUCCEEDED' },
          { modelEndpointId: beta.id, modelName: 'baseline/random', status: 'SUCCEEDED' },
        ],
      },
    },
    include: { runs: true },
  });
  taskId = task.id;
  const run = (name: string) => task.runs.find((r) => r.modelName === name)!;
  const data = items.flatMap((item, i) =>
    (['alpha', 'baseline/random'] as const).map((model, m) => {
      const [status, extracted] = PLAN[i]![m]!.split('|') as [string, string];
      return {
        runId: run(model).id,
        taskId,
        itemId: item.id,
        renderedPrompt: `PROMPT ${i} for ${model}: ${item.prompt}`,
        rawOutput: status === 'error' ? null : `The answer is ${extracted || 'unclear, maybe B or C'}, "quoted", line\nbreak`,
        extracted: extracted || null,
        status,
        correct: status === 'correct' ? true : status === 'error' ? null : false,
        latencyMs: 100 + i,
        tokensIn: model === 'alpha' ? 1000 : null,
        tokensOut: model === 'alpha' ? 100 : null,
        error: status === 'error' ? 'HTTP 500 from http://127.0.0.1:9/v1/chat/completions' : null,
        promptVersion: 'p1',
        datasetVersion: 'd1',
      };
    }),
  );
  await db.experimentSample.createMany({ data });
}, 60_000);

afterAll(async () => {
  await temp?.close();
});

const positions = (list: { position: number }[]) => list.map((item) => item.position);

describe('task samples index and filters', () => {
  it('keeps the task order and every model per item', async () => {
    const index = await loadTaskSamplesIndex(db, taskId);
    expect(index.items.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect(index.runs.map((run) => run.modelName)).toEqual(['alpha', 'baseline/random']);
    expect(index.items[0]!.options?.length).toBeGreaterThanOrEqual(2);
    expect(index.items[0]!.subjects.length).toBeGreaterThan(0);
  });

  it('finds the items where the models disagree (different answers or scoring; errors are no answer)', async () => {
    const index = await loadTaskSamplesIndex(db, taskId);
    expect(positions(filterItems(index, { disagreeOnly: true }))).toEqual([2, 4, 6]);
    // With one model chosen there is nobody to disagree with.
    expect(filterItems(index, { disagreeOnly: true, models: ['alpha'] })).toEqual([]);
    expect(disagrees(undefined, ['x'])).toBe(false);
  });

  it('filters by model and outcome, subject, problem type and text', async () => {
    const index = await loadTaskSamplesIndex(db, taskId);
    expect(positions(filterItems(index, { outcomes: ['incorrect'] }))).toEqual([2, 4, 6]);
    expect(positions(filterItems(index, { outcomes: ['incorrect'], models: ['alpha'] }))).toEqual([6]);
    expect(positions(filterItems(index, { outcomes: ['unparsed', 'ambiguous'], models: ['alpha'] }))).toEqual([3, 4]);
    expect(positions(filterItems(index, { outcomes: ['error'] }))).toEqual([5]);
    const subject = items[2]!.subjects[0]!;
    const coarse = subject.split('/')[0]!;
    const withSubject = items.flatMap((item, i) => (item.subjects.includes(subject) ? [i + 1] : []));
    expect(positions(filterItems(index, { subject }))).toEqual(withSubject);
    expect(positions(filterItems(index, { subject: coarse })).length).toBeGreaterThanOrEqual(withSubject.length);
    expect(filterItems(index, { problemType: 'Binary' })).toEqual([]);
    const word = items[3]!.prompt.split(/\s+/).find((w) => w.length > 6)!.toUpperCase();
    expect(positions(filterItems(index, { search: word }))).toContain(4);
    expect(positions(filterItems(index, { search: items[0]!.id }))).toEqual([1]);
  });

  it('lists samples per item in model order, only with the chosen outcome', async () => {
    const index = await loadTaskSamplesIndex(db, taskId);
    const samples = await loadSamples(db, index, filterSampleIds(index, { outcomes: ['incorrect'] }));
    expect(samples.map((s) => [s.itemId, s.modelName, s.extracted])).toEqual([
      [items[1]!.id, 'baseline/random', 'C'],
      [items[3]!.id, 'baseline/random', 'D'],
      [items[5]!.id, 'alpha', 'C'],
      [items[5]!.id, 'baseline/random', 'D'],
    ]);
  });

  it('refuses a model that is not in the task and an unknown outcome, naming them', async () => {
    const index = await loadTaskSamplesIndex(db, taskId);
    expect(() => filterItems(index, { models: ['gamma'] })).toThrow(ValidationError);
    expect(() => filterItems(index, { models: ['gamma'] })).toThrow(/gamma.*alpha, baseline\/random/);
    expect(() => filterItems(index, { outcomes: ['wrong'] })).toThrow(/wrong/);
    await expect(loadTaskSamplesIndex(db, 'no-such-task')).rejects.toThrow(/no-such-task/);
    expect(() => parseExportFormat('xml')).toThrow(/jsonl or csv/);
  });

  it('prices a sample from the endpoint prices, and only when the tokens are known', () => {
    expect(sampleCost({ inputPricePerMTok: 2, outputPricePerMTok: 10 }, 1000, 100)).toBeCloseTo(0.003, 12);
    expect(sampleCost({ inputPricePerMTok: 2, outputPricePerMTok: 10 }, null, 100)).toBeNull();
    expect(sampleCost({ inputPricePerMTok: null, outputPricePerMTok: null }, 1000, 100)).toBeNull();
    expect(sampleCost({ inputPricePerMTok: null, outputPricePerMTok: 10 }, null, 100)).toBeCloseTo(0.001, 12);
  });
});

describe('sample export', () => {
  it('writes JSONL and CSV with the same rows; the CSV reads back field for field', async () => {
    const rows = await exportSampleRows(db, taskId, { models: ['alpha'] });
    expect(rows).toHaveLength(6);
    const jsonl = formatSampleExport(rows, 'jsonl').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(jsonl.map((row) => row.status)).toEqual(['correct', 'correct', 'unparsed', 'ambiguous', 'error', 'incorrect']);
    expect(jsonl[0]!.cost_usd).toBeCloseTo(0.003, 12);
    const records = parseCsvRecords(formatSampleExport(rows, 'csv'), { formulaEscaped: true });
    expect(records).toHaveLength(6);
    expect(records[1]!.raw_output).toBe(rows[1]!.raw_output);
    expect(records[1]!.raw_output).toContain('"quoted", line\nbreak');
    expect(JSON.parse(records[0]!.options!)).toEqual(rows[0]!.options);
    expect(records[4]!.error).toContain('HTTP 500');
    expect(records.map((r) => r.gold)).toEqual(rows.map((r) => r.gold));
  });

  it('escapes model output a spreadsheet would run as a formula (the shared CSV writer), reversibly', async () => {
    const [row] = await exportSampleRows(db, taskId, { models: ['alpha'] });
    const hostile = { ...row!, raw_output: '=HYPERLINK("http://evil.example","click")', extracted: '-2+3' };
    const csv = formatSampleExport([hostile], 'csv');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'-2+3"`);
    expect(csv).toMatch(/,0\.003,/); // numbers stay numbers
    const [back] = parseCsvRecords(csv, { formulaEscaped: true });
    expect(back!.raw_output).toBe(hostile.raw_output);
    expect(back!.extracted).toBe('-2+3');
  });
});

describe('GraphQL: Task.items / samples / item / samplesExport', () => {
  const run = async (source: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql({ schema, source, variableValues: { id: taskId, ...variables }, contextValue: { db, viewer: { id: 'u1', email: 'viewer@example.test', name: 'Viewer', role: 'VIEWER', via: 'token' } } as unknown as GraphQLContext });
    expect(result.errors).toBeUndefined();
    return result.data as { task: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('pages the matrix by cursor and gives each item every model’s answer', async () => {
    const PAGE = `query ($id: ID!, $after: String, $filter: SampleFilter) { task(id: $id) { items(first: 4, after: $after, filter: $filter) {
      ... on EvaluationTaskItemsSuccess { data { totalCount pageInfo { hasNextPage endCursor } edges { node { position disagree answer samples { modelName status extracted costUsd } } } } }
      ... on ValidationError { message } } } }`;
    const first = (await run(PAGE)).task.items.data;
    expect(first.totalCount).toBe(6);
    expect(first.edges.map((e: { node: { position: number } }) => e.node.position)).toEqual([1, 2, 3, 4]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges[1].node.samples).toEqual([
      { modelName: 'alpha', status: 'CORRECT', extracted: 'B', costUsd: 0.003 },
      { modelName: 'baseline/random', status: 'INCORRECT', extracted: 'C', costUsd: null },
    ]);
    const second = (await run(PAGE, { after: first.pageInfo.endCursor })).task.items.data;
    expect(second.edges.map((e: { node: { position: number } }) => e.node.position)).toEqual([5, 6]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const disagreeing = (await run(PAGE, { filter: { disagreeOnly: true } })).task.items.data;
    expect(disagreeing.edges.map((e: { node: { disagree: boolean; position: number } }) => [e.node.position, e.node.disagree])).toEqual([
      [2, true],
      [4, true],
      [6, true],
    ]);
  });

  it('answers a bad filter with a ValidationError value', async () => {
    const data = await run(`query ($id: ID!) { task(id: $id) { items(filter: { models: ["gamma"] }) { ... on ValidationError { message issues { path } } } } }`);
    expect(data.task.items.message).toMatch(/gamma/);
    expect(data.task.items.issues).toEqual([{ path: 'models' }]);
  });

  it('lists samples with a cursor, shows one item in full, and exports the same rows the CLI writes', async () => {
    const samples = (
      await run(`query ($id: ID!) { task(id: $id) { samples(first: 3, filter: { outcomes: [INCORRECT, UNPARSED] }) {
        ... on EvaluationTaskSamplesSuccess { data { totalCount edges { cursor node { itemId modelName status } } } } } } }`)
    ).task.samples.data;
    expect(samples.totalCount).toBe(6);
    expect(samples.edges).toHaveLength(3);
    const item = (
      await run(`query ($id: ID!, $item: ID!) { task(id: $id) { item(id: $item) { position context prompt options answer subjects benchmarkName
        samples { modelName renderedPrompt rawOutput status extracted latencyMs tokensIn tokensOut costUsd error } } } }`, { item: items[4]!.id })
    ).task.item;
    expect(item.position).toBe(5);
    expect(item.samples.map((s: { modelName: string; status: string }) => [s.modelName, s.status])).toEqual([
      ['alpha', 'ERROR'],
      ['baseline/random', 'CORRECT'],
    ]);
    expect(item.samples[0].renderedPrompt).toContain('PROMPT 4 for alpha');
    expect(item.samples[0].error).toContain('HTTP 500');
    const exported = (
      await run(`query ($id: ID!) { task(id: $id) { samplesExport(format: CSV, filter: { models: ["alpha"] }) { ... on EvaluationTaskSamplesExportSuccess { data } } } }`)
    ).task.samplesExport.data as string;
    expect(exported).toBe(formatSampleExport(await exportSampleRows(db, taskId, { models: ['alpha'] }), 'csv'));
  });
});

describe('GraphQL paging of Task.samples', () => {
  const PAGE = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { task(id: $id) { samples(first: $first, after: $after, last: $last, before: $before) {
    ... on EvaluationTaskSamplesSuccess { data { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }
    ... on ValidationError { message } } } }`;
  const page = async (variables: Record<string, unknown>) => {
    const result = await graphql({ schema, source: PAGE, variableValues: { id: taskId, ...variables }, contextValue: { db, viewer: { id: 'u1', email: 'viewer@example.test', name: 'Viewer', role: 'VIEWER', via: 'token' } } as unknown as GraphQLContext });
    expect(result.errors).toBeUndefined();
    return (result.data as { task: { samples: { data?: any; message?: string } } }).task.samples; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('walks forward and backward over all 12 samples without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data } = await page({ first: 5, after });
      seen.push(...data.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    const { data: tail } = await page({ last: 4, before: seen[10] });
    expect(tail.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(seen.slice(6, 10));
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    expect(tail.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses a cursor that is not in the list and a page larger than 200', async () => {
    expect((await page({ first: 5, after: 'nope' })).message).toMatch(/cursor/);
    expect((await page({ first: 500 })).message).toMatch(/200/);
  });
});
