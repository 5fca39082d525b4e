import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@benchhub/db';
import { startStack, type TestStack } from '../support/stack';

/**
 * The command-line interface as users run it: the built bundle through bin/benchhub.mjs (the package's `bin`,
 * and what `npm run -s benchhub` runs), against the real stack (same queue as the API).
 */
const BIN = path.join(REPO_ROOT, 'bin', 'benchhub.mjs');
let stack: TestStack;
let scratch: string;
beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'benchhub-cli-'));
  // Build (or confirm) the bundle once, so no test pays for it.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'ignore' });
  stack = await startStack();
}, 90_000);
afterAll(async () => {
  await stack?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

function cli(args: string[], stdin?: string, nodeOptions: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeOptions, BIN, ...args], {
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

  it('plan, score and --help load neither Prisma nor BullMQ nor Redis (commands import them lazily)', async () => {
    const heavy = /@prisma\/|better-sqlite3|\/bullmq\/|\/ioredis\/|\/pg\/|graphql-yoga/;
    const traced = async (args: string[], stdin?: string) => {
      const log = path.join(scratch, `modules-${args[0]}.txt`);
      writeFileSync(log, '');
      const result = await cli(args, stdin, ['--import', pathToTracer(log)]);
      expect(result.code, result.stderr).toBe(0);
      return readFileSync(log, 'utf8').split('\n').filter(Boolean);
    };
    for (const [args, stdin] of [[['--help']], [['plan', '--json', 'Korean math, 20 questions']], [['score'], '{"problem_type":"binary","answer":"True","output":"True"}\n']] as const) {
      const modules = await traced([...args], stdin);
      expect(modules.some((m) => m.includes('/server/dist/cli/')), 'the tracer saw the bundle').toBe(true);
      expect(modules.filter((m) => heavy.test(m)), `${args.join(' ')} loaded`).toEqual([]);
    }
    // The tracer works: a command that needs the database does load Prisma.
    expect((await traced(['health', '--json'])).some((m) => heavy.test(m))).toBe(true);
  }, 60_000);

  it('writes every byte through a slow pipe (> 64 KiB) before exiting', async () => {
    // 3,000 leaderboard cells (≈ 600 KB of JSON) read by a consumer that starts reading only after a second:
    // the pipe fills, and an exit with pending output would cut it at 65,536 bytes.
    const rows = ['model_name,language,subject_type,task_type,score,n'];
    for (let i = 0; i < 1500; i++) {
      for (const language of ['English', 'Korean']) rows.push(`pipe-model-${i},${language},Science/Math,Reasoning,${(i % 100) / 100},${100 + i}`);
    }
    const csv = path.join(scratch, 'cells.csv');
    writeFileSync(csv, rows.join('\n') + '\n');
    const imported = await cli(['import-leaderboard', csv, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ inserted: 3000 });

    const piped = (command: string) =>
      execFileSync('sh', ['-c', `${command} | (sleep 1; cat)`], { cwd: REPO_ROOT, env: { ...stack.env, LOG_LEVEL: 'warn' }, maxBuffer: 64 << 20 }).toString();
    const json = piped(`"${process.execPath}" "${BIN}" leaderboard --model pipe-model --json`);
    expect(json.length).toBeGreaterThan(256 * 1024);
    expect(JSON.parse(json)).toHaveLength(3000);
    const csvOut = piped(`"${process.execPath}" "${BIN}" leaderboard --model pipe-model --format csv`);
    expect(csvOut.trim().split('\n')).toHaveLength(3001);
    // And through npm, as the README shows it.
    const viaNpm = piped('npm run -s benchhub -- leaderboard --model pipe-model --json');
    expect(JSON.parse(viaNpm)).toHaveLength(3000);
  }, 90_000);

  it('score and health take --json', async () => {
    const score = await cli(['score', '--json'], '{"problem_type":"binary","answer":"True","output":"True"}\n');
    expect(score.code, score.stderr).toBe(0);
    expect(JSON.parse(score.stdout)).toMatchObject({ correct: true });
    const health = await cli(['health', '--json']);
    expect(JSON.parse(health.stdout)).toMatchObject({ ok: true });
  }, 90_000);

  it('leaderboard --json is --format json; the two contradicting is refused', async () => {
    const csv = path.join(scratch, 'two-cells.csv');
    writeFileSync(csv, 'model_name,language,subject_type,task_type,score,n\njson-a,English,Science/Math,Reasoning,0.5,10\njson-b,English,Science/Math,Reasoning,0.7,10\n');
    expect((await cli(['import-leaderboard', csv])).code).toBe(0);
    const leaderboard = await cli(['leaderboard', '--model', 'json-', '--json']);
    expect(leaderboard.code, leaderboard.stderr).toBe(0);
    expect(JSON.parse(leaderboard.stdout).map((row: { model: string }) => row.model)).toEqual(['json-b', 'json-a']);
    const contradiction = await cli(['leaderboard', '--json', '--format', 'csv']);
    expect(contradiction.code).toBe(2);
    expect(contradiction.stderr).toMatch(/--json and --format csv/);
    const rank = await cli(['rank', 'math problems', '--model', 'json-a', '--json']);
    expect(JSON.parse(rank.stdout)).toHaveProperty('ranking');
  }, 120_000);

  it('leaderboard --format csv escapes formula-looking cells (cells and rollups), and re-imports them', async () => {
    const names = ['=csvinj()', '+csvinj', '-csvinj', '@csvinj'];
    const source = path.join(scratch, 'formula-names.csv');
    writeFileSync(source, ['model_name,language,subject_type,task_type,score,n', ...names.map((n, i) => `"${n}",English,Science/Math,Reasoning,0.${i + 1},10`)].join('\n') + '\n');
    expect((await cli(['import-leaderboard', source])).code).toBe(0);
    const cells = await cli(['leaderboard', '--model', 'csvinj', '--format', 'csv']);
    const rollup = await cli(['leaderboard', '--model', 'csvinj', '--rollup', 'overall', '--format', 'csv']);
    for (const output of [cells, rollup]) {
      expect(output.code, output.stderr).toBe(0);
      const models = output.stdout.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
      expect(models.sort()).toEqual(names.map((n) => `"'${n}"`).sort());
    }
    const exported = path.join(scratch, 'formula-export.csv');
    writeFileSync(exported, cells.stdout);
    const reimport = await cli(['import-leaderboard', exported, '--json']);
    expect(reimport.code, reimport.stderr).toBe(0);
    expect(JSON.parse(reimport.stdout)).toMatchObject({ rows: 4, unchanged: 4 });
  }, 90_000);

  it('--help lists every command; an unknown command exits 2 and names the help', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['evaluate', 'health', 'import', 'import-leaderboard', 'leaderboard', 'plan', 'rank', 'score']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    const unknown = await cli(['nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "nope"');
  }, 30_000);
});

/** A `--import` module that records every module the process resolves into `log` (one URL per line). */
function pathToTracer(log: string): string {
  const hooks = path.join(scratch, 'trace-hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + '\\n');
  return result;
}
`,
  );
  const register = path.join(scratch, `trace-${path.basename(log)}.mjs`);
  writeFileSync(
    register,
    `import { register } from 'node:module';
register(${JSON.stringify(new URL(`file://${hooks}`).href)}, { data: { log: ${JSON.stringify(log)} } });
`,
  );
  return register;
}
