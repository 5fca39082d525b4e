/** Finding option texts inside free text ("The answer is Paris", "정답은 부산입니다"). */
import { toHalfWidth } from './preprocess';

export const CHOICE_LETTERS = 'ABCDEFGHIJ';
export const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩';

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const HANGUL = /\p{Script=Hangul}/u;

/** Case-, width- and spacing-insensitive form used for every option-text comparison. */
export function normalizeOptionText(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘「『(]+|["'”’」』.。,!?)]+$/g, '')
    .trim();
}

const ownLabelPatterns: RegExp[] = [];

/** Compiled once per position: scoring runs for every sample of every run. */
function ownLabelPattern(index: number): RegExp {
  return (ownLabelPatterns[index] ??= compileOwnLabelPattern(index));
}

function compileOwnLabelPattern(index: number): RegExp {
  const letter = CHOICE_LETTERS[index] ?? '?';
  const circled = CIRCLED_NUMBERS[index] ?? '?';
  const n = index + 1;
  return new RegExp(`^\\s*(?:\\(?${letter}\\)|${letter}[.:]|${circled}|\\(?${n}\\)|${n}[.:])\\s*`);
}

/**
 * Option texts as the model sees them. Some datasets store options with their own labels
 * ("A. Paris", "① 서울"); those labels are stripped, but only when every option has one, so a lone
 * "A. Einstein" keeps its initial.
 */
export function optionTexts(options: readonly string[]): string[] {
  const labelled = options.length > 0 && options.every((o, i) => ownLabelPattern(i).test(o));
  return options.map((o, i) => normalizeOptionText(labelled ? o.replace(ownLabelPattern(i), '') : o));
}

function isBoundary(text: string, at: number, edgeChar: string): boolean {
  const neighbour = text[at];
  if (neighbour === undefined) return true;
  if (LATIN_OR_DIGIT.test(edgeChar)) return !LATIN_OR_DIGIT.test(neighbour);
  if (HANGUL.test(edgeChar)) return !HANGUL.test(neighbour);
  return true;
}

/**
 * First position of each option mentioned in `text`. Longer options are matched first and masked,
 * so "Seoul" is not also counted inside "Seoul Station". Hangul options need no right boundary
 * because particles and copulas attach directly ("부산입니다").
 */
export function findOptionMentions(text: string, options: readonly string[]): Map<number, number> {
  const texts = optionTexts(options);
  let hay = normalizeOptionText(text);
  const order = texts.map((t, i) => ({ t, i })).sort((a, b) => b.t.length - a.t.length);
  const mentions = new Map<number, number>();
  for (const { t, i } of order) {
    if (t.length === 0) continue;
    const first = t[0] ?? '';
    const last = t[t.length - 1] ?? '';
    let from = 0;
    for (let at = hay.indexOf(t, from); at !== -1; at = hay.indexOf(t, from)) {
      from = at + 1;
      const rightOk = !LATIN_OR_DIGIT.test(last) || isBoundary(hay, at + t.length, last);
      if (!isBoundary(hay, at - 1, first) || !rightOk) continue;
      if (!mentions.has(i)) mentions.set(i, at);
      hay = hay.slice(0, at) + '\u0000'.repeat(t.length) + hay.slice(at + t.length);
    }
  }
  return mentions;
}

/** The option mentioned first in `text`, or null. */
export function earliestOptionMention(text: string, options: readonly string[]): number | null {
  let best: { index: number; at: number } | null = null;
  for (const [index, at] of findOptionMentions(text, options)) {
    if (best === null || at < best.at) best = { index, at };
  }
  return best?.index ?? null;
}

/** The only option mentioned in `text`, or null when none or several are. */
export function uniqueOptionMention(text: string, options: readonly string[]): number | null {
  const mentions = findOptionMentions(text, options);
  if (mentions.size !== 1) return null;
  return [...mentions.keys()][0] ?? null;
}

/**
 * The longest multi-character option that `text` starts with ("3 apples" must not be read as label 3).
 * Single-character options are skipped: there a letter or digit is read as a label, as instructed.
 */
export function optionAtStart(text: string, options: readonly string[]): number | null {
  const hay = normalizeOptionText(text);
  const texts = optionTexts(options);
  let best: { index: number; length: number } | null = null;
  for (const [index, t] of texts.entries()) {
    if (t.length < 2 || !hay.startsWith(t)) continue;
    const last = t[t.length - 1] ?? '';
    if (LATIN_OR_DIGIT.test(last) && !isBoundary(hay, t.length, last)) continue;
    if (best === null || t.length > best.length) best = { index, length: t.length };
  }
  return best?.index ?? null;
}
