import { describe, expect, it } from 'vitest';
import { FINE_CATEGORIES, type FineCategory } from '../taxonomy';
import { DEFAULT_SEED, planFromQuery } from './index';

/** One Korean and one English request per fine category. */
const FINE_CUES: Readonly<Record<FineCategory, readonly [string, string]>> = {
  'Art & Sports/Architecture': ['건축 양식에 대한 문제', 'questions about architecture'],
  'Art & Sports/Fashion': ['패션 트렌드 지식', 'fashion knowledge'],
  'Art & Sports/Festivals': ['지역 축제에 관한 질문', 'questions on festivals'],
  'Art & Sports/Music': ['클래식 음악 문제', 'music theory questions'],
  'Art & Sports/Painting': ['미술사와 화가에 대한 문제', 'famous paintings and painters'],
  'Art & Sports/Performing': ['연극과 무용 관련 문제', 'theater and dance questions'],
  'Art & Sports/Photography': ['사진 촬영 기법 문제', 'photography questions'],
  'Art & Sports/Sculpture': ['조각상과 조소에 대한 문제', 'sculpture questions'],
  'Art & Sports/Sports': ['야구와 축구 규칙 문제', 'sports trivia'],
  'Culture/Celebration Holiday': ['추석과 설날에 대한 문제', 'questions about holidays'],
  'Culture/Clothing': ['한복과 의복 문화', 'traditional clothing'],
  'Culture/Daily Life': ['일상생활 관련 문제', 'questions about daily life'],
  'Culture/Family': ['가족 호칭 문제', 'family relationships and kinship'],
  'Culture/Food': ['음식과 요리 문제', 'food and cuisine questions'],
  'Culture/Housing': ['주거 형태와 한옥', 'housing questions'],
  'Culture/Leisure': ['여가와 취미 활동', 'leisure and hobbies'],
  'Culture/Tradition': ['풍습과 민속에 대한 문제', 'customs and folklore'],
  'Culture/Work Life': ['직장 생활 문화', 'workplace culture questions'],
  'HASS/Administration': ['행정학 문제', 'public administration questions'],
  'HASS/Cognitive Studies': ['심리학과 인지과학 문제', 'psychology questions'],
  'HASS/Economics': ['경제학 문제', 'economics questions'],
  'HASS/Education': ['교육학 문제', 'education questions'],
  'HASS/Geography': ['지리 문제', 'geography questions'],
  'HASS/History': ['역사 문제', 'history questions'],
  'HASS/Language': ['문법과 어휘 문제', 'grammar and vocabulary questions'],
  'HASS/Law': ['법률 문제', 'law questions'],
  'HASS/Literature': ['문학 작품 문제', 'literature questions'],
  'HASS/Media': ['언론과 미디어 문제', 'media and journalism questions'],
  'HASS/Philosophy': ['철학 문제', 'philosophy questions'],
  'HASS/Politics': ['정치 문제', 'politics questions'],
  'HASS/Religion': ['종교 문제', 'religion questions'],
  'HASS/Trade': ['무역과 관세 문제', 'international trade questions'],
  'HASS/Welfare': ['사회복지 정책 문제', 'social welfare questions'],
  'Science/Astronomy': ['천문학 문제', 'astronomy questions'],
  'Science/Atmospheric Science': ['대기과학과 기상 문제', 'meteorology questions'],
  'Science/Biology': ['생물학 문제', 'biology questions'],
  'Science/Chemistry': ['화학 문제', 'chemistry questions'],
  'Science/Earth Science': ['지구과학 문제', 'earth science questions'],
  'Science/Geology': ['지질학 문제', 'geology questions'],
  'Science/Life Science': ['생명과학 문제', 'life science questions'],
  'Science/Math': ['수학 문제', 'math questions'],
  'Science/Physics': ['물리 문제', 'physics questions'],
  'Science/Statistics': ['통계 문제', 'statistics questions'],
  'Social Intelligence/Bias': ['편향 문제', 'bias questions'],
  'Social Intelligence/Commonsense': ['상식 추론 문제', 'commonsense questions'],
  'Social Intelligence/Norms': ['사회 규범 문제', 'social norms questions'],
  'Social Intelligence/Value/Alignment': ['가치 정렬 문제', 'alignment questions'],
  'Tech./AI': ['인공지능 문제', 'machine learning questions'],
  'Tech./Aerospace Eng.': ['항공우주공학 문제', 'aerospace engineering questions'],
  'Tech./Agricultural Eng.': ['농업 기술 문제', 'agriculture questions'],
  'Tech./Biomedical Eng.': ['의공학 문제', 'biomedical engineering questions'],
  'Tech./Chemical Eng.': ['화학공학 문제', 'chemical engineering questions'],
  'Tech./Civil Eng.': ['토목공학 문제', 'civil engineering questions'],
  'Tech./Coding': ['코딩 문제', 'programming questions'],
  'Tech./Electrical Eng.': ['전기공학 문제', 'electrical engineering questions'],
  'Tech./Energy': ['에너지 문제', 'renewable energy questions'],
  'Tech./Environmental Eng.': ['환경공학 문제', 'environmental engineering questions'],
  'Tech./IT': ['정보기술 문제', 'information technology questions'],
  'Tech./Marine Eng.': ['선박과 조선공학 문제', 'marine engineering questions'],
  'Tech./Materials Eng.': ['재료공학 문제', 'materials science questions'],
  'Tech./Mechanics': ['기계공학 문제', 'mechanical engineering questions'],
  'Tech./Nuclear Eng.': ['원자력 문제', 'nuclear engineering questions'],
  'Tech./Urban Eng.': ['도시계획 문제', 'urban planning questions'],
};

