import { describe, expect, it } from 'vitest';
import { planFromQuery } from './rules';
import { fallbackPlan } from './llm';
import { parseRationaleParts, RATIONALE_KEYS, renderRationale, type RationalePart } from './rationale';

/** Latin words a Korean rationale may keep: the query's own words (quoted), codes and names. */
const latinOutsideQuotes = (text: string) => text.replace(/"[^"]*"/g, '').replace(/BenchHub|LLM/g, '').match(/[A-Za-z]{2,}/g) ?? [];

describe('plan rationale parts', () => {
  it('render to exactly the English rationale the planner stores', () => {
    for (const query of ['Which model is best at high-school math? 900 questions', '한국 전통 명절에 대한 지식을 객관식으로 200문제 평가해줘', 'anything but math, seed 7', 'hello']) {
      const plan = planFromQuery(query);
      expect(plan.rationaleParts?.length, query).toBeGreaterThan(0);
      expect(renderRationale(plan.rationaleParts!), query).toBe(plan.rationale);
    }
  });

  it('say the rationale in Korean: no English words outside the quoted query words', () => {
    const queries = [
      'Which model is best at high-school math? 900 questions',
      '수학 말고 일반 상식, 고등학생 수준, 어려운 문제 50개',
      'Compare models on physics and chemistry reasoning, short answer, with a calculator, seed 9',
      '간호사에게 필요한 지식',
      'hello',
      'not reasoning, in English',
      'Korean history 20000 questions',
    ];
    for (const query of queries) {
      const ko = renderRationale(planFromQuery(query).rationaleParts!, 'ko');
      expect(ko, query).toMatch(/[가-힣]/);
      expect(latinOutsideQuotes(ko), `${query} → ${ko}`).toEqual([]);
    }
    const fallback = fallbackPlan('math', 'timeout after 30s');
    expect(renderRationale(fallback.rationaleParts!, 'ko')).toMatch(/^LLM 계획기가 실패해\(timeout after 30s\)/);
  });

  it('cover every key in both languages', () => {
    for (const key of RATIONALE_KEYS) {
      const part = { key, params: { cue: 'x', subject: 'Science/Math', subjects: ['Science'], words: 'w', value: 'MCQA', language: 'Korean', note: { key: 'everySubject' } } } as RationalePart;
      expect(renderRationale([part], 'en'), key).not.toBe('');
      expect(renderRationale([part], 'ko'), key).not.toBe('');
    }
  });

  it('are accepted back from a client only when well-formed', () => {
    const parts = planFromQuery('math 30 questions').rationaleParts!;
    expect(parseRationaleParts(JSON.parse(JSON.stringify(parts)))).toEqual(parts);
    expect(parseRationaleParts([{ key: 'edited', params: { suggested: true } }, ...parts])).not.toBeNull();
    expect(parseRationaleParts([{ key: 'no-such-key' }])).toBeNull();
    expect(parseRationaleParts([{ key: 'llmText', params: { text: { nested: { deeper: 1 } } } }])).toBeNull();
    expect(parseRationaleParts([{ key: 'llmText', params: { text: 'x'.repeat(5000) } }])).toBeNull();
    expect(parseRationaleParts('subjects')).toBeNull();
  });
});
