/**
 * The task report: one document a researcher can file or send — goal, plan, methods, ranking with intervals, tied
 * groups, pairwise tests, per-subject table, a chart, a reproducibility manifest and the citations (BenchHub and every
 * source benchmark whose items were used, as BibTeX, plus a LaTeX table of the results). Rendered as Markdown, as a
 * standalone HTML page (print stylesheet included) or as an HTML fragment for the web app. Pure: the caller gathers
 * the data (server/src/services/report.service.ts).
 */
import { bibtexKeyOf, bibtexOf, type CitationReport } from './citations';
import { renderRationale, subjectName, type RationalePart } from '../planner/rationale';
import { REPORT_LABELS, type ReportLabels, type ReportLocale } from './labels';

export type { ReportLocale } from './labels';

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
    /** The rationale as parts, said in the report's language (absent: `rationale` as stored). */
    rationaleParts?: RationalePart[];
    /** Qualifiers not applied, exclusions, corrections (the notes' messages). */
    notes: string[];
    /** The notes as parts, said in the report's language (absent: `notes` as stored). */
    noteParts?: RationalePart[];
  };
  sampling: { requested: number; available: number; shortfall: number } | null;
  method: string | null;
  /** The method as a code, said in the report's language (absent: `method` as stored). */
  methodKind?: 'PAIRED' | 'INTERVALS' | null;
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
const groupLabel = (m: ReportModel, L: ReportLabels = REPORT_LABELS.en) => m.letters ?? (m.rank !== null && m.ciLow === null ? L.untested : '—');
const say = (L: ReportLabels, value: string) => L.values[value] ?? value;

/** Subjects that appear in any model's breakdown, sorted. */
const subjectsOf = (models: readonly ReportModel[]) => [...new Set(models.flatMap((m) => Object.keys(m.bySubject)))].sort();

const planLine = (plan: ReportData['plan'], L: ReportLabels, locale: ReportLocale) =>
  [
    say(L, plan.language),
    say(L, plan.problemType),
    plan.taskType ? say(L, plan.taskType) : L.planLine.allTaskTypes,
    plan.targetType ? say(L, plan.targetType) : L.planLine.allTargets,
    plan.subjects.length ? plan.subjects.map((s) => subjectName(s, locale)).join(', ') : L.planLine.allSubjects,
    L.planLine.items(plan.sampleSize),
    L.planLine.seed(plan.seed),
  ].join(' · ');

/** The report's texts in one language: rationale, notes and method from their parts and code when the data has them. */
function localized(data: ReportData, locale: ReportLocale) {
  const L = REPORT_LABELS[locale];
  const rationale = data.plan.rationaleParts?.length ? renderRationale(data.plan.rationaleParts, locale) : data.plan.rationale;
  const notes = data.plan.noteParts?.length ? data.plan.noteParts.map((part) => renderRationale([part], locale)) : data.plan.notes;
  const method = data.methodKind ? L.method[data.methodKind] : locale === 'en' ? data.method : data.method === null ? null : L.method[data.method.startsWith('Some models') ? 'INTERVALS' : 'PAIRED'];
  return { L, rationale, notes, method };
}

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

const rankingRows = (data: ReportData, L: ReportLabels) =>
  data.models.map((m) => [
    rankLabel(m),
    m.name,
    pct(m.accuracy),
    interval(m.ciLow, m.ciHigh),
    orDash(m.n),
    groupLabel(m, L),
    pct(m.unparsedRate),
    pct(m.ambiguousRate),
    `${ms(m.latencyP50Ms)} / ${ms(m.latencyP95Ms)}`,
    money(m.estimatedCost),
    say(L, m.source),
  ]);

const pairwiseRows = (data: ReportData, L: ReportLabels) =>
  data.pairwise.map((p) => [p.modelA, p.modelB, String(p.sharedItems), String(p.onlyACorrect), String(p.onlyBCorrect), pValue(p.pValue), pValue(p.adjustedP), p.significant ? L.yes : L.no]);

const subjectRows = (data: ReportData, subjects: string[], locale: ReportLocale) =>
  subjects.map((subject) => [
    subjectName(subject, locale),
    ...data.models.map((m) => {
      const s = m.bySubject[subject];
      return s ? `${pct(s.accuracy)} (n=${s.n})` : '—';
    }),
  ]);

