/**
 * Which source benchmarks a report must cite: an item's `benchmark_name` is matched against the citation table
 * (source-benchmarks.ts) by its Hugging Face key, else by the benchmark's name, else by the part after the `/` —
 * case-insensitively and ignoring punctuation (`HAERAE-HUB/KMMLU`, `cais/mmlu` → MMLU, `openai/gsm8k` → GSM8k).
 * A name that matches nothing is reported as uncited; no citation is ever made up for it.
 */
import { BENCHHUB_CITATION, SOURCE_BENCHMARKS, type SourceBenchmark } from './source-benchmarks';

export { BENCHHUB_CITATION, SOURCE_BENCHMARKS, type SourceBenchmark };

/** Lower case, letters and digits only ("HAE-RAE Bench" → "haeraebench", "Open-BookQA" → "openbookqa"). */
export const citationToken = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const byKey = new Map<string, SourceBenchmark>();
const byName = new Map<string, SourceBenchmark>();
for (const entry of SOURCE_BENCHMARKS) {
  if (entry.benchmarkName) byKey.set(citationToken(entry.benchmarkName), entry);
  byName.set(citationToken(entry.dataset), entry);
}

/** The citation entry for a `benchmark_name`, or null when the table does not know it. */
export function matchSourceBenchmark(benchmarkName: string): SourceBenchmark | null {
  const whole = citationToken(benchmarkName);
  if (!whole) return null;
  const tail = citationToken(benchmarkName.slice(benchmarkName.lastIndexOf('/') + 1));
  return byKey.get(whole) ?? byName.get(whole) ?? (tail ? (byName.get(tail) ?? null) : null);
}

export interface CitationReport {
  /** BenchHub itself, always cited. */
  benchhub: typeof BENCHHUB_CITATION;
  /** One entry per matched source benchmark (first-seen order), with the item names that matched it and their item counts. */
  cited: { entry: SourceBenchmark; names: string[]; items: number }[];
  /** benchmark_name values that match no entry, with their item counts: listed, never given an invented citation. */
  uncited: { name: string; items: number }[];
}

/** Citations for the benchmark names of the items used (name → item count). */
export function citationsFor(itemsPerBenchmark: ReadonlyMap<string, number> | Record<string, number>): CitationReport {
  const entries = itemsPerBenchmark instanceof Map ? [...itemsPerBenchmark] : Object.entries(itemsPerBenchmark);
  const cited = new Map<string, CitationReport['cited'][number]>();
  const uncited: CitationReport['uncited'] = [];
  for (const [name, items] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const entry = matchSourceBenchmark(name);
    if (!entry) {
      uncited.push({ name, items });
      continue;
    }
    const seen = cited.get(entry.citationKey);
    if (seen) {
      seen.names.push(name);
      seen.items += items;
    } else cited.set(entry.citationKey, { entry, names: [name], items });
  }
  return { benchhub: BENCHHUB_CITATION, cited: [...cited.values()], uncited };
}

/**
 * The key a LaTeX \\cite must use: the one in the BibTeX record itself (the table's citationKey disagrees with its
 * record for two entries — BLEnD, GSM8k — and \\cite must match the .bib file).
 */
export function bibtexKeyOf(entry: Pick<SourceBenchmark, 'bibtex' | 'citationKey'>): string {
  return /^\s*@\w+\s*\{\s*([^,\s]+)\s*,/.exec(entry.bibtex)?.[1] ?? entry.citationKey;
}

/** Every BibTeX record of the report: BenchHub first, then the cited source benchmarks. */
export function bibtexOf(report: CitationReport): string {
  return [report.benchhub.bibtex, ...report.cited.map((c) => c.entry.bibtex.trim())].join('\n\n') + '\n';
}
