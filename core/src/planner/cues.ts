/**
 * Cue tables for the rules planner (Korean and English).
 *
 * English cues are matched case-insensitively with word boundaries (a space in a cue matches
 * any run of spaces/hyphens). Korean cues are matched as substrings (a space in a cue matches
 * optional whitespace, since Korean spacing varies); they are chosen to avoid common
 * collisions (e.g. 법 inside 방법/문법, 조선 = Joseon dynasty, 환경 = "environment" in the
 * computing sense, 회화 = conversation, 핵심 = "key", 가정 = "assumption").
 */
import type { ProblemType, TaskType } from '../benchmark';
import type { SubjectCategory } from '../taxonomy';

/** English word-bounded, case-insensitive patterns. */
export function en(...sources: string[]): RegExp[] {
  return sources.map(
    (s) =>
      new RegExp(
        `(?<![A-Za-z0-9])(?:${s.replace(/ \?/g, '[\\s-]*').replace(/ /g, '[\\s-]+')})(?![A-Za-z0-9])`,
        'gi',
      ),
  );
}

/** Korean substring patterns (a space means optional whitespace). */
export function ko(...sources: string[]): RegExp[] {
  return sources.map((s) => new RegExp(s.replace(/ \?/g, '\\s*').replace(/ /g, '\\s*'), 'gi'));
}

/** Case-sensitive raw patterns (e.g. "IT", "OX"). */
export function cs(...sources: string[]): RegExp[] {
  return sources.map((s) => new RegExp(s, 'g'));
}

/**
 * How a cue participates in subject resolution:
 * - 'strong': always counts.
 * - 'modifier': "traditional"/"전통" — counts only when it does not directly modify another
 *   subject ("전통 명절" → Celebration Holiday only).
 * - 'commonsense': 상식 — counts as Commonsense unless it means trivia about another subject
 *   ("스포츠 상식" → Sports + Knowledge).
 * - 'weakCoarse': "culture"/"문화"/"기술" — a coarse category that is dropped when a fine of the
 *   same coarse is present ("음식 문화" → Culture/Food).
 * - 'fallback': counts only when no other subject is named ("teacher" → Education, but "math
 *   teacher" → Math).
 */
export type CueStrength = 'strong' | 'modifier' | 'commonsense' | 'weakCoarse' | 'fallback';

/** How well a profession maps onto the taxonomy (see professions.ts). */
export type ProfessionFit = 'close' | 'loose';

export interface SubjectCue {
  /** null = a masking-only phrase (e.g. "일반 상식" is general knowledge, not Commonsense). */
  subject: SubjectCategory | null;
  /** Further subjects named by the same cue ("STEM" → Science and Tech.). */
  also?: readonly SubjectCategory[];
  patterns: RegExp[];
  strength?: CueStrength;
  /** Set on profession cues: the profession and how well its subjects express it. */
  profession?: { label: string; fit: ProfessionFit };
}

/** Korean-history cues (subject HASS/History, target Local). 조선 alone is avoided (shipbuilding). */
const KOREAN_HISTORY: readonly string[] = [
  '조선 (?:시대|왕조|왕실|전기|중기|후기|초기|말기|역사)',
  '고려 (?:시대|왕조|역사)',
  '삼국 시대',
  '통일 신라',
  '삼국사기',
  '삼국유사',
  '일제 강점기',
  '독립 운동',
  '임진왜란',
  '한국 전쟁',
  '6\\.25 전쟁',
];

