/**
 * The per-question results of a task: every item it sampled with each model's stored answer.
 *
 * One index per request: the task's items (in the task's order) with their subjects, its runs (in model-name order)
 * and a light row per stored sample (status and extracted answer). Filters run on that index, so "items where the
 * models disagree" or "items where model X was unparsed" need no per-dialect SQL; only the page that is shown (or
 * exported) reads the heavy columns (prompt as sent, raw output).
 */
import { SAMPLE_STATUSES, type SampleStatus } from '@benchhub/core/contracts';
import { toCsv } from '@benchhub/core/export/csv';
import type { PrismaClient } from '@benchhub/db';
import { NotFoundError, ValidationError } from '../errors';

export type SampleOutcome = SampleStatus;
export const SAMPLE_OUTCOMES = SAMPLE_STATUSES;

export interface SampleFilter {
  /** Model names (run names); empty or absent = every model of the task. */
  models?: readonly string[] | null;
  /** Sample statuses; an item matches when one of the chosen models' samples has one of them. */
  outcomes?: readonly string[] | null;
  /** A coarse ("Science") or fine ("Science/Math") subject. */
  subject?: string | null;
  problemType?: string | null;
  /** Case-insensitive substring of the question, context, options, gold answer, item id or a model's extracted answer. */
  search?: string | null;
  /** Only items where the chosen models gave different answers (or were scored differently). */
  disagreeOnly?: boolean | null;
}

export interface TaskItemView {
  id: string;
  /** 1-based position in the task's sample. */
  position: number;
  problemType: string;
  language: string;
  subjects: string[];
  benchmarkName: string;
  context: string | null;
  prompt: string;
  options: string[] | null;
  answer: string;
  disagree: boolean;
}

export interface TaskSampleView {
  id: string;
  itemId: string;
  modelName: string;
  status: string;
  correct: boolean | null;
  extracted: string | null;
  renderedPrompt: string;
  rawOutput: string | null;
  latencyMs: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  /** USD from the endpoint's current prices; null when a price or the token count is unknown. */
  costUsd: number | null;
  error: string | null;
  fromCache: boolean;
  judgeModel: string | null;
  judgeOutput: string | null;
  promptVersion: string;
  datasetVersion: string;
  createdAt: Date;
}

interface RunInfo {
  id: string;
  modelName: string;
  inputPricePerMTok: number | null;
  outputPricePerMTok: number | null;
}

interface LightSample {
  id: string;
  runId: string;
  status: string;
  extracted: string | null;
}

export interface TaskSamplesIndex {
  taskId: string;
  runs: RunInfo[];
  items: TaskItemView[];
  /** itemId → runId → light sample. */
  samples: Map<string, Map<string, LightSample>>;
}

const CHUNK = 500;

function chunks<T>(values: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

const parseOptions = (value: unknown): string[] | null => (Array.isArray(value) ? value.map(String) : null);

/** Loads the index of one task; NotFoundError when there is no such task. */
export async function loadTaskSamplesIndex(db: PrismaClient, taskId: string): Promise<TaskSamplesIndex> {
  const task = await db.evaluationTask.findUnique({
    where: { id: taskId },
    select: {
      id: true,
      itemIds: true,
      runs: {
        select: { id: true, modelName: true, modelEndpoint: { select: { inputPricePerMTok: true, outputPricePerMTok: true } } },
        orderBy: { modelName: 'asc' },
      },
    },
  });
  if (!task) throw new NotFoundError(`No task with id ${taskId}`, 'task');
  const itemIds = Array.isArray(task.itemIds) ? task.itemIds.map(String) : [];
  const runs: RunInfo[] = task.runs.map((run) => ({
    id: run.id,
    modelName: run.modelName,
    inputPricePerMTok: run.modelEndpoint.inputPricePerMTok,
    outputPricePerMTok: run.modelEndpoint.outputPricePerMTok,
  }));
  const [items, samples] = await Promise.all([loadItems(db, itemIds), loadLightSamples(db, taskId)]);
  return { taskId, runs, items: items.map((item) => ({ ...item, disagree: disagrees(samples.get(item.id), runs.map((r) => r.id)) })), samples };
}

async function loadItems(db: PrismaClient, itemIds: string[]): Promise<Omit<TaskItemView, 'disagree'>[]> {
  const rows = (
    await Promise.all(
      chunks(itemIds).map((ids) =>
        db.benchmarkItem.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            problemType: true,
            language: true,
            benchmarkName: true,
            context: true,
            prompt: true,
            options: true,
            answer: true,
            subjectType: true,
            subjects: { select: { subject: true } },
          },
        }),
      ),
    )
  ).flat();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: Omit<TaskItemView, 'disagree'>[] = [];
  itemIds.forEach((id, index) => {
    const row = byId.get(id);
    if (!row) return;
    const indexed = row.subjects.map((s) => s.subject);
    const listed = Array.isArray(row.subjectType) ? row.subjectType.map(String) : [];
    items.push({
      id,
      position: index + 1,
      problemType: row.problemType,
      language: row.language,
      subjects: indexed.length > 0 ? indexed.sort() : listed,
      benchmarkName: row.benchmarkName,
      context: row.context,
      prompt: row.prompt,
      options: parseOptions(row.options),
      answer: row.answer,
    });
  });
  return items;
}

