// Per-question results of a task: `items` (one node per item with every model's answer — the matrix view),
// `samples` (one node per stored answer), `item` (one item in full) and `samplesExport` (the filtered samples as
// JSONL or CSV text). Filters are typed; a model name that is not in the task is a ValidationError value.
import { builder } from '../builder';
import { NotFoundError, ValidationError } from '../../errors';
import {
  SAMPLE_OUTCOMES,
  exportSampleRows,
  filterItems,
  filterSampleIds,
  formatSampleExport,
  itemSampleIds,
  loadSamples,
  loadTaskSamplesIndex,
  type SampleFilter,
  type TaskItemView,
  type TaskSamplesIndex,
  type TaskSampleView,
} from '../../services/task-samples.service';
import { ProblemTypeEnum } from './plan';

export const SampleOutcomeEnum = builder.enumType('SampleOutcome', {
  description: 'How a stored answer was scored. AMBIGUOUS: a hedge between answers (no credit); UNSCORED: open-ended without a judge.',
  values: Object.fromEntries(SAMPLE_OUTCOMES.map((outcome) => [outcome.toUpperCase(), { value: outcome }])) as Record<
    Uppercase<(typeof SAMPLE_OUTCOMES)[number]>,
    { value: (typeof SAMPLE_OUTCOMES)[number] }
  >,
});

export const SampleExportFormatEnum = builder.enumType('SampleExportFormat', {
  values: { JSONL: { value: 'jsonl' }, CSV: { value: 'csv' } } as const,
});

export const SampleFilterInput = builder.inputType('SampleFilter', {
  description: 'Which items (and answers) of a task to show. All given conditions must hold.',
  fields: (t) => ({
    models: t.stringList({ description: 'Model names of the task; empty = every model.' }),
    outcomes: t.field({ type: [SampleOutcomeEnum], description: 'Items where one of the chosen models has one of these outcomes.' }),
    subject: t.string({ description: 'Coarse ("Science") or fine ("Science/Math") subject.' }),
    problemType: t.field({ type: ProblemTypeEnum }),
    search: t.string({ description: 'Case-insensitive text in the question, context, options, gold answer, item id or an extracted answer.' }),
    disagreeOnly: t.boolean({ description: 'Only items where the chosen models answered differently (errors are no answer).' }),
  }),
});

