/**
 * The BenchHub subject taxonomy, for the subject picker (a UI copy of core/src/taxonomy/categories.ts:
 * six coarse categories and their "Coarse/Fine" subcategories, with Korean display names).
 * The server validates subjects; unknown ones are rejected there with a ValidationError.
 */

export const COARSE_SUBJECTS = [
  'Art & Sports',
  'Culture',
  'HASS',
  'Science',
  'Social Intelligence',
  'Tech.',
] as const;

export const FINE_SUBJECTS = [
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

const KO_NAMES: Readonly<Record<string, string>> = {
  'Art & Sports': '예술·스포츠',
  Culture: '문화',
  HASS: '인문·사회',
  Science: '과학',
  'Social Intelligence': '사회 지능',
  'Tech.': '기술·공학',

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

/** The coarse part of a subject (everything before the FIRST slash). */
export function coarseOf(subject: string): string {
  const slash = subject.indexOf('/');
  return slash < 0 ? subject : subject.slice(0, slash);
}

/** Display label: English keeps the canonical name; Korean uses the Korean name when known. */
export function subjectLabel(subject: string, locale: 'en' | 'ko'): string {
  if (locale === 'ko') {
    const ko = KO_NAMES[subject];
    if (ko) return subject.includes('/') ? `${KO_NAMES[coarseOf(subject)] ?? coarseOf(subject)} · ${ko}` : ko;
  }
  return subject;
}

/** Every selectable subject grouped by coarse category, in taxonomy order. */
export function subjectGroups(): { coarse: string; subjects: string[] }[] {
  return COARSE_SUBJECTS.map((coarse) => ({
    coarse,
    subjects: [coarse, ...FINE_SUBJECTS.filter((fine) => fine.startsWith(`${coarse}/`))],
  }));
}
