import { defineCommand } from './commands';
import { renderTable } from './table';

const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

export default defineCommand({
  name: 'rank',
  summary: 'Personalized ranking from stored leaderboard cells for a goal (no evaluation)',
  usage: `Usage: npm run -s benchhub -- rank "<query>" [--model <name> ...] [--json]

Plans the query, then ranks the given models (or every model with data) by the n-weighted score over
the plan's cells, with 95% intervals, tie groups by interval overlap, coverage and per-subject columns.`,
  options: { model: { type: 'string', short: 'm', multiple: true }, json: { type: 'boolean' } },
  async run({ values, positionals, logger }) {
    const [{ createPrismaClient }, { personalizedRanking }, { planQuery }] = await Promise.all([
      import('@benchhub/db'),
      import('../services/leaderboard/ranking.service'),
      import('../services/planning.service'),
    ]);
    const db = createPrismaClient();
    try {
      const plan = await planQuery({ logger }, positionals.join(' '));
      const models = (values.model as string[] | undefined) ?? null;
      const ranking = await personalizedRanking(db, { language: plan.language, subjects: plan.subjects, taskType: plan.taskType }, models);
      if (values.json) {
        console.log(JSON.stringify({ plan, ranking }));
        return 0;
      }
      console.log(`Plan: ${plan.language}, ${plan.subjects.length ? plan.subjects.join(', ') : 'all subjects'}, ${plan.taskType ?? 'all task types'}  (${plan.rationale})`);
      console.log(
        renderTable(
          ['Rank', 'Model', 'Score', '95% CI', 'n', 'Coverage', 'Group', 'Weighting'],
          ranking.models.map((m) => [
            m.rank ?? '—',
            m.modelName,
            pct(m.score),
            m.ciLow === null ? '—' : `[${pct(m.ciLow)}, ${pct(m.ciHigh)}]`,
            m.n ?? '—',
            `${m.cellsFound}/${m.cellsNeeded}`,
            m.letters ?? (m.rank !== null && !m.intervalKnown ? 'untested' : '—'),
            m.weighting === 'N_WEIGHTED' ? 'n-weighted' : 'mean of cells (n unknown)',
          ]),
        ),
      );
      return 0;
    } finally {
      await db.$disconnect();
    }
  },
});
