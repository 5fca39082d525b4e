import type { PlanIssue } from '@benchhub/core/planner';
import { ValidationError } from '../errors';

/** A refused plan, one FieldIssue per field (path plan.<field>, its code and params), so clients say each in their language. */
export function invalidPlanError(issues: readonly PlanIssue[]): ValidationError {
  return new ValidationError(
    `Invalid plan: ${issues.map((issue) => issue.message).join('; ')}`,
    issues.map((issue) => ({ path: issue.path === 'plan' ? 'plan' : `plan.${issue.path}`, message: issue.message, code: issue.code, params: issue.params })),
    'INVALID_PLAN',
  );
}
