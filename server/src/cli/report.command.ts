import { defineCommand } from './commands';

export default defineCommand({
  name: 'report',
  summary: "A task's report (goal, plan, methods, ranking, tests, per subject, manifest, citations) as Markdown or HTML",
  usage: `Usage: npm run -s benchhub -- report <taskId> --format md|html [--lang en|ko] [--out <file>]

Prints the report of a task: goal and plan (with what the planner could not apply), methods, the ranking with 95%
intervals, tied groups, pairwise tests, a per-subject table, a chart, a reproducibility manifest (dataset and prompt
versions, seed, sha256 of the sampled item ids, app version, each model's endpoint model id and parameters) and a
citation block: BibTeX of BenchHub and of every source benchmark whose items were used (benchmark names the project
has no citation for are listed, not invented) with a LaTeX table of the results.
--format md (default; --json prints {"taskId","format","report"}), html (a standalone printable page), latex or bibtex.
--lang en (default) or ko: the language of the report's text (names, data, BibTeX and LaTeX stay as they are).`,
  options: { format: { type: 'string', short: 'f' }, lang: { type: 'string' }, out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  async run({ values, positionals }) {
    const [taskId, ...extra] = positionals;
    if (!taskId || extra.length > 0) {
      console.error('Give one task id: benchhub report <taskId> --format md|html');
      return 2;
    }
    const [{ createPrismaClient }, { buildReportData, parseReportFormat, parseReportLocale, renderReport }, { writeFileSync }] = await Promise.all([
      import('@benchhub/db'),
      import('../services/report.service'),
      import('node:fs'),
    ]);
    const format = parseReportFormat(values.format as string | undefined);
    const locale = parseReportLocale(values.lang as string | undefined);
    const db = createPrismaClient();
    try {
      const text = renderReport(await buildReportData(db, taskId), format, locale);
      const output = values.json ? `${JSON.stringify({ taskId, format, report: text })}\n` : text;
      if (values.out) {
        writeFileSync(values.out as string, output);
        console.error(`wrote ${values.out as string}`);
      } else process.stdout.write(output);
      return 0;
    } finally {
      await db.$disconnect();
    }
  },
});
