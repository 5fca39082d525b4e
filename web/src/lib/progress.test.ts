import { describe, expect, it } from 'vitest';
import { applyProgressEvent, buildRunViews, initialProgress, isTerminalStatus, sampleMark, type ProgressEvent, type RunProgress } from './progress';

const run = (done: number, extra: Partial<RunProgress> = {}): RunProgress => ({
  runId: 'run-1',
  modelName: 'gpt',
  status: 'RUNNING',
  done,
  total: 10,
  correct: done,
  errors: 0,
  unparsed: 0,
  ambiguous: 0,
  fromCache: 0,
  accuracy: done ? 1 : null,
  ciLow: null,
  ciHigh: null,
  etaSeconds: 5,
  storageError: null,
  ...extra,
});

const event = (seq: number, kind: ProgressEvent['kind'], r: RunProgress | null, samples: ProgressEvent['latestSamples'] = []): ProgressEvent => ({
  taskId: 't',
  seq,
  kind,
  taskStatus: kind === 'TASK_FINISHED' ? 'SUCCEEDED' : 'RUNNING',
  at: '2025-01-01T00:00:00Z',
  run: r,
  latestSamples: samples,
});

const sample = (itemId: string, status = 'correct') => ({ itemId, question: `Q ${itemId}`, output: 'A', extracted: 'A', status });

describe('applyProgressEvent', () => {
  it('applies the replay then live events, ignoring stale live events', () => {
    let state = initialProgress();
    state = applyProgressEvent(state, event(0, 'TASK_STATUS', run(3)));
    expect(state.runs['run-1']!.done).toBe(3);
    state = applyProgressEvent(state, event(7, 'RUN_PROGRESS', run(5), [sample('a'), sample('b', 'incorrect')]));
    expect(state.lastSeq).toBe(7);
    expect(state.feed.map((f) => f.itemId)).toEqual(['b', 'a']);
    expect(state.feed[0]!.modelName).toBe('gpt');
    const stale = applyProgressEvent(state, event(6, 'RUN_PROGRESS', run(4)));
    expect(stale).toBe(state);
    state = applyProgressEvent(state, event(8, 'RUN_PROGRESS', run(6), [sample('b', 'incorrect'), sample('c')]));
    expect(state.feed.map((f) => f.itemId)).toEqual(['c', 'b', 'a']);
  });

  it('a replay after reconnecting applies even though its seq is 0', () => {
    let state = applyProgressEvent(initialProgress(), event(9, 'RUN_PROGRESS', run(5)));
    state = applyProgressEvent(state, event(0, 'TASK_STATUS', run(8)));
    expect(state.runs['run-1']!.done).toBe(8);
    expect(state.lastSeq).toBe(9);
  });

  it('keeps the feed bounded and marks completion', () => {
    let state = initialProgress();
    for (let i = 1; i <= 5; i++) state = applyProgressEvent(state, event(i, 'RUN_PROGRESS', run(i), [sample(`i${i}`)]), 3);
    expect(state.feed.map((f) => f.itemId)).toEqual(['i5', 'i4', 'i3']);
    state = applyProgressEvent(state, event(6, 'TASK_FINISHED', null));
    expect(state.finished).toBe(true);
    expect(state.taskStatus).toBe('SUCCEEDED');
  });

  it('late run events do not undo a hold; control events and the finish do', () => {
    let state = applyProgressEvent(initialProgress(), event(0, 'TASK_STATUS', run(1)));
    expect(state.taskStatus).toBe('RUNNING');
    state = applyProgressEvent(state, { ...event(5, 'TASK_STATUS', null), taskStatus: 'HELD' });
    expect(state.taskStatus).toBe('HELD');
    state = applyProgressEvent(state, event(6, 'RUN_PROGRESS', run(2)));
    expect(state.taskStatus).toBe('HELD');
    state = applyProgressEvent(state, { ...event(7, 'TASK_STATUS', null), taskStatus: 'PENDING' });
    state = applyProgressEvent(state, event(8, 'RUN_STARTED', run(2)));
    expect(state.taskStatus).toBe('RUNNING');
  });

  it('status helpers', () => {
    expect(isTerminalStatus('SUCCEEDED')).toBe(true);
    expect(isTerminalStatus('HELD')).toBe(false);
    expect(isTerminalStatus(null)).toBe(false);
    expect(sampleMark('correct')).toBe('✓');
    expect(sampleMark('unparsed')).toBe('✗');
    expect(sampleMark('ambiguous')).toBe('✗');
    expect(sampleMark('unscored')).toBe('·');
  });
});

