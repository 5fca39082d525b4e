import { createHash } from 'node:crypto';
import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { insertBenchmarkItemsIn, type PrismaClient } from '@benchhub/db';

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

  return db.$transaction(
    async (tx) => {
      const dataset = await tx.dataset.create({ data: { ...meta, version, itemCount: items.length } });
      const { inserted, present } = await insertBenchmarkItemsIn(tx, dataset.id, items);
      return { datasetVersion: version, created: true, itemsAdded: inserted, itemsAlreadyPresent: present };
    },
    { timeout: 120_000 },
  );
}
