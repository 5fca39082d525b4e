/**
 * Reading one answer statement ("B", "not B but D", "B or C", "3번이 아니고 4번", "부산이나 대구") into
 * the option it commits to, a hedge between several options, or nothing.
 *
 * A statement is a chain of option mentions (labels, option texts, option values) joined by glue:
 * negation ("not", "rather than", "…이 아니라", "(X)") removes a mention; "or", "/", "또는", "혹은",
 * "아니면", "…이나" between two kept mentions make a hedge; "and", ",", "와" make a list, which is a
 * hedge in an explicit answer ("Answer: 2, 4") or with "both"/"둘 다"/"중". A number is a value, so
 * "4.0" is option "4" and "2.5" is never label 2.
 */
import { labelSpans, parseLabel, type LabelRules } from './labels';
import { optionAtStart, optionByValue, optionSpans } from './options';

export type Reading = { kind: 'choice'; index: number } | { kind: 'ambiguous'; indexes: number[] } | { kind: 'invalid' };

export type StatementMode = 'explicit' | 'explicit-colon' | 'conclusion' | 'hedge' | 'line';

interface Mention {
  index: number;
  start: number;
  end: number;
  negated: boolean;
}

interface Gap {
  hedge: boolean;
  list: boolean;
}

const RULES: Readonly<Record<StatementMode, LabelRules>> = {
  explicit: { upper: 'loose', lower: 'standalone' },
  'explicit-colon': { upper: 'loose', lower: 'loose' },
  conclusion: { upper: 'standalone', lower: 'bracketed' },
  hedge: { upper: 'standalone', lower: 'bracketed' },
  line: { upper: 'standalone', lower: 'bracketed' },
};