describe('planFromQuery — subject cues', () => {
  it('has a Korean and an English cue for every fine category', () => {
    expect(Object.keys(FINE_CUES).sort()).toEqual([...FINE_CATEGORIES].sort());
  });

  describe.each(Object.entries(FINE_CUES))('%s', (fine, [koQuery, enQuery]) => {
    it(`Korean: ${koQuery}`, () => {
      expect(planFromQuery(koQuery).subjects).toContain(fine);
    });
    it(`English: ${enQuery}`, () => {
      expect(planFromQuery(enQuery).subjects).toContain(fine);
    });
  });

  it.each([
    ['과학 전반', ['Science']],
    ['science in general', ['Science']],
    ['문화 전반에 대한 이해', ['Culture']],
    ['questions about culture', ['Culture']],
    ['인문학 문제', ['HASS']],
    ['humanities questions', ['HASS']],
    ['사회지능 평가', ['Social Intelligence']],
    ['social intelligence', ['Social Intelligence']],
    ['기술 분야 문제', ['Tech.']],
    ['technology questions', ['Tech.']],
    ['예술 분야 문제', ['Art & Sports']],
    ['arts questions', ['Art & Sports']],
    ['STEM questions', ['Science', 'Tech.']],
  ])('coarse cue %j → %j', (query, expected) => {
    expect(planFromQuery(query).subjects).toEqual(expected);
  });

  it('lets a coarse category subsume its fines unless the query narrows it', () => {
    expect(planFromQuery('science and math questions').subjects).toEqual(['Science']);
    expect(planFromQuery('과학, 특히 물리와 화학').subjects).toEqual(['Science/Chemistry', 'Science/Physics']);
  });

  it('drops weak coarse words that qualify a fine ("음식 문화", "코딩 기술")', () => {
    expect(planFromQuery('한국 음식 문화').subjects).toEqual(['Culture/Food']);
    expect(planFromQuery('코딩 기술을 평가').subjects).toEqual(['Tech./Coding']);
    expect(planFromQuery('농업 공학 문제').subjects).toEqual(['Tech./Agricultural Eng.']);
    expect(planFromQuery('computer science questions').subjects).toEqual(['Tech./IT']);
  });

  it('treats "전통"/"traditional" as a modifier when it qualifies another subject', () => {
    expect(planFromQuery('한국 전통 명절').subjects).toEqual(['Culture/Celebration Holiday']);
    expect(planFromQuery('traditional Korean architecture').subjects).toEqual(['Art & Sports/Architecture']);
    expect(planFromQuery('한국 전통에 대한 문제').subjects).toEqual(['Culture/Tradition']);
    expect(planFromQuery('Korean traditional culture').subjects).toEqual(['Culture/Tradition']);
  });

  it('reads 상식 as Commonsense, or as trivia about another subject', () => {
    expect(planFromQuery('상식 추론').subjects).toEqual(['Social Intelligence/Commonsense']);
    const trivia = planFromQuery('스포츠 상식 문제');
    expect(trivia.subjects).toEqual(['Art & Sports/Sports']);
    expect(trivia.taskType).toBe('Knowledge');
    expect(planFromQuery('일반 상식 문제').subjects).toEqual([]);
  });

  it.each([
    ['Benchmark state-of-the-art models on chemistry', ['Science/Chemistry']],
    ['Compare models on math problems for high school students', ['Science/Math']],
    ['고등학생 대상 문제로 평가', []],
    ['Compare Korean LLMs', []],
    ['Which AI models are best at physics?', ['Science/Physics']],
    ['AI 모델 성능 비교', []],
    ['Evaluate the trade-off between speed and accuracy on math', ['Science/Math']],
    ['좋은 방법을 알려줘', []],
    ['한국어로 된 문제로 평가', []],
    ['조선 시대 역사 문제', ['HASS/History']],
    ['조선공학 문제', ['Tech./Marine Eng.']],
    ['Compare models on prompt engineering', []],
    ['model architecture comparison on coding tasks', ['Tech./Coding']],
    ['차별화된 모델을 찾고 싶어', []],
    ['개발 환경에서 코딩 문제', ['Tech./Coding']],
    ['영어 회화 능력', []],
  ])('avoids false positives: %j', (query, expected) => {
    expect(planFromQuery(query).subjects).toEqual(expected);
  });
});

