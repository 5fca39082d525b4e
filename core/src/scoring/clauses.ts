/**
 * Sentences, the clause that states an answer, and counterfactuals. A conclusion is often followed by
 * a hypothetical ("If it asked about X, D would be correct", "만약 …였다면 ①이 정답이었을 것"): answers
 * stated inside such a sentence (or parenthesis) are not commitments.
 */

export interface Span {
  start: number;
  end: number;
}

/** Sentence end: . ! ? 。 followed by a space or the end (not "2.5", not "e.g."), or a line break. */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|etc|Mr|Dr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?。](?=\s|$)|\n/gu;

/** Sentences of `text` as spans (a line break always ends one). */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim().length > 0) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim().length > 0) spans.push({ start, end: text.length });
  return spans;
}

const CONDITIONAL_EN =
  /\b(?:if|unless|otherwise|would\s+have|would\s+only|were\s+(?:it|the|this|that)\b|in\s+a\s+(?:different|question\s+about))|^\s*\(?\s*had\s/i;
const CONDITIONAL_KO = /만약|만일|(?:었|았|였|했|이었)다면|라면|(?:었|았|였)을\s*(?:것|텐데)|가능했을|경우(?:에는|라면)/u;

const isConditional = (text: string) => CONDITIONAL_EN.test(text) || CONDITIONAL_KO.test(text);

/** Parenthesised parts of a span, which are read as sentences of their own. */
function parentheses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /\([^()]*\)/g;
  const inner = text.slice(span.start, span.end);
  for (let m = re.exec(inner); m !== null; m = re.exec(inner)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return out;
}

/** Ranges of `text` that are hypothetical: conditional sentences, and conditional parentheses inside any sentence. */
export function conditionalSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const sentence of sentenceSpans(text)) {
    const parens = parentheses(text, sentence);
    let outside = text.slice(sentence.start, sentence.end);
    for (const p of parens) {
      const inside = text.slice(p.start, p.end);
      outside = outside.replace(inside, ' ');
      if (isConditional(inside)) out.push(p);
    }
    if (isConditional(outside)) out.push(sentence);
  }
  return out;
}

export const insideAny = (spans: readonly Span[], at: number) => spans.some((s) => at >= s.start && at < s.end);

const EXPLANATION = /\s+(?:because|since|as|which|so|given\s+that)\s+|\s*[(,]\s*(?:because|since)\b|\s*(?:왜냐하면|때문에|이므로|이기\s*때문)/i;

/**
 * The clause that states an answer, from `tail` (the text right after a marker): its first sentence,
 * up to an explanation ("because …"). A hedge continuing into the next sentence ("B. Or maybe C.")
 * stays in the clause, so it is read as a hedge.
 */
export function answerClause(tail: string): string {
  const sentences = sentenceSpans(tail);
  const first = sentences[0];
  if (!first) return '';
  let clause = tail.slice(0, first.end);
  const next = sentences[1];
  if (next && /^\s*(?:or|또는|혹은|아니면)(?=[\s,.]|$)/iu.test(tail.slice(next.start, next.end))) clause = tail.slice(0, next.end);
  return clause.split(EXPLANATION)[0]!.replace(/\s*[.!?。]\s*$/u, '').trim();
}
