/** Reading and administering leaderboard cells: pages, exports, model lists, rollups, quarantine, delete. */
import { toCsv } from '@benchhub/core/export/csv';
import { coarseSubjectOf, rollupCells, EXPORT_COLUMNS, type LeaderboardExportRow, type Rollup } from '@benchhub/core/leaderboard';
import { sortSubjects } from '@benchhub/core/taxonomy';
import { dialectOf, type LeaderboardEntry, type PrismaClient } from '@benchhub/db';
import { NotFoundError } from '../../errors';
import { leaderboardOrderBy, leaderboardWhere, normalizeLeaderboardFilter, type LeaderboardFilter, type LeaderboardOrder } from './filter';

export async function countLeaderboard(db: PrismaClient, filter: LeaderboardFilter = {}): Promise<number> {
  return db.leaderboardEntry.count({ where: leaderboardWhere(filter, dialectOf(db)) });
}

/** All cells of a view, ordered (for exports and the CLI; the GraphQL field pages instead). */
export async function listLeaderboard(
  db: PrismaClient,
  filter: LeaderboardFilter = {},
  order: LeaderboardOrder = 'SCORE_DESC',
  limit?: number,
): Promise<LeaderboardEntry[]> {
  return db.leaderboardEntry.findMany({ where: leaderboardWhere(filter, dialectOf(db)), orderBy: leaderboardOrderBy(order), ...(limit ? { take: limit } : {}) });
}

export function toExportRow(entry: Pick<LeaderboardEntry, 'modelName' | 'language' | 'subject' | 'taskType' | 'score' | 'n' | 'ciLow' | 'ciHigh' | 'source'>): LeaderboardExportRow {
  return {
    model: entry.modelName,
    language: entry.language,
    subject: entry.subject,
    taskType: entry.taskType,
    score: entry.score,
    n: entry.n,
    ciLow: entry.ciLow,
    ciHigh: entry.ciHigh,
    source: entry.source,
  };
}

export async function exportLeaderboardRows(db: PrismaClient, filter: LeaderboardFilter = {}, order: LeaderboardOrder = 'SCORE_DESC') {
  return (await listLeaderboard(db, filter, order)).map(toExportRow);
}

/** CSV with a header row (model,language,subject,taskType,score,n,ciLow,ciHigh,source); re-importable. */
export function leaderboardCsv(rows: readonly LeaderboardExportRow[]): string {
  return toCsv(
    EXPORT_COLUMNS,
    rows.map((row) => EXPORT_COLUMNS.map((column) => row[column])),
  );
}

export interface LeaderboardModelSummary {
  modelName: string;
  /** Cells in the view (quarantined ones only when includeQuarantined). */
  cells: number;
  liveCells: number;
  importedCells: number;
  /** Quarantined cells of this model matching the other filters (always counted). */
  quarantinedCells: number;
  lastUpdated: Date | null;
}