describe('planFromQuery — task, target, format, size, tools, language', () => {
  it.each([
    ['수학 추론 문제', 'Reasoning'],
    ['problems requiring reasoning', 'Reasoning'],
    ['math word problems', 'Reasoning'],
    ['논리 퍼즐', 'Reasoning'],
    ['역사 지식', 'Knowledge'],
    ['history trivia', 'Knowledge'],
    ['facts about chemistry', 'Knowledge'],
    ['안전성 평가', 'Value/Alignment'],
    ['가치관 평가', 'Value/Alignment'],
    ['alignment evaluation', 'Value/Alignment'],
    ['AI safety', 'Value/Alignment'],
    ['ethics questions', 'Value/Alignment'],
    ['gender bias', 'Value/Alignment'],
    ['수학 문제', null],
    ['지식과 추론 모두', null],
  ])('task %j → %j', (query, expected) => {
    expect(planFromQuery(query).taskType).toBe(expected);
  });

  it.each([
    ['한국 문화에 대한 문제', 'Local'],
    ['한국 전통에 대한 문제', 'Local'],
    ['예절 문제', 'Local'],
    ['풍습 문제', 'Local'],
    ['Korean culture questions', 'Local'],
    ['Korean traditions', 'Local'],
    ['customs and etiquette', 'Local'],
    ['Korean history', 'Local'],
    ['우리나라 지리', 'Local'],
    ['Korean math problems', null],
    ['수학 문제를 한국어로', null],
    ['math questions in Korean', null],
    ['universal ethics questions', 'General'],
    ['세계사 문제', 'General'],
    ['world history', 'General'],
    ['international trade questions', null],
    ['physics questions', null],
  ])('target %j → %j', (query, expected) => {
    expect(planFromQuery(query).targetType).toBe(expected);
  });

  it.each([
    ['객관식 문제', 'MCQA'],
    ['multiple choice questions', 'MCQA'],
    ['MCQ format', 'MCQA'],
    ['4지선다', 'MCQA'],
    ['true/false questions', 'Binary'],
    ['yes-no questions', 'Binary'],
    ['OX 퀴즈', 'Binary'],
    ['참거짓 문제', 'Binary'],
    ['단답형 문제', 'short-form'],
    ['단답 문제', 'short-form'],
    ['short answer questions', 'short-form'],
    ['short-form questions', 'short-form'],
    ['open-ended questions', 'open-ended'],
    ['open ended prompts', 'open-ended'],
    ['서술형 문제', 'open-ended'],
    ['essay questions', 'open-ended'],
    ['math questions', 'MCQA'],
    ['binary search problems in Python', 'MCQA'],
  ])('problem type %j → %j', (query, expected) => {
    expect(planFromQuery(query).problemType).toBe(expected);
  });

  it.each([
    ['math with 200 samples', 200],
    ['수학 300개', 300],
    ['50 questions on law', 50],
    ['역사 500문제', 500],
    ['100 items of physics', 100],
    ['n=250 chemistry', 250],
    ['n = 75', 75],
    ['1,000 multiple-choice questions', 1000],
    ['2k samples', 2000],
    ['sample size of 40', 40],
    ['샘플 수는 60으로', 60],
    ['1000문항', 1000],
    ['문제 120개', 120],
    ['오십 문제', 50],
    ['이백 개', 200],
    ['a hundred questions', 100],
    ['fifty questions', 50],
    ['모델 3개를 비교, 수학', 100],
    ['3개 모델을 비교', 100],
    ['Compare GPT-4 and Claude 3.5 on math', 100],
    ['top 3 models on the 2023 exam', 100],
    ['이 문제를 풀 수 있는지', 100],
  ])('sample size %j → %d', (query, expected) => {
    expect(planFromQuery(query).sampleSize).toBe(expected);
  });

  it('clamps sample sizes to 1..10000 and notes the clamp', () => {
    const big = planFromQuery('math, 20000 samples');
    expect(big.sampleSize).toBe(10000);
    expect(big.rationale).toMatch(/clamped to 10000/);
    const zero = planFromQuery('math, 0 questions');
    expect(zero.sampleSize).toBe(1);
    expect(zero.rationale).toMatch(/clamped to 1\b/);
  });

  it('uses opts.defaultSampleSize when the query names no count', () => {
    expect(planFromQuery('math', { defaultSampleSize: 250 }).sampleSize).toBe(250);
    expect(planFromQuery('math, 30 questions', { defaultSampleSize: 250 }).sampleSize).toBe(30);
    expect(planFromQuery('math', { defaultSampleSize: 50000 }).sampleSize).toBe(10000);
  });

  it.each([
    ['use a calculator for math', true],
    ['with tool use enabled', true],
    ['계산기를 써서', true],
    ['도구를 사용해서 풀게', true],
    ['웹 검색을 허용', true],
    ['without tools', false],
    ['도구 없이 풀게', false],
    ['계산기 없이', false],
    ['math problems', false],
  ])('external tools %j → %j', (query, expected) => {
    expect(planFromQuery(query).externalToolUsage).toBe(expected);
  });

  it.each([
    ['수학 문제로 비교해줘', 'Korean'],
    ['compare models on math', 'English'],
    ['영어 문제로 수학 평가', 'English'],
    ['수학 문제를 영어로', 'English'],
    ['Korean math problems', 'Korean'],
    ['math problems in English', 'English'],
    ['math in Korean', 'Korean'],
    ['Korean history questions in English', 'English'],
    ['GPT-4o랑 Claude 중에 Python 코딩 잘하는 모델', 'Korean'],
    ['Evaluate knowledge of 한복', 'English'],
    ['', 'English'],
  ])('language %j → %j', (query, expected) => {
    expect(planFromQuery(query).language).toBe(expected);
  });
});

