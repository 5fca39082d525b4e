/**
 * Subject words with typos ("mathmatics", "phsyics", "경재학", "프로그레밍"): words that no cue
 * matched are compared with a vocabulary of subject words by edit distance — letters for English
 * (Damerau: a swap of two neighbours is one edit), jamo for Korean (so "재"/"제" is one edit).
 *
 * Guards against reading ordinary words as subjects: English words must share the first letter
 * and be at least 5 letters (one edit up to 8 letters, two from 9); Korean words are compared only
 * with subject words of 3+ syllables (two-syllable words such as 역사 sit one jamo away from common
 * words such as 역시); words that are themselves common near-misses are listed and skipped.
 */
import type { SubjectCategory } from '../taxonomy';
import type { Match } from './match';

export interface FuzzyMatch extends Match {
  subject: SubjectCategory;
  /** The vocabulary word the typed word was read as. */
  meant: string;
}

const EN_VOCABULARY: Readonly<Record<string, SubjectCategory>> = {
  mathematics: 'Science/Math',
  algebra: 'Science/Math',
  geometry: 'Science/Math',
  calculus: 'Science/Math',
  arithmetic: 'Science/Math',
  trigonometry: 'Science/Math',
  probability: 'Science/Math',
  statistics: 'Science/Statistics',
  physics: 'Science/Physics',
  chemistry: 'Science/Chemistry',
  biology: 'Science/Biology',
  genetics: 'Science/Biology',
  astronomy: 'Science/Astronomy',
  geology: 'Science/Geology',
  meteorology: 'Science/Atmospheric Science',
  medicine: 'Science/Life Science',
  pharmacology: 'Science/Life Science',
  anatomy: 'Science/Life Science',
  history: 'HASS/History',
  geography: 'HASS/Geography',
  economics: 'HASS/Economics',
  finance: 'HASS/Economics',
  accounting: 'HASS/Economics',
  philosophy: 'HASS/Philosophy',
  psychology: 'HASS/Cognitive Studies',
  linguistics: 'HASS/Language',
  grammar: 'HASS/Language',
  vocabulary: 'HASS/Language',
  literature: 'HASS/Literature',
  politics: 'HASS/Politics',
  religion: 'HASS/Religion',
  theology: 'HASS/Religion',
  journalism: 'HASS/Media',
  education: 'HASS/Education',
  administration: 'HASS/Administration',
  welfare: 'HASS/Welfare',
  architecture: 'Art & Sports/Architecture',
  photography: 'Art & Sports/Photography',
  sculpture: 'Art & Sports/Sculpture',
  fashion: 'Art & Sports/Fashion',
  festivals: 'Art & Sports/Festivals',
  holidays: 'Culture/Celebration Holiday',
  clothing: 'Culture/Clothing',
  cuisine: 'Culture/Food',
  tradition: 'Culture/Tradition',
  folklore: 'Culture/Tradition',
  etiquette: 'Social Intelligence/Norms',
  commonsense: 'Social Intelligence/Commonsense',
  ethics: 'Social Intelligence/Value/Alignment',
  stereotypes: 'Social Intelligence/Bias',
  discrimination: 'Social Intelligence/Bias',
  programming: 'Tech./Coding',
  javascript: 'Tech./Coding',
  algorithms: 'Tech./Coding',
  software: 'Tech./IT',
  networking: 'Tech./IT',
  database: 'Tech./IT',
  cybersecurity: 'Tech./IT',
  aerospace: 'Tech./Aerospace Eng.',
  agriculture: 'Tech./Agricultural Eng.',
  biomedical: 'Tech./Biomedical Eng.',
  environmental: 'Tech./Environmental Eng.',
  electrical: 'Tech./Electrical Eng.',
  electronics: 'Tech./Electrical Eng.',
  semiconductors: 'Tech./Electrical Eng.',
  mechanical: 'Tech./Mechanics',
  robotics: 'Tech./Mechanics',
  engineering: 'Tech.',
  technology: 'Tech.',
  science: 'Science',
  humanities: 'HASS',
};

/** Real words one or two edits from a vocabulary word: never corrections. */
const EN_NEAR_MISSES = new Set(['fiance', 'fiancee', 'ethnics', 'ergonomics', 'transition', 'transitions', 'portability', 'clotting', 'generics', 'physic']);

