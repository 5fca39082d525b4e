import type { LatestSample, RunProgress, TaskProgressEvent } from '@benchhub/core/contracts';
import { builder } from '../builder';
import { taskProgress } from '../../services/task-progress.service';
import { TaskStatusEnum } from './evaluation-task';

const ProgressEventKindEnum = builder.enumType('ProgressEventKind', {
  values: ['TASK_STATUS', 'RUN_STARTED', 'RUN_PROGRESS', 'RUN_FINISHED', 'TASK_FINISHED'] as const,
  description: 'TASK_STATUS events (seq 0) replay the stored state when a subscription starts.',
});

const RunProgressRef = builder.objectRef<RunProgress>('RunProgress').implement({
  fields: (t) => ({
    runId: t.exposeID('runId'),
    modelName: t.exposeString('modelName'),
    status: t.field({ type: TaskStatusEnum, resolve: (r) => r.status }),
    done: t.exposeInt('done'),
    total: t.exposeInt('total'),
    correct: t.exposeInt('correct'),
    errors: t.exposeInt('errors'),
    unparsed: t.exposeInt('unparsed'),
    ambiguous: t.exposeInt('ambiguous', { description: 'Hedged answers so far: no credit, counted apart from unparsed.' }),
    fromCache: t.exposeInt('fromCache'),
    accuracy: t.exposeFloat('accuracy', { nullable: true }),
    ciLow: t.exposeFloat('ciLow', { nullable: true, description: 'Lower bound of the 95% Wilson interval.' }),
    ciHigh: t.exposeFloat('ciHigh', { nullable: true }),
    etaSeconds: t.exposeFloat('etaSeconds', { nullable: true }),
    storageError: t.string({ nullable: true, description: 'Set while the run cannot store its samples (retried; none are lost).', resolve: (run) => run.storageError ?? null }),
  }),
});

const LatestSampleRef = builder.objectRef<LatestSample>('LatestSample').implement({
  fields: (t) => ({
    itemId: t.exposeString('itemId'),
    question: t.exposeString('question'),
    output: t.exposeString('output', { nullable: true }),
    extracted: t.exposeString('extracted', { nullable: true }),
    status: t.exposeString('status'),
  }),
});

const TaskProgressEventRef = builder.objectRef<TaskProgressEvent>('TaskProgressEvent').implement({
  fields: (t) => ({
    taskId: t.exposeID('taskId'),
    seq: t.exposeInt('seq', { description: 'Increases with every event of the task, across all workers.' }),
    kind: t.field({ type: ProgressEventKindEnum, resolve: (e) => e.kind }),
    taskStatus: t.field({ type: TaskStatusEnum, resolve: (e) => e.taskStatus }),
    run: t.field({ type: RunProgressRef, nullable: true, resolve: (e) => e.run }),
    latestSamples: t.field({ type: [LatestSampleRef], resolve: (e) => e.latestSamples }),
    at: t.exposeString('at'),
  }),
});

builder.subscriptionField('taskProgress', (t) =>
  t.field({
    type: TaskProgressEventRef,
    description:
      'Stored state first, then live progress of every model run; completes when the task finishes. A client resuming after a lost connection (its server died, or the network) passes the last seq it applied as afterSeq: it gets the stored state again, then only events newer than that seq, from whichever server it reaches.',
    args: {
      taskId: t.arg.id({ required: true }),
      afterSeq: t.arg.int({ required: false, description: 'Skip live events with seq at or below this one (already applied by the client).' }),
    },
    subscribe: (_root, { taskId, afterSeq }, ctx) => taskProgress(ctx, String(taskId), { afterSeq: afterSeq ?? 0 }),
    resolve: (event) => event,
  }),
);