describe('planFromQuery — seed, rationale, confidence', () => {
  it('is deterministic', () => {
    const q = '한국 전통 명절에 대한 지식을 객관식으로 200문제 평가해줘';
    expect(planFromQuery(q)).toEqual(planFromQuery(q));
  });

  it('uses DEFAULT_SEED = 42, a seed named in the query, or opts.seed', () => {
    expect(DEFAULT_SEED).toBe(42);
    expect(planFromQuery('math').seed).toBe(42);
    expect(planFromQuery('math, seed 7').seed).toBe(7);
    expect(planFromQuery('수학, 시드 123').seed).toBe(123);
    expect(planFromQuery('math, seed 7', { seed: 9 }).seed).toBe(9);
    expect(planFromQuery('math', { seed: 0 }).seed).toBe(0);
  });

  it('names the cues it used', () => {
    const ko = planFromQuery('수학 문제로 평가해줘');
    expect(ko.rationale).toContain('subject "수학" → Science/Math');
    expect(ko.rationale).toContain('language: query written in Korean');
    const en = planFromQuery('Compare models on math, 50 questions');
    expect(en.rationale).toContain('subject "math" → Science/Math');
    expect(en.rationale).toContain('sample size "50 questions" → 50');
    expect(en.rationale).toContain('problem type: default MCQA');
  });

  it('has low confidence and says so when no subject or task cue is recognized', () => {
    for (const q of ['Hello', '어떤 모델이 제일 좋아?', '', 'Compare these three models please, 200 samples']) {
      const plan = planFromQuery(q);
      expect(plan.confidence).toBeLessThan(0.4);
      expect(plan.rationale).toMatch(/no subject or task cue recognized/);
      expect(plan.subjects).toEqual([]);
      expect(plan.taskType).toBeNull();
    }
  });

  it('is confident when subject and task cues are present', () => {
    const plan = planFromQuery('한국 전통 명절에 대한 지식을 객관식으로 200문제 평가해줘');
    expect(plan.confidence).toBeGreaterThanOrEqual(0.8);
    expect(plan.confidence).toBeLessThanOrEqual(1);
    expect(plan.source).toBe('RULES');
    expect(plan.fallbackReason).toBeNull();
  });

  it('never throws on odd input', () => {
    for (const q of ['   ', '🙂🙂🙂', '{}[]()', 'a'.repeat(5000), '\u0000', '??? !!!', '1234567890']) {
      expect(() => planFromQuery(q)).not.toThrow();
    }
  });
});

