/**
 * The offline, deterministic rules planner: maps a Korean or English goal onto a BenchHub
 * evaluation plan by recognizing cue words.
 *
 * Conventions (also used by the evaluation fixture):
 * - language: the language the query is written in (Hangul share ≥ 0.25 → Korean), unless the
 *   query names one. An explicit phrase ("in English", "영어로", "Korean questions") beats a
 *   bare mention ("Korean math problems"); a bare "Korean"/"English"/"영어"/"한국어" beats the
 *   script. When both languages are named at the same strength the script decides.
 * - subjects: fine categories named by the query; a coarse category when the broad area is
 *   named. A named coarse category subsumes its own fines (same filter) unless the query
 *   narrows it ("과학, 특히 물리", "science, especially physics"). "culture"/"문화"/"기술" are
 *   weak (dropped when a fine of that coarse is named: "음식 문화" → Culture/Food), and
 *   "traditional"/"전통" is dropped when it just modifies another subject ("전통 명절").
 *   [] = no subject filter (all subjects).
 * - taskType: the single task type whose cues appear; null (= all) when none or several.
 * - targetType: Local for Korean culture/customs cues (전통, 예절, 명절, etiquette, hanbok …) or
 *   when Korea is the topic of a non-STEM subject ("Korean history", "우리나라 지리"); General
 *   only for explicit universal scope ("universal", "global", "world history", "세계사").
 *   Otherwise null (= both): a STEM subject asked "in Korean" is not Local.
 * - problemType: the earliest named format; MCQA by default.
 * - sampleSize: the earliest count ("200 samples", "300개", "n=250", "오십 문제"), clamped to
 *   [1, 10000] with the clamp noted; defaultSampleSize (100) otherwise.
 * - externalToolUsage: true for tool/calculator/search cues unless negated ("도구 없이").
 * - seed: opts.seed, else a seed named in the query ("seed 7", "시드 7"), else DEFAULT_SEED.
 * - confidence = 0.25 + 0.45·[subject cue] + 0.15·[task cue] + 0.03·(explicit language,
 *   target, problem type, sample size cues) − 0.05 per conflict, clamped to [0.05, 0.97].
 *   Without a subject or task cue it stays below 0.4 and the rationale says so.
 */
import type { Language, ProblemType, TargetType, TaskType } from '../benchmark';
import {
  coarseOf,
  isCoarse,
  isFine,
  sortSubjects,
  type CoarseCategory,
  type SubjectCategory,
} from '../taxonomy';
import {
  ENGLISH_CUES,
  FOCUS_MARKERS,
  GENERAL_CUES,
  IN_KOREAN,
  KOREA_TOPIC_CUES,
  KOREAN_CUES,
  KOREAN_LANGUAGE_MENTIONS,
  LOCAL_CUES,
  PROBLEM_TYPE_CUES,
  SUBJECT_CUES,
  TASK_CUES,
  TOOL_NEGATIVE_CUES,
  TOOL_POSITIVE_CUES,
  WEAK_LOCAL_CUES,
  type LabeledCue,
  type LanguageCues,
  type SubjectCue,
} from './cues';
import { findAll, hangulShare, matchesAny, q, resolveOverlaps, type Match } from './match';
import { findSampleSizeCues, findSeedCue } from './numbers';
import {
  DEFAULT_PROBLEM_TYPE,
  DEFAULT_SAMPLE_SIZE,
  DEFAULT_SEED,
  MAX_SAMPLE_SIZE,
  MIN_SAMPLE_SIZE,
  type EvaluationPlan,
  type PlanOptions,
} from './types';

/** Hangul share of letters at or above which a query counts as written in Korean. */
export const KOREAN_SCRIPT_THRESHOLD = 0.25;

interface SubjectMatch extends Match {
  cue: SubjectCue;
}

interface SubjectAnalysis {
  subjects: SubjectCategory[];
  /** One note per chosen subject, in taxonomy order. */
  subjectNotes: string[];
  /** Other subject-resolution notes (modifiers, narrowing). */
  notes: string[];
  /** 상식 used as "trivia about X" — a Knowledge cue. */
  triviaMatches: Match[];
}

const STRENGTH_RANK = { strong: 0, commonsense: 1, modifier: 2, weakCoarse: 3 } as const;

function strengthOf(m: SubjectMatch): keyof typeof STRENGTH_RANK {
  return m.cue.strength ?? 'strong';
}

