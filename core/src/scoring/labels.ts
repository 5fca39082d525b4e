/**
 * Option labels: letters A–J, circled ①–⑩, numbers 1–10 ("3번", "(3)"), Korean 가–차 ("라", "(다)", "나번").
 * A decimal ("2.5") is a value, never label "2." followed by text.
 */
import { CHOICE_LETTERS, CIRCLED_NUMBERS, KOREAN_LABELS, optionTexts } from './options';

/**
 * How much context a bare letter needs before we believe it is a choice:
 * - loose: any letter not glued to a word ("Answer: b because…").
 * - standalone: followed by punctuation, a line end, Hangul ("C입니다") or a verb like "is" (uppercase only).
 * - bracketed: only "(b)" / "b)" forms.
 */
export type CaseRule = 'loose' | 'standalone' | 'bracketed';
export interface LabelRules {
  upper: CaseRule;
  lower: CaseRule;
}

/** A parsed label, or 'invalid' when the model clearly named a label that does not exist (E of 4). */
export type LabelParse = { index: number; length: number } | 'invalid' | null;

const STANDALONE_FOLLOW = /^(?:\s*$|\s*[.,;:!?)\]}'"”’」』/]|[ \t]*\n|\s+[-–—(✓✔✗✘✅❌☑×]|\s*\p{Script=Hangul})/u;
const CONCLUDING_VERB = /^\s+(?:is|was|would|should|must|seems|appears|fits|matches|looks)\b/i;
/** Words that may follow a choice letter in a statement ("B or C", "B, not C", "D is correct"). */
const GLUE_WORD = /^\s+(?:or|and|nor|not|but|is|are|was|were|would|should|must|seems?|appears|fits|matches|looks|rather|instead|vs\.?|then|could|might|may|as|both|either|seem)\b/i;
const LABEL_PREFIX = /^(?:(?:option|choice|letter)\s+|(?:선택지|보기)\s*)/i;
/** What may follow a bare Korean label: an end, punctuation, a copula, "번", or a particle before 정답/답/맞. */
const KOREAN_LABEL_FOLLOW =
  /^(?:\s*$|[\s.,;:!?'"’”)\]/]|\s*번|(?:입니다|이다|이에요|예요|요)(?=[\s.,!?'"’”)]|$)|[가이]\s*(?:정답|답|맞|옳))/u;

export function followsStandalone(rest: string): boolean {
  return STANDALONE_FOLLOW.test(rest);
}

function numberLabel(digits: string, options: readonly string[], explicit: boolean, length: number): LabelParse {
  // Numeric options ("1990", "3") are values, not labels: a bare number equal to an option text means that option.
  if (!explicit) {
    const asText = optionTexts(options).indexOf(digits);
    if (asText !== -1) return { index: asText, length };
  }
  const n = Number(digits);
  return n >= 1 && n <= options.length ? { index: n - 1, length } : 'invalid';
}

function circledLabel(s: string, k: number, skipped: number): LabelParse {
  const circled = /^[([]?\s*([①-⑩])(?:\s*[)\]])?(?:\s*번)?/u.exec(s);
  if (!circled) return null;
  const i = CIRCLED_NUMBERS.indexOf(circled[1] ?? '');
  return i < k ? { index: i, length: skipped + circled[0].length } : 'invalid';
}

function koreanLabel(s: string, k: number, skipped: number): LabelParse {
  const m = /^([([])?\s*([가나다라마바사아자차])(?:\s*([)\]]))?/u.exec(s);
  if (!m) return null;
  const bracketed = Boolean(m[1] && m[3]);
  const rest = s.slice(m[0].length);
  if (!bracketed && !KOREAN_LABEL_FOLLOW.test(rest)) return null;
  const suffix = /^\s*번/u.exec(rest)?.[0] ?? '';
  const i = KOREAN_LABELS.indexOf(m[2] ?? '');
  return i < k ? { index: i, length: skipped + m[0].length + suffix.length } : 'invalid';
}

function digitLabel(s: string, options: readonly string[], rules: LabelRules, skipped: number): LabelParse | undefined {
  const num = /^([([])?\s*(\d{1,2})(?!\d|[.,]\d)(?:\s*([)\]]))?([ \t]*번)?/.exec(s);
  if (!num) return undefined;
  const rest = s.slice(num[0].length);
  const explicit = Boolean(num[1] ?? num[3] ?? num[4]);
  if (!explicit) {
    if (/^[A-Za-z0-9%]/.test(rest)) return null; // "3kg", "2x"
    if (rules.upper !== 'loose' && !followsStandalone(rest)) return null;
  }
  return numberLabel(num[2] ?? '', options, explicit, skipped + num[0].length);
}

function letterLabel(s: string, k: number, rules: LabelRules, skipped: number): LabelParse | undefined {
  const letter = /^([([])?\s*([A-Za-z])(?![A-Za-z0-9])(?:\s*([)\]]))?/.exec(s);
  if (!letter) return undefined;
  const ch = letter[2] ?? '';
  const isUpper = ch === ch.toUpperCase();
  const rest = s.slice(letter[0].length);
  if (!(letter[1] ?? letter[3])) {
    const rule = isUpper ? rules.upper : rules.lower;
    if (rule === 'bracketed') return null;
    const verbOk = isUpper && (CONCLUDING_VERB.test(rest) || GLUE_WORD.test(rest));
    if (rule === 'standalone' && !followsStandalone(rest) && !verbOk) return null;
    if (ch === 'I' && /^(?:['’]|\s+[a-z])/.test(rest) && !GLUE_WORD.test(rest)) return null; // the pronoun: "I think", "I'm"
  }
  const i = CHOICE_LETTERS.indexOf(ch.toUpperCase());
  return i !== -1 && i < k ? { index: i, length: skipped + letter[0].length } : 'invalid';
}

/** Reads a choice label at the start of `tail`: "(B)", "b.", "②", "3번", "Option C", "라", "(다)". */
export function parseLabel(tail: string, options: readonly string[], rules: LabelRules): LabelParse {
  const lead = /^\s+/.exec(tail)?.[0].length ?? 0;
  const prefix = LABEL_PREFIX.exec(tail.slice(lead))?.[0].length ?? 0;
  const skipped = lead + prefix;
  const s = tail.slice(skipped);
  const k = options.length;
  const circled = circledLabel(s, k, skipped);
  if (circled !== null) return circled;
  const digit = digitLabel(s, options, rules, skipped);
  if (digit !== undefined) return digit;
  const letter = letterLabel(s, k, rules, skipped);
  if (letter !== undefined) return letter;
  return koreanLabel(s, k, skipped);
}

/** 0-based index of a label token ("B", "②", "3", "라"), or null when it names no option. */
export function tokenIndex(token: string, options: readonly string[], explicitNumber: boolean): number | null {
  const circled = CIRCLED_NUMBERS.indexOf(token);
  if (circled !== -1) return circled < options.length ? circled : null;
  const korean = token.length === 1 ? KOREAN_LABELS.indexOf(token) : -1;
  if (korean !== -1) return korean < options.length ? korean : null;
  if (/^\d+$/.test(token)) {
    const parsed = numberLabel(token, options, explicitNumber, token.length);
    return parsed === 'invalid' || parsed === null ? null : parsed.index;
  }
  const i = CHOICE_LETTERS.indexOf(token.toUpperCase());
  return i !== -1 && i < options.length ? i : null;
}

/** A label found inside a clause. */
export interface LabelSpan {
  index: number;
  start: number;
  end: number;
}

/** Where a label may start inside a clause: after a space, bracket, quote, colon, slash or the start. */
const LABEL_START = /(?<=^|[\s([{"'“‘:/,→>~])(?=[A-J①-⑩(\[가-차a-j\d])/gu;

/**
 * Every label mentioned in a clause, with its span: uppercase letters (standalone or before a glue
 * word), bracketed lowercase letters, circled numbers, "3번"/"(3)", and Korean labels. Bare numbers
 * are not labels here (they are option values, found as option text).
 */
export function labelSpans(clause: string, options: readonly string[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  const rules: LabelRules = { upper: 'standalone', lower: 'bracketed' };
  LABEL_START.lastIndex = 0;
  for (let m = LABEL_START.exec(clause); m !== null; m = LABEL_START.exec(clause)) {
    const at = m.index;
    const last = spans[spans.length - 1];
    if (last && at < last.end) {
      LABEL_START.lastIndex = at + 1;
      continue;
    }
    const tail = clause.slice(at);
    // A bare number inside a clause is a value, not a label: only "3번", "(3)" and "3)" count.
    if (/^\d/.test(tail) && !/^\d{1,2}(?:\s*\)|[ \t]*번)/u.test(tail)) {
      LABEL_START.lastIndex = at + 1;
      continue;
    }
    const parsed = parseLabel(tail, options, rules);
    if (parsed !== null && parsed !== 'invalid') spans.push({ index: parsed.index, start: at, end: at + parsed.length });
    LABEL_START.lastIndex = at + Math.max(1, parsed !== null && parsed !== 'invalid' ? parsed.length : 1);
  }
  return spans;
}
