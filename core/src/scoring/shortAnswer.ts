/**
 * Short-form answers: find the final answer in free text and compare it with the gold text or number.
 *
 * Extraction order: the last `\boxed{…}`; the clause after the last committed "answer is" / "Answer:" /
 * "정답:" marker (markers inside a counterfactual only when there is no other); else the last line.
 * Negated parts are dropped ("not 12 but 14" → "14", "서울이 아니라 부산" → "부산"); two answers joined
 * by "or" / "또는" are a hedge. Program output (`exact`) is read from code blocks and inline code first.
 */
import { answerClause, conditionalSpans, insideAny } from './clauses';
import { isEnglishCountry, isKoreanCountry } from './countries';
import { datesMatch, findDate, parseDate } from './dates';
import { findStrongAnswerMarkers } from './markers';
import type { MatchMode } from './matchMode';
import { parseNumberWords } from '../text/number-words';
import { findNumbers, numbersEqual, parseNumericAnswer, stripLatex } from './numbers';
import { extractBoxed, nonEmptyLines, preprocessOutput, stripThinking, toHalfWidth } from './preprocess';

export interface ExtractShortAnswerOptions {
  /** The gold answer is a number: fall back to numbers found in the text when the answer is wordy. */
  numeric?: boolean;
  /** Program output: prefer code blocks and inline code, and keep the answer's exact characters. */
  exact?: boolean;
}

const withoutParentheses = (text: string) => text.replace(/\s*\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();

/** The number an answer states in digits or words ("42", "1,000 cm", "forty-two", "열두 개", "12 (3 × 4)"). */
export function numericValue(text: string): number | null {
  for (const t of [text, withoutParentheses(text)]) {
    const value = parseNumericAnswer(t) ?? parseNumberWords(t);
    if (value !== null) return value;
  }
  return null;
}

/** Drops what the answer negates: "not 12 but 14" → "14", "14, not 12" → "14", "12가 아니라 14" → "14". */
function dropNegated(clause: string): string {
  return clause
    .replace(/^(?:it['’]s\s+|it\s+is\s+)?not\s+.+?\s*(?:,\s*|\s+)(?:but|—|–)\s+(?:(?:it['’]s|it\s+is|rather)\s+)?/i, '')
    .replace(/\s*(?:,|;|—|–)\s*(?:and\s+)?not\s+[^,;]+$/i, '')
    .replace(/\s+rather\s+than\s+[^,;]+$/i, '')
    .replace(/^.+?\s*(?:이|가)?\s*아니(?:라|고)\s*,?\s*/u, '')
    .trim();
}

/** Code a program-output answer is usually wrapped in: the last fenced block, else inline code in the final clause. */
function codeAnswer(output: string, clause: string | null): string | null {
  const raw = stripThinking(output);
  const fences = [...raw.matchAll(/```[^\n]*\n([\s\S]*?)\n?```/g)];
  const lastFence = fences.at(-1)?.[1];
  if (lastFence !== undefined && lastFence.trim().length > 0) return lastFence.trim();
  const inClause = clause === null ? null : /`([^`\n]+)`/.exec(clause);
  if (inClause) return inClause[1]!;
  const lines = raw.trim().split('\n');
  const lastLineCode = [...(lines.at(-1) ?? '').matchAll(/`([^`\n]+)`/g)];
  return lastLineCode.length === 1 ? lastLineCode[0]![1]! : null;
}