export const SUBJECT_CUES: readonly SubjectCue[] = [
  // ------------------------------------------------------------ Art & Sports
  {
    subject: 'Art & Sports/Architecture',
    patterns: [...en('(?<!(?:model|transformer|network|neural|system|software|computer)\\s)architecture', 'architectural', 'architects?'), ...ko('건축(?!\\s*공학)', '건축물', '건축가')],
  },
  { subject: 'Art & Sports/Fashion', patterns: [...en('fashion', 'fashion design'), ...ko('패션', '의류 디자인')] },
  { subject: 'Art & Sports/Festivals', patterns: [...en('festivals?'), ...ko('축제', '페스티벌')] },
  {
    subject: 'Art & Sports/Music',
    patterns: [
      ...en('music', 'musical instruments?', 'songs?', 'k pop', 'kpop', 'composers?', 'musicians?', 'classical music'),
      ...ko('음악', '가요', '노래', '작곡', '악기', '국악', '케이팝', 'k-?pop'),
    ],
  },
  {
    subject: 'Art & Sports/Painting',
    patterns: [
      ...en('paintings?', 'painters?', 'visual arts?', 'fine arts?', 'drawings?'),
      ...ko('미술', '그림', '화가', '유화', '수채화', '동양화', '서양화'),
    ],
  },
  {
    subject: 'Art & Sports/Performing',
    patterns: [
      ...en('performing arts?', 'theat(?:er|re)', 'dance', 'dancing', 'opera', 'musicals', 'ballet', 'pansori'),
      ...ko('공연 예술', '공연', '연극', '무용', '뮤지컬', '오페라', '발레', '판소리', '춤'),
    ],
  },
  {
    subject: 'Art & Sports/Photography',
    patterns: [...en('photography', 'photographs?', 'photos?', 'photographers?'), ...ko('사진')],
  },
  {
    subject: 'Art & Sports/Sculpture',
    patterns: [...en('sculptures?', 'sculptors?', 'statues?'), ...ko('조각가', '조각상', '조각 작품', '조각품', '조소', '조각(?=과|와|,|\\s*및)')],
  },
  {
    subject: 'Art & Sports/Sports',
    patterns: [
      ...en('sports?', 'athletics', 'athletes?', 'football', 'soccer', 'baseball', 'basketball', 'olympics?', 'tennis', 'golf', 'e ?sports'),
      ...ko('스포츠', '체육', '야구', '축구', '농구', '배구', '올림픽', '운동선수', '운동 경기'),
    ],
  },
  { subject: 'Art & Sports', patterns: [...en('(?<!-)arts?(?!-)', 'arts? (?:and|&) sports?', 'arts?&sports?'), ...ko('예술', '예체능')] },

  // ------------------------------------------------------------ Culture
  {
    subject: 'Culture/Celebration Holiday',
    patterns: [
      ...en('holidays?', 'celebrations?', 'chuseok', 'seollal', 'lunar new year', 'thanksgiving', 'christmas', 'anniversar(?:y|ies)'),
      ...ko('명절', '추석', '설날', '한가위', '기념일', '공휴일', '휴일', '어린이날', '크리스마스', '정월 대보름', '돌잔치', '환갑'),
    ],
  },
  {
    subject: 'Culture/Clothing',
    patterns: [...en('clothing', 'clothes', 'garments?', 'attire', 'hanbok', 'costumes?'), ...ko('의복', '의상', '한복', '복식', '의류(?!\\s*디자인)', '옷')],
  },
  {
    subject: 'Culture/Daily Life',
    patterns: [...en('daily life', 'everyday life', 'day to day life', 'lifestyles?'), ...ko('일상', '생활 문화', '생활상')],
  },
  {
    subject: 'Culture/Family',
    patterns: [...en('(?<!model\\s)famil(?:y|ies)(?![\\s-]+of[\\s-]+(?:models?|llms?))', 'kinship', 'marriage', 'weddings?', 'parenting'), ...ko('가족', '가정 문화', '가정생활', '친족', '결혼', '혼례', '호칭')],
  },
  {
    subject: 'Culture/Food',
    patterns: [
      ...en('food', 'foods', 'cuisines?', 'dish(?:es)?', 'cooking', 'recipes?', 'kimchi', 'culinary', 'dining'),
      ...ko('음식', '요리', '한식', '김치', '식문화', '먹거리', '식사 예절', '전통 음식'),
    ],
  },
  {
    subject: 'Culture/Housing',
    patterns: [...en('housing', '(?<!in-)houses?', 'hanok', 'dwellings?', 'residential', 'apartments?'), ...ko('주거', '주택', '한옥', '아파트')],
  },
  {
    subject: 'Culture/Leisure',
    patterns: [...en('leisure', 'hobb(?:y|ies)', 'recreation', 'pastimes?'), ...ko('여가', '취미', '레저', '놀이')],
  },
  {
    subject: 'Culture/Tradition',
    patterns: [
      ...en('traditions', 'tradition', 'customs', 'folk', 'folklore', 'heritage', 'rituals?', 'ancestral rites', 'traditional culture'),
      ...ko('풍습', '관습', '민속', '민속 놀이', '전통 놀이', '풍속', '세시 풍속', '제사', '관혼상제', '장례', '상례', '차례상', '문화유산', '문화재', '전통 문화', '전통(?=과|와|을|를|이|에|,|\\s*및)'),
    ],
  },
  { subject: 'Culture/Tradition', patterns: [...en('traditional'), ...ko('전통')], strength: 'modifier' },
  {
    subject: 'Culture/Work Life',
    patterns: [
      ...en('work life', 'work-life', 'workplaces?', 'office culture', 'corporate culture', 'company culture', 'working life'),
      ...ko('직장', '회사 생활', '회식', '조직 문화', '근무 문화'),
    ],
  },
  { subject: 'Culture', patterns: [...en('cultures?', 'cultural', 'culturally'), ...ko('문화')], strength: 'weakCoarse' },

  // ------------------------------------------------------------ HASS
  {
    subject: 'HASS/Administration',
    patterns: [...en('public administration', 'administration', 'bureaucracy', 'civil service'), ...ko('행정', '공무원')],
  },
  {
    subject: 'HASS/Cognitive Studies',
    patterns: [
      ...en('cognitive science', 'cognitive studies', 'cognitive psychology', 'cognition', 'psychology', 'psychological', 'neuroscience'),
      ...ko('심리', '인지 과학', '인지 심리'),
    ],
  },
  {
    subject: 'HASS/Economics',
    patterns: [
      ...en('economics', 'economic', 'economy', 'finance', 'financial', 'accounting', 'business (?:administration|studies|management|knowledge|law)', 'marketing', 'stocks?', 'investments?', 'investing'),
      ...ko('경제', '금융', '경영', '재무', '회계', '마케팅', '주식', '투자'),
    ],
  },
  { subject: 'HASS/Education', patterns: [...en('education', 'educational', 'pedagogy', 'teaching'), ...ko('교육', '교수법')] },
  { subject: 'HASS/Geography', patterns: [...en('geography', 'geographic', 'geographical'), ...ko('지리')] },
  {
    subject: 'HASS/History',
    patterns: [...en('history', 'historical', 'histories'), ...ko(
        '역사',
        '한국사',
        '국사',
        '세계사',
        '동양사',
        '서양사',
        '근현대사',
        '(?<=정치|경제|문화|사회|미술|음악|과학|문학|철학|종교|외교|전쟁|근대|현대|고대|중세)사(?=\\s|$|에|의|를|을|은|는|와|과|,|\\.|적)',
        ...KOREAN_HISTORY,
      )],
  },
  {
    subject: 'HASS/Language',
    patterns: [
      ...en(
        'linguistics',
        'linguistic',
        'grammar',
        'grammatical',
        'vocabulary',
        'spelling',
        'idioms?',
        'proverbs?',
        'honorifics',
        'language proficiency',
        'language skills?',
        'language abilit(?:y|ies)',
        'reading comprehension',
        '(?:english|korean) reading',
        'slang',
        'neologisms?',
      ),
      ...ko('언어학', '문법', '맞춤법', '어휘', '(?<![가-힣])국어', '속담', '사자성어', '관용어', '관용 표현', '존댓말', '높임말', '경어', '한국어 능력', '언어 능력', '독해', '신조어', '줄임말', '은어', '수능 (?:영어|국어)'),
    ],
  },
  {
    subject: 'HASS/Law',
    patterns: [
      ...en('law', 'laws', 'legal', 'statutes?', 'constitution(?:al)?', 'courts?', 'jurisprudence'),
      ...ko(
        '(?<![가-힣])법(?=률|학|령|규|조|원|적|과|을|이|에|\\s|$)',
        '(?:노동|근로 기준|세|조세|행정|국제|저작권|개인 정보(?: 보호)?|특허|상표|소송|가족|형사|민사|지방 자치|공정 거래|부동산|도로 교통|의료|환경|선거|병역|국적|출입국|금융|보험|회사|정보 통신망|교육 기본|근로자|노동 조합)법',
        '법률',
        '법학',
        '헌법',
        '민법',
        '형법',
        '상법',
        '판례',
        '법령',
        '법조문',
        '사법',
      ),
    ],
  },
  {
    subject: 'HASS/Literature',
    patterns: [
      ...en('literature', 'literary', 'novels?', 'poetry', 'poems?', 'fiction'),
      ...ko('문학', '소설', '시조', '수필', '현대시', '고전 시가', '시인'),
    ],
  },
  {
    subject: 'HASS/Media',
    patterns: [
      ...en('media', 'journalism', 'news', 'broadcasting', 'films?', 'movies?', 'cinema', 'tv', 'television', 'k drama', 'dramas'),
      ...ko('미디어', '언론', '방송', '신문', '뉴스', '영화', '드라마', '저널리즘'),
    ],
  },
  {
    subject: 'HASS/Philosophy',
    patterns: [...en('philosophy', 'philosophical', 'metaphysics', 'epistemology', 'moral philosophy'), ...ko('철학', '윤리학', '사상가')],
  },
  {
    subject: 'HASS/Politics',
    patterns: [
      ...en('politics', 'political', 'political science', 'elections?', 'government', 'diplomacy', 'international relations', 'civics'),
      ...ko('정치', '선거', '정부', '국회', '외교'),
    ],
  },
  {
    subject: 'HASS/Religion',
    patterns: [
      ...en('religions?', 'religious', 'buddhism', 'christianity', 'confucian(?:ism)?', 'theology', 'bible', 'islam'),
      ...ko('종교', '불교', '기독교', '유교', '천주교', '신학', '성경'),
    ],
  },
  {
    subject: 'HASS/Trade',
    patterns: [...en('trade(?![\\s-]*offs?)', 'international trade', 'tariffs?', 'commerce', 'exports?'), ...ko('무역', '수출', '관세', '통상(?!적)')],
  },
  {
    subject: 'HASS/Welfare',
    patterns: [...en('welfare', 'social welfare', 'social security', 'pensions?'), ...ko('복지', '연금', '사회 보장')],
  },
  {
    subject: 'HASS',
    patterns: [
      ...en('hass', 'humanities', 'social sciences?', 'social studies', 'humanities and social sciences?'),
      ...ko('인문', '사회 과학', '사회 탐구', '사탐', '사회 과목'),
    ],
  },

  // ------------------------------------------------------------ Science
  {
    subject: 'Science/Astronomy',
    patterns: [
      ...en('astronomy', 'astrophysics', 'cosmology', 'planets?', 'solar system', 'galax(?:y|ies)', 'astronomical'),
      ...ko('천문', '(?<!항공\\s?)우주(?!\\s*(?:항공|공학|선))', '행성', '별자리', '은하', '태양계'),
    ],
  },
  {
    subject: 'Science/Atmospheric Science',
    patterns: [...en('atmospheric science', 'atmospheric', 'meteorology', 'weather', 'climate'), ...ko('대기 과학', '대기권', '기상', '날씨', '기후')],
  },
  {
    subject: 'Science/Biology',
    patterns: [
      ...en('biology', 'biological', 'genetics', 'genes?', 'evolution', 'ecology', 'zoology', 'botany', 'microbiology', 'marine biology', 'cell biology'),
      ...ko('생물', '유전', '세포', '진화', '생태'),
    ],
  },
  {
    subject: 'Science/Chemistry',
    patterns: [...en('chemistry', 'chemical', 'chemicals', 'chemical reactions?', 'organic chemistry'), ...ko('화학(?!\\s*공학)')],
  },
  {
    subject: 'Science/Earth Science',
    patterns: [...en('earth sciences?', 'oceanography'), ...ko('지구 과학', '해양학')],
  },
  {
    subject: 'Science/Geology',
    patterns: [
      ...en('geology', 'geological', 'minerals?', 'rocks', 'earthquakes?', 'volcano(?:es|s)?', 'plate tectonics'),
      ...ko('지질', '광물', '암석', '지진', '화산'),
    ],
  },
  {
    subject: 'Science/Life Science',
    patterns: [
      ...en('life sciences?', 'medicine', 'medical', 'health', 'healthcare', 'clinical', 'pharmacology', 'anatomy', 'physiology', 'nursing', 'biochemistry'),
      ...ko('생명 과학', '의학', '의료(?!\\s*기기)', '보건', '약학', '간호', '해부학', '생리학', '생화학', '건강'),
    ],
  },
  {
    subject: 'Science/Math',
    patterns: [
      ...en('math', 'maths', 'mathematics', 'mathematical', 'algebra', 'geometry', 'calculus', 'probability', 'arithmetic', 'trigonometry', 'equations?', 'number theory', 'combinatorics', 'gsm8k'),
      ...ko('수학', '대수', '기하', '미적분', '확률', '방정식', '수열', '산수', '산술', '수리', '확률(?:과|\\s*및)? 통계'),
    ],
  },
  {
    subject: 'Science/Physics',
    patterns: [
      ...en('physics', 'quantum', 'quantum mechanics', 'classical mechanics', 'thermodynamics', 'electromagnetism', 'optics', 'relativity'),
      ...ko('물리', '양자', '열역학', '전자기', '역학(?<!(?:유체|재료|구조|기계)\\s?역학)', '상대성 이론'),
    ],
  },
  {
    subject: 'Science/Statistics',
    patterns: [...en('statistics', 'statistical', 'regression analysis', 'hypothesis testing', 'data science', 'data analysis'), ...ko('통계', '데이터 과학', '데이터 분석')],
  },
  {
    subject: 'Science',
    patterns: [...en('sciences?', 'scientific', 'natural sciences?'), ...ko('과학', '자연 과학')],
  },
  { subject: 'Science', also: ['Tech.'], patterns: [...cs('(?<![A-Za-z])STEM(?![A-Za-z])'), ...en('stem fields?', 'stem subjects?')] },

  // ------------------------------------------------------------ Social Intelligence
  {
    subject: 'Social Intelligence/Bias',
    patterns: [
      ...en(
        'bias',
        'biases',
        'biased',
        'unbiased',
        'fairness',
        'unfair',
        'stereotypes?',
        'stereotyping',
        'stereotypical',
        'discrimination',
        'discriminatory',
        'prejudices?',
        'gender (?:roles?|equality|gaps?)',
        'sexism',
        'sexist',
        'racism',
        'racist',
      ),
      ...ko('편향', '편견', '고정 관념', '차별(?!화)', '공정성', '성 역할', '젠더'),
    ],
  },
  { subject: 'Social Intelligence/Commonsense', patterns: [...en('commonsense', 'common sense')] },
  { subject: 'Social Intelligence/Commonsense', patterns: ko('상식'), strength: 'commonsense' },
  // General knowledge / trivia is not the Commonsense category (masks 상식).
  { subject: null, patterns: ko('일반 상식', '잡학 상식', '시사 상식', '관련 상식', '분야 상식', '상식 퀴즈') },
  // Scope phrases name a target type, not the Culture subject.
  {
    subject: null,
    patterns: [
      ...en('culture ?(?:agnostic|independent|neutral|specific)', 'culturally (?:neutral|specific|agnostic)', 'cross cultural(?:ly)?'),
      ...ko('문화 (?:중립|특화|독립)', '문화권'),
    ],
  },
  // LLM-engineering phrases that are not the Tech. subject.
  { subject: null, patterns: en('prompt engineering', 'context engineering', 'feature engineering') },
  {
    subject: 'Social Intelligence/Norms',
    patterns: [...en('norms', 'social norms?', 'etiquette', 'manners', 'politeness', 'social conventions?'), ...ko('규범', '예절', '예의', '매너', '에티켓', '예법')],
  },
  {
    subject: 'Social Intelligence/Value/Alignment',
    patterns: [
      ...en(
        'alignment',
        'aligned',
        '(?<!(?:food|fire|road|traffic|nuclear|workplace|industrial|construction|occupational|aviation|patient|drug|electrical|chemical|radiation|reactor)\\s)safety',
        'unsafe',
        'harmful(?:ness)?',
        'harmless(?:ness)?',
        'toxic(?:ity)?',
        'ethics',
        'ethical',
        'moral(?:s|ity)?',
        '(?:human|moral|social|cultural|ethical|shared|korean) values',
        'value alignment',
        'jailbreak(?:s|ing)?',
        'red teaming',
        'hate speech',
      ),
      ...ko('(?<!(?:산업|현장|건설|시설|교통|화재|식품|전기|원전|원자력|소방|작업|항공|도로|공사|노동|보건|환자|의약품|방사선)\\s?)안전', '가치', '정렬(?!\\s*알고리즘)', '윤리(?!학)', '도덕', '유해', '혐오', '탈옥', '레드 팀'),
    ],
  },
  {
    subject: 'Social Intelligence',
    patterns: [...en('social intelligence', 'social skills', 'emotional intelligence', 'social reasoning', 'social situations?', 'social interactions?', 'interpersonal'), ...ko('사회 지능', '사회적 지능', '사회성', '감성 지능', '정서 지능', '사회적 상황', '사회적 상호 작용', '대인 관계', '눈치')],
  },

  // ------------------------------------------------------------ Tech.
  {
    subject: 'Tech./AI',
    patterns: [
      ...en('artificial intelligence', 'machine learning', 'deep learning', 'neural networks?', 'nlp', 'natural language processing', 'computer vision', 'reinforcement learning', 'ml'),
      ...cs(
        '(?<![A-Za-z0-9])(?<!(?:[Ww]hich|[Aa]n|[Tt]he|[Oo]ur|[Mm]y|[Ww]hat|[Ee]ach|[Bb]est|[Tt]his|[Tt]hat|[Yy]our|[Ee]very)\\s)AI(?![A-Za-z0-9])(?!\\s*(?:models?|assistants?|systems?|chatbots?|agents?|tools?|모델|어시스턴트|챗봇|에이전트|시스템|가|는|들|한테|에게))',
      ),
      ...ko('인공 지능', '머신 러닝', '딥 러닝', '기계 학습', '신경망', '자연어 처리', '컴퓨터 비전', '강화 학습'),
    ],
  },
  {
    subject: 'Tech./Aerospace Eng.',
    patterns: [
      ...en('aerospace', 'aerospace engineering', 'aeronautics', 'aeronautical', 'aviation', 'aircraft', 'rockets?', 'spacecraft'),
      ...ko('항공 우주 공학', '항공 공학', '우주 공학', '항공', '우주 항공', '항공 우주', '로켓'),
    ],
  },
  {
    subject: 'Tech./Agricultural Eng.',
    patterns: [...en('agricultur(?:e|al)', 'agricultural engineering', 'farming', 'crops?', 'agronomy'), ...ko('농업', '농학', '농공학', '농업 공학', '스마트팜', '작물', '농사')],
  },
  {
    subject: 'Tech./Biomedical Eng.',
    patterns: [
      ...en('biomedical', 'biomedical engineering', 'bioengineering', 'biotechnology', 'biotech', 'medical devices?'),
      ...ko('의공학', '의료 기기', '생체 공학', '생명 공학', '바이오 공학'),
    ],
  },
  {
    subject: 'Tech./Chemical Eng.',
    patterns: [...en('chemical engineering', 'chemical process(?:es)?'), ...ko('화학 공학', '화공')],
  },
  {
    subject: 'Tech./Civil Eng.',
    patterns: [...en('civil engineering', 'structural engineering', '(?<!(?:prompt|dataset|data|benchmark|query|sentence|test|question)\\s)construction'), ...ko('토목', '건설', '구조 공학', '건축 공학')],
  },
  {
    subject: 'Tech./Coding',
    patterns: [
      ...en(
        'coding',
        'code',
        'programming',
        'python',
        'java',
        'javascript',
        'typescript',
        'c\\+\\+',
        'sql',
        'algorithms?',
        'software engineering',
        'debugging',
        'leetcode',
        'humaneval',
        'data structures?',
      ),
      ...ko('코딩', '코드', '프로그래밍', '파이썬', '자바', '알고리즘', '소프트웨어 개발', '소프트웨어 공학', '디버깅', '자료 구조'),
    ],
  },
  {
    subject: 'Tech./Electrical Eng.',
    patterns: [
      ...en('electrical engineering', 'electronics engineering', 'electrical', 'electronics?', 'circuits?', 'semiconductors?', 'electric'),
      ...ko('전기 공학', '전자 공학', '전기', '전자(?!기)', '회로', '반도체'),
    ],
  },
  {
    subject: 'Tech./Energy',
    patterns: [...en('energy', 'renewables?', 'renewable energy', 'solar', 'power grid', 'power plants?', 'batter(?:y|ies)', 'energy engineering'), ...ko('에너지 공학', '에너지', '신재생', '태양광', '발전소', '전력', '배터리')],
  },
  {
    subject: 'Tech./Environmental Eng.',
    patterns: [
      ...en('environmental', 'environmental engineering', 'pollution', 'wastewater', 'waste management', 'recycling', 'sustainability'),
      ...ko('환경 (?:공학|오염|문제|보호|과학|정책|규제)', '오염', '폐기물', '수질', '재활용'),
    ],
  },
  {
    subject: 'Tech./IT',
    patterns: [
      ...cs('(?<![A-Za-z0-9])IT(?![A-Za-z0-9])'),
      ...en('information technology', 'computer science', 'computer engineering', 'computers?', 'computing', 'networking', 'networks?', 'databases?', 'cybersecurity', 'security', 'software', 'operating systems?', 'cloud computing'),
      ...ko('정보 기술', '정보 통신', '컴퓨터 과학', '컴퓨터 공학', '정보 공학', '컴퓨터', '네트워크', '데이터베이스', '보안', '소프트웨어', '운영 체제', '정보 처리', '전산', '클라우드'),
    ],
  },
  {
    subject: 'Tech./Marine Eng.',
    patterns: [
      ...en('marine engineering', 'naval', 'shipbuilding', 'ships?', 'maritime', 'marine', 'ocean engineering'),
      ...ko('해양 공학', '조선 공학', '조선업', '조선 산업', '조선 해양', '선박', '해운'),
    ],
  },
  {
    subject: 'Tech./Materials Eng.',
    patterns: [...en('materials science', 'materials engineering', 'metallurgy', 'polymers?'), ...ko('재료 공학', '재료 과학', '신소재', '소재 공학', '금속 공학', '금속', '고분자')],
  },
  {
    subject: 'Tech./Mechanics',
    patterns: [
      ...en('mechanics', 'mechanical engineering', 'mechanical', 'machinery', 'robotics', 'robots?'),
      ...ko('기계 공학', '기계(?!\\s*(?:학습|번역))', '로봇', '유체 역학', '재료 역학', '구조 역학'),
    ],
  },
  {
    subject: 'Tech./Nuclear Eng.',
    patterns: [...en('nuclear', 'nuclear engineering', 'radiation', 'reactors?'), ...ko('원자력 공학', '원자력', '원자로', '원전', '핵 공학', '핵 에너지', '방사선')],
  },
  {
    subject: 'Tech./Urban Eng.',
    patterns: [
      ...en('urban planning', 'urban engineering', 'urban', 'city planning', 'transportation', 'traffic', 'smart cit(?:y|ies)'),
      ...ko('도시 공학', '교통 공학', '도시(?!락)', '교통'),
    ],
  },
  {
    subject: 'Tech.',
    patterns: [...en('technology', 'technologies', 'technical', 'tech', 'engineering'), ...ko('공학', '테크')],
  },
  // 기술 also means "skill" ("편집 기술"): only counted when it does not follow another noun.
  {
    subject: 'Tech.',
    patterns: ko('(?:(?<![가-힣]\\s?)|(?<=(?:과학|첨단|최신|산업|공업)\\s?))기술'),
    strength: 'weakCoarse',
  },
];

