import path from 'node:path';
import { ValidationError } from '../errors';
import { defineCommand } from './commands';

export default defineCommand({
  name: 'import-leaderboard',
  summary: 'Import leaderboard cells (BenchHub Plus seed parquet/CSV/JSON, or an export) — idempotent, never overwrites LIVE cells',
  usage: `Usage: npm run -s benchhub -- import-leaderboard <file.parquet|.csv|.json|.jsonl> [--json]
Columns: model_name, language, subject_type, task_type, score[, n] (the Python BenchHub Plus seed),
or this tool's export (model, language, subject, taskType, score, n, ciLow, ciHigh).
Cells become IMPORTED; re-importing the same file changes nothing; LIVE cells are kept.
Exits 1 when some rows were invalid.`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }) {
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new ValidationError('Give exactly one file to import');
    const [{ createPrismaClient }, { importLeaderboard }] = await Promise.all([import('@benchhub/db'), import('../services/leaderboard')]);
    const db = createPrismaClient();
    try {
      const report = await importLeaderboard(db, path.resolve(file));
      if (values.json) console.log(JSON.stringify(report));
      else {
        console.log(`Imported ${report.file} (${report.format}): ${report.rows} rows, ${report.models} models, ${report.subjects} subjects`);
        console.log(`  inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, skipped ${report.skipped}`);
        if (report.skipped > 0) console.log(`  skipped: ${report.invalid} invalid, ${report.duplicates} duplicate, ${report.keptLive} kept LIVE`);
        for (const p of report.problems) console.log(`  row ${p.row}: ${p.message}`);
      }
      return report.invalid > 0 ? 1 : 0;
    } finally {
      await db.$disconnect();
    }
  },
});
