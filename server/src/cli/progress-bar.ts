import type { RunProgress } from '@benchhub/core/contracts';

const BAR_WIDTH = 24;

const pct = (value: number | null) => (value === null ? '  —  ' : `${(value * 100).toFixed(1).padStart(5)}%`);

export function renderRunLine(run: RunProgress): string {
  const fraction = run.total > 0 ? run.done / run.total : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  const ci = run.ciLow !== null && run.ciHigh !== null ? ` [${pct(run.ciLow).trim()}, ${pct(run.ciHigh).trim()}]` : '';
  const eta = run.etaSeconds !== null && run.done < run.total ? ` eta ${Math.ceil(run.etaSeconds)}s` : '';
  const extras = [run.errors ? `${run.errors} errors` : '', run.fromCache ? `${run.fromCache} cached` : ''].filter(Boolean).join(', ');
  return `${run.modelName.padEnd(24).slice(0, 24)} ${bar} ${String(run.done).padStart(5)}/${run.total} acc ${pct(run.accuracy)}${ci}${eta}${extras ? ` (${extras})` : ''} ${run.status === 'RUNNING' ? '' : run.status}`;
}

/** Redraws one line per model run in place on a terminal; silent elsewhere (output stays parseable). */
export class ProgressBoard {
  private readonly runs = new Map<string, RunProgress>();
  private drawnLines = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(run: RunProgress): void {
    this.runs.set(run.runId, run);
    if (!this.enabled) return;
    if (this.drawnLines > 0) this.stream.write(`\x1b[${this.drawnLines}A`);
    const lines = [...this.runs.values()].map(renderRunLine);
    for (const line of lines) this.stream.write(`\x1b[2K${line}\n`);
    this.drawnLines = lines.length;
  }
}
