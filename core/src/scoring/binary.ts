/** Binary (true/false) answers in English and Korean: true/false, yes/no, 참/거짓, O/X, 맞다/틀리다, 예/아니오. */
import { extractChoice, resolveGoldChoice } from './choice';
import { findAnswerMarkers } from './markers';
import { normalizeOptionText } from './options';
import { extractBoxed, nonEmptyLines, preprocessOutput } from './preprocess';

const TRUE_FORMS = [
  'true', 'yes', 'correct', 'right', 't', 'y', 'o', '○', '⭕',
  '참', '예', '네', '맞다', '맞음', '맞습니다', '맞아요', '맞아', '옳다', '옳음', '옳습니다', '그렇다', '그렇습니다',
];
const FALSE_FORMS = [
  'false', 'no', 'incorrect', 'wrong', 'f', 'n', 'x', '×', '✗', '❌',
  '거짓', '아니오', '아니요', '아니다', '아닙니다', '아니', '틀리다', '틀림', '틀립니다', '틀려요', '틀렸다', '그르다', '그렇지 않다',
];
const FORMS = new Map<string, boolean>([
  ...TRUE_FORMS.map((f) => [f, true] as const),
  ...FALSE_FORMS.map((f) => [f, false] as const),
]);
// Copula/particle endings a Korean verdict may carry: "참입니다", "거짓이다", "O입니다".
const KOREAN_ENDING = /(?:입니다|이에요|예요|이다|이요|요|다|임|이|가|은|는|으로|로)$/u;

/** Reads a whole token ("True", "거짓입니다", "(O)", "not true") as a verdict, or null. */
export function parseBinaryToken(text: string): boolean | null {
  let t = normalizeOptionText(text).replace(/^[([]+|[)\]]+$/g, '').trim();
  let negated = false;
  const not = /^(?:not|n't)\s+/.exec(t);
  if (not) {
    negated = true;
    t = t.slice(not[0].length);
  }
  let verdict = FORMS.get(t);
  if (verdict === undefined) {
    const stem = t.replace(KOREAN_ENDING, '').trim();
    if (stem !== t) verdict = FORMS.get(stem);
  }
  if (verdict === undefined) return null;
  return negated ? !verdict : verdict;
}

const LEAD_FORMS = [...FORMS.keys()].sort((a, b) => b.length - a.length);
const ESCAPED = LEAD_FORMS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const LEADING_VERDICT = new RegExp(`^[("'\\[]?\\s*(not\\s+)?(${ESCAPED.join('|')})(?![A-Za-z0-9])(\\p{Script=Hangul}*)`, 'iu');
const ALLOWED_HANGUL_TAIL = /^(?:입니다|이에요|예요|이다|이요|요|다|임|이|가|은|는|으로|로|)$/u;

/** A verdict at the start of an answer clause: "True, because…", "거짓입니다.", "No." */
function leadingVerdict(tail: string): boolean | null {
  const m = LEADING_VERDICT.exec(tail.trimStart());
  if (!m) return null;
  const form = (m[2] ?? '').toLowerCase();
  // A Korean form must end the word or carry an ending ("참입니다"), so "예를 들어" is not "예".
  if (!ALLOWED_HANGUL_TAIL.test(m[3] ?? '')) return null;
  // Lone letters ("So, y = 3") only count as verdicts when capitalised and standing alone: "Answer: T", "정답: O".
  if (/^[a-z]$/.test(form)) {
    const rest = tail.trimStart().slice(m[0].length);
    if (m[2] !== form.toUpperCase() || !/^(?:\s*$|\s*[.,;:!)\]]|\p{Script=Hangul})/u.test(rest)) return null;
  }
  const verdict = FORMS.get(form);
  if (verdict === undefined) return null;
  return m[1] ? !verdict : verdict;
}

const YES_NO_START = /^(yes|no|예|네|아니요|아니오)(?=[\s,.!:]|$)/iu;
const VERDICT_WORD =
  /(?<![A-Za-z])(true|false|incorrect|correct)(?![A-Za-z])|(참|거짓|맞(?:다|습니다|아요|음)|틀(?:리다|립니다|려요|렸다|림)|옳(?:다|습니다|음)|그르다)/giu;
const NEGATION_BEFORE = /(?:\bnot|n['’]t)\s+$/i;
const NEGATION_AFTER = /^(?:이|가)?\s*(?:아니|아닙|아님)|^지\s*(?:않|않습)/u;

/** Verdict stated in a sentence: "So the statement is false.", "이 문장은 참이 아닙니다." — the last one wins. */
function verdictInSentence(line: string): boolean | null {
  const yesNo = YES_NO_START.exec(line);
  let last: boolean | null = null;
  VERDICT_WORD.lastIndex = 0;
  for (let m = VERDICT_WORD.exec(line); m !== null; m = VERDICT_WORD.exec(line)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    let verdict = word === 'true' || word === 'correct' || /^(?:참|맞|옳)/u.test(word);
    const before = line.slice(0, m.index);
    const after = line.slice(m.index + m[0].length);
    if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) verdict = !verdict;
    last = verdict;
  }
  if (last !== null) return last;
  return yesNo ? FORMS.get((yesNo[1] ?? '').toLowerCase()) ?? null : null;
}

function optionVerdict(index: number | null, options: readonly string[] | null): boolean | null {
  if (index === null || !options) return null;
  const text = options[index];
  return text === undefined ? null : parseBinaryToken(text);
}

/**
 * The model's true/false verdict, or null. Order: `\boxed{…}`; the last explicit marker
 * ("Answer: False", "정답은 참입니다", "Therefore, no."); a line that is only a verdict (last, then first);
 * a verdict word in the last line (negation-aware: "not true", "참이 아닙니다"); finally, when options are
 * given, the option chosen as in MCQA ("Answer: B" with ["True", "False"]).
 */
export function extractBinary(output: string, options: readonly string[] | null = null): boolean | null {
  const text = preprocessOutput(output);
  if (text.length === 0) return null;

  const boxed = extractBoxed(text);
  if (boxed !== null) {
    const verdict = parseBinaryToken(boxed.replace(/\\text(?:bf)?\s*\{([^}]*)\}/g, '$1'));
    if (verdict !== null) return verdict;
  }

  const markers = findAnswerMarkers(text).filter((m) => m.strength !== 'hedge');
  for (let i = markers.length - 1; i >= 0; i--) {
    const tail = text.slice(markers[i]!.end);
    const verdict = leadingVerdict(tail);
    if (verdict !== null) return verdict;
  }

  const lines = nonEmptyLines(text);
  const lastLine = lines[lines.length - 1] ?? '';
  const whole = parseBinaryToken(lastLine) ?? (lines.length > 1 ? parseBinaryToken(lines[0] ?? '') : null);
  if (whole !== null) return whole;

  const inSentence = verdictInSentence(lastLine);
  if (inSentence !== null) return inSentence;

  return options && options.length > 0 ? optionVerdict(extractChoice(text, options), options) : null;
}

/** Gold verdict from any accepted form, or via the options ("B" with ["True", "False"]). */
export function resolveGoldBinary(answer: string, options: readonly string[] | null = null): boolean | null {
  const direct = parseBinaryToken(answer);
  if (direct !== null) return direct;
  return options && options.length > 0 ? optionVerdict(resolveGoldChoice(answer, options), options) : null;
}
