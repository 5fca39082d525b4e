/**
 * Multiple-choice answer extraction: which option did the model commit to?
 *
 * Rule order (a careful grader's reading; see also README "Answer extraction"):
 * 1. `\boxed{…}` is final.
 * 2. Explicit final-answer statements ("Answer:", "The answer is", "정답은", "Final answer") and other
 *    committed statements ("C is correct", "③이 정답", "4번이 맞습니다", "Therefore, B", a last line that
 *    is only a label, a per-option analysis that marks one option correct): the LAST one wins, so a
 *    corrected answer counts — but statements inside a counterfactual ("If it asked X, D would be
 *    correct", "만약 …였다면 ①이 정답") count only when nothing else was committed.
 * 3. Within a statement, negated options are dropped ("not B but D", "3번이 아니고 4번") and two or
 *    more remaining options joined by "or", "/", "또는", "이나", "both", … are a hedge: `ambiguous`,
 *    no credit.
 * 4. Option text and values: an option named by its text ("Paris", case-sensitive when options differ
 *    only by case), by its value ("4.0" is option "4", "October 9th" is "October 9"); a number is never
 *    split into a label ("2.5" is not label 2 with text "5").
 * 5. Failing all that: a first line that is only a label, then the one option the last line (else
 *    the whole output) mentions without negating it.
 * A lone English article ("A cat is…") is never a choice; a clearly stated label that does not exist
 * ("Answer: F" of 4) gives no answer rather than a guess.
 */
import { readAnalysis } from './analysis';
import { answerClause, conditionalSpans, insideAny } from './clauses';
import { parseLabel, tokenIndex } from './labels';
import { findAnswerMarkers, type AnswerMarker } from './markers';
import { CHOICE_LETTERS, normalizeOptionText, optionByValue, optionTexts, optionsNeedCase } from './options';
import { extractBoxed, nonEmptyLines, preprocessOutput } from './preprocess';
import { keptMentions, readChain, readScattered, type Reading, type StatementMode } from './statement';

export type { Reading } from './statement';

export const MAX_CHOICES = CHOICE_LETTERS.length;

/** "A" for 0 … "J" for 9. */
export function choiceLetter(index: number): string {
  const letter = CHOICE_LETTERS[index];
  if (letter === undefined) throw new RangeError(`choice index ${index} is outside A–J`);
  return letter;
}

interface Candidate {
  at: number;
  reading: Reading;
}

function modeOf(marker: AnswerMarker): StatementMode {
  if (marker.strength === 'strong') return marker.colon ? 'explicit-colon' : 'explicit';
  return marker.strength === 'weak' ? 'conclusion' : 'hedge';
}

/** The statement after a marker: a chain of mentions, else (explicit markers) mentions anywhere in the clause. */
function fromMarker(text: string, marker: AnswerMarker, options: readonly string[]): Reading | null {
  const tail = text.slice(marker.end);
  const clause = answerClause(tail);
  const mode = modeOf(marker);
  const chain = readChain(clause.length > 0 ? clause : tail.split('\n', 1)[0] ?? '', options, mode);
  if (chain === 'negated') return null;
  if (chain !== null || marker.strength !== 'strong') return chain;
  return readScattered(clause, options);
}

