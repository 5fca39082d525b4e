/**
 * The leaderboard: cached cells per (model, language, fine subject, task type), n-weighted rollups,
 * personalized ranking over a plan, admin mutations (quarantine, delete, import).
 */
import { LEADERBOARD_SOURCES, ROLLUP_WEIGHTINGS, type PersonalizedRankingResult, type RankedModel, type Rollup, type SubjectColumn } from '@benchhub/core/leaderboard';
import { audit } from '../audit';
import type { Language, TaskType } from '@benchhub/core/benchmark';
import { groupLetter } from '@benchhub/core/stats';
import { dialectOf } from '@benchhub/db';
import { selectable } from '../prisma-query';
import { builder } from '../builder';
import { NotFoundError, ValidationError } from '../../errors';
import {
  LEADERBOARD_ORDERS,
  deleteEntry,
  importLeaderboard,
  allowedServerImportPath,
  leaderboardModels,
  leaderboardOrderBy,
  leaderboardRollups,
  leaderboardWhere,
  personalizedRanking,
  setEntryQuarantine,
  setModelQuarantine,
  type LeaderboardFilter,
  type LeaderboardImportReport,
  type LeaderboardModelSummary,
  type LeaderboardRollupRow,
  type ImportProblem,
} from '../../services/leaderboard';
import { LanguageEnum, PlanInput, TaskTypeEnum } from './plan';

const N_WEIGHTED_NOTE =
  'n-weighted: Σcorrect / Σn over the pooled cells (never a mean of means), with a 95% Wilson interval. ' +
  'When any pooled cell has unknown n (imported tables), the value is the unweighted mean of the cell scores, ' +
  'flagged weighting = UNWEIGHTED_UNKNOWN_N, without interval.';

export const LeaderboardSourceEnum = builder.enumType('LeaderboardSource', {
  values: {
    LIVE: { value: 'LIVE', description: 'Measured by a run on this server (n, interval and run provenance known).' },
    IMPORTED: { value: 'IMPORTED', description: 'From an imported table (e.g. the BenchHub Plus seed); n usually unknown.' },
  } as const satisfies Record<(typeof LEADERBOARD_SOURCES)[number], unknown>,
});

export const RollupWeightingEnum = builder.enumType('RollupWeighting', {
  values: {
    N_WEIGHTED: { value: 'N_WEIGHTED', description: 'Every pooled cell has n: Σcorrect / Σn with a Wilson interval.' },
    UNWEIGHTED_UNKNOWN_N: {
      value: 'UNWEIGHTED_UNKNOWN_N',
      description: 'Some pooled cell has unknown n: plain mean of the cell scores, no interval.',
    },
  } as const satisfies Record<(typeof ROLLUP_WEIGHTINGS)[number], unknown>,
});

const LeaderboardOrderEnum = builder.enumType('LeaderboardOrder', { values: LEADERBOARD_ORDERS });

const RollupLevelEnum = builder.enumType('RollupLevel', {
  values: {
    COARSE: { value: 'COARSE', description: 'One row per coarse category (its fine subjects pooled, n-weighted).' },
    OVERALL: { value: 'OVERALL', description: 'One row per model over every subject in the view (n-weighted).' },
  } as const,
});

