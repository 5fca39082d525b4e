import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bibtexKeyOf, bibtexOf, citationsFor, citationToken, matchSourceBenchmark, SOURCE_BENCHMARKS } from './citations';
import { escapeHtml, latexEscape, reportHtml, reportHtmlFragment, reportMarkdown, resultsLatexTable, type ReportData } from './report';

/** The team's read-only reference the table was copied from (present beside the repository in CI, absent in a clone). */
const REFERENCE = path.resolve(fileURLToPath(import.meta.url), '../../../../../shared/data/benchhub-source-benchmarks.json');

describe('source benchmark citations', () => {
  it('matches benchmark_name by Hugging Face key, name, or the part after the slash, ignoring case and punctuation', () => {
    const key = (name: string) => matchSourceBenchmark(name)?.citationKey ?? null;
    expect(matchSourceBenchmark('HAERAE-HUB/KMMLU')?.dataset).toBe('KMMLU');
    expect(matchSourceBenchmark('haerae-hub/kmmlu')?.dataset).toBe('KMMLU');
    expect(matchSourceBenchmark('lbox/kbl')?.dataset).toBe('KBL');
    expect(matchSourceBenchmark('cais/mmlu')?.dataset).toBe('MMLU');
    expect(matchSourceBenchmark('openai/gsm8k')?.dataset).toBe('GSM8k');
    expect(matchSourceBenchmark('HAE-RAE Bench')?.dataset).toBe('HAE-RAE Bench');
    expect(matchSourceBenchmark('Open BookQA')?.dataset).toBe('Open-BookQA');
    expect(key('BenchHub-Plus Synthetic Sample')).toBeNull();
    expect(key('some-org/unknown-bench')).toBeNull();
    expect(key('')).toBeNull();
    expect(citationToken('HAE-RAE Bench 1.1')).toBe('haeraebench11');
  });

  it('groups the items per cited benchmark and lists unknown names instead of inventing a citation', () => {
    const report = citationsFor(new Map([['cais/mmlu', 3], ['MMLU', 2], ['HAERAE-HUB/KMMLU', 5], ['my/private-set', 4]]));
    expect(report.cited.map((c) => [c.entry.dataset, c.items, c.names])).toEqual([
      ['KMMLU', 5, ['HAERAE-HUB/KMMLU']],
      ['MMLU', 5, ['MMLU', 'cais/mmlu']],
    ]);
    expect(report.uncited).toEqual([{ name: 'my/private-set', items: 4 }]);
    const bib = bibtexOf(report);
    expect(bib.indexOf('@misc{kim2025benchhub')).toBe(0);
    expect(bib).toContain(report.cited[0]!.entry.citationKey);
    expect(bib).not.toContain('private-set');
    // Every record is a BibTeX entry; \cite uses the record's own key (two table keys disagree with their records).
    for (const entry of SOURCE_BENCHMARKS) expect(entry.bibtex).toMatch(new RegExp(`^@\\w+\\{${bibtexKeyOf(entry)},`));
    expect(bibtexKeyOf(matchSourceBenchmark('openai/gsm8k')!)).toBe('cobbe2021gsm8k');
    expect(bibtexKeyOf(matchSourceBenchmark('nayeon212/BLEnD')!)).toBe('myung2025blend');
  });

  it.skipIf(!existsSync(REFERENCE))('is the same table as the team reference it was copied from', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { dataset: string; benchmarkName: string | null; citationKey: string; bibtex: string }[];
    expect(SOURCE_BENCHMARKS.map((e) => [e.dataset, e.benchmarkName, e.citationKey, e.bibtex])).toEqual(
      reference.map((e) => [e.dataset, e.benchmarkName ?? null, e.citationKey, e.bibtex]),
    );
  });
});

