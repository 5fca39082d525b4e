import { defineCommand } from './commands';

export default defineCommand({
  name: 'samples',
  summary: "Export a task's per-question results (every model's answer to every item) as JSONL or CSV",
  usage: `Usage: npm run -s benchhub -- samples <taskId> [--model <name> ...] [--outcome <outcome> ...]
                                   [--subject <subject>] [--search <text>] [--disagree] --format jsonl|csv

Writes one row per stored answer: item id and position, model, status, extracted answer, gold answer, subjects,
source benchmark, question, options, the prompt as sent, the raw output, latency, tokens and cost.
--outcome is one of correct, incorrect, unparsed, ambiguous, error, unscored (repeat or comma-separate).
--format defaults to jsonl (--json is the same); CSV has a header row and lists as JSON.`,
  options: {
    model: { type: 'string', short: 'm', multiple: true },
    outcome: { type: 'string', multiple: true },
    subject: { type: 'string' },
    search: { type: 'string' },
    disagree: { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const [taskId, ...extra] = positionals;
    if (!taskId || extra.length > 0) {
      console.error('Give one task id: benchhub samples <taskId> --format jsonl|csv');
      return 2;
    }
    const [{ createPrismaClient }, { exportSampleRows, formatSampleExport, parseExportFormat }] = await Promise.all([
      import('@benchhub/db'),
      import('../services/task-samples.service'),
    ]);
    const format = parseExportFormat(values.json && !values.format ? 'jsonl' : (values.format as string | undefined));
    const split = (list: unknown) => ((list as string[] | undefined) ?? []).flatMap((value) => value.split(',')).map((v) => v.trim()).filter(Boolean);
    const db = createPrismaClient();
    try {
      const rows = await exportSampleRows(db, taskId, {
        models: split(values.model),
        outcomes: split(values.outcome).map((outcome) => outcome.toLowerCase()),
        subject: (values.subject as string | undefined) ?? null,
        search: (values.search as string | undefined) ?? null,
        disagreeOnly: Boolean(values.disagree),
      });
      process.stdout.write(formatSampleExport(rows, format));
      return 0;
    } finally {
      await db.$disconnect();
    }
  },
});
