import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@benchhub/db';
import { startStack, type TestStack } from '../support/stack';

/** The command-line interface against the real stack (same queue as the API). */
let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
}, 60_000);
afterAll(() => stack?.stop());

function cli(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server', 'src', 'cli', 'main.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...stack.env, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(stdin ?? '');
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('benchhub CLI', () => {
  it('health reports every component', async () => {
    const result = await cli(['health', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, database: { ok: true }, redis: { ok: true }, liveWorkers: 1 });
  }, 30_000);

  it('evaluate --json submits through the queue, follows progress and prints one JSON object', async () => {
    const result = await cli(['evaluate', 'English math problems with 30 questions', '--model', 'baseline/random', '-m', 'baseline/majority', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { taskId: string; status: string; models: Array<{ name: string; n: number; accuracy: number }> };
    expect(output.status).toBe('SUCCEEDED');
    expect(output.models.map((m) => m.name).sort()).toEqual(['baseline/majority', 'baseline/random']);
    const task = await stack.db.evaluationTask.findUniqueOrThrow({ where: { id: output.taskId }, include: { runs: true } });
    expect(task.plan).toMatchObject({ language: 'English', subjects: ['Science/Math'], sampleSize: 30 });
    for (const model of output.models) {
      const run = task.runs.find((r) => r.modelName === model.name)!;
      expect(model.n).toBe(run.done - run.errors - run.unscored);
      expect(model.accuracy).toBeCloseTo(run.correct / model.n, 10);
    }
  }, 60_000);

  it('evaluate rejects bad input with a clear message and changes nothing', async () => {
    const before = await stack.db.evaluationTask.count();
    const result = await cli(['evaluate', '   ', '--model', 'baseline/random']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/EMPTY_QUERY/);
    const unknown = await cli(['evaluate', 'math', '--model', 'nope']);
    expect(unknown.stderr).toMatch(/Unknown model: nope/);
    expect(await stack.db.evaluationTask.count()).toBe(before);
  }, 30_000);

  it('plan --json reads one query per line from stdin and prints JSONL', async () => {
    const result = await cli(['plan', '--json'], '한국 전통 명절 객관식 200문제\nPython coding problems requiring reasoning, 50 questions\n');
    expect(result.code).toBe(0);
    const plans = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(plans).toHaveLength(2);
    expect(plans[0]).toMatchObject({ language: 'Korean', subjects: ['Culture/Celebration Holiday'], problemType: 'MCQA', sampleSize: 200, source: 'RULES' });
    expect(plans[1]).toMatchObject({ language: 'English', subjects: ['Tech./Coding'], taskType: 'Reasoning', sampleSize: 50 });
  }, 30_000);

  it('score rescores stored outputs without calling a model', async () => {
    const lines = [
      { problem_type: 'MCQA', options: ['서울', '부산', '인천', '대구'], answer: 'B', output: '정답은 ② 부산입니다' },
      { problem_type: 'short-form', options: null, answer: '0.5', output: 'The answer is \\boxed{1/2}.' },
      { problem_type: 'binary', options: null, answer: '참', output: 'False' },
      { problem_type: 'MCQA', options: ['a', 'b'], answer: 'A', output: 'I cannot decide.' },
    ].map((line) => JSON.stringify(line));
    const result = await cli(['score'], lines.join('\n') + '\n');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { correct: true, extracted: 'B', status: 'correct' },
      { correct: true, extracted: expect.any(String), status: 'correct' },
      { correct: false, extracted: 'False', status: 'incorrect' },
      { correct: false, extracted: null, status: 'unparsed' },
    ]);
  }, 30_000);
});
