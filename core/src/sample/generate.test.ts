import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, PROBLEM_TYPES, TARGET_TYPES, TASK_TYPES, type BenchmarkItem } from '../benchmark';
import { questionKey } from './builder';
import { generateSampleBenchmark, itemId, SAMPLE_BENCHMARK_NAME, SAMPLE_BENCHMARK_VERSION } from './index';

const items = generateSampleBenchmark();

const ALLOWED_SUBJECTS = new Set([
  'Science/Math',
  'Science/Chemistry',
  'Science/Physics',
  'Science/Statistics',
  'HASS/Geography',
  'HASS/History',
  'Culture/Celebration Holiday',
  'Culture/Food',
  'Culture/Clothing',
  'Culture/Tradition',
  'Tech./Coding',
  'Social Intelligence/Norms',
  'Social Intelligence/Value/Alignment',
]);

const HANGUL = /[\uac00-\ud7a3]/;

function countBy(list: BenchmarkItem[], key: (i: BenchmarkItem) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of list) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

describe('generateSampleBenchmark: basics', () => {
  afterEach(() => vi.restoreAllMocks());

  it('produces at least 700 items', () => {
    expect(items.length).toBeGreaterThanOrEqual(700);
  });

  it('is deterministic and never uses Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    const again = generateSampleBenchmark();
    expect(spy).not.toHaveBeenCalled();
    expect(again).toEqual(items);
    expect(again).not.toBe(items);
  });

  it('labels every item as the synthetic sample, test split', () => {
    expect(SAMPLE_BENCHMARK_NAME).toBe('BenchHub-Plus Synthetic Sample');
    expect(SAMPLE_BENCHMARK_VERSION).toMatch(/^synthetic-v\d+$/);
    for (const it of items) {
      expect(it.benchmarkName).toBe(SAMPLE_BENCHMARK_NAME);
      expect(it.split).toBe('test');
    }
  });

  it('has unique, stable ids derived from (language, problemType, prompt, options)', () => {
    const ids = new Set(items.map((i) => i.id));
    expect(ids.size).toBe(items.length);
    for (const it of items) {
      expect(it.id).toMatch(/^synthetic-[0-9a-f]{16}$/);
      expect(it.id).toBe(itemId(it.language, it.problemType, it.prompt, it.options));
    }
  });

  it('has no duplicated questions (same normalised text, whatever the options: see quality.test.ts)', () => {
    const keys = new Set(items.map((i) => questionKey(i.language, i.prompt, i.context)));
    expect(keys.size).toBe(items.length);
  });

  it('uses only the closed vocabularies and allowed subject strings', () => {
    for (const it of items) {
      expect(LANGUAGES).toContain(it.language);
      expect(PROBLEM_TYPES).toContain(it.problemType);
      expect(TASK_TYPES).toContain(it.taskType);
      expect(TARGET_TYPES).toContain(it.targetType);
      expect(it.subjectType.length).toBe(1);
      expect(ALLOWED_SUBJECTS.has(it.subjectType[0]!)).toBe(true);
      expect(it.originalCategory).toBeTruthy();
      expect(it.prompt.trim().length).toBeGreaterThan(5);
      expect(it.answer.trim()).not.toBe('');
    }
  });

  it('records a level in additionalInfo (JSON), with school levels for math', () => {
    const levels = new Set<string>();
    for (const it of items) {
      const info = JSON.parse(it.additionalInfo ?? 'null') as { level?: string };
      expect(typeof info.level).toBe('string');
      if (it.subjectType[0] === 'Science/Math' && it.problemType !== 'open-ended') {
        expect(['elementary', 'middle', 'high']).toContain(info.level);
        levels.add(info.level!);
      }
    }
    expect([...levels].sort()).toEqual(['elementary', 'high', 'middle']);
  });
});

