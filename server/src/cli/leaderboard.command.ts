import type { LeaderboardFilter, LeaderboardRollupRow } from '../services/leaderboard';
import { ValidationError } from '../errors';
import { defineCommand } from './commands';
import { renderTable } from './table';

const FORMATS = ['table', 'csv', 'json'] as const;

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const ci = (low: number | null, high: number | null) => (low === null || high === null ? '—' : `[${pct(low)}, ${pct(high)}]`);
const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function rollupRows(rows: LeaderboardRollupRow[]) {
  return rows.map((r) => ({
    model: r.modelName,
    language: r.language,
    subject: r.subject ?? 'All',
    taskType: r.taskType ?? 'All',
    score: r.score,
    n: r.n,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
    weighting: r.weighting,
    cells: r.cells,
  }));
}

export default defineCommand({
  name: 'leaderboard',
  summary: 'Show or export the leaderboard (cells, or n-weighted rollups) as a table, CSV or JSON',
  usage: `Usage: npm run -s benchhub -- leaderboard [--language L] [--subject S] [--task-type T] [--model M]
                                    [--format table|csv|json | --json] [--order SCORE_DESC|SCORE_ASC|MODEL_ASC|SUBJECT_ASC|UPDATED_DESC]
                                    [--rollup coarse|overall] [--across-task-types] [--include-quarantined] [--limit N]
  --subject          coarse ("Science") or fine ("Science/Math") subject
  --model            substring of the model name
  --format json      JSON array of { model, language, subject, taskType, score, n, ciLow, ciHigh, source }
  --json             the same as --format json
  --format csv       the same columns with a header row (re-importable with import-leaderboard)
  --rollup           pool fine subjects per coarse category (or overall), n-weighted: Σcorrect / Σn;
                     rows with any cell of unknown n are unweighted means (weighting UNWEIGHTED_UNKNOWN_N)`,
  options: {
    language: { type: 'string' },
    subject: { type: 'string' },
    'task-type': { type: 'string' },
    model: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' },
    order: { type: 'string' },
    rollup: { type: 'string' },
    'across-task-types': { type: 'boolean' },
    'include-quarantined': { type: 'boolean' },
    limit: { type: 'string' },
  },
  async run({ values }) {
    if (values.json && values.format !== undefined && values.format !== 'json') {
      throw new ValidationError(`--json and --format ${String(values.format)} contradict each other`);
    }
    const format = values.json ? 'json' : String(values.format ?? 'table');
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new ValidationError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    }
    const rollup = str(values.rollup)?.toUpperCase() ?? null;
    if (rollup !== null && rollup !== 'COARSE' && rollup !== 'OVERALL') throw new ValidationError(`--rollup must be coarse or overall (got "${String(values.rollup)}")`);
    const limit = str(values.limit) === null ? undefined : Number(values.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new ValidationError(`--limit must be a positive integer (got "${String(values.limit)}")`);
    const filter: LeaderboardFilter = {
      language: str(values.language),
      subject: str(values.subject),
      taskType: str(values['task-type']),
      modelSearch: str(values.model),
      includeQuarantined: values['include-quarantined'] === true,
    };
    const [{ toCsv }, { createPrismaClient }, { exportLeaderboardRows, leaderboardCsv, leaderboardRollups, parseLeaderboardOrder }] = await Promise.all([
      import('@benchhub/core/export/csv'),
      import('@benchhub/db'),
      import('../services/leaderboard'),
    ]);
    const order = parseLeaderboardOrder(str(values.order));

    const db = createPrismaClient();
    try {
      if (rollup !== null) {
        const rows = rollupRows(await leaderboardRollups(db, filter, { level: rollup, acrossTaskTypes: values['across-task-types'] === true })).slice(0, limit);
        if (format === 'json') console.log(JSON.stringify(rows, null, 2));
        else if (format === 'csv') {
          const columns = ['model', 'language', 'subject', 'taskType', 'score', 'n', 'ciLow', 'ciHigh', 'weighting', 'cells'] as const;
          process.stdout.write(toCsv(columns, rows.map((r) => columns.map((c) => r[c]))));
        } else if (rows.length === 0) console.log('No leaderboard rows match.');
        else {
          console.log(
            renderTable(
              ['Model', 'Language', 'Subject', 'Task', 'Score', 'n', '95% CI', 'Weighting', 'Cells'],
              rows.map((r) => [r.model, r.language, r.subject, r.taskType, pct(r.score), r.n ?? '—', ci(r.ciLow, r.ciHigh), r.weighting, r.cells]),
            ),
          );
        }
        return 0;
      }

      const rows = (await exportLeaderboardRows(db, filter, order)).slice(0, limit);
      if (format === 'json') console.log(JSON.stringify(rows, null, 2));
      else if (format === 'csv') process.stdout.write(leaderboardCsv(rows));
      else if (rows.length === 0) console.log('No leaderboard cells match.');
      else {
        console.log(
          renderTable(
            ['Model', 'Language', 'Subject', 'Task', 'Score', 'n', '95% CI', 'Source'],
            rows.map((r) => [r.model, r.language, r.subject, r.taskType, pct(r.score), r.n ?? '—', ci(r.ciLow, r.ciHigh), r.source]),
          ),
        );
        console.log(`\n${rows.length} cell${rows.length === 1 ? '' : 's'}`);
      }
      return 0;
    } finally {
      await db.$disconnect();
    }
  },
});
