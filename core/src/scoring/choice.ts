/** Multiple-choice answer extraction: which option (0-based index) did the model pick? */
import { findAnswerMarkers, type AnswerMarker } from './markers';
import {
  CHOICE_LETTERS,
  CIRCLED_NUMBERS,
  earliestOptionMention,
  normalizeOptionText,
  optionAtStart,
  optionTexts,
  uniqueOptionMention,
} from './options';
import { extractBoxed, nonEmptyLines, preprocessOutput } from './preprocess';

export const MAX_CHOICES = CHOICE_LETTERS.length;

/** "A" for 0 … "J" for 9. */
export function choiceLetter(index: number): string {
  const letter = CHOICE_LETTERS[index];
  if (letter === undefined) throw new RangeError(`choice index ${index} is outside A–J`);
  return letter;
}

/**
 * How much context a bare letter needs before we believe it is a choice:
 * - loose: any letter not glued to a word ("Answer: b because…").
 * - standalone: followed by punctuation, a line end, Hangul ("C입니다") or a verb like "is" (uppercase only).
 * - bracketed: only "(b)" / "b)" forms.
 */
type CaseRule = 'loose' | 'standalone' | 'bracketed';
interface LabelRules {
  upper: CaseRule;
  lower: CaseRule;
}

/** A parsed label, or 'invalid' when the model clearly named a label that does not exist (E of 4). */
type LabelParse = { index: number } | 'invalid' | null;

const STANDALONE_FOLLOW = /^(?:\s*$|\s*[.,;:!?)\]}'"”’」』]|[ \t]*\n|\s+[-–—(]|\p{Script=Hangul})/u;
const CONCLUDING_VERB = /^\s+(?:is|was|would|should|must|seems|appears|fits|matches|looks)\b/i;
const LABEL_PREFIX = /^(?:(?:option|choice|letter)\s+|(?:선택지|보기)\s*)/i;

function followsStandalone(rest: string): boolean {
  return STANDALONE_FOLLOW.test(rest);
}

function numberLabel(digits: string, options: readonly string[], explicit: boolean): LabelParse {
  // Numeric options ("1990", "3") are values, not labels: a bare number equal to an option text means that option.
  if (!explicit) {
    const asText = optionTexts(options).indexOf(digits);
    if (asText !== -1) return { index: asText };
  }
  const n = Number(digits);
  return n >= 1 && n <= options.length ? { index: n - 1 } : 'invalid';
}

