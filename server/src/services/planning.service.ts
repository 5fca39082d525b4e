import { planFromQuery, validateQuery, type EvaluationPlan } from '@benchhub/core/planner';
import { ValidationError } from '../errors';

/** Plans a query with the rules planner (offline, deterministic). */
export async function planQuery(_deps: unknown, query: string): Promise<EvaluationPlan> {
  const checked = validateQuery(query);
  if (!checked.ok) throw new ValidationError(checked.message, [{ path: 'query', message: checked.message }], checked.code);
  return planFromQuery(checked.query);
}