const LEAD =
  /^[\s"'“‘(]*(?:(?:i['’]m\s+)?(torn\s+between|between|either)\s+|(?:probably|maybe|perhaps|possibly|likely|definitely|clearly)\s*,?\s+|(?:it\s+)?(?:might|may|could)\s+be\s+|(?:the\s+)?(?:option|choice)\s+(?=\(?[A-J]\b))?/i;
const NEG_BEFORE = /^\s*(?:not|never|rather\s+than|instead\s+of|other\s+than|except)\s+/i;
const NEG_AFTER =
  /^(?:\s*[은는이가]?\s*(?:정답이\s*|답이\s*)?(?:아니(?:라|고|며|다|요|에요)?(?!면)|아닌|아님|아닙니다|오답(?:이고|이며|입니다|이다)?|틀렸고|틀렸으며|틀렸습니다|틀린|틀림)|\s*\(\s*(?:x|×|✗|✘|오답|틀림)\s*\)|\s+(?:is|was)\s+(?:wrong|incorrect|not\s+(?:correct|right|it))\b)\s*,?/iu;
const TRAILING_HEDGE = /^\s*(?:are\s+)?(?:both\b|둘\s*다|모두|중\s*(?:하나|에서|에)|among\b|either\b)/iu;

/** One glue token: its length, and whether it hedges, lists, negates the next mention or resets negation. */
const GLUE_TOKENS: ReadonlyArray<[RegExp, 'hedge' | 'list' | 'negate' | 'reset' | 'neutral']> = [
  // "or", "or maybe", also across a sentence end ("B. Or maybe C."), "either", "/", "could also be", Korean.
  [/^\s*(?:[.!?]\s*)?(?:or(?:\s+(?:maybe|perhaps|possibly))?|either|nor)\b/i, 'hedge'],
  [/^\s*\//, 'hedge'],
  [/^\s*(?:,\s*)?(?:but\s+)?(?:it\s+)?(?:could|might|may)\s+(?:also\s+)?be\b/i, 'hedge'],
  [/^\s*(?:또는|혹은|아니면)/u, 'hedge'],
  [/^(?:이나|나)(?=\s)/u, 'hedge'],
  [/^\s*(?:and\b|&|,)/i, 'list'],
  [/^(?:와|과)(?=\s)/u, 'list'],
  [/^\s*(?:그리고|및)/u, 'list'],
  [/^\s*(?:not|never|rather\s+than|instead\s+of)\b/i, 'negate'],
  [/^\s*(?:but|rather|instead|so|no|wait)\b/i, 'reset'],
  [/^\s*(?:;|→|->|=>|—|–|-(?=\s))/u, 'reset'],
  [/^\s*(?:it['’]s|it\s+is|the\s+(?:correct\s+|right\s+)?answer\s+is|is)\b/i, 'reset'],
  [/^\s*[()]/, 'neutral'],
  [/^\s*(?:also|then)\b/i, 'neutral'],
];

interface GlueRead {
  length: number;
  gap: Gap;
  negateNext: boolean;
  reset: boolean;
}

function readGlue(text: string): GlueRead {
  let length = 0;
  const gap: Gap = { hedge: false, list: false };
  let negateNext = false;
  let reset = false;
  for (let progressed = true; progressed; ) {
    progressed = false;
    for (const [re, kind] of GLUE_TOKENS) {
      const m = re.exec(text.slice(length));
      if (!m || m[0].length === 0) continue;
      length += m[0].length;
      if (kind === 'hedge') gap.hedge = true;
      else if (kind === 'list') gap.list = true;
      else if (kind === 'negate') negateNext = true;
      else if (kind === 'reset') reset = true;
      progressed = true;
      break;
    }
  }
  return { length, gap, negateNext, reset };
}

/** The option a chain item at the start of `tail` names, and where it ends. */
function itemAt(tail: string, options: readonly string[], rules: LabelRules, allowText: boolean): { index: number; end: number } | 'invalid' | null {
  const text = allowText ? optionAtStart(tail, options) : null;
  if (text) return text;
  // A date first ("9 October" is not label 9), then a label, then a number's value ("4.0" is option "4").
  const date = allowText ? valueAt(tail, DATE_AT, options) : null;
  if (date) return date;
  const label = parseLabel(tail, options, rules);
  if (label === 'invalid') return 'invalid';
  if (label) return { index: label.index, end: withOwnText(tail, label.length, label.index, options) };
  return allowText ? valueAt(tail, NUMBER_AT, options) : null;
}

const DATE_AT = /^\s*(?:the\s+)?(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d.])|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?)/;
const NUMBER_AT = /^\s*[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)/;

function valueAt(tail: string, re: RegExp, options: readonly string[]): { index: number; end: number } | null {
  const value = re.exec(tail);
  const index = value ? optionByValue(value[0], options) : null;
  return value && index !== null ? { index, end: value[0].length } : null;
}

/** A label followed by its own option text ("(B) Paris", "② 부산") is one mention. */
function withOwnText(tail: string, end: number, index: number, options: readonly string[]): number {
  const rest = tail.slice(end);
  const sep = /^[\s.):\-–—]*/.exec(rest)?.[0].length ?? 0;
  const own = optionAtStart(rest.slice(sep), options);
  return own && own.index === index ? end + sep + own.end : end;
}

function verdict(mentions: Mention[], gaps: Gap[], listIsHedge: boolean, trailingHedge: boolean, hedgeLead: boolean): Reading | 'negated' {
  const kept = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !m.negated);
  const distinct = [...new Set(kept.map(({ m }) => m.index))];
  if (distinct.length === 0) return 'negated';
  if (distinct.length === 1) return { kind: 'choice', index: distinct[0]! };
  let hedged = hedgeLead || trailingHedge;
  for (let k = 1; k < kept.length; k++) {
    const from = kept[k - 1]!.i;
    const to = kept[k]!.i;
    for (let g = from; g < to; g++) {
      const gap = gaps[g];
      if (gap && (gap.hedge || (gap.list && listIsHedge))) hedged = true;
    }
  }
  return hedged ? { kind: 'ambiguous', indexes: distinct } : { kind: 'choice', index: distinct[0]! };
}

/**
 * Reads a chain of mentions from the start of `clause`. Returns null when the clause does not start
 * with a mention (after lead words such as "either", "probably", "not"), 'negated' when every
 * option it mentions is negated ("not A, B or C": no answer, and no vote either).
 */
export function readChain(clause: string, options: readonly string[], mode: StatementMode): Reading | 'negated' | null {
  const rules = RULES[mode];
  const allowText = mode !== 'hedge';
  const lead = LEAD.exec(clause);
  let pos = lead?.[0].length ?? 0;
  const hedgeLead = Boolean(lead?.[1]);
  const mentions: Mention[] = [];
  const gaps: Gap[] = [];
  let negateNext = false;
  let pendingGap: Gap | null = null;
  for (;;) {
    const neg = NEG_BEFORE.exec(clause.slice(pos));
    if (neg) {
      negateNext = true;
      pos += neg[0].length;
    }
    const item = itemAt(clause.slice(pos), options, rules, allowText);
    if (item === 'invalid') {
      if (mentions.length === 0 && mode.startsWith('explicit')) return { kind: 'invalid' };
      break;
    }
    if (!item) break;
    const start = pos;
    pos += item.end;
    const after = NEG_AFTER.exec(clause.slice(pos));
    if (after) pos += after[0].length;
    if (pendingGap) gaps.push(pendingGap);
    mentions.push({ index: item.index, start, end: pos, negated: negateNext || Boolean(after) });
    const glue = readGlue(clause.slice(pos));
    if (glue.length === 0) break;
    // Negation carries over "or"/"," ("not C or D"), stops at "but", "—", "it's".
    const previous = mentions[mentions.length - 1]!;
    negateNext = glue.negateNext || (previous.negated && !after && !glue.reset && (glue.gap.hedge || glue.gap.list));
    pendingGap = glue.gap;
    pos += glue.length;
  }
  if (mentions.length === 0) return null;
  const trailing = TRAILING_HEDGE.test(clause.slice(mentions[mentions.length - 1]!.end));
  return verdict(mentions, gaps, mode.startsWith('explicit'), trailing, hedgeLead);
}

const NEG_CONTEXT_BEFORE = /(?:\bnot|\bnever|n['’]t|rather\s+than|instead\s+of)\s*\(?\s*$/i;

/** Every option mentioned anywhere in a clause (labels and option texts), with negation by local context. */
function scanMentions(clause: string, options: readonly string[]): Mention[] {
  const labels = labelSpans(clause, options);
  const texts = optionSpans(clause, options).filter((t) => !labels.some((l) => t.start < l.end + 4 && t.end > l.start && l.index === t.index));
  return [...labels, ...texts]
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end || m.index !== all[i - 1]!.index)
    .map((m) => ({
      index: m.index,
      start: m.start,
      end: m.end,
      negated: NEG_CONTEXT_BEFORE.test(clause.slice(0, m.start)) || NEG_AFTER.test(clause.slice(m.end)),
    }));
}

const HEDGE_WORDS = /\b(?:or|either|between|both)\b|\/|또는|혹은|아니면|이나\s|둘\s*다|중\s*(?:하나|에서)/iu;

/**
 * Mentions anywhere in an explicit answer clause that does not start with one ("정답은 가장 큰 행성인
 * ④입니다", "정답은 다음과 같습니다: D"). Several kept mentions with hedge words between them are a hedge.
 */
export function readScattered(clause: string, options: readonly string[]): Reading | null {
  const mentions = scanMentions(clause, options).filter((m) => !m.negated);
  const distinct = [...new Set(mentions.map((m) => m.index))];
  if (distinct.length === 0) return null;
  if (distinct.length === 1) return { kind: 'choice', index: distinct[0]! };
  const between = clause.slice(mentions[0]!.start, mentions[mentions.length - 1]!.end);
  return HEDGE_WORDS.test(between) ? { kind: 'ambiguous', indexes: distinct } : { kind: 'choice', index: mentions[0]!.index };
}

/** The options mentioned in `text` that are not negated ("not 1953", "서울이 아니라"). */
export function keptMentions(text: string, options: readonly string[]): number[] {
  return [...new Set(scanMentions(text, options).filter((m) => !m.negated).map((m) => m.index))];
}