/** Reads a choice label at the start of `tail`: "(B)", "b.", "②", "3번", "Option C". */
function parseLabel(tail: string, options: readonly string[], rules: LabelRules): LabelParse {
  const s = tail.replace(/^\s+/, '').replace(LABEL_PREFIX, '');
  const k = options.length;

  const circled = /^[([]?\s*([①-⑩])/u.exec(s);
  if (circled) {
    const i = CIRCLED_NUMBERS.indexOf(circled[1] ?? '');
    return i < k ? { index: i } : 'invalid';
  }

  const num = /^([([])?\s*(\d{1,2})(?!\d|[.,]\d)(?:\s*([)\]]))?([ \t]*번)?/.exec(s);
  if (num) {
    const rest = s.slice(num[0].length);
    const explicit = Boolean(num[1] ?? num[3] ?? num[4]);
    if (!explicit) {
      if (/^[A-Za-z0-9%]/.test(rest)) return null; // "3kg", "2x"
      if (rules.upper !== 'loose' && !followsStandalone(rest)) return null;
    }
    return numberLabel(num[2] ?? '', options, explicit);
  }

  const letter = /^([([])?\s*([A-Za-z])(?![A-Za-z0-9])(?:\s*([)\]]))?/.exec(s);
  if (letter) {
    const ch = letter[2] ?? '';
    const isUpper = ch === ch.toUpperCase();
    const rest = s.slice(letter[0].length);
    if (!(letter[1] ?? letter[3])) {
      const rule = isUpper ? rules.upper : rules.lower;
      if (rule === 'bracketed') return null;
      const verbOk = isUpper && CONCLUDING_VERB.test(rest);
      if (rule === 'standalone' && !followsStandalone(rest) && !verbOk) return null;
      if (ch === 'I' && /^(?:['’]|\s+[a-z])/.test(rest)) return null; // the pronoun: "I think", "I'm"
    }
    const i = CHOICE_LETTERS.indexOf(ch.toUpperCase());
    return i !== -1 && i < k ? { index: i } : 'invalid';
  }
  return null;
}

function firstSentence(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  const end = /[.!?。](?:\s|$)/.exec(line);
  return end ? line.slice(0, end.index) : line;
}

function fromMarker(text: string, marker: AnswerMarker, options: readonly string[]): LabelParse {
  const tail = text.slice(marker.end);
  if (/^(?:not|never)\b/i.test(tail)) return null; // "the answer is not A"
  const strong = marker.strength === 'strong';
  const atStart = marker.strength === 'hedge' ? null : optionAtStart(tail, options);
  if (atStart !== null) return { index: atStart };
  const rules: LabelRules = strong
    ? { upper: 'loose', lower: marker.colon ? 'loose' : 'standalone' }
    : { upper: 'standalone', lower: 'bracketed' };
  const label = parseLabel(tail, options, rules);
  // Only an explicit marker makes a non-existent label ("Answer: F") a stated-but-invalid answer.
  if (!strong) return label === 'invalid' ? null : label;
  if (label !== null) return label;
  const mentioned = earliestOptionMention(firstSentence(tail), options);
  return mentioned === null ? null : { index: mentioned };
}

/** "C is correct", "B would be the answer", "③이 정답입니다", "C가 정답", "3번이 정답". */
const POST_MARKERS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])(?:option\s+|choice\s+)?\(?([A-J]|[①-⑩])\)?\s+(?:is|would\s+be|seems\s+to\s+be)\s+(?:the\s+)?(?:correct|right|best|answer)\b/g,
  /(?<![A-Za-z0-9])\(?([A-J]|[①-⑩]|\d{1,2})\)?\s*(?:번)?\s*(?:이|가)?\s*(?:정답|맞는\s*답|옳은\s*답|올바른\s*답)(?!\s*(?:이|은|는)?\s*아[니닙님])/gu,
];

interface Candidate {
  at: number;
  parse: LabelParse;
}

function postMarkerCandidates(text: string, options: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const re of POST_MARKERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push({ at: m.index, parse: parseLabel(m[1] ?? '', options, { upper: 'loose', lower: 'bracketed' }) });
    }
  }
  return found;
}

const WHOLE_LINE_TOKEN = /^(?:(?:option|choice)\s+|(?:선택지|보기)\s*)?[([]?\s*([A-Ja-j]|[①-⑩]|\d{1,2})\s*[)\]]?\s*(번)?\s*[.)]?$/iu;
const TOKEN_THEN_TEXT = /^[([]?\s*(?:([A-J])\s*[).:\]]|(\d{1,2})\s*(?:[).:\]]|번)|([①-⑩]))\s*(.+)$/u;
const TRAILING_TOKEN = /[:=→]\s*[([]?([A-J]|[①-⑩])[)\]]?\s*\.?$/u;

function tokenIndex(token: string, options: readonly string[], explicitNumber: boolean): number | null {
  const circled = CIRCLED_NUMBERS.indexOf(token);
  if (circled !== -1) return circled < options.length ? circled : null;
  if (/^\d+$/.test(token)) {
    const parsed = numberLabel(token, options, explicitNumber);
    return parsed === 'invalid' || parsed === null ? null : parsed.index;
  }
  const i = CHOICE_LETTERS.indexOf(token.toUpperCase());
  return i !== -1 && i < options.length ? i : null;
}

/** "B) Paris", "C. Berlin", "② 부산": a label followed by its own option text. */
function labelledOptionLine(line: string, options: readonly string[]): number | null {
  const withText = TOKEN_THEN_TEXT.exec(line);
  if (!withText) return null;
  const index = tokenIndex(withText[1] ?? withText[2] ?? withText[3] ?? '', options, true);
  const rest = normalizeOptionText(withText[4] ?? '');
  const expected = index === null ? undefined : optionTexts(options)[index];
  return index !== null && expected && (rest.includes(expected) || expected.includes(rest)) ? index : null;
}