/**
 * Markers that the query narrows a named coarse area to the fines it lists
 * ("과학, 특히 물리" → Science/Physics rather than Science).
 */
export const FOCUS_MARKERS: readonly RegExp[] = [
  ...en('especially', 'particularly', 'specifically', 'in particular', 'focus(?:ing|ed)? on', 'mainly', 'mostly'),
  ...ko('특히', '중에서', '그중', '위주', '중심으로', '주로', '(?<=[가-힣]\\s)중(?=\\s)'),
];

export interface LabeledCue<T> {
  value: T;
  patterns: RegExp[];
}

export const TASK_CUES: readonly LabeledCue<TaskType>[] = [
  {
    value: 'Knowledge',
    patterns: [
      ...en(
        'knowledge',
        'knowledgeable',
        'trivia',
        'facts',
        'factual',
        'fact based',
        'recall',
        'memori[sz]ation',
        'quiz(?:zes)?',
        'how (?:well|much) (?:do|does|did|can|would) [^.?!]{0,40}?know',
        'knows?(?=\\s+about)',
        '(?:which|what) (?:model|llm|one)s? knows?',
      ),
      ...ko(
        '지식',
        '암기',
        '퀴즈',
        '잡학',
        '(?:일반|시사) 상식',
        '아는지',
        '알고 있',
        '(?:잘|많이|제일|가장|정확히|정확하게) 아는',
        '얼마나 (?:잘\\s*)?알',
        '사실 관계',
        '사실성',
      ),
    ],
  },
  {
    value: 'Reasoning',
    patterns: [
      ...en(
        'reasoning',
        'reason(?:s|ed)?(?: (?:[a-z]+ly|most|more|best|well)){0,3} (?:about|through|over)',
        'logic',
        'logical',
        'inference',
        'infer',
        'deduction',
        'deductive',
        'deduce',
        'inductive',
        'problem solving',
        'multi step',
        'step by step',
        'word problems?',
        'critical thinking',
        'analytical',
        'puzzles?',
        'riddles?',
      ),
      ...ko('추론', '추리', '논리', '사고력', '사고 능력', '문제 해결', '문장제', '응용 문제', '단계별'),
    ],
  },
  {
    value: 'Value/Alignment',
    patterns: [
      ...en(
        'alignment',
        'aligned',
        '(?<!(?:food|fire|road|traffic|nuclear|workplace|industrial|construction|occupational|aviation|patient|drug|electrical|chemical|radiation|reactor)\\s)safety',
        'unsafe',
        'harmful(?:ness)?',
        'harmless(?:ness)?',
        'toxic(?:ity)?',
        'ethics',
        'ethical',
        'moral(?:s|ity)?',
        'bias',
        'biases',
        'biased',
        'unbiased',
        'fairness',
        'unfair',
        'stereotypes?',
        'stereotyping',
        'discrimination',
        'sexism',
        'racism',
        'prejudices?',
        'human values',
        'value alignment',
        'jailbreak(?:s|ing)?',
        'red teaming',
        'hate speech',
      ),
      ...ko('(?<!(?:산업|현장|건설|시설|교통|화재|식품|전기|원전|원자력|소방|작업|항공|도로|공사|노동|보건|환자|의약품|방사선)\\s?)안전', '가치', '정렬(?!\\s*알고리즘)', '윤리(?!학)', '도덕', '편향', '편견', '유해', '혐오', '공정성', '고정 관념', '차별(?!화)', '탈옥', '레드 팀'),
    ],
  },
];

