import { createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBenchmark } from './import.service';
import { readJsonl } from './jsonl-reader';
import { sourceBytes, tap } from './source';
import { benchhubRow, createTestDatabase, type TestDatabase } from './test-support';

/**
 * Memory-boundedness, asserted structurally (not by timing or heap size): the importer never holds
 * more than one batch of rows, and it consumes the source as it goes instead of reading it first.
 */
const ROWS = 50_000;
const BATCH = 1_000;

let t: TestDatabase;
let file: string;

beforeAll(async () => {
  t = await createTestDatabase();
  file = path.join(t.dir, 'large.jsonl');
  const out = createWriteStream(file);
  for (let i = 0; i < ROWS; i++) {
    if (!out.write(`${JSON.stringify(benchhubRow(100_000 + i, { subject_type: [i % 2 ? 'HASS/History' : 'Science/Math'] }))}\n`)) {
      await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('importing a large file', () => {
  it('holds at most one batch of rows and reads the source incrementally', async () => {
    const size = statSync(file).size;
    const batches: { size: number; rowsRead: number; bytesRead: number }[] = [];
    let written = 0;
    const report = await importBenchmark(db(), file, {
      batchSize: BATCH,
      onBatch: (batch) => {
        // Rows read but not yet written are exactly the batch about to be written.
        expect(batch.rowsRead - written).toBe(batch.size);
        written += batch.size;
        batches.push(batch);
      },
    });
    expect(report).toMatchObject({ read: ROWS, imported: ROWS, skipped: 0, itemCount: ROWS });
    expect(batches).toHaveLength(ROWS / BATCH);
    expect(Math.max(...batches.map((b) => b.size))).toBe(BATCH);
    // When the first batch is written, only a small prefix of the file has been read (1 MiB chunks).
    expect(batches[0]!.bytesRead).toBeLessThan(size / 4);
    expect(batches[0]!.bytesRead).toBeLessThanOrEqual(2 * 1024 * 1024);
    // Bytes read grow with the rows written.
    for (let i = 1; i < batches.length; i++) expect(batches[i]!.bytesRead).toBeGreaterThanOrEqual(batches[i - 1]!.bytesRead);
    expect(await t.db.benchmarkItem.count({ where: { datasetId: report.datasetId } })).toBe(ROWS);
  }, 180_000);

  it('the JSONL reader pulls source chunks only as rows are consumed', async () => {
    let bytesPulled = 0;
    const rows = readJsonl(tap(sourceBytes(file), (chunk) => (bytesPulled += chunk.length)));
    let consumed = 0;
    for await (const _row of rows) {
      if (++consumed === BATCH) break;
    }
    expect(bytesPulled).toBeLessThanOrEqual(1024 * 1024); // one chunk covers the first batch
    expect(bytesPulled).toBeLessThan(statSync(file).size);
  });
});

const db = () => t.db;
