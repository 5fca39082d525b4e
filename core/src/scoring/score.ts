/** Turns one model output into a scored result for any problem type. */
import type { ProblemType } from '../benchmark';
import { readBinary, resolveGoldBinary } from './binary';
import { choiceLetter, readChoice, resolveGoldChoice } from './choice';
import { matchModeOf, type MatchMode } from './matchMode';
import { parseNumericAnswer } from './numbers';
import { answersMatch, extractShortAnswer, hedgedAnswers, numericValue } from './shortAnswer';

/**
 * - correct / incorrect: an answer was read and compared with gold;
 * - ambiguous: the model committed to several answers at once (a hedge such as "B or C", two options
 *   marked correct, "12 or 14"): no credit, counted apart from unparsed;
 * - unparsed: no answer could be read: no credit;
 * - unscored: open-ended without a judge, or gold that cannot be resolved: not counted at all.
 */
export type ScoreStatus = 'correct' | 'incorrect' | 'ambiguous' | 'unparsed' | 'unscored';

export interface ScoreResult {
  status: ScoreStatus;
  /** null only for 'unscored'; 'ambiguous' and 'unparsed' are scored as incorrect (false). */
  correct: boolean | null;
  /**
   * What was read from the output: a letter for MCQA, "True"/"False" for Binary, the answer text for
   * short-form; for 'ambiguous', the answers offered, joined by " | " ("B | C").
   */
  extracted: string | null;
}

export interface ScoreInput {
  problemType: ProblemType;
  options: string[] | null;
  answer: string;
  output: string;
  /** The item's additionalInfo JSON; its `match` field sets how short answers compare (matchMode.ts). */
  additionalInfo?: string | null;
}

const UNSCORED: ScoreResult = { status: 'unscored', correct: null, extracted: null };

function graded(correct: boolean, extracted: string): ScoreResult {
  return { status: correct ? 'correct' : 'incorrect', correct, extracted };
}

function unparsed(extracted: string | null = null): ScoreResult {
  return { status: 'unparsed', correct: false, extracted };
}

function ambiguous(answers: readonly string[]): ScoreResult {
  return { status: 'ambiguous', correct: false, extracted: answers.join(' | ') };
}

function scoreChoice(options: readonly string[] | null, answer: string, output: string): ScoreResult {
  if (!options) return UNSCORED;
  const gold = resolveGoldChoice(answer, options);
  if (gold === null) return UNSCORED;
  const reading = readChoice(output, options);
  if (reading?.kind === 'ambiguous') return ambiguous(reading.indexes.map(choiceLetter));
  return reading?.kind === 'choice' ? graded(reading.index === gold, choiceLetter(reading.index)) : unparsed();
}

function scoreBinary(options: readonly string[] | null, answer: string, output: string): ScoreResult {
  const gold = resolveGoldBinary(answer, options);
  if (gold === null) {
    // Options that are not verdicts ("Agree"/"Disagree"): score like MCQA.
    return options ? scoreChoice(options, answer, output) : UNSCORED;
  }
  const verdict = readBinary(output, options);
  if (verdict === 'ambiguous') return ambiguous(['True', 'False']);
  return verdict === null ? unparsed() : graded(verdict === gold, verdict ? 'True' : 'False');
}

function scoreShortForm(answer: string, output: string, mode: MatchMode): ScoreResult {
  if (answer.trim().length === 0) return UNSCORED;
  if (mode.kind === 'exact') {
    const extracted = extractShortAnswer(output, { exact: true });
    return extracted === null ? unparsed() : graded(answersMatch(extracted, answer, mode), extracted);
  }
  const numericGold = mode.kind === 'numeric' ? numericValue(answer) !== null : parseNumericAnswer(answer) !== null;
  if (mode.kind === 'numeric' && !numericGold) return UNSCORED; // a numeric item without a numeric gold is a data error
  const extracted = extractShortAnswer(output, { numeric: numericGold });
  if (extracted === null) return unparsed();
  // Two answers offered side by side earn credit only when both are the gold answer ("Seoul or 서울").
  const hedge = hedgedAnswers(extracted, answer, numericGold);
  if (hedge) return hedge.every((part) => answersMatch(part, answer, mode)) ? graded(true, extracted) : ambiguous(hedge);
  // A numeric gold needs a number (digits or number words): anything else is unparsed, not silently wrong.
  if (numericGold && numericValue(extracted) === null) return unparsed(extracted);
  return graded(answersMatch(extracted, answer, mode), extracted);
}

/**
 * Scores one output against the gold answer.
 * - open-ended items are 'unscored' (they need an LLM judge);
 * - items whose gold answer cannot be resolved (MCQA without options, gold "F" of 4 options) are
 *   'unscored' too: that is a data problem, not the model's fault;
 * - a hedge between answers is 'ambiguous' and an output with no readable answer is 'unparsed';
 *   both count as incorrect.
 */
export function scoreOutput(input: ScoreInput): ScoreResult {
  switch (input.problemType) {
    case 'MCQA':
      return scoreChoice(input.options, input.answer, input.output);
    case 'Binary':
      return scoreBinary(input.options, input.answer, input.output);
    case 'short-form':
      return scoreShortForm(input.answer, input.output, matchModeOf(input.additionalInfo));
    case 'open-ended':
      return UNSCORED;
  }
}
