/**
 * Negation and exclusion in Korean and English: which cue matches a query excludes.
 *
 * A marker either follows what it excludes (Korean: "수학 말고", "법률이랑 정치는 빼고",
 * "한국사를 제외한", "철학이 아닌") or precedes it (English: "not math", "anything but math",
 * "except physics", "excluding law and politics", "no history questions", "without any math").
 * The excluded object is the cue match next to the marker — separated only by particles and
 * filler nouns ("문제는", "any", "questions on") — plus the matches listed with it ("X와 Y",
 * "X, Y and Z"). Markers that are not exclusions are left out on purpose: "말고도"/"외에도"
 * (besides), "not only"/"not just", "nothing but" (only).
 */
import type { Match } from './match';

export interface Negation {
  marker: Match;
  /** The cue matches the marker excludes, in text order. */
  negated: Match[];
}

type Direction = 'before' | 'after';

interface Marker extends Match {
  /** 'before': the object precedes the marker (Korean postpositions); 'after': it follows. */
  direction: Direction;
}

/** Korean markers that follow what they exclude. */
const KO_MARKERS =
  /말고(?!도)|빼고(?!도)|빼\s*(?:줘|주세요|주십시오|줄래|달라)|뺀(?=\s)|제외(?!\s*(?:하고도|하더라도))(?:하고|한|하여|해서|해|하|시키고|시켜)?|아닌|아니(?:고|라)|대신|이외(?!에도)|외의|필요\s*없|원하지\s*않|싫|하지\s*마|넣지\s*마|포함하지\s*(?:마|않|말)|없이/g;

/** English markers that precede what they exclude. */
const EN_MARKERS =
  /(?<![A-Za-z])(?:(?:anything|everything|all subjects|any subject|all topics)\s+(?:but|except(?:\s+for)?|other\s+than|apart\s+from)|other\s+than|except(?:\s+for)?|excluding|exclude|but\s+not|rather\s+than|instead\s+of|without|minus|skip(?:ping)?|avoid(?:ing)?|leave\s+out|leaving\s+out|omit(?:ting)?|(?:do|does|did|should|would|will|must)\s*(?:n['’]t|\s+not)|never|not(?![\s-]+(?:only|just|merely|necessarily|sure|too|very|that|all|every|least|much|many|more|less)\b)|no(?![\s-]+(?:more|less|fewer|later|longer|matter|need|one|doubt|problem|tools?|calculators?|external|idea)\b))(?![A-Za-z])/gi;

/** What may stand between an object and a Korean marker: particles and filler nouns. */
const KO_FILLER = /^(?:\s+|관련(?:된)?|분야|쪽|계열|과목|문제|문항|질문|영역|주제|내용|종류|같은\s*것|들|은|는|이|가|을|를|도|만|의|로|으로|에|에서|에\s*대한|에\s*관한)+$/u;
/** What may stand between an English marker and its object. */
const EN_FILLER =
  /^(?:\s+|-|the|any|a|an|on|about|in|of|with|for|from|to|me|us|them|want|wants|need|needs|include|including|cover|covering|test|testing|use|using|ask|asking|care|like|such|as|questions?|problems?|items?|topics?|subjects?|ones|related|stuff|things|please|at\s+all|more)+$/i;
/** Korean list connectors between two excluded objects ("수학이랑 과학", "수학, 과학"). */
const KO_CONNECTOR = /^(?:\s+|,|·|\/|및|그리고|또는|혹은|이나|나|과|와|랑|이랑|하고|이며|도|관련|문제|문항|질문|분야|과목)*$/u;
/** English list connectors ("law and politics", "math, physics or chemistry"). */
const EN_CONNECTOR = /^(?:\s+|,|&|\/|and|or|nor|questions?|problems?|items?|topics?|the|any)*$/i;

function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const [re, direction] of [
    [KO_MARKERS, 'before'],
    [EN_MARKERS, 'after'],
  ] as const) {
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], direction });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Overlapping cue matches form one unit (a phrase matched by several cue tables). */
interface Unit {
  start: number;
  end: number;
  members: Match[];
}

