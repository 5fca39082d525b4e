/**
 * Evaluation set for the rules planner: realistic requests an LLM researcher would type, with
 * hand-written expectations. Expectations follow the documented planner conventions (see
 * rules.ts header) and were written before the implementation was tuned:
 *
 * - language: the language the query is written in, unless it names one ("in English",
 *   "영어로", "Korean math problems" → Korean). An explicit "in <language>" beats a bare
 *   adjective ("Korean history ... in English" → English).
 * - subjects: fine categories named by the query; a coarse category when only the broad area is
 *   named; [] = no subject filter (all). A coarse category subsumes its own fines unless the
 *   query narrows it ("특히", "especially"). Order is irrelevant (compared as sets).
 * - taskType / targetType: null when the query is silent (= all). Local when the query is about
 *   Korean culture/traditions/customs/etiquette or ties Korea to a non-STEM topic; General only
 *   for explicit universal/world/global scope.
 * - problemType: MCQA unless a format is named. sampleSize: 100 unless a count is named.
 */
import type { Language, ProblemType, TargetType, TaskType } from '../benchmark';
import { COARSE_CATEGORIES, coarseOf, finesOf, isCoarse, type SubjectCategory } from '../taxonomy';

/** Families of the issue #14 extension (reported separately by the evaluation test). */
export type PlannerEvalFamily = 'negation' | 'fuzzy' | 'profession' | 'count-words' | 'long-paragraph';

export interface PlannerEvalCase {
  query: string;
  expected: {
    language: Language;
    subjects: string[];
    taskType: TaskType | null;
    targetType: TargetType | null;
    problemType: ProblemType;
    sampleSize: number;
    /** Checked only when present. */
    externalToolUsage?: boolean;
  };
  /**
   * A known disagreement with the planner conventions, kept in the set (and in the accuracy) so
   * that the miss stays visible; its exact-match test is expected to fail until fixed.
   */
  knownIssue?: string;
  /** Set on the issue #14 cases: which capability the case exercises. */
  family?: PlannerEvalFamily;
}

/**
 * The plan subjects that mean "every subject except these": the coarse categories, with the
 * coarse category of an excluded fine replaced by its remaining fines. (A plain definition of the
 * expected set, so that long complements need not be spelled out by hand.)
 */
export function allSubjectsExcept(...excluded: SubjectCategory[]): string[] {
  const out: string[] = [];
  for (const coarse of COARSE_CATEGORIES) {
    if (excluded.includes(coarse)) continue;
    const fines = finesOf(coarse);
    const kept = fines.filter((f) => !excluded.includes(f));
    out.push(...(kept.length === fines.length ? [coarse] : kept));
  }
  return out;
}

/** The fines of `coarse` other than the excluded ones. */
export function finesExcept(coarse: SubjectCategory, ...excluded: SubjectCategory[]): string[] {
  if (!isCoarse(coarse)) throw new Error(`${coarse} is not a coarse category`);
  return finesOf(coarse).filter((f) => !excluded.includes(f) && coarseOf(f) === coarse);
}

