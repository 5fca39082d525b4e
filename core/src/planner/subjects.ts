/**
 * Subject resolution of the rules planner: cue matches (subject words, professions, misspelled
 * subject words) → canonical subjects, with exclusions applied.
 *
 * - A named coarse category subsumes its own fines unless the query narrows it ("과학, 특히 물리").
 *   "culture"/"문화"/"기술"/"engineer" are weak (dropped when a fine of that coarse is named), and
 *   "traditional"/"전통" is dropped when it just modifies another subject ("전통 명절").
 * - A profession plans its subjects; "teacher" only when no other subject is named.
 * - Excluded subjects are never planned: "X 말고 Y" plans Y without X; with nothing else named,
 *   every subject but X (the coarse categories, an excluded fine's coarse replaced by its other fines).
 */
import { notePart, renderRationale, type RationalePart } from './rationale';
import {
  COARSE_CATEGORIES,
  coarseOf,
  finesOf,
  isCoarse,
  isFine,
  sortSubjects,
  type CoarseCategory,
  type SubjectCategory,
} from '../taxonomy';
import { FOCUS_MARKERS, SUBJECT_CUES, type SubjectCue } from './cues';
import { findFuzzySubjects, type FuzzyMatch } from './fuzzy';
import { findAll, matchesAny, resolveOverlaps, type Match } from './match';
import type { Negation } from './negation';
import { PROFESSION_CUES } from './professions';
import type { PlanNote } from './types';

export interface SubjectMatch extends Match {
  cue: SubjectCue;
  /** Set when the word is a misspelling of a subject word. */
  fuzzy?: FuzzyMatch;
}

export interface SubjectAnalysis {
  subjects: SubjectCategory[];
  /** One rationale note per chosen subject, in taxonomy order. */
  subjectNotes: RationalePart[];
  /** Other subject-resolution notes (modifiers, narrowing, exclusions). */
  notes: RationalePart[];
  /** Structured notes: professions, corrections, exclusions. */
  planNotes: PlanNote[];
  /** 상식 used as "trivia about X" — a Knowledge cue. */
  triviaMatches: Match[];
}

const STRENGTH_RANK = { strong: 0, commonsense: 1, modifier: 2, weakCoarse: 3, fallback: 4 } as const;

function strengthOf(m: SubjectMatch): keyof typeof STRENGTH_RANK {
  return m.cue.strength ?? 'strong';
}

const subjectsOfCue = (cue: SubjectCue): SubjectCategory[] => (cue.subject === null ? [] : [cue.subject, ...(cue.also ?? [])]);

/** Every subject cue match of the text (subject words, professions, corrected misspellings), overlaps resolved. */
export function findSubjectMatches(text: string): SubjectMatch[] {
  const raw: SubjectMatch[] = [];
  for (const cue of [...SUBJECT_CUES, ...PROFESSION_CUES]) for (const m of findAll(text, cue.patterns)) raw.push({ ...m, cue });
  const matches = resolveOverlaps(raw, (m) => STRENGTH_RANK[strengthOf(m)]);
  const fuzzy = findFuzzySubjects(text, matches).map((f) => ({ ...f, cue: { subject: f.subject, patterns: [] }, fuzzy: f }));
  return [...matches, ...fuzzy].sort((a, b) => a.start - b.start);
}