builder.prismaObject('LeaderboardEntry', {
  description: 'One leaderboard cell: a model on one (language, fine subject, task type), with its provenance.',
  fields: (t) => ({
    id: t.exposeID('id'),
    modelName: t.exposeString('modelName'),
    language: t.field({ type: LanguageEnum, resolve: (e) => e.language as Language }),
    subject: t.exposeString('subject', { description: 'Fine "Coarse/Fine" subject, e.g. "Science/Math".' }),
    coarseSubject: t.exposeString('coarseSubject', { description: 'The part before the first slash.' }),
    taskType: t.field({ type: TaskTypeEnum, resolve: (e) => e.taskType as TaskType }),
    score: t.exposeFloat('score', { description: 'Accuracy in [0, 1] (correct / n for live cells).' }),
    n: t.exposeInt('n', { nullable: true, description: 'Scored samples (correct + incorrect + ambiguous + unparsed); null when unknown (imported).' }),
    ciLow: t.exposeFloat('ciLow', { nullable: true, description: 'Lower bound of the 95% Wilson interval; null when n is unknown.' }),
    ciHigh: t.exposeFloat('ciHigh', { nullable: true }),
    source: t.field({ type: LeaderboardSourceEnum, resolve: (e) => e.source as 'LIVE' }),
    taskId: t.exposeString('taskId', { nullable: true, description: 'Provenance: the evaluation task that measured this cell (LIVE).' }),
    datasetVersion: t.exposeString('datasetVersion', { nullable: true, description: 'Provenance: content hash of the dataset.' }),
    promptVersion: t.exposeString('promptVersion', { nullable: true, description: 'Provenance: prompt-template version.' }),
    seed: t.exposeInt('seed', { nullable: true, description: 'Provenance: the sampling seed of the run.' }),
    quarantined: t.exposeBoolean('quarantined', { description: 'Kept but hidden from views and rankings unless includeQuarantined.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the numbers were last written.' }),
  }),
});

const LeaderboardFilterInput = builder.inputType('LeaderboardFilter', {
  fields: (t) => ({
    language: t.field({ type: LanguageEnum }),
    subject: t.string({
      description: 'A coarse ("Science") or fine ("Science/Math") subject; loose spellings are normalized ("math"). Unknown text matches literally.',
    }),
    taskType: t.field({ type: TaskTypeEnum }),
    modelSearch: t.string({ description: 'Substring of the model name (case-insensitive).' }),
    includeQuarantined: t.boolean({ description: 'Show quarantined cells too (default false).' }),
  }),
});

const toFilter = (filter: typeof LeaderboardFilterInput.$inferInput | null | undefined): LeaderboardFilter => ({
  language: filter?.language ?? null,
  subject: filter?.subject ?? null,
  taskType: filter?.taskType ?? null,
  modelSearch: filter?.modelSearch ?? null,
  includeQuarantined: filter?.includeQuarantined ?? false,
});

/** Shared fields of every pooled score. */
export const ScoreRollupInterface = builder.interfaceRef<Rollup>('ScoreRollup').implement({
  description: `A score pooled over leaderboard cells. ${N_WEIGHTED_NOTE}`,
  fields: (t) => ({
    score: t.float({ nullable: true, description: 'Pooled score (n-weighted, see weighting); null without cells.', resolve: (r) => r.score }),
    n: t.int({ nullable: true, description: 'Σn when every pooled cell has n; null otherwise.', resolve: (r) => r.n }),
    correct: t.int({ nullable: true, description: 'Σcorrect (round(score·n) per cell) when every cell has n.', resolve: (r) => r.correct }),
    ciLow: t.float({ nullable: true, description: '95% Wilson interval of Σcorrect / Σn; null when unweighted.', resolve: (r) => r.ciLow }),
    ciHigh: t.float({ nullable: true, resolve: (r) => r.ciHigh }),
    weighting: t.field({ type: RollupWeightingEnum, resolve: (r) => r.weighting }),
    cells: t.int({ description: 'Cells pooled.', resolve: (r) => r.cells }),
    cellsWithUnknownN: t.int({ resolve: (r) => r.cellsWithUnknownN }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'Latest update among the pooled cells.', resolve: (r) => r.updatedAt }),
  }),
});

const LeaderboardRollupRef = builder.objectRef<LeaderboardRollupRow>('LeaderboardRollup').implement({
  description: `Cells of a view pooled per model and coarse category (or overall). ${N_WEIGHTED_NOTE}`,
  interfaces: [ScoreRollupInterface],
  fields: (t) => ({
    modelName: t.exposeString('modelName'),
    language: t.field({ type: LanguageEnum, resolve: (r) => r.language as Language }),
    subject: t.string({ nullable: true, description: 'Coarse category; null for OVERALL.', resolve: (r) => r.subject }),
    taskType: t.field({ type: TaskTypeEnum, nullable: true, description: 'null when pooled across task types.', resolve: (r) => r.taskType as TaskType | null }),
  }),
});