const KO_VOCABULARY: Readonly<Record<string, SubjectCategory>> = {
  경제학: 'HASS/Economics',
  경영학: 'HASS/Economics',
  회계학: 'HASS/Economics',
  물리학: 'Science/Physics',
  생물학: 'Science/Biology',
  천문학: 'Science/Astronomy',
  지구과학: 'Science/Earth Science',
  지질학: 'Science/Geology',
  기상학: 'Science/Atmospheric Science',
  통계학: 'Science/Statistics',
  미적분: 'Science/Math',
  기하학: 'Science/Math',
  대수학: 'Science/Math',
  생명과학: 'Science/Life Science',
  간호학: 'Science/Life Science',
  지리학: 'HASS/Geography',
  심리학: 'HASS/Cognitive Studies',
  언어학: 'HASS/Language',
  정치학: 'HASS/Politics',
  행정학: 'HASS/Administration',
  교육학: 'HASS/Education',
  역사학: 'HASS/History',
  종교학: 'HASS/Religion',
  윤리학: 'HASS/Philosophy',
  건축학: 'Art & Sports/Architecture',
  인공지능: 'Tech./AI',
  프로그래밍: 'Tech./Coding',
  알고리즘: 'Tech./Coding',
  컴퓨터: 'Tech./IT',
  데이터베이스: 'Tech./IT',
  네트워크: 'Tech./IT',
  소프트웨어: 'Tech./IT',
  반도체: 'Tech./Electrical Eng.',
  전기공학: 'Tech./Electrical Eng.',
  기계공학: 'Tech./Mechanics',
  화학공학: 'Tech./Chemical Eng.',
  토목공학: 'Tech./Civil Eng.',
  원자력: 'Tech./Nuclear Eng.',
};

/** Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Hangul syllables split into initial, medial and (when present) final jamo indices. */
export function jamo(word: string): string[] {
  const out: string[] = [];
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < HANGUL_BASE || code > HANGUL_LAST) {
      out.push(ch);
      continue;
    }
    const offset = code - HANGUL_BASE;
    out.push(`i${Math.floor(offset / 588)}`, `m${Math.floor((offset % 588) / 28)}`);
    if (offset % 28 !== 0) out.push(`f${offset % 28}`);
  }
  return out;
}

const EN_THRESHOLD = (length: number) => (length < 5 ? 0 : length <= 8 ? 1 : 2);

function englishCandidates(text: string, covered: (start: number, end: number) => boolean): FuzzyMatch[] {
  const out: FuzzyMatch[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z])[A-Za-z]{5,}(?![A-Za-z])/g)) {
    const word = m[0].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end) || EN_NEAR_MISSES.has(word) || Object.hasOwn(EN_VOCABULARY, word)) continue;
    let best: { meant: string; distance: number } | null = null;
    for (const meant of Object.keys(EN_VOCABULARY)) {
      if (meant[0] !== word[0] || Math.abs(meant.length - word.length) > 2) continue;
      const distance = editDistance([...word], [...meant]);
      if (distance <= EN_THRESHOLD(Math.min(word.length, meant.length)) && (best === null || distance < best.distance)) best = { meant, distance };
    }
    if (best !== null) out.push({ start, end, text: m[0], subject: EN_VOCABULARY[best.meant]!, meant: best.meant });
  }
  return out;
}

function koreanCandidates(text: string, covered: (start: number, end: number) => boolean): FuzzyMatch[] {
  const out: FuzzyMatch[] = [];
  const vocabulary = Object.keys(KO_VOCABULARY).map((meant) => ({ meant, length: meant.length, jamo: jamo(meant) }));
  for (const m of text.matchAll(/[가-힣]{3,}/g)) {
    for (const v of vocabulary) {
      // Compare the word's beginning (particles follow Korean nouns: "경재학을").
      if (m[0].length < v.length) continue;
      const typed = m[0].slice(0, v.length);
      const start = m.index;
      const end = start + v.length;
      if (typed === v.meant || covered(start, end)) continue;
      if (typed[0] !== v.meant[0] && typed[1] !== v.meant[1]) continue;
      if (editDistance(jamo(typed), v.jamo) === 1) {
        out.push({ start, end, text: typed, subject: KO_VOCABULARY[v.meant]!, meant: v.meant });
        break;
      }
    }
  }
  return out;
}

/**
 * Misspelled subject words in `text` that no cue matched. `matched` are the cue matches already
 * found: a word overlapping any of them is not a candidate.
 */
export function findFuzzySubjects(text: string, matched: readonly Match[]): FuzzyMatch[] {
  const covered = (start: number, end: number) => matched.some((m) => m.start < end && start < m.end);
  return [...englishCandidates(text, covered), ...koreanCandidates(text, covered)].sort((a, b) => a.start - b.start);
}
