/** Fixed items used to fingerprint the prompt templates (see templates.test.ts). Test-only. */
import type { BenchmarkItem } from '../benchmark';

function item(overrides: Partial<BenchmarkItem> & Pick<BenchmarkItem, 'id' | 'problemType' | 'language' | 'prompt'>): BenchmarkItem {
  return {
    context: null,
    options: null,
    answer: '',
    reference: null,
    taskType: 'Knowledge',
    targetType: 'General',
    subjectType: ['Social/Geography'],
    benchmarkName: 'fixture',
    mcqaMeta: null,
    originalCategory: null,
    additionalInfo: null,
    split: 'test',
    ...overrides,
  };
}

export const FIXTURE_ITEMS: readonly BenchmarkItem[] = [
  item({ id: 'en-mcqa', problemType: 'MCQA', language: 'English', prompt: 'What is the capital of France?', options: ['London', 'Paris', 'Berlin', 'Madrid'], answer: 'Paris' }),
  item({ id: 'ko-mcqa', problemType: 'MCQA', language: 'Korean', context: '부산은 대한민국 제2의 도시이다.', prompt: '대한민국 제2의 도시는?', options: ['서울', '부산', '대구', '인천', '광주'], answer: '②' }),
  item({ id: 'en-short', problemType: 'short-form', language: 'English', prompt: 'What is 6 times 7?', answer: '42' }),
  item({ id: 'ko-short', problemType: 'short-form', language: 'Korean', context: '철수는 사과 3개, 영희는 사과 4개를 가지고 있다.', prompt: '두 사람이 가진 사과는 모두 몇 개인가?', answer: '7' }),
  item({ id: 'en-binary', problemType: 'Binary', language: 'English', context: 'The Eiffel Tower was completed in 1889.', prompt: 'The Eiffel Tower was completed in the 20th century.', answer: 'False' }),
  item({ id: 'ko-binary', problemType: 'Binary', language: 'Korean', prompt: '한글은 세종대왕이 창제하였다.', answer: '참' }),
  item({ id: 'en-binary-options', problemType: 'Binary', language: 'English', prompt: 'Lying is acceptable to protect a friend.', options: ['Agree', 'Disagree'], answer: 'Disagree' }),
  item({ id: 'en-open', problemType: 'open-ended', language: 'English', prompt: 'Explain why the sky is blue.', reference: 'Rayleigh scattering.' }),
  item({ id: 'ko-open', problemType: 'open-ended', language: 'Korean', prompt: '김치의 효능을 설명하세요.' }),
];