/** The clause after the last committed strong marker (in `text`), or null. */
function markedClause(text: string): string | null {
  const conditional = conditionalSpans(text);
  const markers = findStrongAnswerMarkers(text);
  const ordered = [...markers.filter((m) => insideAny(conditional, m.end)), ...markers.filter((m) => !insideAny(conditional, m.end))];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const clause = answerClause(text.slice(ordered[i]!.end)).replace(/^["'“‘「『]+|["'”’」』]+$/g, '').trim();
    if (clause.length > 0) return clause;
  }
  return null;
}

/** A number to fall back on for a numeric gold: the answer's own first number, else the last one the reasoning ends on. */
function numberFallback(answer: string, explicit: boolean, lastLine: string, text: string): string | undefined {
  return (
    (explicit ? findNumbers(withoutParentheses(answer))[0] : undefined) ??
    findNumbers(withoutParentheses(lastLine)).at(-1) ??
    findNumbers(withoutParentheses(text)).at(-1) ??
    findNumbers(text).at(-1)
  );
}

/**
 * The model's final short answer, or null when the output is empty.
 * Order: the last `\boxed{…}`; the clause after the last committed "answer is" / "Answer:" / "정답:"
 * marker; else the last line. For a numeric gold, a wordy answer falls back to its first number
 * ("42 apples in total"), else to the last number outside parentheses (reasoning usually ends on the
 * result; "1950 (it ended in 1953)" is 1950).
 */
export function extractShortAnswer(output: string, options: ExtractShortAnswerOptions = {}): string | null {
  const text = preprocessOutput(output);
  if (text.length === 0) return null;

  const boxed = extractBoxed(text);
  let candidate = boxed !== null && boxed.length > 0 ? boxed : markedClause(text);
  const explicit = candidate !== null;
  const lines = nonEmptyLines(text);
  const lastLine = lines[lines.length - 1] ?? '';
  if (options.exact) {
    const code = codeAnswer(output, explicit ? candidate : null);
    if (code !== null && (!explicit || candidate!.includes(code))) return code;
  }
  if (candidate === null) candidate = lastLine.replace(/^(?:[-*•]\s+|\d+[.)]\s+)/, '');
  const answer = (options.exact ? candidate : dropNegated(candidate)).replace(/[.。]+$/, '').trim();

  // A hedge ("12 or 14") is returned whole, so it is scored as one rather than as its first number.
  if (options.numeric && numericValue(answer) === null && hedgedAnswers(answer, '', true) === null) {
    const fallback = numberFallback(answer, explicit, dropNegated(lastLine), text);
    if (fallback !== undefined) return fallback;
  }
  return answer.length > 0 ? answer : null;
}

/**
 * Answers offered side by side ("12 or 14", "서울 또는 부산"), or null when there is one. Each part must
 * look like an answer on its own — a number for a numeric gold, a few words otherwise — so an idiom
 * ("42, give or take") is not a hedge.
 */
export function hedgedAnswers(extracted: string, gold: string, numeric: boolean): string[] | null {
  const joiner = /\s+(?:or|또는|혹은|아니면)\s+/iu;
  if (joiner.test(gold)) return null;
  // The predicate of a sentence answer holds the alternatives: "The capital is either Sydney or Canberra."
  const predicate = /^.*?\b(?:is|are|was|were)\s+(.+)$/i.exec(extracted)?.[1] ?? /[가-힣](?:은|는)\s+(.+)$/u.exec(extracted)?.[1];
  const offered = predicate !== undefined && joiner.test(predicate) ? predicate : extracted;
  const parts = offered.split(joiner).map((p) => p.replace(/^(?:either|probably|maybe)\s+/i, '').trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const answerLike = (part: string) => (numeric ? numericValue(part) !== null : part.split(/\s+/).length <= 4);
  return parts.every(answerLike) ? parts : null;
}

/**
 * Canonical comparison key for a short answer: numbers become their value ("1,000.0" → "1000",
 * "\frac{1}{2}" → "0.5", "30%" → "30"); text is lowercased and loses LaTeX, whitespace and punctuation.
 */
export function normalizeShortAnswer(text: string): string {
  const number = parseNumericAnswer(text);
  if (number !== null) return String(number);
  return stripLatex(toHalfWidth(text).normalize('NFKC'))
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, '');
}

// Endings that turn a noun into a sentence ("서울입니다"). Longest first so "이에요" wins over "요".
const KOREAN_COPULAS = ['입니다', '이에요', '이예요', '예요', '이다', '이요', '이죠', '죠', '임', '요', '다'];
const KOREAN_PARTICLES = ['은', '는', '이', '가'];

/** The city an answer names with its country: "Canberra, Australia", "캐나다의 오타와", "포르투갈 리스본". */
function placeReadings(form: string): string[] {
  const out: string[] = [];
  const comma = /^([^,]+),\s*(.+)$/.exec(form);
  if (comma) out.push(comma[1]!.trim());
  const of = /^[가-힣]+의\s+(\S+)$/u.exec(form);
  if (of) out.push(of[1]!);
  const koreanPair = /^([가-힣]+)\s+([가-힣]+)$/u.exec(form);
  if (koreanPair && isKoreanCountry(koreanPair[1]!)) out.push(koreanPair[2]!);
  // An appositive: "일본의 수도인 도쿄" names 도쿄.
  const appositive = /^[가-힣]+(?:\s+[가-힣]+)*인\s+([가-힣A-Za-z]+)$/u.exec(form);
  if (appositive) out.push(appositive[1]!);
  const englishTail = /^(.+?)\s+(?:in\s+)?([A-Z][A-Za-z ]+)$/.exec(form);
  if (englishTail && isEnglishCountry(englishTail[2]!)) out.push(englishTail[1]!);
  return out;
}

