import { afterEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@benchhub/db';
import { createMigratedTestDatabase } from '@benchhub/db/testing/database';
import { QuotaExceededError } from '../limit-errors';
import { assertWithinQuotas, userQuotas } from './quota.service';
import { createUser } from './user.service';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const DEFAULTS = { QUOTA_ITEMS_PER_DAY: 10, QUOTA_CONCURRENT_TASKS: 1 };

/** A member who has used 8 live items today in one task that is still running. */
async function busyMember(): Promise<{ db: PrismaClient; userId: string }> {
  const database = await createMigratedTestDatabase('benchhub-quota-');
  cleanups.push(() => database.close());
  const { db } = database;
  const { user } = await createUser(db, { email: 'member@example.test', name: 'Member', role: 'MEMBER', password: 'a-long-enough-password' });
  const endpoint = await db.modelEndpoint.create({ data: { name: 'baseline/random', kind: 'BASELINE', modelId: 'random', params: {} } });
  await db.evaluationTask.create({
    data: { query: 'q', plan: {}, status: 'RUNNING', ownerId: user.id, runs: { create: [{ modelEndpointId: endpoint.id, modelName: endpoint.name, source: 'LIVE', total: 8 }] } },
  });
  return { db, userId: user.id };
}

describe('assertWithinQuotas', () => {
  it('refuses live work past either quota, with the counts it is refused on', async () => {
    const { db, userId } = await busyMember();
    expect(await userQuotas(db, userId, DEFAULTS)).toMatchObject({ itemsUsed: 8, activeTasks: 1 });
    await expect(assertWithinQuotas(db, userId, 1, DEFAULTS)).rejects.toMatchObject({ quota: 'CONCURRENT_TASKS', limit: 1, used: 1 });
    await expect(assertWithinQuotas(db, userId, 3, { ...DEFAULTS, QUOTA_CONCURRENT_TASKS: 0 })).rejects.toMatchObject({ quota: 'ITEMS_PER_DAY', limit: 10, used: 8 });
    await expect(assertWithinQuotas(db, userId, 2, { ...DEFAULTS, QUOTA_CONCURRENT_TASKS: 0 })).resolves.toBeUndefined();
    // A per-user override wins over the defaults, both ways.
    await db.user.update({ where: { id: userId }, data: { quotaConcurrentTasks: 0, quotaItemsPerDay: 8 } });
    await expect(assertWithinQuotas(db, userId, 1, DEFAULTS)).rejects.toBeInstanceOf(QuotaExceededError);
    await db.user.update({ where: { id: userId }, data: { quotaItemsPerDay: 0 } });
    await expect(assertWithinQuotas(db, userId, 1_000_000, DEFAULTS)).resolves.toBeUndefined();
  });

  it('never refuses a task answered from the cache (no live items), even past both quotas', async () => {
    const { db, userId } = await busyMember();
    await db.user.update({ where: { id: userId }, data: { quotaItemsPerDay: 5 } });
    await expect(assertWithinQuotas(db, userId, 0, DEFAULTS)).resolves.toBeUndefined();
    await expect(assertWithinQuotas(db, userId, 1, DEFAULTS)).rejects.toBeInstanceOf(QuotaExceededError);
  });
});