describe('planFromQuery — negation and exclusion', () => {
  it('never plans an excluded subject, and "X 말고 일반 상식" never returns X', () => {
    for (const q of ['수학 말고 일반 상식', '수학 말고 일반 상식 문제로 평가해줘', 'anything but math', 'everything except math, general knowledge', '수학은 빼고', '수학을 제외한 모든 과목']) {
      const plan = planFromQuery(q);
      expect(plan.subjects, q).not.toContain('Science/Math');
      expect(plan.subjects, q).not.toContain('Science');
      expect(plan.subjects.length, q).toBeGreaterThan(5);
      expect(plan.notes.find((n) => n.code === 'SUBJECTS_EXCLUDED')?.subjects, q).toEqual(['Science/Math']);
    }
  });

  it('plans Y for "X 말고 Y" / "Y, not X" in both languages', () => {
    expect(planFromQuery('역사 말고 지리').subjects).toEqual(['HASS/Geography']);
    expect(planFromQuery('역사 대신 지리 문제').subjects).toEqual(['HASS/Geography']);
    expect(planFromQuery('철학이 아닌 종교 문제').subjects).toEqual(['HASS/Religion']);
    expect(planFromQuery('geography, not history').subjects).toEqual(['HASS/Geography']);
    expect(planFromQuery('geography rather than history').subjects).toEqual(['HASS/Geography']);
    expect(planFromQuery('geography instead of history').subjects).toEqual(['HASS/Geography']);
    expect(planFromQuery('no history questions, only geography').subjects).toEqual(['HASS/Geography']);
  });

  it('excludes every listed subject ("A와 B는 빼고", "except A, B and C")', () => {
    expect(planFromQuery('수학이랑 물리랑 화학은 빼고 과학 문제').subjects).not.toEqual(expect.arrayContaining(['Science/Math']));
    const plan = planFromQuery('science except math, physics and chemistry');
    expect(plan.subjects).not.toContain('Science/Physics');
    expect(plan.subjects).not.toContain('Science/Chemistry');
    expect(plan.subjects).not.toContain('Science/Math');
    expect(plan.subjects).toContain('Science/Biology');
  });

  it('does not read additive or restrictive phrases as exclusions', () => {
    expect(planFromQuery('스포츠 말고도 음악').subjects.sort()).toEqual(['Art & Sports/Music', 'Art & Sports/Sports']);
    expect(planFromQuery('not only math but also physics').subjects.sort()).toEqual(['Science/Math', 'Science/Physics']);
    expect(planFromQuery('nothing but math').subjects).toEqual(['Science/Math']);
    expect(planFromQuery('No, I want math').subjects).toEqual(['Science/Math']);
    expect(planFromQuery('math without tools').subjects).toEqual(['Science/Math']);
    expect(planFromQuery('도구 없이 수학 문제').subjects).toEqual(['Science/Math']);
  });

  it('applies exclusions to formats, languages and task types', () => {
    expect(planFromQuery('객관식 말고 단답형 수학').problemType).toBe('short-form');
    expect(planFromQuery('객관식 말고 수학 문제').problemType).toBe('short-form');
    expect(planFromQuery('not multiple choice, open-ended please').problemType).toBe('open-ended');
    expect(planFromQuery('화학 문제를 한국어로 말고 영어로').language).toBe('English');
    expect(planFromQuery('history questions, not in English').language).toBe('Korean');
    expect(planFromQuery('추론 말고 지식 문제').taskType).toBe('Knowledge');
    expect(planFromQuery('not reasoning and not alignment questions').taskType).toBe('Knowledge');
  });

  it('names exclusions the plan cannot express as not applied', () => {
    const task = planFromQuery('math, but not reasoning');
    expect(task.taskType).toBeNull();
    expect(task.notes).toContainEqual(expect.objectContaining({ code: 'EXCLUSION_NOT_APPLIED', words: 'reasoning' }));
    const physics = planFromQuery('Physics questions, but not quantum mechanics');
    expect(physics.subjects).toEqual(['Science/Physics']);
    expect(physics.notes).toContainEqual(expect.objectContaining({ code: 'EXCLUSION_NOT_APPLIED', subjects: ['Science/Physics'] }));
    expect(physics.rationale).toMatch(/not applied: excluding Science\/Physics/);
  });

  it('ignores target cues inside an excluded phrase', () => {
    expect(planFromQuery('한국사 말고 세계 지리 문제').targetType).toBe('General');
    expect(planFromQuery('history, but not Korean history').targetType).toBeNull();
  });
});

