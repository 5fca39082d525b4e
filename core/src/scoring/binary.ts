/**
 * Binary (true/false) answers in English and Korean: true/false, yes/no, 참/거짓, O/X, 맞다/틀리다, 예/아니오,
 * and descriptive Korean verdicts ("사실이 아닙니다", "맞지 않는 설명이다", "옳지 않습니다").
 *
 * Rule order: `\boxed{…}`; the last explicit marker ("Answer: False", "정답은 참입니다", "Therefore, no."),
 * committed statements before counterfactual ones; a verdict the output starts with ("False. The
 * statement would be true only if…" — the explanation after it does not override it); a line that
 * is only a verdict; the verdict of the last line's sentences (negation-aware, adjectives such as
 * "the true capital" or "틀린 정보로" are not verdicts); finally, with options, the option chosen as
 * in MCQA. Both verdicts offered as the answer ("True or False", "참일 수도 거짓일 수도") are a hedge.
 */
import { readChoice, resolveGoldChoice } from './choice';
import { answerClause, conditionalSpans, insideAny, sentenceSpans } from './clauses';
import { findAnswerMarkers } from './markers';
import { normalizeOptionText } from './options';
import { extractBoxed, nonEmptyLines, preprocessOutput } from './preprocess';

export type BinaryReading = boolean | 'ambiguous' | null;

const TRUE_FORMS = [
  'true', 'yes', 'correct', 'right', 't', 'y', 'o', '○', '⭕',
  '참', '예', '네', '맞다', '맞음', '맞습니다', '맞아요', '맞아', '옳다', '옳음', '옳습니다', '그렇다', '그렇습니다', '사실', '사실이다', '사실입니다',
];
const FALSE_FORMS = [
  'false', 'no', 'incorrect', 'wrong', 'f', 'n', 'x', '×', '✗', '❌',
  '거짓', '아니오', '아니요', '아니다', '아닙니다', '아니', '틀리다', '틀림', '틀립니다', '틀려요', '틀렸다', '틀렸습니다', '그르다', '그렇지 않다',
  '그렇지 않습니다', '옳지 않다', '옳지 않음', '옳지 않습니다', '맞지 않다', '맞지 않음', '맞지 않습니다', '사실이 아니다', '사실이 아닙니다', '사실이 아님',
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
    if (m[2] !== form.toUpperCase() || !/^(?:\s*$|\s*[.,;:!)\]—–-]|\p{Script=Hangul})/u.test(rest)) return null;
  }
  const verdict = FORMS.get(form);
  if (verdict === undefined) return null;
  return m[1] ? !verdict : verdict;
}

const HEDGE_JOIN = /^\s*(?:or|\/|또는|혹은|아니면|or\s+maybe)\s*/iu;

/** "True or False", "참 또는 거짓": both verdicts offered as the answer. */
function hedgedVerdict(clause: string): boolean {
  const t = clause.trimStart();
  const m = LEADING_VERDICT.exec(t);
  if (!m) return false;
  const join = HEDGE_JOIN.exec(t.slice(m[0].length));
  if (!join) return false;
  const second = leadingVerdict(t.slice(m[0].length + join[0].length));
  return second !== null && second !== leadingVerdict(t);
}

