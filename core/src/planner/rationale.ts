/**
 * The plan rationale as structured parts (a message key and its values), said in English or Korean by
 * renderRationale. The planner builds parts; a plan keeps them (rationaleParts) so that a client shows the
 * rationale in its UI language, also for a task planned long ago. The English text is the plan's `rationale`.
 */
import { koreanNameOf, coarseOf } from '../taxonomy';
import type { PlanNote } from './types';

export const RATIONALE_LOCALES = ['en', 'ko'] as const;
export type RationaleLocale = (typeof RATIONALE_LOCALES)[number];

export type RationaleValue = string | number | boolean | null | readonly string[] | readonly (readonly string[])[] | NestedPart | readonly NestedPart[];
/** A part inside another part's params (e.g. the subject note an exclusion applies to). */
export interface NestedPart {
  key: string;
  params?: Readonly<Record<string, RationaleValue>>;
}
export interface RationalePart extends NestedPart {
  key: RationaleKey;
}

/** How one locale says values: quoted words, subjects, plan enum values, lists. */
interface Sayer {
  q: (text: unknown) => string;
  subject: (subject: unknown) => string;
  subjects: (list: unknown) => string;
  value: (value: unknown) => string;
  values: (list: unknown) => string;
  part: (part: unknown) => string;
}

type Template = (p: Readonly<Record<string, RationaleValue>>, s: Sayer) => string;

/** Plan values (languages, task, target and problem types) in Korean; the report says them the same way. */
export const KOREAN_PLAN_VALUES: Record<string, string> = {
  Korean: '한국어',
  English: '영어',
  Knowledge: '지식',
  Reasoning: '추론',
  'Value/Alignment': '가치·정렬',
  General: '일반',
  Local: '지역(한국)',
  MCQA: '객관식',
  Binary: '이지선다',
  'short-form': '단답형',
  'open-ended': '서술형',
};

const covers = (p: Readonly<Record<string, RationaleValue>>, s: Sayer, en: boolean) =>
  Array.isArray(p.covers) && p.covers.length > 0 ? (en ? ` (covers ${s.subjects(p.covers)})` : ` (${s.subjects(p.covers)} 포함)`) : '';

