import type { BenchmarkItem, Language, ProblemType, TargetType, TaskType } from '@benchhub/core/benchmark';
import type { BenchmarkItem as BenchmarkItemRow } from '../generated/client/client';

const stringArray = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.map((v) => String(v)) : null;

/** Maps a stored row to the core item type (JSON columns parsed). */
export function toBenchmarkItem(row: BenchmarkItemRow): BenchmarkItem {
  return {
    id: row.id,
    problemType: row.problemType as ProblemType,
    context: row.context,
    prompt: row.prompt,
    options: stringArray(row.options),
    answer: row.answer,
    reference: row.reference,
    taskType: row.taskType as TaskType,
    targetType: row.targetType as TargetType,
    subjectType: stringArray(row.subjectType) ?? [],
    benchmarkName: row.benchmarkName,
    language: row.language as Language,
    mcqaMeta: row.mcqaMeta,
    originalCategory: row.originalCategory,
    additionalInfo: row.additionalInfo,
    split: row.split,
  };
}

/** Coarse category of a "Coarse/Fine" subject (split on the first slash: "Social Intelligence/Value/Alignment"). */
export const coarseOfSubject = (subject: string) => subject.split('/')[0] ?? subject;
