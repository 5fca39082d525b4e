/**
 * The gold answer of a BenchHub row, from whichever column holds it.
 *
 * Published exports differ: the multilingual layout puts the gold in `answer` (text, or a letter for
 * MCQA); the BenchHub-En/Ko exports leave `answer` empty and give `answer_key` (the option letter)
 * and `answer_str` (its text); `mcqa_meta.original_answer` repeats it as a letter or a 0-based index.
 * The first column that resolves is the gold (answer, answer_key, answer_str, original_answer);
 * every other one present is cross-checked, and a disagreement is a warning on the row.
 */
import type { ProblemType } from '@benchhub/core/benchmark';
import { choiceLetter, resolveGoldBinary, resolveGoldChoice } from '@benchhub/core/scoring';

/** A finding on one row: `message` is the same for every row with it (reports count by it); `detail` names this row's values. */
export interface RowWarning {
  message: string;
  detail: string;
}

export interface GoldColumns {
  answer: string | null;
  answerKey: string | null;
  answerStr: string | null;
  /** mcqa_meta as given: a JSON string or an object. */
  mcqaMeta: unknown;
}

export type GoldResult = { answer: string; warnings: RowWarning[] } | { error: string };

type SourceName = 'answer' | 'answer_key' | 'answer_str' | 'mcqa_meta.original_answer';

interface McqaMeta {
  numOptions: number | null;
  optionKeys: string[] | null;
  originalAnswer: string | null;
}

const show = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** mcqa_meta parsed leniently (a JSON string or an object); null when absent or unreadable. */
export function parseMcqaMeta(value: unknown): McqaMeta | null {
  let obj: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '' || value.trim() === 'None') return null;
    try {
      obj = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return null;
  const record = obj as Record<string, unknown>;
  const original = record.original_answer ?? record.originalAnswer;
  const keys = record.option_keys ?? record.optionKeys;
  const count = record.num_options ?? record.numOptions;
  return {
    numOptions: typeof count === 'number' || (typeof count === 'string' && /^\d+$/.test(count)) ? Number(count) : null,
    optionKeys: Array.isArray(keys) ? keys.map(String) : null,
    originalAnswer: original === null || original === undefined || String(original).trim() === '' ? null : String(original).trim(),
  };
}

/** NFKC, trimmed, inner spacing collapsed. */
const tidy = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** The option whose text is `text`: exact first, then case-insensitively; null unless exactly one matches. */
function optionByText(text: string, options: readonly string[]): number | null {
  const exact = options.map((o, i) => (tidy(o) === tidy(text) ? i : -1)).filter((i) => i >= 0);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  const loose = options.map((o, i) => (tidy(o).toLowerCase() === tidy(text).toLowerCase() ? i : -1)).filter((i) => i >= 0);
  return loose.length === 1 ? loose[0]! : null;
}

/** An option letter ("B", "(b)", "B.", "b)") → its index; null when it is not a letter label. */
function letterIndex(text: string, count: number): number | null {
  const m = /^\(?\s*([A-Za-z])\s*[).:]?$/.exec(tidy(text));
  if (!m) return null;
  const index = m[1]!.toUpperCase().charCodeAt(0) - 65;
  return index >= 0 && index < count ? index : null;
}

/** mcqa_meta.original_answer: one of option_keys, a 0-based index, or a letter. */
function originalAnswerIndex(meta: McqaMeta, count: number): number | null {
  const value = meta.originalAnswer!;
  const keyed = meta.optionKeys?.indexOf(value) ?? -1;
  if (keyed >= 0 && keyed < count) return keyed;
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    return index < count ? index : null;
  }
  return letterIndex(value, count);
}

interface Source {
  name: SourceName;
  raw: string;
  index: number | null;
}

/** Every gold column present, resolved to an option index where possible. */
function choiceSources(columns: GoldColumns, options: readonly string[], meta: McqaMeta | null): Source[] {
  const sources: Source[] = [];
  if (columns.answer !== null) sources.push({ name: 'answer', raw: columns.answer, index: resolveGoldChoice(columns.answer, options) });
  if (columns.answerKey !== null) {
    const index = letterIndex(columns.answerKey, options.length) ?? resolveGoldChoice(columns.answerKey, options);
    sources.push({ name: 'answer_key', raw: columns.answerKey, index });
  }
  if (columns.answerStr !== null) sources.push({ name: 'answer_str', raw: columns.answerStr, index: optionByText(columns.answerStr, options) });
  if (meta?.originalAnswer) sources.push({ name: 'mcqa_meta.original_answer', raw: meta.originalAnswer, index: originalAnswerIndex(meta, options.length) });
  return sources;
}

/** The stored gold of an MCQA item: the letter, or the option text when the letter would read as another option. */
function storedChoice(index: number, options: readonly string[]): string | null {
  const letter = choiceLetter(index);
  if (resolveGoldChoice(letter, options) === index) return letter;
  const text = options[index]!;
  return resolveGoldChoice(text, options) === index ? text : null;
}