/** Gap text between two matches contains only spacing (and at most a couple of words). */
function isModifierGap(gap: string): boolean {
  if (gap.length > 14) return false;
  if (/[,.;:!?/()]/.test(gap)) return false;
  if (/(?:^|\s)(?:and|or|및|그리고|또는)(?:\s|$)/i.test(gap)) return false;
  return /^[\sA-Za-z가-힣'-]*$/.test(gap);
}

interface Collected {
  fineMatches: Map<SubjectCategory, SubjectMatch>;
  strongCoarse: Map<CoarseCategory, SubjectMatch>;
  weakCoarse: Map<CoarseCategory, SubjectMatch>;
  fallbacks: SubjectMatch[];
  notes: RationalePart[];
  triviaMatches: Match[];
}

/** Sorts the positive matches into fines, strong and weak coarse categories and fallbacks. */
function collect(text: string, matches: readonly SubjectMatch[]): Collected {
  const c: Collected = { fineMatches: new Map(), strongCoarse: new Map(), weakCoarse: new Map(), fallbacks: [], notes: [], triviaMatches: [] };
  matches.forEach((m, i) => {
    const subject = m.cue.subject;
    if (subject === null) return;
    const strength = strengthOf(m);
    const next = matches.slice(i + 1).find((n) => n.cue.subject !== null);
    const prev = matches
      .slice(0, i)
      .reverse()
      .find((p) => p.cue.subject !== null);

    if (strength === 'fallback') {
      c.fallbacks.push(m);
      return;
    }
    if (strength === 'modifier') {
      // "전통 명절", "traditional Korean architecture": the modifier names no subject of its own.
      if (next !== undefined && next.cue.subject !== null && isFine(next.cue.subject) && isModifierGap(text.slice(m.end, next.start))) {
        c.notes.push({ key: 'modifies', params: { cue: m.text, other: next.text } });
        return;
      }
    } else if (strength === 'commonsense') {
      // "스포츠 상식": trivia about another subject, i.e. Knowledge rather than Commonsense.
      if (prev !== undefined && /^\s*(?:관련|분야)?\s*$/.test(text.slice(prev.end, m.start))) {
        c.triviaMatches.push(m);
        return;
      }
    } else if (isCoarse(subject)) {
      // "농업 공학", "컴퓨터 과학": a coarse word glued to a fine of the same area is part of it.
      const glued = [prev, next].some(
        (o) =>
          o !== undefined &&
          o.cue.subject !== null &&
          isFine(o.cue.subject) &&
          coarseOf(o.cue.subject) === subject &&
          /^\s?$/.test(o.start >= m.end ? text.slice(m.end, o.start) : text.slice(o.end, m.start)),
      );
      if (glued) return;
      const target = strength === 'weakCoarse' ? c.weakCoarse : c.strongCoarse;
      for (const s of subjectsOfCue(m.cue)) if (isCoarse(s) && !target.has(s)) target.set(s, m);
      return;
    }
    for (const s of subjectsOfCue(m.cue)) if (!c.fineMatches.has(s)) c.fineMatches.set(s, m);
  });
  return c;
}

/** How a subject was named, for the rationale. */
function cueNote(m: SubjectMatch | undefined, subject: SubjectCategory, covers: readonly SubjectCategory[] = []): RationalePart {
  const extra: Record<string, readonly string[]> = covers.length > 0 ? { covers } : {};
  if (m === undefined) return { key: 'subjectCue', params: { cue: subject, subject, ...extra } };
  if (m.fuzzy !== undefined) return { key: 'subjectFuzzy', params: { cue: m.text, meant: m.fuzzy.meant, subject, ...extra } };
  if (m.cue.profession !== undefined) return { key: 'professionCue', params: { cue: m.text, subject, ...extra } };
  return { key: 'subjectCue', params: { cue: m.text, subject, ...extra } };
}

/** Subjects of the positive (not excluded) matches, with a rationale note per subject. */
function positiveSubjects(text: string, c: Collected): { subjects: SubjectCategory[]; notes: Map<SubjectCategory, RationalePart>; fallbackUsed: boolean } {
  const fines = [...c.fineMatches.keys()];
  const finesUnder = (coarse: CoarseCategory): SubjectCategory[] => fines.filter((f) => coarseOf(f) === coarse);
  const focused = matchesAny(text, FOCUS_MARKERS);
  const result = new Set<SubjectCategory>(fines);
  const notes = new Map<SubjectCategory, RationalePart>();

  for (const [coarse, m] of c.weakCoarse) {
    if (c.strongCoarse.has(coarse) || finesUnder(coarse).length > 0) continue;
    result.add(coarse);
    notes.set(coarse, cueNote(m, coarse));
  }
  for (const [coarse, m] of c.strongCoarse) {
    const own = finesUnder(coarse);
    if (own.length > 0 && focused) {
      c.notes.push({ key: 'narrowed', params: { cue: m.text, subjects: own } });
      continue;
    }
    for (const f of own) result.delete(f);
    result.add(coarse);
    notes.set(coarse, cueNote(m, coarse, own));
  }
  let fallbackUsed = false;
  if (result.size === 0) {
    for (const m of c.fallbacks) {
      for (const s of subjectsOfCue(m.cue)) {
        result.add(s);
        notes.set(s, cueNote(m, s));
        fallbackUsed = true;
      }
    }
  }
  for (const [s, m] of c.fineMatches) if (!notes.has(s)) notes.set(s, cueNote(m, s));
  return { subjects: sortSubjects([...result]), notes, fallbackUsed };
}

/**
 * Removes excluded subjects. Without positive subjects the universe (every coarse category) is
 * the base; a coarse category with an excluded fine is replaced by its other fines.
 */
export function excludeSubjects(planned: readonly string[], excluded: readonly string[]): SubjectCategory[] {
  const apply = (base: readonly string[]) => {
    const out = new Set<SubjectCategory>();
    for (const s of base) {
      if (excluded.includes(s)) continue;
      if (isCoarse(s)) {
        const fines = finesOf(s);
        if (fines.some((f) => excluded.includes(f))) {
          for (const f of fines) if (!excluded.includes(f)) out.add(f);
        } else {
          out.add(s);
        }
      } else if (isFine(s)) {
        const coarse = coarseOf(s);
        if (coarse === null || !excluded.includes(coarse)) out.add(s);
      }
    }
    return sortSubjects([...out]);
  };
  const narrowed = planned.length > 0 ? apply(planned) : [];
  // Excluding everything that was named leaves "all but the excluded", never "all".
  return narrowed.length > 0 ? narrowed : apply(COARSE_CATEGORIES);
}

/** Structured notes on professions: loosely mapped ones, and ones the named subjects replaced. */
function professionNotes(matches: readonly SubjectMatch[], planned: readonly SubjectCategory[], fallbackUsed: boolean): PlanNote[] {
  const notes: PlanNote[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    const profession = m.cue.profession;
    if (profession === undefined || seen.has(m.text.toLowerCase())) continue;
    seen.add(m.text.toLowerCase());
    const subjects = subjectsOfCue(m.cue).filter((s) => planned.includes(s));
    const unused = strengthOf(m) === 'fallback' ? !fallbackUsed : subjects.length === 0;
    if (unused) {
      notes.push({
        code: 'PROFESSION_NOT_APPLIED',
        words: m.text,
        subjects: [],
        message: renderRationale([notePart({ code: 'PROFESSION_NOT_APPLIED', words: m.text, subjects: [] })]),
      });
    } else if (profession.fit === 'loose') {
      notes.push({
        code: 'PROFESSION_APPROXIMATED',
        words: m.text,
        subjects,
        message: renderRationale([notePart({ code: 'PROFESSION_APPROXIMATED', words: m.text, subjects })]),
      });
    }
  }
  return notes;
}

function spellingNotes(matches: readonly SubjectMatch[]): PlanNote[] {
  return matches.flatMap((m) =>
    m.fuzzy === undefined
      ? []
      : [
          {
            code: 'SUBJECT_SPELLING_CORRECTED' as const,
            words: m.text,
            subjects: [m.fuzzy.subject],
            message: renderRationale([{ key: 'spellingCorrected', params: { words: m.text, meant: m.fuzzy.meant } }]),
          },
        ],
  );
}

/** The phrase of an exclusion as written: from its first word to its last ("수학 말고", "except physics"). */
function exclusionWords(text: string, negation: Negation): string {
  const spans = [negation.marker, ...negation.negated];
  return text.slice(Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))).trim();
}

