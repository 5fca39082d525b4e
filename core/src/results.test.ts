import { describe, expect, it } from 'vitest';
import { buildTaskResult } from './results';
import { summarizeRun } from './stats';

function run(name: string, correctness: boolean[]) {
  const samples = correctness.map((correct, i) => ({ runId: name, itemId: `item-${i}`, status: correct ? 'correct' : 'incorrect' }));
  const summary = summarizeRun(
    correctness.map((correct) => ({
      correct,
      status: correct ? ('correct' as const) : ('incorrect' as const),
      latencyMs: 10,
      tokensIn: 1,
      tokensOut: 1,
      error: null,
      subjects: ['Science/Math'],
      taskType: 'Reasoning',
      fromCache: false,
    })),
  );
  return { run: { runId: name, modelName: name, source: 'LIVE', status: 'SUCCEEDED', error: null, summary }, samples };
}

describe('buildTaskResult', () => {
  it('separates a clearly better model and ties two indistinguishable ones', () => {
    const strong = run('strong', Array.from({ length: 60 }, (_, i) => i % 10 !== 0)); // 90%
    const weakA = run('weak-a', Array.from({ length: 60 }, (_, i) => i % 2 === 0)); // 50%
    const weakB = run('weak-b', Array.from({ length: 60 }, (_, i) => i % 2 === 0 || i % 7 === 1)); // ~57%
    const result = buildTaskResult([weakA.run, strong.run, weakB.run], [...strong.samples, ...weakA.samples, ...weakB.samples]);
    expect(result.models.map((m) => m.modelName)).toEqual(['strong', 'weak-b', 'weak-a']);
    expect(result.models[0]!.rank).toBe(1);
    expect(result.tiedGroups).toContainEqual(['weak-b', 'weak-a']);
    expect(result.tiedGroups.some((group) => group.includes('strong') && group.length > 1)).toBe(false);
    const strongVsWeak = result.pairwise.find((p) => p.modelA === 'strong' && p.modelB === 'weak-a');
    expect(strongVsWeak).toMatchObject({ sharedItems: 60, significant: true });
    expect(strongVsWeak!.onlyACorrect).toBeGreaterThan(strongVsWeak!.onlyBCorrect);
  });

  it('lists models with nothing scored last, unranked', () => {
    const ok = run('ok', [true, false, true]);
    const failed = { runId: 'failed', modelName: 'failed', source: 'LIVE', status: 'FAILED', error: 'down', summary: null };
    const result = buildTaskResult([failed, ok.run], ok.samples);
    expect(result.models.map((m) => [m.modelName, m.rank])).toEqual([
      ['ok', 1],
      ['failed', null],
    ]);
  });
});

describe('buildTaskResult: hedged answers', () => {
  it('counts ambiguous samples as wrong in the paired tests (they earn no credit)', () => {
    const sure = run('sure', Array.from({ length: 40 }, () => true));
    const hedger = run('hedger', Array.from({ length: 40 }, () => true));
    // The hedger's answers are all "B or C": stored as ambiguous, so every item is discordant.
    const hedged = hedger.samples.map((s) => ({ ...s, status: 'ambiguous' }));
    const result = buildTaskResult([sure.run, hedger.run], [...sure.samples, ...hedged]);
    expect(result.pairwise[0]).toMatchObject({ sharedItems: 40, significant: true });
    expect(result.pairwise[0]!.onlyACorrect + result.pairwise[0]!.onlyBCorrect).toBe(40);
  });
});

describe('buildTaskResult with cached models', () => {
  it('uses interval overlap instead of paired tests', () => {
    const summary = (accuracy: number, low: number, high: number) => ({ n: 100, accuracy, ci: { low, high } });
    const runs = [
      { runId: 'a', modelName: 'a', source: 'CACHED', status: 'SUCCEEDED', error: null, summary: summary(0.9, 0.83, 0.94) },
      { runId: 'b', modelName: 'b', source: 'CACHED', status: 'SUCCEEDED', error: null, summary: summary(0.5, 0.4, 0.6) },
      { runId: 'c', modelName: 'c', source: 'LIVE', status: 'SUCCEEDED', error: null, summary: summary(0.55, 0.45, 0.65) },
    ];
    const result = buildTaskResult(runs, []);
    expect(result.pairwise).toEqual([]);
    expect(result.models.map((m) => [m.modelName, m.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 2],
    ]);
    expect(result.tiedGroups).toEqual([['a'], ['c', 'b']]);
    expect(result.method).toMatch(/intervals/);
  });
});