const LeaderboardModelRef = builder.objectRef<LeaderboardModelSummary>('LeaderboardModel').implement({
  description: 'A model with cells on the leaderboard.',
  fields: (t) => ({
    name: t.string({ resolve: (m) => m.modelName }),
    cellCount: t.int({ description: 'Cells in the view (quarantined ones only with includeQuarantined).', resolve: (m) => m.cells }),
    liveCells: t.exposeInt('liveCells'),
    importedCells: t.exposeInt('importedCells'),
    quarantinedCells: t.exposeInt('quarantinedCells'),
    lastUpdated: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.lastUpdated }),
  }),
});

const SubjectScoreRef = builder.objectRef<SubjectColumn>('SubjectScore').implement({
  description: `A per-subject column of a personalized ranking: a plan subject (a coarse one pools its fines). ${N_WEIGHTED_NOTE}`,
  interfaces: [ScoreRollupInterface],
  fields: (t) => ({
    subject: t.exposeString('subject'),
    cellsFound: t.exposeInt('cellsFound'),
    cellsNeeded: t.exposeInt('cellsNeeded'),
  }),
});

const RankedModelRef = builder.objectRef<RankedModel>('RankedModel').implement({
  description: `A model's n-weighted score over the plan's cells. ${N_WEIGHTED_NOTE}`,
  interfaces: [ScoreRollupInterface],
  fields: (t) => ({
    modelName: t.exposeString('modelName'),
    rank: t.int({
      nullable: true,
      description:
        '1 + the number of models ranked better (a higher score with a disjoint 95% interval; any higher score when either has no interval), ' +
        'never better than the rank of a higher-scoring model, so ranks are monotone in score. null: no data.',
      resolve: (m) => m.rank,
    }),
    tieGroup: t.string({
      nullable: true,
      description: 'Compact letters: two models share a letter exactly when their intervals overlap (tied). null: no data, or untested (no interval).',
      resolve: (m) => m.letters,
    }),
    intervalKnown: t.boolean({
      description: 'False when n is unknown: no interval, so the model is untested — ranked by its score alone, with no tie group.',
      resolve: (m) => m.intervalKnown,
    }),
    cellsFound: t.exposeInt('cellsFound'),
    cellsNeeded: t.exposeInt('cellsNeeded'),
    coverage: t.exposeFloat('coverage', { description: 'cellsFound / cellsNeeded.' }),
    columns: t.field({ type: [SubjectScoreRef], description: 'Per-subject columns, in the ranking\'s column order.', resolve: (m) => m.columns }),
  }),
});

const TieGroupRef = builder.objectRef<{ letter: string; models: string[] }>('TieGroup').implement({
  fields: (t) => ({ letter: t.exposeString('letter'), models: t.exposeStringList('models') }),
});

const PersonalizedRankingRef = builder.objectRef<PersonalizedRankingResult>('PersonalizedRanking').implement({
  description:
    'Models ranked for a plan from cached leaderboard cells (no model is called). Plan subjects are expanded (coarse → its fines; none → all), ' +
    'in the plan language, on the plan task type (or all three). Ties: overlapping 95% intervals; models without an interval are ranked by score, untested.',
  fields: (t) => ({
    language: t.field({ type: LanguageEnum, resolve: (r) => r.plan.language as Language }),
    taskTypes: t.field({ type: [TaskTypeEnum], resolve: (r) => r.plan.taskTypes }),
    subjects: t.stringList({ description: 'The plan subjects, canonical.', resolve: (r) => r.plan.subjects }),
    fineSubjects: t.stringList({ description: 'Fine subjects the plan covers.', resolve: (r) => r.plan.fineSubjects }),
    columns: t.stringList({ description: 'Column subjects: the plan subjects, or the coarse categories when the plan names none.', resolve: (r) => r.plan.columns }),
    planCells: t.int({ description: 'Fine subjects × task types.', resolve: (r) => r.planCells }),
    cellsNeeded: t.int({ description: 'Plan cells with data for at least one model: the denominator of coverage.', resolve: (r) => r.cellsNeeded }),
    models: t.field({ type: [RankedModelRef], description: 'Ranked models by score, then models without data.', resolve: (r) => r.models }),
    tiedGroups: t.field({
      type: [TieGroupRef],
      description: 'One group per letter: models whose intervals overlap (tested models only, score order); groups may overlap.',
      resolve: (r) => r.tiedGroups.map((models, i) => ({ letter: groupLetter(i), models })),
    }),
  }),
});