describe('planFromQuery — misspelled subject words', () => {
  it.each([
    ['mathmatics problems', 'Science/Math', 'mathematics'],
    ['histroy quiz', 'HASS/History', 'history'],
    ['phsyics', 'Science/Physics', 'physics'],
    ['pyschology questions', 'HASS/Cognitive Studies', 'psychology'],
    ['programing', 'Tech./Coding', 'programming'],
    ['경재학 문제', 'HASS/Economics', '경제학'],
    ['프로그레밍 문제', 'Tech./Coding', '프로그래밍'],
    ['통게학 문제', 'Science/Statistics', '통계학'],
  ])('%j → %j', (query, subject, meant) => {
    const plan = planFromQuery(query);
    expect(plan.subjects).toEqual([subject]);
    expect(plan.notes).toContainEqual(expect.objectContaining({ code: 'SUBJECT_SPELLING_CORRECTED', subjects: [subject] }));
    expect(plan.rationale).toContain(`(read as "${meant}")`);
  });

  it('leaves ordinary words alone', () => {
    const words =
      'compare evaluate evaluation questions problems models performance accuracy answers benchmark reasoning knowledge student students research company customer writing reading translation summary document contract dataset ranking assistant chatbot support coming printing pointing commuter myths transition portability clotting fiance ethnics physical historic thinking explain accurate correct honest helpful international communication negotiation';
    const plan = planFromQuery(words);
    expect(plan.notes.filter((n) => n.code === 'SUBJECT_SPELLING_CORRECTED')).toEqual([]);
    const korean = planFromQuery('역시 좋은 모델을 고르고 싶어요 경제적으로 교육할 때 쓸 과한 모델');
    expect(korean.notes.filter((n) => n.code === 'SUBJECT_SPELLING_CORRECTED')).toEqual([]);
  });
});

