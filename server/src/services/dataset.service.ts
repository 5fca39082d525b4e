import { createHash } from 'node:crypto';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { coarseOfSubject, insertBenchmarkItemsIn, refreshItemStatistics, toItemRow, type Prisma, type PrismaClient } from '@benchhub/db';

export interface DatasetMeta {
  name: string;
  source: string;
  synthetic: boolean;
}

export interface InstallReport {
  datasetVersion: string;
  created: boolean;
  itemsAdded: number;
  itemsAlreadyPresent: number;
}

/** Content hash of a dataset: the same items (in any order) always give the same version. */
export function datasetVersionOf(items: BenchmarkItem[]): string {
  const hash = createHash('sha256');
  for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : 1))) hash.update(JSON.stringify(item)).update('\n');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Installs a whole in-memory dataset (e.g. the bundled synthetic sample). Idempotent: a dataset
 * version already present changes nothing; items already stored (same stable id) are not rewritten.
 */
export async function installDataset(db: PrismaClient, meta: DatasetMeta, items: BenchmarkItem[]): Promise<InstallReport> {
  const version = datasetVersionOf(items);
  const existing = await db.dataset.findUnique({ where: { version } });
  if (existing) return { datasetVersion: version, created: false, itemsAdded: 0, itemsAlreadyPresent: items.length };

  const report = await db.$transaction(
    async (tx) => {
      const dataset = await tx.dataset.create({ data: { ...meta, version, itemCount: items.length } });
      const { inserted, present } = await insertBenchmarkItemsIn(tx, dataset.id, items);
      return { datasetVersion: version, created: true, itemsAdded: inserted, itemsAlreadyPresent: present };
    },
    { timeout: 120_000 },
  );
  await refreshItemStatistics(db);
  return report;
}

export interface ReplaceReport extends InstallReport {
  /** Items already stored under the same id whose content the new version changed (rewritten, moved to it). */
  itemsUpdated: number;
  /** Earlier versions of the dataset this install marked superseded. */
  supersededVersions: string[];
}

/** The stored fields of an item that a new dataset version may change, for comparing a stored row with it. */
const contentOf = (row: Record<string, unknown>) =>
  JSON.stringify(['problemType', 'context', 'prompt', 'options', 'answer', 'reference', 'taskType', 'targetType', 'subjectType', 'benchmarkName', 'language', 'mcqaMeta', 'originalCategory', 'additionalInfo', 'split'].map((k) => row[k] ?? null));

/**
 * Installs a version of a dataset that REPLACES its earlier versions (same name) — how the bundled
 * sample is upgraded on an existing database. In one transaction: the new version's items are written
 * (rows stored under the same id are rewritten when the content differs, e.g. a new match mode, and
 * move to the new version), and the earlier versions are marked superseded: their remaining items stay
 * stored for the tasks and samples that used them but are no longer offered for sampling, so a task
 * never mixes versions (cached results carry the version and are not reused across it).
 * Idempotent: installing the current version again changes nothing.
 */
export async function replaceDataset(db: PrismaClient, meta: DatasetMeta, items: BenchmarkItem[]): Promise<ReplaceReport> {
  const version = datasetVersionOf(items);
  const report = await db.$transaction(
    async (tx) => {
      const existing = await tx.dataset.findUnique({ where: { version } });
      // An older checkout installing the version a newer one replaced: leave the newer one in place.
      if (existing?.supersededAt) {
        return { datasetVersion: version, created: false, itemsAdded: 0, itemsAlreadyPresent: items.length, itemsUpdated: 0, supersededVersions: [] };
      }
      const dataset = existing ?? (await tx.dataset.create({ data: { ...meta, version, itemCount: items.length } }));
      let itemsAdded = 0;
      let itemsUpdated = 0;
      let itemsAlreadyPresent = items.length;
      if (!existing) {
        ({ itemsAdded, itemsUpdated } = await writeVersionItems(tx, dataset.id, items));
        itemsAlreadyPresent = items.length - itemsAdded;
      }
      const older = await tx.dataset.findMany({ where: { name: meta.name, id: { not: dataset.id }, supersededAt: null }, select: { id: true, version: true } });
      if (older.length > 0) await tx.dataset.updateMany({ where: { id: { in: older.map((d) => d.id) } }, data: { supersededAt: new Date() } });
      return { datasetVersion: version, created: !existing, itemsAdded, itemsAlreadyPresent, itemsUpdated, supersededVersions: older.map((d) => d.version) };
    },
    { timeout: 120_000 },
  );
  if (report.created || report.supersededVersions.length > 0) await refreshItemStatistics(db);
  return report;
}

/** Inserts the new items and rewrites (and re-links) stored ones with the same id whose content changed. */
async function writeVersionItems(tx: Prisma.TransactionClient, datasetId: string, items: BenchmarkItem[]): Promise<{ itemsAdded: number; itemsUpdated: number }> {
  const { inserted } = await insertBenchmarkItemsIn(tx, datasetId, items);
  const byId = new Map(items.map((item) => [item.id, item]));
  const ids = [...byId.keys()];
  const stored = [];
  // In chunks: a statement's bind parameters are limited.
  for (let i = 0; i < ids.length; i += 500) {
    stored.push(...(await tx.benchmarkItem.findMany({ where: { id: { in: ids.slice(i, i + 500) }, datasetId: { not: datasetId } } })));
  }
  let itemsUpdated = 0;
  for (const row of stored) {
    const item = byId.get(row.id)!;
    const next = toItemRow(item, datasetId);
    if (contentOf(row) !== contentOf({ ...next, options: next.options ?? null })) {
      const { id: _id, ...fields } = next;
      await tx.benchmarkItem.update({ where: { id: row.id }, data: fields });
      if (JSON.stringify(row.subjectType) !== JSON.stringify(item.subjectType)) {
        await tx.itemSubject.deleteMany({ where: { itemId: row.id } });
        await tx.itemSubject.createMany({ data: [...new Set(item.subjectType)].map((subject) => ({ itemId: row.id, subject, coarse: coarseOfSubject(subject) })) });
      }
      itemsUpdated++;
    } else {
      await tx.benchmarkItem.update({ where: { id: row.id }, data: { datasetId } });
    }
  }
  return { itemsAdded: inserted, itemsUpdated };
}
