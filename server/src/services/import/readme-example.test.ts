/**
 * The README's import example, run exactly as written (through npm, the built CLI and a shell)
 * against the sample shipped in examples/, and the sample files kept equal to the rows they are
 * generated from.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@benchhub/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSampleFiles } from './import-sample-files';
import { IMPORT_SAMPLE_BENCHMARK } from './import-sample';
import { createTestDatabase, toJsonl, writeFixture, type TestDatabase } from './test-support';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 60_000);
afterAll(async () => t?.close());

/** The shell command of the README's `import examples/…` line, comment removed. */
function readmeImportLine(): string {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const lines = readme.split('\n').filter((line) => /^npm run -s benchhub -- import examples\//.test(line));
  expect(lines, 'the README has one `import examples/…` line').toHaveLength(1);
  return lines[0]!.replace(/\s+#.*$/, '').trim();
}

function run(command: string) {
  const result = spawnSync('sh', ['-c', command], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: t.url, ...(t.dialect === 'postgresql' ? { BENCHHUB_SECRET: 'readme-example-test' } : {}), LOG_LEVEL: 'warn', INIT_CWD: REPO_ROOT },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the README import example', () => {
  it('runs as written against the shipped sample and imports its 22 items', async () => {
    const command = readmeImportLine();
    expect(command).toBe('npm run -s benchhub -- import examples/benchhub-ko-en-sample.jsonl');
    const first = run(command);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Imported "benchhub-ko-en-sample.jsonl"');
    expect(first.stdout).toMatch(/imported\s+22/);
    expect(first.stdout).toMatch(/skipped\s+0/);
    expect(first.stdout).toContain('by language      Korean 12, English 10');
    expect(first.stdout).toContain('1× problem_type missing: short-form inferred (no options)');
    const items = await t.db.benchmarkItem.findMany({ where: { benchmarkName: IMPORT_SAMPLE_BENCHMARK } });
    expect(items).toHaveLength(22);
    // Run again: the same content changes nothing.
    const again = run(command);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^already imported/);
  }, 180_000);

  it('--dry-run of the parquet sample finds the same items, all present, and writes nothing', async () => {
    const before = await t.db.dataset.count();
    const result = run('npm run -s benchhub -- import examples/benchhub-ko-en-sample.parquet --dry-run --json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { dryRun: boolean; read: number; imported: number; alreadyPresent: number };
    expect(report).toMatchObject({ dryRun: true, read: 22, imported: 0, alreadyPresent: 22 });
    expect(await t.db.dataset.count()).toBe(before);
  }, 180_000);

  it('a file without a usable row exits 1, prints why, and records nothing', async () => {
    const file = writeFixture(t.dir, 'unusable.jsonl', toJsonl([{ problem_type: 'MCQA', prompt: 'Pick one', options: ['a', 'b'], answer: '' }]));
    const before = await t.db.dataset.count();
    const result = run(`npm run -s benchhub -- import ${JSON.stringify(file)}`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Nothing imported from "unusable.jsonl"');
    expect(result.stdout).toMatch(/1× missing-answer — e\.g\. row 1: missing answer/);
    expect(result.stderr).toMatch(/error \(NO_USABLE_ROWS\): No usable row in/);
    expect(await t.db.dataset.count()).toBe(before);
  }, 180_000);
});

describe('the shipped import sample', () => {
  it('equals the files generated from its rows (regenerate: npx tsx server/src/scripts/write-import-sample.ts)', () => {
    for (const file of importSampleFiles()) {
      const shipped = readFileSync(path.join(REPO_ROOT, 'examples', file.name));
      expect(Buffer.compare(shipped, Buffer.from(file.content)), file.name).toBe(0);
    }
  });
});
