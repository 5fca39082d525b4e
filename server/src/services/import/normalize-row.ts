/**
 * One raw BenchHub record (snake_case columns, values as parquet/JSON/CSV give them) → a
 * BenchmarkItem, or the reason it cannot be used. Both published layouts are read as they are:
 * the BenchHub-En/Ko exports (gold in answer_key/answer_str, mcqa_meta as a JSON string,
 * "Cultural" targets, "None"/"False" strings) and the multilingual one (gold in answer, `option`,
 * Python-list subject strings, lower-case coarse/fine names, no problem/task/target type on
 * short answers, other languages). Vocabulary variants are normalized through the taxonomy
 * module; unknown subjects are kept and reported.
 *
 * Defaults, each with a warning on the row: a missing problem_type is MCQA when the row has
 * options, else short-form; a missing task_type is Knowledge and a missing target_type General
 * (both overridable per import). A row in a language other than Korean or English is skipped
 * unless the import names a language for it.
 */
import { createHash } from 'node:crypto';
import type { BenchmarkItem, Language, ProblemType, TargetType, TaskType } from '@benchhub/core/benchmark';
import { MatchModeError, MAX_CHOICES, matchModeFrom } from '@benchhub/core/scoring';
import {
  isCoarse,
  normalizeLanguage,
  normalizeProblemType,
  normalizeSubject,
  normalizeTargetType,
  normalizeTaskType,
} from '@benchhub/core/taxonomy';
import { resolveGold, type RowWarning } from './gold';
import { detectLanguage, languageName } from './language';

export type { RowWarning } from './gold';

export interface NormalizeContext {
  /**
   * Language for rows with no usable language (`--language`): no language value, or a language
   * other than Korean and English. Without it the language is detected from the text, and rows
   * in other languages are skipped.
   */
  defaultLanguage?: Language | null;
  /** Task type for rows without one (default Knowledge). */
  defaultTaskType?: TaskType | null;
  /** Target type for rows without one (default General). */
  defaultTargetType?: TargetType | null;
  /** Used as benchmark_name when a record has none. */
  datasetName: string;
}

/** Why a row was skipped, as a small closed set (reports count rows by it). */
export type SkipCode =
  | 'malformed-record'
  | 'missing-prompt'
  | 'unknown-problem-type'
  | 'unknown-task-type'
  | 'unknown-target-type'
  | 'bad-options'
  | 'missing-answer'
  | 'unresolved-answer'
  | 'bad-subjects'
  | 'other-language';

export type NormalizedRow =
  | {
      item: BenchmarkItem;
      /** Non-fatal findings (defaults used, gold sources disagreeing, unknown subjects kept…). */
      warnings: RowWarning[];
      /** The language was detected from the text (no language value and no default). */
      languageInferred: boolean;
    }
  | { error: string; code: SkipCode };

export const DEFAULT_TASK_TYPE: TaskType = 'Knowledge';
export const DEFAULT_TARGET_TYPE: TargetType = 'General';

/** Column key: case- and separator-insensitive, so `problem_type`, `problemType` and `Problem Type` match. */
const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const FIELDS = [
  'id',
  'problem_type',
  'context',
  'prompt',
  'options',
  'answer',
  'answer_key',
  'answer_str',
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
  'external_tool_usage',
] as const;
type Field = (typeof FIELDS)[number];
/** Other names of columns in published layouts (`option` in the multilingual export). */
const ALIASES: Readonly<Record<string, Field>> = { option: 'options', lang: 'language' };
const FIELD_BY_KEY = new Map<string, Field>([
  ...FIELDS.map((f) => [columnKey(f), f] as const),
  ...Object.entries(ALIASES).map(([alias, f]) => [columnKey(alias), f] as const),
]);

/** The known columns of a record; unknown ones (`__force_upload_timestamp__`, `metadata`) are ignored. */
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

/** Python's and pandas' spellings of "no value", as exports write them into text columns. */
const NONE_STRINGS = new Set(['None', 'none', 'null', 'NULL', 'nan', 'NaN']);