describe('planFromQuery — professions', () => {
  it.each([
    ['간호사가 쓸 모델', ['Science/Life Science'], 'loose'],
    ['a model for nurses', ['Science/Life Science'], 'loose'],
    ['약사용 모델', ['Science/Chemistry', 'Science/Life Science'], 'loose'],
    ['for pharmacists', ['Science/Chemistry', 'Science/Life Science'], 'loose'],
    ['변호사가 쓸 모델', ['HASS/Law'], 'close'],
    ['for lawyers', ['HASS/Law'], 'close'],
    ['회계사 업무', ['HASS/Economics'], 'loose'],
    ['for accountants', ['HASS/Economics'], 'loose'],
    ['개발자용', ['Tech./Coding', 'Tech./IT'], 'close'],
    ['for developers', ['Tech./Coding', 'Tech./IT'], 'close'],
    ['의사가 쓸 모델', ['Science/Life Science'], 'loose'],
    ['for doctors', ['Science/Life Science'], 'loose'],
    ['선생님들이 쓸 모델', ['HASS/Education'], 'loose'],
    ['for teachers', ['HASS/Education'], 'loose'],
    ['엔지니어용 모델', ['Tech.'], 'loose'],
    ['for engineers', ['Tech.'], 'loose'],
  ])('%j → %j (%s fit)', (query, subjects, fit) => {
    const plan = planFromQuery(query);
    expect(plan.subjects).toEqual(subjects);
    const approximated = plan.notes.filter((n) => n.code === 'PROFESSION_APPROXIMATED');
    expect(approximated.length).toBe(fit === 'loose' ? 1 : 0);
    if (fit === 'loose') expect(plan.rationale).toMatch(/profession ".+" approximated by/);
  });

  it('plans the subject a teacher teaches, and says the profession was not a filter', () => {
    const plan = planFromQuery('고등학교 수학 선생님이 쓸 모델');
    expect(plan.subjects).toEqual(['Science/Math']);
    expect(plan.notes.map((n) => n.code).sort()).toEqual(['PROFESSION_NOT_APPLIED', 'SCHOOL_LEVEL_NOT_APPLIED']);
    expect(planFromQuery('a model for a history teacher').subjects).toEqual(['HASS/History']);
  });

  it('does not read 의사 in 의사 결정/의사소통 as a doctor', () => {
    expect(planFromQuery('의사 결정 능력 평가').subjects).toEqual([]);
    expect(planFromQuery('의사소통 능력').subjects).toEqual([]);
  });
});

