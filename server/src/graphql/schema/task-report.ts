// The task report (services/report.service.ts): Markdown, standalone HTML, an HTML fragment for the web app's
// printable page, the LaTeX results table and the BibTeX of BenchHub and every cited source benchmark.
import { builder } from '../builder';
import { buildReportData, renderReport } from '../../services/report.service';
import { UiLocaleEnum } from './plan';

export const ReportFormatEnum = builder.enumType('ReportFormat', {
  values: {
    MARKDOWN: { value: 'md', description: 'Markdown (what `benchhub report --format md` prints).' },
    HTML: { value: 'html', description: 'A standalone, printable HTML page (no scripts, no external requests).' },
    HTML_FRAGMENT: { value: 'html-fragment', description: 'The report as an <article> for embedding (every text escaped).' },
    LATEX: { value: 'latex', description: 'The results as a booktabs LaTeX table citing BenchHub and the source benchmarks.' },
    BIBTEX: { value: 'bibtex', description: 'BibTeX of BenchHub and every source benchmark whose items were used.' },
  } as const,
});

const CitationRef = builder.objectRef<{ name: string; items: number; citationKey: string | null; dataset: string | null }>('ReportCitation').implement({
  description: 'A benchmark_name of the sampled items and its citation (null when the citation table does not know it: cite it yourself).',
  fields: (t) => ({
    benchmarkName: t.exposeString('name'),
    items: t.exposeInt('items'),
    citationKey: t.exposeString('citationKey', { nullable: true }),
    dataset: t.exposeString('dataset', { nullable: true }),
  }),
});

builder.prismaObjectFields('EvaluationTask', (t) => ({
  report: t.string({
    description:
      'The task report: goal, plan, methods, ranking with intervals, tied groups, pairwise tests, per-subject table, chart, ' +
      'reproducibility manifest and citations (same text as `benchhub report`).',
    args: {
      format: t.arg({ type: ReportFormatEnum, required: true }),
      locale: t.arg({ type: UiLocaleEnum, defaultValue: 'en', description: 'The language of the report (names, data, BibTeX and LaTeX stay as they are).' }),
    },
    resolve: async (task, { format, locale }, ctx) => renderReport(await buildReportData(ctx.db, task.id), format, locale ?? 'en'),
  }),
  citations: t.field({
    type: [CitationRef],
    description: 'Source benchmarks of the sampled items with their citation keys; unknown ones have none (never invented).',
    resolve: async (task, _args, ctx) => {
      const { citations } = await buildReportData(ctx.db, task.id);
      return [
        ...citations.cited.flatMap((c) => c.names.map((name) => ({ name, items: c.items, citationKey: c.entry.citationKey, dataset: c.entry.dataset }))),
        ...citations.uncited.map((u) => ({ name: u.name, items: u.items, citationKey: null, dataset: null })),
      ];
    },
  }),
}));