export const PROBLEM_TYPE_CUES: readonly LabeledCue<ProblemType>[] = [
  {
    value: 'MCQA',
    patterns: [
      ...en('multiple choice', 'multi choice', 'mcqa?s?', 'four option', 'five option', '4 option', '5 option'),
      ...ko('객관식', '선다형', '[사오4-5] ?지 ?선다형?', '선택지'),
    ],
  },
  {
    value: 'Binary',
    patterns: [
      ...en('true ?/? ?false', 'true or false', 't/f', 'yes ?/? ?no', 'yes or no', 'binary(?![\\s-]+(?:search|trees?))', 'boolean'),
      ...cs('(?<![A-Za-z])O ?[/,]? ?X(?![A-Za-z])'),
      ...ko('참 /? 거짓', '맞다 /? 틀리다', '예 / 아니[오요]', '예 또는 아니[오요]', '네 / 아니[오요]', '이진'),
    ],
  },
  {
    value: 'short-form',
    patterns: [
      ...en('short form', 'short_form', 'shortform', 'short answers?', 'fill in the blanks?', 'cloze', 'one word answers?', 'exact match'),
      ...ko('단답', '주관식', '빈칸', '짧은 답'),
    ],
  },
  {
    value: 'open-ended',
    patterns: [
      ...en('open ended', 'open_ended', 'openended', 'free form', 'free text', 'free response', 'long form', 'essays?', 'long answers?', 'open questions?'),
      ...ko('서술형', '논술', '에세이', '개방형', '자유 응답', '장문', '주관식 서술'),
    ],
  },
];

