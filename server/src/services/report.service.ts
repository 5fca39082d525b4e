/**
 * Gathers a task's report (core/src/report): the stored plan, result and run summaries, each model's endpoint
 * (model id and generation parameters — never keys or headers), the datasets and source benchmarks of the sampled
 * items, and a hash of the sampled item ids, then renders it as Markdown, HTML or a LaTeX table.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { citationsFor } from '@benchhub/core/report/citations';
import { reportHtml, reportHtmlFragment, reportMarkdown, resultsLatexTable, type ReportData, type ReportLocale, type ReportModel } from '@benchhub/core/report/report';
import { bibtexOf } from '@benchhub/core/report/citations';
import { notePart, type PlanNote } from '@benchhub/core/planner';
import { REPO_ROOT, type PrismaClient } from '@benchhub/db';
import { NotFoundError, ValidationError } from '../errors';
import type { StoredPlan } from './evaluation.service';

export const REPORT_FORMATS = ['md', 'html', 'html-fragment', 'latex', 'bibtex'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

let appVersion: string | null = null;
/** The version in the repository's package.json (read once). */
export function appVersionOf(): string {
  if (appVersion === null) {
    try {
      appVersion = String((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown');
    } catch {
      appVersion = 'unknown';
    }
  }
  return appVersion;
}

/** Generation parameters worth reporting (no keys, no header values or names). */
const PARAM_KEYS = ['temperature', 'maxTokens', 'timeoutMs', 'maxRetries'] as const;
const reportedParams = (params: unknown) => {
  const source = (params ?? {}) as Record<string, unknown>;
  return Object.fromEntries(PARAM_KEYS.filter((key) => source[key] !== undefined && source[key] !== null).map((key) => [key, source[key]]));
};

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const rec = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** sha256 of the item ids, one per line in task order (what was sampled, checkable against another run). */
export const itemIdsHash = (itemIds: readonly string[]) => createHash('sha256').update(itemIds.join('\n')).digest('hex');

interface StoredModelResult {
  modelName: string;
  rank: number | null;
  letters: string | null;
}

function modelOf(
  run: { modelName: string; source: string; status: string; summary: unknown; modelEndpoint: { kind: string; modelId: string; params: unknown } },
  ranked: StoredModelResult | undefined,
): ReportModel {
  const summary = rec(run.summary);
  const ci = rec(summary.ci);
  const bySubject = Object.fromEntries(
    Object.entries(rec(summary.bySubject)).map(([subject, raw]) => {
      const group = rec(raw);
      const groupCi = rec(group.ci);
      return [subject, { accuracy: num(group.accuracy), n: num(group.n) ?? 0, ciLow: num(groupCi.low), ciHigh: num(groupCi.high) }];
    }),
  );
  return {
    name: run.modelName,
    source: run.source,
    status: run.status,
    rank: ranked?.rank ?? null,
    letters: ranked?.letters ?? null,
    accuracy: num(summary.accuracy),
    ciLow: num(ci.low),
    ciHigh: num(ci.high),
    n: num(summary.n),
    correct: num(summary.correct),
    unparsedRate: num(summary.unparsedRate),
    ambiguousRate: num(summary.ambiguousRate),
    errorCount: num(summary.errorCount),
    latencyP50Ms: num(summary.latencyP50Ms),
    latencyP95Ms: num(summary.latencyP95Ms),
    tokensIn: num(summary.tokensIn),
    tokensOut: num(summary.tokensOut),
    estimatedCost: num(summary.estimatedCost),
    bySubject,
    endpoint: { kind: run.modelEndpoint.kind, modelId: run.modelEndpoint.modelId, params: reportedParams(run.modelEndpoint.params) },
  };
}

/** Items per benchmark_name and the datasets (name, version) of the sampled items. */
async function itemSources(db: PrismaClient, itemIds: string[]) {
  const perBenchmark = new Map<string, number>();
  const datasets = new Map<string, { name: string; version: string }>();
  for (let i = 0; i < itemIds.length; i += 500) {
    const rows = await db.benchmarkItem.findMany({
      where: { id: { in: itemIds.slice(i, i + 500) } },
      select: { benchmarkName: true, dataset: { select: { name: true, version: true } } },
    });
    for (const row of rows) {
      perBenchmark.set(row.benchmarkName, (perBenchmark.get(row.benchmarkName) ?? 0) + 1);
      datasets.set(row.dataset.version, { name: row.dataset.name, version: row.dataset.version });
    }
  }
  return { perBenchmark, datasets: [...datasets.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function buildReportData(db: PrismaClient, taskId: string, now: Date = new Date()): Promise<ReportData> {
  const task = await db.evaluationTask.findUnique({
    where: { id: taskId },
    include: { runs: { include: { modelEndpoint: { select: { kind: true, modelId: true, params: true } } }, orderBy: { modelName: 'asc' } } },
  });
  if (!task) throw new NotFoundError(`No task with id ${taskId}`, 'task');
  const plan = task.plan as unknown as StoredPlan;
  const result = rec(task.result);
  const resultModels = (Array.isArray(result.models) ? result.models : []) as StoredModelResult[];
  const rankedOf = new Map(resultModels.map((m) => [m.modelName, m]));
  const order = new Map(resultModels.map((m, i) => [m.modelName, i]));
  const runs = [...task.runs].sort((a, b) => (order.get(a.modelName) ?? 1e9) - (order.get(b.modelName) ?? 1e9) || a.modelName.localeCompare(b.modelName));
  const models = runs.map((run) => modelOf(run, rankedOf.get(run.modelName)));
  const itemIds = Array.isArray(task.itemIds) ? task.itemIds.map(String) : [];
  const { perBenchmark, datasets } = await itemSources(db, itemIds);
  const chances = models.map((m) => num(rec(task.runs.find((r) => r.modelName === m.name)?.summary).chanceAccuracy)).filter((c): c is number => c !== null);
  return {
    task: {
      id: task.id,
      query: task.query,
      status: task.status,
      createdAt: task.createdAt.toISOString(),
      startedAt: task.startedAt?.toISOString() ?? null,
      finishedAt: task.finishedAt?.toISOString() ?? null,
      error: task.error,
    },
    plan: {
      language: plan.language,
      subjects: [...plan.subjects],
      taskType: plan.taskType,
      targetType: plan.targetType,
      problemType: plan.problemType,
      sampleSize: plan.sampleSize,
      seed: plan.seed,
      rationale: plan.rationale ?? '',
      ...(plan.rationaleParts?.length ? { rationaleParts: plan.rationaleParts } : {}),
      notes: ((plan.notes ?? []) as PlanNote[]).map((note) => note.message),
      noteParts: ((plan.notes ?? []) as PlanNote[]).map(notePart),
    },
    sampling: plan.sampling ? { requested: plan.sampling.requested, available: plan.sampling.available, shortfall: plan.sampling.shortfall } : null,
    method: typeof result.method === 'string' ? result.method : null,
    methodKind: result.methodKind === 'PAIRED' || result.methodKind === 'INTERVALS' ? result.methodKind : null,
    alpha: num(result.alpha),
    chanceAccuracy: chances[0] ?? null,
    models,
    pairwise: (Array.isArray(result.pairwise) ? result.pairwise : []) as ReportData['pairwise'],
    tiedGroups: (Array.isArray(result.tiedGroups) ? result.tiedGroups : []) as string[][],
    manifest: {
      datasets,
      datasetVersion: task.datasetVersion,
      promptVersion: task.promptVersion,
      seed: plan.seed,
      itemCount: itemIds.length,
      itemIdsSha256: itemIdsHash(itemIds),
      appVersion: appVersionOf(),
      generatedAt: now.toISOString(),
    },
    citations: citationsFor(perBenchmark),
  };
}

export function parseReportFormat(value: string | null | undefined): ReportFormat {
  const format = (value ?? 'md').toLowerCase();
  const aliases: Record<string, ReportFormat> = { markdown: 'md', tex: 'latex', bib: 'bibtex' };
  const resolved = aliases[format] ?? format;
  if (!(REPORT_FORMATS as readonly string[]).includes(resolved)) {
    throw ValidationError.ofField(`Unknown report format "${value}" (md, html, latex or bibtex)`, { path: 'format', message: 'md, html, latex or bibtex' }, 'UNKNOWN_FORMAT', {
      value: String(value),
      formats: 'md, html, latex, bibtex',
    });
  }
  return resolved as ReportFormat;
}

/** The report languages (`--lang`): English (default) and Korean. */
export function parseReportLocale(value: string | null | undefined): ReportLocale {
  const locale = (value ?? 'en').toLowerCase();
  if (locale !== 'en' && locale !== 'ko') {
    throw ValidationError.ofField(`Unknown report language "${value}" (en or ko)`, { path: 'lang', message: 'en or ko' }, 'UNKNOWN_REPORT_LANGUAGE', { value: String(value) });
  }
  return locale;
}

export function renderReport(data: ReportData, format: ReportFormat, locale: ReportLocale = 'en'): string {
  switch (format) {
    case 'md':
      return reportMarkdown(data, locale);
    case 'html':
      return reportHtml(data, locale);
    case 'html-fragment':
      return reportHtmlFragment(data, locale);
    case 'latex':
      return resultsLatexTable(data);
    case 'bibtex':
      return bibtexOf(data.citations);
  }
}