/**
 * Readings of an extracted answer that may be compared with gold. Korean endings and particles are
 * only tried as alternatives — never applied unconditionally — because "바다" (sea) ends in "다".
 */
function answerReadings(extracted: string): Set<string> {
  const base = extracted.trim().replace(/[.。!]+$/, '').trim();
  const readings = new Set([base, base.replace(/\s*\([^)]*\)$/, '')]);
  // A sentence answer without a marker ("The capital is Seoul.", "수도는 서울입니다."): its predicate.
  const english = /^.*\b(?:is|are|was|were)\s+(?!not\b)(.+)$/i.exec(base);
  if (english?.[1]) readings.add(english[1]);
  const korean = /\p{Script=Hangul}(?:은|는|이|가)\s+(\S+(?:\s+\S+)?)$/u.exec(base);
  if (korean?.[1] && !/아니|않/u.test(korean[1])) readings.add(korean[1]);
  for (const form of [...readings]) {
    for (const ending of KOREAN_COPULAS) {
      if (form.length > ending.length && form.endsWith(ending)) readings.add(form.slice(0, -ending.length).trim());
    }
  }
  for (const form of [...readings]) for (const place of placeReadings(form)) readings.add(place);
  for (const form of [...readings]) {
    for (const particle of KOREAN_PARTICLES) {
      if (form.length > particle.length && form.endsWith(particle)) readings.add(form.slice(0, -particle.length));
    }
  }
  for (const form of [...readings]) readings.add(form.replace(/^(?:the|a|an)\s+/i, ''));
  return readings;
}

/**
 * Whether an extracted short answer matches gold: numerically (tolerance 1e-9 relative) when gold is a
 * number, as a date when gold is a date, else by normalized text, allowing Korean copula/particle
 * endings, English articles and a city's country.
 */
export function shortAnswersMatch(extracted: string, gold: string): boolean {
  const goldNumber = parseNumericAnswer(gold);
  if (goldNumber !== null) {
    const value = numericValue(extracted);
    return value !== null && numbersEqual(value, goldNumber);
  }
  const goldDate = parseDate(gold);
  const goldKey = normalizeShortAnswer(gold);
  if (goldKey.length === 0) return false;
  for (const reading of answerReadings(extracted)) {
    if (normalizeShortAnswer(reading) === goldKey) return true;
    if (goldDate !== null) {
      const date = parseDate(reading) ?? findDate(reading);
      if (date !== null && datesMatch(date, goldDate)) return true;
    }
  }
  return false;
}

const EXACT_COPULA = /(?<=[^\p{Script=Hangul}\s])(?:입니다|이에요|예요|이다|이요|요|다|임)$/u;

/**
 * Program output compared exactly: only the wrapping is forgiven — surrounding quotes or backticks,
 * a final period, a Korean copula ("PYTHON입니다"), a sentence around it ("The output is X").
 */
export function exactAnswersMatch(extracted: string, gold: string): boolean {
  const target = gold.trim();
  const forms = new Set<string>();
  const add = (form: string) => {
    const t = form.trim();
    forms.add(t);
    if (!target.endsWith('.')) forms.add(t.replace(/\.$/, '').trim());
    if (!/^["'`]/.test(target)) forms.add(t.replace(/^(["'`])(.*)\1$/s, '$2'));
  };
  const base = extracted.trim();
  add(base);
  const predicate = /^.*\b(?:is|are|was|prints?|outputs?|returns?)\s*:?\s+(.+)$/i.exec(base) ?? /\p{Script=Hangul}(?:은|는)\s+(.+)$/u.exec(base);
  if (predicate?.[1]) add(predicate[1]);
  for (const form of [...forms]) add(form.replace(/[.。]$/u, '').replace(EXACT_COPULA, ''));
  return forms.has(target);
}

/** Numbers within an absolute tolerance (plus floating-point slack). */
export function withinTolerance(value: number, gold: number, tolerance: number): boolean {
  return Math.abs(value - gold) <= tolerance + 1e-9 * Math.max(1, Math.abs(gold));
}

/** Whether `extracted` answers `gold` under the item's match mode. */
export function answersMatch(extracted: string, gold: string, mode: MatchMode): boolean {
  if (mode.kind === 'exact') return exactAnswersMatch(extracted, gold);
  if (mode.kind === 'numeric') {
    const value = numericValue(extracted);
    const target = numericValue(gold);
    return value !== null && target !== null && withinTolerance(value, target, mode.tolerance);
  }
  return shortAnswersMatch(extracted, gold);
}
