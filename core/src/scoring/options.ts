/** Finding option texts inside free text ("The answer is Paris", "정답은 부산입니다"). */
import { datesMatch, parseDate } from './dates';
import { numbersEqual, parseNumericAnswer } from './numbers';
import { toHalfWidth } from './preprocess';

export const CHOICE_LETTERS = 'ABCDEFGHIJ';
export const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩';
/** Korean option labels, in order: 가 나 다 라 마 바 사 아 자 차. */
export const KOREAN_LABELS = '가나다라마바사아자차';

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const HANGUL = /\p{Script=Hangul}/u;

/** Case-, width- and spacing-insensitive form used for option-text comparisons (case kept on request). */
export function normalizeOptionText(text: string, keepCase = false): string {
  const half = toHalfWidth(text);
  return (keepCase ? half : half.toLowerCase())
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
  const korean = KOREAN_LABELS[index] ?? '?';
  const n = index + 1;
  return new RegExp(`^\\s*(?:\\(?${letter}\\)|${letter}[.:]|${circled}|\\(?${n}\\)|${n}[.:](?!\\d)|\\(${korean}\\)|${korean}[.)])\\s*`, 'u');
}

/**
 * Options that differ only by letter case ("CO" / "Co", "True" / "true") are told apart by case;
 * otherwise option texts compare case-insensitively.
 */
export function optionsNeedCase(options: readonly string[]): boolean {
  const lower = new Set<string>();
  const exact = new Set<string>();
  for (const option of options) {
    const text = normalizeOptionText(option, true);
    exact.add(text);
    lower.add(text.toLowerCase());
  }
  return lower.size < exact.size;
}

/**
 * Option texts as the model sees them. Some datasets store options with their own labels
 * ("A. Paris", "① 서울", "가. 수성"); those labels are stripped, but only when every option has one,
 * so a lone "A. Einstein" keeps its initial.
 */
export function optionTexts(options: readonly string[]): string[] {
  let texts = textsCache.get(options);
  if (!texts) {
    const labelled = options.length > 0 && options.every((o, i) => ownLabelPattern(i).test(o));
    const keepCase = optionsNeedCase(options);
    texts = options.map((o, i) => normalizeOptionText(labelled ? o.replace(ownLabelPattern(i), '') : o, keepCase));
    textsCache.set(options, texts);
  }
  return texts;
}

/** Scoring reads the same item's options many times per output: computed once per options array. */
const textsCache = new WeakMap<readonly string[], string[]>();

/** An option text found in free text, with its span in that text. */
export interface OptionSpan {
  index: number;
  start: number;
  end: number;
}

interface CompiledPattern {
  index: number;
  length: number;
  re: RegExp;
  /** The same pattern anchored where matching starts (`lastIndex`), for optionAtStart. */
  sticky: RegExp;
}

interface CompiledOptions {
  /** Longest first, so "Seoul" is not also found inside "Seoul Station". */
  patterns: CompiledPattern[];
}

const compiledCache = new WeakMap<readonly string[], CompiledOptions>();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One search pattern per option. Boundaries: a Latin/digit edge may not touch another Latin letter or
 * digit, a number is never found inside a decimal or after a minus ("4" in "4.5", "-4"), a Hangul
 * start may not follow Hangul; a Hangul end needs no boundary because particles attach ("부산입니다").
 */
function compileOption(text: string, keepCase: boolean): RegExp {
  const first = text[0] ?? '';
  const last = text[text.length - 1] ?? '';
  let left = '';
  if (/\d/.test(first)) left = '(?<![A-Za-z0-9]|\\d[.,]|[-−])';
  else if (LATIN_OR_DIGIT.test(first)) left = '(?<![A-Za-z0-9])';
  else if (HANGUL.test(first)) left = '(?<!\\p{Script=Hangul})';
  let right = '';
  if (/\d/.test(last)) right = '(?![A-Za-z0-9]|[.,]\\d)';
  else if (LATIN_OR_DIGIT.test(last)) right = '(?![A-Za-z0-9])';
  const body = text.split(' ').map(escapeRegExp).join('\\s+');
  return new RegExp(`${left}${body}${right}`, keepCase ? 'gu' : 'giu');
}

function compiled(options: readonly string[]): CompiledOptions {
  let entry = compiledCache.get(options);
  if (!entry) {
    const keepCase = optionsNeedCase(options);
    const patterns = optionTexts(options)
      .flatMap((text, index) => {
        if (text.length === 0) return [];
        const re = compileOption(text, keepCase);
        return [{ index, length: text.length, re, sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`) }];
      })
      .sort((a, b) => b.length - a.length);
    entry = { patterns };
    compiledCache.set(options, entry);
  }
  return entry;
}

/** Every mention of an option text in `text`, in order of position (longer options mask shorter ones). */
export function optionSpans(text: string, options: readonly string[]): OptionSpan[] {
  const hay = toHalfWidth(text);
  const taken: boolean[] = new Array<boolean>(hay.length).fill(false);
  const spans: OptionSpan[] = [];
  for (const { index, re } of compiled(options).patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(hay); m !== null; m = re.exec(hay)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      spans.push({ index, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** First position of each option mentioned in `text`. */
export function findOptionMentions(text: string, options: readonly string[]): Map<number, number> {
  const mentions = new Map<number, number>();
  for (const span of optionSpans(text, options)) if (!mentions.has(span.index)) mentions.set(span.index, span.start);
  return mentions;
}

/** The option mentioned first in `text`, or null. */
export function earliestOptionMention(text: string, options: readonly string[]): number | null {
  return optionSpans(text, options)[0]?.index ?? null;
}

/** The only option mentioned in `text`, or null when none or several are. */
export function uniqueOptionMention(text: string, options: readonly string[]): number | null {
  const mentions = findOptionMentions(text, options);
  if (mentions.size !== 1) return null;
  return [...mentions.keys()][0] ?? null;
}

/**
 * The longest multi-character option that `text` starts with ("3 apples" must not be read as label 3),
 * and where it ends. Single-character options are skipped: there a letter or digit is read as a
 * label, as instructed.
 */
export function optionAtStart(text: string, options: readonly string[]): { index: number; end: number } | null {
  const hay = toHalfWidth(text);
  const lead = /^[\s"'“‘「『]*/.exec(hay)?.[0].length ?? 0;
  for (const { index, length, sticky } of compiled(options).patterns) {
    if (length < 2) continue;
    sticky.lastIndex = lead;
    const m = sticky.exec(hay);
    if (m) return { index, end: lead + m[0].length };
  }
  return null;
}

/**
 * The option whose VALUE a stated number or date equals: "4.0" is option "4", "October 9th" is
 * option "October 9". Null unless exactly one option has that value.
 */
export function optionByValue(text: string, options: readonly string[]): number | null {
  const stated = text.trim();
  // A date first: "9 October" would otherwise parse as the number 9 with a unit.
  const date = parseDate(stated);
  if (date !== null) return uniqueHit(options, (o) => {
    const value = parseDate(o);
    return value !== null && datesMatch(date, value);
  });
  const number = parseNumericAnswer(stated);
  if (number !== null) return uniqueHit(options, (o) => {
    const value = parseNumericAnswer(o);
    return value !== null && numbersEqual(value, number);
  });
  return null;
}

function uniqueHit(options: readonly string[], hit: (option: string) => boolean): number | null {
  const hits = optionTexts(options).flatMap((o, i) => (hit(o) ? [i] : []));
  return hits.length === 1 ? hits[0]! : null;
}
