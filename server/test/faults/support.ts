/** Shared parts of the fault suite (npm run test:faults): tasks, exactly-once checks, figures for RELIABILITY.md. */
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { testDialect } from '@benchhub/db/testing/database';
import type { TestStack } from '../support/stack';

export interface Figure {
  scenario: string;
  held: string;
  figures: Record<string, string | number>;
}

const figures: Figure[] = [];
/** A figure of this scenario; on the PostgreSQL pass the scenario says so. */
export function record(scenario: string, held: string, values: Record<string, string | number>): void {
  const named = testDialect() === 'postgresql' && !scenario.startsWith('PostgreSQL') ? `PostgreSQL: ${scenario}` : scenario;
  figures.push({ scenario: named, held, figures: values });
}

/** Prints this file's figures as RELIABILITY.md rows and appends them (one JSON line each) to a report file. */
export function reportFigures(): void {
  if (figures.length === 0) return;
  const rows = figures.map((f) => `| ${f.scenario} | ${f.held} | ${Object.entries(f.figures).map(([k, v]) => `${k} ${v}`).join('; ')} |`);
  const file = path.join(os.tmpdir(), 'benchhub-faults-report.jsonl');
  for (const figure of figures) appendFileSync(file, `${JSON.stringify({ ...figure, at: new Date().toISOString() })}\n`);
  console.log(['', '| scenario | what held | figures |', '| --- | --- | --- |', ...rows, '', `(appended to ${file})`].join('\n'));
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const CREATE = `mutation ($input: CreateEvaluationInput!) { createEvaluation(input: $input) { __typename ... on MutationCreateEvaluationSuccess { data { id } } ... on BaseError { message } } }`;

/** A live task of `size` English multiple-choice items (any subject) on `models`. */
export async function createLiveTask(stack: TestStack, models: string[], size: number, seed: number): Promise<{ id: string; itemIds: string[]; ms: number }> {
  const started = performance.now();
  const result = await stack.gql<{ createEvaluation: { data?: { id: string }; message?: string } }>(CREATE, {
    input: { query: 'fault suite', models, forceLive: true, forceFresh: true, plan: { language: 'ENGLISH', subjects: [], problemType: 'MCQA', sampleSize: size, seed } },
  });
  const ms = performance.now() - started;
  const id = result.data?.createEvaluation.data?.id;
  if (!id) throw new Error(`createEvaluation failed: ${JSON.stringify(result)}`);
  const task = await stack.db.evaluationTask.findUniqueOrThrow({ where: { id } });
  return { id, itemIds: task.itemIds as string[], ms };
}

/** Every item of the task stored exactly once for each of its runs: 0 lost, 0 duplicated. */
export async function expectExactlyOnce(stack: TestStack, taskId: string, itemIds: readonly string[]): Promise<{ lost: number; duplicated: number }> {
  const runs = await stack.db.modelRun.findMany({ where: { taskId }, select: { id: true } });
  let lost = 0;
  let duplicated = 0;
  for (const run of runs) {
    const rows = await stack.db.experimentSample.groupBy({ by: ['itemId'], where: { runId: run.id }, _count: true });
    const counts = new Map(rows.map((row) => [row.itemId, row._count]));
    lost += itemIds.filter((item) => !counts.has(item)).length;
    duplicated += rows.filter((row) => row._count > 1).length;
  }
  expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
  return { lost, duplicated };
}

export const task = (stack: TestStack, id: string) => stack.db.evaluationTask.findUniqueOrThrow({ where: { id }, include: { runs: true } });
export const stored = (stack: TestStack, taskId: string) => stack.db.experimentSample.count({ where: { taskId } });
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The worker process whose attempt holds the run (it logged the claim). */
export async function holderOf(stack: TestStack, runId: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const worker = stack.workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null && w.output().includes(runId)).at(-1);
    if (worker) return worker;
    await sleep(50);
  }
  throw new Error(`no worker claimed run ${runId}`);
}