/** Every message, in English (the plan's `rationale`, unchanged wording) and Korean. */
const MESSAGES = {
  lowConfidence: {
    en: () => 'no subject or task cue recognized — plan uses defaults (low confidence); please refine the request',
    ko: () => '과목이나 과제 단서를 찾지 못해 기본값으로 계획했습니다(낮은 신뢰도). 요청을 더 구체적으로 적어 주세요',
  },
  subjectsNone: { en: () => 'subjects: none recognized → all subjects', ko: () => '과목: 찾지 못함 → 모든 과목' },
  subjectCue: {
    en: (p, s) => `subject ${s.q(p.cue)} → ${s.subject(p.subject)}${covers(p, s, true)}`,
    ko: (p, s) => `과목 ${s.q(p.cue)} → ${s.subject(p.subject)}${covers(p, s, false)}`,
  },
  subjectFuzzy: {
    en: (p, s) => `subject ${s.q(p.cue)} (read as ${s.q(p.meant)}) → ${s.subject(p.subject)}${covers(p, s, true)}`,
    ko: (p, s) => `과목 ${s.q(p.cue)}(${s.q(p.meant)}(으)로 읽음) → ${s.subject(p.subject)}${covers(p, s, false)}`,
  },
  professionCue: {
    en: (p, s) => `profession ${s.q(p.cue)} → ${s.subject(p.subject)}${covers(p, s, true)}`,
    ko: (p, s) => `직업 ${s.q(p.cue)} → ${s.subject(p.subject)}${covers(p, s, false)}`,
  },
  subjectsWithout: {
    en: (p, s) => `${s.part(p.note)} without ${s.subjects(p.excluded)} → ${s.subjects(p.rest)}`,
    ko: (p, s) => `${s.part(p.note)}에서 ${s.subjects(p.excluded)} 제외 → ${s.subjects(p.rest)}`,
  },
  everySubject: { en: () => 'subjects: every subject', ko: () => '과목: 모든 과목' },
  modifies: {
    en: (p, s) => `${s.q(p.cue)} modifies ${s.q(p.other)} (not Culture/Tradition)`,
    ko: (p, s) => `${s.q(p.cue)}은(는) ${s.q(p.other)}을(를) 꾸미는 말(문화 · 전통 아님)`,
  },
  narrowed: {
    en: (p, s) => `${s.q(p.cue)} narrowed to ${s.subjects(p.subjects)}`,
    ko: (p, s) => `${s.q(p.cue)}을(를) ${s.subjects(p.subjects)}(으)로 좁힘`,
  },
  subjectsExcluded: {
    en: (p, s) => `excluded ${s.q(p.words)} → ${s.subjects(p.subjects)} never planned`,
    ko: (p, s) => `제외 ${s.q(p.words)} → ${s.subjects(p.subjects)}은(는) 계획하지 않음`,
  },
  subjectExclusionNotApplied: {
    en: (p, s) => `not applied: excluding ${s.subjects(p.subjects)} (${s.q(p.words)}) — the query also asks for it and the taxonomy has no finer category`,
    ko: (p, s) => `적용 안 됨: ${s.subjects(p.subjects)} 제외(${s.q(p.words)}) — 요청이 이 과목도 묻고 있고 분류 체계에 더 세부적인 범주가 없습니다`,
  },
  professionNotApplied: {
    en: (p, s) => `not applied: profession ${s.q(p.words)} (the taxonomy has no profession filter; the subjects named were used)`,
    ko: (p, s) => `적용 안 됨: 직업 ${s.q(p.words)}(분류 체계에 직업 필터가 없어 명시한 과목을 사용했습니다)`,
  },
  professionApproximated: {
    en: (p, s) => `profession ${s.q(p.words)} approximated by ${s.subjects(p.subjects)} (the taxonomy has no category for this profession)`,
    ko: (p, s) => `직업 ${s.q(p.words)}을(를) ${s.subjects(p.subjects)}(으)로 근사함(분류 체계에 이 직업의 범주가 없습니다)`,
  },
  spellingCorrected: {
    en: (p, s) => `${s.q(p.words)} read as ${s.q(p.meant)}`,
    ko: (p, s) => `${s.q(p.words)}을(를) ${s.q(p.meant)}(으)로 읽음`,
  },
  schoolLevelNotApplied: {
    en: (p, s) => `not applied: school level ${s.q(p.words)} (the BenchHub taxonomy has no school levels; items of every level are drawn)`,
    ko: (p, s) => `적용 안 됨: 학년 ${s.q(p.words)}(BenchHub 분류 체계에는 학년 구분이 없어 모든 수준의 문항을 뽑습니다)`,
  },
  difficultyNotApplied: {
    en: (p, s) => `not applied: difficulty ${s.q(p.words)} (items carry no difficulty; every difficulty is drawn)`,
    ko: (p, s) => `적용 안 됨: 난이도 ${s.q(p.words)}(문항에 난이도 정보가 없어 모든 난이도를 뽑습니다)`,
  },
  taskNone: { en: () => 'task: not specified → all task types', ko: () => '과제 유형: 지정 없음 → 모든 과제 유형' },
  taskCue: {
    en: (p, s) => `task ${p.cues} → ${s.value(p.value)}`,
    ko: (p, s) => `과제 유형 ${p.cues} → ${s.value(p.value)}`,
  },
  taskSeveral: {
    en: (p, s) => `task: several task types named (${pairs(p.pairs, s)}) → all task types`,
    ko: (p, s) => `과제 유형: 여러 유형이 언급됨(${pairs(p.pairs, s)}) → 모든 과제 유형`,
  },
  taskExcluded: {
    en: (p, s) => `task: ${s.values(p.excluded)} excluded (${s.q(p.words)}) → ${s.value(p.value)}`,
    ko: (p, s) => `과제 유형: ${s.values(p.excluded)} 제외(${s.q(p.words)}) → ${s.value(p.value)}`,
  },
  taskExclusionNotApplied: {
    en: (p, s) => `not applied: excluding ${s.values(p.excluded)} (${s.q(p.words)}) — a plan has one task type or all`,
    ko: (p, s) => `적용 안 됨: ${s.values(p.excluded)} 제외(${s.q(p.words)}) — 계획은 과제 유형을 하나 또는 전부로만 정합니다`,
  },
  taskAll: { en: (p, s) => `task: ${s.part(p.note)} → all task types`, ko: (p, s) => `과제 유형: ${s.part(p.note)} → 모든 과제 유형` },
  languageWritten: {
    en: (p, s) => `language: query written in ${p.language}${p.both ? ' (both Korean and English named)' : ''}`,
    ko: (p, s) => `언어: 요청이 ${s.value(p.language)}로 작성됨${p.both ? '(한국어와 영어가 모두 언급됨)' : ''}`,
  },
  languageCue: { en: (p, s) => `language ${s.q(p.cue)} → ${p.language}`, ko: (p, s) => `언어 ${s.q(p.cue)} → ${s.value(p.language)}` },
  languageNot: { en: (p) => `language: not ${p.excluded} → ${p.language}`, ko: (p, s) => `언어: ${s.value(p.excluded)} 아님 → ${s.value(p.language)}` },
  targetCue: { en: (p, s) => `target ${s.q(p.cue)} → ${p.value}`, ko: (p, s) => `대상 ${s.q(p.cue)} → ${s.value(p.value)}` },
  targetKoreaTopic: {
    en: (p, s) => `target: Korea as topic (${s.q(p.cue)}) of ${s.subjects(p.subjects)} → Local`,
    ko: (p, s) => `대상: ${s.subjects(p.subjects)}의 주제가 한국(${s.q(p.cue)}) → ${s.value('Local')}`,
  },
  targetKoreanLanguage: {
    en: (p, s) => `target: Korean-language knowledge (${s.q(p.cue)}) → Local`,
    ko: (p, s) => `대상: 한국어 지식(${s.q(p.cue)}) → ${s.value('Local')}`,
  },
  targetBoth: {
    en: (p, s) => `target: both local and universal cues (${s.q(p.cue)}) → both`,
    ko: (p, s) => `대상: 지역 단서와 보편 단서가 모두 있음(${s.q(p.cue)}) → 둘 다`,
  },
  targetNone: { en: () => 'target: not specified → General and Local', ko: () => '대상: 지정 없음 → 일반과 지역 모두' },
  problemExcluded: {
    en: (p) => `problem type: ${joinList(p.excluded)} excluded → ${p.value}`,
    ko: (p, s) => `문제 형식: ${s.values(p.excluded)} 제외 → ${s.value(p.value)}`,
  },
  problemDefault: { en: (p) => `problem type: default ${p.value}`, ko: (p, s) => `문제 형식: 기본값 ${s.value(p.value)}` },
  problemCue: {
    en: (p, s) => `problem type ${s.q(p.cue)} → ${p.value}${listOf(p.named).length > 1 ? ` (first of ${joinList(p.named)})` : ''}`,
    ko: (p, s) => `문제 형식 ${s.q(p.cue)} → ${s.value(p.value)}${listOf(p.named).length > 1 ? `(${s.values(p.named)} 중 첫 번째)` : ''}`,
  },
  sampleDefault: {
    en: (p) => `sample size: default ${p.value}${p.fallback !== undefined ? ` (default ${p.fallback} clamped to ${p.value})` : ''}`,
    ko: (p) => `문항 수: 기본값 ${p.value}${p.fallback !== undefined ? `(기본값 ${p.fallback}을(를) ${p.value}(으)로 조정)` : ''}`,
  },
  sampleCue: { en: (p, s) => `sample size ${s.q(p.cue)} → ${p.value}`, ko: (p, s) => `문항 수 ${s.q(p.cue)} → ${p.value}` },
  sampleClamped: {
    en: (p, s) => `sample size ${s.q(p.cue)} → ${p.asked}, clamped to ${p.value} (allowed ${p.min}..${p.max})`,
    ko: (p, s) => `문항 수 ${s.q(p.cue)} → ${p.asked}, ${p.value}(으)로 조정(허용 범위 ${p.min}..${p.max})`,
  },
  toolsCue: {
    en: (p, s) => `external tools ${s.q(p.cue)} → ${p.on ? 'on' : 'off'}`,
    ko: (p, s) => `외부 도구 ${s.q(p.cue)} → ${p.on ? '사용' : '사용 안 함'}`,
  },
  toolsDefault: { en: () => 'external tools: off (default)', ko: () => '외부 도구: 사용 안 함(기본값)' },
  seedCaller: { en: (p) => `seed: ${p.seed} (caller)`, ko: (p) => `시드: ${p.seed}(호출자 지정)` },
  seedCue: { en: (p, s) => `seed ${s.q(p.cue)} → ${p.seed}`, ko: (p, s) => `시드 ${s.q(p.cue)} → ${p.seed}` },
  seedDefault: { en: (p) => `seed: default ${p.seed}`, ko: (p) => `시드: 기본값 ${p.seed}` },
  llmText: { en: (p) => String(p.text), ko: (p) => String(p.text) },
  llmNoRationale: { en: () => 'LLM planner (no rationale given)', ko: () => 'LLM 계획기(근거 없음)' },
  // Older plans kept the extras as English text (`text`); newer ones as parts (`notes`).
  llmExtras: {
    en: (p, s) => `(${p.text ?? partsOf(p.notes).map(s.part).join('; ')})`,
    ko: (p, s) => `(${p.text ?? partsOf(p.notes).map(s.part).join('; ')})`,
  },
  llmFilled: {
    en: (p) => `filled from the rules planner: ${joinList(p.fields)}`,
    ko: (p) => `규칙 계획기로 채운 항목: ${listOf(p.fields).map((f) => KOREAN_PLAN_FIELDS[f] ?? f).join(', ')}`,
  },
  llmExcluded: {
    en: (p) => `excluded subjects removed (${joinList(p.subjects)})`,
    ko: (p, s) => `제외한 과목을 뺐습니다(${s.subjects(p.subjects)})`,
  },
  llmSampleClamped: {
    en: (p) => `sampleSize ${p.asked} clamped to ${p.value} (allowed ${p.min}..${p.max})`,
    ko: (p) => `문항 수 ${p.asked}을(를) ${p.value}(으)로 조정(허용 범위 ${p.min}..${p.max})`,
  },
  llmFailed: {
    en: (p) => `LLM planner failed (${p.reason}); used the rules planner instead.`,
    ko: (p) => `LLM 계획기가 실패해(${p.reason}) 규칙 계획기를 대신 사용했습니다.`,
  },
  edited: {
    en: (p) => `Edited by the user before submitting.${p.suggested ? ' The planner had suggested:' : ''}`,
    ko: (p) => `제출 전에 사용자가 수정했습니다.${p.suggested ? ' 계획기가 제안한 내용:' : ''}`,
  },
  given: {
    en: (p, s) =>
      `Plan given with the request: ${[p.language, p.problemType, p.taskType ?? 'all task types', p.targetType ?? 'all targets', listOf(p.subjects).length ? listOf(p.subjects).join(', ') : 'all subjects', `${p.sampleSize} items, seed ${p.seed}`].join(', ')}.`,
    ko: (p, s) =>
      `요청과 함께 받은 계획: ${[s.value(p.language), s.value(p.problemType), p.taskType ? s.value(p.taskType) : '모든 과제 유형', p.targetType ? s.value(p.targetType) : '모든 대상', listOf(p.subjects).length ? s.subjects(p.subjects) : '모든 과목', `${p.sampleSize}문항, 시드 ${p.seed}`].join(', ')}.`,
  },
} satisfies Record<string, Record<RationaleLocale, Template>>;

