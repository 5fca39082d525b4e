/**
 * What createEvaluation checks before it stores anything (issue #9 item 7): the rate limits per client address and
 * per user (quotas are checked later, once the work is known: quota.service.ts). A refusal is a typed error value
 * (RATE_LIMITED); nothing is changed.
 */
import type { GraphQLContext } from '../graphql/context';
import { limitsOf } from '../http/client-address';

export async function enforceEvaluationLimits(context: GraphQLContext): Promise<void> {
  const limits = limitsOf(context);
  if (!limits) return;
  await limits.rateLimits.consume('evaluationByIp', limits.clientAddress);
  if (context.viewer) await limits.rateLimits.consume('evaluationByUser', context.viewer.id);
}
