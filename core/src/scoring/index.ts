export { scoreOutput, type ScoreInput, type ScoreResult, type ScoreStatus } from './score';
export { scoreJsonLine, parseProblemType, type JsonLineResult } from './jsonLine';
export { extractChoice, resolveGoldChoice, choiceLetter, MAX_CHOICES } from './choice';
export { extractShortAnswer, normalizeShortAnswer, shortAnswersMatch, type ExtractShortAnswerOptions } from './shortAnswer';
export { parseNumericAnswer, numbersEqual, findNumbers, stripLatex } from './numbers';
export { extractBinary, resolveGoldBinary, parseBinaryToken } from './binary';
export { preprocessOutput, stripThinking, stripMarkdown, extractBoxed } from './preprocess';
