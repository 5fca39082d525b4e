import { RUN_SOURCES, runStorageErrorKey } from '@benchhub/core/contracts';
import { isStalled } from '../../services/health.service';
import { builder } from '../builder';
import { TaskStatusEnum } from './evaluation-task';

export const RunSourceEnum = builder.enumType('RunSource', {
  values: RUN_SOURCES,
  description: 'LIVE: evaluated now. CACHED: answered from stored leaderboard cells.',
});

builder.prismaObject('ModelRun', {
  description: 'One model evaluated within a task, with its own status and counters.',
  fields: (t) => ({
    id: t.exposeID('id'),
    modelName: t.exposeString('modelName'),
    status: t.field({ type: TaskStatusEnum, resolve: (run) => run.status as 'PENDING' }),
    source: t.field({ type: RunSourceEnum, resolve: (run) => run.source as 'LIVE' }),
    total: t.exposeInt('total'),
    done: t.exposeInt('done'),
    correct: t.exposeInt('correct'),
    unparsed: t.exposeInt('unparsed', { description: 'Outputs with no readable answer: counted as wrong.' }),
    ambiguous: t.exposeInt('ambiguous', { description: 'Hedged answers ("B or C", two options marked correct): no credit, counted apart from unparsed.' }),
    unscored: t.exposeInt('unscored', { description: 'Open-ended samples with no judge configured: not counted as wrong.' }),
    errors: t.exposeInt('errors'),
    fromCache: t.exposeInt('fromCache', { description: 'Samples answered from the response cache.' }),
    error: t.exposeString('error', { nullable: true }),
    stalled: t.boolean({
      description: 'RUNNING, but no sample stored for longer than RUN_STALLED_MS (a worker may be stuck; the reconciler re-enqueues lost runs).',
      select: { status: true, progressAt: true, startedAt: true },
      resolve: (run) => isStalled(run),
    }),
    progressAt: t.expose('progressAt', { type: 'DateTime', nullable: true, description: 'When the run last stored samples.' }),
    storageError: t.string({
      nullable: true,
      description: 'Set while the worker cannot store this run\'s samples (they wait in memory and are retried; none are lost).',
      select: { id: true, status: true },
      resolve: async (run, _args, ctx) => (run.status === 'RUNNING' ? ctx.redis.get(runStorageErrorKey(run.id)).catch(() => null) : null),
    }),
    summary: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Accuracy, n, 95% Wilson interval, chance level, unparsed and ambiguous rates, latency p50/p95, tokens, cost, breakdowns.',
      resolve: (run) => run.summary,
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    task: t.relation('task'),
    samples: t.relatedConnection('samples', {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: { createdAt: 'asc' } },
    }),
  }),
});