async function loadLightSamples(db: PrismaClient, taskId: string): Promise<Map<string, Map<string, LightSample>>> {
  const rows = await db.experimentSample.findMany({ where: { taskId }, select: { id: true, runId: true, itemId: true, status: true, extracted: true } });
  const byItem = new Map<string, Map<string, LightSample>>();
  for (const row of rows) {
    let perRun = byItem.get(row.itemId);
    if (!perRun) byItem.set(row.itemId, (perRun = new Map()));
    perRun.set(row.runId, { id: row.id, runId: row.runId, status: row.status, extracted: row.extracted });
  }
  return byItem;
}

/** What a model answered, for comparing models: the extracted answer (normalised) or the status when there is none. */
const answerKey = (sample: LightSample) =>
  sample.extracted !== null && sample.extracted.trim() !== '' ? `=${sample.extracted.trim().toLowerCase()}|${sample.status === 'correct'}` : `#${sample.status}`;

/** True when at least two of the given runs answered the item and their answers (or scoring) differ; errors are no answer. */
export function disagrees(perRun: Map<string, LightSample> | undefined, runIds: readonly string[]): boolean {
  if (!perRun) return false;
  const keys = new Set<string>();
  let answered = 0;
  for (const runId of runIds) {
    const sample = perRun.get(runId);
    if (!sample || sample.status === 'error') continue;
    answered++;
    keys.add(answerKey(sample));
  }
  return answered >= 2 && keys.size > 1;
}

/** Checks a filter against the task; unknown models or outcomes are a ValidationError (nothing is guessed). */
export function validateFilter(index: TaskSamplesIndex, filter: SampleFilter | null | undefined): void {
  const names = new Set(index.runs.map((run) => run.modelName));
  const unknownModels = (filter?.models ?? []).filter((model) => !names.has(model));
  if (unknownModels.length > 0) {
    throw ValidationError.ofField(
      `Model ${unknownModels.join(', ')} is not in this task (models: ${[...names].join(', ') || 'none'})`,
      { path: 'models', message: 'not a model of this task' },
      'MODEL_NOT_IN_TASK',
      { models: unknownModels.join(', ') },
    );
  }
  const outcomes = new Set<string>(SAMPLE_OUTCOMES);
  const unknownOutcomes = (filter?.outcomes ?? []).filter((outcome) => !outcomes.has(outcome));
  if (unknownOutcomes.length > 0) {
    throw ValidationError.ofField(
      `Unknown outcome ${unknownOutcomes.join(', ')} (one of ${SAMPLE_OUTCOMES.join(', ')})`,
      { path: 'outcomes', message: 'unknown outcome' },
      'UNKNOWN_OUTCOME',
      { value: unknownOutcomes.join(', ') },
    );
  }
}

const selectedRuns = (index: TaskSamplesIndex, filter: SampleFilter | null | undefined) =>
  filter?.models?.length ? index.runs.filter((run) => filter.models!.includes(run.modelName)) : index.runs;