/** "C is correct", "B would be the answer", "Option C is the right one". */
const POST_EN = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:option\s+|choice\s+)?\(?([A-J]|[①-⑩]|\d{1,2})\)?\s+(?:is|would\s+be|seems\s+to\s+be)\s+(?:the\s+)?(?:correct|right|best|answer)\b`,
  'g',
);
/**
 * "③이 정답", "C가 정답", "3번이 정답", "4번이 맞습니다", "라가 옳다" — not "…정답이 아닙니다", "맞지 않".
 * A Korean label needs its particle or 번 ("라가 정답"), so "둘 다 정답" is not label 다.
 */
const POST_KO = new RegExp(
  String.raw`(?<![A-Za-z0-9\p{Script=Hangul}])(?:\(?([A-J]|[①-⑩]|\d{1,2})\)?\s*(?:번)?\s*(?:이|가|은|는)?|(?:\(([가-차])\)|([가-차])(?=\s*번|가|이))\s*(?:번)?\s*(?:이|가)?)\s*` +
    String.raw`(?:(?:정답|맞는\s*답|옳은\s*답|올바른\s*답)(?!\s*(?:이|은|는)?\s*아[니닙님])|(?:맞|옳)(?:습니다|다|아요|음)(?![가-힣]))`,
  'gu',
);

function postMarkerCandidates(text: string, options: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const re of [POST_EN, POST_KO]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const token = m[1] ?? m[2] ?? m[3] ?? '';
      const parsed = parseLabel(/^[가-차]$/u.test(token) ? `(${token})` : token, options, { upper: 'loose', lower: 'bracketed' });
      if (parsed === null) continue;
      found.push({ at: m.index, reading: parsed === 'invalid' ? { kind: 'invalid' } : { kind: 'choice', index: parsed.index } });
    }
  }
  return found;
}

const WHOLE_LINE_TOKEN = /^(?:(?:option|choice)\s+|(?:선택지|보기)\s*)?[([]?\s*([A-Ja-j]|[①-⑩]|\d{1,2}|[가-차])\s*[)\]]?\s*(번)?\s*[.)]?$/iu;
const TOKEN_THEN_TEXT = /^[([]?\s*(?:([A-J])\s*[).:\]]|(\d{1,2})(?![.,]\d)\s*(?:[).:\]]|번)|([①-⑩])|([가-차])\s*[).:\]])\s*(.+)$/u;
const TRAILING_TOKEN = /[:=→]\s*[([]?([A-J]|[①-⑩])[)\]]?\s*\.?$/u;

/** "B) Paris", "C. Berlin", "② 부산": a label followed by its own option text. */
function labelledOptionLine(line: string, options: readonly string[]): number | null {
  const withText = TOKEN_THEN_TEXT.exec(line);
  if (!withText) return null;
  const index = tokenIndex(withText[1] ?? withText[2] ?? withText[3] ?? withText[4] ?? '', options, true);
  const keepCase = optionsNeedCase(options);
  const rest = normalizeOptionText(withText[5] ?? '', keepCase);
  const expected = index === null ? undefined : optionTexts(options)[index];
  return index !== null && expected && (rest === expected || (rest.length > 1 && (rest.includes(expected) || expected.includes(rest)))) ? index : null;
}

/**
 * A line that is just an answer: "B", "b.", "(B)", "②", "3번", "라", "B) Paris", "…: C", "4.0".
 * "B) Paris" is ignored when the output restates the option list (`listsOptions`), where it is one item.
 */
function fromBareLine(line: string, options: readonly string[], listsOptions = false): number | null {
  const whole = WHOLE_LINE_TOKEN.exec(line);
  if (whole) return tokenIndex(whole[1] ?? '', options, whole[2] !== undefined);
  const value = optionByValue(line.replace(/\s*\([^)]*\)\s*$/, '').replace(/[.。]$/, ''), options);
  if (value !== null) return value;

  const labelled = listsOptions ? null : labelledOptionLine(line, options);
  if (labelled !== null) return labelled;

  const trailing = TRAILING_TOKEN.exec(line);
  if (trailing) return tokenIndex(trailing[1] ?? '', options, true);
  return null;
}

/** Statement candidates: markers, post-markers, a per-option analysis and the last line. */
function candidates(text: string, options: readonly string[], lines: string[], listsOptions: boolean): Candidate[] {
  const found: Candidate[] = [];
  for (const marker of findAnswerMarkers(text)) {
    const reading = fromMarker(text, marker, options);
    if (reading) found.push({ at: marker.end, reading });
  }
  found.push(...postMarkerCandidates(text, options));
  const analysis = readAnalysis(text, options);
  if (analysis?.reading) found.push({ at: analysis.end, reading: analysis.reading });

  const lastLine = lines[lines.length - 1] ?? '';
  const lastAt = text.lastIndexOf(lastLine);
  const lastIndex = analysis ? null : fromBareLine(lastLine, options, listsOptions);
  if (lastIndex !== null) found.push({ at: lastAt, reading: { kind: 'choice', index: lastIndex } });
  else {
    // A last line that negates or hedges: "Not B, but D.", "3번이 아니고 4번입니다.", "Either Paris or Berlin."
    const chain = readChain(answerClause(lastLine), options, 'line');
    if (chain && chain !== 'negated' && chain.kind !== 'invalid' && (chain.kind === 'ambiguous' || /\bnot\b|아니|아닌|틀렸|오답|\(x\)/iu.test(lastLine))) {
      found.push({ at: lastAt, reading: chain });
    }
  }
  return found;
}

/** The last committed statement; statements inside counterfactuals only when there is nothing else. */
function finalStatement(text: string, found: Candidate[]): Reading | null {
  const conditional = conditionalSpans(text);
  const ordered = [...found].sort((a, b) => a.at - b.at);
  const committed = ordered.filter((c) => !insideAny(conditional, c.at));
  return (committed.length > 0 ? committed : ordered).at(-1)?.reading ?? null;
}

/**
 * What the model answered: one option, a hedge between several (`ambiguous`), or null when no answer
 * can be read (or a label that does not exist was stated).
 */
export function readChoice(output: string, options: readonly string[]): Reading | null {
  if (options.length === 0 || options.length > MAX_CHOICES) return null;
  const text = preprocessOutput(output);
  if (text.length === 0) return null;

  const boxed = extractBoxed(text);
  if (boxed !== null) {
    const content = boxed.replace(/\\text(?:bf)?\s*\{([^}]*)\}/g, '$1');
    const index = fromBareLine(content, options);
    const reading = index !== null ? { kind: 'choice' as const, index } : readChain(content, options, 'explicit-colon');
    if (reading && reading !== 'negated') return reading;
  }

  const lines = nonEmptyLines(text);
  const listsOptions = lines.filter((line) => labelledOptionLine(line, options) !== null).length >= 2;
  const final = finalStatement(text, candidates(text, options, lines, listsOptions));
  if (final) return final;

  const firstLine = lines[0];
  if (firstLine !== undefined && lines.length > 1) {
    const index = fromBareLine(firstLine, options, listsOptions);
    if (index !== null) return { kind: 'choice', index };
  }
  const lastLine = lines[lines.length - 1] ?? '';
  const lastLineIsListItem = listsOptions && labelledOptionLine(lastLine, options) !== null;
  const kept = lastLineIsListItem ? [] : keptMentions(lastLine, options);
  if (kept.length === 1) return { kind: 'choice', index: kept[0]! };
  const everywhere = keptMentions(text, options);
  return everywhere.length === 1 ? { kind: 'choice', index: everywhere[0]! } : null;
}

/** The 0-based option index the model chose, or null (no answer, a hedge, or a label that does not exist). */
export function extractChoice(output: string, options: readonly string[]): number | null {
  const reading = readChoice(output, options);
  return reading?.kind === 'choice' ? reading.index : null;
}

/**
 * The gold option index. Gold may be the option text, a letter ("B", "b", "(B)"), a 1-based number
 * ("2", "2번"), a circled number ("②") or a Korean label ("나"). Exact option text wins first, because
 * numeric options ("1990") would otherwise be misread as labels; options that differ only by case
 * are matched with case.
 */
export function resolveGoldChoice(answer: string, options: readonly string[]): number | null {
  if (options.length === 0 || options.length > MAX_CHOICES) return null;
  const gold = normalizeOptionText(answer, optionsNeedCase(options));
  if (gold.length === 0) return null;
  const byText = optionTexts(options).indexOf(gold);
  if (byText !== -1) return byText;
  const parsed = parseLabel(answer, options, { upper: 'loose', lower: 'loose' });
  return parsed === null || parsed === 'invalid' ? null : parsed.index;
}
