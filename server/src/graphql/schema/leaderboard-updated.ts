import { leaderboardUpdatedChannel, type LeaderboardUpdatedEvent } from '@benchhub/core/contracts';
import { builder } from '../builder';

const LeaderboardUpdatedRef = builder.objectRef<LeaderboardUpdatedEvent>('LeaderboardUpdated').implement({
  description: 'A live run finished and its results were written into leaderboard cells.',
  fields: (t) => ({
    taskId: t.exposeID('taskId'),
    modelNames: t.exposeStringList('modelNames'),
    language: t.exposeString('language'),
    cells: t.exposeInt('cells'),
    at: t.exposeString('at'),
  }),
});

builder.subscriptionField('leaderboardUpdated', (t) =>
  t.field({
    type: LeaderboardUpdatedRef,
    subscribe: (_root, _args, ctx) => ctx.pubsub.asyncIterator<LeaderboardUpdatedEvent>(leaderboardUpdatedChannel(ctx.redis.options.db ?? 0)) as unknown as AsyncIterable<LeaderboardUpdatedEvent>,
    resolve: (event) => event,
  }),
);
