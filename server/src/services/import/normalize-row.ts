/**
 * One raw BenchHub record (snake_case columns, values as parquet/JSON/CSV give them) → a
 * BenchmarkItem, or the reason it cannot be used. Vocabulary variants are normalized through the
 * taxonomy module; unknown "Coarse/Fine" subjects are kept and reported as warnings.
 */
import { createHash } from 'node:crypto';
import type { BenchmarkItem, Language, ProblemType } from '@benchhub/core/benchmark';
import { MAX_CHOICES, resolveGoldBinary, resolveGoldChoice } from '@benchhub/core/scoring';
import {
  isCoarse,
  normalizeLanguage,
  normalizeProblemType,
  normalizeSubject,
  normalizeTargetType,
  normalizeTaskType,
} from '@benchhub/core/taxonomy';

export interface NormalizeContext {
  /** Language for records without a language value (`--language`); inferred from the prompt when absent. */
  defaultLanguage?: Language | null;
  /** Used as benchmark_name when a record has none. */
  datasetName: string;
}

export type NormalizedRow =
  | {
      item: BenchmarkItem;
      /** Non-fatal findings (unknown subjects kept, dropped subjects, defaults used). */
      warnings: string[];
      /** The language was inferred from the text (no language value and no default). */
      languageInferred: boolean;
    }
  | { error: string };

/** Column key: case- and separator-insensitive, so `problem_type`, `problemType` and `Problem Type` match. */
const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const FIELDS = [
  'id',
  'problem_type',
  'context',
  'prompt',
  'options',
  'answer',
  'reference',
  'task_type',
  'target_type',
  'subject_type',
  'benchmark_name',
  'mcqa_meta',
  'original_category',
  'additional_info',
  'split',
  'language',
] as const;
type Field = (typeof FIELDS)[number];
const FIELD_BY_KEY = new Map<string, Field>(FIELDS.map((f) => [columnKey(f), f]));

function pickFields(raw: Record<string, unknown>): Partial<Record<Field, unknown>> {
  const out: Partial<Record<Field, unknown>> = {};
  for (const [name, value] of Object.entries(raw)) {
    const field = FIELD_BY_KEY.get(columnKey(name));
    if (field !== undefined && out[field] === undefined) out[field] = value;
  }
  return out;
}

const jsonReplacer = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/** Any scalar as text; lists/objects as JSON; null/undefined stay null. */
export function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return JSON.stringify(value, jsonReplacer);
}

/** Text, or null when missing or blank (CSV gives "" for empty cells). */
function optionalText(value: unknown): string | null {
  const text = toText(value);
  return text === null || text.trim() === '' ? null : text;
}

/**
 * Parses a Python/numpy list literal as pandas writes it to CSV: `['a', "b"]`, `['a' 'b']`
 * (numpy arrays, no commas), with backslash escapes. Returns null when it is not such a list.
 */
export function parseListLiteral(text: string): unknown[] | null {
  const s = text.trim();
  if (!s.startsWith('[') || !s.endsWith(']')) return null;
  const out: unknown[] = [];
  let i = 1;
  const end = s.length - 1;
  while (i < end) {
    const c = s[i]!;
    if (c === ',' || /\s/.test(c)) {
      i++;
      continue;
    }
    let quote = c;
    if ((c === 'u' || c === 'U') && (s[i + 1] === "'" || s[i + 1] === '"')) {
      i++;
      quote = s[i]!;
    }
    if (quote === "'" || quote === '"') {
      let value = '';
      i++;
      let closed = false;
      while (i < end) {
        const ch = s[i]!;
        if (ch === '\\' && i + 1 < end) {
          const next = s[i + 1]!;
          const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
          if (next in simple) {
            value += simple[next];
            i += 2;
          } else if ((next === 'x' || next === 'u') && /^[0-9a-fA-F]+$/.test(s.slice(i + 2, i + (next === 'x' ? 4 : 6)))) {
            const digits = next === 'x' ? 2 : 4;
            value += String.fromCharCode(parseInt(s.slice(i + 2, i + 2 + digits), 16));
            i += 2 + digits;
          } else {
            value += ch;
            i++;
          }
        } else if (ch === quote) {
          closed = true;
          i++;
          break;
        } else {
          value += ch;
          i++;
        }
      }
      if (!closed) return null;
      out.push(value);
      continue;
    }
    // Bare token: number, None, True, False.
    let j = i;
    while (j < end && s[j] !== ',' && !/\s/.test(s[j]!)) j++;
    const token = s.slice(i, j);
    if (token === 'None' || token === 'nan') out.push(null);
    else if (token === 'True' || token === 'False') out.push(token === 'True');
    else if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(token)) out.push(Number(token));
    else return null;
    i = j;
  }
  return out;
}

