import { statementsFor, type CandidateFilter, type CandidateItem, type Db } from './statements';

export type { CandidateFilter, CandidateItem } from './statements';

/**
 * Every item matching a plan's language, problem type, task type, target and subjects (fine
 * "Coarse/Fine" names or whole coarse categories), with its subjects and dataset version — items of
 * superseded dataset versions excluded (they stay for the tasks that used them). One
 * statement: for a 2,000-item plan the query builder's relation loading (items, then subjects,
 * then datasets) took most of createEvaluation's time. Order is unspecified; sampling sorts by id.
 */
export function findCandidateItems(db: Db, filter: CandidateFilter): Promise<CandidateItem[]> {
  return statementsFor(db).findCandidateItems(db, filter);
}