function matchesText(item: TaskItemView, perRun: Map<string, LightSample> | undefined, needle: string): boolean {
  const haystack = [item.id, item.prompt, item.context ?? '', item.answer, ...(item.options ?? [])];
  for (const sample of perRun?.values() ?? []) if (sample.extracted) haystack.push(sample.extracted);
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

const matchesSubject = (item: TaskItemView, subject: string) => item.subjects.some((s) => s === subject || s.startsWith(`${subject}/`));

/** The items that pass the filter, in the task's order. */
export function filterItems(index: TaskSamplesIndex, filter: SampleFilter | null | undefined): TaskItemView[] {
  validateFilter(index, filter);
  const runs = selectedRuns(index, filter);
  const runIds = runs.map((run) => run.id);
  const outcomes = filter?.outcomes?.length ? new Set(filter.outcomes) : null;
  const needle = filter?.search?.trim().toLowerCase() || null;
  const subject = filter?.subject?.trim() || null;
  return index.items
    .map((item) => (filter?.models?.length ? { ...item, disagree: disagrees(index.samples.get(item.id), runIds) } : item))
    .filter((item) => {
      const perRun = index.samples.get(item.id);
      if (subject && !matchesSubject(item, subject)) return false;
      if (filter?.problemType && item.problemType !== filter.problemType) return false;
      if (filter?.disagreeOnly && !item.disagree) return false;
      if (outcomes && !runIds.some((runId) => outcomes.has(perRun?.get(runId)?.status ?? ''))) return false;
      if (needle && !matchesText(item, perRun, needle)) return false;
      return true;
    });
}

/** The samples of the filtered items: per item (task order) one per chosen model (name order) with a chosen outcome. */
export function filterSampleIds(index: TaskSamplesIndex, filter: SampleFilter | null | undefined): string[] {
  const items = filterItems(index, filter);
  const runs = selectedRuns(index, filter);
  const outcomes = filter?.outcomes?.length ? new Set(filter.outcomes) : null;
  const ids: string[] = [];
  for (const item of items) {
    const perRun = index.samples.get(item.id);
    for (const run of runs) {
      const sample = perRun?.get(run.id);
      if (sample && (!outcomes || outcomes.has(sample.status))) ids.push(sample.id);
    }
  }
  return ids;
}

/** Full sample rows by id, in the order of `ids`. */
export async function loadSamples(db: PrismaClient, index: TaskSamplesIndex, ids: readonly string[]): Promise<TaskSampleView[]> {
  const runs = new Map(index.runs.map((run) => [run.id, run]));
  const rows = (await Promise.all(chunks(ids).map((chunk) => db.experimentSample.findMany({ where: { id: { in: chunk }, taskId: index.taskId } })))).flat();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const run = runs.get(row.runId);
    return [
      {
        id: row.id,
        itemId: row.itemId,
        modelName: run?.modelName ?? '',
        status: row.status,
        correct: row.correct,
        extracted: row.extracted,
        renderedPrompt: row.renderedPrompt,
        rawOutput: row.rawOutput,
        latencyMs: row.latencyMs,
        tokensIn: row.tokensIn,
        tokensOut: row.tokensOut,
        costUsd: run ? sampleCost(run, row.tokensIn, row.tokensOut) : null,
        error: row.error,
        fromCache: row.fromCache,
        judgeModel: row.judgeModel,
        judgeOutput: row.judgeOutput,
        promptVersion: row.promptVersion,
        datasetVersion: row.datasetVersion,
        createdAt: row.createdAt,
      },
    ];
  });
}

/** USD for one sample at the endpoint's prices; null when a price applies to an unknown token count or no price is set. */
export function sampleCost(
  prices: { inputPricePerMTok: number | null; outputPricePerMTok: number | null },
  tokensIn: number | null,
  tokensOut: number | null,
): number | null {
  if (prices.inputPricePerMTok === null && prices.outputPricePerMTok === null) return null;
  if ((prices.inputPricePerMTok !== null && tokensIn === null) || (prices.outputPricePerMTok !== null && tokensOut === null)) return null;
  return ((tokensIn ?? 0) * (prices.inputPricePerMTok ?? 0) + (tokensOut ?? 0) * (prices.outputPricePerMTok ?? 0)) / 1e6;
}