export const TOOL_POSITIVE_CUES: readonly RegExp[] = [
  ...en(
    'tool (?:use|usage|calling)',
    'tool-use',
    'using tools',
    'with tools',
    'tools? (?:enabled|allowed)',
    'external tools?',
    'calculators?',
    'code interpreter',
    'web search',
    'search engines?',
    'browsing',
    'function calling',
  ),
  ...ko('도구', '계산기', '툴', '외부 검색', '웹 검색', '인터넷 검색', '검색 엔진', '함수 호출'),
];

export const TOOL_NEGATIVE_CUES: readonly RegExp[] = [
  ...en(
    'without (?:any )?(?:external )?(?:tools?|calculators?|tool use)',
    'no (?:external )?(?:tools?|calculators?|tool use)',
    'tools? (?:disabled|not allowed)',
    'closed book',
  ),
  ...ko('(?:도구|계산기|툴|검색)(?:를|을)? (?:사용하지|쓰지|없이|금지|사용 안|미사용)', '도구 미사용'),
];

/** Cues that the query is about Korean culture/customs specifically (→ Local). */
export const LOCAL_CUES: readonly RegExp[] = [
  ...en(
    'traditions',
    'tradition',
    'customs',
    'etiquette',
    'manners',
    'folk',
    'folklore',
    'chuseok',
    'seollal',
    'hanbok',
    'hanok',
    'kimchi',
    'pansori',
    'k ?pop',
    'k ?dramas?',
    'korea ?specific',
    'korean specific',
    'culture specific',
    'culturally specific',
    'region(?:al|ally)? specific',
    'local (?:culture|knowledge|customs|context)',
  ),
  ...ko(
    '전통',
    '풍습',
    '관습',
    '풍속',
    '민속',
    '예절',
    '예의',
    '예법',
    '명절',
    '추석',
    '설날',
    '한가위',
    '한복',
    '한식',
    '김치',
    '한옥',
    '국악',
    '판소리',
    '제사',
    '관혼상제',
    '한국사',
    '국사',
    ...KOREAN_HISTORY,
    '속담',
    '사자성어',
    '케이팝',
    'k-?pop',
    '지역 특화',
    '로컬',
    '현지',
  ),
];

