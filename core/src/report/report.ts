/**
 * The task report: one document a researcher can file or send — goal, plan, methods, ranking with intervals, tied
 * groups, pairwise tests, per-subject table, a chart, a reproducibility manifest and the citations (BenchHub and every
 * source benchmark whose items were used, as BibTeX, plus a LaTeX table of the results). Rendered as Markdown, as a
 * standalone HTML page (print stylesheet included) or as an HTML fragment for the web app. Pure: the caller gathers
 * the data (server/src/services/report.service.ts).
 */
import { bibtexKeyOf, bibtexOf, type CitationReport } from './citations';

export interface ReportModel {
  name: string;
  /** LIVE (evaluated in this task) or CACHED (pooled from stored leaderboard cells). */
  source: string;
  status: string;
  rank: number | null;
  letters: string | null;
  accuracy: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number | null;
  correct: number | null;
  unparsedRate: number | null;
  ambiguousRate: number | null;
  errorCount: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  estimatedCost: number | null;
  /** Per subject ("Coarse/Fine"). */
  bySubject: Record<string, { accuracy: number | null; n: number; ciLow: number | null; ciHigh: number | null }>;
  endpoint: { kind: string; modelId: string; params: Record<string, unknown> };
}

export interface ReportPairwise {
  modelA: string;
  modelB: string;
  sharedItems: number;
  onlyACorrect: number;
  onlyBCorrect: number;
  pValue: number;
  adjustedP: number;
  significant: boolean;
}

export interface ReportData {
  task: { id: string; query: string; status: string; createdAt: string; startedAt: string | null; finishedAt: string | null; error: string | null };
  plan: {
    language: string;
    subjects: string[];
    taskType: string | null;
    targetType: string | null;
    problemType: string;
    sampleSize: number;
    seed: number;
    rationale: string;
    /** Qualifiers not applied, exclusions, corrections (the notes' messages). */
    notes: string[];
  };
  sampling: { requested: number; available: number; shortfall: number } | null;
  method: string | null;
  alpha: number | null;
  chanceAccuracy: number | null;
  /** Ranked models first. */
  models: ReportModel[];
  pairwise: ReportPairwise[];
  tiedGroups: string[][];
  manifest: {
    datasets: { name: string; version: string }[];
    datasetVersion: string | null;
    promptVersion: string | null;
    seed: number;
    itemCount: number;
    /** sha256 of the sampled item ids, one per line in task order. */
    itemIdsSha256: string;
    appVersion: string;
    generatedAt: string;
  };
  citations: CitationReport;
}

// ---- formatting --------------------------------------------------------------------------------------------