export const TaskSampleRef = builder.objectRef<TaskSampleView>('TaskSample').implement({
  description: "One model's stored answer to one item of a task.",
  fields: (t) => ({
    id: t.exposeID('id'),
    itemId: t.exposeString('itemId'),
    modelName: t.exposeString('modelName'),
    status: t.field({ type: SampleOutcomeEnum, resolve: (s) => s.status as (typeof SAMPLE_OUTCOMES)[number] }),
    correct: t.exposeBoolean('correct', { nullable: true }),
    extracted: t.exposeString('extracted', { nullable: true, description: 'The answer read from the output (a letter, a value, a verdict).' }),
    renderedPrompt: t.exposeString('renderedPrompt', { description: 'The prompt exactly as sent to the model.' }),
    rawOutput: t.exposeString('rawOutput', { nullable: true }),
    latencyMs: t.exposeInt('latencyMs', { nullable: true }),
    tokensIn: t.exposeInt('tokensIn', { nullable: true }),
    tokensOut: t.exposeInt('tokensOut', { nullable: true }),
    costUsd: t.exposeFloat('costUsd', { nullable: true, description: "USD at the endpoint's current prices; null when no price is set." }),
    error: t.exposeString('error', { nullable: true }),
    fromCache: t.exposeBoolean('fromCache'),
    judgeModel: t.exposeString('judgeModel', { nullable: true }),
    judgeOutput: t.exposeString('judgeOutput', { nullable: true }),
    promptVersion: t.exposeString('promptVersion'),
    datasetVersion: t.exposeString('datasetVersion'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

interface TaskItemNode extends TaskItemView {
  /** The samples of every item on the page, read once for the page (in model-name order). */
  pageSamples: () => Promise<Map<string, TaskSampleView[]>>;
}

/** Nodes for a page of items: their samples (only the filtered models) are read in one query when first asked for. */
function itemNodes(db: Parameters<typeof loadSamples>[0], index: TaskSamplesIndex, items: TaskItemView[], models: readonly string[] | null): TaskItemNode[] {
  let pending: Promise<Map<string, TaskSampleView[]>> | null = null;
  const pageSamples = () =>
    (pending ??= loadSamples(db, index, items.flatMap((item) => itemSampleIds(index, item.id, { models }))).then((samples) => {
      const byItem = new Map<string, TaskSampleView[]>();
      for (const sample of samples) byItem.set(sample.itemId, [...(byItem.get(sample.itemId) ?? []), sample]);
      return byItem;
    }));
  return items.map((item) => ({ ...item, pageSamples }));
}

export const TaskItemRef = builder.objectRef<TaskItemNode>('TaskItem').implement({
  description: 'One item of a task with every model’s answer to it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position', { description: "1-based position in the task's sample." }),
    problemType: t.field({ type: ProblemTypeEnum, resolve: (i) => i.problemType as 'MCQA' }),
    language: t.exposeString('language'),
    subjects: t.exposeStringList('subjects'),
    benchmarkName: t.exposeString('benchmarkName', { description: 'Source benchmark (benchmark_name).' }),
    context: t.exposeString('context', { nullable: true }),
    prompt: t.exposeString('prompt', { description: 'The question as stored (the prompt sent is on each sample).' }),
    options: t.exposeStringList('options', { nullable: true }),
    answer: t.exposeString('answer', { description: 'The gold answer.' }),
    disagree: t.exposeBoolean('disagree', { description: 'The shown models answered differently.' }),
    samples: t.field({
      type: [TaskSampleRef],
      description: 'One per model that answered, in model-name order (only the filtered models).',
      resolve: async (item) => (await item.pageSamples()).get(item.id) ?? [],
    }),
  }),
});

const TaskItemConnection = builder.connectionObject(
  {
    type: TaskItemRef,
    name: 'TaskItemConnection',
    fields: (t) => ({ totalCount: t.int({ resolve: (c) => (c as unknown as { totalCount: number }).totalCount }) }),
  },
  { name: 'TaskItemEdge' },
);

const TaskSampleConnection = builder.connectionObject(
  {
    type: TaskSampleRef,
    name: 'TaskSampleConnection',
    fields: (t) => ({ totalCount: t.int({ resolve: (c) => (c as unknown as { totalCount: number }).totalCount }) }),
  },
  { name: 'TaskSampleEdge' },
);

type FilterArg = {
  models?: readonly string[] | null;
  outcomes?: readonly string[] | null;
  subject?: string | null;
  problemType?: string | null;
  search?: string | null;
  disagreeOnly?: boolean | null;
} | null | undefined;

const toFilter = (filter: FilterArg): SampleFilter => ({ ...filter });

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const PAGING = { defaultSize: 50, maxSize: 200 };

/**
 * Relay paging over an ordered list of keys (cursor = the key itself: stable while rows are added). A cursor that is
 * not in the list is a ValidationError (the filter changed under it).
 */
async function cursorPage<T extends { id: string }>(keys: readonly string[], args: PageArgs, load: (keys: string[]) => Promise<T[]> | T[]) {
  const position = (cursor: string, name: string) => {
    const at = keys.indexOf(cursor);
    if (at === -1) throw ValidationError.ofField(`The ${name} cursor is not in this list (filters changed?)`, { path: name, message: 'unknown cursor' }, 'UNKNOWN_CURSOR');
    return at;
  };
  for (const [name, value] of [['first', args.first], ['last', args.last]] as const) {
    if (value !== null && value !== undefined && (value < 0 || value > PAGING.maxSize)) {
      throw new ValidationError(`${name} must be between 0 and ${PAGING.maxSize}`, [{ path: name, message: 'out of range', code: 'INTEGER_OUT_OF_RANGE', params: { min: 0, max: PAGING.maxSize } }], 'PAGE_SIZE_OUT_OF_RANGE', { field: name, max: PAGING.maxSize });
    }
  }
  let start = args.after ? position(args.after, 'after') + 1 : 0;
  let end = args.before ? position(args.before, 'before') : keys.length;
  end = Math.max(start, end);
  const backwards = (args.last ?? null) !== null && (args.first ?? null) === null;
  const size = backwards ? args.last! : (args.first ?? PAGING.defaultSize);
  if (backwards) start = Math.max(start, end - size);
  else end = Math.min(end, start + size);
  const window = keys.slice(start, end);
  const nodes = await load(window);
  return {
    edges: nodes.map((node) => ({ cursor: node.id, node })),
    pageInfo: {
      startCursor: window[0] ?? null,
      endCursor: window.at(-1) ?? null,
      hasPreviousPage: start > 0,
      hasNextPage: end < keys.length,
    },
    totalCount: keys.length,
  };
}


builder.prismaObjectFields('EvaluationTask', (t) => ({
  items: t.field({
    type: TaskItemConnection,
    description: 'Per-question results: the items of the task (in order) that pass the filter, each with every model’s answer. Cursor = item id.',
    errors: { types: [ValidationError] },
    args: { filter: t.arg({ type: SampleFilterInput }), ...t.arg.connectionArgs() },
    resolve: async (task, args, ctx) => {
      const filter = toFilter(args.filter);
      const index = await loadTaskSamplesIndex(ctx.db, task.id);
      const items = filterItems(index, filter);
      const byId = new Map(items.map((item) => [item.id, item]));
      const keys = items.map((item) => item.id);
      const models = filter.models?.length ? filter.models : null;
      return cursorPage(keys, args, (page) => itemNodes(ctx.db, index, page.map((id) => byId.get(id)!), models));
    },
  }),
  samples: t.field({
    type: TaskSampleConnection,
    description: 'Stored answers of the filtered items: per item (task order) one per chosen model with a chosen outcome. Cursor = sample id.',
    errors: { types: [ValidationError] },
    args: { filter: t.arg({ type: SampleFilterInput }), ...t.arg.connectionArgs() },
    resolve: async (task, args, ctx) => {
      const index = await loadTaskSamplesIndex(ctx.db, task.id);
      const ids = filterSampleIds(index, toFilter(args.filter));
      return cursorPage(ids, args, (page) => loadSamples(ctx.db, index, page));
    },
  }),
  item: t.field({
    type: TaskItemRef,
    nullable: true,
    description: 'One item of the task with every model’s answer (null when the item is not in the task).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (task, { id }, ctx) => {
      const index = await loadTaskSamplesIndex(ctx.db, task.id);
      const item = index.items.find((candidate) => candidate.id === String(id));
      return item ? itemNodes(ctx.db, index, [item], null)[0]! : null;
    },
  }),
  itemSubjects: t.stringList({
    description: 'Fine subjects of the task’s items (for filters), sorted.',
    resolve: async (task, _args, ctx) => {
      const index = await loadTaskSamplesIndex(ctx.db, task.id);
      return [...new Set(index.items.flatMap((item) => item.subjects))].sort();
    },
  }),
  samplesExport: t.string({
    description: 'The filtered samples as a file: JSON Lines or CSV (header row, lists as JSON). Same rows as `benchhub samples`.',
    errors: { types: [ValidationError, NotFoundError] },
    args: { filter: t.arg({ type: SampleFilterInput }), format: t.arg({ type: SampleExportFormatEnum, required: true }) },
    resolve: async (task, { filter, format }, ctx) => formatSampleExport(await exportSampleRows(ctx.db, task.id, toFilter(filter)), format),
  }),
}));
