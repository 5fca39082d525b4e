import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../stats/wilson';
import {
  cellsFromSamples,
  coarseSubjectOf,
  intervalTieGroups,
  normalizeLeaderboardRecord,
  parseCsv,
  parseCsvRecords,
  rankModels,
  resolvePlanCells,
  rollupBy,
  rollupCells,
  toCsv,
  type RankingCell,
} from './index';

describe('rollupCells', () => {
  it('pools cells with known n: Σcorrect / Σn, never the mean of the means', () => {
    // 9/10 and 10/100: mean of means would be 0.5; the pooled accuracy is 19/110.
    const rollup = rollupCells([
      { score: 0.9, n: 10 },
      { score: 0.1, n: 100 },
    ]);
    expect(rollup.weighting).toBe('N_WEIGHTED');
    expect(rollup.correct).toBe(19);
    expect(rollup.n).toBe(110);
    expect(rollup.score).toBeCloseTo(19 / 110, 12);
    expect(rollup.score).not.toBeCloseTo(0.5, 2);
    const w = wilsonInterval(19, 110);
    expect([rollup.ciLow, rollup.ciHigh]).toEqual([w.low, w.high]);
    expect(rollup.cellsWithUnknownN).toBe(0);
  });

  it('falls back to an unweighted, flagged mean without interval when any cell lacks n', () => {
    const rollup = rollupCells([
      { score: 0.9, n: 10 },
      { score: 0.1, n: null },
    ]);
    expect(rollup).toMatchObject({ weighting: 'UNWEIGHTED_UNKNOWN_N', n: null, correct: null, ciLow: null, ciHigh: null, cells: 2, cellsWithUnknownN: 1 });
    expect(rollup.score).toBeCloseTo(0.5, 12);
  });

  it('reports no score for no cells, and the latest update', () => {
    expect(rollupCells([]).score).toBeNull();
    const a = new Date('2025-01-01T00:00:00Z');
    const b = new Date('2025-02-01T00:00:00Z');
    expect(rollupCells([{ score: 1, n: 1, updatedAt: b }, { score: 0, n: 1, updatedAt: a }]).updatedAt).toEqual(b);
  });

  it('rolls fine subjects up into their coarse category (split on the first slash)', () => {
    const cells = [
      { subject: 'Science/Math', score: 0.5, n: 2 },
      { subject: 'Science/Physics', score: 1, n: 8 },
      { subject: 'Social Intelligence/Value/Alignment', score: 0.25, n: 4 },
    ];
    const byCoarse = rollupBy(cells, (c) => coarseSubjectOf(c.subject));
    expect(byCoarse.get('Science')?.score).toBeCloseTo(9 / 10, 12);
    expect(byCoarse.get('Social Intelligence')?.n).toBe(4);
  });
});

