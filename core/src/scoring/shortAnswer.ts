/** Short-form answers: find the final answer in free text and compare it with the gold text or number. */
import { findStrongAnswerMarkers } from './markers';
import { findNumbers, numbersEqual, parseNumericAnswer, stripLatex } from './numbers';
import { extractBoxed, nonEmptyLines, preprocessOutput, toHalfWidth } from './preprocess';

export interface ExtractShortAnswerOptions {
  /** The gold answer is a number: fall back to numbers found in the text when the answer is wordy. */
  numeric?: boolean;
}

/** The answer clause right after a marker: first line, first sentence, before "because …". */
function answerClause(tail: string): string {
  const line = tail.split('\n', 1)[0] ?? '';
  const sentenceEnd = /[.!?。](?=\s|$)/.exec(line);
  const clause = sentenceEnd ? line.slice(0, sentenceEnd.index) : line;
  return clause
    .split(/\s+(?:because|since|as|which|so)\s+|\s*[(,]\s*(?:because|since)\b|\s*(?:왜냐하면|때문에)/i)[0]!
    .replace(/^["'“‘「『]+|["'”’」』]+$/g, '')
    .trim();
}

/**
 * The model's final short answer, or null when the output is empty.
 * Order: the last `\boxed{…}`; the clause after the last "answer is" / "Answer:" / "정답:" marker; else the
 * last line. For a numeric gold, a wordy answer falls back to its first number ("42 apples in total"),
 * else to the last number in the output (reasoning usually ends on the result).
 */
export function extractShortAnswer(output: string, options: ExtractShortAnswerOptions = {}): string | null {
  const text = preprocessOutput(output);
  if (text.length === 0) return null;

  let candidate: string | null = extractBoxed(text);
  let explicit = candidate !== null && candidate.length > 0;
  if (!explicit) {
    const markers = findStrongAnswerMarkers(text);
    for (let i = markers.length - 1; i >= 0 && !explicit; i--) {
      const clause = answerClause(text.slice(markers[i]!.end));
      if (clause.length > 0) {
        candidate = clause;
        explicit = true;
      }
    }
  }
  if (!explicit) {
    const lines = nonEmptyLines(text);
    candidate = (lines[lines.length - 1] ?? '').replace(/^(?:[-*•]\s+|\d+[.)]\s+)/, '');
  }
  const answer = (candidate ?? '').replace(/[.。]+$/, '').trim();

  if (options.numeric && parseNumericAnswer(answer) === null) {
    const fallback = (explicit ? findNumbers(answer)[0] : undefined) ?? findNumbers(text).at(-1);
    if (fallback !== undefined) return fallback;
  }
  return answer.length > 0 ? answer : null;
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
  const korean = /\p{Script=Hangul}(?:은|는|이|가)\s+(\S+)$/u.exec(base);
  if (korean?.[1] && !/아니|않/u.test(korean[1])) readings.add(korean[1]);
  for (const form of [...readings]) {
    for (const ending of KOREAN_COPULAS) {
      if (form.length > ending.length && form.endsWith(ending)) readings.add(form.slice(0, -ending.length).trim());
    }
  }
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
 * number, else by normalized text, allowing Korean copula/particle endings and English articles.
 */
export function shortAnswersMatch(extracted: string, gold: string): boolean {
  const goldNumber = parseNumericAnswer(gold);
  if (goldNumber !== null) {
    const value = parseNumericAnswer(extracted);
    return value !== null && numbersEqual(value, goldNumber);
  }
  const goldKey = normalizeShortAnswer(gold);
  if (goldKey.length === 0) return false;
  for (const reading of answerReadings(extracted)) {
    if (normalizeShortAnswer(reading) === goldKey) return true;
  }
  return false;
}