/** Optional text where "None"/"nan" also mean missing (reference, context, extras). */
function optionalValue(value: unknown): string | null {
  const text = optionalText(value);
  return text === null || NONE_STRINGS.has(text.trim()) ? null : text;
}

/** external_tool_usage: a boolean, "True"/"False", 1/0; undefined when absent, null when unreadable. */
export function parseToolUsage(value: unknown): boolean | null | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === '' || NONE_STRINGS.has(text)) return undefined;
  if (['true', '1', 'yes', 't'].includes(text)) return true;
  if (['false', '0', 'no', 'f'].includes(text)) return false;
  return null;
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
  if (typeof value === 'string' && (value.trim() === '' || NONE_STRINGS.has(value.trim()))) return null;
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


/**
 * Canonical subjects and warnings. Known subjects (any spelling the taxonomy accepts: case,
 * separators, abbreviations, multilingual coarse/fine names) become canonical; unknown ones are
 * kept (a known coarse part canonicalized) and reported. A bare coarse category is dropped when a
 * fine of it is present.
 */
export function normalizeSubjects(subjects: readonly string[]): { subjects: string[]; warnings: RowWarning[]; unknown: string[] } {
  const out: string[] = [];
  const warnings: RowWarning[] = [];
  const unknown: string[] = [];
  for (const raw of subjects) {
    const known = normalizeSubject(raw);
    if (known !== null) {
      out.push(known);
      continue;
    }
    const slash = raw.indexOf('/');
    const coarse = slash > 0 ? normalizeSubject(raw.slice(0, slash).trim()) : null;
    const knownCoarse = coarse !== null && isCoarse(coarse);
    const subject = knownCoarse && slash < raw.length - 1 ? `${coarse}/${raw.slice(slash + 1).trim()}` : raw.trim();
    out.push(subject);
    unknown.push(subject);
    const message = knownCoarse ? `unknown subject "${subject}" (kept)` : `unknown subject "${subject}" outside the taxonomy's coarse categories (kept)`;
    warnings.push({ message, detail: subject === raw ? message : `${message}; written "${raw}"` });
  }
  const unique = [...new Set(out)];
  const finesOfCoarse = new Set(unique.filter((s) => s.includes('/')).map((s) => s.slice(0, s.indexOf('/'))));
  return { subjects: unique.filter((s) => !(isCoarse(s) && finesOfCoarse.has(s))), warnings, unknown: [...new Set(unknown)] };
}

const quoteValue = (value: unknown) => JSON.stringify(toText(value)?.slice(0, 80) ?? null);

type Step<T> = T | { error: string; code: SkipCode };
const failed = <T>(step: Step<T>): step is { error: string; code: SkipCode } =>
  typeof step === 'object' && step !== null && 'error' in step && 'code' in step;
const warning = (message: string, detail = message): RowWarning => ({ message, detail });

/** The problem type, or the one its options imply when the column is missing. */
function problemTypeOf(f: Partial<Record<Field, unknown>>, options: string[] | null, warnings: RowWarning[]): Step<ProblemType> {
  const text = optionalText(f.problem_type);
  if (text === null) {
    const inferred: ProblemType = options !== null ? 'MCQA' : 'short-form';
    warnings.push(warning(`problem_type missing: ${inferred} inferred (${options !== null ? 'the row has options' : 'no options'})`));
    return inferred;
  }
  const problemType = normalizeProblemType(text.trim());
  if (problemType === null) {
    return { error: `unknown problem_type ${quoteValue(text)} (expected MCQA, Binary, short-form or open-ended)`, code: 'unknown-problem-type' };
  }
  return problemType;
}