export const PLANNER_EVAL_CASES: readonly PlannerEvalCase[] = [
  // ---------------------------------------------------------------- Korean
  {
    query: '한국 전통 명절에 대한 지식을 객관식으로 200문제 평가해줘',
    expected: { language: 'Korean', subjects: ['Culture/Celebration Holiday'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 200 },
  },
  {
    query: '편향성과 안전성 관점에서 모델을 비교하고 싶어요',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Bias', 'Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '고등학생 수준의 수학 추론 문제로 모델들을 비교해줘',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '파이썬 코딩 능력을 단답형 50문제로 평가하고 싶어',
    expected: { language: 'Korean', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 50 },
  },
  {
    query: '한국사 지식을 묻는 객관식 문제 300개로 평가해 주세요',
    expected: { language: 'Korean', subjects: ['HASS/History'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 300 },
  },
  {
    query: '한복과 같은 한국 전통 의복에 대해 얼마나 잘 아는지 확인하고 싶어',
    expected: { language: 'Korean', subjects: ['Culture/Clothing'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '물리와 화학 문제를 영어로 풀게 해서 비교해줘',
    expected: { language: 'English', subjects: ['Science/Physics', 'Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '법률 분야 서술형 문제로 모델을 평가하고 싶습니다',
    expected: { language: 'Korean', subjects: ['HASS/Law'], taskType: null, targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: '한국의 예절과 풍습을 모델이 얼마나 이해하는지 OX 문제로 테스트해줘',
    expected: { language: 'Korean', subjects: ['Culture/Tradition', 'Social Intelligence/Norms'], taskType: null, targetType: 'Local', problemType: 'Binary', sampleSize: 100 },
  },
  {
    query: '경제학과 금융 관련 지식을 평가해줘, 샘플 500개',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 500 },
  },
  {
    query: '의학 지식 객관식 1000문항으로 모델 비교',
    expected: { language: 'Korean', subjects: ['Science/Life Science'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 1000 },
  },
  {
    query: 'AI 모델들이 인공지능 분야 지식을 얼마나 가지고 있는지 궁금해',
    expected: { language: 'Korean', subjects: ['Tech./AI'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '전기공학 관련 객관식 문제로 모델을 평가하고 싶어요',
    expected: { language: 'Korean', subjects: ['Tech./Electrical Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '상식 추론 능력을 비교하고 싶어',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Commonsense'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '한국 음식 문화에 대한 질문 150개로 평가해줘',
    expected: { language: 'Korean', subjects: ['Culture/Food'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 150 },
  },
  {
    query: '과학 전반에 대한 지식을 참거짓 문제로 평가',
    expected: { language: 'Korean', subjects: ['Science'], taskType: 'Knowledge', targetType: null, problemType: 'Binary', sampleSize: 100 },
  },
  {
    query: '모델의 윤리적 판단과 가치관 정렬 정도를 서술형으로 평가하고 싶어요',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: '통계학 문제 n=250으로 추론 능력 비교',
    expected: { language: 'Korean', subjects: ['Science/Statistics'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 250 },
  },
  {
    query: '계산기 같은 도구를 사용해서 수학 문장제를 풀게 하고 싶어',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100, externalToolUsage: true },
  },
  {
    query: '한국 문학 작품에 대한 이해를 평가하는 객관식 문제 120개',
    expected: { language: 'Korean', subjects: ['HASS/Literature'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 120 },
  },
  {
    query: 'K-pop과 한국 음악에 대해 얼마나 아는지 테스트',
    expected: { language: 'Korean', subjects: ['Art & Sports/Music'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '스포츠 관련 상식 퀴즈로 모델 순위를 매겨줘',
    expected: { language: 'Korean', subjects: ['Art & Sports/Sports'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '우리나라 지리에 대한 지식을 단답형으로 80문제',
    expected: { language: 'Korean', subjects: ['HASS/Geography'], taskType: 'Knowledge', targetType: 'Local', problemType: 'short-form', sampleSize: 80 },
  },
  {
    query: '영어로 된 생물학 문제 200개로 비교해줘',
    expected: { language: 'English', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 200 },
  },
  {
    query: '철학과 종교에 관한 서술형 질문으로 모델을 평가',
    expected: { language: 'Korean', subjects: ['HASS/Philosophy', 'HASS/Religion'], taskType: null, targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: '직장 생활과 가족 관계에 대한 한국 문화 이해도를 보고 싶어',
    expected: { language: 'Korean', subjects: ['Culture/Work Life', 'Culture/Family'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '토목공학이랑 건축 관련 문제 120개',
    expected: { language: 'Korean', subjects: ['Tech./Civil Eng.', 'Art & Sports/Architecture'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 120 },
  },
  {
    query: '천문학과 지구과학 지식을 평가하고 싶어요',
    expected: { language: 'Korean', subjects: ['Science/Astronomy', 'Science/Earth Science'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '사회적 편견이나 고정관념을 얼마나 가지고 있는지 확인하고 싶어',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Bias'], taskType: 'Value/Alignment', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '정치와 행정 분야 객관식 문제로 모델 3개를 비교해줘',
    expected: { language: 'Korean', subjects: ['HASS/Politics', 'HASS/Administration'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '인문학 전반에 대한 추론 능력을 평가해줘',
    expected: { language: 'Korean', subjects: ['HASS'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '데이터베이스와 네트워크 같은 IT 지식 객관식 400문제',
    expected: { language: 'Korean', subjects: ['Tech./IT'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 400 },
  },
  {
    query: '모델이 도구 없이 미적분 문제를 얼마나 잘 푸는지 보고 싶어',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100, externalToolUsage: false },
  },
  {
    query: '환경공학과 에너지 분야 문제를 예/아니오 형식으로 60개',
    expected: { language: 'Korean', subjects: ['Tech./Environmental Eng.', 'Tech./Energy'], taskType: null, targetType: null, problemType: 'Binary', sampleSize: 60 },
  },
  {
    query: '추석, 설날 같은 명절 풍습에 대한 질문에 답하게 해줘',
    expected: { language: 'Korean', subjects: ['Culture/Celebration Holiday', 'Culture/Tradition'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '스마트팜이나 농업 공학 관련 문제로 모델 평가해줘',
    expected: { language: 'Korean', subjects: ['Tech./Agricultural Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '미술과 사진, 조각 작품에 대한 지식을 평가하고 싶다',
    expected: { language: 'Korean', subjects: ['Art & Sports/Painting', 'Art & Sports/Photography', 'Art & Sports/Sculpture'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '한국어 맞춤법과 문법 지식을 평가해줘',
    expected: { language: 'Korean', subjects: ['HASS/Language'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '기업 업무에 쓸 모델을 고르고 싶은데, 회계와 경영 지식 중심으로 평가해줘',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '모델들이 한국 속담과 사자성어를 얼마나 알고 있는지 보고 싶어',
    expected: { language: 'Korean', subjects: ['HASS/Language'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'GPT-4o랑 Claude 중에 Python 코딩 잘하는 모델 찾아줘, 150 samples',
    expected: { language: 'Korean', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 150 },
  },
  {
    query: '수능 국어 문제로 한국어 능력을 평가하고 싶어',
    expected: { language: 'Korean', subjects: ['HASS/Language'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '2024학년도 수능 수학 문제 30개로 모델 3개 비교',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 30 },
  },
  {
    query: '사회 규범과 상식에 대한 이해를 주관식으로 평가',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Norms', 'Social Intelligence/Commonsense'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 100 },
  },
  {
    query: '과학기술 분야 전반의 추론 능력을 보고 싶어요',
    expected: { language: 'Korean', subjects: ['Science', 'Tech.'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '예술과 스포츠 분야 지식 평가',
    expected: { language: 'Korean', subjects: ['Art & Sports'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '사회지능, 특히 편향 관련 문제를 서술형으로',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Bias'], taskType: 'Value/Alignment', targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: '의료기기나 생체공학 관련 지식 평가해줘',
    expected: { language: 'Korean', subjects: ['Tech./Biomedical Eng.'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '어떤 모델이 제일 좋은지 알려줘',
    expected: { language: 'Korean', subjects: [], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '세계사 문제 오십 문제로 모델을 평가해 줘',
    expected: { language: 'Korean', subjects: ['HASS/History'], taskType: null, targetType: 'General', problemType: 'MCQA', sampleSize: 50 },
  },

  // ---------------------------------------------------------------- English
  {
    query: 'Compare these models on Korean math problems for high school students',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Which model is best at Python coding with reasoning, 50 questions',
    expected: { language: 'English', subjects: ['Tech./Coding'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 50 },
  },
  {
    query: 'Evaluate models on Korean traditional culture knowledge with 200 samples',
    expected: { language: 'Korean', subjects: ['Culture/Tradition'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 200 },
  },
  {
    query: 'I want to know which LLM handles physics word problems best',
    expected: { language: 'English', subjects: ['Science/Physics'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Test the models on social bias and fairness using true/false questions',
    expected: { language: 'English', subjects: ['Social Intelligence/Bias'], taskType: 'Value/Alignment', targetType: null, problemType: 'Binary', sampleSize: 100 },
  },
  {
    query: 'Benchmark state-of-the-art models on chemistry, 300 items, multiple choice',
    expected: { language: 'English', subjects: ['Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 300 },
  },
  {
    query: 'How well do models know Korean history? Use short answer questions in English',
    expected: { language: 'English', subjects: ['HASS/History'], taskType: 'Knowledge', targetType: 'Local', problemType: 'short-form', sampleSize: 100 },
  },
  {
    query: 'Evaluate safety and alignment of our chatbot with open-ended prompts, n=120',
    expected: { language: 'English', subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: null, problemType: 'open-ended', sampleSize: 120 },
  },
  {
    query: 'Compare models on legal reasoning in Korean',
    expected: { language: 'Korean', subjects: ['HASS/Law'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Medical knowledge benchmark with 1000 multiple-choice questions',
    expected: { language: 'English', subjects: ['Science/Life Science'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 1000 },
  },
  {
    query: 'Find the best model for commonsense reasoning',
    expected: { language: 'English', subjects: ['Social Intelligence/Commonsense'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate economics and finance knowledge, 250 samples',
    expected: { language: 'English', subjects: ['HASS/Economics'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 250 },
  },
  {
    query: 'Which model understands Korean etiquette and social norms best?',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Norms'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare models on machine learning and deep learning concepts',
    expected: { language: 'English', subjects: ['Tech./AI'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'I need an evaluation on general science knowledge with yes/no questions',
    expected: { language: 'English', subjects: ['Science'], taskType: 'Knowledge', targetType: null, problemType: 'Binary', sampleSize: 100 },
  },
  {
    query: 'Test calculus and probability problems that require multi-step reasoning, allow calculator use',
    expected: { language: 'English', subjects: ['Science/Math'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100, externalToolUsage: true },
  },
  {
    query: 'Evaluate models on Korean food and cuisine with 80 questions',
    expected: { language: 'Korean', subjects: ['Culture/Food'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 80 },
  },
  {
    query: 'Rank the models on world history and geography trivia',
    expected: { language: 'English', subjects: ['HASS/History', 'HASS/Geography'], taskType: 'Knowledge', targetType: 'General', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare models on electrical engineering and electronics, 150 problems',
    expected: { language: 'English', subjects: ['Tech./Electrical Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 150 },
  },
  {
    query: 'Evaluate understanding of Korean holidays like Chuseok and Seollal',
    expected: { language: 'Korean', subjects: ['Culture/Celebration Holiday'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Which model is least toxic and most harmless? Use open-ended prompts',
    expected: { language: 'English', subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: 'Evaluate the models on literature and poetry in English',
    expected: { language: 'English', subjects: ['HASS/Literature'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare on astronomy and atmospheric science, 500 questions',
    expected: { language: 'English', subjects: ['Science/Astronomy', 'Science/Atmospheric Science'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 500 },
  },
  {
    query: 'Test SQL and algorithm questions as short-form answers',
    expected: { language: 'English', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 100 },
  },
  {
    query: 'I want to see how models do on music, painting and sports',
    expected: { language: 'English', subjects: ['Art & Sports/Music', 'Art & Sports/Painting', 'Art & Sports/Sports'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate reasoning about cultural norms and traditions in Korea',
    expected: { language: 'English', subjects: ['Culture/Tradition', 'Social Intelligence/Norms'], taskType: 'Reasoning', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Benchmark models on nuclear and aerospace engineering knowledge',
    expected: { language: 'English', subjects: ['Tech./Nuclear Eng.', 'Tech./Aerospace Eng.'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare models on humanities and social sciences questions, 200 items',
    expected: { language: 'English', subjects: ['HASS'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 200 },
  },
  {
    query: 'Which model has the best factual knowledge about biology and genetics?',
    expected: { language: 'English', subjects: ['Science/Biology'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate the models in Korean on statistics with tool use enabled',
    expected: { language: 'Korean', subjects: ['Science/Statistics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100, externalToolUsage: true },
  },
  {
    query: 'Compare GPT-4o and Claude 3.5 on political science questions, 40 questions',
    expected: { language: 'English', subjects: ['HASS/Politics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 40 },
  },
  {
    query: 'Evaluate Korean-specific knowledge of law and administration',
    expected: { language: 'Korean', subjects: ['HASS/Law', 'HASS/Administration'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Test models on psychology and cognitive science with essay questions',
    expected: { language: 'English', subjects: ['HASS/Cognitive Studies'], taskType: null, targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: 'Run 20000 samples of math reasoning',
    expected: { language: 'English', subjects: ['Science/Math'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 10000 },
  },
  {
    query: 'Which model is best for our team? We care about general reasoning',
    expected: { language: 'English', subjects: [], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate models on mechanical engineering and materials science',
    expected: { language: 'English', subjects: ['Tech./Mechanics', 'Tech./Materials Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare the models on Korean fashion, clothing and hanbok, true or false',
    expected: { language: 'Korean', subjects: ['Art & Sports/Fashion', 'Culture/Clothing'], taskType: null, targetType: 'Local', problemType: 'Binary', sampleSize: 100 },
  },
  {
    query: 'Evaluate on welfare policy and international trade questions',
    expected: { language: 'English', subjects: ['HASS/Welfare', 'HASS/Trade'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Hello',
    expected: { language: 'English', subjects: [], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate models on daily life and leisure in Korea, 100 questions in Korean',
    expected: { language: 'Korean', subjects: ['Culture/Daily Life', 'Culture/Leisure'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Which of the top 3 models does best on Korean biology questions from the 2023 exam?',
    expected: { language: 'Korean', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Quick sanity check: general knowledge trivia in Korean, 30 items',
    expected: { language: 'Korean', subjects: [], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 30 },
  },
  {
    query: 'Evaluate the models on technology and engineering topics with 500 samples',
    expected: { language: 'English', subjects: ['Tech.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 500 },
  },
  {
    query: 'I want to test coding, especially in Python, on 75 tasks with tool use',
    expected: { language: 'English', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 75, externalToolUsage: true },
  },
  {
    query: 'Science, especially quantum physics and organic chemistry, as open-ended questions',
    expected: { language: 'English', subjects: ['Science/Physics', 'Science/Chemistry'], taskType: null, targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: 'Check which model follows Korean social norms and avoids stereotypes, 60 questions',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Norms', 'Social Intelligence/Bias'], taskType: 'Value/Alignment', targetType: 'Local', problemType: 'MCQA', sampleSize: 60 },
  },
  {
    query: 'Evaluate universal, culture-agnostic ethics questions with a hundred samples',
    expected: { language: 'English', subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: 'General', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate shipbuilding and civil engineering knowledge, fill-in-the-blank, 90 items',
    expected: { language: 'English', subjects: ['Tech./Marine Eng.', 'Tech./Civil Eng.'], taskType: 'Knowledge', targetType: null, problemType: 'short-form', sampleSize: 90 },
  },
  {
    query: 'How do models handle questions about urban planning and transportation?',
    expected: { language: 'English', subjects: ['Tech./Urban Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate Korean festivals and performing arts like pansori, 70 questions',
    expected: { language: 'Korean', subjects: ['Art & Sports/Festivals', 'Art & Sports/Performing'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 70 },
  },
  // ---------------------------------------------------------------- blind batch B (expectations written before running)
  {
    query: 'Evaluate which model best understands Korean table manners and dining etiquette',
    expected: { language: 'Korean', subjects: ['Culture/Food', 'Social Intelligence/Norms'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '수학 올림피아드 수준의 어려운 문제 100개로 추론 능력 평가',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare models on Korean medical licensing exam questions',
    expected: { language: 'Korean', subjects: ['Science/Life Science'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '기후 변화와 환경 문제에 대한 지식을 평가하고 싶어',
    expected: { language: 'Korean', subjects: ['Science/Atmospheric Science', 'Tech./Environmental Eng.'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'I need 400 Korean questions on philosophy and ethics, open-ended',
    expected: { language: 'Korean', subjects: ['HASS/Philosophy', 'Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: null, problemType: 'open-ended', sampleSize: 400 },
  },
  {
    query: '모델별로 한국 민속놀이와 세시풍속을 얼마나 아는지 비교',
    expected: { language: 'Korean', subjects: ['Culture/Tradition'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate LLMs on cybersecurity and network knowledge, 80 MCQs',
    expected: { language: 'English', subjects: ['Tech./IT'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 80 },
  },
  {
    query: 'Which model gives the most unbiased answers about gender roles in Korean society?',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Bias'], taskType: 'Value/Alignment', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '로봇공학과 기계 설계 관련 단답형 문제 70개',
    expected: { language: 'Korean', subjects: ['Tech./Mechanics'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 70 },
  },
  {
    query: 'Test knowledge of world religions with 150 true/false questions',
    expected: { language: 'English', subjects: ['HASS/Religion'], taskType: 'Knowledge', targetType: 'General', problemType: 'Binary', sampleSize: 150 },
  },
  {
    query: '초등학생용 과학 퀴즈로 모델들 비교해줘',
    expected: { language: 'Korean', subjects: ['Science'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Please compare models on Korean pop culture',
    expected: { language: 'Korean', subjects: ['Culture'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '법학 적성 시험(LEET) 스타일의 논리 추론 문제',
    expected: { language: 'Korean', subjects: ['HASS/Law'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: "Evaluate models' ability to solve physics and chemistry problems step by step, 60 samples, in Korean",
    expected: { language: 'Korean', subjects: ['Science/Physics', 'Science/Chemistry'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 60 },
  },
  {
    query: '한국 현대 정치사에 대한 서술형 문제',
    expected: { language: 'Korean', subjects: ['HASS/History', 'HASS/Politics'], taskType: null, targetType: 'Local', problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: 'Compare models on solar power and battery technology, 200 items',
    expected: { language: 'English', subjects: ['Tech./Energy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 200 },
  },
  {
    query: '사회복지와 연금 제도에 관한 지식 평가, 90개',
    expected: { language: 'Korean', subjects: ['HASS/Welfare'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 90 },
  },
  {
    query: 'How well do LLMs know Korean geography? yes/no format please',
    expected: { language: 'Korean', subjects: ['HASS/Geography'], taskType: 'Knowledge', targetType: 'Local', problemType: 'Binary', sampleSize: 100 },
  },
  {
    query: 'Compare the models on high school chemistry and biology in Korean, short answers, 120 questions',
    expected: { language: 'Korean', subjects: ['Science/Biology', 'Science/Chemistry'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 120 },
  },
  {
    query: '모델의 사회적 상식과 눈치를 평가하고 싶어',
    expected: { language: 'Korean', subjects: ['Social Intelligence'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate models on Korean traditional medicine',
    expected: { language: 'Korean', subjects: ['Science/Life Science'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '인공지능과 데이터 과학 지식 300문제',
    expected: { language: 'Korean', subjects: ['Tech./AI', 'Science/Statistics'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 300 },
  },
  {
    query: 'Are the models good at answering questions about famous Korean painters and sculptors?',
    expected: { language: 'Korean', subjects: ['Art & Sports/Painting', 'Art & Sports/Sculpture'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Test the models on calculus with a calculator allowed, 25 problems',
    expected: { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 25 },
  },
  {
    query: '집안 행사와 관혼상제 같은 한국 가정 문화를 평가',
    expected: { language: 'Korean', subjects: ['Culture/Family', 'Culture/Tradition'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate the models on English grammar with fill-in-the-blank questions',
    expected: { language: 'English', subjects: ['HASS/Language'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 100 },
  },
  {
    query: '모델들이 한국어 존댓말을 제대로 쓰는지 평가',
    expected: { language: 'Korean', subjects: ['HASS/Language'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: "I'd like a Korean benchmark run of 500 items mixing history, economics and law",
    expected: { language: 'Korean', subjects: ['HASS/Economics', 'HASS/History', 'HASS/Law'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 500 },
  },
  {
    query: '사진과 영상 편집 기술에 대한 지식',
    expected: { language: 'Korean', subjects: ['Art & Sports/Photography'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate bias in hiring decisions and workplace discrimination',
    expected: { language: 'English', subjects: ['Social Intelligence/Bias', 'Culture/Work Life'], taskType: 'Value/Alignment', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  // ---------------------------------------------------------------- blind batch C (expectations written before running)
  {
    query: '요즘 나온 LLM들 중에 한국 역사 제일 잘 아는 모델 찾아줘',
    expected: { language: 'Korean', subjects: ['HASS/History'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Benchmark Korean LLMs on KMMLU-style questions about accounting and tax, 300 samples',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 300 },
  },
  {
    query: '코딩 테스트 문제를 파이썬으로 풀게 해서 정확도를 비교하고 싶어요. 문제는 40개',
    expected: { language: 'Korean', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 40 },
  },
  {
    query: 'Which model is the most culturally aware when it comes to Korean holidays and food?',
    expected: { language: 'Korean', subjects: ['Culture/Celebration Holiday', 'Culture/Food'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '간단한 참/거짓 문제로 과학 상식을 확인해 보자',
    expected: { language: 'Korean', subjects: ['Science'], taskType: 'Knowledge', targetType: null, problemType: 'Binary', sampleSize: 100 },
  },
  {
    query: 'Evaluate physics reasoning without any tools, 150 questions',
    expected: { language: 'English', subjects: ['Science/Physics'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 150, externalToolUsage: false },
  },
  {
    query: '한국 사회의 세대 갈등과 젠더 이슈에 대한 모델의 편향을 보고 싶어',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Bias'], taskType: 'Value/Alignment', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Test open-ended answers about Korean architecture and housing',
    expected: { language: 'Korean', subjects: ['Art & Sports/Architecture', 'Culture/Housing'], taskType: null, targetType: 'Local', problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: 'I want to evaluate models on graduate-level biology, short answer format',
    expected: { language: 'English', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 100 },
  },
  {
    query: '지구과학이랑 천문학 문제로 200개 뽑아줘',
    expected: { language: 'Korean', subjects: ['Science/Astronomy', 'Science/Earth Science'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 200 },
  },
  {
    query: 'Compare models on moral dilemmas',
    expected: { language: 'English', subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '한국 대중음악 역사에 대한 퀴즈',
    expected: { language: 'Korean', subjects: ['Art & Sports/Music', 'HASS/History'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate spatial and logical reasoning puzzles, yes-or-no, n=80',
    expected: { language: 'English', subjects: [], taskType: 'Reasoning', targetType: null, problemType: 'Binary', sampleSize: 80 },
  },
  {
    query: '신문 기사 요약 능력을 서술형으로 평가하고 싶어요',
    expected: { language: 'Korean', subjects: ['HASS/Media'], taskType: null, targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    query: 'Which model handles Korean legal documents best? Use 60 multiple choice questions',
    expected: { language: 'Korean', subjects: ['HASS/Law'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 60 },
  },
  {
    query: '환경 오염과 재활용 관련 지식 문제',
    expected: { language: 'Korean', subjects: ['Tech./Environmental Eng.'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Rank models by their knowledge of Korean sports like baseball and taekwondo',
    expected: { language: 'Korean', subjects: ['Art & Sports/Sports'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '미적분과 확률통계 문제 500개로 수학 실력 비교',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 500 },
  },
  {
    query: 'Evaluate on nutrition and public health knowledge',
    expected: { language: 'English', subjects: ['Science/Life Science'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '건설 현장 안전 관련 문제로 평가',
    expected: { language: 'Korean', subjects: ['Tech./Civil Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare models on economics questions from the Korean CSAT social studies section',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
    knownIssue: 'a named coarse area ("social studies") subsumes its fines unless narrowed; here it is only the source section, and "Korean CSAT" makes the HASS subject Local',
  },
  {
    query: '어린이 교육용 챗봇으로 쓸 모델을 고르려고 하는데 안전성과 교육 관련 지식을 보고 싶어',
    expected: { language: 'Korean', subjects: ['HASS/Education', 'Social Intelligence/Value/Alignment'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate the models on Korean language and literature (국어) at high school level',
    expected: { language: 'Korean', subjects: ['HASS/Language', 'HASS/Literature'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '항공기 정비 관련 기술 문제 100개',
    expected: { language: 'Korean', subjects: ['Tech./Aerospace Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Compare models on 3 domains: math, coding, and history, 100 each',
    expected: { language: 'English', subjects: ['Science/Math', 'Tech./Coding', 'HASS/History'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: 'Evaluate models on Korean folk tales and mythology',
    expected: { language: 'Korean', subjects: ['Culture/Tradition'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    query: '오픈북 형태로 검색 도구를 허용해서 시사 상식 문제를 풀게 해줘',
    expected: { language: 'Korean', subjects: [], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100, externalToolUsage: true },
  },
  {
    query: 'Evaluate models on semiconductor and electronics engineering, 1,500 questions',
    expected: { language: 'English', subjects: ['Tech./Electrical Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 1500 },
  },
  {
    query: '한국의 주거 문화와 아파트 생활에 대한 질문 80개',
    expected: { language: 'Korean', subjects: ['Culture/Housing'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 80 },
  },
  {
    query: 'Evaluate marine biology and oceanography knowledge',
    expected: { language: 'English', subjects: ['Science/Biology', 'Science/Earth Science'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },

  // ---------------------------------------------------------------- issue #14 families (expectations written before the implementation)
  // Negation and exclusion: excluded subjects are never planned; "X 말고 Y" plans Y; without a Y, every subject but X.
  {
    family: 'negation',
    query: '수학 말고 일반 상식 문제로 평가해줘',
    expected: { language: 'Korean', subjects: allSubjectsExcept('Science/Math'), taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '역사 말고 지리 문제 100개',
    expected: { language: 'Korean', subjects: ['HASS/Geography'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '물리 빼고 과학 문제로 비교해줘',
    expected: { language: 'Korean', subjects: finesExcept('Science', 'Science/Physics'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '코딩은 제외하고 공학 분야 문제로 평가해줘',
    expected: { language: 'Korean', subjects: finesExcept('Tech.', 'Tech./Coding'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '법률이랑 정치는 빼고 인문사회 문제 200개',
    expected: { language: 'Korean', subjects: finesExcept('HASS', 'HASS/Law', 'HASS/Politics'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 200 },
  },
  {
    family: 'negation',
    query: '한국사를 제외한 한국 문화 문제',
    expected: { language: 'Korean', subjects: ['Culture'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '객관식 말고 단답형으로 수학 문제 50개',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 50 },
  },
  {
    family: 'negation',
    query: '추론 말고 지식 위주로 경제 문제를 내줘',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '화학 문제를 한국어로 말고 영어로 내줘',
    expected: { language: 'English', subjects: ['Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '수학 문제는 필요 없고 문학 문제로만 80문항',
    expected: { language: 'Korean', subjects: ['HASS/Literature'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 80 },
  },
  {
    family: 'negation',
    query: '의학 분야는 빼줘. 나머지는 과학 과목으로 평가해',
    expected: { language: 'Korean', subjects: finesExcept('Science', 'Science/Life Science'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '스포츠 말고도 음악 문제도 포함해서 평가',
    expected: { language: 'Korean', subjects: ['Art & Sports/Sports', 'Art & Sports/Music'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '철학이 아닌 윤리 문제로 모델의 가치관을 보고 싶어',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/Alignment', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Anything but math, please: 50 questions',
    expected: { language: 'English', subjects: allSubjectsExcept('Science/Math'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 50 },
  },
  {
    family: 'negation',
    query: 'Evaluate on science questions except physics',
    expected: { language: 'English', subjects: finesExcept('Science', 'Science/Physics'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'No history questions, just geography and economics',
    expected: { language: 'English', subjects: ['HASS/Geography', 'HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Compare the models on humanities, excluding law and politics',
    expected: { language: 'English', subjects: finesExcept('HASS', 'HASS/Law', 'HASS/Politics'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'I want coding problems, not math',
    expected: { language: 'English', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Everything other than chemistry, 300 items',
    expected: { language: 'English', subjects: allSubjectsExcept('Science/Chemistry'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 300 },
  },
  {
    family: 'negation',
    query: 'Test reasoning without any math questions',
    expected: { language: 'English', subjects: allSubjectsExcept('Science/Math'), taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Not multiple choice — I want short answers on biology',
    expected: { language: 'English', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'short-form', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Not only math but also physics questions',
    expected: { language: 'English', subjects: ['Science/Math', 'Science/Physics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Korean, not English: questions about Korean history',
    expected: { language: 'Korean', subjects: ['HASS/History'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'I do not want ethics questions; give me philosophy ones',
    expected: { language: 'English', subjects: ['HASS/Philosophy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Compare models on art, but no sculpture or photography',
    expected: { language: 'English', subjects: finesExcept('Art & Sports', 'Art & Sports/Sculpture', 'Art & Sports/Photography'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  // Subject words with typos.
  {
    family: 'fuzzy',
    query: 'Compare models on mathmatics problems',
    expected: { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'phsyics and chemestry questions, 40 items',
    expected: { language: 'English', subjects: ['Science/Physics', 'Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 40 },
  },
  {
    family: 'fuzzy',
    query: 'Evaluate pyschology knowledge',
    expected: { language: 'English', subjects: ['HASS/Cognitive Studies'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'A quiz on the histroy of Korea',
    expected: { language: 'English', subjects: ['HASS/History'], taskType: 'Knowledge', targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'economcis and finanse questions',
    expected: { language: 'English', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'Which model is best at programing?',
    expected: { language: 'English', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'geograpy and astronmy, 25 questions',
    expected: { language: 'English', subjects: ['HASS/Geography', 'Science/Astronomy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 25 },
  },
  {
    family: 'fuzzy',
    query: 'philosphy and litrature essays',
    expected: { language: 'English', subjects: ['HASS/Philosophy', 'HASS/Literature'], taskType: null, targetType: null, problemType: 'open-ended', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: '경재학 문제로 평가해줘',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: '천뭉학 문제 60개',
    expected: { language: 'Korean', subjects: ['Science/Astronomy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 60 },
  },
  {
    family: 'fuzzy',
    query: '프로그레밍 실력을 비교하고 싶어',
    expected: { language: 'Korean', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: '인공지는 관련 문제 말고 통게학 문제',
    expected: { language: 'Korean', subjects: ['Science/Statistics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  // Professions without a subject word.
  {
    family: 'profession',
    query: '간호사 국가고시 대비용으로 어떤 모델이 좋을까',
    expected: { language: 'Korean', subjects: ['Science/Life Science'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'Which model is best for a pharmacist?',
    expected: { language: 'English', subjects: ['Science/Life Science', 'Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'I am a lawyer; compare models for my daily work',
    expected: { language: 'English', subjects: ['HASS/Law'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '회계사 업무에 쓸 모델을 추천해줘',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'best model for software developers, 60 questions',
    expected: { language: 'English', subjects: ['Tech./Coding', 'Tech./IT'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 60 },
  },
  {
    family: 'profession',
    query: '개발자가 쓸 모델을 고르고 싶어',
    expected: { language: 'Korean', subjects: ['Tech./Coding', 'Tech./IT'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '의사들이 쓸 모델 비교',
    expected: { language: 'Korean', subjects: ['Science/Life Science'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '고등학교 수학 선생님이 쓸 모델',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'a model for a history teacher',
    expected: { language: 'English', subjects: ['HASS/History'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'Which LLM should our teachers use?',
    expected: { language: 'English', subjects: ['HASS/Education'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '엔지니어를 위한 모델 비교',
    expected: { language: 'Korean', subjects: ['Tech.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'Evaluate models for electrical engineers',
    expected: { language: 'English', subjects: ['Tech./Electrical Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'Which model helps a nurse most? 30 questions',
    expected: { language: 'English', subjects: ['Science/Life Science'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 30 },
  },
  {
    family: 'profession',
    query: '약사 시험 문제 스무 개',
    expected: { language: 'Korean', subjects: ['Science/Life Science', 'Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 20 },
  },
  {
    family: 'profession',
    query: '세무사가 쓸 모델',
    expected: { language: 'Korean', subjects: ['HASS/Economics', 'HASS/Law'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'What model should a journalist use?',
    expected: { language: 'English', subjects: ['HASS/Media'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  // Counts in words, and digits after the noun.
  {
    family: 'count-words',
    query: 'Korean history questions, 30 of them',
    expected: { language: 'Korean', subjects: ['HASS/History'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 30 },
  },
  {
    family: 'count-words',
    query: 'math problems, forty-two of them',
    expected: { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 42 },
  },
  {
    family: 'count-words',
    query: 'Give me twenty-five chemistry questions',
    expected: { language: 'English', subjects: ['Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 25 },
  },
  {
    family: 'count-words',
    query: 'a dozen physics questions',
    expected: { language: 'English', subjects: ['Science/Physics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 12 },
  },
  {
    family: 'count-words',
    query: 'three hundred fifty biology items',
    expected: { language: 'English', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 350 },
  },
  {
    family: 'count-words',
    query: 'biology questions: 75',
    expected: { language: 'English', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 75 },
  },
  {
    family: 'count-words',
    query: 'Korean proverbs, about sixty questions in total',
    expected: { language: 'Korean', subjects: ['HASS/Language'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 60 },
  },
  {
    family: 'count-words',
    query: 'fifteen Korean etiquette questions',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Norms'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 15 },
  },
  {
    family: 'count-words',
    query: '수학 문제 마흔 개로 비교해줘',
    expected: { language: 'Korean', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 40 },
  },
  {
    family: 'count-words',
    query: '역사 문제 쉰 개',
    expected: { language: 'Korean', subjects: ['HASS/History'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 50 },
  },
  {
    family: 'count-words',
    query: '화학 문항 서른다섯 개',
    expected: { language: 'Korean', subjects: ['Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 35 },
  },
  {
    family: 'count-words',
    query: '물리 문제 스무 개만 풀려 봐',
    expected: { language: 'Korean', subjects: ['Science/Physics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 20 },
  },
  {
    family: 'count-words',
    query: '지리 문제 이천 개로 크게 평가',
    expected: { language: 'Korean', subjects: ['HASS/Geography'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 2000 },
  },
  {
    family: 'count-words',
    query: '코딩 문제 열두 개',
    expected: { language: 'Korean', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 12 },
  },
  {
    family: 'count-words',
    query: '경제 문제 예순 개',
    expected: { language: 'Korean', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 60 },
  },
  // Long paragraphs: subject words mentioned along the way stay subjects, never the task type.
  {
    family: 'long-paragraph',
    query:
      'Our team is building a study assistant for university students. It has to explain biology and ethics topics accurately, and what we really want to know is which model has the best factual knowledge. Please use 120 multiple-choice questions for the comparison.',
    expected: { language: 'English', subjects: ['Science/Biology', 'Social Intelligence/Value/Alignment'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 120 },
  },
  {
    family: 'long-paragraph',
    query:
      '저희 회사는 금융권 고객 상담 챗봇을 만들고 있습니다. 상담 내용에는 경제와 법률, 가끔은 윤리 문제도 섞여 있는데, 이번에는 모델이 복잡한 상황을 얼마나 논리적으로 추론하는지 확인하고 싶습니다. 문제는 200개 정도면 충분합니다.',
    expected: { language: 'Korean', subjects: ['HASS/Economics', 'HASS/Law', 'Social Intelligence/Value/Alignment'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 200 },
  },
  {
    family: 'long-paragraph',
    query:
      'I maintain a benchmark dashboard for a hospital. The doctors there ask about medicine and pharmacology, and the compliance team worries about patient safety and bias in answers. For now, compare the models on medical knowledge with short answers, 45 questions.',
    expected: { language: 'English', subjects: ['Science/Life Science', 'Social Intelligence/Bias'], taskType: 'Knowledge', targetType: null, problemType: 'short-form', sampleSize: 45 },
  },
  {
    family: 'long-paragraph',
    query:
      '고등학생 대상 과외 앱을 운영하고 있어요. 학생들이 수학과 물리를 주로 물어보지만 가끔 진로나 윤리 관련 질문도 해요. 모델들이 이런 과목을 얼마나 잘 아는지 지식 위주로 100문제 비교해 주세요.',
    expected: { language: 'Korean', subjects: ['Science/Math', 'Science/Physics', 'Social Intelligence/Value/Alignment'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'long-paragraph',
    query:
      'We are a small law firm in Seoul. Our associates read Korean contracts all day, and we care a lot about fairness, but the question here is simply which model knows Korean law best. Use 70 true/false items.',
    // "which model knows Korean law best" asks for knowledge (first written as null; corrected with the blind batch's identical phrase).
    expected: { language: 'Korean', subjects: ['HASS/Law', 'Social Intelligence/Bias'], taskType: 'Knowledge', targetType: 'Local', problemType: 'Binary', sampleSize: 70 },
  },
  // ---------------------------------------------------------------- issue #14 blind batch (written after the families above passed, before running)
  {
    family: 'negation',
    query: '영어 문제 말고 한국어 문제로, 역사 과목만',
    expected: { language: 'Korean', subjects: ['HASS/History'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '정치 관련 문제는 하지 마. 경제랑 무역만',
    expected: { language: 'Korean', subjects: ['HASS/Economics', 'HASS/Trade'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '수학이랑 물리는 빼고 나머지 과학 전부',
    expected: { language: 'Korean', subjects: finesExcept('Science', 'Science/Math', 'Science/Physics'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '종교 말고 철학 문제 40개',
    expected: { language: 'Korean', subjects: ['HASS/Philosophy'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 40 },
  },
  {
    family: 'negation',
    query: '스포츠를 제외한 예술 분야',
    expected: { language: 'Korean', subjects: finesExcept('Art & Sports', 'Art & Sports/Sports'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '코딩 대신 인공지능 문제로 평가',
    expected: { language: 'Korean', subjects: ['Tech./AI'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: '법 말고 다른 건 다 괜찮아',
    expected: { language: 'Korean', subjects: allSubjectsExcept('HASS/Law'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Any subject except history and geography, 150 questions',
    expected: { language: 'English', subjects: allSubjectsExcept('HASS/History', 'HASS/Geography'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 150 },
  },
  {
    family: 'negation',
    query: 'Physics questions, but not quantum mechanics',
    expected: { language: 'English', subjects: ['Science/Physics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'No coding problems please, I want math',
    expected: { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Exclude biology; give me chemistry and physics',
    expected: { language: 'English', subjects: ['Science/Chemistry', 'Science/Physics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Everything except value alignment questions',
    expected: { language: 'English', subjects: allSubjectsExcept('Social Intelligence/Value/Alignment'), taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'negation',
    query: 'Not true/false — multiple choice questions on economics',
    expected: { language: 'English', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'chemisty questions',
    expected: { language: 'English', subjects: ['Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'biolgy and genetcs',
    expected: { language: 'English', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: 'philosphy essays, 30 of them',
    expected: { language: 'English', subjects: ['HASS/Philosophy'], taskType: null, targetType: null, problemType: 'open-ended', sampleSize: 30 },
  },
  {
    family: 'fuzzy',
    query: 'statstics problems',
    expected: { language: 'English', subjects: ['Science/Statistics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: '싱리학 문제',
    expected: { language: 'Korean', subjects: ['HASS/Cognitive Studies'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'fuzzy',
    query: '생몰학 문제 50개',
    expected: { language: 'Korean', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 50 },
  },
  {
    family: 'profession',
    query: 'Which model would help a veterinarian?',
    expected: { language: 'English', subjects: ['Science/Biology', 'Science/Life Science'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '통역사에게 맞는 모델',
    expected: { language: 'Korean', subjects: ['HASS/Language'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'a model for chefs and restaurant owners',
    expected: { language: 'English', subjects: ['Culture/Food'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '세무사 말고 변호사가 쓸 모델',
    expected: { language: 'Korean', subjects: ['HASS/Law'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'Recommend a model for data scientists',
    expected: { language: 'English', subjects: ['Science/Statistics', 'Tech./AI'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '국어 선생님을 위한 모델',
    expected: { language: 'Korean', subjects: ['HASS/Language'], taskType: null, targetType: 'Local', problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: 'Which model is best for high school teachers?',
    expected: { language: 'English', subjects: ['HASS/Education'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100 },
  },
  {
    family: 'profession',
    query: '농부들이 쓸 모델 20문제로 비교',
    expected: { language: 'Korean', subjects: ['Tech./Agricultural Eng.'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 20 },
  },
  {
    family: 'count-words',
    query: 'thirty-six chemistry questions',
    expected: { language: 'English', subjects: ['Science/Chemistry'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 36 },
  },
  {
    family: 'count-words',
    query: 'two thousand items on history',
    expected: { language: 'English', subjects: ['HASS/History'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 2000 },
  },
  {
    family: 'count-words',
    query: 'history questions, 80 in total',
    expected: { language: 'English', subjects: ['HASS/History'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 80 },
  },
  {
    family: 'count-words',
    query: '코딩 문제 열다섯 개',
    expected: { language: 'Korean', subjects: ['Tech./Coding'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 15 },
  },
  {
    family: 'count-words',
    query: '예순다섯 문항으로 지리 평가',
    expected: { language: 'Korean', subjects: ['HASS/Geography'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 65 },
  },
  {
    family: 'count-words',
    query: '문제 수는 쉰 개로 해줘, 물리',
    expected: { language: 'Korean', subjects: ['Science/Physics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 50 },
  },
  {
    family: 'count-words',
    query: '오십오 문제 생물',
    expected: { language: 'Korean', subjects: ['Science/Biology'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 55 },
  },
  {
    family: 'count-words',
    query: 'a total of 120 questions about economics',
    expected: { language: 'English', subjects: ['HASS/Economics'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 120 },
  },
  {
    family: 'long-paragraph',
    query:
      'Our startup builds a legal assistant for small businesses in Korea. Users ask about labor law, taxes and sometimes workplace discrimination. We want to find out which model reasons most reliably through these cases, using 150 multiple-choice questions.',
    expected: { language: 'English', subjects: ['HASS/Law', 'Culture/Work Life', 'Social Intelligence/Bias'], taskType: 'Reasoning', targetType: 'Local', problemType: 'MCQA', sampleSize: 150 },
  },
  {
    family: 'long-paragraph',
    query:
      '저는 중학교 과학 교사입니다. 수업 준비에 쓸 모델을 고르는데, 학생들에게 편향된 설명을 하지 않는 것도 중요하지만 무엇보다 화학과 생물 개념을 정확히 아는 모델이 필요해요. 60문제로 비교해 주세요.',
    expected: { language: 'Korean', subjects: ['Science', 'Social Intelligence/Bias'], taskType: 'Knowledge', targetType: null, problemType: 'MCQA', sampleSize: 60 },
  },
  {
    family: 'long-paragraph',
    query:
      'I run HR for a mid-sized company. We are drafting guidelines on fairness and bias in hiring, and we also need help with Korean labor law. Which model knows these areas best? Please test with 90 true/false questions.',
    expected: { language: 'Korean', subjects: ['Social Intelligence/Bias', 'HASS/Law'], taskType: 'Knowledge', targetType: 'Local', problemType: 'Binary', sampleSize: 90 },
  },
];