const data = (overrides: Partial<ReportData> = {}): ReportData => ({
  task: { id: 't1', query: 'Best model for <script>alert(1)</script> math & more | 50%', status: 'SUCCEEDED', createdAt: '2026-11-30T08:00:00.000Z', startedAt: '2026-11-30T08:00:01.000Z', finishedAt: '2026-11-30T08:00:18.500Z', error: null },
  plan: { language: 'English', subjects: ['Science/Math'], taskType: 'Reasoning', targetType: null, problemType: 'MCQA', sampleSize: 60, seed: 7, rationale: 'Math items.', notes: ['"high-school" was not applied: the taxonomy has no school level.'] },
  sampling: { requested: 60, available: 57, shortfall: 3 },
  method: 'Accuracy with 95% Wilson intervals; exact McNemar tests on shared items, Holm-adjusted; tied groups at alpha 0.05.',
  alpha: 0.05,
  chanceAccuracy: 0.25,
  models: [
    { name: 'gpt_x', source: 'LIVE', status: 'SUCCEEDED', rank: 1, letters: 'a', accuracy: 0.9, ciLow: 0.8, ciHigh: 0.95, n: 57, correct: 51, unparsedRate: 0, ambiguousRate: 0.02, errorCount: 0, latencyP50Ms: 120, latencyP95Ms: 300, tokensIn: 1000, tokensOut: 200, estimatedCost: 0.0123, bySubject: { 'Science/Math': { accuracy: 0.9, n: 57, ciLow: 0.8, ciHigh: 0.95 } }, endpoint: { kind: 'OPENAI_COMPATIBLE', modelId: 'gpt-x', params: { temperature: 0, maxTokens: 512 } } },
    { name: 'baseline/random', source: 'LIVE', status: 'SUCCEEDED', rank: 2, letters: 'b', accuracy: 0.25, ciLow: 0.15, ciHigh: 0.37, n: 57, correct: 14, unparsedRate: 0, ambiguousRate: 0, errorCount: 0, latencyP50Ms: null, latencyP95Ms: null, tokensIn: 0, tokensOut: 0, estimatedCost: null, bySubject: { 'Science/Math': { accuracy: 0.25, n: 57, ciLow: 0.15, ciHigh: 0.37 } }, endpoint: { kind: 'BASELINE', modelId: 'baseline/random', params: {} } },
  ],
  pairwise: [{ modelA: 'gpt_x', modelB: 'baseline/random', sharedItems: 57, onlyACorrect: 38, onlyBCorrect: 1, pValue: 1e-9, adjustedP: 1e-9, significant: true }],
  tiedGroups: [['gpt_x'], ['baseline/random']],
  manifest: { datasets: [{ name: 'BenchHub-Plus Synthetic Sample', version: 'abc' }], datasetVersion: 'abc', promptVersion: 'p3', seed: 7, itemCount: 57, itemIdsSha256: 'f'.repeat(64), appVersion: '0.1.0', generatedAt: '2026-11-30T09:00:00.000Z' },
  citations: citationsFor({ 'cais/mmlu': 40, 'local/unknown': 17 }),
  ...overrides,
});