export type RationaleKey = keyof typeof MESSAGES;
export const RATIONALE_KEYS = Object.keys(MESSAGES) as RationaleKey[];

/** Parts after which the next part follows with a space (a sentence), not "; ". */
const SENTENCES: readonly RationaleKey[] = ['edited', 'llmFailed', 'given'];

/** Plan fields in Korean (the LLM planner names the ones it left to the rules planner). */
const KOREAN_PLAN_FIELDS: Record<string, string> = {
  language: '언어',
  subjects: '과목',
  taskType: '과제 유형',
  targetType: '대상 유형',
  problemType: '문제 형식',
  sampleSize: '문항 수',
  externalToolUsage: '외부 도구 사용',
  confidence: '신뢰도',
};

function partsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
function joinList(value: unknown): string {
  return listOf(value).join(', ');
}
function pairs(value: unknown, s: Sayer): string {
  return (Array.isArray(value) ? value : []).map((pair) => (Array.isArray(pair) ? `${pair[0]} → ${s.value(pair[1])}` : '')).join('; ');
}

const quote = (text: unknown) => `"${String(text).trim().replace(/\s+/g, ' ')}"`;

/** A subject as said in `locale`: in Korean "과학 · 수학" for a fine category, "과학" for a coarse one. */
export function subjectName(subject: string, locale: RationaleLocale): string {
  return locale === 'ko' ? koreanSubject(subject) : subject;
}

