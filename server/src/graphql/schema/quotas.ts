import { config } from '@benchhub/db';
import { builder } from '../builder';
import { NotFoundError, ValidationError } from '../../errors';
import { setUserQuotas, userQuotas, type UserQuotas } from '../../services/quota.service';
import { audit } from '../audit';

const UserQuotasRef = builder.objectRef<UserQuotas>('UserQuotas').implement({
  description: 'A user’s quotas and what is used of them (0: unlimited). Defaults from QUOTA_ITEMS_PER_DAY and QUOTA_CONCURRENT_TASKS.',
  fields: (t) => ({
    itemsPerDay: t.exposeInt('itemsPerDay', { description: 'Live items (questions × models) per rolling 24 hours; 0: unlimited.' }),
    concurrentTasks: t.exposeInt('concurrentTasks', { description: 'Tasks pending, running or held at once; 0: unlimited.' }),
    itemsPerDayIsDefault: t.exposeBoolean('itemsPerDayIsDefault'),
    concurrentTasksIsDefault: t.exposeBoolean('concurrentTasksIsDefault'),
    itemsUsed: t.exposeInt('itemsUsed', { description: 'Live items of tasks created in the last 24 hours.' }),
    activeTasks: t.exposeInt('activeTasks', { description: 'Tasks pending, running or held now.' }),
  }),
});

builder.prismaObjectField('User', 'quotas', (t) =>
  t.field({
    type: UserQuotasRef,
    description: 'Visible to the user and to admins.',
    authScopes: (user, _args, ctx) => ctx.viewer?.id === user.id || ctx.viewer?.role === 'ADMIN',
    resolve: (user, _args, ctx) => userQuotas(ctx.db, user.id, config()),
  }),
);

const SetUserQuotasInput = builder.inputType('SetUserQuotasInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    itemsPerDay: t.int({ description: 'A number (0: unlimited) overrides the default; null returns to the default; omitted: unchanged.' }),
    concurrentTasks: t.int({ description: 'A number (0: unlimited) overrides the default; null returns to the default; omitted: unchanged.' }),
  }),
});

builder.mutationField('setUserQuotas', (t) =>
  t.prismaField({
    type: 'User',
    description: 'Admin: overrides (or resets to the configured default) a user’s quotas.',
    authScopes: { admin: true },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: SetUserQuotasInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const userId = String(input.userId);
      await setUserQuotas(ctx.db, { userId, itemsPerDay: input.itemsPerDay, concurrentTasks: input.concurrentTasks });
      // Only the fields the admin sent: undefined = unchanged, null = back to the default.
      const changes = Object.fromEntries(Object.entries({ itemsPerDay: input.itemsPerDay, concurrentTasks: input.concurrentTasks }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v ?? 'default']));
      const target = await ctx.db.user.findUnique({ where: { id: userId }, select: { email: true } });
      await audit(ctx, 'user.quotas', target?.email ?? userId, changes);
      return ctx.db.user.findUniqueOrThrow({ ...query, where: { id: userId } });
    },
  }),
);
