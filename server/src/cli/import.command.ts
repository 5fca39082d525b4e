import type { ImportProgress, ImportReport } from '../services/import/import.service';
import { defineCommand } from './commands';

const USAGE = `Usage: npm run -s benchhub -- import <file|url> [options]

Loads BenchHub items (parquet, JSONL or CSV/TSV, from a local path or an http(s) URL) into the
database, in batches. Both published layouts are read as they are: the BenchHub-En/Ko exports
(gold in answer_key/answer_str or mcqa_meta.original_answer, "Cultural" targets) and the
multilingual one (gold in answer, option, Python-list subject_type, lower-case subjects).
Re-importing the same content changes nothing ("already imported"); an interrupted import
completes when run again; a file without one usable row is an error and records nothing.

Options:
  --dry-run             read and check every row, print what would be imported (counts by
                        language, problem type and subject, skip reasons, warnings); write nothing
  --format <f>          parquet | jsonl | csv | tsv (default: from the extension; .jsonl.gz/.csv.gz work)
  --name <name>         dataset name (default: the file name)
  --language <lang>     Korean | English for rows without a usable language: no language column,
                        or a language other than Korean and English (such rows are skipped otherwise;
                        without this option the language is detected from the text)
  --task-type <t>       Knowledge | Reasoning | Value/Alignment for rows without task_type
                        (default Knowledge, with a warning)
  --target-type <t>     General | Local for rows without target_type (default General, with a warning)
  --batch-size <n>      rows per transaction (default 1000)
  --json                print the report as one JSON object on stdout

Rows without problem_type are MCQA when they have options, else short-form (with a warning).
Exit status: 0 imported (or would import), 1 no usable row, 2 bad arguments or source.

Environment: HF_TOKEN is sent as "Authorization: Bearer" to huggingface.co only (gated datasets).

Examples:
  npm run -s benchhub -- import examples/benchhub-ko-en-sample.jsonl --dry-run
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

/** "Korean 40, English 20" from counts. */
const counts = (list: readonly { key: string; count: number }[], limit = 12): string =>
  list.length === 0
    ? '—'
    : list
        .slice(0, limit)
        .map((c) => `${c.key} ${fmt(c.count)}`)
        .join(', ') + (list.length > limit ? `, … (${list.length - limit} more)` : '');

function headline(report: ImportReport, failed: boolean): string {
  const what = `"${report.name}" (version ${report.version}, ${report.format})`;
  if (failed) return `Nothing imported from ${what}: no usable row`;
  if (report.dryRun) {
    const already = report.alreadyImported ? ' — this version is already imported' : '';
    return report.itemCount === 0 ? `Dry run of ${what}: nothing would be imported (no usable row)${already}` : `Dry run of ${what}: nothing was written${already}`;
  }
  if (report.alreadyImported) return `already imported (version ${report.version}): dataset "${report.name}" — nothing new`;
  return `${report.resumed ? 'Completed the interrupted import of' : 'Imported'} ${what}`;
}

function countLines(report: ImportReport): string[] {
  const rows: [string, number][] = [
    ['read', report.read],
    [report.dryRun ? 'would import' : 'imported', report.imported],
    ['already present', report.alreadyPresent],
    ['skipped', report.skipped],
    ['warnings', report.warnings],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const numberWidth = Math.max(...rows.map(([, n]) => fmt(n).length));
  return rows.map(([label, n]) => `  ${label.padEnd(width)}  ${fmt(n).padStart(numberWidth)}`);
}

function breakdownLines(report: ImportReport): string[] {
  const b = report.breakdown;
  if (report.itemCount === 0 && b.byLanguage.length === 0) return [];
  const lines = ['Usable rows:', `  by language      ${counts(b.byLanguage)}`, `  by problem type  ${counts(b.byProblemType)}`, `  by subject       ${counts(b.bySubject)}`];
  if (b.unknownSubjects.length > 0) lines.push(`  not in the taxonomy (kept): ${counts(b.unknownSubjects)}`);
  return lines;
}

function problemLines(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.skipReasons.length > 0) {
    lines.push('Skip reasons:');
    for (const r of report.skipReasons) lines.push(`  ${fmt(r.count)}× ${r.code} — e.g. row ${r.firstRow}: ${r.example}`);
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
  if (report.warningSamples.length > 0) {
    lines.push(`Warning details (first ${report.warningSamples.length}):`);
    for (const w of report.warningSamples) lines.push(`  row ${w.row}: ${w.message}`);
  }
  return lines;
}

/** The report as text; `failed` when the source had no usable row (nothing was recorded). */
export function renderReport(report: ImportReport, failed = false): string {
  if (report.alreadyImported && report.read === 0) {
    return `already imported (version ${report.version}): dataset "${report.name}", ${fmt(report.itemCount)} items — nothing changed`;
  }
  const lines = [headline(report, failed), ...countLines(report)];
  if (report.languageInferred > 0) {
    lines.push(`  (language detected from the text for ${fmt(report.languageInferred)} rows; pass --language to set it)`);
  }
  lines.push(...breakdownLines(report), ...problemLines(report));
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
    'task-type': { type: 'string' },
    'target-type': { type: 'string' },
    'dry-run': { type: 'boolean' },
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
    const [{ createPrismaClient }, { importBenchmark, NoUsableRowsError }] = await Promise.all([import('@benchhub/db'), import('../services/import/import.service')]);
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
          taskType: values['task-type'] as string | undefined,
          targetType: values['target-type'] as string | undefined,
          dryRun: values['dry-run'] === true,
          batchSize,
          // npm run changes the working directory to the repository root; resolve paths where the user typed them.
          cwd: process.env.INIT_CWD ?? process.cwd(),
        },
        (p) => progress.update(p),
      );
      progress.clear();
      console.log(values.json ? JSON.stringify(report) : renderReport(report));
      return report.itemCount === 0 && !report.alreadyImported ? 1 : 0;
    } catch (error) {
      if (!(error instanceof NoUsableRowsError)) throw error;
      progress.clear();
      // The report says why every row failed: print it, not just the error line.
      if (values.json) console.log(JSON.stringify({ ...error.report, error: { code: error.code, message: error.message } }));
      else console.log(renderReport(error.report, true));
      console.error(`error (${error.code}): ${error.message}`);
      return 1;
    } finally {
      progress.clear();
      await db.$disconnect();
    }
  },
});