/** Distinct models with cell counts, by name. Models whose cells are all quarantined appear only with includeQuarantined. */
export async function leaderboardModels(db: PrismaClient, filter: LeaderboardFilter = {}): Promise<LeaderboardModelSummary[]> {
  const f = normalizeLeaderboardFilter(filter);
  const groups = await db.leaderboardEntry.groupBy({
    by: ['modelName', 'source', 'quarantined'],
    where: leaderboardWhere({ ...f, includeQuarantined: true }, dialectOf(db)),
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  const byModel = new Map<string, LeaderboardModelSummary>();
  for (const g of groups) {
    let m = byModel.get(g.modelName);
    if (!m) byModel.set(g.modelName, (m = { modelName: g.modelName, cells: 0, liveCells: 0, importedCells: 0, quarantinedCells: 0, lastUpdated: null }));
    const count = g._count._all;
    if (g.quarantined) m.quarantinedCells += count;
    if (g.quarantined && !f.includeQuarantined) continue;
    m.cells += count;
    if (g.source === 'LIVE') m.liveCells += count;
    else m.importedCells += count;
    const updated = g._max.updatedAt;
    if (updated && (m.lastUpdated === null || updated > m.lastUpdated)) m.lastUpdated = updated;
  }
  return [...byModel.values()].filter((m) => m.cells > 0).sort((a, b) => (a.modelName < b.modelName ? -1 : a.modelName > b.modelName ? 1 : 0));
}

export type RollupLevel = 'COARSE' | 'OVERALL';

export interface LeaderboardRollupRow extends Rollup {
  modelName: string;
  language: string;
  /** Coarse category, or null for OVERALL (every subject in the view). */
  subject: string | null;
  /** null when rolled up across task types. */
  taskType: string | null;
}

/**
 * n-weighted rollups of the cells in a view: per (model, language, coarse subject[, task type]) or
 * per (model, language[, task type]) overall. Rollups are Σcorrect / Σn over the cells with known n;
 * when any cell lacks n the row is an unweighted mean flagged UNWEIGHTED_UNKNOWN_N (see core rollup.ts).
 * Ordered by language, subject (taxonomy order), task type, then score descending.
 */
export async function leaderboardRollups(
  db: PrismaClient,
  filter: LeaderboardFilter = {},
  options: { level?: RollupLevel; acrossTaskTypes?: boolean } = {},
): Promise<LeaderboardRollupRow[]> {
  const level = options.level ?? 'COARSE';
  const cells = await db.leaderboardEntry.findMany({
    where: leaderboardWhere(filter, dialectOf(db)),
    select: { modelName: true, language: true, subject: true, coarseSubject: true, taskType: true, score: true, n: true, updatedAt: true },
  });
  const groups = new Map<string, { key: Omit<LeaderboardRollupRow, keyof Rollup>; cells: typeof cells }>();
  for (const cell of cells) {
    const subject = level === 'COARSE' ? cell.coarseSubject || coarseSubjectOf(cell.subject) : null;
    const taskType = options.acrossTaskTypes ? null : cell.taskType;
    const id = [cell.modelName, cell.language, subject ?? '', taskType ?? ''].join('\u0000');
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key: { modelName: cell.modelName, language: cell.language, subject, taskType }, cells: [] }));
    group.cells.push(cell);
  }
  const subjectRank = new Map(sortSubjects([...new Set(cells.map((c) => c.coarseSubject))]).map((s, i) => [s, i]));
  return [...groups.values()]
    .map((g) => ({ ...g.key, ...rollupCells(g.cells) }))
    .sort(
      (a, b) =>
        a.language.localeCompare(b.language) ||
        (subjectRank.get(a.subject ?? '') ?? -1) - (subjectRank.get(b.subject ?? '') ?? -1) ||
        (a.taskType ?? '').localeCompare(b.taskType ?? '') ||
        (b.score ?? -1) - (a.score ?? -1) ||
        a.modelName.localeCompare(b.modelName),
    );
}

async function findEntry(db: PrismaClient, id: string): Promise<LeaderboardEntry> {
  const entry = await db.leaderboardEntry.findUnique({ where: { id } });
  if (!entry) throw new NotFoundError(`No leaderboard entry ${id}`, 'LeaderboardEntry', { code: 'LEADERBOARD_ENTRY_NOT_FOUND', params: { id } });
  return entry;
}

/** Quarantined cells are kept but hidden from views and rankings unless includeQuarantined. Idempotent. */
export async function setEntryQuarantine(db: PrismaClient, id: string, quarantined: boolean): Promise<LeaderboardEntry> {
  const entry = await findEntry(db, id);
  if (entry.quarantined === quarantined) return entry;
  // updatedAt dates the numbers, so an admin flag does not bump it.
  return db.leaderboardEntry.update({ where: { id }, data: { quarantined, updatedAt: entry.updatedAt } });
}

/** (Un)quarantines every cell of a model (optionally one language); returns the number of cells changed. */
export async function setModelQuarantine(db: PrismaClient, modelName: string, quarantined: boolean, language?: string | null): Promise<number> {
  const where = { modelName, ...(language ? { language } : {}) };
  const total = await db.leaderboardEntry.count({ where });
  if (total === 0) {
    throw new NotFoundError(`No leaderboard cells for model "${modelName}"${language ? ` in ${language}` : ''}`, 'LeaderboardEntry', {
      code: 'LEADERBOARD_MODEL_NOT_FOUND',
      params: { model: modelName, language: language ?? '' },
    });
  }
  const changing = await db.leaderboardEntry.findMany({ where: { ...where, quarantined: !quarantined }, select: { id: true, updatedAt: true } });
  await db.$transaction(changing.map((e) => db.leaderboardEntry.update({ where: { id: e.id }, data: { quarantined, updatedAt: e.updatedAt } })));
  return changing.length;
}

export async function deleteEntry(db: PrismaClient, id: string): Promise<LeaderboardEntry> {
  const entry = await findEntry(db, id);
  await db.leaderboardEntry.delete({ where: { id } });
  return entry;
}