describe('buildRunViews', () => {
  const stored = {
    id: 'run-1',
    modelName: 'gpt',
    status: 'RUNNING',
    source: 'LIVE' as const,
    total: 10,
    done: 4,
    correct: 2,
    unparsed: 0,
    ambiguous: 0,
    unscored: 0,
    errors: 0,
    fromCache: 1,
    error: null,
  };
  const acc = () => ({ accuracy: 0.5, ciLow: 0.1, ciHigh: 0.9 });

  it('uses stored counters until a newer event arrives', () => {
    expect(buildRunViews([stored], {}, acc)[0]).toMatchObject({ done: 4, accuracy: 0.5, etaSeconds: null, fromCache: 1 });
    const views = buildRunViews([stored], { 'run-1': run(6, { etaSeconds: 12 }) }, acc);
    expect(views[0]).toMatchObject({ done: 6, accuracy: 1, etaSeconds: 12, source: 'LIVE' });
    expect(buildRunViews([stored], { 'run-1': run(2) }, acc)[0]!.done).toBe(4);
  });

  it('shows a stalled run until an event reports progress, and the storage error while events carry it', () => {
    const stalled = { ...stored, stalled: true, storageError: null };
    expect(buildRunViews([stalled], {}, acc)[0]).toMatchObject({ stalled: true, storageError: null });
    expect(buildRunViews([stalled], { 'run-1': run(6) }, acc)[0]).toMatchObject({ stalled: false });
    const failing = buildRunViews([stored], { 'run-1': run(5, { storageError: 'Cannot store samples: disk full' }) }, acc)[0]!;
    expect(failing.storageError).toMatch(/disk full/);
    expect(buildRunViews([stored], { 'run-1': run(7) }, acc)[0]!.storageError).toBeNull();
  });

  it('prefers a finished stored run over a stale running event', () => {
    const cancelled = { ...stored, status: 'CANCELLED', done: 6 };
    expect(buildRunViews([cancelled], { 'run-1': run(6) }, acc)[0]).toMatchObject({ status: 'CANCELLED', done: 6, etaSeconds: null });
  });

  it('adds runs only known from events, sorted by name', () => {
    const views = buildRunViews([stored], { other: run(1, { runId: 'other', modelName: 'alpha' }) }, acc);
    expect(views.map((v) => v.modelName)).toEqual(['alpha', 'gpt']);
  });
});

describe('cached runs', () => {
  it('carry where their numbers come from', () => {
    const stored = {
      id: 'run-c',
      modelName: 'cached-model',
      status: 'SUCCEEDED',
      source: 'CACHED' as const,
      total: 0,
      done: 0,
      correct: 0,
      unparsed: 0,
      ambiguous: 0,
      unscored: 0,
      errors: 0,
      fromCache: 0,
      error: null,
      summary: {
        accuracy: 0.4,
        cached: { cells: 3, weighting: 'UNWEIGHTED_UNKNOWN_N', oldestUpdate: '2025-01-01T00:00:00.000Z', sources: ['IMPORTED'], taskIds: [] },
      },
    };
    const [view] = buildRunViews([stored], {}, () => ({ accuracy: 0.4, ciLow: null, ciHigh: null }));
    expect(view!.cached).toEqual({ cells: 3, weighting: 'UNWEIGHTED_UNKNOWN_N', oldestUpdate: '2025-01-01T00:00:00.000Z', sources: ['IMPORTED'], taskIds: [] });
    const [live] = buildRunViews([{ ...stored, source: 'LIVE' as const }], {}, () => ({ accuracy: null, ciLow: null, ciHigh: null }));
    expect(live!.cached).toBeNull();
  });
});
