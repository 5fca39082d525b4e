/** Shared item-building helpers: drafts, MCQA shuffling, prompts, ids. */

import type { BenchmarkItem, Language, ProblemType, TargetType, TaskType } from '../benchmark';
import { fnv1a64Hex } from './hash';
import { Rng } from './prng';

export const SAMPLE_BENCHMARK_NAME = 'BenchHub-Plus Synthetic Sample';
/**
 * Written into every item (additionalInfo.source), so a new version changes the dataset's content hash
 * and cached results of the old one are never mixed with it. v2: gold positions balanced per subject,
 * duplicates by question text removed, two answer-giving stems rewritten, match modes on code output.
 */
export const SAMPLE_BENCHMARK_VERSION = 'synthetic-v2';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

export type Level = 'elementary' | 'middle' | 'high' | 'general';

/** Subject strings used by the sample, exactly as in the BenchHub taxonomy. */
export const SUBJECTS = {
  math: 'Science/Math',
  chemistry: 'Science/Chemistry',
  physics: 'Science/Physics',
  statistics: 'Science/Statistics',
  geography: 'HASS/Geography',
  history: 'HASS/History',
  holiday: 'Culture/Celebration Holiday',
  food: 'Culture/Food',
  clothing: 'Culture/Clothing',
  tradition: 'Culture/Tradition',
  coding: 'Tech./Coding',
  norms: 'Social Intelligence/Norms',
  values: 'Social Intelligence/Value/Alignment',
} as const;
export type Subject = (typeof SUBJECTS)[keyof typeof SUBJECTS];

export interface ItemMeta {
  subject: Subject;
  taskType: TaskType;
  targetType: TargetType;
  /** Goes to originalCategory, e.g. "arithmetic". */
  category: string;
  level: Level;
  /** Finer topic recorded in additionalInfo. */
  topic?: string;
  /** How the short answer is compared (additionalInfo.match): `exact` for program output. */
  match?: 'exact';
}

/** An item before its id is assigned. */
export interface Draft {
  language: Language;
  problemType: ProblemType;
  prompt: string;
  options: string[] | null;
  answer: string;
  reference: string | null;
  context: string | null;
  meta: ItemMeta;
}

export const EN = 'English' satisfies Language;
export const KO = 'Korean' satisfies Language;
export const LANGS: readonly Language[] = [EN, KO];

/** Picks the text for a language. */
export function t(lang: Language, en: string, ko: string): string {
  return lang === 'Korean' ? ko : en;
}

export function binaryLabel(lang: Language, truth: boolean): string {
  if (lang === 'Korean') return truth ? '참' : '거짓';
  return truth ? 'True' : 'False';
}

/** Wraps a statement as a true/false question. */
export function binaryPrompt(lang: Language, statement: string): string {
  return lang === 'Korean'
    ? `다음 내용이 옳으면 "참", 틀리면 "거짓"으로 답하시오.\n${statement}`
    : `True or false? ${statement}\nAnswer "True" or "False".`;
}

export function mcqaDraft(
  rng: Rng,
  lang: Language,
  meta: ItemMeta,
  prompt: string,
  correct: string,
  distractors: readonly string[],
): Draft {
  if (distractors.length !== 3) {
    throw new Error(`MCQA needs exactly 3 distractors (${prompt}): got ${distractors.length}`);
  }
  const all = [correct, ...distractors];
  if (new Set(all.map((o) => o.trim())).size !== 4) {
    throw new Error(`MCQA options must be distinct (${prompt}): ${all.join(' | ')}`);
  }
  const options = rng.shuffle(all);
  const index = options.indexOf(correct);
  return {
    language: lang,
    problemType: 'MCQA',
    prompt,
    options,
    answer: OPTION_LETTERS[index] as string,
    reference: null,
    context: null,
    meta,
  };
}

export function binaryDraft(lang: Language, meta: ItemMeta, statement: string, truth: boolean): Draft {
  return {
    language: lang,
    problemType: 'Binary',
    prompt: binaryPrompt(lang, statement),
    options: null,
    answer: binaryLabel(lang, truth),
    reference: null,
    context: null,
    meta,
  };
}

export function shortDraft(lang: Language, meta: ItemMeta, prompt: string, answer: string): Draft {
  if (answer.trim() === '') throw new Error(`short-form answer is empty: ${prompt}`);
  return {
    language: lang,
    problemType: 'short-form',
    prompt,
    options: null,
    answer,
    reference: null,
    context: null,
    meta,
  };
}

export function openDraft(
  lang: Language,
  meta: ItemMeta,
  prompt: string,
  answer: string,
  reference: string,
): Draft {
  return {
    language: lang,
    problemType: 'open-ended',
    prompt,
    options: null,
    answer,
    reference,
    context: null,
    meta,
  };
}

/** Stable id from (language, problemType, prompt, options). */
export function itemId(
  language: Language,
  problemType: ProblemType,
  prompt: string,
  options: readonly string[] | null,
): string {
  const key = JSON.stringify([language, problemType, prompt, options]);
  return `synthetic-${fnv1a64Hex(key)}`;
}

/**
 * The dedupe key of a question: its language and text (with any context), normalised — case, width,
 * spacing and quote styles do not make a different question, and neither do its options.
 */
