/**
 * What createEvaluation checks before it stores anything (issue #9 item 7): the rate limits per client address and
 * per user. A refusal is a typed error value (RATE_LIMITED); nothing is changed.
 */
import { limitsOf } from '../http/client-address';

export async function enforceEvaluationLimits(context: object): Promise<void> {
  const limits = limitsOf(context);
  if (!limits) return;
  await limits.rateLimits.consume('evaluationByIp', limits.clientAddress);
  const viewer = (context as { viewer?: { id: string } | null }).viewer;
  if (viewer) await limits.rateLimits.consume('evaluationByUser', viewer.id);
}