/** "traditional" alone is Local only with a cultural subject or a Korea mention. */
export const WEAK_LOCAL_CUES: readonly RegExp[] = en('traditional');

/** Cues that the query wants universal (not culture-specific) content (→ General). */
export const GENERAL_CUES: readonly RegExp[] = [
  ...en(
    'universal',
    'universally',
    'culture ?(?:agnostic|independent|neutral)',
    'culturally neutral',
    'global(?:ly)?',
    'worldwide',
    'world (?:history|geography|religions?|cultures?|literature)',
    'international(?!\\s+trade)',
    'not (?:specific|specialized) to (?:korea|any (?:country|culture))',
  ),
  ...ko('보편', '글로벌', '세계사', '세계 (?:역사|지리|문화|종교|문학|공통)', '전 세계', '국제(?!\\s*(?:무역|통상))'),
];

/** Mentions of Korea as a topic (not the Korean language). */
export const KOREA_TOPIC_CUES: readonly RegExp[] = [
  ...en(
    'korea',
    "korea's",
    'korean(?![\\s-]+(?:language\\b|questions?\\b|problems?\\b|items?\\b|prompts?\\b|texts?\\b|data(?:set)?s?\\b|benchmarks?\\b|samples?\\b|versions?\\b|tests?\\b|exams?\\b|tasks?\\b|llms?\\b|models?\\b|speakers?\\b|translations?\\b))',
  ),
  ...ko('한국(?!어|\\s*(?:모델|llm|기업|업체|회사))', '우리나라', '우리 (?:문화|전통|역사|사회)', '국내(?!\\s*(?:모델|llm|기업|업체|회사))', '대한민국', '한반도'),
];