describe('planFromQuery — qualifiers the taxonomy cannot express', () => {
  it.each([
    ['고등학생 수준의 수학 문제', 'SCHOOL_LEVEL_NOT_APPLIED', '고등학생'],
    ['Korean math problems for high school students', 'SCHOOL_LEVEL_NOT_APPLIED', 'high school'],
    ['college-level physics', 'SCHOOL_LEVEL_NOT_APPLIED', 'college-level'],
    ['수능 국어 문제', 'SCHOOL_LEVEL_NOT_APPLIED', '수능'],
    ['초등학교 3학년 과학', 'SCHOOL_LEVEL_NOT_APPLIED', '초등학교'],
    ['어려운 수학 문제', 'DIFFICULTY_NOT_APPLIED', '어려운'],
    ['hard chemistry questions', 'DIFFICULTY_NOT_APPLIED', 'hard'],
  ])('%j → %s (%j)', (query, code, words) => {
    const plan = planFromQuery(query);
    expect(plan.notes).toContainEqual(expect.objectContaining({ code, words }));
    expect(plan.rationale).toContain(`not applied: ${code === 'DIFFICULTY_NOT_APPLIED' ? 'difficulty' : 'school level'} "${words}"`);
  });

  it('adds no note to a plain query', () => {
    expect(planFromQuery('Compare models on math, 50 questions').notes).toEqual([]);
    expect(planFromQuery('한국 전통 명절에 대한 지식을 객관식으로 200문제 평가해줘').notes).toEqual([]);
  });
});

describe('planFromQuery — counts in words', () => {
  it.each([
    ['history questions, 30 of them', 30],
    ['math problems, forty-two of them', 42],
    ['twenty-five chemistry questions', 25],
    ['a dozen physics questions', 12],
    ['three hundred fifty biology items', 350],
    ['one thousand two hundred questions', 1200],
    ['biology questions: 75', 75],
    ['a total of 80 questions', 80],
    ['수학 문제 마흔 개', 40],
    ['역사 문제 쉰 개', 50],
    ['화학 문항 서른다섯 개', 35],
    ['스무 문제', 20],
    ['열두 개', 12],
    ['이만 개', 10000],
    ['오십오 문제', 55],
  ])('%j → %d', (query, n) => {
    expect(planFromQuery(query).sampleSize).toBe(n);
  });

  it('does not count models, options or a single question', () => {
    expect(planFromQuery('compare three models on history').sampleSize).toBe(100);
    expect(planFromQuery('compare these models, 3 of them, on history').sampleSize).toBe(100);
    expect(planFromQuery('네 개의 선택지가 있는 역사 문제').sampleSize).toBe(100);
    expect(planFromQuery('4개의 선택지가 있는 역사 문제').sampleSize).toBe(100);
    expect(planFromQuery('모델 세 개를 비교').sampleSize).toBe(100);
    expect(planFromQuery('한 문제씩 풀게 해줘').sampleSize).toBe(100);
    expect(planFromQuery('one question at a time on history').sampleSize).toBe(100);
    expect(planFromQuery('모델 3개로 20문제 비교').sampleSize).toBe(20);
  });
});

describe('planFromQuery — subject words in long paragraphs', () => {
  it('keeps a subject word mentioned along the way a subject, not the task type', () => {
    const plan = planFromQuery(
      'We build a tutoring app for chemistry and physics. Our parents sometimes ask about ethics and safety, which we handle elsewhere. For this comparison we want to see how well the models reason through multi-step problems, 80 questions.',
    );
    expect(plan.taskType).toBe('Reasoning');
    expect(plan.subjects).toContain('Science/Chemistry');
  });

  it('still reads an alignment paragraph as an alignment task', () => {
    const plan = planFromQuery(
      'Our trust and safety team reviews chatbot answers every day. We worry about harmful advice, stereotypes and jailbreaks. Please compare the models on safety and alignment with open-ended prompts.',
    );
    expect(plan.taskType).toBe('Value/Alignment');
  });

  it('keeps short alignment queries as before', () => {
    expect(planFromQuery('ethics questions').taskType).toBe('Value/Alignment');
    expect(planFromQuery('philosophy and ethics, open-ended').taskType).toBe('Value/Alignment');
  });
});
