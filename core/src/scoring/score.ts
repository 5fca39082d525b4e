/** Turns one model output into a scored result for any problem type. */
import type { ProblemType } from '../benchmark';
import { extractBinary, resolveGoldBinary } from './binary';
import { choiceLetter, extractChoice, resolveGoldChoice } from './choice';
import { parseNumericAnswer } from './numbers';
import { extractShortAnswer, shortAnswersMatch } from './shortAnswer';

export type ScoreStatus = 'correct' | 'incorrect' | 'unparsed' | 'unscored';

export interface ScoreResult {
  status: ScoreStatus;
  /** null only for 'unscored'; 'unparsed' is scored as incorrect (false). */
  correct: boolean | null;
  /** What was read from the output: a letter for MCQA, "True"/"False" for Binary, the answer text for short-form. */
  extracted: string | null;
}

export interface ScoreInput {
  problemType: ProblemType;
  options: string[] | null;
  answer: string;
  output: string;
}

const UNSCORED: ScoreResult = { status: 'unscored', correct: null, extracted: null };

function graded(correct: boolean, extracted: string): ScoreResult {
  return { status: correct ? 'correct' : 'incorrect', correct, extracted };
}

function unparsed(extracted: string | null = null): ScoreResult {
  return { status: 'unparsed', correct: false, extracted };
}

function scoreChoice(options: readonly string[] | null, answer: string, output: string): ScoreResult {
  if (!options) return UNSCORED;
  const gold = resolveGoldChoice(answer, options);
  if (gold === null) return UNSCORED;
  const picked = extractChoice(output, options);
  return picked === null ? unparsed() : graded(picked === gold, choiceLetter(picked));
}

function scoreBinary(options: readonly string[] | null, answer: string, output: string): ScoreResult {
  const gold = resolveGoldBinary(answer, options);
  if (gold === null) {
    // Options that are not verdicts ("Agree"/"Disagree"): score like MCQA.
    return options ? scoreChoice(options, answer, output) : UNSCORED;
  }
  const verdict = extractBinary(output, options);
  return verdict === null ? unparsed() : graded(verdict === gold, verdict ? 'True' : 'False');
}

function scoreShortForm(answer: string, output: string): ScoreResult {
  if (answer.trim().length === 0) return UNSCORED;
  const numericGold = parseNumericAnswer(answer) !== null;
  const extracted = extractShortAnswer(output, { numeric: numericGold });
  if (extracted === null) return unparsed();
  // A numeric gold needs a number: "forty-two" is reported as unparsed, not silently wrong.
  if (numericGold && parseNumericAnswer(extracted) === null) return unparsed(extracted);
  return graded(shortAnswersMatch(extracted, answer), extracted);
}

/**
 * Scores one output against the gold answer.
 * - open-ended items are 'unscored' (they need an LLM judge);
 * - items whose gold answer cannot be resolved (MCQA without options, gold "F" of 4 options) are
 *   'unscored' too: that is a data problem, not the model's fault;
 * - an output with no readable answer is 'unparsed' and counts as incorrect.
 */
export function scoreOutput(input: ScoreInput): ScoreResult {
  switch (input.problemType) {
    case 'MCQA':
      return scoreChoice(input.options, input.answer, input.output);
    case 'Binary':
      return scoreBinary(input.options, input.answer, input.output);
    case 'short-form':
      return scoreShortForm(input.answer, input.output);
    case 'open-ended':
      return UNSCORED;
  }
}
