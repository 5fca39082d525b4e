/**
 * The leaderboard read model as pure functions: cells from run samples, n-weighted rollups,
 * personalized ranking over a plan, interval-overlap tie groups, and the import/export row formats.
 */
export * from './types';
export { correctOf, rollupBy, rollupCells, type Rollup } from './rollup';
export { SCORED_STATUSES, canonicalSubject, cellsFromSamples, coarseSubjectOf, type CellSampleInput, type ComputedCell } from './cells';
export { intervalTieGroups, intervalsOverlap, type IntervalEntry, type IntervalRankedEntry, type IntervalTieResult } from './ties';
export {
  rankModels,
  resolvePlanCells,
  type PersonalizedRankingResult,
  type RankModelsInput,
  type RankedModel,
  type RankingCell,
  type RankingPlan,
  type ResolvedPlanCells,
  type SubjectColumn,
} from './ranking';
export { csvField, parseCsv, parseCsvRecords, toCsv, type CsvValue } from './csv';
export { normalizeLeaderboardRecord, type ImportedCell, type RecordResult } from './rows';
