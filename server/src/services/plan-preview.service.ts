/**
 * What a plan will draw, before anything is stored: the same candidate query and sampling as createEvaluation, so the
 * counts shown before submit are the whole plan's (language, problem type, task type, target, subjects) — not one
 * subject's items in every problem type — and a shortfall is known before the task starts.
 */
import type { EvaluationPlan } from '@benchhub/core/planner';
import { validatePlan } from '@benchhub/core/planner';
import { sampleItems } from '@benchhub/core/sampling';
import { findCandidateItems, type PrismaClient } from '@benchhub/db';
import { invalidPlanError } from './invalid-plan';

export interface PlanPreview {
  /** Items matching the whole plan. */
  available: number;
  requested: number;
  /** Items the task will draw (min(requested, available), stratified by subject). */
  drawn: number;
  shortfall: number;
  /** Per plan subject (every coarse category when the plan names none): items matching the whole plan, and drawn. */
  subjects: { subject: string; available: number; drawn: number }[];
}

const belongs = (planSubject: string, itemSubject: string) =>
  planSubject.includes('/') ? itemSubject === planSubject : itemSubject.startsWith(`${planSubject}/`);

export async function previewPlan(db: PrismaClient, input: unknown): Promise<PlanPreview> {
  const checked = validatePlan(input);
  if (!checked.ok) throw invalidPlanError(checked.issues);
  const plan: EvaluationPlan = checked.plan;
  const candidates = await findCandidateItems(db, plan);
  const selection = sampleItems(
    candidates.map((c) => ({ id: c.id, subjects: c.subjects })),
    { subjects: plan.subjects, sampleSize: plan.sampleSize, seed: plan.seed },
  );
  const columns = plan.subjects.length > 0 ? [...plan.subjects] : [...new Set(candidates.flatMap((c) => c.subjects.map((s) => s.split('/')[0]!)))].sort();
  const drawnIds = new Set(selection.itemIds);
  const subjects = columns.map((subject) => {
    const matching = candidates.filter((c) => c.subjects.some((s) => belongs(subject, s)));
    return { subject, available: matching.length, drawn: matching.filter((c) => drawnIds.has(c.id)).length };
  });
  return { available: selection.available, requested: selection.requested, drawn: selection.itemIds.length, shortfall: selection.shortfall, subjects };
}
