import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@benchhub/db';
import type { AsyncBuffer } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { cachingAsyncBuffer, openParquetFile, readParquet } from './parquet-reader';
import { benchhubRow, toParquet } from './test-support';
import type { RawRecord } from './types';

async function collect(iterable: AsyncIterable<RawRecord>): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

const rows = Array.from({ length: 2_500 }, (_, i) =>
  benchhubRow(i, i % 7 === 0 ? { options: null, problem_type: 'short-form', subject_type: [] } : {}),
);

describe('readParquet', () => {
  it('reads rows with list columns, by batch-sized windows when the file has page indexes', async () => {
    const file = toParquet(rows, { rowGroupSize: 1_000, offsetIndex: true, pageSize: 16 * 1024 });
    const windows: [number, number][] = [];
    let meta: { totalRows: number; rowGroups: number; columns: string[] } | undefined;
    const read = await collect(
      readParquet(file, { batchRows: 300, onWindow: (w) => windows.push([w.rowStart, w.rowEnd]), onMeta: (m) => (meta = m) }),
    );
    expect(meta).toMatchObject({ totalRows: 2_500, rowGroups: 3 });
    expect(meta!.columns).toContain('subject_type');
    expect(read).toHaveLength(2_500);
    expect(read[0]).toEqual({ row: 1, record: expect.objectContaining({ prompt: rows[0]!.prompt, options: null, subject_type: [] }) });
    expect(read[1]).toEqual({
      row: 2,
      record: expect.objectContaining({ options: rows[1]!.options, subject_type: ['Science/Math'], context: rows[1]!.context }),
    });
    expect(read.map((r) => r.row)).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 1));
    expect(Math.max(...windows.map(([s, e]) => e - s))).toBe(300);
    // Windows never cross row groups.
    expect(windows.slice(0, 5)).toEqual([
      [0, 300],
      [300, 600],
      [600, 900],
      [900, 1_000],
      [1_000, 1_300],
    ]);
  });

  it('reads files without page indexes (pyarrow default) in windows of at most windowRows', async () => {
    const file = toParquet(rows, { rowGroupSize: 2_000, offsetIndex: false, pageSize: 16 * 1024 });
    const windows: [number, number][] = [];
    const read = await collect(readParquet(file, { batchRows: 100, windowRows: 800, onWindow: (w) => windows.push([w.rowStart, w.rowEnd]) }));
    expect(read.map((r) => ('record' in r ? r.record.prompt : null))).toEqual(rows.map((r) => r.prompt));
    expect(windows).toEqual([
      [0, 800],
      [800, 1_600],
      [1_600, 2_000],
      [2_000, 2_500],
    ]);
  });

  const seed = path.resolve(REPO_ROOT, '../shared/fixtures/benchhubplus-seed-leaderboard.parquet');
  it.skipIf(!existsSync(seed))('reads a pyarrow-written file (the shared leaderboard seed)', async () => {
    let totalRows = 0;
    const read = await collect(readParquet(await openParquetFile(seed), { onMeta: (m) => (totalRows = m.totalRows) }));
    expect(totalRows).toBe(4_528);
    expect(read).toHaveLength(4_528);
    expect(read[0]).toMatchObject({ row: 1, record: { language: expect.any(String), subject_type: expect.stringContaining('/') } });
  });

  it('rejects files that are not parquet with a ValidationError', async () => {
    const junk = new TextEncoder().encode('this is not a parquet file at all, just text').buffer;
    await expect(collect(readParquet(junk))).rejects.toMatchObject({ name: 'ValidationError', code: 'PARQUET_UNREADABLE' });
  });
});

describe('cachingAsyncBuffer', () => {
  it('serves repeated slices from memory and evicts beyond its budget', async () => {
    const reads: string[] = [];
    const bytes = new Uint8Array(100).map((_, i) => i);
    const inner: AsyncBuffer = {
      byteLength: 100,
      slice(start, end) {
        reads.push(`${start}-${end}`);
        return bytes.slice(start, end).buffer;
      },
    };
    const cached = cachingAsyncBuffer(inner, 50);
    expect(new Uint8Array(await cached.slice(0, 30))[29]).toBe(29);
    await cached.slice(0, 30);
    expect(reads).toEqual(['0-30']);
    await cached.slice(30, 60); // evicts 0-30 (30 + 30 > 50)
    await cached.slice(0, 30);
    expect(reads).toEqual(['0-30', '30-60', '0-30']);
  });
});