describe('task report', () => {
  it('has every section in Markdown, with the goal, notes, shortfall, ranking, tests, per-subject table, manifest and citations', () => {
    const md = reportMarkdown(data());
    for (const heading of ['## Goal and plan', '## Methods', '## Ranking', '### Tied groups', '### Pairwise tests', '## Per subject', '## Reproducibility manifest', '## Citation', '### LaTeX table']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('high-school" was not applied');
    expect(md).toContain('only 57 of 60 requested items');
    expect(md).toContain('| 1 | gpt_x | 90.0% |');
    expect(md).toContain('[80.0%, 95.0%]');
    expect(md).toContain('Chance level');
    expect(md).toContain('< 0.001');
    expect(md).toContain('f'.repeat(64));
    expect(md).toContain('OPENAI_COMPATIBLE gpt-x; temperature=0, maxTokens=512');
    expect(md).toContain('duration 17.5 s');
    expect(md).toContain('**No citation on file** for: local/unknown (17 items)');
    expect(md).toContain('@misc{kim2025benchhub');
    expect(md).toMatch(/@\w+\{hendrycks/i);
    // A pipe in the goal cannot break a table row (the manifest has none, the heading keeps it as text).
    expect(md).toContain('math & more | 50%');
  });

  it('escapes every text in HTML: no markup from the goal or model names gets through', () => {
    const html = reportHtml(data({ models: data().models.map((m, i) => (i === 0 ? { ...m, name: '<img src=x onerror=alert(1)>' } : m)) }));
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('@media print');
    // Self-contained: no scripts, no stylesheet or image fetched from anywhere.
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    const fragment = reportHtmlFragment(data());
    expect(fragment.startsWith('<article class="report" lang="en">')).toBe(true);
    expect(fragment).toContain('<svg class="chart"');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('writes a LaTeX table that escapes special characters and cites BenchHub and the sources', () => {
    const tex = resultsLatexTable(data());
    expect(tex).toContain('\\begin{tabular}{rlrcrl}');
    expect(tex).toContain('1 & gpt\\_x & 90.0 & [80.0, 95.0] & 57 & a \\\\');
    expect(tex).toContain('2 & baseline/random & 25.0');
    expect(tex).toContain('math \\& more | 50\\%');
    expect(tex).toContain(`\\cite{kim2025benchhub,${bibtexKeyOf(data().citations.cited[0]!.entry)}}`);
    expect(latexEscape('a_b^c~d\\e')).toBe('a\\_b\\textasciicircum{}c\\textasciitilde{}d\\textbackslash{}e');
  });

  it('says so when there is no result and marks unknown-n models untested', () => {
    const md = reportMarkdown(data({ method: null, pairwise: [], tiedGroups: [], models: [{ ...data().models[0]!, ciLow: null, ciHigh: null, letters: null, source: 'CACHED' }] }));
    expect(md).toContain('No result was stored for this task.');
    expect(md).toContain('No paired tests');
    expect(md).toMatch(/\| 1 \| gpt_x \| 90\.0% \| — \| 57 \| untested \|/);
  });
});

describe('task report in Korean', () => {
  it('says headings, plan, rationale, notes and method in Korean; names, data, BibTeX and LaTeX stay as they are', () => {
    const korean = data({
      plan: {
        ...data().plan,
        rationaleParts: [{ key: 'subjectCue', params: { cue: 'math', subject: 'Science/Math' } }],
        noteParts: [{ key: 'schoolLevelNotApplied', params: { words: 'high-school' } }],
      },
      methodKind: 'PAIRED',
    });
    const md = reportMarkdown(korean, 'ko');
    for (const heading of ['## 목표와 계획', '## 방법', '## 순위', '### 동률 그룹', '### 쌍별 검정', '## 과목별', '## 재현성 정보', '## 인용']) expect(md).toContain(heading);
    expect(md).toContain('**계획:** 영어 · 객관식 · 추론 · 모든 대상 · 과학 · 수학 · 60문항 · 시드 7');
    expect(md).toContain('과목 "math" → 과학 · 수학');
    expect(md).toContain('적용 안 됨: 학년 "high-school"');
    expect(md).toContain('정확도와 95% Wilson 신뢰구간');
    expect(md).not.toContain('Math items.');
    expect(md).toContain('gpt_x');
    expect(md).toContain('@misc{kim2025benchhub');
    expect(md).toContain('\\begin{tabular}');
    const html = reportHtml(korean, 'ko');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('<h2>방법</h2>');
    // English stays the default, unchanged.
    expect(reportMarkdown(korean)).toContain('## Goal and plan');
    expect(reportMarkdown(korean)).toContain('subject "math" → Science/Math');
  });

  it('says a stored English method in Korean by its kind when no code was stored', () => {
    const md = reportMarkdown(data({ method: 'Some models were answered from cached leaderboard cells (other runs and items), so no paired test applies.' }), 'ko');
    expect(md).toContain('대응 검정을 적용할 수 없습니다');
  });
});
