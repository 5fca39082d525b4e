/**
 * Normalizes rows of an imported leaderboard table: the Python BenchHub Plus seed format
 * (model_name, language, subject_type, task_type, score[, n]) and this project's own export
 * (model, language, subject, taskType, score, n, ciLow, ciHigh, source). Column names are
 * matched case-insensitively, ignoring "_", "-" and spaces.
 */
import type { Language, TaskType } from '../benchmark';
import { wilsonInterval } from '../stats/wilson';
import { isFine, type FineCategory } from '../taxonomy/categories';
import { normalizeLanguage, normalizeSubject, normalizeTaskType } from '../taxonomy/normalize';
import { coarseSubjectOf } from './cells';
import { correctOf } from './rollup';

export interface ImportedCell {
  modelName: string;
  language: Language;
  subject: FineCategory;
  coarseSubject: string;
  taskType: TaskType;
  score: number;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export type RecordResult = { ok: true; cell: ImportedCell } | { ok: false; message: string };

const ALIASES: Record<string, readonly string[]> = {
  model: ['modelname', 'model'],
  language: ['language', 'lang'],
  subject: ['subjecttype', 'subject'],
  taskType: ['tasktype', 'task'],
  score: ['score', 'accuracy'],
  n: ['n', 'count', 'samples', 'samplesize'],
  ciLow: ['cilow'],
  ciHigh: ['cihigh'],
};

const columnKey = (name: string) => name.toLowerCase().replace(/[_\-\s]+/g, '');

function pick(record: Record<string, unknown>, field: keyof typeof ALIASES): unknown {
  for (const [name, value] of Object.entries(record)) {
    if (ALIASES[field]!.includes(columnKey(name))) return value;
  }
  return undefined;
}

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') return Number(value.trim());
  return null;
}

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

export function normalizeLeaderboardRecord(record: Record<string, unknown>): RecordResult {
  const rawModel = pick(record, 'model');
  const modelName = typeof rawModel === 'string' ? rawModel.trim() : '';
  if (modelName === '') return { ok: false, message: 'model_name is missing' };

  const rawLanguage = pick(record, 'language');
  const language = normalizeLanguage(rawLanguage);
  if (language === null) return { ok: false, message: `unknown language ${show(rawLanguage)}` };

  const rawSubject = pick(record, 'subject');
  const subject = normalizeSubject(rawSubject);
  if (subject === null || !isFine(subject)) {
    return { ok: false, message: `subject_type ${show(rawSubject)} is not a fine "Coarse/Fine" category of the taxonomy` };
  }

  const rawTask = pick(record, 'taskType');
  const taskType = normalizeTaskType(rawTask);
  if (taskType === null) return { ok: false, message: `unknown task_type ${show(rawTask)}` };

  const rawScore = pick(record, 'score');
  const score = toNumber(rawScore);
  if (score === null || !Number.isFinite(score) || score < 0 || score > 1) {
    return { ok: false, message: `score must be a number in [0, 1], got ${show(rawScore)}` };
  }

  const rawN = pick(record, 'n');
  let n: number | null = null;
  if (!isBlank(rawN)) {
    n = toNumber(rawN);
    if (n === null || !Number.isSafeInteger(n) || n < 0) return { ok: false, message: `n must be a non-negative integer, got ${show(rawN)}` };
  }

  let ciLow: number | null = null;
  let ciHigh: number | null = null;
  const rawLow = pick(record, 'ciLow');
  const rawHigh = pick(record, 'ciHigh');
  if (!isBlank(rawLow) && !isBlank(rawHigh)) {
    ciLow = toNumber(rawLow);
    ciHigh = toNumber(rawHigh);
    if (ciLow === null || ciHigh === null || !(ciLow >= 0 && ciLow <= ciHigh && ciHigh <= 1)) {
      return { ok: false, message: `ci_low/ci_high must satisfy 0 ≤ ci_low ≤ ci_high ≤ 1, got ${show(rawLow)}, ${show(rawHigh)}` };
    }
  } else if (n !== null && n > 0) {
    const interval = wilsonInterval(correctOf({ score, n }), n);
    ciLow = interval.low;
    ciHigh = interval.high;
  }

  return { ok: true, cell: { modelName, language, subject, coarseSubject: coarseSubjectOf(subject), taskType, score, n, ciLow, ciHigh } };
}