/**
 * One rationale note per planned subject; the fines left of a coarse category with excluded fines,
 * and the universe left by an exclusion alone, are noted once as a group.
 */
const EVERY_SUBJECT: RationalePart = { key: 'everySubject' };

function subjectRationale(
  subjects: readonly SubjectCategory[],
  perSubject: ReadonlyMap<SubjectCategory, RationalePart>,
  excluded: readonly SubjectCategory[],
): RationalePart[] {
  const notes: RationalePart[] = [];
  const grouped = new Map<RationalePart, SubjectCategory[]>();
  for (const s of subjects) {
    const own = perSubject.get(s);
    if (own !== undefined) {
      notes.push(own);
      continue;
    }
    const coarse = coarseOf(s);
    const parent = coarse !== null && coarse !== s ? perSubject.get(coarse) : undefined;
    const key = parent ?? EVERY_SUBJECT;
    grouped.set(key, [...(grouped.get(key) ?? []), s]);
  }
  for (const [note, rest] of grouped) notes.push({ key: 'subjectsWithout', params: { note, excluded, rest } });
  return notes;
}

/**
 * Subjects of a query: positive matches resolved (coarse/fine, weak, modifiers, professions),
 * then the excluded subjects removed. `isNegated` says which matches an exclusion covers.
 */
export function analyzeSubjects(
  text: string,
  matches: readonly SubjectMatch[],
  negations: readonly Negation[],
  isNegated: (m: Match) => boolean,
): SubjectAnalysis {
  const positive = matches.filter((m) => !isNegated(m));
  const collected = collect(text, positive);
  const { subjects: planned, notes: perSubject, fallbackUsed } = positiveSubjects(text, collected);
  const planNotes: PlanNote[] = [];

  const excludedBy = negations
    .map((n) => ({ negation: n, subjects: [...new Set(matches.filter((m) => n.negated.includes(m)).flatMap((m) => subjectsOfCue(m.cue)))] }))
    .filter((e) => e.subjects.length > 0);
  // "Physics, but not quantum mechanics": excluding what is also asked for cannot be expressed.
  const contradicts = (e: SubjectCategory) => planned.includes(e) || planned.some((p) => p !== e && coarseOf(p) === e);
  const excluded = [...new Set(excludedBy.flatMap((e) => e.subjects))].filter((e) => !contradicts(e));
  const subjects = excluded.length > 0 ? excludeSubjects(planned, excluded) : planned;
  for (const e of excludedBy) {
    const words = exclusionWords(text, e.negation);
    const applied = e.subjects.filter((s) => excluded.includes(s));
    const kept = e.subjects.filter((s) => !excluded.includes(s));
    if (applied.length > 0) {
      const part: RationalePart = { key: 'subjectsExcluded', params: { words, subjects: applied } };
      collected.notes.push(part);
      planNotes.push({ code: 'SUBJECTS_EXCLUDED', words, subjects: applied, message: renderRationale([part]) });
    }
    if (kept.length > 0) {
      const part: RationalePart = { key: 'subjectExclusionNotApplied', params: { words, subjects: kept } };
      collected.notes.push(part);
      planNotes.push({ code: 'EXCLUSION_NOT_APPLIED', words, subjects: kept, message: renderRationale([part]) });
    }
  }
  planNotes.push(...spellingNotes(matches), ...professionNotes(positive, subjects, fallbackUsed));

  const subjectNotes = subjectRationale(subjects, perSubject, excluded);
  return { subjects, subjectNotes, notes: collected.notes, planNotes, triviaMatches: collected.triviaMatches };
}