function unitsOf(matches: readonly Match[]): Unit[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const units: Unit[] = [];
  for (const m of sorted) {
    const last = units[units.length - 1];
    if (last !== undefined && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.members.push(m);
    } else {
      units.push({ start: m.start, end: m.end, members: [m] });
    }
  }
  return units;
}

const isKorean = (s: string) => /[가-힣]/.test(s);

/** Gap text allowed between a marker and its nearest object. */
function fillerGap(gap: string, direction: Direction): boolean {
  if (gap === '') return true;
  return direction === 'before' ? KO_FILLER.test(gap) : EN_FILLER.test(gap);
}

/** Gap text allowed between two listed objects. */
function connectorGap(gap: string): boolean {
  if (gap === '' || /^\s+$/.test(gap)) return true;
  return isKorean(gap) ? KO_CONNECTOR.test(gap) : EN_CONNECTOR.test(gap);
}

/** The units a marker excludes: the adjacent one, then the ones listed with it. */
function objectsOf(text: string, marker: Marker, units: readonly Unit[]): Unit[] {
  if (marker.direction === 'before') {
    const before = units.filter((u) => u.end <= marker.start).reverse();
    const first = before[0];
    if (first === undefined || !fillerGap(text.slice(first.end, marker.start), 'before')) return [];
    const chain = [first];
    for (const u of before.slice(1)) {
      const next = chain[chain.length - 1]!;
      if (!connectorGap(text.slice(u.end, next.start))) break;
      chain.push(u);
    }
    return chain.reverse();
  }
  const after = units.filter((u) => u.start >= marker.end);
  const first = after[0];
  if (first === undefined || !fillerGap(text.slice(marker.end, first.start), 'after')) return [];
  const chain = [first];
  const gaps: string[] = [];
  for (const u of after.slice(1)) {
    const prev = chain[chain.length - 1]!;
    const gap = text.slice(prev.end, u.start);
    if (!connectorGap(gap)) break;
    chain.push(u);
    gaps.push(gap);
  }
  return closedEnglishList(chain, gaps);
}

/**
 * An English list continues past a comma only when "and"/"or" closes it: "except math, physics
 * and chemistry" excludes three, "not multiple choice, open-ended please" only the first.
 */
function closedEnglishList(chain: Unit[], gaps: readonly string[]): Unit[] {
  const joined = (gap: string) => /(?:^|[\s,])(?:and|or|nor)(?:[\s,]|$)|[&/]/i.test(gap) || /^\s+$/.test(gap) || isKorean(gap);
  let keep = 0;
  for (let i = 0; i < gaps.length; i++) if (joined(gaps[i]!)) keep = i + 1;
  // Comma-only gaps before the last joined gap belong to the list; after it they end the list.
  return chain.slice(0, keep + 1);
}

/**
 * The exclusions in `text` over the given cue matches (subjects, task types, formats, languages).
 * A cue match is excluded when it is (part of) a marker's object; markers that exclude nothing
 * are dropped.
 */
export function findNegations(text: string, matches: readonly Match[]): Negation[] {
  const units = unitsOf(matches);
  const out: Negation[] = [];
  for (const marker of findMarkers(text)) {
    // A marker inside a cue ("not" in "not-for-profit" is not a cue, but "no" in "nonfiction" is guarded by \b).
    if (units.some((u) => u.start < marker.end && marker.start < u.end)) continue;
    const objects = objectsOf(text, marker, units);
    if (objects.length === 0) continue;
    out.push({ marker: { start: marker.start, end: marker.end, text: marker.text }, negated: objects.flatMap((u) => u.members) });
  }
  return out;
}

/** A predicate telling whether a cue match is excluded by any of the negations. */
export function negatedBy(negations: readonly Negation[]): (m: Match) => boolean {
  const negated = new Set(negations.flatMap((n) => n.negated));
  return (m) => negated.has(m) || [...negated].some((n) => n.start === m.start && n.end === m.end);
}
