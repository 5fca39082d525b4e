/**
 * Import throughput: `benchhub import` of a generated 50,000-row BenchHub JSONL file into an empty
 * database, once as shipped (prepared statements on Prisma's SQLite connection) and once through
 * the query builder (a Prisma client without that connection), in this one run. Both imports store
 * the same rows; the script checks it. (Memory while importing is bounded by the batch size; the
 * import-memory test checks that.)
 *
 * Last line: `import rows_per_s=<x> query_builder_rows_per_s=<y> speedup=<z>`.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { createPrismaClient, PrismaClient } from '@benchhub/db';
import { importBenchmark } from '@benchhub/server/services/import/import.service';
import { setupDatabase } from '@benchhub/server/services/setup.service';

const ROWS = 50_000;

async function writeSource(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < ROWS; i++) {
    const korean = i % 2 === 0;
    const line = JSON.stringify({
      problem_type: i % 5 === 0 ? 'short-form' : 'MCQA',
      context: i % 3 === 0 ? `Context for question ${i}. `.repeat(4) : null,
      prompt: korean ? `문제 ${i}: 다음 중 옳은 것은? ${'설명 '.repeat(12)}` : `Question ${i}: which option is right? ${'lorem ipsum '.repeat(10)}`,
      options: i % 5 === 0 ? null : [`alpha ${i}`, 'beta', 'gamma', 'delta'],
      answer: i % 5 === 0 ? String(i) : 'A',
      reference: null,
      task_type: ['Knowledge', 'Reasoning', 'Value/alignment'][i % 3],
      target_type: i % 4 === 0 ? 'Local' : 'General',
      subject_type: [['Science/Math'], ['Science/Physics', 'Science/Math'], ['HASS/History'], ['Culture/Food']][i % 4],
      benchmark_name: 'import-bench',
      language: korean ? 'Korean' : 'English',
      split: 'test',
    });
    if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
  await finished(out);
}

async function timedImport(client: PrismaClient, source: string) {
  const started = performance.now();
  const report = await importBenchmark(client, source);
  const seconds = (performance.now() - started) / 1000;
  if (report.imported !== ROWS) throw new Error(`import stored ${report.imported} of ${ROWS} rows`);
  const rows = await client.benchmarkItem.findMany({ where: { datasetId: report.datasetId }, orderBy: { id: 'asc' } });
  return { seconds, rows: rows.map(({ datasetId: _dataset, ...row }) => row) };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-bench-import-'));
  const source = path.join(dir, 'bench.jsonl');
  await writeSource(source);

  const shippedUrl = `file:${path.join(dir, 'shipped.db')}`;
  const shipped = createPrismaClient(shippedUrl);
  await setupDatabase(shipped, shippedUrl);
  const fast = await timedImport(shipped, source);

  const builderUrl = `file:${path.join(dir, 'builder.db')}`;
  const setup = createPrismaClient(builderUrl);
  await setupDatabase(setup, builderUrl);
  await setup.$disconnect();
  const builder = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: builderUrl.replace(/^file:/, ''), timeout: 10_000 }) });
  const slow = await timedImport(builder, source);

  if (JSON.stringify(fast.rows) !== JSON.stringify(slow.rows)) throw new Error('the two imports stored different rows');
  const rate = ROWS / fast.seconds;
  const builderRate = ROWS / slow.seconds;
  console.log(`rows=${ROWS} shipped_s=${fast.seconds.toFixed(2)} query_builder_s=${slow.seconds.toFixed(2)}`);
  console.log(`import rows_per_s=${rate.toFixed(0)} query_builder_rows_per_s=${builderRate.toFixed(0)} speedup=${(rate / builderRate).toFixed(2)}`);

  await shipped.$disconnect();
  await builder.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

await main();
process.exit(0);
