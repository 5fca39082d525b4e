import { defineCommand } from './commands';

export default defineCommand({
  name: 'health',
  summary: 'Check the database, Redis, the queue and live workers',
  usage: 'Usage: npm run -s benchhub -- health [--json]',
  options: { json: { type: 'boolean' } },
  async run({ values, logger, redisUrl }) {
    const [{ createPrismaClient }, { checkHealth }, { createRuntime }] = await Promise.all([
      import('@benchhub/db'),
      import('../services/health.service'),
      import('../services/runtime'),
    ]);
    const db = createPrismaClient();
    const runtime = createRuntime({ db, redisUrl, logger });
    try {
      const health = await checkHealth(runtime);
      if (values.json) {
        console.log(JSON.stringify(health));
      } else {
        const mark = (ok: boolean) => (ok ? 'ok  ' : 'DOWN');
        console.log(`BenchHub Plus ${health.version}`);
        console.log(`database  ${mark(health.database.ok)} ${health.database.error ?? `${health.database.latencyMs} ms`}`);
        console.log(`redis     ${mark(health.redis.ok)} ${health.redis.error ?? `${health.redis.latencyMs} ms (${redisUrl.replace(/\/\/[^@]*@/, '//')})`}`);
        if (health.queue) {
          const q = health.queue;
          console.log(`queue     waiting ${q.waiting}, active ${q.active}, delayed ${q.delayed}, failed ${q.failed}, completed ${q.completed}`);
        }
        if (health.liveWorkers !== null) console.log(`workers   ${health.liveWorkers} live`);
      }
      return health.ok ? 0 : 1;
    } finally {
      await runtime.close();
      await db.$disconnect();
    }
  },
});