/** Gap text between two matches contains only spacing (and at most a couple of words). */
function isModifierGap(gap: string): boolean {
  if (gap.length > 14) return false;
  if (/[,.;:!?/()]/.test(gap)) return false;
  if (/(?:^|\s)(?:and|or|및|그리고|또는)(?:\s|$)/i.test(gap)) return false;
  return /^[\sA-Za-z가-힣'-]*$/.test(gap);
}

function analyzeSubjects(text: string): SubjectAnalysis {
  const raw: SubjectMatch[] = [];
  for (const cue of SUBJECT_CUES) for (const m of findAll(text, cue.patterns)) raw.push({ ...m, cue });
  const matches = resolveOverlaps(raw, (m) => STRENGTH_RANK[strengthOf(m)]);
  const notes: string[] = [];
  const triviaMatches: Match[] = [];

  const fineMatches = new Map<SubjectCategory, SubjectMatch>();
  const strongCoarse = new Map<CoarseCategory, SubjectMatch>();
  const weakCoarse = new Map<CoarseCategory, SubjectMatch>();

  matches.forEach((m, i) => {
    const subject = m.cue.subject;
    if (subject === null) return;
    const strength = strengthOf(m);
    const next = matches.slice(i + 1).find((n) => n.cue.subject !== null);
    const prev = matches
      .slice(0, i)
      .reverse()
      .find((p) => p.cue.subject !== null);

    if (strength === 'modifier') {
      // "전통 명절", "traditional Korean architecture": the modifier names no subject of its own.
      if (next !== undefined && next.cue.subject !== null && isFine(next.cue.subject) && isModifierGap(text.slice(m.end, next.start))) {
        notes.push(`${q(m.text)} modifies ${q(next.text)} (not Culture/Tradition)`);
        return;
      }
    } else if (strength === 'commonsense') {
      // "스포츠 상식": trivia about another subject, i.e. Knowledge rather than Commonsense.
      if (prev !== undefined && /^\s*(?:관련|분야)?\s*$/.test(text.slice(prev.end, m.start))) {
        triviaMatches.push(m);
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
      const target = strength === 'weakCoarse' ? weakCoarse : strongCoarse;
      for (const c of [subject, ...(m.cue.also ?? [])]) if (isCoarse(c) && !target.has(c)) target.set(c, m);
      return;
    }
    if (!fineMatches.has(subject)) fineMatches.set(subject, m);
  });

  const fines = [...fineMatches.keys()];
  const finesUnder = (c: CoarseCategory): SubjectCategory[] => fines.filter((f) => coarseOf(f) === c);
  const focused = matchesAny(text, FOCUS_MARKERS);
  const result = new Set<SubjectCategory>(fines);
  const coarseNotes = new Map<SubjectCategory, string>();

  for (const [c, m] of weakCoarse) {
    if (strongCoarse.has(c) || finesUnder(c).length > 0) continue;
    result.add(c);
    coarseNotes.set(c, `subject ${q(m.text)} → ${c}`);
  }
  for (const [c, m] of strongCoarse) {
    const own = finesUnder(c);
    if (own.length > 0 && focused) {
      notes.push(`${q(m.text)} narrowed to ${own.join(', ')}`);
      continue;
    }
    for (const f of own) result.delete(f);
    result.add(c);
    coarseNotes.set(c, `subject ${q(m.text)} → ${c}${own.length > 0 ? ` (covers ${own.join(', ')})` : ''}`);
  }

  const subjects = sortSubjects([...result]);
  const subjectNotes = subjects.map((s) => {
    const fm = fineMatches.get(s);
    return coarseNotes.get(s) ?? `subject ${q(fm?.text ?? s)} → ${s}`;
  });
  return { subjects, subjectNotes, notes, triviaMatches };
}

interface LabeledMatch<T> extends Match {
  value: T;
}

function findLabeled<T>(text: string, cues: readonly LabeledCue<T>[]): LabeledMatch<T>[] {
  const raw: LabeledMatch<T>[] = [];
  for (const cue of cues) for (const m of findAll(text, cue.patterns)) raw.push({ ...m, value: cue.value });
  return resolveOverlaps(raw);
}

interface FieldResult<T> {
  value: T;
  note: string;
  explicit: boolean;
  conflict?: boolean;
}

function detectTask(text: string, trivia: readonly Match[]): FieldResult<TaskType | null> {
  const matches = [
    ...findLabeled(text, TASK_CUES),
    ...trivia.map((m) => ({ ...m, value: 'Knowledge' as TaskType })),
  ].sort((a, b) => a.start - b.start);
  const values = [...new Set(matches.map((m) => m.value))];
  if (values.length === 0) return { value: null, note: 'task: not specified → all task types', explicit: false };
  const cues = (v: TaskType): string =>
    [...new Set(matches.filter((m) => m.value === v).map((m) => q(m.text)))].join(', ');
  if (values.length === 1) {
    const v = values[0] ?? null;
    return { value: v, note: v === null ? 'task: not specified' : `task ${cues(v)} → ${v}`, explicit: true };
  }
  return {
    value: null,
    note: `task: several task types named (${values.map((v) => `${cues(v)} → ${v}`).join('; ')}) → all task types`,
    explicit: true,
    conflict: true,
  };
}

function detectLanguage(text: string): FieldResult<Language> {
  const share = hangulShare(text);
  const written: Language = share >= KOREAN_SCRIPT_THRESHOLD ? 'Korean' : 'English';
  const writtenNote = `language: query written in ${written}`;
  const first = (cues: LanguageCues, strength: 'strong' | 'weak'): Match | undefined =>
    findAll(text, cues[strength]).sort((a, b) => a.start - b.start)[0];
  for (const strength of ['strong', 'weak'] as const) {
    const ko = first(KOREAN_CUES, strength);
    const en = first(ENGLISH_CUES, strength);
    if (ko !== undefined && en !== undefined) {
      return { value: written, note: `${writtenNote} (both Korean and English named)`, explicit: false, conflict: true };
    }
    if (ko !== undefined) return { value: 'Korean', note: `language ${q(ko.text)} → Korean`, explicit: true };
    if (en !== undefined) return { value: 'English', note: `language ${q(en.text)} → English`, explicit: true };
  }
  return { value: written, note: writtenNote, explicit: false };
}

const STEM: readonly CoarseCategory[] = ['Science', 'Tech.'];

function detectTarget(text: string, subjects: readonly SubjectCategory[]): FieldResult<TargetType | null> {
  const local = findAll(text, LOCAL_CUES).sort((a, b) => a.start - b.start);
  const general = findAll(text, GENERAL_CUES).sort((a, b) => a.start - b.start);
  const inKorean = findAll(text, [IN_KOREAN]);
  const koreaTopic = findAll(text, KOREA_TOPIC_CUES).filter(
    (m) => !inKorean.some((k) => k.start < m.end && m.start < k.end),
  );
  const coarses = subjects.map(coarseOf);
  const culturalSubject = coarses.some((c) => c === 'Culture' || c === 'Art & Sports');
  const nonStem = subjects.filter((s) => {
    const c = coarseOf(s);
    return c !== null && !STEM.includes(c);
  });

  let localNote: string | null = null;
  const firstLocal = local[0];
  const weak = findAll(text, WEAK_LOCAL_CUES)[0];
  const firstKorea = koreaTopic[0];
  if (firstLocal !== undefined) localNote = `target ${q(firstLocal.text)} → Local`;
  else if (weak !== undefined && (culturalSubject || firstKorea !== undefined)) localNote = `target ${q(weak.text)} → Local`;
  else if (firstKorea !== undefined && nonStem.length > 0)
    localNote = `target: Korea as topic (${q(firstKorea.text)}) of ${nonStem.join(', ')} → Local`;
  else if (subjects.includes('HASS/Language')) {
    const mention = findAll(text, KOREAN_LANGUAGE_MENTIONS)[0];
    if (mention !== undefined) localNote = `target: Korean-language knowledge (${q(mention.text)}) → Local`;
  }
  const firstGeneral = general[0];
  if (localNote !== null && firstGeneral !== undefined) {
    return { value: null, note: `target: both local and universal cues (${q(firstGeneral.text)}) → both`, explicit: true, conflict: true };
  }
  if (localNote !== null) return { value: 'Local', note: localNote, explicit: true };
  if (firstGeneral !== undefined) return { value: 'General', note: `target ${q(firstGeneral.text)} → General`, explicit: true };
  return { value: null, note: 'target: not specified → General and Local', explicit: false };
}

function detectProblemType(text: string): FieldResult<ProblemType> {
  const matches = findLabeled(text, PROBLEM_TYPE_CUES);
  const first = matches[0];
  if (first === undefined) return { value: DEFAULT_PROBLEM_TYPE, note: `problem type: default ${DEFAULT_PROBLEM_TYPE}`, explicit: false };
  const others = [...new Set(matches.map((m) => m.value))].filter((v) => v !== first.value);
  const note = `problem type ${q(first.text)} → ${first.value}${others.length > 0 ? ` (first of ${[first.value, ...others].join(', ')})` : ''}`;
  return { value: first.value, note, explicit: true, conflict: others.length > 0 };
}

function clampSampleSize(n: number): number {
  return Math.min(MAX_SAMPLE_SIZE, Math.max(MIN_SAMPLE_SIZE, Math.round(n)));
}

function detectSampleSize(text: string, fallback: number): FieldResult<number> {
  const cue = findSampleSizeCues(text)[0];
  if (cue === undefined) {
    const value = clampSampleSize(fallback);
    const clampNote = value !== fallback ? ` (default ${fallback} clamped to ${value})` : '';
    return { value, note: `sample size: default ${value}${clampNote}`, explicit: false };
  }
  const value = clampSampleSize(cue.value);
  if (value !== cue.value) {
    return {
      value,
      note: `sample size ${q(cue.text)} → ${cue.value}, clamped to ${value} (allowed ${MIN_SAMPLE_SIZE}..${MAX_SAMPLE_SIZE})`,
      explicit: true,
    };
  }
  return { value, note: `sample size ${q(cue.text)} → ${value}`, explicit: true };
}

function detectTools(text: string): FieldResult<boolean> {
  const negative = findAll(text, TOOL_NEGATIVE_CUES)[0];
  if (negative !== undefined) return { value: false, note: `external tools ${q(negative.text)} → off`, explicit: true };
  const positive = findAll(text, TOOL_POSITIVE_CUES)[0];
  if (positive !== undefined) return { value: true, note: `external tools ${q(positive.text)} → on`, explicit: true };
  return { value: false, note: 'external tools: off (default)', explicit: false };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Rules planner: deterministic and offline. Never throws; an empty or unrecognized query yields
 * a default plan (all subjects, all task types) with low confidence.
 */
export function planFromQuery(query: string, opts: PlanOptions = {}): EvaluationPlan {
  const text = query.normalize('NFC');
  const subjectInfo = analyzeSubjects(text);
  const subjects = subjectInfo.subjects;
  const task = detectTask(text, subjectInfo.triviaMatches);
  const language = detectLanguage(text);
  const target = detectTarget(text, subjects);
  const problem = detectProblemType(text);
  const fallbackSize = opts.defaultSampleSize ?? DEFAULT_SAMPLE_SIZE;
  const sample = detectSampleSize(text, Number.isFinite(fallbackSize) ? fallbackSize : DEFAULT_SAMPLE_SIZE);
  const tools = detectTools(text);

  let seed = DEFAULT_SEED;
  let seedNote = `seed: default ${DEFAULT_SEED}`;
  const seedCue = findSeedCue(text);
  if (opts.seed !== undefined && Number.isSafeInteger(opts.seed)) {
    seed = opts.seed;
    seedNote = `seed: ${seed} (caller)`;
  } else if (seedCue !== null) {
    seed = seedCue.value;
    seedNote = `seed ${q(seedCue.text)} → ${seed}`;
  }

  const hasSubject = subjects.length > 0;
  const hasTask = task.value !== null || task.conflict === true;
  const explicitCount = [language, target, problem, sample].filter((f) => f.explicit).length;
  const conflicts = [task, language, target, problem].filter((f) => f.conflict === true).length;
  let confidence = 0.25 + (hasSubject ? 0.45 : 0) + (hasTask ? 0.15 : 0) + 0.03 * explicitCount - 0.05 * conflicts;
  confidence = round2(Math.min(0.97, Math.max(0.05, confidence)));

  const parts: string[] = [];
  if (hasSubject) parts.push(...subjectInfo.subjectNotes);
  else parts.push('subjects: none recognized → all subjects');
  parts.push(...subjectInfo.notes);
  parts.push(task.note, language.note, target.note, problem.note, sample.note, tools.note, seedNote);
  if (!hasSubject && !hasTask) {
    parts.unshift('no subject or task cue recognized — plan uses defaults (low confidence); please refine the request');
  }

  return {
    language: language.value,
    subjects: [...subjects],
    taskType: task.value,
    targetType: target.value,
    problemType: problem.value,
    sampleSize: sample.value,
    seed,
    externalToolUsage: tools.value,
    rationale: parts.join('; '),
    confidence,
    source: 'RULES',
    fallbackReason: null,
  };
}
