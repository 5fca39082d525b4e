/**
 * JSONL adapter behind `benchhub score`: one `{problem_type, options, answer, output, additional_info?}` line in,
 * one result out. `additional_info` (a JSON object or its text) may carry a match mode, e.g. `{"match":"exact"}`.
 */
import type { ProblemType } from '../benchmark';
import { choiceLetter, MAX_CHOICES, resolveGoldChoice } from './choice';
import { matchModeFrom, MatchModeError } from './matchMode';
import { scoreOutput, type ScoreStatus } from './score';

export type JsonLineResult = { correct: boolean | null; extracted: string | null; status: ScoreStatus } | { error: string };

const PROBLEM_TYPE_ALIASES: Readonly<Record<string, ProblemType>> = {
  mcqa: 'MCQA',
  mcq: 'MCQA',
  multiplechoice: 'MCQA',
  binary: 'Binary',
  truefalse: 'Binary',
  shortform: 'short-form',
  short: 'short-form',
  openended: 'open-ended',
  open: 'open-ended',
};

/** Maps "mcqa", "Short Form", "short_form", "open-ended", … to a ProblemType; null when unknown. */
export function parseProblemType(value: string): ProblemType | null {
  return PROBLEM_TYPE_ALIASES[value.toLowerCase().replace(/[\s_\-/]+/g, '')] ?? null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Gold answers arrive as strings, numbers (1-based option numbers, numeric answers) or booleans. */
function answerText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return null;
}

function optionList(value: unknown): string[] | null | { error: string } {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return { error: 'options must be an array of strings or null' };
  const texts = value.map((o) => (typeof o === 'string' || typeof o === 'number' ? String(o) : null));
  if (texts.some((t) => t === null)) return { error: 'options must contain only strings' };
  return texts as string[];
}

/** additional_info as JSON text (or null), validated: a malformed match mode is an error, not silently text. */
function additionalInfoOf(value: unknown): string | null | { error: string } {
  if (value === null || value === undefined) return null;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return { error: 'additional_info must be a JSON object (or its text)' };
    }
  }
  if (!isRecord(parsed)) return { error: 'additional_info must be a JSON object (or its text)' };
  try {
    matchModeFrom(parsed);
  } catch (err) {
    if (err instanceof MatchModeError) return { error: `additional_info: ${err.message}` };
    throw err;
  }
  return JSON.stringify(parsed);
}

/** Parses and scores one JSONL line; never throws — bad input comes back as `{ error }`. */
export function scoreJsonLine(line: string): JsonLineResult {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    return { error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isRecord(data)) return { error: 'expected a JSON object with problem_type, options, answer, output' };

  if (typeof data.problem_type !== 'string') return { error: 'problem_type is required and must be a string' };
  const problemType = parseProblemType(data.problem_type);
  if (problemType === null) {
    return { error: `unknown problem_type "${data.problem_type}" (expected MCQA, Binary, short-form or open-ended)` };
  }
  if (typeof data.output !== 'string') return { error: 'output is required and must be a string' };
  const answer = answerText(data.answer);
  if (answer === null && problemType !== 'open-ended') {
    return { error: 'answer is required and must be a string, number or boolean' };
  }
  const options = optionList(data.options);
  if (options !== null && !Array.isArray(options)) return options;

  if (problemType === 'MCQA') {
    if (options === null || options.length < 2) return { error: 'MCQA items need at least 2 options' };
    if (options.length > MAX_CHOICES) {
      return { error: `MCQA items support at most ${MAX_CHOICES} options (A–${choiceLetter(MAX_CHOICES - 1)})` };
    }
    if (resolveGoldChoice(answer ?? '', options) === null) {
      return { error: `answer "${answer}" matches none of the ${options.length} options (use the option text, a letter or a 1-based number)` };
    }
  }

  const additionalInfo = additionalInfoOf(data.additional_info);
  if (additionalInfo !== null && typeof additionalInfo !== 'string') return additionalInfo;

  const result = scoreOutput({ problemType, options, answer: answer ?? '', output: data.output, additionalInfo });
  if (problemType === 'Binary' && result.status === 'unscored') {
    return { error: `answer "${answer}" is not a true/false verdict (true/false, yes/no, 참/거짓, O/X, …)` };
  }
  if (problemType === 'short-form' && result.status === 'unscored') return { error: 'answer must not be empty' };
  return { correct: result.correct, extracted: result.extracted, status: result.status };
}
