import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import { createEvaluation, warmUpEvaluationQueries } from './evaluation.service';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase('benchhub-evaluation-');
}, 60_000);
afterAll(async () => temp?.close());

describe('warmUpEvaluationQueries', () => {
  it('runs a real createEvaluation and rolls it back: no task, no run, nothing enqueued, no warning', async () => {
    const warnings: unknown[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void (JSON.parse(line).level >= 40 && warnings.push(line)) });
    await warmUpEvaluationQueries({ db: temp.db, logger });
    expect(warnings).toEqual([]);
    expect(await temp.db.evaluationTask.count()).toBe(0);
    expect(await temp.db.modelRun.count()).toBe(0);

    // The same call outside the warm-up does write (so the rollback, not a failure, kept the tables empty).
    const enqueued: string[] = [];
    const task = await createEvaluation(
      { db: temp.db, queue: { enqueueTask: async (taskId) => void enqueued.push(taskId) }, logger: pino({ level: 'silent' }) },
      {
        query: 'start-up warm-up',
        models: ['baseline/random'],
        plan: { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 100, seed: 1, externalToolUsage: false },
      },
    );
    expect(enqueued).toEqual([task.id]);
    expect(await temp.db.evaluationTask.count()).toBe(1);
  });
});

describe('createEvaluation with an edited plan', () => {
  it("keeps the query's not-applied qualifiers as plan notes", async () => {
    const task = await createEvaluation(
      { db: temp.db, queue: { enqueueTask: async () => undefined }, logger: pino({ level: 'silent' }) },
      {
        query: '고등학생 수준의 어려운 수학 문제',
        models: ['baseline/random'],
        plan: { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 10, seed: 1, externalToolUsage: false },
      },
    );
    const stored = await temp.db.evaluationTask.findUniqueOrThrow({ where: { id: task.id } });
    const notes = (stored.plan as { notes: { code: string; words: string }[] }).notes;
    expect(notes.map((n) => [n.code, n.words])).toEqual([
      ['SCHOOL_LEVEL_NOT_APPLIED', '고등학생'],
      ['DIFFICULTY_NOT_APPLIED', '어려운'],
    ]);
  });
});

describe('createEvaluation keeps the rationale as parts', () => {
  const deps = () => ({ db: temp.db, queue: { enqueueTask: async () => undefined }, logger: pino({ level: 'silent' }) });
  const plan = { language: 'English', subjects: ['Science/Math'], taskType: null, targetType: null, problemType: 'MCQA', sampleSize: 10, seed: 1, externalToolUsage: false } as const;

  it('stores the parts a client sends back (the "edited" part first), so the task says its rationale in any language', async () => {
    const { planFromQuery, renderRationale } = await import('@benchhub/core/planner');
    const planned = planFromQuery('high-school math, 10 questions');
    const parts = [{ key: 'edited', params: { suggested: true } }, ...planned.rationaleParts!];
    const task = await createEvaluation(deps(), { query: 'high-school math, 10 questions', models: ['baseline/random'], plan: { ...plan, rationale: 'Edited.', rationaleParts: parts } });
    const stored = task.plan as { rationale: string; rationaleParts: typeof parts };
    expect(stored.rationaleParts).toEqual(parts);
    expect(renderRationale(stored.rationaleParts as never, 'ko')).toMatch(/^제출 전에 사용자가 수정했습니다\. 계획기가 제안한 내용: 과목 "math"/);
  });

  it('describes a plan given without a rationale, in parts too', async () => {
    const task = await createEvaluation(deps(), { query: 'math', models: ['baseline/random'], plan });
    const stored = task.plan as { rationale: string; rationaleParts: { key: string }[] };
    expect(stored.rationale).toBe('Plan given with the request: English, MCQA, all task types, all targets, Science/Math, 10 items, seed 1.');
    expect(stored.rationaleParts.map((p) => p.key)).toEqual(['given']);
  });

  it('refuses an invalid plan with one coded issue per field (path plan.<field>), and stores no task', async () => {
    const before = await temp.db.evaluationTask.count();
    const refused = createEvaluation(deps(), { query: 'math', models: ['baseline/random'], plan: { ...plan, problemType: 'matching', sampleSize: 0 } });
    await expect(refused).rejects.toMatchObject({
      code: 'INVALID_PLAN',
      issues: [
        { path: 'plan.problemType', code: 'UNKNOWN_PROBLEM_TYPE', params: { value: 'matching' } },
        { path: 'plan.sampleSize', code: 'INTEGER_OUT_OF_RANGE', params: { min: 1, max: 10000, value: '0' } },
      ],
    });
    await expect(refused).rejects.toThrow('Invalid plan: problemType must be MCQA, Binary, short-form or open-ended, got "matching"; sampleSize must be an integer between 1 and 10000, got 0');
    expect(await temp.db.evaluationTask.count()).toBe(before);
  });

  it('refuses malformed parts and names the error by a stable code', async () => {
    await expect(createEvaluation(deps(), { query: 'math', models: ['baseline/random'], plan: { ...plan, rationaleParts: [{ key: 'nope' }] } })).rejects.toMatchObject({ code: 'INVALID_PLAN' });
    await expect(createEvaluation(deps(), { query: 'math', models: ['nobody/there'], plan })).rejects.toMatchObject({
      code: 'UNKNOWN_MODELS',
      params: { models: 'nobody/there', resource: 'ModelEndpoint' },
    });
    await expect(createEvaluation(deps(), { query: 'math', models: [' '], plan })).rejects.toMatchObject({ code: 'NO_MODELS' });
  });
});
