import type { ImportProgress, ImportReport } from '../services/import/import.service';
import { defineCommand } from './commands';

const USAGE = `Usage: npm run -s benchhub -- import <file|url> [options]

Loads BenchHub items (parquet, JSONL or CSV/TSV, from a local path or an http(s) URL) into the
database, in batches. Re-importing the same content changes nothing ("already imported"); an
interrupted import completes when run again.

Options:
  --format <f>        parquet | jsonl | csv | tsv (default: from the extension; .jsonl.gz/.csv.gz work)
  --name <name>       dataset name (default: the file name)
  --language <lang>   Korean | English for rows without a language column
                      (default: inferred per row from the share of Hangul in the prompt)
  --batch-size <n>    rows per transaction (default 1000)
  --json              print the report as one JSON object on stdout

Environment: HF_TOKEN is sent as "Authorization: Bearer" to huggingface.co only (gated datasets).

Example:
  npm run -s benchhub -- import https://huggingface.co/datasets/BenchHub/BenchHub-Ko/resolve/main/<file>.parquet --language Korean`;

const BAR_WIDTH = 24;
const fmt = (n: number) => n.toLocaleString('en-US');

/** One progress line redrawn in place on a terminal (stderr); silent elsewhere. */
class ProgressLine {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(p: ImportProgress): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (p.phase !== 'done' && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[2K${renderProgress(p)}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}

function bar(fraction: number): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round(fraction * BAR_WIDTH)));
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

export function renderProgress(p: ImportProgress): string {
  const seconds = Math.max(p.elapsedMs / 1000, 0.001);
  if (p.phase === 'hashing' || p.phase === 'downloading') {
    const mb = (p.bytes / 1e6).toFixed(1);
    const total = p.totalBytes ? ` / ${(p.totalBytes / 1e6).toFixed(1)} MB` : ' MB';
    const fraction = p.totalBytes ? p.bytes / p.totalBytes : null;
    return `${p.phase.padEnd(11)} ${fraction !== null ? `${bar(fraction)} ` : ''}${mb}${total}`;
  }
  const rate = `${fmt(Math.round(p.read / seconds))} rows/s`;
  let fraction: number | null = null;
  if (p.totalRows) fraction = p.read / p.totalRows;
  else if (p.totalBytes && p.bytes > 0) fraction = p.bytes / p.totalBytes;
  const percent = fraction !== null ? ` ${bar(fraction)} ${(fraction * 100).toFixed(1).padStart(5)}%` : '';
  const of = p.totalRows ? `/${fmt(p.totalRows)}` : '';
  return `importing${percent} ${fmt(p.read)}${of} rows, ${rate} (new ${fmt(p.imported)}, present ${fmt(p.alreadyPresent)}, skipped ${fmt(p.skipped)})`;
}

export function renderReport(report: ImportReport): string {
  if (report.alreadyImported && report.read === 0) {
    return `already imported (version ${report.version}): dataset "${report.name}", ${fmt(report.itemCount)} items — nothing changed`;
  }
  const lines: string[] = [];
  lines.push(
    report.alreadyImported
      ? `already imported (version ${report.version}): dataset "${report.name}" — nothing new`
      : `${report.resumed ? 'Completed the interrupted import of' : 'Imported'} "${report.name}" (version ${report.version}, ${report.format})`,
  );
  const rows: [string, number][] = [
    ['read', report.read],
    ['imported', report.imported],
    ['already present', report.alreadyPresent],
    ['skipped (malformed)', report.skipped],
    ['warnings', report.warnings],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const numberWidth = Math.max(...rows.map(([, n]) => fmt(n).length));
  for (const [label, n] of rows) lines.push(`  ${label.padEnd(width)}  ${fmt(n).padStart(numberWidth)}`);
  if (report.languageInferred > 0) {
    lines.push(`  (language inferred from the prompt for ${fmt(report.languageInferred)} rows; pass --language to set it)`);
  }
  if (report.skippedRows.length > 0) {
    lines.push(`Skipped rows (first ${report.skippedRows.length} of ${fmt(report.skipped)}):`);
    for (const s of report.skippedRows) lines.push(`  row ${s.row}: ${s.reason}`);
  }
  if (report.warningMessages.length > 0) {
    const shown = report.warningMessages.slice(0, 20);
    lines.push(`Warnings (${shown.length} most frequent of ${report.warningMessages.length} kinds):`);
    for (const w of shown) lines.push(`  ${fmt(w.count)}× ${w.message}${w.firstRow > 0 ? ` (first at row ${w.firstRow})` : ''}`);
  }
  return lines.join('\n');
}

export default defineCommand({
  name: 'import',
  summary: 'Import BenchHub items from a parquet, JSONL or CSV file or URL',
  usage: USAGE,
  options: {
    format: { type: 'string' },
    name: { type: 'string' },
    language: { type: 'string' },
    'batch-size': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 1) {
      console.error(`Give exactly one file or URL.\n\n${USAGE}`);
      return 2;
    }
    let batchSize: number | undefined;
    if (values['batch-size'] !== undefined) {
      batchSize = Number(values['batch-size']);
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        console.error(`--batch-size must be a positive integer\n\n${USAGE}`);
        return 2;
      }
    }
    const [{ createPrismaClient }, { importBenchmark }] = await Promise.all([import('@benchhub/db'), import('../services/import/import.service')]);
    const db = createPrismaClient();
    const progress = new ProgressLine();
    try {
      const report = await importBenchmark(
        db,
        positionals[0]!,
        {
          format: values.format as string | undefined,
          name: values.name as string | undefined,
          language: values.language as string | undefined,
          batchSize,
          // npm run changes the working directory to the repository root; resolve paths where the user typed them.
          cwd: process.env.INIT_CWD ?? process.cwd(),
        },
        (p) => progress.update(p),
      );
      progress.clear();
      console.log(values.json ? JSON.stringify(report) : renderReport(report));
      return report.read > 0 && report.itemCount === 0 ? 1 : 0;
    } finally {
      progress.clear();
      await db.$disconnect();
    }
  },
});