/**
 * A line that is just an answer: "B", "b.", "(B)", "②", "3번", "B) Paris", "…: C".
 * "B) Paris" is ignored when the output restates the option list (`listsOptions`), where it is one item.
 */
function fromBareLine(line: string, options: readonly string[], listsOptions = false): number | null {
  const whole = WHOLE_LINE_TOKEN.exec(line);
  if (whole) return tokenIndex(whole[1] ?? '', options, whole[2] !== undefined);

  const labelled = listsOptions ? null : labelledOptionLine(line, options);
  if (labelled !== null) return labelled;

  const trailing = TRAILING_TOKEN.exec(line);
  if (trailing) return tokenIndex(trailing[1] ?? '', options, true);
  return null;
}

/**
 * The 0-based option index the model chose, or null if it cannot be determined.
 *
 * Order of evidence:
 * 1. the last `\boxed{…}`;
 * 2. the last stated answer, by position, among explicit markers ("answer is", "정답:", "final answer"),
 *    concluding words ("therefore", "따라서"), post-markers ("C is correct", "③이 정답"), and a last line
 *    that is just a label — so after reasoning the final statement wins;
 * 3. a first line that is just a label ("B\n\nExplanation: …");
 * 4. an option text mentioned uniquely in the last line, then in the whole output.
 * A lone English article ("A cat is…") is never a choice: bare letters need a marker or a line of their own.
 * A clearly stated label that does not exist ("Answer: F" with 4 options) yields null, not a guess.
 */
export function extractChoice(output: string, options: readonly string[]): number | null {
  if (options.length === 0 || options.length > MAX_CHOICES) return null;
  const text = preprocessOutput(output);
  if (text.length === 0) return null;

  const boxed = extractBoxed(text);
  if (boxed !== null) {
    const content = boxed.replace(/\\text(?:bf)?\s*\{([^}]*)\}/g, '$1');
    const index = fromBareLine(content, options) ?? uniqueOptionMention(content, options);
    if (index !== null) return index;
  }

  const candidates: Candidate[] = [
    ...findAnswerMarkers(text).map((m) => ({ at: m.end, parse: fromMarker(text, m, options) })),
    ...postMarkerCandidates(text, options),
  ];
  const lines = nonEmptyLines(text);
  const lastLine = lines[lines.length - 1] ?? '';
  const listsOptions = lines.filter((line) => labelledOptionLine(line, options) !== null).length >= 2;
  const lastLineIndex = fromBareLine(lastLine, options, listsOptions);
  if (lastLineIndex !== null) candidates.push({ at: text.lastIndexOf(lastLine), parse: { index: lastLineIndex } });

  const stated = candidates.filter((c) => c.parse !== null).sort((a, b) => a.at - b.at);
  const final = stated[stated.length - 1];
  if (final) return final.parse === 'invalid' || final.parse === null ? null : final.parse.index;

  const firstLine = lines[0];
  if (firstLine !== undefined && lines.length > 1) {
    const index = fromBareLine(firstLine, options, listsOptions);
    if (index !== null) return index;
  }
  const lastLineIsListItem = listsOptions && labelledOptionLine(lastLine, options) !== null;
  return (lastLineIsListItem ? null : uniqueOptionMention(lastLine, options)) ?? uniqueOptionMention(text, options);
}

/**
 * The gold option index. Gold may be the option text, a letter ("B", "b", "(B)"), a 1-based number
 * ("2", "2번") or a circled number ("②"). Exact option text wins first, because numeric options
 * ("1990") would otherwise be misread as labels.
 */
export function resolveGoldChoice(answer: string, options: readonly string[]): number | null {
  if (options.length === 0 || options.length > MAX_CHOICES) return null;
  const gold = normalizeOptionText(answer);
  if (gold.length === 0) return null;
  const byText = optionTexts(options).indexOf(gold);
  if (byText !== -1) return byText;
  const parsed = parseLabel(answer, options, { upper: 'loose', lower: 'loose' });
  return parsed === null || parsed === 'invalid' ? null : parsed.index;
}