/** The verdict a whole output opens with: "False. …", "**True** —", "아니요, …", "X — 틀렸습니다". Not "Yes, but …". */
function openingVerdict(text: string): boolean | null {
  const first = /^[^.,!:;\n—–]*(?:[.,!:;\n—–]|$)/u.exec(text.replace(/^[\s*_#>"'(]+/, ''))?.[0] ?? '';
  const rest = text.replace(/^[\s*_#>"'(]+/, '').slice(first.length);
  if (/^\s*but\b|^\s*(?:하지만|그러나)/iu.test(rest)) return null;
  const token = first.replace(/[.,!:;\n—–]$/u, '').trim();
  if (token.length === 0 || token.split(/\s+/).length > 4) return null;
  return parseBinaryToken(token);
}

const STATEMENT_NOUN = '(?:설명|내용|진술|주장|말|문장|정보|서술|답|사실)';
const COPULA_END = '(?:이다|입니다|이에요|예요|임|이야)(?=[\\s.!?。,]|$)';

/** Korean verdict phrases with their polarity; negated forms first so "맞지 않" wins over "맞". */
const KOREAN_VERDICTS: ReadonlyArray<[RegExp, boolean]> = [
  [/잘못\s*알려진(?:\s*(?:사실|내용|정보|상식))?/u, false],
  [/(?:틀린|잘못된)\s*(?:점|곳|부분|내용)(?:이|은)?\s*(?:하나도\s*)?없/u, true],
  [new RegExp(`(?:맞는|옳은|올바른|정확한|사실인|참인)\\s+${STATEMENT_NOUN}(?:이|가)?\\s*(?:아니|아닙|아님)`, 'u'), false],
  [new RegExp(`(?:틀린|잘못된|거짓인)\\s+${STATEMENT_NOUN}(?:이|가)?\\s*(?:아니|아닙|아님)`, 'u'), true],
  [new RegExp(`(?:맞지|옳지|올바르지|정확하지|그렇지)\\s*않(?:은|는)\\s+${STATEMENT_NOUN}\\s*${COPULA_END}`, 'u'), false],
  [new RegExp(`(?:틀린|잘못된|거짓인|사실이\\s*아닌)\\s+${STATEMENT_NOUN}\\s*${COPULA_END}`, 'u'), false],
  [new RegExp(`(?:맞는|옳은|올바른|정확한|사실인|참인)\\s+${STATEMENT_NOUN}\\s*${COPULA_END}`, 'u'), true],
  [/(?:틀리|틀렸)지\s*않/u, true],
  [/(?:거짓|오답)(?:이|은|는)?\s*(?:아니|아닙|아님)/u, true],
  [/(?:맞지|옳지|올바르지|정확하지|그렇지)\s*않(?!(?:은|는)\s)/u, false],
  [/사실(?:이|은)?\s*(?:아니|아닙|아님)|사실과\s*다르|사실과\s*다릅/u, false],
  [/(?:참|사실|정답)(?:이|은)?\s*(?:아니|아닙|아님)/u, false],
  [/잘못(?:되었|됐|되어|입니다|이다)/u, false],
  [/틀(?:리다|립니다|려요|렸다|렸습니다|렸어요|림|렸)(?![가-힣]*지만)/u, false],
  [/거짓(?![가-힣]*(?:라고|이라고))/u, false],
  [/(?<![가-힣])참(?:이다|입니다|이에요|임|이야|일|$|[\s.,!])/u, true],
  [/(?<![가-힣])사실(?:이다|입니다|이에요|임|이야)/u, true],
  [/(?:맞(?:다|습니다|아요|음)|옳(?:다|습니다|음)|올바릅니다|올바르다|정확합니다|정확하다|그렇(?:다|습니다))(?!고|지만)/u, true],
];
const KOREAN_VERDICTS_GLOBAL = KOREAN_VERDICTS.map(([re, verdict]) => [new RegExp(re.source, 'gu'), verdict] as const);

/** "…다고 알려져 있지만", "…라고 생각할 수 있지만": a verdict others hold, not the model's — unless it is its own judgment. */
const REPORTED = /^(?:고|라고|이라고)(?!\s*(?:판단|생각합|생각됩|봅니다|보입니다|볼\s*수|결론))/u;

const EN_VERDICT = /(?<![A-Za-z])(true|false|incorrect|correct|wrong)(?![A-Za-z])/giu;
/** An English verdict word counts when predicative: at the end, before punctuation or a connective — not "the true capital". */
const EN_PREDICATIVE = /^(?:\s*$|\s*[.,;:!?)—–-]|\s+(?:and|or|but|because|since|as|that|if|so|for|to|in|about|statement|claim)\b)/i;
const NEGATION_BEFORE = /(?:\bnot|n['’]t)\s+$/i;

/** Verdicts stated in one sentence, in order (each true/false). */
function sentenceVerdicts(sentence: string): boolean[] {
  const found: Array<{ at: number; verdict: boolean }> = [];
  EN_VERDICT.lastIndex = 0;
  for (let m = EN_VERDICT.exec(sentence); m !== null; m = EN_VERDICT.exec(sentence)) {
    if (!EN_PREDICATIVE.test(sentence.slice(m.index + m[0].length))) continue;
    const word = (m[1] ?? '').toLowerCase();
    const positive = word === 'true' || word === 'correct';
    found.push({ at: m.index, verdict: NEGATION_BEFORE.test(sentence.slice(0, m.index)) ? !positive : positive });
  }
  const taken: Array<[number, number]> = [];
  if (!/[가-힣]/u.test(sentence)) return found.sort((a, b) => a.at - b.at).map((f) => f.verdict);
  for (const [global, verdict] of KOREAN_VERDICTS_GLOBAL) {
    global.lastIndex = 0;
    for (let m = global.exec(sentence); m !== null; m = global.exec(sentence)) {
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => m!.index < e && end > s)) continue;
      if (REPORTED.test(sentence.slice(end).replace(/^[가-힣]*?(?=고|라고|이라고)/u, ''))) continue;
      taken.push([m.index, end]);
      found.push({ at: m.index, verdict });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.verdict);
}

const YES_NO_START = /^(yes|no|예|네|아니요|아니오)(?=[\s,.!:]|$)/iu;
const BOTH_POSSIBLE = /수도\s*있|could\s+be\s+either|either\s+(?:true|false)|depends/iu;

/** The verdict of a line: its last sentence with one; both verdicts offered as possibilities are a hedge. */
function verdictOfLine(line: string): BinaryReading {
  let last: BinaryReading = null;
  for (const span of sentenceSpans(line)) {
    const sentence = line.slice(span.start, span.end);
    const verdicts = sentenceVerdicts(sentence);
    if (verdicts.length === 0) continue;
    if (new Set(verdicts).size > 1 && BOTH_POSSIBLE.test(sentence)) return 'ambiguous';
    last = verdicts[verdicts.length - 1]!;
  }
  if (last !== null) return last;
  const yesNo = YES_NO_START.exec(line);
  return yesNo ? FORMS.get((yesNo[1] ?? '').toLowerCase()) ?? null : null;
}

function optionVerdict(index: number | null, options: readonly string[] | null): boolean | null {
  if (index === null || !options) return null;
  const text = options[index];
  return text === undefined ? null : parseBinaryToken(text);
}

/** The verdict after an answer marker: a leading verdict, else (explicit markers) the clause's verdict. */
function markerVerdict(text: string, end: number, strong: boolean): BinaryReading {
  const tail = text.slice(end);
  const clause = answerClause(tail);
  if (hedgedVerdict(clause)) return 'ambiguous';
  const leading = leadingVerdict(tail);
  if (leading !== null || !strong) return leading;
  const verdicts = sentenceVerdicts(clause);
  return verdicts.length > 0 ? verdicts[verdicts.length - 1]! : null;
}

/** The model's true/false verdict: true, false, 'ambiguous' (both offered) or null. */
export function readBinary(output: string, options: readonly string[] | null = null): BinaryReading {
  const text = preprocessOutput(output);
  if (text.length === 0) return null;

  const boxed = extractBoxed(text);
  if (boxed !== null) {
    const content = boxed.replace(/\\text(?:bf)?\s*\{([^}]*)\}/g, '$1');
    if (hedgedVerdict(content)) return 'ambiguous';
    const verdict = parseBinaryToken(content);
    if (verdict !== null) return verdict;
  }

  const conditional = conditionalSpans(text);
  // The last committed marker first; markers inside counterfactuals only after every committed one.
  const markers = findAnswerMarkers(text).filter((m) => m.strength !== 'hedge');
  const committed = markers.filter((m) => !insideAny(conditional, m.end)).reverse();
  const hypothetical = markers.filter((m) => insideAny(conditional, m.end)).reverse();
  for (const marker of [...committed, ...hypothetical]) {
    const verdict = markerVerdict(text, marker.end, marker.strength === 'strong');
    if (verdict !== null) return verdict;
  }

  const opening = openingVerdict(text);
  if (opening !== null) return opening;

  const lines = nonEmptyLines(text);
  const lastLine = lines[lines.length - 1] ?? '';
  const whole = parseBinaryToken(lastLine) ?? (lines.length > 1 ? parseBinaryToken(lines[0] ?? '') : null);
  if (whole !== null) return whole;

  const inSentence = verdictOfLine(lastLine);
  if (inSentence !== null) return inSentence;

  if (!options || options.length === 0) return null;
  const choice = readChoice(text, options);
  if (choice?.kind === 'ambiguous') return 'ambiguous';
  return optionVerdict(choice?.kind === 'choice' ? choice.index : null, options);
}

/** The model's true/false verdict, or null (none, or a hedge). */
export function extractBinary(output: string, options: readonly string[] | null = null): boolean | null {
  const reading = readBinary(output, options);
  return reading === 'ambiguous' ? null : reading;
}

/** Gold verdict from any accepted form, or via the options ("B" with ["True", "False"]). */
export function resolveGoldBinary(answer: string, options: readonly string[] | null = null): boolean | null {
  const direct = parseBinaryToken(answer);
  if (direct !== null) return direct;
  return options && options.length > 0 ? optionVerdict(resolveGoldChoice(answer, options), options) : null;
}
