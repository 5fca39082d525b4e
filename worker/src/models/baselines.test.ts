import { describe, expect, it } from 'vitest';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { scoreOutput } from '@benchhub/core/scoring';
import { generateSampleBenchmark } from '@benchhub/core/sample';
import { MajorityBaseline, RandomBaseline } from './baselines';

const items = generateSampleBenchmark();
const mcqa = items.filter((item) => item.problemType === 'MCQA').slice(0, 400);
const prompt = { system: '', user: '' };

async function accuracy(caller: { call: RandomBaseline['call'] }, sample: BenchmarkItem[]) {
  let correct = 0;
  for (const item of sample) {
    const { output } = await caller.call(prompt, item);
    if (scoreOutput({ problemType: item.problemType, options: item.options, answer: item.answer, output }).correct) correct++;
  }
  return correct / sample.length;
}

describe('baseline/random', () => {
  it('is seeded: same seed, same answers; another seed, other answers', async () => {
    const a = await Promise.all(mcqa.slice(0, 50).map((item) => new RandomBaseline(1).call(prompt, item)));
    const b = await Promise.all(mcqa.slice(0, 50).map((item) => new RandomBaseline(1).call(prompt, item)));
    const c = await Promise.all(mcqa.slice(0, 50).map((item) => new RandomBaseline(2).call(prompt, item)));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('scores at chance level on 4-option MCQA (about 25%)', async () => {
    const acc = await accuracy(new RandomBaseline(42), mcqa);
    expect(acc).toBeGreaterThan(0.17);
    expect(acc).toBeLessThan(0.33);
  });

  it('answers Binary items in the item language and abstains on short-form', async () => {
    const korean = items.find((item) => item.problemType === 'Binary' && item.language === 'Korean')!;
    expect(['참', '거짓']).toContain((await new RandomBaseline(1).call(prompt, korean)).output);
    const shortForm = items.find((item) => item.problemType === 'short-form')!;
    expect((await new RandomBaseline(1).call(prompt, shortForm)).output).toBe('');
  });
});

describe('baseline/majority', () => {
  it('always picks the most common gold position of the sample', async () => {
    const skewed = mcqa.filter((item) => item.answer === 'B').slice(0, 30).concat(mcqa.filter((item) => item.answer === 'C').slice(0, 10));
    const baseline = new MajorityBaseline(skewed);
    const outputs = await Promise.all(skewed.map((item) => baseline.call(prompt, item)));
    expect(new Set(outputs.map((o) => o.output))).toEqual(new Set(['Answer: B']));
    expect(await accuracy(baseline, skewed)).toBeCloseTo(30 / 40);
  });
});

describe('baselines with 2 to 10 options', () => {
  const item = (id: string, options: string[], answer: string, problemType: BenchmarkItem['problemType'] = 'MCQA'): BenchmarkItem => ({
    ...mcqa[0]!,
    id,
    problemType,
    options,
    answer,
    mcqaMeta: `${options.length}-choice`,
  });
  const sized = (k: number, n: number, gold: (i: number) => number) =>
    Array.from({ length: n }, (_, i) => item(`k${k}-${i}`, Array.from({ length: k }, (_, j) => `option ${j + 1} of ${k}`), String.fromCharCode(65 + gold(i))));

  it('random picks uniformly among each item’s own options (chance 1/k)', async () => {
    for (const k of [2, 3, 5, 10]) {
      const items = sized(k, 600, (i) => i % k);
      const acc = await accuracy(new RandomBaseline(7), items);
      expect(acc, `${k} options`).toBeGreaterThan(1 / k - 0.07);
      expect(acc, `${k} options`).toBeLessThan(1 / k + 0.07);
      const letters = new Set(await Promise.all(items.map(async (it) => (await new RandomBaseline(7).call(prompt, it)).output)));
      expect(letters.size).toBe(k);
    }
  });

  it('majority uses the majority position among items with the same number of options', async () => {
    const five = sized(5, 20, (i) => (i < 12 ? 4 : 0)); // E is the 5-option majority
    const two = sized(2, 20, (i) => (i < 15 ? 0 : 1)); // A is the 2-option majority
    const baseline = new MajorityBaseline([...five, ...two]);
    expect((await baseline.call(prompt, five[0]!)).output).toBe('Answer: E');
    expect((await baseline.call(prompt, two[0]!)).output).toBe('Answer: A');
    expect(await accuracy(baseline, [...five, ...two])).toBeCloseTo((12 + 15) / 40);
  });

  it('Binary items whose options are not verdicts are answered as a choice', async () => {
    const agree = item('agree', ['Agree', 'Disagree'], 'Disagree', 'Binary');
    const output = (await new RandomBaseline(3).call(prompt, agree)).output;
    expect(['Answer: A', 'Answer: B']).toContain(output);
    expect(scoreOutput({ problemType: 'Binary', options: agree.options, answer: agree.answer, output }).status).not.toBe('unparsed');
  });
});

describe('baseline/paced', () => {
  it("answers as baseline/random does, one item at a time at its pace", async () => {
    const { PacedBaseline } = await import('./baselines');
    const items = generateSampleBenchmark().filter((item) => item.problemType === 'MCQA').slice(0, 5);
    const paced = new PacedBaseline(3, 40);
    const started = performance.now();
    const answers = await Promise.all(items.map((item) => paced.call(prompt, item)));
    // Five calls made at once still take five paces: they wait in line.
    expect(performance.now() - started).toBeGreaterThanOrEqual(5 * 40 - 5);
    expect(answers).toEqual(await Promise.all(items.map((item) => new RandomBaseline(3).call(prompt, item))));
  });
});
