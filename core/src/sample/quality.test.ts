/**
 * Quality gates of the bundled sample pack: gold positions balanced per subject (χ² test), each
 * question once by its normalised text, no stem that gives its answer away, program output compared
 * exactly, and a version that changes whenever the content does.
 */
import { describe, expect, it } from 'vitest';
import type { BenchmarkItem } from '../benchmark';
import { scoreOutput } from '../scoring';
import { balanceGoldPositions, dedupeQuestions, questionKey, type Draft } from './builder';
import { generateSampleBenchmark, SAMPLE_BENCHMARK_VERSION } from './index';

const items = generateSampleBenchmark();
const mcqa = items.filter((i) => i.problemType === 'MCQA');

/** 5% critical values of χ² with k − 1 degrees of freedom, for k = 2 … 10 options. */
const CHI2_CRITICAL_5 = [3.841, 5.991, 7.815, 9.488, 11.07, 12.592, 14.067, 15.507, 16.919];

/** Pearson's χ² statistic of counts against a uniform distribution. */
function chiSquareUniform(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

function balancedAt5Percent(counts: readonly number[]): boolean {
  return chiSquareUniform(counts) < CHI2_CRITICAL_5[counts.length - 2]!;
}

function goldCounts(list: readonly BenchmarkItem[]): number[] {
  const counts = [0, 0, 0, 0];
  for (const item of list) counts['ABCD'.indexOf(item.answer)]!++;
  return counts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a stem names `answer` as a whole word (Latin: word boundaries, any case; Hangul: not inside
 * another word's end, particles may follow). Numbers and one-letter/one-syllable answers are skipped:
 * a math stem contains numbers, and "무" or "인" occur inside ordinary words.
 */
function stemMentions(stem: string, answer: string): boolean {
  const text = answer.trim();
  if (/^[-+]?[\d.,/]+%?$/.test(text)) return false;
  const hangul = /^\p{Script=Hangul}/u.test(text);
  if ([...text].length < 2) return false;
  const left = hangul ? '(?<!\\p{Script=Hangul})' : '(?<![\\p{L}\\p{N}])';
  const right = hangul ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`${left}${escapeRegExp(text)}${right}`, 'iu').test(stem);
}

/** A stem that gives its answer away: it names the gold (and, for MCQA, no distractor). Program output is exempt. */
function answerInStem(item: Pick<BenchmarkItem, 'problemType' | 'prompt' | 'options' | 'answer' | 'originalCategory'>): boolean {
  if (item.originalCategory === 'python-output') return false;
  if (item.problemType === 'MCQA' && item.options) {
    const gold = item.options['ABCD'.indexOf(item.answer)] ?? '';
    return stemMentions(item.prompt, gold) && !item.options.some((o) => o !== gold && stemMentions(item.prompt, o));
  }
  return item.problemType === 'short-form' && stemMentions(item.prompt, item.answer);
}

describe('sample pack: gold positions', () => {
  it('the χ² check rejects the skew of the previous pack (Chemistry: B gold 4 times in 60)', () => {
    expect(balancedAt5Percent([21, 4, 16, 19])).toBe(false);
    expect(balancedAt5Percent([15, 15, 15, 15])).toBe(true);
  });

  it('are balanced per subject (χ² against uniform, 5%) and overall', () => {
    const subjects = [...new Set(mcqa.map((i) => i.subjectType[0]!))];
    expect(subjects.length).toBeGreaterThan(5);
    for (const subject of subjects) {
      const counts = goldCounts(mcqa.filter((i) => i.subjectType[0] === subject));
      expect(balancedAt5Percent(counts), `${subject}: ${counts.join('/')}`).toBe(true);
      // Dealt in shuffled blocks: no position is ahead of another by more than one.
      expect(Math.max(...counts) - Math.min(...counts), subject).toBeLessThanOrEqual(1);
    }
    expect(balancedAt5Percent(goldCounts(mcqa))).toBe(true);
  });

  it('moving the gold keeps the question and its options, and the answer points at the same text', () => {
    const draft = (answer: string, options: string[]): Draft => ({
      language: 'English',
      problemType: 'MCQA',
      prompt: `q${options.join()}`,
      options,
      answer,
      reference: null,
      context: null,
      meta: { subject: 'Science/Math', taskType: 'Knowledge', targetType: 'General', category: 't', level: 'general' },
    });
    const drafts = Array.from({ length: 40 }, (_, i) => draft('A', [`right${i}`, 'x', 'y', 'z']));
    const balanced = balanceGoldPositions(drafts);
    expect(goldCounts(balanced as unknown as BenchmarkItem[])).toEqual([10, 10, 10, 10]);
    balanced.forEach((d, i) => {
      expect([...d.options!].sort()).toEqual([`right${i}`, 'x', 'y', 'z'].sort());
      expect(d.options!['ABCD'.indexOf(d.answer)]).toBe(`right${i}`);
    });
  });
});

describe('sample pack: duplicates', () => {
  it('has each question once by normalised text, whatever its options or problem type', () => {
    const keys = items.map((i) => questionKey(i.language, i.prompt, i.context));
    expect(new Set(keys).size).toBe(items.length);
  });

  it('the key ignores case, spacing, quote style and options', () => {
    const base: Draft = {
      language: 'English',
      problemType: 'MCQA',
      prompt: 'Two fair coins are tossed. What is the probability that at least one of them lands heads?',
      options: ['1/4', '3/4', '1/2', '3/8'],
      answer: 'B',
      reference: null,
      context: null,
      meta: { subject: 'Science/Statistics', taskType: 'Reasoning', targetType: 'General', category: 'p', level: 'high' },
    };
    const twin = { ...base, prompt: 'Two fair coins are tossed.  what is the probability that at least one of them lands heads ?', options: ['3/5', '1/2', '4/5', '3/4'], answer: 'D' };
    expect(dedupeQuestions([base, twin])).toEqual([base]);
    expect(dedupeQuestions([base, { ...base, language: 'Korean' }])).toHaveLength(2);
  });
});

describe('sample pack: stems do not give the answer away', () => {
  it('the check catches the stems of the previous pack that named their answer', () => {
    const leaked = [
      { prompt: 'In which city is Incheon International Airport, South Korea’s main international airport, located?', options: ['Suwon', 'Incheon', 'Seoul', 'Gimpo'], answer: 'B' },
      { prompt: '우리나라의 대표 국제공항인 인천국제공항은 어느 도시에 있습니까?', options: ['수원', '김포', '인천', '서울'], answer: 'C' },
      { prompt: '한복을 입을 때 발에 신는 전통 버선 모양의 양말은 무엇입니까?', options: ['버선', '고무신', '짚신', '대님'], answer: 'A' },
    ];
    for (const item of leaked) expect(answerInStem({ ...item, problemType: 'MCQA', originalCategory: 'fact' }), item.prompt).toBe(true);
    // Not leaks: a distractor is named too, a number in a math stem, a one-syllable answer inside a word.
    expect(answerInStem({ problemType: 'MCQA', prompt: 'Is Seoul or Busan the capital?', options: ['Seoul', 'Busan', 'Daegu', 'Incheon'], answer: 'A', originalCategory: 'f' })).toBe(false);
    expect(answerInStem({ problemType: 'MCQA', prompt: 'What is 25 ÷ 5?', options: ['3', '5', '15', '6'], answer: 'B', originalCategory: 'f' })).toBe(false);
    expect(answerInStem({ problemType: 'MCQA', prompt: '깍두기의 주재료는 무엇입니까?', options: ['파', '무', '배추', '오이'], answer: 'B', originalCategory: 'f' })).toBe(false);
  });

  it('no MCQA or short-form stem names its own answer', () => {
    const leaks = items.filter(answerInStem).map((i) => `${i.prompt} → ${i.answer}`);
    expect(leaks).toEqual([]);
  });
});

describe('sample pack: match modes and version', () => {
  it('code-output short answers are compared exactly; nothing else carries a match mode', () => {
    const code = items.filter((i) => i.problemType === 'short-form' && i.originalCategory === 'python-output');
    expect(code.length).toBeGreaterThan(10);
    for (const item of items) {
      const info = JSON.parse(item.additionalInfo ?? '{}') as { match?: string; source?: string };
      expect(info.source).toBe(SAMPLE_BENCHMARK_VERSION);
      expect(info.match, item.prompt).toBe(code.includes(item) ? 'exact' : undefined);
    }
    const floatOut = code.find((i) => i.answer === '2.0')!;
    const score = (output: string) => scoreOutput({ ...floatOut, output }).status;
    expect(score('Answer: 2.0')).toBe('correct');
    expect(score('Answer: 2')).toBe('incorrect');
    const boolOut = code.find((i) => i.answer === 'True')!;
    expect(scoreOutput({ ...boolOut, output: 'Answer: true' }).status).toBe('incorrect');
  });

  it('is version 2: content changes came with a version bump', () => {
    expect(SAMPLE_BENCHMARK_VERSION).toBe('synthetic-v2');
  });
});
