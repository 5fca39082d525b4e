import { describe, expect, it } from 'vitest';
import { LANGUAGES, TASK_TYPES, addSubject, draftToPlanInput, draftsEqual, planToDraft, removeSubject, submittedRationale, validateDraft, type PlanData } from './plan';

const plan: PlanData = {
  language: 'KOREAN',
  subjects: ['HASS/History', 'Culture', 'HASS/History'],
  taskType: null,
  targetType: 'LOCAL',
  problemType: 'MCQA',
  sampleSize: 50,
  seed: 42,
  externalToolUsage: false,
  rationale: 'Korean history',
  rationaleKo: '한국사',
  rationaleParts: null,
  confidence: 0.8,
  source: 'RULES',
  fallbackReason: null,
  notes: [{ code: 'SCHOOL_LEVEL_NOT_APPLIED', words: '고등학생', subjects: [], message: 'not applied' }],
};

describe('plan → PlanInput', () => {
  it('keeps the editable fields and dedupes subjects', () => {
    const draft = planToDraft(plan);
    expect(draft).toEqual({
      language: 'KOREAN',
      subjects: ['HASS/History', 'Culture'],
      taskType: null,
      targetType: 'LOCAL',
      problemType: 'MCQA',
      sampleSize: 50,
      seed: 42,
      externalToolUsage: false,
    });
  });

  it('maps a draft to the mutation input, sending "all" as null', () => {
    const input = draftToPlanInput({ ...planToDraft(plan), taskType: 'REASONING', sampleSize: 20.7 });
    expect(input).toEqual({
      language: 'KOREAN',
      subjects: ['HASS/History', 'Culture'],
      taskType: 'REASONING',
      targetType: 'LOCAL',
      problemType: 'MCQA',
      sampleSize: 20,
      seed: 42,
      externalToolUsage: false,
    });
    expect(draftToPlanInput(planToDraft(plan)).taskType).toBeNull();
    expect(draftToPlanInput(planToDraft(plan), { text: 'why', parts: null }).rationale).toBe('why');
  });

  it('does not share the subjects array with the draft', () => {
    const draft = planToDraft(plan);
    const input = draftToPlanInput(draft);
    draft.subjects.push('Science');
    expect(input.subjects).toEqual(['HASS/History', 'Culture']);
  });

  it('validates sample size and seed', () => {
    const draft = planToDraft(plan);
    expect(validateDraft(draft)).toEqual([]);
    expect(validateDraft({ ...draft, sampleSize: 0 }).map((i) => i.field)).toEqual(['sampleSize']);
    expect(validateDraft({ ...draft, sampleSize: 10_001 }).map((i) => i.field)).toEqual(['sampleSize']);
    expect(validateDraft({ ...draft, sampleSize: Number.NaN, seed: -1 }).map((i) => i.field)).toEqual(['sampleSize', 'seed']);
  });

  it('detects edits', () => {
    const draft = planToDraft(plan);
    expect(draftsEqual(draft, planToDraft(plan))).toBe(true);
    expect(draftsEqual(draft, { ...draft, subjects: ['Culture'] })).toBe(false);
    expect(draftsEqual(draft, { ...draft, sampleSize: 51 })).toBe(false);
    // Subjects are a set: the order they were picked in is no edit.
    expect(draftsEqual(draft, { ...draft, subjects: [...draft.subjects].reverse() })).toBe(true);
    expect(draftsEqual(draft, { ...draft, subjects: ['Culture', 'Culture'] })).toBe(false);
  });

  it('offers the schema enums as choices', () => {
    expect(LANGUAGES).toEqual(['KOREAN', 'ENGLISH']);
    expect(TASK_TYPES).toEqual(['KNOWLEDGE', 'REASONING', 'VALUE_ALIGNMENT']);
  });
});

describe('subject editing', () => {
  it('adds without duplicates; a coarse subject replaces its fine ones and vice versa', () => {
    expect(addSubject(['Science/Math'], 'Science/Math')).toEqual(['Science/Math']);
    expect(addSubject(['Science/Math', 'Science/Physics', 'Culture'], 'Science')).toEqual(['Culture', 'Science']);
    expect(addSubject(['Science', 'Culture'], 'Science/Math')).toEqual(['Culture', 'Science/Math']);
    expect(addSubject(['Social Intelligence'], 'Social Intelligence/Value/Alignment')).toEqual(['Social Intelligence/Value/Alignment']);
  });

  it('removes a subject', () => {
    expect(removeSubject(['Culture', 'Science'], 'Culture')).toEqual(['Science']);
  });
});

describe('the rationale kept with a submitted task', () => {
  it("is the planner's when the plan was not changed, and says it was edited otherwise", () => {
    const parts = [{ key: 'subjectCue', params: { cue: 'math', subject: 'Science/Math' } }];
    expect(submittedRationale({ rationale: 'Math items.', rationaleParts: parts }, false)).toEqual({ text: 'Math items.', parts });
    expect(submittedRationale({ rationale: 'Math items.', rationaleParts: parts }, true)).toEqual({
      text: 'Edited by the user before submitting. The planner had suggested: Math items.',
      parts: [{ key: 'edited', params: { suggested: true } }, ...parts],
    });
    expect(submittedRationale({ rationale: '', rationaleParts: null }, true)).toEqual({ text: 'Edited by the user before submitting.', parts: null });
  });

  it('goes with the plan input, parts included', () => {
    const input = draftToPlanInput(planToDraft(plan), { text: 'why', parts: [{ key: 'toolsDefault' }] });
    expect(input.rationale).toBe('why');
    expect(input.rationaleParts).toEqual([{ key: 'toolsDefault' }]);
  });
});
