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
 *   Professions plan their subjects ("간호사" → Life Science; see professions.ts), misspelled
 *   subject words are read as the subject ("mathmatics"; see fuzzy.ts), and excluded subjects
 *   are never planned ("수학 말고 일반 상식", "anything but math" → every subject but Math; see
 *   negation.ts and subjects.ts). [] = no subject filter (all subjects).
 * - Exclusions apply to every field: "객관식 말고 단답형" → short-form, "한국어로 말고 영어로" →
 *   English, "추론 말고 지식" → Knowledge. An exclusion the plan cannot express ("not
 *   reasoning" alone: the task type is one value or all) is noted as not applied.
 * - taskType: the single task type whose cues appear; null (= all) when none or several. Words
 *   that are also subject words (ethics, safety, bias, 윤리, 편향 …) are task evidence only while
 *   the query is short; in a long paragraph (2+ sentences, 18+ words) they are subjects
 *   only, unless no other task cue is present and every planned subject is Social Intelligence.
 * - targetType: Local for Korean culture/customs cues (전통, 예절, 명절, etiquette, hanbok …) or
 *   when Korea is the topic of a non-STEM subject ("Korean history", "우리나라 지리"); General
 *   only for explicit universal scope ("universal", "global", "world history", "세계사").
 *   Otherwise null (= both): a STEM subject asked "in Korean" is not Local.
 * - problemType: the earliest named format; MCQA by default.
 * - sampleSize: the earliest count ("200 samples", "300개", "n=250", "오십 문제"), clamped to
 *   [1, 10000] with the clamp noted; defaultSampleSize (100) otherwise.
 * - externalToolUsage: true for tool/calculator/search cues unless negated ("도구 없이").
 * - seed: opts.seed, else a seed named in the query ("seed 7", "시드 7"), else DEFAULT_SEED.
 * - notes: qualifiers the taxonomy cannot express (school level "고등학생", difficulty "hard"),
 *   loosely mapped or unused professions, exclusions and spelling corrections, as structured notes
 *   (code + words) that the rationale also names.
 * - confidence = 0.25 + 0.45·[subject cue] + 0.15·[task cue] + 0.03·(explicit language,
 *   target, problem type, sample size cues) − 0.05 per conflict, clamped to [0.05, 0.97].
 *   Without a subject or task cue it stays below 0.4 and the rationale says so.
 */
import { TASK_TYPES, type Language, type ProblemType, type TargetType, type TaskType } from '../benchmark';
import { coarseOf, type CoarseCategory, type SubjectCategory } from '../taxonomy';
import {
  ENGLISH_CUES,
  GENERAL_CUES,
  IN_KOREAN,
  KOREA_TOPIC_CUES,
  KOREAN_CUES,
  KOREAN_LANGUAGE_MENTIONS,
  LOCAL_CUES,
  PROBLEM_TYPE_CUES,
  TASK_CUES,
  TOOL_NEGATIVE_CUES,
  TOOL_POSITIVE_CUES,
  WEAK_LOCAL_CUES,
  type LabeledCue,
} from './cues';
import { findAll, hangulShare, q, resolveOverlaps, type Match } from './match';
import { findNegations, negatedBy, type Negation } from './negation';
import { findSampleSizeCues, findSeedCue } from './numbers';
import { findQualifiers } from './qualifiers';
import { notePart, renderRationale, type RationalePart } from './rationale';
import { analyzeSubjects, findSubjectMatches, type SubjectMatch } from './subjects';
import {
  DEFAULT_PROBLEM_TYPE,
  DEFAULT_SAMPLE_SIZE,
  DEFAULT_SEED,
  MAX_SAMPLE_SIZE,
  MIN_SAMPLE_SIZE,
  type EvaluationPlan,
  type PlanNote,
  type PlanNoteCode,
  type PlanOptions,
} from './types';

/** Hangul share of letters at or above which a query counts as written in Korean. */
export const KOREAN_SCRIPT_THRESHOLD = 0.25;

interface LabeledMatch<T> extends Match {
  value: T;
}

function findLabeled<T>(text: string, cues: readonly LabeledCue<T>[]): LabeledMatch<T>[] {
  const raw: LabeledMatch<T>[] = [];
  for (const cue of cues) for (const m of findAll(text, cue.patterns)) raw.push({ ...m, value: cue.value });
  return resolveOverlaps(raw);
}

interface LanguageMatch extends LabeledMatch<Language> {
  strength: 'strong' | 'weak';
}

function findLanguageMatches(text: string): LanguageMatch[] {
  const out: LanguageMatch[] = [];
  for (const [value, cues] of [
    ['Korean', KOREAN_CUES],
    ['English', ENGLISH_CUES],
  ] as const) {
    for (const strength of ['strong', 'weak'] as const) for (const m of findAll(text, cues[strength])) out.push({ ...m, value, strength });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every cue match of the query, found once; exclusions are resolved over all of them. */
interface QueryCues {
  subjects: SubjectMatch[];
  tasks: LabeledMatch<TaskType>[];
  formats: LabeledMatch<ProblemType>[];
  languages: LanguageMatch[];
  negations: Negation[];
  isNegated: (m: Match) => boolean;
}

function findCues(text: string): QueryCues {
  const subjects = findSubjectMatches(text);
  const tasks = findLabeled(text, TASK_CUES);
  const formats = findLabeled(text, PROBLEM_TYPE_CUES);
  const languages = findLanguageMatches(text);
  const negations = findNegations(text, [...subjects.filter((m) => m.cue.subject !== null), ...tasks, ...formats, ...languages]);
  return { subjects, tasks, formats, languages, negations, isNegated: negatedBy(negations) };
}

interface FieldResult<T> {
  value: T;
  note: RationalePart;
  explicit: boolean;
  conflict?: boolean;
  /** Structured notes this field adds to the plan. */
  planNotes?: PlanNote[];
}

const overlapsAny = (m: Match, others: readonly Match[]) => others.some((o) => o.start < m.end && m.start < o.end);

/** Two or more sentences and 18+ words: a paragraph, where subject words mentioned along the way are not the task. */
function isLongQuery(text: string): boolean {
  const sentences = text.split(/[.!?。]+(?:\s+|$)/).filter((s) => s.trim() !== '');
  return sentences.length >= 2 && text.split(/\s+/).filter(Boolean).length >= 18;
}

const SOCIAL_INTELLIGENCE: CoarseCategory = 'Social Intelligence';

/**
 * Task cues that survive: not excluded, and — in a long paragraph — words that are also subject
 * words only when nothing else names a task and the plan is about Social Intelligence.
 */
function taskEvidence(text: string, cues: QueryCues, subjects: readonly SubjectCategory[], trivia: readonly Match[]): LabeledMatch<TaskType>[] {
  const positive = cues.tasks.filter((m) => !cues.isNegated(m));
  const subjectWords = cues.subjects.filter((m) => m.cue.subject !== null);
  const dual = (m: Match) => overlapsAny(m, subjectWords);
  const pure = positive.filter((m) => !dual(m));
  const aboutSocialIntelligence = subjects.length > 0 && subjects.every((s) => coarseOf(s) === SOCIAL_INTELLIGENCE);
  const keepDual = !isLongQuery(text) || (pure.length === 0 && trivia.length === 0 && aboutSocialIntelligence);
  return [...(keepDual ? positive : pure), ...trivia.map((m) => ({ ...m, value: 'Knowledge' as TaskType }))].sort((a, b) => a.start - b.start);
}

function detectTask(text: string, cues: QueryCues, subjects: readonly SubjectCategory[], trivia: readonly Match[]): FieldResult<TaskType | null> {
  const matches = taskEvidence(text, cues, subjects, trivia);
  const values = [...new Set(matches.map((m) => m.value))];
  const excluded = cues.tasks.filter((m) => cues.isNegated(m));
  if (values.length === 0 && excluded.length > 0) return excludedTaskOnly(excluded);
  if (values.length === 0) return { value: null, note: { key: 'taskNone' }, explicit: false };
  const cueText = (v: TaskType): string =>
    [...new Set(matches.filter((m) => m.value === v).map((m) => q(m.text)))].join(', ');
  if (values.length === 1) {
    const v = values[0]!;
    return { value: v, note: { key: 'taskCue', params: { cues: cueText(v), value: v } }, explicit: true };
  }
  return {
    value: null,
    note: { key: 'taskSeveral', params: { pairs: values.map((v) => [cueText(v), v]) } },
    explicit: true,
    conflict: true,
  };
}

/** Only excluded task types named: the one left when two are excluded, else all (noted as not applied). */
function excludedTaskOnly(excluded: readonly LabeledMatch<TaskType>[]): FieldResult<TaskType | null> {
  const out = [...new Set(excluded.map((m) => m.value))];
  const words = [...new Set(excluded.map((m) => m.text))].join(', ');
  const left = TASK_TYPES.filter((t) => !out.includes(t));
  if (left.length === 1) return { value: left[0]!, note: { key: 'taskExcluded', params: { excluded: out, words, value: left[0]! } }, explicit: true };
  const part: RationalePart = { key: 'taskExclusionNotApplied', params: { excluded: out, words } };
  return {
    value: null,
    note: { key: 'taskAll', params: { note: part } },
    explicit: true,
    planNotes: [{ code: 'EXCLUSION_NOT_APPLIED', words, subjects: [], message: renderRationale([part]) }],
  };
}

function detectLanguage(text: string, cues: QueryCues): FieldResult<Language> {
  const share = hangulShare(text);
  const written: Language = share >= KOREAN_SCRIPT_THRESHOLD ? 'Korean' : 'English';
  const writtenNote: RationalePart = { key: 'languageWritten', params: { language: written } };
  const positive = cues.languages.filter((m) => !cues.isNegated(m));
  for (const strength of ['strong', 'weak'] as const) {
    const ko = positive.find((m) => m.strength === strength && m.value === 'Korean');
    const en = positive.find((m) => m.strength === strength && m.value === 'English');
    if (ko !== undefined && en !== undefined) {
      return { value: written, note: { key: 'languageWritten', params: { language: written, both: true } }, explicit: false, conflict: true };
    }
    if (ko !== undefined) return { value: 'Korean', note: { key: 'languageCue', params: { cue: ko.text, language: 'Korean' } }, explicit: true };
    if (en !== undefined) return { value: 'English', note: { key: 'languageCue', params: { cue: en.text, language: 'English' } }, explicit: true };
  }
  const excluded = [...new Set(cues.languages.filter((m) => cues.isNegated(m)).map((m) => m.value))];
  if (excluded.length === 1) {
    const other: Language = excluded[0] === 'Korean' ? 'English' : 'Korean';
    return { value: other, note: { key: 'languageNot', params: { excluded: excluded[0]!, language: other } }, explicit: true };
  }
  return { value: written, note: writtenNote, explicit: false };
}

const STEM: readonly CoarseCategory[] = ['Science', 'Tech.'];

function detectTarget(text: string, subjects: readonly SubjectCategory[], cues: QueryCues): FieldResult<TargetType | null> {
  // Cues inside an excluded phrase ("한국사를 제외한") say nothing about the target.
  const excluded = cues.negations.flatMap((n) => n.negated);
  const keep = (m: Match) => !overlapsAny(m, excluded);
  const local = findAll(text, LOCAL_CUES).filter(keep).sort((a, b) => a.start - b.start);
  const general = findAll(text, GENERAL_CUES).filter(keep).sort((a, b) => a.start - b.start);
  const inKorean = findAll(text, [IN_KOREAN]);
  const koreaTopic = findAll(text, KOREA_TOPIC_CUES).filter((m) => keep(m) && !overlapsAny(m, inKorean));
  const coarses = subjects.map(coarseOf);
  const culturalSubject = coarses.some((c) => c === 'Culture' || c === 'Art & Sports');
  const nonStem = subjects.filter((s) => {
    const c = coarseOf(s);
    return c !== null && !STEM.includes(c);
  });

  let localNote: RationalePart | null = null;
  const firstLocal = local[0];
  const weak = findAll(text, WEAK_LOCAL_CUES).filter(keep)[0];
  const firstKorea = koreaTopic[0];
  if (firstLocal !== undefined) localNote = { key: 'targetCue', params: { cue: firstLocal.text, value: 'Local' } };
  else if (weak !== undefined && (culturalSubject || firstKorea !== undefined)) localNote = { key: 'targetCue', params: { cue: weak.text, value: 'Local' } };
  else if (firstKorea !== undefined && nonStem.length > 0) localNote = { key: 'targetKoreaTopic', params: { cue: firstKorea.text, subjects: nonStem } };
  else if (subjects.includes('HASS/Language')) {
    const mention = findAll(text, KOREAN_LANGUAGE_MENTIONS)[0];
    if (mention !== undefined) localNote = { key: 'targetKoreanLanguage', params: { cue: mention.text } };
  }
  const firstGeneral = general[0];
  if (localNote !== null && firstGeneral !== undefined) {
    return { value: null, note: { key: 'targetBoth', params: { cue: firstGeneral.text } }, explicit: true, conflict: true };
  }
  if (localNote !== null) return { value: 'Local', note: localNote, explicit: true };
  if (firstGeneral !== undefined) return { value: 'General', note: { key: 'targetCue', params: { cue: firstGeneral.text, value: 'General' } }, explicit: true };
  return { value: null, note: { key: 'targetNone' }, explicit: false };
}

/** Formats tried, in order, when the named ones are all excluded ("객관식 말고"). */
const FORMAT_ORDER: readonly ProblemType[] = ['MCQA', 'short-form', 'Binary', 'open-ended'];

function detectProblemType(cues: QueryCues): FieldResult<ProblemType> {
  const matches = cues.formats.filter((m) => !cues.isNegated(m));
  const excluded = [...new Set(cues.formats.filter((m) => cues.isNegated(m)).map((m) => m.value))];
  const first = matches[0];
  if (first === undefined) {
    const value = FORMAT_ORDER.find((f) => !excluded.includes(f)) ?? DEFAULT_PROBLEM_TYPE;
    if (excluded.length > 0) return { value, note: { key: 'problemExcluded', params: { excluded, value } }, explicit: true };
    return { value: DEFAULT_PROBLEM_TYPE, note: { key: 'problemDefault', params: { value: DEFAULT_PROBLEM_TYPE } }, explicit: false };
  }
  const others = [...new Set(matches.map((m) => m.value))].filter((v) => v !== first.value);
  const note: RationalePart = { key: 'problemCue', params: { cue: first.text, value: first.value, named: [first.value, ...others] } };
  return { value: first.value, note, explicit: true, conflict: others.length > 0 };
}

function clampSampleSize(n: number): number {
  return Math.min(MAX_SAMPLE_SIZE, Math.max(MIN_SAMPLE_SIZE, Math.round(n)));
}

function detectSampleSize(text: string, fallback: number): FieldResult<number> {
  const cue = findSampleSizeCues(text)[0];
  if (cue === undefined) {
    const value = clampSampleSize(fallback);
    return { value, note: { key: 'sampleDefault', params: value !== fallback ? { value, fallback } : { value } }, explicit: false };
  }
  const value = clampSampleSize(cue.value);
  if (value !== cue.value) {
    return {
      value,
      note: { key: 'sampleClamped', params: { cue: cue.text, asked: cue.value, value, min: MIN_SAMPLE_SIZE, max: MAX_SAMPLE_SIZE } },
      explicit: true,
    };
  }
  return { value, note: { key: 'sampleCue', params: { cue: cue.text, value } }, explicit: true };
}

function detectTools(text: string): FieldResult<boolean> {
  const negative = findAll(text, TOOL_NEGATIVE_CUES)[0];
  if (negative !== undefined) return { value: false, note: { key: 'toolsCue', params: { cue: negative.text, on: false } }, explicit: true };
  const positive = findAll(text, TOOL_POSITIVE_CUES)[0];
  if (positive !== undefined) return { value: true, note: { key: 'toolsCue', params: { cue: positive.text, on: true } }, explicit: true };
  return { value: false, note: { key: 'toolsDefault' }, explicit: false };
}

/**
 * School level and difficulty: named, never applied (the taxonomy has neither). They hold for any
 * plan of the query, also one the user edited.
 */
export function qualifierNotes(query: string): PlanNote[] {
  return findQualifiers(query.normalize('NFC')).map((m) => {
    const code = m.kind === 'school-level' ? ('SCHOOL_LEVEL_NOT_APPLIED' as const) : ('DIFFICULTY_NOT_APPLIED' as const);
    return { code, words: m.text, subjects: [], message: renderRationale([notePart({ code, words: m.text, subjects: [] })]) };
  });
}

function detectSeed(text: string, opts: PlanOptions): { seed: number; note: RationalePart } {
  const seedCue = findSeedCue(text);
  if (opts.seed !== undefined && Number.isSafeInteger(opts.seed)) return { seed: opts.seed, note: { key: 'seedCaller', params: { seed: opts.seed } } };
  if (seedCue !== null) return { seed: seedCue.value, note: { key: 'seedCue', params: { cue: seedCue.text, seed: seedCue.value } } };
  return { seed: DEFAULT_SEED, note: { key: 'seedDefault', params: { seed: DEFAULT_SEED } } };
}

/** Notes whose sentence the field notes do not already contain. */
const RATIONALE_CODES: readonly PlanNoteCode[] = ['PROFESSION_APPROXIMATED', 'PROFESSION_NOT_APPLIED', 'SCHOOL_LEVEL_NOT_APPLIED', 'DIFFICULTY_NOT_APPLIED'];

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Rules planner: deterministic and offline. Never throws; an empty or unrecognized query yields
 * a default plan (all subjects, all task types) with low confidence.
 */
export function planFromQuery(query: string, opts: PlanOptions = {}): EvaluationPlan {
  const text = query.normalize('NFC');
  const cues = findCues(text);
  const subjectInfo = analyzeSubjects(text, cues.subjects, cues.negations, cues.isNegated);
  const subjects = subjectInfo.subjects;
  const task = detectTask(text, cues, subjects, subjectInfo.triviaMatches);
  const language = detectLanguage(text, cues);
  const target = detectTarget(text, subjects, cues);
  const problem = detectProblemType(cues);
  const fallbackSize = opts.defaultSampleSize ?? DEFAULT_SAMPLE_SIZE;
  const sample = detectSampleSize(text, Number.isFinite(fallbackSize) ? fallbackSize : DEFAULT_SAMPLE_SIZE);
  const tools = detectTools(text);
  const seed = detectSeed(text, opts);

  const hasSubject = subjects.length > 0;
  const hasTask = task.value !== null || task.conflict === true;
  const explicitCount = [language, target, problem, sample].filter((f) => f.explicit).length;
  const conflicts = [task, language, target, problem].filter((f) => f.conflict === true).length;
  let confidence = 0.25 + (hasSubject ? 0.45 : 0) + (hasTask ? 0.15 : 0) + 0.03 * explicitCount - 0.05 * conflicts;
  confidence = round2(Math.min(0.97, Math.max(0.05, confidence)));

  const notes = [...subjectInfo.planNotes, ...(task.planNotes ?? []), ...qualifierNotes(text)];
  const parts: RationalePart[] = [];
  if (hasSubject) parts.push(...subjectInfo.subjectNotes);
  else parts.push({ key: 'subjectsNone' });
  parts.push(...subjectInfo.notes);
  parts.push(task.note, language.note, target.note, problem.note, sample.note, tools.note, seed.note);
  parts.push(...notes.filter((n) => RATIONALE_CODES.includes(n.code)).map(notePart));
  if (!hasSubject && !hasTask) parts.unshift({ key: 'lowConfidence' });

  return {
    language: language.value,
    subjects: [...subjects],
    taskType: task.value,
    targetType: target.value,
    problemType: problem.value,
    sampleSize: sample.value,
    seed: seed.seed,
    externalToolUsage: tools.value,
    rationale: renderRationale(parts),
    rationaleParts: parts,
    notes,
    confidence,
    source: 'RULES',
    fallbackReason: null,
  };
}