/** The stored samples of one item, one per run that answered it, in model-name order. */
export function itemSampleIds(index: TaskSamplesIndex, itemId: string, filter?: SampleFilter | null): string[] {
  const perRun = index.samples.get(itemId);
  return selectedRuns(index, filter).flatMap((run) => {
    const sample = perRun?.get(run.id);
    return sample ? [sample.id] : [];
  });
}

// ---- Export -------------------------------------------------------------------------------------------------

export const SAMPLE_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type SampleExportFormat = (typeof SAMPLE_EXPORT_FORMATS)[number];

export interface SampleExportRow {
  task_id: string;
  item_id: string;
  position: number;
  model: string;
  status: string;
  correct: boolean | null;
  extracted: string | null;
  gold: string;
  problem_type: string;
  language: string;
  subjects: string[];
  benchmark_name: string;
  context: string | null;
  question: string;
  options: string[] | null;
  prompt_sent: string;
  raw_output: string | null;
  latency_ms: number | null;
  tokens_in: number | null;
  tokens_out: number | null;
  cost_usd: number | null;
  from_cache: boolean;
  error: string | null;
  prompt_version: string;
  dataset_version: string;
}

export const SAMPLE_EXPORT_COLUMNS: readonly (keyof SampleExportRow)[] = [
  'task_id',
  'item_id',
  'position',
  'model',
  'status',
  'correct',
  'extracted',
  'gold',
  'problem_type',
  'language',
  'subjects',
  'benchmark_name',
  'context',
  'question',
  'options',
  'prompt_sent',
  'raw_output',
  'latency_ms',
  'tokens_in',
  'tokens_out',
  'cost_usd',
  'from_cache',
  'error',
  'prompt_version',
  'dataset_version',
];

/** Every sample the filter selects, as export rows (task order, then model name). */
export async function exportSampleRows(db: PrismaClient, taskId: string, filter: SampleFilter | null | undefined): Promise<SampleExportRow[]> {
  const index = await loadTaskSamplesIndex(db, taskId);
  const items = new Map(index.items.map((item) => [item.id, item]));
  const samples = await loadSamples(db, index, filterSampleIds(index, filter));
  return samples.map((sample) => {
    const item = items.get(sample.itemId)!;
    return {
      task_id: taskId,
      item_id: item.id,
      position: item.position,
      model: sample.modelName,
      status: sample.status,
      correct: sample.correct,
      extracted: sample.extracted,
      gold: item.answer,
      problem_type: item.problemType,
      language: item.language,
      subjects: item.subjects,
      benchmark_name: item.benchmarkName,
      context: item.context,
      question: item.prompt,
      options: item.options,
      prompt_sent: sample.renderedPrompt,
      raw_output: sample.rawOutput,
      latency_ms: sample.latencyMs,
      tokens_in: sample.tokensIn,
      tokens_out: sample.tokensOut,
      cost_usd: sample.costUsd,
      from_cache: sample.fromCache,
      error: sample.error,
      prompt_version: sample.promptVersion,
      dataset_version: sample.datasetVersion,
    };
  });
}

const csvValue = (value: SampleExportRow[keyof SampleExportRow]) => (Array.isArray(value) ? JSON.stringify(value) : value);

/**
 * JSON Lines (one object a line) or CSV (header row, lists as JSON, RFC 4180 quoting, CRLF) written by the project's
 * one CSV writer, which escapes text cells a spreadsheet would run as a formula (`'=…`; see core/src/export/csv.ts).
 */
export function formatSampleExport(rows: readonly SampleExportRow[], format: SampleExportFormat): string {
  if (format === 'jsonl') return rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '');
  return toCsv(SAMPLE_EXPORT_COLUMNS, rows.map((row) => SAMPLE_EXPORT_COLUMNS.map((column) => csvValue(row[column]))));
}

export function parseExportFormat(value: string | null | undefined): SampleExportFormat {
  const format = (value ?? 'jsonl').toLowerCase();
  if (!(SAMPLE_EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw ValidationError.ofField(`Unknown format "${value}" (jsonl or csv)`, { path: 'format', message: 'jsonl or csv' }, 'UNKNOWN_FORMAT', { value: String(value), formats: 'jsonl, csv' });
  }
  return format as SampleExportFormat;
}
