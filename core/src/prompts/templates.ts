/** The text of every answer prompt, per problem type and language. */
import type { Language, ProblemType } from '../benchmark';

/**
 * Stored with every result so scores from different prompt wordings are never mixed.
 * Bump it whenever any text in this file changes; templates.test.ts fails until you do.
 */
export const PROMPT_TEMPLATE_VERSION = 'v1';

export interface SectionLabels {
  context: string;
  question: string;
  options: string;
}

export interface PromptTemplate {
  system: string;
  /** Closing instruction; `{labels}` becomes "A, B, C, D" for choice questions. */
  instruction: string;
}

export const SECTION_LABELS: Readonly<Record<Language, SectionLabels>> = {
  English: { context: 'Context:', question: 'Question:', options: 'Options:' },
  Korean: { context: '지문:', question: '문제:', options: '선택지:' },
};

export const TEMPLATES: Readonly<Record<ProblemType, Readonly<Record<Language, PromptTemplate>>>> = {
  MCQA: {
    English: {
      system:
        'You are a careful expert answering a multiple-choice question. You may reason briefly, then finish with a final line of the form "Answer: <letter>".',
      instruction: 'Choose the single best option. End your response with a final line "Answer: <letter>", where <letter> is one of {labels}.',
    },
    Korean: {
      system:
        '당신은 객관식 문제를 신중하게 푸는 전문가입니다. 간단히 추론해도 되지만, 마지막 줄은 반드시 "정답: <알파벳>" 형식으로 끝내세요.',
      instruction: '가장 알맞은 선택지 하나를 고르세요. 마지막 줄에 "정답: <알파벳>" 형식으로 답하세요. (<알파벳>은 {labels} 중 하나)',
    },
  },
  'short-form': {
    English: {
      system:
        'You are a careful expert answering a question that has a short answer (a number, a word or a short phrase). You may reason briefly, then finish with a final line of the form "Answer: <answer>".',
      instruction: 'End your response with a final line "Answer: <answer>" containing only the answer, with no explanation.',
    },
    Korean: {
      system:
        '당신은 짧은 답(숫자, 단어 또는 짧은 구)이 있는 문제를 신중하게 푸는 전문가입니다. 간단히 추론해도 되지만, 마지막 줄은 반드시 "정답: <답>" 형식으로 끝내세요.',
      instruction: '마지막 줄에 "정답: <답>" 형식으로 설명 없이 답만 쓰세요.',
    },
  },
  Binary: {
    English: {
      system:
        'You are a careful expert judging whether a statement is true or false. You may reason briefly, then finish with a final line "Answer: True" or "Answer: False".',
      instruction: 'Is this true or false? End your response with a final line "Answer: True" or "Answer: False".',
    },
    Korean: {
      system:
        '당신은 주어진 내용이 참인지 거짓인지 신중하게 판단하는 전문가입니다. 간단히 추론해도 되지만, 마지막 줄은 반드시 "정답: 참" 또는 "정답: 거짓"으로 끝내세요.',
      instruction: '참입니까, 거짓입니까? 마지막 줄에 "정답: 참" 또는 "정답: 거짓" 형식으로 답하세요.',
    },
  },
  'open-ended': {
    English: {
      system: 'You are a knowledgeable and careful assistant. Answer the question accurately and helpfully.',
      instruction: 'Write your answer.',
    },
    Korean: {
      system: '당신은 지식이 풍부하고 신중한 어시스턴트입니다. 질문에 정확하고 도움이 되게 답하세요.',
      instruction: '답변을 작성하세요.',
    },
  },
};
