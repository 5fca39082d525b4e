/**
 * The BenchHub subject taxonomy as data.
 *
 * Six coarse categories and 63 fine categories written "Coarse/Fine". The fine list is the
 * BenchHub Plus leaderboard seed (it matches the curated, non-"misc" part of HAE-RAE
 * BenchhubPlus `apps/core/categories.py`). Note that "Social Intelligence/Value/Alignment"
 * contains two slashes: the coarse part is everything before the FIRST slash.
 */

export const COARSE_CATEGORIES = [
  'Art & Sports',
  'Culture',
  'HASS',
  'Science',
  'Social Intelligence',
  'Tech.',
] as const;
export type CoarseCategory = (typeof COARSE_CATEGORIES)[number];

export const FINE_CATEGORIES = [
  'Art & Sports/Architecture',
  'Art & Sports/Fashion',
  'Art & Sports/Festivals',
  'Art & Sports/Music',
  'Art & Sports/Painting',
  'Art & Sports/Performing',
  'Art & Sports/Photography',
  'Art & Sports/Sculpture',
  'Art & Sports/Sports',
  'Culture/Celebration Holiday',
  'Culture/Clothing',
  'Culture/Daily Life',
  'Culture/Family',
  'Culture/Food',
  'Culture/Housing',
  'Culture/Leisure',
  'Culture/Tradition',
  'Culture/Work Life',
  'HASS/Administration',
  'HASS/Cognitive Studies',
  'HASS/Economics',
  'HASS/Education',
  'HASS/Geography',
  'HASS/History',
  'HASS/Language',
  'HASS/Law',
  'HASS/Literature',
  'HASS/Media',
  'HASS/Philosophy',
  'HASS/Politics',
  'HASS/Religion',
  'HASS/Trade',
  'HASS/Welfare',
  'Science/Astronomy',
  'Science/Atmospheric Science',
  'Science/Biology',
  'Science/Chemistry',
  'Science/Earth Science',
  'Science/Geology',
  'Science/Life Science',
  'Science/Math',
  'Science/Physics',
  'Science/Statistics',
  'Social Intelligence/Bias',
  'Social Intelligence/Commonsense',
  'Social Intelligence/Norms',
  'Social Intelligence/Value/Alignment',
  'Tech./AI',
  'Tech./Aerospace Eng.',
  'Tech./Agricultural Eng.',
  'Tech./Biomedical Eng.',
  'Tech./Chemical Eng.',
  'Tech./Civil Eng.',
  'Tech./Coding',
  'Tech./Electrical Eng.',
  'Tech./Energy',
  'Tech./Environmental Eng.',
  'Tech./IT',
  'Tech./Marine Eng.',
  'Tech./Materials Eng.',
  'Tech./Mechanics',
  'Tech./Nuclear Eng.',
  'Tech./Urban Eng.',
] as const;
export type FineCategory = (typeof FINE_CATEGORIES)[number];

/** A canonical subject: a coarse category or a "Coarse/Fine" category. */
export type SubjectCategory = CoarseCategory | FineCategory;

/** Korean display names for coarse categories. */
export const COARSE_KO_NAMES: Readonly<Record<CoarseCategory, string>> = {
  'Art & Sports': '예술·스포츠',
  Culture: '문화',
  HASS: '인문·사회',
  Science: '과학',
  'Social Intelligence': '사회 지능',
  'Tech.': '기술·공학',
};