describe('cellsFromSamples', () => {
  it('counts correct / n per (subject, task type); unparsed is wrong; unscored and errors are excluded', () => {
    const cells = cellsFromSamples([
      { subjects: ['Science/Math'], taskType: 'Reasoning', status: 'correct' },
      { subjects: ['Science/Math'], taskType: 'Reasoning', status: 'incorrect' },
      { subjects: ['Science/Math'], taskType: 'Reasoning', status: 'unparsed' },
      { subjects: ['Science/Math'], taskType: 'Reasoning', status: 'unscored' },
      { subjects: ['Science/Math'], taskType: 'Reasoning', status: 'error' },
      { subjects: ['Science/Math', 'Science/Physics'], taskType: 'Knowledge', status: 'correct' },
      { subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/alignment', status: 'correct' },
      { subjects: ['HASS/History'], taskType: 'Knowledge', status: 'error' },
    ]);
    expect(cells.map((c) => [c.subject, c.taskType, c.correct, c.n])).toEqual([
      ['Science/Math', 'Knowledge', 1, 1],
      ['Science/Math', 'Reasoning', 1, 3],
      ['Science/Physics', 'Knowledge', 1, 1],
      ['Social Intelligence/Value/Alignment', 'Value/Alignment', 1, 1],
    ]);
    const math = cells[1]!;
    expect(math.score).toBeCloseTo(1 / 3, 12);
    expect([math.ciLow, math.ciHigh]).toEqual([wilsonInterval(1, 3).low, wilsonInterval(1, 3).high]);
    expect(cells[3]!.coarseSubject).toBe('Social Intelligence');
  });
});

describe('intervalTieGroups', () => {
  it('ties models whose intervals overlap and separates disjoint ones', () => {
    const result = intervalTieGroups([
      { key: 'A', score: 0.9, ciLow: 0.85, ciHigh: 0.95 },
      { key: 'B', score: 0.84, ciLow: 0.78, ciHigh: 0.88 },
      { key: 'C', score: 0.5, ciLow: 0.45, ciHigh: 0.55 },
    ]);
    expect(result.groups).toEqual([['A', 'B'], ['C']]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['B', 1, 'a'],
      ['C', 3, 'b'],
    ]);
  });

  it('forms overlapping bands (compact letters) when A~B and B~C but not A~C', () => {
    const result = intervalTieGroups([
      { key: 'A', score: 0.9, ciLow: 0.86, ciHigh: 0.94 },
      { key: 'B', score: 0.84, ciLow: 0.8, ciHigh: 0.88 },
      { key: 'C', score: 0.78, ciLow: 0.74, ciHigh: 0.82 },
    ]);
    expect(result.groups).toEqual([['A', 'B'], ['B', 'C']]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['B', 1, 'ab'],
      ['C', 2, 'b'],
    ]);
  });

  it('ranks a model without an interval (unknown n) by score, untested, without letters', () => {
    const result = intervalTieGroups([
      { key: 'known', score: 0.8, ciLow: 0.7, ciHigh: 0.9 },
      { key: 'inside', score: 0.75, ciLow: null, ciHigh: null },
      { key: 'equal', score: 0.75, ciLow: null, ciHigh: null },
      { key: 'tested', score: 0.72, ciLow: 0.6, ciHigh: 0.84 },
      { key: 'below', score: 0.6, ciLow: null, ciHigh: null },
    ]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters, r.intervalKnown])).toEqual([
      ['known', 1, 'a', true],
      ['inside', 2, null, false],
      ['equal', 2, null, false],
      // Its interval overlaps known's; the two untested models above it count by score.
      ['tested', 3, 'a', true],
      ['below', 5, null, false],
    ]);
    expect(result.groups).toEqual([['known', 'tested']]);
  });

  it('ranks a table of unknown n by score (1, 2, 2, 4), not "all rank 1"', () => {
    const result = intervalTieGroups(
      [0.9, 0.8, 0.8, 0.5].map((score, i) => ({ key: `m${i}`, score, ciLow: null, ciHigh: null })),
    );
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(result.groups).toEqual([]);
  });

  it('non-transitive overlaps: ranks stay monotone and letters follow the pairwise results', () => {
    // A and C are disjoint; D (wide interval, lower score) overlaps both.
    const result = intervalTieGroups([
      { key: 'A', score: 0.8, ciLow: 0.79, ciHigh: 0.81 },
      { key: 'C', score: 0.78, ciLow: 0.77, ciHigh: 0.785 },
      { key: 'D', score: 0.775, ciLow: 0.7, ciHigh: 0.85 },
    ]);
    expect(result.ranking.map((r) => [r.key, r.rank, r.letters])).toEqual([
      ['A', 1, 'a'],
      ['C', 2, 'b'],
      ['D', 2, 'ab'],
    ]);
    expect(result.groups).toEqual([
      ['A', 'D'],
      ['C', 'D'],
    ]);
  });
});

describe('rankModels', () => {
  const cell = (modelName: string, subject: string, taskType: string, score: number, n: number | null): RankingCell => ({
    modelName,
    subject,
    taskType,
    score,
    n,
  });

  it('expands coarse plan subjects, pools n-weighted, ties by interval overlap and reports coverage', () => {
    const cells = [
      cell('big', 'Science/Math', 'Reasoning', 0.9, 200),
      cell('big', 'Science/Physics', 'Reasoning', 0.8, 100),
      cell('close', 'Science/Math', 'Reasoning', 0.88, 200),
      cell('close', 'Science/Physics', 'Reasoning', 0.78, 100),
      cell('weak', 'Science/Math', 'Reasoning', 0.3, 200),
      cell('weak', 'HASS/History', 'Reasoning', 1, 100), // outside the plan
      cell('big', 'Science/Math', 'Knowledge', 0, 100), // other task type
    ];
    const result = rankModels({
      plan: { language: 'English', subjects: ['Science'], taskType: 'Reasoning' },
      models: ['weak', 'close', 'big', 'absent'],
      cells,
    });
    expect(result.plan.fineSubjects).toContain('Science/Statistics');
    expect(result.planCells).toBe(result.plan.fineSubjects.length);
    expect(result.cellsNeeded).toBe(2);
    const [first, second, third, fourth] = result.models;
    expect(first).toMatchObject({ modelName: 'big', rank: 1, letters: 'a', weighting: 'N_WEIGHTED', n: 300, correct: 260, cellsFound: 2, coverage: 1 });
    expect(first!.score).toBeCloseTo(260 / 300, 12);
    expect(second).toMatchObject({ modelName: 'close', rank: 1, letters: 'a' });
    expect(third).toMatchObject({ modelName: 'weak', rank: 3, letters: 'b', cellsFound: 1, coverage: 0.5 });
    expect(fourth).toMatchObject({ modelName: 'absent', rank: null, score: null, cellsFound: 0 });
    expect(result.tiedGroups).toEqual([['big', 'close'], ['weak']]);
    expect(first!.columns).toHaveLength(1);
    expect(first!.columns[0]).toMatchObject({ subject: 'Science', n: 300, cellsFound: 2, cellsNeeded: 2 });
  });

  it('uses every fine subject, all task types and per-coarse columns when the plan names none', () => {
    const resolved = resolvePlanCells({ language: 'Korean', subjects: [], taskType: null });
    expect(resolved.fineSubjects).toHaveLength(63);
    expect(resolved.taskTypes).toEqual(['Knowledge', 'Reasoning', 'Value/Alignment']);
    expect(resolved.columns).toHaveLength(6);
    expect(resolved.cells).toHaveLength(189);
    const loose = resolvePlanCells({ language: 'Korean', subjects: ['math', 'Nope'], taskType: 'Value/alignment' });
    expect(loose.subjects).toEqual(['Science/Math']);
    expect(loose.unknownSubjects).toEqual(['Nope']);
    expect(loose.taskTypes).toEqual(['Value/Alignment']);
  });

  it('ranks imported (unknown n) models by their unweighted mean, without intervals', () => {
    const result = rankModels({
      plan: { language: 'English', subjects: ['Science/Math', 'Science/Physics'], taskType: null },
      models: ['a', 'b'],
      cells: [cell('a', 'Science/Math', 'Knowledge', 0.6, null), cell('a', 'Science/Physics', 'Knowledge', 0.2, null), cell('b', 'Science/Math', 'Knowledge', 0.5, null)],
    });
    expect(result.models.map((m) => [m.modelName, m.rank, m.letters, m.weighting, m.intervalKnown])).toEqual([
      ['b', 1, null, 'UNWEIGHTED_UNKNOWN_N', false],
      ['a', 2, null, 'UNWEIGHTED_UNKNOWN_N', false], // no n, no interval: ranked by score, untested
    ]);
    expect(result.tiedGroups).toEqual([]);
    expect(result.models[1]!.score).toBeCloseTo(0.4, 12);
    expect(result.models[0]!.columns.map((c) => c.subject)).toEqual(['Science/Math', 'Science/Physics']);
  });
});