export function questionKey(language: Language, prompt: string, context: string | null = null): string {
  const text = `${context ?? ''}\n${prompt}`
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/\s*([?.!,:;)(])\s*/g, '$1')
    .trim();
  return `${language}\u0000${text}`;
}

/** Drafts with each question once (the first draft of a question wins, whatever its options). */
export function dedupeQuestions(drafts: readonly Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = questionKey(d.language, d.prompt, d.context);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Puts the gold option of every MCQA draft at a balanced position: per subject, positions are dealt in
 * shuffled blocks of one of each (A, B, C, D in random order), so each position is gold within one
 * item of a quarter of the subject's questions and no position pattern repeats. The gold option swaps
 * places with the option at its new position; the other options keep their order.
 */
export function balanceGoldPositions(drafts: readonly Draft[]): Draft[] {
  const dealt = new Map<string, number[]>();
  const rngs = new Map<string, Rng>();
  return drafts.map((d) => {
    if (d.problemType !== 'MCQA' || !d.options) return d;
    const k = d.options.length;
    const key = `${d.meta.subject}\u0000${k}`;
    const rng = rngs.get(key) ?? new Rng(`gold-positions:${key}`);
    rngs.set(key, rng);
    let queue = dealt.get(key) ?? [];
    if (queue.length === 0) queue = rng.shuffle(Array.from({ length: k }, (_, i) => i));
    const target = queue.shift()!;
    dealt.set(key, queue);
    const from = OPTION_LETTERS.indexOf(d.answer as (typeof OPTION_LETTERS)[number]);
    if (from === -1) throw new Error(`MCQA draft answer must be a letter: ${d.prompt}`);
    const options = d.options.slice();
    [options[from], options[target]] = [options[target]!, options[from]!];
    return { ...d, options, answer: OPTION_LETTERS[target] as string };
  });
}

/**
 * Turns drafts into items: each question once (by normalised text, not options), gold positions
 * balanced per subject, stable ids from (language, problemType, prompt, options).
 */
export function finalize(drafts: readonly Draft[]): BenchmarkItem[] {
  const seen = new Map<string, string>();
  const items: BenchmarkItem[] = [];
  for (const d of balanceGoldPositions(dedupeQuestions(drafts))) {
    const id = itemId(d.language, d.problemType, d.prompt, d.options);
    const key = JSON.stringify([d.language, d.problemType, d.prompt, d.options]);
    if (seen.has(id)) throw new Error(`id collision for ${id}${seen.get(id) === key ? '' : ' (different content)'}`);
    seen.set(id, key);
    const info: Record<string, string> = { level: d.meta.level };
    if (d.meta.topic) info.topic = d.meta.topic;
    if (d.meta.match) info.match = d.meta.match;
    info.source = SAMPLE_BENCHMARK_VERSION;
    items.push({
      id,
      problemType: d.problemType,
      context: d.context,
      prompt: d.prompt,
      options: d.options ? d.options.slice() : null,
      answer: d.answer,
      reference: d.reference,
      taskType: d.meta.taskType,
      targetType: d.meta.targetType,
      subjectType: [d.meta.subject],
      benchmarkName: SAMPLE_BENCHMARK_NAME,
      language: d.language,
      mcqaMeta: d.problemType === 'MCQA' ? `${d.options?.length ?? 4}-choice` : null,
      originalCategory: d.meta.category,
      additionalInfo: JSON.stringify(info),
      split: 'test',
    });
  }
  return items;
}

/** Picks 3 distinct distractor strings ≠ correct: preferred candidates first, then fallbacks. */
export function pickDistractors(
  rng: Rng,
  correct: string,
  preferred: readonly string[],
  fallback: readonly string[] = [],
): string[] {
  const out: string[] = [];
  const take = (list: readonly string[]) => {
    for (const c of list) {
      if (out.length === 3) return;
      if (c.trim() === '' || c === correct || out.includes(c)) continue;
      out.push(c);
    }
  };
  take(preferred);
  take(rng.shuffle(fallback));
  if (out.length < 3) throw new Error(`not enough distractors for "${correct}"`);
  return out;
}

/** Numeric distractors: domain-specific mistakes first, then near misses. */
export function numericDistractors(
  rng: Rng,
  answer: number,
  mistakes: readonly number[],
  opts: { allowNegative?: boolean; integer?: boolean } = {},
): string[] {
  const allowNegative = opts.allowNegative ?? answer < 0;
  const integer = opts.integer ?? Number.isInteger(answer);
  /** Removes binary floating-point noise such as 0.7999999999999998. */
  const clean = (v: number) => Math.round(v * 1e9) / 1e9;
  const ok = (v: number) =>
    Number.isFinite(v) && v !== answer && (allowNegative || v >= 0) && (!integer || Number.isInteger(v));
  const preferred = rng.shuffle(mistakes.map(clean).filter(ok)).map(String);
  const mag = Math.max(1, Math.abs(answer));
  const steps = !Number.isInteger(answer)
    ? [0.5, 1, 0.1, 2]
    : mag >= 100
      ? [1, 2, 10, 20, 100]
      : mag >= 20
        ? [1, 2, 5, 10]
        : [1, 2, 3];
  const near: number[] = [];
  for (const s of steps) near.push(clean(answer + s), clean(answer - s));
  return pickDistractors(rng, String(answer), preferred.slice(0, 2), near.filter(ok).map(String));
}
