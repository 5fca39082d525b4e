/**
 * Tolerant normalizers from free-form strings (user edits, LLM output) to the canonical
 * BenchHub vocabularies. Every normalizer returns null for unknown input, never throws.
 */
import type { Language, ProblemType, TargetType, TaskType } from '../benchmark';
import {
  COARSE_CATEGORIES,
  COARSE_KO_NAMES,
  FINE_CATEGORIES,
  FINE_KO_NAMES,
  coarseOf,
  finesOf,
  fineNameOf,
  isCoarse,
  isFine,
  sortSubjects,
  type CoarseCategory,
  type FineCategory,
  type SubjectCategory,
} from './categories';

/** Canonical comparison key: case/width/spacing/punctuation-insensitive. */
function subjectKey(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/engineering/g, 'eng')
    .replace(/&/g, ' and ')
    .replace(/[·・]/g, ' and ')
    .replace(/\./g, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Extra spellings accepted for coarse categories (besides the canonical and Korean names),
 * including the lower-case coarse names of BenchHub's multilingual exports: "science",
 * "social&humanity" (HASS), "arts&sports", "culture", "tech" and "misc" (the authors file their
 * commonsense/norm/proverb items under Social Intelligence/misc).
 */
const COARSE_ALIASES: Readonly<Record<CoarseCategory, readonly string[]>> = {
  'Art & Sports': ['arts & sports', 'art and sport', 'arts and sport', 'art sports', 'arts', '예술', '예체능', '예술과 스포츠'],
  Culture: ['cultures', '문화'],
  HASS: [
    'humanities and social science',
    'humanities and social sciences',
    'humanities & social sciences',
    'humanities',
    'social and humanity',
    'social and humanities',
    'society and humanity',
    '인문사회',
    '인문 사회',
    '인문학',
  ],
  Science: ['sciences', '과학'],
  'Social Intelligence': ['social', 'misc', 'miscellaneous', '사회지능', '사회적 지능'],
  'Tech.': ['tech', 'technology', 'technologies', '기술', '공학', '기술 공학'],
};

/** Extra spellings accepted for the fine part of a category (modest, unambiguous synonyms). */
const FINE_ALIASES: Readonly<Partial<Record<FineCategory, readonly string[]>>> = {
  'Art & Sports/Festivals': ['festival'],
  'Art & Sports/Performing': ['performing arts', 'performing art'],
  'Art & Sports/Sports': ['sport'],
  'Culture/Celebration Holiday': ['celebration', 'holiday', 'holidays', 'celebrations and holidays', '명절'],
  'Culture/Daily Life': ['everyday life'],
  'Culture/Tradition': ['traditions'],
  'Culture/Work Life': ['worklife'],
  'HASS/Cognitive Studies': ['cognitive science', 'cognitive', 'psychology'],
  'Science/Math': ['mathematics', 'maths'],
  'Science/Statistics': ['stats'],
  'Social Intelligence/Commonsense': ['common sense'],
  'Social Intelligence/Norms': ['norm', 'social norms'],
  'Social Intelligence/Value/Alignment': ['value alignment', 'values/alignment', 'value and alignment', 'alignment'],
  'Tech./AI': ['artificial intelligence'],
  'Tech./Coding': ['programming', 'code'],
  'Tech./IT': ['information technology'],
  'Tech./Mechanics': ['mechanical eng'],
};

interface SubjectIndex {
  readonly map: ReadonlyMap<string, SubjectCategory>;
  readonly ambiguous: ReadonlySet<string>;
}

function buildIndex(): SubjectIndex {
  const map = new Map<string, SubjectCategory>();
  const ambiguous = new Set<string>();
  const add = (raw: string, value: SubjectCategory): void => {
    const k = subjectKey(raw);
    if (k === '' || ambiguous.has(k)) return;
    const prev = map.get(k);
    if (prev !== undefined && prev !== value) {
      map.delete(k);
      ambiguous.add(k);
      return;
    }
    map.set(k, value);
  };
  // Canonical names first so that they can never be shadowed by an alias.
  for (const c of COARSE_CATEGORIES) add(c, c);
  for (const f of FINE_CATEGORIES) add(f, f);
  for (const c of COARSE_CATEGORIES) {
    add(COARSE_KO_NAMES[c], c);
    for (const alias of COARSE_ALIASES[c]) add(alias, c);
  }
  for (const f of FINE_CATEGORIES) {
    const coarse = coarseOf(f);
    if (coarse === null) continue;
    const coarseNames = [coarse, COARSE_KO_NAMES[coarse], ...COARSE_ALIASES[coarse]];
    const fineNames = [fineNameOf(f), FINE_KO_NAMES[f], ...(FINE_ALIASES[f] ?? [])];
    for (const cn of coarseNames) for (const fn of fineNames) add(`${cn}/${fn}`, f);
    // A bare fine name resolves only when it is unambiguous across the taxonomy.
    for (const fn of fineNames) add(fn, f);
  }
  return { map, ambiguous };
}

const INDEX = buildIndex();

/**
 * Canonical subject for a loosely written category, or null when unknown or ambiguous.
 * Case/spacing tolerant: "science/math", "Math", "수학" → "Science/Math";
 * "Tech/Coding", "Technology / Coding" → "Tech./Coding"; "HASS" → "HASS".
 * A fine name under the wrong coarse ("HASS/Math") is rejected.
 */
export function normalizeSubject(input: unknown): SubjectCategory | null {
  if (typeof input !== 'string') return null;
  if (isCoarse(input) || isFine(input)) return input;
  const k = subjectKey(input);
  if (k === '') return null;
  return INDEX.map.get(k) ?? null;
}

/**
 * Expands subjects to the fine categories they cover (a coarse category expands to all of
 * its fines). Accepts loose spellings; unknown entries are ignored. Result is deduplicated and
 * in taxonomy order.
 */
export function expandSubjects(subjects: readonly string[]): FineCategory[] {
  const out = new Set<FineCategory>();
  for (const s of subjects) {
    const n = normalizeSubject(s);
    if (n === null) continue;
    if (isCoarse(n)) for (const f of finesOf(n)) out.add(f);
    else out.add(n);
  }
  return sortSubjects([...out]);
}

/** Key for small closed vocabularies: lowercase, separators collapsed to single spaces. */
function vocabKey(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

function lookup<T>(table: Readonly<Record<string, T>>, input: unknown): T | null {
  if (typeof input !== 'string') return null;
  const k = vocabKey(input);
  return Object.prototype.hasOwnProperty.call(table, k) ? (table[k] ?? null) : null;
}

const TASK_TYPE_TABLE: Readonly<Record<string, TaskType>> = {
  knowledge: 'Knowledge',
  know: 'Knowledge',
  지식: 'Knowledge',
  reasoning: 'Reasoning',
  reason: 'Reasoning',
  추론: 'Reasoning',
  'value/alignment': 'Value/Alignment',
  'value alignment': 'Value/Alignment',
  'value and alignment': 'Value/Alignment',
  'value & alignment': 'Value/Alignment',
  'values/alignment': 'Value/Alignment',
  value: 'Value/Alignment',
  values: 'Value/Alignment',
  alignment: 'Value/Alignment',
  가치: 'Value/Alignment',
  정렬: 'Value/Alignment',
  '가치/정렬': 'Value/Alignment',
  '가치 정렬': 'Value/Alignment',
};

/** "knowledge" → Knowledge, "reasoning" → Reasoning, "value"/"alignment"/"Value/alignment" → Value/Alignment. */
export function normalizeTaskType(input: unknown): TaskType | null {
  return lookup(TASK_TYPE_TABLE, input);
}

const TARGET_TYPE_TABLE: Readonly<Record<string, TargetType>> = {
  general: 'General',
  global: 'General',
  universal: 'General',
  일반: 'General',
  보편: 'General',
  글로벌: 'General',
  local: 'Local',
  regional: 'Local',
  'culture specific': 'Local',
  // The BenchHub authors' loader treats "cultural" as local.
  cultural: 'Local',
  culture: 'Local',
  'region specific': 'Local',
  'korea specific': 'Local',
  지역: 'Local',
  로컬: 'Local',
  현지: 'Local',
};

/** "general"/"global"/"universal" → General; "local"/"regional"/"culture-specific"/"Cultural" → Local. */
export function normalizeTargetType(input: unknown): TargetType | null {
  return lookup(TARGET_TYPE_TABLE, input);
}

const PROBLEM_TYPE_TABLE: Readonly<Record<string, ProblemType>> = {
  mcqa: 'MCQA',
  mcq: 'MCQA',
  'multiple choice': 'MCQA',
  multiplechoice: 'MCQA',
  'multiple choice question': 'MCQA',
  'multiple choice questions': 'MCQA',
  객관식: 'MCQA',
  선다형: 'MCQA',
  binary: 'Binary',
  'true/false': 'Binary',
  'true false': 'Binary',
  'true or false': 'Binary',
  't/f': 'Binary',
  'yes/no': 'Binary',
  'yes no': 'Binary',
  boolean: 'Binary',
  ox: 'Binary',
  'o/x': 'Binary',
  참거짓: 'Binary',
  '참/거짓': 'Binary',
  '참 거짓': 'Binary',
  '예/아니오': 'Binary',
  'short form': 'short-form',
  shortform: 'short-form',
  'short answer': 'short-form',
  단답: 'short-form',
  단답형: 'short-form',
  단답식: 'short-form',
  주관식: 'short-form',
  'open ended': 'open-ended',
  openended: 'open-ended',
  open: 'open-ended',
  'free form': 'open-ended',
  freeform: 'open-ended',
  'long form': 'open-ended',
  essay: 'open-ended',
  서술형: 'open-ended',
  논술형: 'open-ended',
  개방형: 'open-ended',
};

/** "mcqa"/"multiple choice" → MCQA, "true/false"/"OX" → Binary, "short_form" → short-form, "open ended" → open-ended. */
export function normalizeProblemType(input: unknown): ProblemType | null {
  return lookup(PROBLEM_TYPE_TABLE, input);
}

const LANGUAGE_TABLE: Readonly<Record<string, Language>> = {
  ko: 'Korean',
  kor: 'Korean',
  kr: 'Korean',
  'ko kr': 'Korean',
  korean: 'Korean',
  한국어: 'Korean',
  한글: 'Korean',
  en: 'English',
  eng: 'English',
  'en us': 'English',
  'en gb': 'English',
  english: 'English',
  영어: 'English',
};

/** "ko"/"kor"/"korean"/"한국어" → Korean; "en"/"english"/"영어" → English. */
export function normalizeLanguage(input: unknown): Language | null {
  return lookup(LANGUAGE_TABLE, input);
}
