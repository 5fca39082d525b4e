import { defineCommand } from './commands';
import { ProgressBoard } from './progress-bar';
import { renderTable } from './table';

const USAGE = `Usage: npm run -s benchhub -- evaluate "<query>" --model <name> [--model <name> ...] [options]

Plans the query, submits it through the same queue as the API, follows progress and prints the result.

Options:
  --model, -m <name>   model endpoint name (repeatable), e.g. baseline/random
  --sample-size <n>    override the planned sample size
  --seed <n>           override the planned seed
  --fresh              ignore the response cache
  --no-wait            print the task id and return without following progress
  --json               print one JSON object: task id, status, each model's name, n and accuracy`;

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

export default defineCommand({
  name: 'evaluate',
  summary: 'Evaluate models on a goal written in Korean or English',
  usage: USAGE,
  options: {
    model: { type: 'string', short: 'm', multiple: true },
    'sample-size': { type: 'string' },
    seed: { type: 'string' },
    fresh: { type: 'boolean' },
    'no-wait': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, logger, redisUrl }) {
    const query = positionals.join(' ');
    const models = (values.model as string[] | undefined) ?? [];
    if (models.length === 0) {
      console.error(`Give at least one --model.\n\n${USAGE}`);
      return 2;
    }
    const intOption = (name: string) => {
      const raw = values[name] as string | undefined;
      if (raw === undefined) return undefined;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
      return value;
    };
    const sampleSize = intOption('sample-size');
    const seed = intOption('seed');

    const [{ planFromQuery }, { createPrismaClient }, { createEvaluation }, { runStatistics }, { createRuntime }, { taskProgress }] = await Promise.all([
      import('@benchhub/core/planner'),
      import('@benchhub/db'),
      import('../services/evaluation.service'),
      import('../services/run-statistics'),
      import('../services/runtime'),
      import('../services/task-progress.service'),
    ]);
    const db = createPrismaClient();
    const runtime = createRuntime({ db, redisUrl, logger });
    try {
      const plan =
        sampleSize !== undefined || seed !== undefined
          ? { ...planFromQuery(query), ...(sampleSize ? { sampleSize } : {}), ...(seed ? { seed } : {}) }
          : undefined;
      const task = await createEvaluation(runtime, { query, models, plan, forceFresh: Boolean(values.fresh) });
      if (values['no-wait']) {
        console.log(values.json ? JSON.stringify({ taskId: task.id, status: task.status }) : task.id);
        return 0;
      }
      if ((await runtime.queue.liveWorkers()) === 0) {
        console.error('No worker is running: the task is queued and waits for one (start it with `npm run worker` or `npm start`).');
      }
      const board = new ProgressBoard();
      if (!values.json && !board.enabled) console.error(`task ${task.id}: evaluating ${models.join(', ')}...`);
      for await (const event of taskProgress(runtime, task.id)) {
        if (event.run) board.update(event.run);
      }

      const finished = await db.evaluationTask.findUniqueOrThrow({ where: { id: task.id }, include: { runs: { orderBy: { modelName: 'asc' } } } });
      const rows = finished.runs.map((run) => ({ run, stats: runStatistics(run) }));
      if (values.json) {
        console.log(
          JSON.stringify({
            taskId: finished.id,
            status: finished.status,
            models: rows.map(({ run, stats }) => ({
              name: run.modelName,
              status: run.status,
              n: stats.n,
              accuracy: stats.accuracy,
              ciLow: stats.ciLow,
              ciHigh: stats.ciHigh,
              correct: run.correct,
              unparsed: run.unparsed,
              ambiguous: run.ambiguous,
              errors: run.errors,
              fromCache: run.fromCache,
            })),
          }),
        );
      } else {
        console.log(`\nTask ${finished.id}: ${finished.status}${finished.error ? ` — ${finished.error}` : ''}`);
        console.log(
          renderTable(
            ['Model', 'Status', 'n', 'Accuracy', '95% CI', 'Unparsed', 'Ambiguous', 'Errors'],
            rows
              .sort((a, b) => (b.stats.accuracy ?? -1) - (a.stats.accuracy ?? -1))
              .map(({ run, stats }) => [
                run.modelName,
                run.status,
                stats.n,
                percent(stats.accuracy),
                stats.ciLow === null ? '—' : `[${percent(stats.ciLow)}, ${percent(stats.ciHigh)}]`,
                run.unparsed,
                run.ambiguous,
                run.errors,
              ]),
          ),
        );
      }
      return finished.status === 'SUCCEEDED' ? 0 : 1;
    } finally {
      await runtime.close();
      await db.$disconnect();
    }
  },
});
