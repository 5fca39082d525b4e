import { loadBenchmarkItems, loadItemCategories, type Logger, type PrismaClient } from '@benchhub/db';

/** An id no row has: the warm-up reads and writes nothing. */
const NO_ROW = 'warm-up-no-such-row';

/**
 * Prisma 7 compiles each query shape the first time it runs (5–40 ms each in its WebAssembly
 * compiler, plus V8 warming up the interpreter). The worker's hot shapes are compiled here, at
 * start, so the first evaluation after a (re)start does not pay for them. The shapes mirror
 * model-run.service and finalize-task.service; a shape that drifts only loses its head start.
 * Every statement matches no row, so nothing is read or changed.
 */
export async function warmUpQueries(db: PrismaClient, logger: Logger): Promise<void> {
  const started = performance.now();
  const someIds = [NO_ROW, `${NO_ROW}-2`];
  const missingRowIsFine = (error: unknown) => {
    if ((error as { code?: string }).code !== 'P2025') throw error;
  };
  await db.modelRun.findUnique({ where: { id: NO_ROW }, include: { task: true, modelEndpoint: true } });
  await loadBenchmarkItems(db, someIds);
  await db.experimentSample.findMany({ where: { runId: NO_ROW }, select: { itemId: true, status: true, fromCache: true } });
  await db.modelRun.update({ where: { id: NO_ROW }, data: { status: 'RUNNING', total: 0, startedAt: new Date(), error: null } }).catch(missingRowIsFine);
  await db.evaluationTask.updateMany({ where: { id: NO_ROW, status: 'PENDING' }, data: { status: 'RUNNING', startedAt: new Date() } });
  await db.evaluationTask.findUnique({ where: { id: NO_ROW }, select: { status: true } });
  await db.responseCache.findMany({ where: { key: { in: someIds } } });
  await db.modelRun
    .update({ where: { id: NO_ROW }, data: { done: 0, correct: 0, errors: 0, unparsed: 0, unscored: 0, fromCache: 0 } })
    .catch(missingRowIsFine);
  await db.experimentSample.findMany({
    where: { runId: NO_ROW },
    select: { itemId: true, status: true, correct: true, latencyMs: true, tokensIn: true, tokensOut: true, error: true, fromCache: true },
  });
  await db.modelRun
    .update({
      where: { id: NO_ROW },
      data: { status: 'SUCCEEDED', done: 0, correct: 0, errors: 0, unparsed: 0, unscored: 0, fromCache: 0, error: null, summary: {}, finishedAt: new Date() },
    })
    .catch(missingRowIsFine);
  await db.evaluationTask.findUnique({ where: { id: NO_ROW }, include: { runs: true } });
  await db.experimentSample.findMany({ where: { taskId: NO_ROW }, select: { runId: true, itemId: true, correct: true, status: true } });
  await db.evaluationTask
    .update({ where: { id: NO_ROW }, data: { status: 'SUCCEEDED', result: {}, finishedAt: new Date(), error: null } })
    .catch(missingRowIsFine);
  await loadItemCategories(db, someIds);
  logger.debug({ ms: Math.round(performance.now() - started) }, 'query shapes compiled');
}