const manifestRows = (data: ReportData, L: ReportLabels): [string, string][] => [
  [L.manifestFields.task, data.task.id],
  [L.manifestFields.datasets, data.manifest.datasets.map((d) => `${d.name} (${d.version})`).join('; ') || '—'],
  [L.manifestFields.datasetVersion, orDash(data.manifest.datasetVersion)],
  [L.manifestFields.promptVersion, orDash(data.manifest.promptVersion)],
  [L.manifestFields.seed, String(data.manifest.seed)],
  [L.manifestFields.items, String(data.manifest.itemCount)],
  [L.manifestFields.itemIds, data.manifest.itemIdsSha256],
  [L.manifestFields.appVersion, `BenchHub Plus ${data.manifest.appVersion}`],
  [L.manifestFields.generated, data.manifest.generatedAt],
  ...data.models.map((m): [string, string] => [L.manifestFields.model(m.name), `${m.endpoint.kind} ${m.endpoint.modelId}; ${paramsLine(m.endpoint.params)}`]),
];

function tiedGroupsText(data: ReportData, L: ReportLabels): string[] {
  if (data.tiedGroups.length === 0) return [L.noTies];
  return data.tiedGroups.map((group, i) => `${String.fromCharCode(97 + i)}: ${group.join(', ')}${group.length > 1 ? L.cannotTell : ''}`);
}

const sourcesLine = (data: ReportData, L: ReportLabels) => data.citations.cited.map((c) => `${c.entry.dataset} (${L.itemsCount(c.items)})`).join(', ');
const uncitedLine = (data: ReportData, L: ReportLabels) => data.citations.uncited.map((u) => `${u.name} (${L.itemsCount(u.items)})`).join(', ');
const metaOf = (data: ReportData, L: ReportLabels) =>
  L.meta({ id: data.task.id, status: say(L, data.task.status), createdAt: data.task.createdAt, duration: durationOf(data.task) });