/** Korean display names for fine categories. */
export const FINE_KO_NAMES: Readonly<Record<FineCategory, string>> = {
  'Art & Sports/Architecture': '건축',
  'Art & Sports/Fashion': '패션',
  'Art & Sports/Festivals': '축제',
  'Art & Sports/Music': '음악',
  'Art & Sports/Painting': '회화·미술',
  'Art & Sports/Performing': '공연 예술',
  'Art & Sports/Photography': '사진',
  'Art & Sports/Sculpture': '조각',
  'Art & Sports/Sports': '스포츠',
  'Culture/Celebration Holiday': '명절·기념일',
  'Culture/Clothing': '의복',
  'Culture/Daily Life': '일상생활',
  'Culture/Family': '가족',
  'Culture/Food': '음식',
  'Culture/Housing': '주거',
  'Culture/Leisure': '여가',
  'Culture/Tradition': '전통',
  'Culture/Work Life': '직장 생활',
  'HASS/Administration': '행정',
  'HASS/Cognitive Studies': '인지과학·심리',
  'HASS/Economics': '경제',
  'HASS/Education': '교육',
  'HASS/Geography': '지리',
  'HASS/History': '역사',
  'HASS/Language': '언어',
  'HASS/Law': '법',
  'HASS/Literature': '문학',
  'HASS/Media': '미디어',
  'HASS/Philosophy': '철학',
  'HASS/Politics': '정치',
  'HASS/Religion': '종교',
  'HASS/Trade': '무역',
  'HASS/Welfare': '복지',
  'Science/Astronomy': '천문학',
  'Science/Atmospheric Science': '대기과학',
  'Science/Biology': '생물학',
  'Science/Chemistry': '화학',
  'Science/Earth Science': '지구과학',
  'Science/Geology': '지질학',
  'Science/Life Science': '생명과학',
  'Science/Math': '수학',
  'Science/Physics': '물리학',
  'Science/Statistics': '통계학',
  'Social Intelligence/Bias': '편향',
  'Social Intelligence/Commonsense': '상식',
  'Social Intelligence/Norms': '사회 규범',
  'Social Intelligence/Value/Alignment': '가치·정렬',
  'Tech./AI': '인공지능',
  'Tech./Aerospace Eng.': '항공우주공학',
  'Tech./Agricultural Eng.': '농업공학',
  'Tech./Biomedical Eng.': '의공학',
  'Tech./Chemical Eng.': '화학공학',
  'Tech./Civil Eng.': '토목공학',
  'Tech./Coding': '코딩',
  'Tech./Electrical Eng.': '전기·전자공학',
  'Tech./Energy': '에너지',
  'Tech./Environmental Eng.': '환경공학',
  'Tech./IT': '정보기술',
  'Tech./Marine Eng.': '해양·조선공학',
  'Tech./Materials Eng.': '재료공학',
  'Tech./Mechanics': '기계공학',
  'Tech./Nuclear Eng.': '원자력공학',
  'Tech./Urban Eng.': '도시공학',
};

const COARSE_SET: ReadonlySet<string> = new Set(COARSE_CATEGORIES);
const FINE_SET: ReadonlySet<string> = new Set(FINE_CATEGORIES);

/** True when `value` is exactly a canonical coarse category. */
export function isCoarse(value: unknown): value is CoarseCategory {
  return typeof value === 'string' && COARSE_SET.has(value);
}

/** True when `value` is exactly a canonical "Coarse/Fine" category. */
export function isFine(value: unknown): value is FineCategory {
  return typeof value === 'string' && FINE_SET.has(value);
}

/** True when `value` is exactly a canonical coarse or fine category. */
export function isSubjectCategory(value: unknown): value is SubjectCategory {
  return isCoarse(value) || isFine(value);
}

/**
 * The coarse category of a canonical subject ("Science/Math" → "Science",
 * "Science" → "Science"). Splits on the first slash only. Returns null for unknown input.
 */
export function coarseOf(subject: string): CoarseCategory | null {
  if (isCoarse(subject)) return subject;
  if (!isFine(subject)) return null;
  const slash = subject.indexOf('/');
  const coarse = subject.slice(0, slash);
  return isCoarse(coarse) ? coarse : null;
}

/** The part after the first slash ("Social Intelligence/Value/Alignment" → "Value/Alignment"). */
export function fineNameOf(fine: FineCategory): string {
  return fine.slice(fine.indexOf('/') + 1);
}

/** Fine categories under a coarse category, in taxonomy order. */
export function finesOf(coarse: CoarseCategory): FineCategory[] {
  return FINE_CATEGORIES.filter((f) => f.startsWith(`${coarse}/`));
}

/** Korean display name of a canonical subject, or null when unknown. */
export function koreanNameOf(subject: string): string | null {
  if (isCoarse(subject)) return COARSE_KO_NAMES[subject];
  if (isFine(subject)) return FINE_KO_NAMES[subject];
  return null;
}

/** Position of a canonical subject in taxonomy order (coarse before its fines); -1 if unknown. */
export function subjectOrder(subject: string): number {
  const coarse = coarseOf(subject);
  if (coarse === null) return -1;
  const ci = COARSE_CATEGORIES.indexOf(coarse);
  const fi = isFine(subject) ? FINE_CATEGORIES.indexOf(subject) + 1 : 0;
  return ci * 1000 + fi;
}

/** Sorts canonical subjects into taxonomy order (unknown strings last, stable). */
export function sortSubjects<T extends string>(subjects: readonly T[]): T[] {
  const rank = (s: string): number => {
    const o = subjectOrder(s);
    return o < 0 ? Number.MAX_SAFE_INTEGER : o;
  };
  return [...subjects].sort((a, b) => rank(a) - rank(b));
}
