/**
 * Per-user quotas (issue #9 item 7): live items per rolling 24 hours (questions × models evaluated live, cached
 * answers are free) and tasks pending, running or held at once. Defaults come from the configuration
 * (QUOTA_ITEMS_PER_DAY, QUOTA_CONCURRENT_TASKS; 0: unlimited); an admin may override either per user
 * (User.quotaItemsPerDay / quotaConcurrentTasks; null: the default). createEvaluation checks them after planning and
 * sampling, before anything is stored, and refuses with QuotaExceededError.
 */
import type { Config, PrismaClient, Prisma } from '@benchhub/db';
import { NotFoundError, ValidationError } from '../errors';
import { QuotaExceededError } from '../limit-errors';

export type QuotaSettings = Pick<Config, 'QUOTA_ITEMS_PER_DAY' | 'QUOTA_CONCURRENT_TASKS'>;
type Db = PrismaClient | Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Statuses that hold a concurrent-task slot. */
const ACTIVE = ['PENDING', 'RUNNING', 'HELD'];
const MAX_QUOTA = 100_000_000;

export interface UserQuotas {
  /** 0: unlimited. */
  itemsPerDay: number;
  concurrentTasks: number;
  /** Whether each comes from the configuration (no per-user override). */
  itemsPerDayIsDefault: boolean;
  concurrentTasksIsDefault: boolean;
  /** Live items of this user's tasks created in the last 24 hours. */
  itemsUsed: number;
  /** This user's tasks pending, running or held now. */
  activeTasks: number;
}

export async function userQuotas(db: Db, userId: string, settings: QuotaSettings): Promise<UserQuotas> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { quotaItemsPerDay: true, quotaConcurrentTasks: true } });
  if (!user) throw new NotFoundError(`No user ${userId}`, 'User');
  const [itemsUsed, activeTasks] = await Promise.all([itemsUsedSince(db, userId, new Date(Date.now() - DAY_MS)), activeTaskCount(db, userId)]);
  return {
    itemsPerDay: user.quotaItemsPerDay ?? settings.QUOTA_ITEMS_PER_DAY,
    concurrentTasks: user.quotaConcurrentTasks ?? settings.QUOTA_CONCURRENT_TASKS,
    itemsPerDayIsDefault: user.quotaItemsPerDay === null,
    concurrentTasksIsDefault: user.quotaConcurrentTasks === null,
    itemsUsed,
    activeTasks,
  };
}

async function itemsUsedSince(db: Db, userId: string, since: Date): Promise<number> {
  const sum = await db.modelRun.aggregate({ _sum: { total: true }, where: { source: 'LIVE', task: { ownerId: userId, createdAt: { gte: since } } } });
  return sum._sum.total ?? 0;
}

const activeTaskCount = (db: Db, userId: string) => db.evaluationTask.count({ where: { ownerId: userId, status: { in: ACTIVE } } });

/**
 * Throws QuotaExceededError when a new task with `liveItems` items to evaluate would exceed the user's quotas.
 * Only the counts a quota needs are run: a task answered from the cache (no live items) spends nothing and needs
 * none, and an unlimited quota (0) needs no count (a user's sum of items grows with every task of the day).
 */
export async function assertWithinQuotas(db: Db, userId: string, liveItems: number, settings: QuotaSettings): Promise<void> {
  if (liveItems <= 0) return;
  const user = await db.user.findUnique({ where: { id: userId }, select: { quotaItemsPerDay: true, quotaConcurrentTasks: true } });
  if (!user) throw new NotFoundError(`No user ${userId}`, 'User');
  const concurrentTasks = user.quotaConcurrentTasks ?? settings.QUOTA_CONCURRENT_TASKS;
  const itemsPerDay = user.quotaItemsPerDay ?? settings.QUOTA_ITEMS_PER_DAY;
  const [activeTasks, itemsUsed] = await Promise.all([
    concurrentTasks > 0 ? activeTaskCount(db, userId) : 0,
    itemsPerDay > 0 ? itemsUsedSince(db, userId, new Date(Date.now() - DAY_MS)) : 0,
  ]);
  if (concurrentTasks > 0 && activeTasks >= concurrentTasks) {
    throw new QuotaExceededError(
      `You have ${activeTasks} task${activeTasks === 1 ? '' : 's'} pending or running (quota: ${concurrentTasks} at once): wait for one to finish or cancel one.`,
      'CONCURRENT_TASKS',
      concurrentTasks,
      activeTasks,
    );
  }
  if (itemsPerDay > 0 && itemsUsed + liveItems > itemsPerDay) {
    throw new QuotaExceededError(
      `This evaluation needs ${liveItems} live item${liveItems === 1 ? '' : 's'} (questions × models); you have used ${itemsUsed} of ${itemsPerDay} in the last 24 hours.`,
      'ITEMS_PER_DAY',
      itemsPerDay,
      itemsUsed,
    );
  }
}

export interface SetUserQuotasInput {
  userId: string;
  /** A number (0: unlimited) overrides the default; null returns to it; undefined keeps the current setting. */
  itemsPerDay?: number | null;
  concurrentTasks?: number | null;
}

/** Admin: overrides (or resets) a user's quotas. */
export async function setUserQuotas(db: PrismaClient, input: SetUserQuotasInput): Promise<void> {
  const issues = (['itemsPerDay', 'concurrentTasks'] as const)
    .filter((field) => input[field] !== undefined && input[field] !== null && !(Number.isInteger(input[field]) && input[field]! >= 0 && input[field]! <= MAX_QUOTA))
    .map((field) => ({ path: field, message: `must be an integer from 0 (unlimited) to ${MAX_QUOTA}, or null for the default`, code: 'QUOTA_OUT_OF_RANGE' as const, params: { max: MAX_QUOTA } }));
  if (issues.length > 0) throw new ValidationError(`Invalid quota: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!user) throw new NotFoundError(`No user ${input.userId}`, 'User');
  await db.user.update({
    where: { id: input.userId },
    data: {
      ...(input.itemsPerDay !== undefined ? { quotaItemsPerDay: input.itemsPerDay } : {}),
      ...(input.concurrentTasks !== undefined ? { quotaConcurrentTasks: input.concurrentTasks } : {}),
    },
  });
}
