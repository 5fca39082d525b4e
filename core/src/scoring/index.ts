export { scoreOutput, type ScoreInput, type ScoreResult, type ScoreStatus } from './score';
export { scoreJsonLine, parseProblemType, type JsonLineResult } from './jsonLine';
export { extractChoice, readChoice, resolveGoldChoice, choiceLetter, MAX_CHOICES, type Reading } from './choice';
export {
  extractShortAnswer,
  normalizeShortAnswer,
  shortAnswersMatch,
  exactAnswersMatch,
  answersMatch,
  numericValue,
  type ExtractShortAnswerOptions,
} from './shortAnswer';
export { parseNumericAnswer, numbersEqual, findNumbers, stripLatex } from './numbers';
export { parseNumberWords } from '../text/number-words';
export { parseDate, datesMatch, type CalendarDate } from './dates';
export { matchModeOf, matchModeFrom, MatchModeError, TEXT_MATCH, type MatchMode } from './matchMode';
export { extractBinary, readBinary, resolveGoldBinary, parseBinaryToken, type BinaryReading } from './binary';
export { preprocessOutput, stripThinking, stripMarkdown, extractBoxed } from './preprocess';
