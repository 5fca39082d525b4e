import { COARSE_CATEGORIES, finesOf, koreanNameOf } from '@benchhub/core/taxonomy';
import type { PrismaClient } from '@benchhub/db';

export interface FineCategoryInfo {
  name: string;
  koreanName: string | null;
  itemCount: number;
}

export interface CategoryInfo {
  name: string;
  koreanName: string | null;
  /** Items with at least one fine subject of this category (an item can carry several). */
  itemCount: number;
  fines: FineCategoryInfo[];
}

/** The BenchHub taxonomy with item counts from the loaded benchmark data (optionally one language). */
export async function listCategories(db: PrismaClient, language?: string | null): Promise<CategoryInfo[]> {
  // Items of superseded dataset versions are not offered for sampling, so they are not counted either.
  const where = { item: { dataset: { supersededAt: null }, ...(language ? { language } : {}) } };
  const [bySubject, byCoarse] = await Promise.all([
    db.itemSubject.groupBy({ by: ['subject'], where, _count: { _all: true } }),
    db.itemSubject.findMany({ where, select: { coarse: true, itemId: true }, distinct: ['coarse', 'itemId'] }),
  ]);
  const subjectCounts = new Map(bySubject.map((row) => [row.subject, row._count._all]));
  const coarseCounts = new Map<string, number>();
  for (const row of byCoarse) coarseCounts.set(row.coarse, (coarseCounts.get(row.coarse) ?? 0) + 1);
  return COARSE_CATEGORIES.map((coarse) => ({
    name: coarse,
    koreanName: koreanNameOf(coarse),
    itemCount: coarseCounts.get(coarse) ?? 0,
    fines: finesOf(coarse).map((fine) => ({ name: fine, koreanName: koreanNameOf(fine), itemCount: subjectCounts.get(fine) ?? 0 })),
  }));
}