const ImportProblemRef = builder.objectRef<ImportProblem>('LeaderboardImportProblem').implement({
  fields: (t) => ({ row: t.exposeInt('row'), message: t.exposeString('message') }),
});

const LeaderboardImportReportRef = builder.objectRef<LeaderboardImportReport>('LeaderboardImportReport').implement({
  description: 'What an import did. Re-importing the same file reports every valid row as unchanged.',
  fields: (t) => ({
    file: t.exposeString('file'),
    format: t.exposeString('format'),
    rows: t.exposeInt('rows'),
    inserted: t.exposeInt('inserted'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    skipped: t.exposeInt('skipped', { description: 'invalid + duplicates + keptLive.' }),
    invalid: t.exposeInt('invalid'),
    duplicates: t.exposeInt('duplicates'),
    keptLive: t.exposeInt('keptLive', { description: 'Rows not written because the cell is LIVE (imports never overwrite live data).' }),
    models: t.exposeInt('models'),
    subjects: t.exposeInt('subjects'),
    problems: t.field({ type: [ImportProblemRef], description: 'The first 20 skipped rows and why.', resolve: (r) => r.problems }),
  }),
});

builder.queryFields((t) => ({
  leaderboard: t.prismaConnection(
    {
      type: 'LeaderboardEntry',
      cursor: 'id',
      description: 'Leaderboard cells (one per model × language × fine subject × task type), filtered and ordered. Quarantined cells are hidden unless includeQuarantined.',
      args: {
        filter: t.arg({ type: LeaderboardFilterInput }),
        orderBy: t.arg({ type: LeaderboardOrderEnum, defaultValue: 'SCORE_DESC' }),
      },
      resolve: (query, _root, { filter, orderBy }, ctx) =>
        ctx.db.leaderboardEntry.findMany({ ...query, where: leaderboardWhere(toFilter(filter), dialectOf(ctx.db)), orderBy: leaderboardOrderBy(orderBy ?? 'SCORE_DESC') }),
      totalCount: (_root, { filter }, ctx) => ctx.db.leaderboardEntry.count({ where: leaderboardWhere(toFilter(filter), dialectOf(ctx.db)) }),
    },
    {},
  ),
  leaderboardModels: t.field({
    type: [LeaderboardModelRef],
    description: 'Distinct models on the leaderboard (in the filtered view) with their cell counts, by name.',
    args: { filter: t.arg({ type: LeaderboardFilterInput }) },
    resolve: (_root, { filter }, ctx) => leaderboardModels(ctx.db, toFilter(filter)),
  }),
  leaderboardRollups: t.field({
    type: [LeaderboardRollupRef],
    description: `Cells of a view pooled per model and coarse category (or overall), per task type unless acrossTaskTypes. ${N_WEIGHTED_NOTE}`,
    args: {
      filter: t.arg({ type: LeaderboardFilterInput }),
      level: t.arg({ type: RollupLevelEnum, defaultValue: 'COARSE' }),
      acrossTaskTypes: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, { filter, level, acrossTaskTypes }, ctx) =>
      leaderboardRollups(ctx.db, toFilter(filter), { level: level ?? 'COARSE', acrossTaskTypes: acrossTaskTypes ?? false }),
  }),
  personalizedRanking: t.field({
    type: PersonalizedRankingRef,
    description:
      'Ranks the given models (or every model with data) for a plan by their n-weighted score over the plan cells, from cached leaderboard cells, ' +
      'with 95% intervals, interval-overlap tie groups, per-subject columns and coverage. Only language, subjects and taskType of the plan are used.',
    errors: { types: [ValidationError] },
    args: {
      plan: t.arg({ type: PlanInput, required: true }),
      models: t.arg.stringList({ description: 'Model names; omitted or empty = every model with data in the plan.' }),
    },
    resolve: (_root, { plan, models }, ctx) =>
      personalizedRanking(ctx.db, { language: plan.language, subjects: plan.subjects, taskType: plan.taskType ?? null }, models ?? null),
  }),
}));

builder.mutationFields((t) => ({
  quarantineLeaderboardEntry: t.prismaField({
    authScopes: { admin: true },
    type: 'LeaderboardEntry',
    description: 'Hides a cell from views and rankings (kept; see includeQuarantined). Idempotent.',
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const entry = await setEntryQuarantine(ctx.db, String(id), true);
      await audit(ctx, 'leaderboard.quarantine', entry.id, { modelName: entry.modelName, language: entry.language, subject: entry.subject, taskType: entry.taskType });
      return ctx.db.leaderboardEntry.findUniqueOrThrow({ ...selectable(query), where: { id: entry.id } });
    },
  }),
  unquarantineLeaderboardEntry: t.prismaField({
    authScopes: { admin: true },
    type: 'LeaderboardEntry',
    description: 'Shows a quarantined cell again. Idempotent.',
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const entry = await setEntryQuarantine(ctx.db, String(id), false);
      await audit(ctx, 'leaderboard.unquarantine', entry.id, { modelName: entry.modelName, language: entry.language, subject: entry.subject, taskType: entry.taskType });
      return ctx.db.leaderboardEntry.findUniqueOrThrow({ ...selectable(query), where: { id: entry.id } });
    },
  }),
  setLeaderboardModelQuarantine: t.field({
    authScopes: { admin: true },
    type: 'Int',
    description: 'Quarantines (or un-quarantines) every cell of a model, optionally in one language; returns the number of cells changed.',
    errors: { types: [NotFoundError] },
    args: {
      modelName: t.arg.string({ required: true }),
      quarantined: t.arg.boolean({ required: true }),
      language: t.arg({ type: LanguageEnum }),
    },
    resolve: async (_root, { modelName, quarantined, language }, ctx) => {
      const changed = await setModelQuarantine(ctx.db, modelName, quarantined, language ?? null);
      await audit(ctx, 'leaderboard.model_quarantine', modelName, { quarantined, language: language ?? null, cells: changed });
      return changed;
    },
  }),
  deleteLeaderboardEntry: t.field({
    authScopes: { admin: true },
    type: 'ID',
    description: 'Deletes a cell for good (prefer quarantine to keep it auditable). Returns its id.',
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const entry = await deleteEntry(ctx.db, String(id));
      await audit(ctx, 'leaderboard.delete', entry.id, { modelName: entry.modelName, language: entry.language, subject: entry.subject, taskType: entry.taskType, score: entry.score });
      return entry.id;
    },
  }),
  importLeaderboard: t.field({
    authScopes: { admin: true },
    type: LeaderboardImportReportRef,
    description:
      'Admin: imports a leaderboard table from a file on the SERVER (parquet, CSV, JSON or JSONL; BenchHub Plus seed columns model_name, language, ' +
      'subject_type, task_type, score[, n], or this API\'s export). Only files inside SERVER_IMPORT_DIRS (default .data/imports) are read; ' +
      'relative paths are taken from its first directory. Idempotent; cells become IMPORTED; LIVE cells are never overwritten.',
    errors: { types: [ValidationError, NotFoundError] },
    args: { path: t.arg.string({ required: true, description: 'Server-side file path, inside SERVER_IMPORT_DIRS.' }) },
    resolve: async (_root, { path }, ctx) => {
      const report = await importLeaderboard(ctx.db, allowedServerImportPath(path));
      await audit(ctx, 'leaderboard.import', path, { rows: report.rows, inserted: report.inserted, updated: report.updated, skipped: report.skipped });
      return report;
    },
  }),
}));