/** "in Korean" names the language, not the topic (but "in Korean society" is a topic). */
export const IN_KOREAN: RegExp =
  /(?<![A-Za-z])in\s+korean(?![A-Za-z])(?![\s-]+(?:society|culture|cultural|contexts?|history|law|politics|traditions?|customs|food|cuisine|life|households?|famil(?:y|ies)|schools?|workplaces?|companies)\b)/gi;

/** Korean-language mentions that make a Language subject Korea-specific. */
export const KOREAN_LANGUAGE_MENTIONS: readonly RegExp[] = [...en('korean'), ...ko('한국어', '국어', '한글')];

export interface LanguageCues {
  strong: RegExp[];
  weak: RegExp[];
}

export const ENGLISH_CUES: LanguageCues = {
  strong: [
    ...en(
      'in english',
      'english (?:questions?|problems?|items?|prompts?|versions?|data(?:set)?s?|benchmarks?|samples?|texts?|tests?|exams?|tasks?|passages?)',
      'english language',
      'english only',
    ),
    ...ko('영어로', '영문', '영어 (?:문제|문항|질문|데이터|버전|벤치마크|지문|샘플|텍스트)'),
  ],
  weak: [...en('english'), ...ko('영어')],
};

export const KOREAN_CUES: LanguageCues = {
  strong: [
    ...en(
      'in korean',
      'korean (?:questions?|problems?|items?|prompts?|versions?|data(?:set)?s?|benchmarks?|samples?|texts?|tests?|exams?|tasks?|passages?)',
      'korean language',
      'korean only',
    ),
    ...ko('한국어로', '한글로', '한국어 (?:문제|문항|질문|데이터|버전|벤치마크|지문|샘플|텍스트)'),
  ],
  weak: [...en('korean'), ...ko('한국어', '한글', '국문')],
};

/** Units that make a number a sample count. */
export const EN_COUNT_UNITS =
  '(?:samples?|questions?|items?|problems?|examples?|prompts?|instances?|tasks?|queries|test\\s*cases?|cases|data\\s*points|qs|exercises?|mcqa?s?)';
export const KO_COUNT_UNITS = '(?:개|문제|문항|샘플|건|질문|예제)';