const pct = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(digits)}%`);
const interval = (low: number | null, high: number | null) => (low === null || high === null ? '—' : `[${pct(low)}, ${pct(high)}]`);
const pValue = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));
const money = (usd: number | null) => (usd === null ? '—' : `$${usd.toFixed(usd < 0.01 ? 5 : 4)}`);
const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
const orDash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : String(value));
const rankLabel = (m: ReportModel) => (m.rank === null ? '—' : String(m.rank));
const groupLabel = (m: ReportModel) => m.letters ?? (m.rank !== null && m.ciLow === null ? 'untested' : '—');

/** Subjects that appear in any model's breakdown, sorted. */
const subjectsOf = (models: readonly ReportModel[]) => [...new Set(models.flatMap((m) => Object.keys(m.bySubject)))].sort();

const planLine = (plan: ReportData['plan']) =>
  [
    plan.language,
    plan.problemType,
    plan.taskType ?? 'all task types',
    plan.targetType ?? 'all targets',
    plan.subjects.length ? plan.subjects.join(', ') : 'all subjects',
    `${plan.sampleSize} items`,
    `seed ${plan.seed}`,
  ].join(' · ');

function durationOf(task: ReportData['task']): string {
  if (!task.startedAt || !task.finishedAt) return '—';
  const seconds = (Date.parse(task.finishedAt) - Date.parse(task.startedAt)) / 1000;
  return Number.isFinite(seconds) ? `${seconds.toFixed(1)} s` : '—';
}

const paramsLine = (params: Record<string, unknown>) =>
  Object.entries(params)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ') || '—';

// ---- LaTeX -------------------------------------------------------------------------------------------------

/** Escapes LaTeX's special characters in text. */
export function latexEscape(text: string): string {
  return text.replace(/[\\{}$&#^_%~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\textasciicircum{}' : ch === '~' ? '\\textasciitilde{}' : `\\${ch}`,
  );
}

/** A booktabs table of the ranking (rank, model, accuracy, 95% interval, n, group), citing BenchHub. */
export function resultsLatexTable(data: ReportData): string {
  const rows = data.models.map((m) => {
    const acc = m.accuracy === null ? '--' : (m.accuracy * 100).toFixed(1);
    const ci = m.ciLow === null || m.ciHigh === null ? '--' : `[${(m.ciLow * 100).toFixed(1)}, ${(m.ciHigh * 100).toFixed(1)}]`;
    return `${m.rank ?? '--'} & ${latexEscape(m.name)} & ${acc} & ${ci} & ${m.n ?? '--'} & ${latexEscape(groupLabel(m))} \\\\`;
  });
  const keys = [data.citations.benchhub.citationKey, ...data.citations.cited.map((c) => bibtexKeyOf(c.entry))].join(',');
  return [
    '% Requires \\usepackage{booktabs}',
    '\\begin{table}[t]',
    '\\centering',
    '\\begin{tabular}{rlrcrl}',
    '\\toprule',
    'Rank & Model & Acc. (\\%) & 95\\% CI & $n$ & Group \\\\',
    '\\midrule',
    ...rows,
    '\\bottomrule',
    '\\end{tabular}',
    `\\caption{${latexEscape(data.task.query)} (${latexEscape(data.plan.language)}, ${latexEscape(data.plan.problemType)}, ${data.manifest.itemCount} items, seed ${data.plan.seed}). ` +
      `Accuracy with 95\\% Wilson intervals; models sharing a group letter are not significantly different (${latexEscape(data.method ?? 'paired tests')}). ` +
      `Items from BenchHub~\\cite{${keys}}.}`,
    `\\label{tab:benchhub-${latexEscape(data.task.id)}}`,
    '\\end{table}',
    '',
  ].join('\n');
}

// ---- Markdown ----------------------------------------------------------------------------------------------

const mdCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const mdTable = (headers: string[], rows: string[][]) =>
  [`| ${headers.map(mdCell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');

/** A text chart of accuracy with the interval: `model  ████████░░ 82.0% [74.1%, 88.0%]`. */
function textChart(models: readonly ReportModel[]): string {
  const width = Math.max(...models.map((m) => m.name.length), 5);
  return models
    .filter((m) => m.accuracy !== null)
    .map((m) => {
      const filled = Math.round(m.accuracy! * 30);
      return `${m.name.padEnd(width)}  ${'█'.repeat(filled)}${'░'.repeat(30 - filled)} ${pct(m.accuracy)} ${interval(m.ciLow, m.ciHigh)}`;
    })
    .join('\n');
}

const rankingRows = (data: ReportData) =>
  data.models.map((m) => [
    rankLabel(m),
    m.name,
    pct(m.accuracy),
    interval(m.ciLow, m.ciHigh),
    orDash(m.n),
    groupLabel(m),
    pct(m.unparsedRate),
    pct(m.ambiguousRate),
    `${ms(m.latencyP50Ms)} / ${ms(m.latencyP95Ms)}`,
    money(m.estimatedCost),
    m.source,
  ]);
const RANKING_HEADERS = ['Rank', 'Model', 'Accuracy', '95% CI', 'n', 'Group', 'Unparsed', 'Ambiguous', 'Latency p50 / p95', 'Cost', 'Source'];

const pairwiseRows = (data: ReportData) =>
  data.pairwise.map((p) => [p.modelA, p.modelB, String(p.sharedItems), String(p.onlyACorrect), String(p.onlyBCorrect), pValue(p.pValue), pValue(p.adjustedP), p.significant ? 'yes' : 'no']);
const PAIRWISE_HEADERS = ['Model A', 'Model B', 'Shared items', 'Only A right', 'Only B right', 'p (exact McNemar)', 'p (Holm)', 'Significant'];

const subjectRows = (data: ReportData, subjects: string[]) =>
  subjects.map((subject) => [
    subject,
    ...data.models.map((m) => {
      const s = m.bySubject[subject];
      return s ? `${pct(s.accuracy)} (n=${s.n})` : '—';
    }),
  ]);

const manifestRows = (data: ReportData): [string, string][] => [
  ['Task', data.task.id],
  ['Datasets', data.manifest.datasets.map((d) => `${d.name} (${d.version})`).join('; ') || '—'],
  ['Dataset version', orDash(data.manifest.datasetVersion)],
  ['Prompt template version', orDash(data.manifest.promptVersion)],
  ['Seed', String(data.manifest.seed)],
  ['Items', String(data.manifest.itemCount)],
  ['Sampled item ids (sha256)', data.manifest.itemIdsSha256],
  ['App version', `BenchHub Plus ${data.manifest.appVersion}`],
  ['Generated', data.manifest.generatedAt],
  ...data.models.map((m): [string, string] => [`Model ${m.name}`, `${m.endpoint.kind} ${m.endpoint.modelId}; ${paramsLine(m.endpoint.params)}`]),
];

function tiedGroupsText(data: ReportData): string[] {
  if (data.tiedGroups.length === 0) return ['No two ranked models are tied.'];
  return data.tiedGroups.map((group, i) => `${String.fromCharCode(97 + i)}: ${group.join(', ')}${group.length > 1 ? ' — the data cannot tell these apart' : ''}`);
}

export function reportMarkdown(data: ReportData): string {
  const subjects = subjectsOf(data.models);
  const out: string[] = [
    `# BenchHub Plus report: ${data.task.query}`,
    '',
    `Task \`${data.task.id}\` · ${data.task.status} · created ${data.task.createdAt} · duration ${durationOf(data.task)}`,
    '',
    '## Goal and plan',
    '',
    `> ${data.task.query.replace(/\n/g, '\n> ')}`,
    '',
    `**Plan:** ${planLine(data.plan)}`,
    '',
    data.plan.rationale,
    ...(data.plan.notes.length ? ['', '**Not applied / notes:**', ...data.plan.notes.map((n) => `- ${n}`)] : []),
    ...(data.sampling && data.sampling.shortfall > 0
      ? ['', `**Shortfall:** only ${data.sampling.available} of ${data.sampling.requested} requested items matched the plan.`]
      : []),
    ...(data.task.error ? ['', `**Task error:** ${data.task.error}`] : []),
    '',
    '## Methods',
    '',
    data.method ?? 'No result was stored for this task.',
    ...(data.chanceAccuracy !== null ? ['', `Chance level (uniform guessing among each item's options): ${pct(data.chanceAccuracy)}.`] : []),
    '',
    '## Ranking',
    '',
    data.models.length ? mdTable(RANKING_HEADERS, rankingRows(data)) : 'No model was ranked.',
    '',
    '```text',
    textChart(data.models) || '(no scores)',
    '```',
    '',
    '### Tied groups',
    '',
    ...tiedGroupsText(data).map((line) => `- ${line}`),
    '',
    '### Pairwise tests',
    '',
    data.pairwise.length ? mdTable(PAIRWISE_HEADERS, pairwiseRows(data)) : 'No paired tests (fewer than two live models).',
    '',
    '## Per subject',
    '',
    subjects.length ? mdTable(['Subject', ...data.models.map((m) => m.name)], subjectRows(data, subjects)) : 'No per-subject breakdown.',
    '',
    '## Reproducibility manifest',
    '',
    mdTable(['Field', 'Value'], manifestRows(data)),
    '',
    '## Citation',
    '',
    `Items come from BenchHub${data.citations.cited.length ? ` and its source benchmarks: ${data.citations.cited.map((c) => `${c.entry.dataset} (${c.items} items)`).join(', ')}` : ''}.`,
    ...(data.citations.uncited.length
      ? ['', `**No citation on file** for: ${data.citations.uncited.map((u) => `${u.name} (${u.items} items)`).join(', ')} — cite these from their own sources.`]
      : []),
    '',
    '```bibtex',
    bibtexOf(data.citations).trimEnd(),
    '```',
    '',
    '### LaTeX table',
    '',
    '```latex',
    resultsLatexTable(data).trimEnd(),
    '```',
    '',
  ];
  return out.join('\n');
}

// ---- HTML --------------------------------------------------------------------------------------------------

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const htmlTable = (headers: string[], rows: string[][], className = '') =>
  `<table${className ? ` class="${className}"` : ''}><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

/** An SVG chart: one row per model, a dot at the accuracy and a line over the 95% interval, on a 0–100% axis. */
export function intervalChartSvg(models: readonly ReportModel[]): string {
  const shown = models.filter((m) => m.accuracy !== null);
  if (shown.length === 0) return '';
  const labelWidth = 190;
  const plot = 420;
  const rowHeight = 26;
  const height = shown.length * rowHeight + 34;
  const x = (value: number) => labelWidth + value * plot;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<line x1="${x(t)}" x2="${x(t)}" y1="4" y2="${height - 24}" stroke="#d1d5db"/><text x="${x(t)}" y="${height - 8}" text-anchor="middle">${t * 100}%</text>`)
    .join('');
  const rows = shown
    .map((m, i) => {
      const y = 18 + i * rowHeight;
      const line = m.ciLow !== null && m.ciHigh !== null ? `<line x1="${x(m.ciLow)}" x2="${x(m.ciHigh)}" y1="${y}" y2="${y}" stroke="#1d4ed8" stroke-width="3"/>` : '';
      const name = m.name.length > 28 ? `${m.name.slice(0, 27)}…` : m.name;
      return `<text x="${labelWidth - 8}" y="${y + 4}" text-anchor="end">${escapeHtml(name)}</text>${line}<circle cx="${x(m.accuracy!)}" cy="${y}" r="5" fill="#111827"><title>${escapeHtml(`${m.name}: ${pct(m.accuracy)} ${interval(m.ciLow, m.ciHigh)}`)}</title></circle>`;
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="Accuracy with 95% intervals" viewBox="0 0 ${labelWidth + plot + 20} ${height}" width="100%" font-size="12" font-family="system-ui, sans-serif">${ticks}${rows}</svg>`;
}

/** The report as an HTML fragment (a <article class="report">), every text escaped. */
export function reportHtmlFragment(data: ReportData): string {
  const subjects = subjectsOf(data.models);
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  return [
    '<article class="report">',
    `<h1>BenchHub Plus report: ${escapeHtml(data.task.query)}</h1>`,
    `<p class="meta">Task <code>${escapeHtml(data.task.id)}</code> · ${escapeHtml(data.task.status)} · created ${escapeHtml(data.task.createdAt)} · duration ${escapeHtml(durationOf(data.task))}</p>`,
    '<section><h2>Goal and plan</h2>',
    `<blockquote>${escapeHtml(data.task.query)}</blockquote>`,
    `<p><strong>Plan:</strong> ${escapeHtml(planLine(data.plan))}</p>`,
    p(data.plan.rationale),
    data.plan.notes.length ? `<p><strong>Not applied / notes:</strong></p><ul>${data.plan.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '',
    data.sampling && data.sampling.shortfall > 0
      ? `<p class="warn"><strong>Shortfall:</strong> only ${data.sampling.available} of ${data.sampling.requested} requested items matched the plan.</p>`
      : '',
    data.task.error ? `<p class="warn"><strong>Task error:</strong> ${escapeHtml(data.task.error)}</p>` : '',
    '</section>',
    '<section><h2>Methods</h2>',
    p(data.method ?? 'No result was stored for this task.'),
    data.chanceAccuracy !== null ? p(`Chance level (uniform guessing among each item's options): ${pct(data.chanceAccuracy)}.`) : '',
    '</section>',
    '<section><h2>Ranking</h2>',
    data.models.length ? htmlTable(RANKING_HEADERS, rankingRows(data), 'ranking') : p('No model was ranked.'),
    intervalChartSvg(data.models),
    '<h3>Tied groups</h3>',
    `<ul>${tiedGroupsText(data).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    '<h3>Pairwise tests</h3>',
    data.pairwise.length ? htmlTable(PAIRWISE_HEADERS, pairwiseRows(data), 'pairwise') : p('No paired tests (fewer than two live models).'),
    '</section>',
    '<section><h2>Per subject</h2>',
    subjects.length ? htmlTable(['Subject', ...data.models.map((m) => m.name)], subjectRows(data, subjects), 'subjects') : p('No per-subject breakdown.'),
    '</section>',
    '<section><h2>Reproducibility manifest</h2>',
    htmlTable(['Field', 'Value'], manifestRows(data), 'manifest'),
    '</section>',
    '<section><h2>Citation</h2>',
    p(
      `Items come from BenchHub${data.citations.cited.length ? ` and its source benchmarks: ${data.citations.cited.map((c) => `${c.entry.dataset} (${c.items} items)`).join(', ')}` : ''}.`,
    ),
    data.citations.uncited.length
      ? `<p class="warn" data-uncited><strong>No citation on file</strong> for: ${escapeHtml(data.citations.uncited.map((u) => `${u.name} (${u.items} items)`).join(', '))} — cite these from their own sources.</p>`
      : '',
    `<pre class="bibtex">${escapeHtml(bibtexOf(data.citations))}</pre>`,
    '<h3>LaTeX table</h3>',
    `<pre class="latex">${escapeHtml(resultsLatexTable(data))}</pre>`,
    '</section>',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Styles of the report (screen and print); shared by the standalone page and the web app's report page. */
export const REPORT_CSS = `
.report { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', sans-serif; color: #111827; line-height: 1.5; max-width: 60rem; margin: 0 auto; }
.report h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
.report h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #d1d5db; padding-bottom: 0.2rem; }
.report h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
.report .meta { color: #4b5563; font-size: 0.9rem; }
.report blockquote { margin: 0.5rem 0; padding: 0.4rem 0.8rem; border-left: 3px solid #1d4ed8; background: #f0f2f5; }
.report table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.5rem 0; font-variant-numeric: tabular-nums; }
.report th, .report td { border: 1px solid #d1d5db; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.report th { background: #f0f2f5; }
.report pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f7f9; border: 1px solid #d1d5db; padding: 0.5rem; font-size: 0.78rem; }
.report .warn { color: #92400e; }
.report .chart { max-width: 40rem; display: block; margin: 0.75rem 0; }
@media print {
  .report { max-width: none; font-size: 10.5pt; }
  .report h2 { break-after: avoid; }
  .report table, .report pre, .report .chart { break-inside: avoid; }
  .report pre { background: none; }
}
`;

/** A standalone HTML document (inline styles, no scripts, no external requests), printable as it is. */
export function reportHtml(data: ReportData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`BenchHub Plus report: ${data.task.query}`)}</title>
<style>body { margin: 1.5rem; }${REPORT_CSS}</style>
</head>
<body>
${reportHtmlFragment(data)}
</body>
</html>
`;
}