/** A subject in Korean: "과학 · 수학" for a fine category, "과학" for a coarse one, as written when unknown. */
function koreanSubject(subject: string): string {
  const own = koreanNameOf(subject);
  if (own === null) return subject;
  const coarse = coarseOf(subject);
  const parent = coarse !== null && coarse !== subject ? koreanNameOf(coarse) : null;
  return parent !== null ? `${parent} · ${own}` : own;
}

function sayer(locale: RationaleLocale): Sayer {
  const subject = (value: unknown) => (locale === 'ko' ? koreanSubject(String(value)) : String(value));
  const value = (v: unknown) => (locale === 'ko' ? (KOREAN_PLAN_VALUES[String(v)] ?? String(v)) : String(v));
  const s: Sayer = {
    q: quote,
    subject,
    subjects: (list) => listOf(list).map(subject).join(', '),
    value,
    values: (list) => listOf(list).map(value).join(', '),
    part: (part) => (isPart(part) ? renderPart(part, locale) : ''),
  };
  return s;
}

function isPart(value: unknown): value is RationalePart {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(MESSAGES, (value as { key?: unknown }).key as string);
}

function renderPart(part: RationalePart, locale: RationaleLocale): string {
  const template: Template = MESSAGES[part.key][locale];
  return template(part.params ?? {}, sayer(locale));
}

