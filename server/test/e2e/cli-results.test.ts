import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@benchhub/core/leaderboard';
import { REPO_ROOT } from '@benchhub/db';
import { startStack, type TestStack } from '../support/stack';

/**
 * CLI commands that read results (issue #13), run as users run them (the built bundle through bin/benchhub.mjs)
 * against a real stack: one evaluation of the two baselines, then `benchhub samples`.
 */
const BIN = path.join(REPO_ROOT, 'bin', 'benchhub.mjs');
let stack: TestStack;
let taskId: string;

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...stack.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-services.mjs')], { stdio: 'ignore' });
  stack = await startStack();
  const evaluated = await cli(['evaluate', 'English math problems with 20 questions', '-m', 'baseline/random', '-m', 'baseline/majority', '--json']);
  expect(evaluated.code, evaluated.stderr).toBe(0);
  taskId = (JSON.parse(evaluated.stdout) as { taskId: string }).taskId;
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('benchhub samples', () => {
  it('writes every stored answer as JSONL (the default and --json) and CSV, the same rows', async () => {
    const jsonl = await cli(['samples', taskId, '--format', 'jsonl']);
    expect(jsonl.code, jsonl.stderr).toBe(0);
    const rows = jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(40);
    const stored = await stack.db.experimentSample.count({ where: { taskId } });
    expect(rows).toHaveLength(stored);
    expect(new Set(rows.map((r) => r.model))).toEqual(new Set(['baseline/random', 'baseline/majority']));
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['item_id', 'status', 'extracted', 'gold', 'prompt_sent', 'raw_output', 'subjects']));
    expect((await cli(['samples', taskId, '--json'])).stdout).toBe(jsonl.stdout);
    expect((await cli(['samples', taskId])).stdout).toBe(jsonl.stdout);

    const csv = await cli(['samples', taskId, '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const records = parseCsvRecords(csv.stdout, { formulaEscaped: true });
    expect(records.map((r) => [r.item_id, r.model, r.status, r.raw_output])).toEqual(rows.map((r) => [r.item_id, r.model, r.status, r.raw_output]));
  }, 60_000);

  it('filters by --model and --outcome', async () => {
    const wrong = await cli(['samples', taskId, '--model', 'baseline/random', '--outcome', 'incorrect,unparsed', '--format', 'jsonl']);
    expect(wrong.code, wrong.stderr).toBe(0);
    const rows = wrong.stdout.trim() ? wrong.stdout.trim().split('\n').map((line) => JSON.parse(line) as { model: string; status: string }) : [];
    const expected = await stack.db.experimentSample.count({ where: { taskId, run: { modelName: 'baseline/random' }, status: { in: ['incorrect', 'unparsed'] } } });
    expect(rows).toHaveLength(expected);
    expect(rows.every((r) => r.model === 'baseline/random' && r.status === 'incorrect')).toBe(true);
  }, 60_000);

  it('refuses a bad outcome, model, format or task id with a clear message (exit 2)', async () => {
    const outcome = await cli(['samples', taskId, '--outcome', 'wrong']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/Unknown outcome wrong/);
    const model = await cli(['samples', taskId, '--model', 'gpt-x']);
    expect(model.code).toBe(2);
    expect(model.stderr).toMatch(/gpt-x is not in this task/);
    const format = await cli(['samples', taskId, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/jsonl or csv/);
    const task = await cli(['samples', 'no-such-task']);
    expect(task.code).toBe(2);
    expect(task.stderr).toMatch(/No task with id no-such-task/);
    expect((await cli(['samples'])).code).toBe(2);
  }, 60_000);
});

describe('benchhub report', () => {
  it('prints the Markdown report with the manifest of this task and lists the uncited synthetic sample', async () => {
    const md = await cli(['report', taskId, '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    for (const heading of ['## Goal and plan', '## Methods', '## Ranking', '### Tied groups', '### Pairwise tests', '## Per subject', '## Reproducibility manifest', '## Citation']) {
      expect(md.stdout).toContain(heading);
    }
    const task = await stack.db.evaluationTask.findUniqueOrThrow({ where: { id: taskId } });
    const hash = createHash('sha256').update((task.itemIds as string[]).join('\n')).digest('hex');
    expect(md.stdout).toContain(`| Sampled item ids (sha256) | ${hash} |`);
    expect(md.stdout).toContain(`| Prompt template version | ${task.promptVersion} |`);
    expect(md.stdout).toMatch(/\| Model baseline\/random \| BASELINE baseline\/random;/);
    expect(md.stdout).toContain('**No citation on file** for: BenchHub-Plus Synthetic Sample (20 items)');
    expect(md.stdout).toContain('@misc{kim2025benchhub');
    // md is the default format (the generation time aside).
    const stamp = (text: string) => text.replace(/\| Generated \| [^|]+\|/, '| Generated | … |');
    expect(stamp((await cli(['report', taskId])).stdout)).toBe(stamp(md.stdout));
  }, 60_000);

  it('prints a standalone HTML page, takes --json, and refuses a bad format or task', async () => {
    const html = await cli(['report', taskId, '--format', 'html']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('@media print');
    expect(html.stdout).not.toMatch(/<script/i);
    const json = await cli(['report', taskId, '--format', 'latex', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ taskId, format: 'latex', report: expect.stringContaining('\\begin{tabular}') });
    const bad = await cli(['report', taskId, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown report format "pdf"/);
    const missing = await cli(['report', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No task with id nope/);
  }, 60_000);
});

describe("the README's result commands", () => {
  it('run as written from the repository: evaluate → samples → report, and the leaderboard export → import round trip', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const line = (start: string) => {
      const found = readme.split('\n').filter((l) => l.startsWith(start));
      expect(found, start).toHaveLength(1);
      return found[0]!.replace(/\s+#.*$/, '').trim();
    };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-readme-'));
    try {
      const script = [
        line('TASK=$(npm run -s benchhub -- evaluate'),
        line('npm run -s benchhub -- samples "$TASK"'),
        line('npm run -s benchhub -- report "$TASK"').replace('report.md', `${dir}/report.md`),
        line('npm run -s benchhub -- leaderboard --format csv > cells.csv').replaceAll('cells.csv', `${dir}/cells.csv`),
      ].join('\n');
      const result = spawnSync('sh', ['-ec', script], { cwd: REPO_ROOT, env: { ...stack.env, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 120_000 });
      expect(result.status, result.stderr).toBe(0);
      // samples printed a CSV header; the report was written; the import answered in JSON.
      expect(result.stdout).toContain('task_id,item_id,position,model,status');
      expect(readFileSync(`${dir}/report.md`, 'utf8')).toContain('## Reproducibility manifest');
      expect(result.stdout).toMatch(/"unchanged":\d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
