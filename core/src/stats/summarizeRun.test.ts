import { describe, expect, it } from 'vitest';
import { summarizeRun, type RunSample } from './summarizeRun';

function sample(overrides: Partial<RunSample>): RunSample {
  return {
    correct: true,
    status: 'correct',
    latencyMs: 100,
    tokensIn: 100,
    tokensOut: 10,
    error: null,
    subjects: ['Science/Math'],
    taskType: 'Reasoning',
    fromCache: false,
    ...overrides,
  };
}

const incorrect = { correct: false, status: 'incorrect' } as const;
const unparsed = { correct: false, status: 'unparsed' } as const;
const unscored = { correct: null, status: 'unscored' } as const;

describe('summarizeRun', () => {
  const samples: RunSample[] = [
    sample({ latencyMs: 100 }),
    sample({ latencyMs: 200, subjects: ['Science/Math', 'Science/Physics'] }),
    sample({ ...incorrect, latencyMs: 300, subjects: ['HASS/History'], taskType: 'Knowledge' }),
    sample({ ...unparsed, latencyMs: 400, taskType: 'Knowledge' }),
    sample({ ...unscored, latencyMs: 500, subjects: ['HASS/Literature'], taskType: 'Value/Alignment' }),
    sample({ correct: null, status: 'unparsed', error: 'timeout', latencyMs: 60000, tokensIn: null, tokensOut: null }),
    sample({ fromCache: true, latencyMs: 1 }),
  ];
  const summary = summarizeRun(samples, { inputPerMTok: 2, outputPerMTok: 10 });

  it('counts unparsed as incorrect and excludes errors and unscored from n', () => {
    expect(summary).toMatchObject({ total: 7, n: 5, correct: 3, accuracy: 0.6, unparsedCount: 1, unparsedRate: 0.2 });
    expect(summary.errorCount).toBe(1);
    expect(summary.errorRate).toBeCloseTo(1 / 7, 12);
    expect(summary.unscoredCount).toBe(1);
  });

  it('reports the Wilson interval of accuracy', () => {
    expect(summary.ci.low).toBeCloseTo(0.2307, 4);
    expect(summary.ci.high).toBeCloseTo(0.8824, 4);
  });

  it('computes latency percentiles over successful, non-cached requests', () => {
    // 100, 200, 300, 400, 500 — the 60 s timeout and the 1 ms cache hit are left out.
    expect(summary.latencyP50Ms).toBe(300);
    expect(summary.latencyP95Ms).toBeCloseTo(480, 9);
  });

  it('totals tokens over all samples and prices only what this run paid for', () => {
    expect(summary.tokensIn).toBe(600);
    expect(summary.tokensOut).toBe(60);
    expect(summary.fromCacheCount).toBe(1);
    // 500 input + 50 output tokens were not cached: 500×2/1e6 + 50×10/1e6
    expect(summary.estimatedCost).toBeCloseTo(0.0015, 12);
    expect(summarizeRun(samples).estimatedCost).toBeNull();
  });

  it('breaks down by subject (a sample counts for each of its subjects) and by task type', () => {
    expect(summary.bySubject['Science/Math']).toMatchObject({ correct: 3, n: 4, accuracy: 0.75 });
    expect(summary.bySubject['Science/Physics']).toMatchObject({ correct: 1, n: 1, accuracy: 1 });
    expect(summary.bySubject['HASS/History']).toMatchObject({ correct: 0, n: 1, accuracy: 0 });
    expect(summary.bySubject['HASS/Literature']).toEqual({ correct: 0, n: 0, accuracy: null, ci: { low: 0, high: 1 } });
    expect(summary.byTaskType['Reasoning']).toMatchObject({ correct: 3, n: 3, accuracy: 1 });
    expect(summary.byTaskType['Knowledge']).toMatchObject({ correct: 0, n: 2, accuracy: 0 });
    expect(summary.byTaskType['Knowledge']?.ci.high).toBeCloseTo(0.6576, 4);
    expect(Object.keys(summary.bySubject)).toEqual([...Object.keys(summary.bySubject)].sort());
  });

  it('counts a duplicated subject once', () => {
    const s = summarizeRun([sample({ subjects: ['Tech/AI', 'Tech/AI'] })]);
    expect(s.bySubject['Tech/AI']?.n).toBe(1);
  });

  it('counts ambiguous (hedged) answers as incorrect, apart from unparsed', () => {
    const s = summarizeRun([
      sample({}),
      sample({ correct: false, status: 'ambiguous' }),
      sample({ correct: false, status: 'ambiguous' }),
      sample({ ...unparsed }),
    ]);
    expect(s).toMatchObject({ n: 4, correct: 1, accuracy: 0.25, ambiguousCount: 2, ambiguousRate: 0.5, unparsedCount: 1, unparsedRate: 0.25 });
    expect(s.bySubject['Science/Math']).toMatchObject({ correct: 1, n: 4 });
  });

  it('reports the chance level of the scored items (1/k per item, unknown left out)', () => {
    const s = summarizeRun([
      sample({ chance: 1 / 4 }),
      sample({ ...incorrect, chance: 1 / 2 }),
      sample({ ...incorrect, chance: 1 / 10 }),
      sample({ ...incorrect, chance: 0 }),
      sample({ ...incorrect }),
      sample({ ...unscored, chance: 1 }),
      sample({ correct: null, status: 'unparsed', error: 'timeout', chance: 1 }),
    ]);
    expect(s.chanceAccuracy).toBeCloseTo((0.25 + 0.5 + 0.1 + 0) / 4, 12);
    expect(summarizeRun([sample({})]).chanceAccuracy).toBeNull();
  });

  it('summarizes an empty run without dividing by zero', () => {
    expect(summarizeRun([])).toMatchObject({
      total: 0,
      n: 0,
      accuracy: null,
      ci: { low: 0, high: 1 },
      unparsedRate: null,
      ambiguousRate: null,
      chanceAccuracy: null,
      errorRate: null,
      latencyP50Ms: null,
      latencyP95Ms: null,
      tokensIn: 0,
      bySubject: {},
    });
  });
});
