/** Phrases that introduce a model's stated answer ("The answer is", "정답:", "Therefore,"). */

export type MarkerStrength = 'strong' | 'weak' | 'hedge';

export interface AnswerMarker {
  /** Offset right after the marker and its connector, i.e. where the stated answer starts. */
  end: number;
  /**
   * Strong markers name the answer explicitly; weak ones ("therefore", "따라서") only conclude; hedges
   * ("I think", "it's") introduce a choice letter but are too common in prose to introduce anything else.
   */
  strength: MarkerStrength;
  /** A colon or "=" introduced the answer ("Answer: b"), which makes even a lowercase letter unambiguous. */
  colon: boolean;
}

const STRONG_EN =
  /\b(?:(?:my\s+|the\s+)?final\s+answer|(?:correct|right|best)\s+(?:answer|option|choice)|answer)(?:\s+(?:to|for)\s+(?:this|the)\s+(?:question|problem))?(\s*[:=]|\s+(?:is|would\s+be|will\s+be|should\s+be|must\s+be)\b(?:\s+(?:clearly|definitely|probably|likely|indeed))?\s*:?|[ \t]*\n|\s+(?=\())\s*/gi;
// "정답이다" / "정답이에요" is a copula ("…is the answer"), not a marker: 이 must not run into another syllable.
const STRONG_KO = /(?<![오대])(?:최종\s*)?(?:정답|답변|답)(\s*[:=]\s*|\s*(?:은|는)\s*:?\s*|\s*이(?![가-힣])\s*:?\s*|[ \t]+)/gu;
const WEAK_EN =
  /\b(?:therefore|thus|hence|so|consequently|in\s+conclusion|i(?:\s+would|\s+will|['’]d|['’]ll)?\s+(?:choose|pick|select|go\s+with|say))\b\s*[,:]?\s*/gi;
// "It's A." / "I think B." — a letter right after these is a pick, but "It is true that…" is not a verdict.
const HEDGE_EN = /\b(?:i\s+(?:think|believe)(?:\s+it(?:['’]s|\s+is))?|it(?:['’]s|\s+is))\b\s*[,:]?\s*/gi;
const WEAK_KO = /(?:따라서|그러므로|그래서|결론적으로|결론\s*:|즉)\s*,?\s*/g;

function collect(text: string, re: RegExp, strength: MarkerStrength, out: AnswerMarker[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const connector = m[1] ?? m[0];
    out.push({ end: m.index + m[0].length, strength, colon: /[:=]/.test(connector) });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** All answer markers in the text, ordered by where the stated answer starts. */
export function findAnswerMarkers(text: string): AnswerMarker[] {
  const markers: AnswerMarker[] = [];
  collect(text, STRONG_EN, 'strong', markers);
  collect(text, STRONG_KO, 'strong', markers);
  collect(text, WEAK_EN, 'weak', markers);
  collect(text, WEAK_KO, 'weak', markers);
  collect(text, HEDGE_EN, 'hedge', markers);
  return markers.sort((a, b) => a.end - b.end);
}

/** Strong markers only, for answer kinds (short-form) where a weak "so" carries too little signal. */
export function findStrongAnswerMarkers(text: string): AnswerMarker[] {
  return findAnswerMarkers(text).filter((m) => m.strength === 'strong');
}