/** The report as Markdown, in English (default) or Korean. */
export function reportMarkdown(data: ReportData, locale: ReportLocale = 'en'): string {
  const { L, rationale, notes, method } = localized(data, locale);
  const subjects = subjectsOf(data.models);
  const meta = metaOf(data, L);
  const out: string[] = [
    `# ${L.title(data.task.query)}`,
    '',
    `${meta.before} \`${data.task.id}\`${meta.after}`,
    '',
    `## ${L.goalAndPlan}`,
    '',
    `> ${data.task.query.replace(/\n/g, '\n> ')}`,
    '',
    `**${L.plan}:** ${planLine(data.plan, L, locale)}`,
    '',
    rationale,
    ...(notes.length ? ['', `**${L.notes}:**`, ...notes.map((n) => `- ${n}`)] : []),
    ...(data.sampling && data.sampling.shortfall > 0 ? ['', `**${L.shortfall}:** ${L.shortfallText(data.sampling.available, data.sampling.requested)}`] : []),
    ...(data.task.error ? ['', `**${L.taskError}:** ${data.task.error}`] : []),
    '',
    `## ${L.methods}`,
    '',
    method ?? L.noResult,
    ...(data.chanceAccuracy !== null ? ['', L.chance(pct(data.chanceAccuracy))] : []),
    '',
    `## ${L.ranking}`,
    '',
    data.models.length ? mdTable(L.rankingHeaders, rankingRows(data, L)) : L.noRanking,
    '',
    '```text',
    textChart(data.models) || L.noScores,
    '```',
    '',
    `### ${L.tiedGroups}`,
    '',
    ...tiedGroupsText(data, L).map((line) => `- ${line}`),
    '',
    `### ${L.pairwise}`,
    '',
    data.pairwise.length ? mdTable(L.pairwiseHeaders, pairwiseRows(data, L)) : L.noPairwise,
    '',
    `## ${L.perSubject}`,
    '',
    subjects.length ? mdTable([L.subject, ...data.models.map((m) => m.name)], subjectRows(data, subjects, locale)) : L.noPerSubject,
    '',
    `## ${L.manifest}`,
    '',
    mdTable([L.field, L.value], manifestRows(data, L)),
    '',
    `## ${L.citation}`,
    '',
    L.itemsFrom(sourcesLine(data, L)),
    ...(data.citations.uncited.length ? ['', `**${L.noCitation}**${L.noCitationText(uncitedLine(data, L))}`] : []),
    '',
    '```bibtex',
    bibtexOf(data.citations).trimEnd(),
    '```',
    '',
    `### ${L.latexTable}`,
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

/** A table; the cells of `dataColumns` (names, ids) are marked translate="no". */
const htmlTable = (headers: string[], rows: string[][], className = '', dataColumns: readonly number[] = []) =>
  `<table${className ? ` class="${className}"` : ''}><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${dataColumns.includes(i) ? ' translate="no"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

/** An SVG chart: one row per model, a dot at the accuracy and a line over the 95% interval, on a 0–100% axis. */
export function intervalChartSvg(models: readonly ReportModel[], label = REPORT_LABELS.en.chartLabel): string {
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
  return `<svg class="chart" role="img" aria-label="${escapeHtml(label)}" translate="no" viewBox="0 0 ${labelWidth + plot + 20} ${height}" width="100%" font-size="12" font-family="system-ui, sans-serif">${ticks}${rows}</svg>`;
}

/**
 * The report as an HTML fragment (a <article class="report">), every text escaped. Names, ids, the goal, BibTeX and
 * LaTeX are marked translate="no": they are data, said the same in every language.
 */
export function reportHtmlFragment(data: ReportData, locale: ReportLocale = 'en'): string {
  const { L, rationale, notes, method } = localized(data, locale);
  const subjects = subjectsOf(data.models);
  const meta = metaOf(data, L);
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const data_ = (text: string) => `<span translate="no">${escapeHtml(text)}</span>`;
  return [
    `<article class="report" lang="${locale}">`,
    `<h1>${escapeHtml(L.title(''))}${data_(data.task.query)}</h1>`,
    `<p class="meta">${escapeHtml(meta.before)} <code>${escapeHtml(data.task.id)}</code>${escapeHtml(meta.after)}</p>`,
    `<section><h2>${escapeHtml(L.goalAndPlan)}</h2>`,
    `<blockquote translate="no">${escapeHtml(data.task.query)}</blockquote>`,
    `<p><strong>${escapeHtml(L.plan)}:</strong> ${escapeHtml(planLine(data.plan, L, locale))}</p>`,
    p(rationale),
    notes.length ? `<p><strong>${escapeHtml(L.notes)}:</strong></p><ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '',
    data.sampling && data.sampling.shortfall > 0
      ? `<p class="warn"><strong>${escapeHtml(L.shortfall)}:</strong> ${escapeHtml(L.shortfallText(data.sampling.available, data.sampling.requested))}</p>`
      : '',
    data.task.error ? `<p class="warn"><strong>${escapeHtml(L.taskError)}:</strong> ${escapeHtml(data.task.error)}</p>` : '',
    '</section>',
    `<section><h2>${escapeHtml(L.methods)}</h2>`,
    p(method ?? L.noResult),
    data.chanceAccuracy !== null ? p(L.chance(pct(data.chanceAccuracy))) : '',
    '</section>',
    `<section><h2>${escapeHtml(L.ranking)}</h2>`,
    data.models.length ? htmlTable(L.rankingHeaders, rankingRows(data, L), 'ranking', [1]) : p(L.noRanking),
    intervalChartSvg(data.models, L.chartLabel),
    `<h3>${escapeHtml(L.tiedGroups)}</h3>`,
    `<ul>${tiedGroupsText(data, L).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<h3>${escapeHtml(L.pairwise)}</h3>`,
    data.pairwise.length ? htmlTable(L.pairwiseHeaders, pairwiseRows(data, L), 'pairwise', [0, 1]) : p(L.noPairwise),
    '</section>',
    `<section><h2>${escapeHtml(L.perSubject)}</h2>`,
    subjects.length ? htmlTable([L.subject, ...data.models.map((m) => m.name)], subjectRows(data, subjects, locale), 'subjects') : p(L.noPerSubject),
    '</section>',
    `<section><h2>${escapeHtml(L.manifest)}</h2>`,
    htmlTable([L.field, L.value], manifestRows(data, L), 'manifest', [1]),
    '</section>',
    `<section><h2>${escapeHtml(L.citation)}</h2>`,
    p(L.itemsFrom(sourcesLine(data, L))),
    data.citations.uncited.length
      ? `<p class="warn" data-uncited><strong>${escapeHtml(L.noCitation)}</strong>${escapeHtml(L.noCitationText(uncitedLine(data, L)))}</p>`
      : '',
    `<pre class="bibtex">${escapeHtml(bibtexOf(data.citations))}</pre>`,
    `<h3>${escapeHtml(L.latexTable)}</h3>`,
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
.report table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.5rem 0; font-variant-numeric: tabular-nums; display: block; overflow-x: auto; }
.report th, .report td { border: 1px solid #d1d5db; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.report th { background: #f0f2f5; }
.report pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f7f9; border: 1px solid #d1d5db; padding: 0.5rem; font-size: 0.78rem; }
.report .warn { color: #92400e; }
.report .chart { max-width: 40rem; display: block; margin: 0.75rem 0; }
@media print {
  .report { max-width: none; font-size: 10.5pt; }
  .report table { display: table; }
  .report h2 { break-after: avoid; }
  .report table, .report pre, .report .chart { break-inside: avoid; }
  .report pre { background: none; }
}
`;

/** A standalone HTML document (inline styles, no scripts, no external requests), printable as it is. */
export function reportHtml(data: ReportData, locale: ReportLocale = 'en'): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(REPORT_LABELS[locale].title(data.task.query))}</title>
<style>body { margin: 1.5rem; }${REPORT_CSS}</style>
</head>
<body>
${reportHtmlFragment(data, locale)}
</body>
</html>
`;
}