/** A list given as an array, a JSON array string or a Python list literal. */
function parseListValue(value: unknown, field: string): unknown[] | { error: string } {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return { error: `${field} must be a list, got ${typeof value}` };
  const text = value.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
    return { error: `${field} must be a JSON list, got ${parsed === null ? 'null' : typeof parsed}` };
  } catch (error) {
    const literal = parseListLiteral(text);
    if (literal) return literal;
    return { error: `bad JSON in ${field}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Options as a list of strings; null when absent or empty. */
export function parseOptions(value: unknown): string[] | null | { error: string } {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (typeof value === 'string' && !value.trim().startsWith('[')) {
    return { error: 'options must be a list (a JSON array such as ["A", "B"])' };
  }
  const list = parseListValue(value, 'options');
  if (!Array.isArray(list)) return list;
  const options: string[] = [];
  for (const option of list) {
    if (typeof option === 'string' || typeof option === 'number' || typeof option === 'bigint' || typeof option === 'boolean') {
      options.push(String(option));
    } else {
      return { error: `options must contain only strings (found ${option === null ? 'null' : typeof option})` };
    }
  }
  return options.length > 0 ? options : null;
}

/** subject_type: a list, a JSON/Python list string, or one string (several may be separated by "|" or ";"). */
export function parseSubjectList(value: unknown): string[] | { error: string } {
  if (value === null || value === undefined) return [];
  let list: unknown[];
  if (typeof value === 'string' && !value.trim().startsWith('[')) {
    list = value.split(/[|;]/);
  } else {
    const parsed = parseListValue(value, 'subject_type');
    if (!Array.isArray(parsed)) return parsed;
    list = parsed;
  }
  return list.map((s) => (toText(s) ?? '').trim()).filter((s) => s !== '');
}

/**
 * Canonical subjects and warnings. Known subjects (any spelling the taxonomy accepts) become
 * canonical; unknown "Coarse/Fine" subjects are kept (coarse part canonicalized when known);
 * anything else is dropped. A bare coarse category is dropped when a fine of it is present.
 */
export function normalizeSubjects(subjects: readonly string[]): { subjects: string[]; warnings: string[] } {
  const out: string[] = [];
  const warnings: string[] = [];
  for (const raw of subjects) {
    const known = normalizeSubject(raw);
    if (known !== null) {
      out.push(known);
      continue;
    }
    const slash = raw.indexOf('/');
    if (slash > 0 && slash < raw.length - 1) {
      const coarse = normalizeSubject(raw.slice(0, slash).trim());
      const subject = coarse !== null && isCoarse(coarse) ? `${coarse}/${raw.slice(slash + 1).trim()}` : raw;
      out.push(subject);
      warnings.push(
        coarse !== null && isCoarse(coarse)
          ? `unknown subject "${subject}" (kept)`
          : `unknown subject "${subject}" with an unknown coarse category (kept)`,
      );
      continue;
    }
    warnings.push(`unrecognized subject "${raw}" dropped (expected "Coarse/Fine")`);
  }
  const unique = [...new Set(out)];
  const finesOfCoarse = new Set(unique.filter((s) => s.includes('/')).map((s) => s.slice(0, s.indexOf('/'))));
  return { subjects: unique.filter((s) => !(isCoarse(s) && finesOfCoarse.has(s))), warnings };
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/gu;
const LETTER = /\p{L}/gu;

/** Korean when Hangul is at least 20% of the letters, English when there are letters but less; null without letters. */
export function inferLanguage(text: string): Language | null {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return null;
  const hangul = text.match(HANGUL)?.length ?? 0;
  return hangul / letters >= 0.2 ? 'Korean' : 'English';
}

/** Stable id of an item without an id column: the same question always gets the same id. */
export function stableItemId(fields: {
  language: Language;
  problemType: ProblemType;
  prompt: string;
  context: string | null;
  options: string[] | null;
  answer: string;
  benchmarkName: string;
}): string {
  const key = JSON.stringify([
    fields.language,
    fields.problemType,
    fields.prompt,
    fields.context,
    fields.options,
    fields.answer,
    fields.benchmarkName,
  ]);
  return `bh-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

const quoteValue = (value: unknown) => JSON.stringify(toText(value)?.slice(0, 80) ?? null);

/** Raw record → BenchmarkItem, or `{ error }` with the reason it is unusable. Never throws. */
export function normalizeRow(raw: Record<string, unknown>, context: NormalizeContext): NormalizedRow {
  const f = pickFields(raw);
  const warnings: string[] = [];

  const problemTypeText = optionalText(f.problem_type);
  if (problemTypeText === null) return { error: 'missing problem_type' };
  const problemType = normalizeProblemType(problemTypeText.trim());
  if (problemType === null) {
    return { error: `unknown problem_type ${quoteValue(problemTypeText)} (expected MCQA, Binary, short-form or open-ended)` };
  }

  const prompt = optionalText(f.prompt);
  if (prompt === null) return { error: 'missing prompt' };

  const taskTypeText = optionalText(f.task_type);
  if (taskTypeText === null) return { error: 'missing task_type' };
  const taskType = normalizeTaskType(taskTypeText.trim());
  if (taskType === null) return { error: `unknown task_type ${quoteValue(taskTypeText)} (expected Knowledge, Reasoning or Value/Alignment)` };

  const targetRaw = Array.isArray(f.target_type) ? f.target_type[0] : f.target_type;
  const targetTypeText = optionalText(targetRaw);
  if (targetTypeText === null) return { error: 'missing target_type' };
  const targetType = normalizeTargetType(targetTypeText.trim());
  if (targetType === null) return { error: `unknown target_type ${quoteValue(targetTypeText)} (expected General or Local)` };

  const parsedOptions = parseOptions(f.options);
  if (parsedOptions !== null && !Array.isArray(parsedOptions)) return parsedOptions;
  // Options belong to MCQA (and optionally Binary) items only.
  const options = problemType === 'MCQA' || problemType === 'Binary' ? parsedOptions : null;

  const answerText = toText(f.answer);
  const answer = answerText === null ? '' : answerText.trim();
  switch (problemType) {
    case 'MCQA':
      if (options === null) return { error: 'MCQA item without options' };
      if (options.length < 2) return { error: 'MCQA item needs at least 2 options' };
      if (options.length > MAX_CHOICES) return { error: `MCQA item has ${options.length} options (at most ${MAX_CHOICES} are supported)` };
      if (answer === '') return { error: 'missing answer' };
      if (resolveGoldChoice(answer, options) === null) {
        return { error: `answer ${quoteValue(answer)} matches none of the ${options.length} options (option text, letter or 1-based number)` };
      }
      break;
    case 'Binary':
      if (answer === '') return { error: 'missing answer' };
      if (resolveGoldBinary(answer, options) === null) return { error: `answer ${quoteValue(answer)} is not a true/false verdict` };
      break;
    case 'short-form':
      if (answer === '') return { error: 'missing answer' };
      break;
    case 'open-ended':
      // Judged against the reference; the answer may be empty.
      break;
  }

  const subjectList = parseSubjectList(f.subject_type);
  if (!Array.isArray(subjectList)) return subjectList;
  const { subjects, warnings: subjectWarnings } = normalizeSubjects(subjectList);
  warnings.push(...subjectWarnings);
  if (subjects.length === 0) warnings.push('no subject_type (the item only matches plans without subjects)');

  const contextText = optionalText(f.context);
  let language: Language | null = null;
  let languageInferred = false;
  const languageText = optionalText(f.language);
  if (languageText !== null) {
    language = normalizeLanguage(languageText.trim());
    if (language === null) return { error: `unknown language ${quoteValue(languageText)} (expected Korean or English)` };
  } else if (context.defaultLanguage) {
    language = context.defaultLanguage;
  } else {
    languageInferred = true;
    language = inferLanguage(prompt) ?? inferLanguage([contextText ?? '', ...(options ?? [])].join(' '));
    if (language === null) {
      language = 'English';
      warnings.push('language could not be inferred (no letters in the text): assumed English; pass --language');
    }
  }

  let benchmarkName = optionalText(f.benchmark_name)?.trim() ?? null;
  if (benchmarkName === null) {
    benchmarkName = context.datasetName;
    warnings.push('missing benchmark_name (the dataset name was used)');
  }

  const id =
    optionalText(f.id)?.trim() ??
    stableItemId({ language, problemType, prompt, context: contextText, options, answer, benchmarkName });

  return {
    item: {
      id,
      problemType,
      context: contextText,
      prompt,
      options,
      answer,
      reference: optionalText(f.reference),
      taskType,
      targetType,
      subjectType: subjects,
      benchmarkName,
      language,
      mcqaMeta: optionalText(f.mcqa_meta),
      originalCategory: optionalText(f.original_category),
      additionalInfo: optionalText(f.additional_info),
      split: optionalText(f.split)?.trim() ?? 'test',
    },
    warnings,
    languageInferred,
  };
}