describe('csv', () => {
  it('quotes what needs quoting and parses it back', () => {
    const rows = [
      ['plain', 'a,b', 'say "hi"', 'line\nbreak', null, 0.5714285714285714],
      [' padded', '', 'Art & Sports/Architecture', 'Value/Alignment', 3, 1],
    ];
    const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
    expect(text.split('\r\n')[1]).toBe('plain,"a,b","say ""hi""","line\nbreak",,0.5714285714285714');
    const parsed = parseCsv(text);
    expect(parsed[1]).toEqual(['plain', 'a,b', 'say "hi"', 'line\nbreak', '', '0.5714285714285714']);
    expect(parsed[2]![0]).toBe(' padded');
    expect(parseCsvRecords('\ufeffx,y\n1,2\n\n3,4')).toEqual([
      { x: '1', y: '2' },
      { x: '3', y: '4' },
    ]);
    expect(() => parseCsv('"open')).toThrow(SyntaxError);
  });
});

describe('normalizeLeaderboardRecord', () => {
  it('reads the Python seed format, normalizing "Value/alignment"', () => {
    const result = normalizeLeaderboardRecord({
      model_name: 'Qwen_Qwen2.5-72B-Instruct',
      language: 'English',
      subject_type: 'Social Intelligence/Value/Alignment',
      task_type: 'Value/alignment',
      score: 0.75,
    });
    expect(result).toEqual({
      ok: true,
      cell: {
        modelName: 'Qwen_Qwen2.5-72B-Instruct',
        language: 'English',
        subject: 'Social Intelligence/Value/Alignment',
        coarseSubject: 'Social Intelligence',
        taskType: 'Value/Alignment',
        score: 0.75,
        n: null,
        ciLow: null,
        ciHigh: null,
      },
    });
  });

  it('reads the export format with n (BigInt from parquet too) and computes a Wilson interval when none is given', () => {
    const result = normalizeLeaderboardRecord({ model: 'm', language: 'ko', subject: 'Science/Math', taskType: 'Reasoning', score: '0.25', n: 8n });
    expect(result.ok && result.cell).toMatchObject({ language: 'Korean', n: 8, ciLow: wilsonInterval(2, 8).low, ciHigh: wilsonInterval(2, 8).high });
  });

  it('rejects bad rows with a reason', () => {
    const base = { model_name: 'm', language: 'English', subject_type: 'Science/Math', task_type: 'Knowledge', score: 0.5 };
    expect(normalizeLeaderboardRecord({ ...base, score: 1.5 }).ok).toBe(false);
    expect(normalizeLeaderboardRecord({ ...base, subject_type: 'Science' }).ok).toBe(false);
    expect(normalizeLeaderboardRecord({ ...base, language: 'French' }).ok).toBe(false);
    expect(normalizeLeaderboardRecord({ ...base, n: 2.5 }).ok).toBe(false);
    expect(normalizeLeaderboardRecord({ ...base, model_name: ' ' }).ok).toBe(false);
  });
});
