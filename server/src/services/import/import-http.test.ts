import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { PrismaClient } from '@benchhub/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors';
import { importBenchmark, NoUsableRowsError } from './import.service';
import { benchhubRow, createTestDatabase, toCsv, toJsonl, toParquet, writeFixture, type TestDatabase } from './test-support';

/**
 * A local stand-in for huggingface.co on 127.0.0.1:
 *   /ranged/<name>    Range requests (206) and X-Linked-Etag: "<sha256>", as Hugging Face serves LFS files
 *   /plain/<name>     no ranges (always 200 with the whole body, written in small chunks), no stated hash
 *   /redirect/<name>  302 → /plain/<name>
 */
interface SeenRequest {
  method: string;
  url: string;
  range: string | null;
  authorization: string | null;
  status: number;
}

let server: Server;
let base: string;
const files = new Map<string, Buffer>();
const seen: SeenRequest[] = [];

function handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://x');
  const [, mode, name] = url.pathname.split('/');
  const record = (status: number) =>
    seen.push({ method: req.method ?? 'GET', url: url.pathname, range: req.headers.range ?? null, authorization: req.headers.authorization ?? null, status });
  const body = name ? files.get(decodeURIComponent(name)) : undefined;
  if (mode === 'redirect' && name) {
    record(302);
    res.writeHead(302, { location: `/plain/${name}` }).end();
    return;
  }
  if (!body || (mode !== 'ranged' && mode !== 'plain')) {
    record(404);
    res.writeHead(404).end('not found');
    return;
  }
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (mode === 'ranged') {
    const etag = `"${createHash('sha256').update(body).digest('hex')}"`;
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
      record(206);
      res.writeHead(206, {
        'content-range': `bytes ${start}-${end}/${body.length}`,
        'content-length': end - start + 1,
        'accept-ranges': 'bytes',
        'x-linked-etag': etag,
      });
      res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
      return;
    }
    record(200);
    res.writeHead(200, { 'content-length': body.length, 'accept-ranges': 'bytes', 'x-linked-etag': etag });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  record(200);
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // Stream the body in small pieces so the client really reads it incrementally.
  let offset = 0;
  const pump = () => {
    while (offset < body.length) {
      const piece = body.subarray(offset, offset + 4096);
      offset += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

let t: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

beforeEach(() => {
  seen.length = 0;
});

const sha16 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const env = { HF_TOKEN: 'hf_must_not_leak' };

async function snapshot() {
  return {
    datasets: await db.dataset.findMany({ orderBy: { id: 'asc' } }),
    items: await db.benchmarkItem.count(),
    subjects: await db.itemSubject.count(),
  };
}

describe('import over http', () => {
  it('streams JSONL over fetch; the version is the hash of the bytes, as for a local file', async () => {
    const content = toJsonl(Array.from({ length: 40 }, (_, i) => benchhubRow(10_000 + i)));
    files.set('stream.jsonl', Buffer.from(content));
    const url = `${base}/plain/stream.jsonl`;
    const report = await importBenchmark(db, url, { batchSize: 7, env });
    expect(report).toMatchObject({ source: url, name: 'stream.jsonl', read: 40, imported: 40, itemCount: 40, version: sha16(content) });
    expect(await db.dataset.count({ where: { version: { startsWith: 'pending-' } } })).toBe(0);
    expect(await db.dataset.findUniqueOrThrow({ where: { version: sha16(content) } })).toMatchObject({ source: url, itemCount: 40 });
    // HF_TOKEN goes to Hugging Face hosts only: never to this server.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.authorization === null)).toBe(true);

    // Again over http: read once more (no hash is stated), nothing written.
    const before = await snapshot();
    const again = await importBenchmark(db, url, { env });
    expect(again).toMatchObject({ alreadyImported: true, read: 40, imported: 0, alreadyPresent: 40, version: report.version });
    expect(await snapshot()).toEqual(before);

    // The same bytes from a local file: already imported, without reading rows.
    const local = writeFixture(t.dir, 'stream.jsonl', content);
    expect(await importBenchmark(db, local)).toMatchObject({ alreadyImported: true, read: 0, version: report.version });
    expect(await snapshot()).toEqual(before);
  });

  it('a streamed file without a usable row is an error and leaves no provisional dataset', async () => {
    const content = toJsonl([{ ...benchhubRow(13_500), prompt: '' }, { ...benchhubRow(13_501), target_type: 'Galactic' }]);
    files.set('unusable.jsonl', Buffer.from(content));
    const before = await snapshot();
    const error = await importBenchmark(db, `${base}/plain/unusable.jsonl`, { env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoUsableRowsError);
    expect((error as NoUsableRowsError).report).toMatchObject({ read: 2, skipped: 2, itemCount: 0, version: sha16(content) });
    expect(await snapshot()).toEqual(before);
    expect(await db.dataset.count({ where: { version: { startsWith: 'pending-' } } })).toBe(0);
  });

  it('a dry run over http streams and checks every row, writing nothing', async () => {
    const content = toJsonl([benchhubRow(13_600), benchhubRow(13_601)]);
    files.set('dry.jsonl', Buffer.from(content));
    const before = await snapshot();
    const report = await importBenchmark(db, `${base}/plain/dry.jsonl`, { env, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, read: 2, imported: 2, version: sha16(content), datasetId: '' });
    expect(await snapshot()).toEqual(before);
  });

  it('follows redirects and reads CSV', async () => {
    const rows = [benchhubRow(11_000), benchhubRow(11_001)];
    files.set('data.csv', Buffer.from(toCsv(rows)));
    const report = await importBenchmark(db, `${base}/redirect/data.csv`, { env });
    expect(report).toMatchObject({ format: 'csv', read: 2, imported: 2, skipped: 0 });
    expect(seen.map((r) => `${r.status} ${r.url}`)).toContain('302 /redirect/data.csv');
  });

  it('resumes an interrupted streamed import through its provisional dataset', async () => {
    const content = toJsonl(Array.from({ length: 30 }, (_, i) => benchhubRow(12_000 + i)));
    files.set('resume.jsonl', Buffer.from(content));
    const url = `${base}/plain/resume.jsonl`;
    let batches = 0;
    await expect(
      importBenchmark(db, url, {
        batchSize: 10,
        onBatch: () => {
          if (++batches === 2) throw new Error('connection lost');
        },
      }),
    ).rejects.toThrow('connection lost');
    const pending = await db.dataset.findFirstOrThrow({ where: { version: { startsWith: 'pending-' } } });
    expect(pending.itemCount).toBe(-1);

    const resumed = await importBenchmark(db, url, { batchSize: 10 });
    expect(resumed).toMatchObject({ resumed: true, read: 30, imported: 20, alreadyPresent: 10, itemCount: 30, version: sha16(content) });
    expect(resumed.datasetId).toBe(pending.id);
    expect(await db.dataset.count({ where: { version: { startsWith: 'pending-' } } })).toBe(0);
    expect(await db.benchmarkItem.count({ where: { datasetId: pending.id } })).toBe(30);
  });

  it('reads parquet with HTTP range requests when the server supports them and states the sha256', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => benchhubRow(13_000 + i));
    const bytes = Buffer.from(toParquet(rows, { rowGroupSize: 100 }));
    files.set('ranged.parquet', bytes);
    const url = `${base}/ranged/ranged.parquet`;
    const downloadsBefore = readdirSync(os.tmpdir()).filter((n) => n.startsWith('benchhub-download-')).length;
    const report = await importBenchmark(db, url, { batchSize: 64, env });
    expect(report).toMatchObject({ format: 'parquet', read: 300, imported: 300, itemCount: 300, version: sha16(bytes) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((r) => r.range !== null && r.status === 206)).toBe(true);
    expect(seen.every((r) => r.authorization === null)).toBe(true);
    expect(readdirSync(os.tmpdir()).filter((n) => n.startsWith('benchhub-download-')).length).toBe(downloadsBefore);

    // Re-import: the stated hash is enough, one probe request and no rows read.
    seen.length = 0;
    const again = await importBenchmark(db, url, { env });
    expect(again).toMatchObject({ alreadyImported: true, read: 0, version: report.version });
    expect(seen).toHaveLength(1);
  });

  it('downloads parquet to a temp file (hashing it) when the server does not support ranges', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => benchhubRow(14_000 + i));
    const bytes = Buffer.from(toParquet(rows, { rowGroupSize: 40 }));
    files.set('plain.parquet', bytes);
    const downloads = () => readdirSync(os.tmpdir()).filter((n) => n.startsWith('benchhub-download-')).length;
    const before = downloads();
    const report = await importBenchmark(db, `${base}/plain/plain.parquet`, { batchSize: 50 });
    expect(report).toMatchObject({ format: 'parquet', read: 150, imported: 150, version: sha16(bytes) });
    expect(downloads()).toBe(before); // the temp file is removed
    // One probe, one full download.
    expect(seen.map((r) => r.status)).toEqual([200, 200]);
  });

  it('turns HTTP errors into ValidationErrors and writes nothing', async () => {
    const before = await snapshot();
    await expect(importBenchmark(db, `${base}/plain/absent.jsonl`)).rejects.toThrow(ValidationError);
    await expect(importBenchmark(db, `${base}/plain/absent.parquet`)).rejects.toThrow(/HTTP 404/);
    expect(await snapshot()).toEqual(before);
  });
});
