import { builder } from '../builder';
import { checkHealth, type ComponentHealth, type Health } from '../../services/health.service';
import type { QueueCounts } from '../../services/evaluation-queue';
import { AuthStatusRef } from './user';
import { authStatus } from '../../services/user.service';
import { config } from '@benchhub/db';
import { oidcProvider } from '../../auth/better-auth';

const ComponentHealthRef = builder.objectRef<ComponentHealth>('ComponentHealth').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    latencyMs: t.exposeFloat('latencyMs', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

const QueueCountsRef = builder.objectRef<QueueCounts>('QueueCounts').implement({
  fields: (t) => ({
    waiting: t.exposeInt('waiting'),
    active: t.exposeInt('active'),
    delayed: t.exposeInt('delayed'),
    failed: t.exposeInt('failed'),
    completed: t.exposeInt('completed'),
    waitingChildren: t.exposeInt('waitingChildren', { description: 'Task jobs waiting for their model runs.' }),
  }),
});

const HealthRef = builder.objectRef<Health>('Health').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    version: t.exposeString('version'),
    database: t.field({ type: ComponentHealthRef, resolve: (h) => h.database }),
    redis: t.field({ type: ComponentHealthRef, resolve: (h) => h.redis }),
    queue: t.field({ type: QueueCountsRef, nullable: true, resolve: (h) => h.queue }),
    liveWorkers: t.exposeInt('liveWorkers', { nullable: true, description: 'Worker processes connected to the queue.' }),
    stalledRuns: t.exposeInt('stalledRuns', { nullable: true, description: 'Running model runs that stored nothing for longer than RUN_STALLED_MS.' }),
    auth: t.field({ type: AuthStatusRef, description: 'How to sign in, and whether the administrator must be created first.', resolve: (_h, _args, ctx) => authStatus(ctx.db, oidcProvider(config())) }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: HealthRef,
    description: 'Database, Redis, queue depth, live worker count, version and how to sign in. Public (no sign-in needed).',
    skipTypeScopes: true,
    resolve: (_root, _args, ctx) => checkHealth(ctx),
  }),
);
