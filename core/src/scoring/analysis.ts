/**
 * Per-option analysis: "A. London — incorrect / B. Paris — correct / C … / D …", "① 서울 - 틀림 ② 부산 - 맞음",
 * "A는 옳지 않습니다. B는 옳습니다." The model's answer is the one option it marks correct — even
 * when the analysis ends on another option. Two options marked correct are a hedge; none, no answer.
 */
import { parseLabel } from './labels';
import { optionAtStart } from './options';
import type { Reading } from './statement';

/** Verdict words, earliest match wins; negative forms are listed first so "옳지 않" beats "옳". */
const VERDICTS: ReadonlyArray<[RegExp, boolean]> = [
  [/\b(?:not\s+(?:correct|right|true|the\s+answer)|incorrect|wrong|false|no)\b|[✗✘❌×]/i, false],
  [/\((?:x|×)\)|(?<![A-Za-z])X(?![A-Za-z])|오답|틀림|틀립니다|틀렸|틀리다|틀린|(?:옳|맞)지\s*않|아님|아닙니다|정답이\s*아/u, false],
  [/\b(?:correct|right|true|yes)\b|[✓✔✅☑]/i, true],
  [/\((?:o|○)\)|(?<![A-Za-z])O(?![A-Za-z])|○|정답|맞음|맞습니다|맞다|맞아요|옳습니다|옳다|옳음|옳은/u, true],
];

function verdictOf(rest: string): boolean | null {
  let best: { at: number; verdict: boolean } | null = null;
  for (const [re, verdict] of VERDICTS) {
    const m = re.exec(rest);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, verdict };
  }
  return best?.verdict ?? null;
}

/** Where an entry may start inside a line: the line start or right after a sentence end or ": ". */
const SEGMENT_BREAK = /(?<=[.!?。]\s+|:\s+)(?=(?:option\s+)?\(?(?:[A-J]|[①-⑩]|\d{1,2}|[가-차])[).:\s])/giu;
const BULLET = /^\s*(?:[-*•]\s+|\d+\.\s+(?=\(?[A-J]\)?[\s.):]))?(?:option\s+)?/i;

function segments(text: string): Array<{ text: string; end: number }> {
  const out: Array<{ text: string; end: number }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const cuts = [0];
    SEGMENT_BREAK.lastIndex = 0;
    for (let m = SEGMENT_BREAK.exec(line); m !== null; m = SEGMENT_BREAK.exec(line)) {
      if (m.index > 0) cuts.push(m.index);
      SEGMENT_BREAK.lastIndex = m.index + 1;
    }
    cuts.push(line.length);
    for (let i = 0; i + 1 < cuts.length; i++) out.push({ text: line.slice(cuts[i], cuts[i + 1]), end: offset + cuts[i + 1]! });
    offset += line.length + 1;
  }
  return out;
}

/** The option an entry is about (its label, or its option text) and the text after it. */
function entryHead(segment: string, options: readonly string[]): { index: number; rest: string } | null {
  const body = segment.replace(BULLET, '');
  const label = parseLabel(body, options, { upper: 'standalone', lower: 'bracketed' });
  if (label !== null && label !== 'invalid') {
    const rest = body.slice(label.length);
    const own = optionAtStart(rest.replace(/^[\s.):]+/, ''), options);
    return { index: label.index, rest: own && own.index === label.index ? rest.replace(/^[\s.):]+/, '').slice(own.end) : rest };
  }
  const text = optionAtStart(body, options);
  if (text && /^\s*[:\-–—(]/.test(body.slice(text.end))) return { index: text.index, rest: body.slice(text.end) };
  return null;
}

/**
 * Reads a per-option analysis: at least two options each given a verdict. Returns the reading (the
 * single option marked correct, a hedge when several are, null when none is) and where the analysis
 * ends, or null when the output is not an analysis.
 */
export function readAnalysis(text: string, options: readonly string[]): { reading: Reading | null; end: number } | null {
  const verdicts = new Map<number, boolean>();
  let end = 0;
  for (const segment of segments(text)) {
    const head = entryHead(segment.text, options);
    if (!head) continue;
    const verdict = verdictOf(head.rest);
    if (verdict === null) continue;
    // An option judged twice keeps its latest verdict.
    verdicts.set(head.index, verdict);
    end = segment.end;
  }
  if (verdicts.size < 2) return null;
  const correct = [...verdicts].filter(([, v]) => v).map(([index]) => index);
  if (correct.length === 0) return { reading: null, end };
  if (correct.length === 1) return { reading: { kind: 'choice', index: correct[0]! }, end };
  return { reading: { kind: 'ambiguous', indexes: correct.sort((a, b) => a - b) }, end };
}