describe('generateSampleBenchmark: coverage', () => {
  it('covers both languages roughly evenly', () => {
    const byLang = countBy(items, (i) => i.language);
    const en = byLang.get('English') ?? 0;
    const ko = byLang.get('Korean') ?? 0;
    expect(en).toBeGreaterThan(0);
    expect(ko).toBeGreaterThan(0);
    expect(Math.abs(en - ko) / items.length).toBeLessThan(0.1);
  });

  it('covers at least 5 coarse subjects including Science/Math, each with ≥ 20 items', () => {
    const bySubject = countBy(items, (i) => i.subjectType[0]!);
    const coarse = new Set([...bySubject.keys()].map((s) => s.split('/')[0]));
    expect(coarse.size).toBeGreaterThanOrEqual(5);
    expect(bySubject.get('Science/Math') ?? 0).toBeGreaterThanOrEqual(20);
    for (const [subject, n] of bySubject) expect(n, subject).toBeGreaterThanOrEqual(20);
  });

  it('covers every task type, target type and problem type', () => {
    expect(new Set(items.map((i) => i.taskType))).toEqual(new Set(TASK_TYPES));
    expect(new Set(items.map((i) => i.targetType))).toEqual(new Set(TARGET_TYPES));
    expect(new Set(items.map((i) => i.problemType))).toEqual(new Set(PROBLEM_TYPES));
  });

  it('has ≥ 25 items for every (language × problemType) pair', () => {
    const pairs = countBy(items, (i) => `${i.language}|${i.problemType}`);
    for (const lang of LANGUAGES) {
      for (const type of PROBLEM_TYPES) {
        expect(pairs.get(`${lang}|${type}`) ?? 0, `${lang} × ${type}`).toBeGreaterThanOrEqual(25);
      }
    }
  });

  it('marks Korea-specific items as Local and has Local items in both languages', () => {
    const local = items.filter((i) => i.targetType === 'Local');
    expect(new Set(local.map((i) => i.language))).toEqual(new Set(LANGUAGES));
    for (const it of items) {
      if (it.subjectType[0]!.startsWith('Culture/')) expect(it.targetType).toBe('Local');
      if (it.subjectType[0]!.startsWith('Science/') || it.subjectType[0] === 'Tech./Coding') {
        expect(it.targetType).toBe('General');
      }
    }
  });
});

describe('generateSampleBenchmark: per-problem-type shape', () => {
  it('MCQA: 4 unique options, answer is a letter pointing to an option', () => {
    for (const it of items.filter((i) => i.problemType === 'MCQA')) {
      expect(it.options).not.toBeNull();
      const options = it.options!;
      expect(options.length).toBe(4);
      expect(new Set(options.map((o) => o.trim())).size).toBe(4);
      expect(['A', 'B', 'C', 'D']).toContain(it.answer);
      expect(options['ABCD'.indexOf(it.answer)]).toBeDefined();
      expect(it.mcqaMeta).toBe('4-choice');
    }
  });

  it('MCQA: correct letters are spread over all four positions', () => {
    const letters = countBy(
      items.filter((i) => i.problemType === 'MCQA'),
      (i) => i.answer,
    );
    for (const l of ['A', 'B', 'C', 'D']) expect(letters.get(l) ?? 0).toBeGreaterThan(50);
  });

  it('Binary: True/False in English, 참/거짓 in Korean, no options, both truth values used', () => {
    const binary = items.filter((i) => i.problemType === 'Binary');
    for (const it of binary) {
      expect(it.options).toBeNull();
      expect(it.mcqaMeta).toBeNull();
      expect(it.language === 'Korean' ? ['참', '거짓'] : ['True', 'False']).toContain(it.answer);
    }
    const answers = countBy(binary, (i) => i.answer);
    for (const a of ['True', 'False', '참', '거짓']) expect(answers.get(a) ?? 0).toBeGreaterThan(30);
  });

  it('short-form: canonical one-line answers, no options', () => {
    for (const it of items.filter((i) => i.problemType === 'short-form')) {
      expect(it.options).toBeNull();
      expect(it.answer).toBe(it.answer.trim());
      expect(it.answer).not.toContain('\n');
      expect(it.answer.length).toBeLessThan(40);
    }
  });

  it('open-ended: reference key points for a judge', () => {
    const open = items.filter((i) => i.problemType === 'open-ended');
    expect(open.length).toBeGreaterThanOrEqual(50);
    for (const it of open) {
      expect(it.options).toBeNull();
      expect(it.reference).toBeTruthy();
      expect(it.reference!.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('Korean items are written in Korean; English items are not', () => {
    for (const it of items) {
      if (it.language === 'Korean') expect(HANGUL.test(it.prompt), it.prompt).toBe(true);
    }
    // English prompts stay English (some ask for a Korean term *answered* in Hangul, e.g. 떡국).
    const englishWithHangul = items.filter((i) => i.language === 'English' && HANGUL.test(i.prompt));
    expect(englishWithHangul).toEqual([]);
  });
});