/** Task and target types, with the import's defaults (and a warning) where the row has none. */
function typesOf(f: Partial<Record<Field, unknown>>, context: NormalizeContext, warnings: RowWarning[]): Step<{ taskType: TaskType; targetType: TargetType }> {
  let taskType: TaskType | null;
  const taskText = optionalText(f.task_type);
  if (taskText === null) {
    taskType = context.defaultTaskType ?? DEFAULT_TASK_TYPE;
    warnings.push(warning(`task_type missing: ${taskType} assumed${context.defaultTaskType ? ' (--task-type)' : ' (pass --task-type to choose)'}`));
  } else {
    taskType = normalizeTaskType(taskText.trim());
    if (taskType === null) return { error: `unknown task_type ${quoteValue(taskText)} (expected Knowledge, Reasoning or Value/Alignment)`, code: 'unknown-task-type' };
  }
  let targetType: TargetType | null;
  const targetText = optionalText(Array.isArray(f.target_type) ? f.target_type[0] : f.target_type);
  if (targetText === null) {
    targetType = context.defaultTargetType ?? DEFAULT_TARGET_TYPE;
    warnings.push(warning(`target_type missing: ${targetType} assumed${context.defaultTargetType ? ' (--target-type)' : ' (pass --target-type to choose)'}`));
  } else {
    targetType = normalizeTargetType(targetText.trim());
    if (targetType === null) return { error: `unknown target_type ${quoteValue(targetText)} (expected General, Local or Cultural)`, code: 'unknown-target-type' };
  }
  return { taskType, targetType };
}

/** Options of a choice item: 2 to MAX_CHOICES of them, kept verbatim (ㄱ/ㄴ/ㄷ combinations too). */
function checkOptions(problemType: ProblemType, options: string[] | null, warnings: RowWarning[]): Step<string[] | null> {
  if (problemType !== 'MCQA' && problemType !== 'Binary') return null;
  if (problemType === 'Binary') return options;
  if (options === null) return { error: 'MCQA item without options', code: 'bad-options' };
  if (options.length < 2) return { error: 'MCQA item needs at least 2 options', code: 'bad-options' };
  if (options.length > MAX_CHOICES) return { error: `MCQA item has ${options.length} options (at most ${MAX_CHOICES} are supported)`, code: 'bad-options' };
  const seen = new Set<string>();
  for (const o of options) {
    const key = o.trim();
    if (seen.has(key)) {
      warnings.push(warning('duplicate option texts (the gold is kept by position)', `option ${JSON.stringify(key.slice(0, 60))} appears twice`));
      break;
    }
    seen.add(key);
  }
  return options;
}

/** The row's language: its value, the import's language for rows without a usable one, or the text's. */
function languageOf(
  f: Partial<Record<Field, unknown>>,
  context: NormalizeContext,
  text: string,
  warnings: RowWarning[],
): Step<{ language: Language; inferred: boolean }> {
  const value = optionalText(f.language)?.trim() ?? null;
  if (value !== null) {
    const language = normalizeLanguage(value);
    if (language !== null) return { language, inferred: false };
    if (context.defaultLanguage) {
      warnings.push(warning(`language column not Korean or English: stored as ${context.defaultLanguage} (--language)`, `language ${languageName(value)} stored as ${context.defaultLanguage} (--language)`));
      return { language: context.defaultLanguage, inferred: false };
    }
    return { error: `language ${languageName(value)} is not Korean or English (pass --language to import it as one of them)`, code: 'other-language' };
  }
  if (context.defaultLanguage) return { language: context.defaultLanguage, inferred: false };
  const detected = detectLanguage(text);
  if (detected === null) {
    warnings.push(warning('language could not be inferred (no letters in the text): assumed English; pass --language'));
    return { language: 'English', inferred: true };
  }
  if ('other' in detected) {
    return { error: `text looks ${detected.other}, not Korean or English (pass --language to import it as one of them)`, code: 'other-language' };
  }
  return { language: detected.language, inferred: true };
}

/** A `match` mode in additional_info that scoring cannot use is named now (scoring would silently compare as text). */
function checkMatchMode(info: string | null, warnings: RowWarning[]): void {
  if (info === null) return;
  try {
    matchModeFrom(JSON.parse(info));
  } catch (error) {
    if (error instanceof MatchModeError) warnings.push(warning('additional_info.match is invalid: the answer will be compared as text', `additional_info: ${error.message}`));
  }
}