/** The rationale in one language: parts joined with "; ", a sentence part followed by a space. */
export function renderRationale(parts: readonly RationalePart[], locale: RationaleLocale = 'en'): string {
  let out = '';
  parts.forEach((part, i) => {
    if (i > 0) out += SENTENCES.includes(parts[i - 1]!.key) ? ' ' : part.key === 'llmExtras' ? ' ' : '; ';
    out += renderPart(part, locale);
  });
  return out;
}

const MAX_PARTS = 200;
const MAX_TEXT = 4000;

/**
 * Rationale parts sent by a client (the parts it was shown, kept with the task): known keys, values that are
 * strings, numbers, lists of strings or nested parts, within size limits. null when anything else.
 */
export function parseRationaleParts(value: unknown): RationalePart[] | null {
  if (!Array.isArray(value) || value.length > MAX_PARTS) return null;
  const ok = (v: unknown, depth: number): boolean => {
    if (typeof v === 'string') return v.length <= MAX_TEXT;
    if (typeof v === 'number') return Number.isFinite(v);
    if (typeof v === 'boolean') return true;
    if (Array.isArray(v)) return v.length <= MAX_PARTS && v.every((x) => (typeof x === 'string' ? x.length <= MAX_TEXT : Array.isArray(x) ? x.every((y) => typeof y === 'string' && y.length <= MAX_TEXT) : depth < 2 && isValidPart(x, depth + 1)));
    return depth < 2 && isValidPart(v, depth + 1);
  };
  const isValidPart = (v: unknown, depth: number): boolean => {
    if (!isPart(v)) return false;
    const params = (v as { params?: unknown }).params;
    if (params === undefined) return true;
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
    return Object.values(params).every((x) => x === null || ok(x, depth));
  };
  return value.every((part) => isValidPart(part, 0)) ? (value as RationalePart[]) : null;
}

/** The rationale part of a structured plan note (the note's message is its English text). */
export function notePart(note: Pick<PlanNote, 'code' | 'words' | 'subjects'>): RationalePart {
  const { words, subjects } = note;
  switch (note.code) {
    case 'SCHOOL_LEVEL_NOT_APPLIED':
      return { key: 'schoolLevelNotApplied', params: { words } };
    case 'DIFFICULTY_NOT_APPLIED':
      return { key: 'difficultyNotApplied', params: { words } };
    case 'PROFESSION_APPROXIMATED':
      return { key: 'professionApproximated', params: { words, subjects } };
    case 'PROFESSION_NOT_APPLIED':
      return { key: 'professionNotApplied', params: { words } };
    case 'SUBJECTS_EXCLUDED':
      return { key: 'subjectsExcluded', params: { words, subjects } };
    case 'EXCLUSION_NOT_APPLIED':
      return subjects.length > 0 ? { key: 'subjectExclusionNotApplied', params: { words, subjects } } : { key: 'taskExclusionNotApplied', params: { words, excluded: [] } };
    case 'SUBJECT_SPELLING_CORRECTED':
      return { key: 'spellingCorrected', params: { words, meant: subjects[0] ?? '' } };
  }
}
