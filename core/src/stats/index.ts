export { wilsonInterval, runningAccuracy, Z_95, type Interval, type RunningAccuracy } from './wilson';
export { mcnemarExact, compareModels, pairwiseMcNemar, mcnemarPTest, type PairwiseComparison } from './mcnemar';
export { holmAdjust } from './holm';
export {
  tiedGroups,
  type ModelAccuracy,
  type RankedEntry,
  type AdjustedComparison,
  type TiedGroupsResult,
} from './tiedGroups';
export { compactLetters, groupLetter, lettersOf, monotoneRanks } from './letters';
export { percentile } from './percentile';
export { summarizeRun, type RunSample, type RunSummary, type Pricing, type GroupStats } from './summarizeRun';