/** additional_info, with external_tool_usage recorded in it when the row needs tools. */
function extrasOf(f: Partial<Record<Field, unknown>>, warnings: RowWarning[]): string | null {
  const info = optionalValue(f.additional_info);
  checkMatchMode(info, warnings);
  const tools = parseToolUsage(f.external_tool_usage);
  if (tools === null) warnings.push(warning('external_tool_usage is not a boolean (ignored)', `external_tool_usage ${quoteValue(f.external_tool_usage)} is not a boolean (ignored)`));
  if (tools !== true) return info;
  warnings.push(warning('needs external tools (external_tool_usage True): kept; models are called without tools'));
  let parsed: unknown = {};
  try {
    parsed = info === null ? {} : JSON.parse(info);
  } catch {
    return info;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return info;
  return JSON.stringify({ ...parsed, external_tool_usage: true });
}

/** Raw record → BenchmarkItem, or `{ error, code }` with the reason it is unusable. Never throws. */
export function normalizeRow(raw: Record<string, unknown>, context: NormalizeContext): NormalizedRow {
  const f = pickFields(raw);
  const warnings: RowWarning[] = [];

  const parsedOptions = parseOptions(f.options);
  if (parsedOptions !== null && !Array.isArray(parsedOptions)) return { ...parsedOptions, code: 'bad-options' };
  const problemType = problemTypeOf(f, parsedOptions, warnings);
  if (failed(problemType)) return problemType;

  const prompt = optionalText(f.prompt);
  if (prompt === null) return { error: 'missing prompt', code: 'missing-prompt' };

  const types = typesOf(f, context, warnings);
  if (failed(types)) return types;

  const options = checkOptions(problemType, parsedOptions, warnings);
  if (failed(options)) return options;

  const columns = { answer: optionalText(f.answer)?.trim() ?? null, answerKey: optionalValue(f.answer_key)?.trim() ?? null, answerStr: optionalText(f.answer_str)?.trim() ?? null, mcqaMeta: f.mcqa_meta };
  const gold = resolveGold(problemType, columns, options);
  if ('error' in gold) return { error: gold.error, code: gold.error.startsWith('missing answer') ? 'missing-answer' : 'unresolved-answer' };
  warnings.push(...gold.warnings);

  const subjectList = parseSubjectList(f.subject_type);
  if (!Array.isArray(subjectList)) return { ...subjectList, code: 'bad-subjects' };
  const { subjects, warnings: subjectWarnings } = normalizeSubjects(subjectList);
  warnings.push(...subjectWarnings);
  if (subjects.length === 0) warnings.push(warning('no subject_type (the item only matches plans without subjects)'));

  const contextText = optionalValue(f.context);
  const language = languageOf(f, context, [prompt, contextText ?? '', ...(options ?? [])].join('\n'), warnings);
  if (failed(language)) return language;

  let benchmarkName = optionalText(f.benchmark_name)?.trim() ?? null;
  if (benchmarkName === null) {
    benchmarkName = context.datasetName;
    warnings.push(warning('missing benchmark_name (the dataset name was used)'));
  }
  const item: BenchmarkItem = {
    id: optionalText(f.id)?.trim() ?? stableItemId({ language: language.language, problemType, prompt, context: contextText, options, answer: gold.answer, benchmarkName }),
    problemType,
    context: contextText,
    prompt,
    options,
    answer: gold.answer,
    reference: optionalValue(f.reference),
    taskType: types.taskType,
    targetType: types.targetType,
    subjectType: subjects,
    benchmarkName,
    language: language.language,
    mcqaMeta: optionalValue(f.mcqa_meta),
    originalCategory: optionalValue(f.original_category),
    additionalInfo: extrasOf(f, warnings),
    split: optionalText(f.split)?.trim() ?? 'test',
  };
  return { item, warnings, languageInferred: language.inferred };
}