function crossCheck(sources: readonly Source[], gold: Source, describe: (s: Source) => string, same: (a: Source, b: Source) => boolean): RowWarning[] {
  const warnings: RowWarning[] = [];
  for (const s of sources) {
    if (s === gold) continue;
    if (s.index === null) {
      warnings.push({ message: `${s.name} does not resolve (ignored; gold from ${gold.name})`, detail: `${s.name} ${show(s.raw)} does not resolve; gold from ${gold.name} ${show(gold.raw)}` });
    } else if (!same(s, gold)) {
      warnings.push({
        message: `gold sources disagree: ${s.name} vs ${gold.name} (${gold.name} used)`,
        detail: `${s.name} ${show(s.raw)} → ${describe(s)} but ${gold.name} ${show(gold.raw)} → ${describe(gold)}; ${gold.name} used`,
      });
    }
  }
  return warnings;
}

function resolveChoice(columns: GoldColumns, options: readonly string[]): GoldResult {
  const meta = parseMcqaMeta(columns.mcqaMeta);
  const sources = choiceSources(columns, options, meta);
  if (sources.length === 0) return { error: 'missing answer (answer, answer_key, answer_str and mcqa_meta.original_answer are all empty)' };
  const gold = sources.find((s) => s.index !== null);
  if (gold === undefined) {
    return { error: `answer matches none of the ${options.length} options (${sources.map((s) => `${s.name} ${show(s.raw)}`).join(', ')})` };
  }
  const index = gold.index!;
  const warnings = crossCheck(sources, gold, (s) => `option ${choiceLetter(s.index!)}`, (a, b) => a.index === b.index);
  if (meta?.numOptions != null && meta.numOptions !== options.length) {
    warnings.push({ message: 'mcqa_meta.num_options differs from the number of options', detail: `mcqa_meta.num_options ${meta.numOptions}, options ${options.length}` });
  }
  if (gold.name === 'answer') return { answer: gold.raw, warnings };
  const stored = storedChoice(index, options);
  if (stored === null) return { error: `the gold option ${choiceLetter(index)} cannot be stored unambiguously (its letter and its text both name other options)` };
  return { answer: stored, warnings };
}

/** Binary gold: a verdict word, or an option (by letter or index) whose text is a verdict. */
function resolveBinary(columns: GoldColumns, options: readonly string[] | null): GoldResult {
  const verdictOf = (text: string) => resolveGoldBinary(text, options);
  const viaOption = (index: number | null) => (index === null || !options ? null : options[index] ?? null);
  const meta = options ? parseMcqaMeta(columns.mcqaMeta) : null;
  const candidates: { name: SourceName; raw: string; text: string | null }[] = [];
  if (columns.answer !== null) candidates.push({ name: 'answer', raw: columns.answer, text: columns.answer });
  if (columns.answerKey !== null) {
    const text = options ? viaOption(letterIndex(columns.answerKey, options.length)) ?? columns.answerKey : columns.answerKey;
    candidates.push({ name: 'answer_key', raw: columns.answerKey, text });
  }
  if (columns.answerStr !== null) candidates.push({ name: 'answer_str', raw: columns.answerStr, text: columns.answerStr });
  if (meta?.originalAnswer && options) candidates.push({ name: 'mcqa_meta.original_answer', raw: meta.originalAnswer, text: viaOption(originalAnswerIndex(meta, options.length)) });
  if (candidates.length === 0) return { error: 'missing answer (answer, answer_key and answer_str are all empty)' };
  const sources = candidates.map((c) => ({ ...c, verdict: c.text === null ? null : verdictOf(c.text) }));
  const gold = sources.find((s) => s.verdict !== null);
  if (gold === undefined) return { error: `answer ${show(sources[0]!.raw)} is not a true/false verdict` };
  // The cross-check compares verdicts; `index` carries the verdict as 1/0 so one helper serves both types.
  const asSource = (s: (typeof sources)[number]): Source => ({ name: s.name, raw: s.raw, index: s.verdict === null ? null : Number(s.verdict) });
  const all = sources.map(asSource);
  const warnings = crossCheck(all, all[sources.indexOf(gold)]!, (s) => (s.index === 1 ? 'true' : 'false'), (a, b) => a.index === b.index);
  return { answer: gold.name === 'answer' ? gold.raw : gold.text!, warnings };
}

/** Short-form and open-ended gold: `answer`, else `answer_str`, else `answer_key`; answer and answer_str are cross-checked. */
function resolveText(problemType: ProblemType, columns: GoldColumns): GoldResult {
  const answer = columns.answer ?? columns.answerStr ?? columns.answerKey;
  if (answer === null) return problemType === 'open-ended' ? { answer: '', warnings: [] } : { error: 'missing answer (answer, answer_str and answer_key are all empty)' };
  const warnings: RowWarning[] = [];
  if (columns.answer !== null && columns.answerStr !== null && tidy(columns.answer).toLowerCase() !== tidy(columns.answerStr).toLowerCase()) {
    warnings.push({ message: 'gold sources disagree: answer_str vs answer (answer used)', detail: `answer ${show(columns.answer)} but answer_str ${show(columns.answerStr)}; answer used` });
  }
  return { answer, warnings };
}

/** The gold answer of a row, or why it has none. */
export function resolveGold(problemType: ProblemType, columns: GoldColumns, options: readonly string[] | null): GoldResult {
  switch (problemType) {
    case 'MCQA':
      return resolveChoice(columns, options ?? []);
    case 'Binary':
      return resolveBinary(columns, options);
    default:
      return resolveText(problemType, columns);
  }
}
