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
