/**
 * Typed reading of the JSON a finished task stores in `EvaluationTask.result` (and `ModelRun.summary`).
 * The JSON scalar is `unknown` on the client, so every field is checked; malformed parts become null.
 */
import { sortSubjects, type Taxonomy } from '$lib/taxonomy';

export interface GroupStats {
  correct: number;
  n: number;
  accuracy: number | null;
  ci: { low: number; high: number } | null;
}

export interface RunSummary {
  n: number;
  total: number | null;
  correct: number | null;
  accuracy: number | null;
  ci: { low: number; high: number } | null;
  unparsedRate: number | null;
  /** Hedged answers ("B or C") / n; null in summaries written before hedges were told apart. */
  ambiguousRate: number | null;
  /** Expected accuracy of uniform random guessing on the scored items; null when unknown. */
  chanceAccuracy: number | null;
  errorCount: number;
  errorRate: number | null;
  unscoredCount: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  estimatedCost: number | null;
  fromCacheCount: number | null;
  bySubject: Record<string, GroupStats>;
  byTaskType: Record<string, GroupStats>;
  /** Set for CACHED runs: which leaderboard cells the numbers were pooled from. */
  cached?: CachedInfo | null;
}

/** Where a CACHED run's numbers come from (ModelRun.summary.cached). */
export interface CachedInfo {
  /** Leaderboard cells pooled. */
  cells: number;
  /** N_WEIGHTED: Σcorrect / Σn with an interval; UNWEIGHTED_UNKNOWN_N: plain mean of the cell scores (some n unknown). */
  weighting: 'N_WEIGHTED' | 'UNWEIGHTED_UNKNOWN_N' | null;
  /** The oldest update among the pooled cells (ISO). */
  oldestUpdate: string | null;
  /** LIVE and/or IMPORTED. */
  sources: string[];
  /** Tasks whose live runs measured the cells. */
  taskIds: string[];
}

export interface ModelResult {
  modelName: string;
  rank: number | null;
  letters: string | null;
  status: string;
  source: string | null;
  error: string | null;
  summary: RunSummary | null;
}

export interface PairwiseResult {
  modelA: string;
  modelB: string;
  sharedItems: number;
  onlyACorrect: number;
  onlyBCorrect: number;
  pValue: number | null;
  adjustedP: number | null;
  significant: boolean;
}

export interface TaskResult {
  alpha: number | null;
  method: string | null;
  /** How models were compared (the page says it by this code); null when no method was stored. */
  methodKind: 'PAIRED' | 'INTERVALS' | null;
  models: ModelResult[];
  pairwise: PairwiseResult[];
  tiedGroups: string[][];
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function interval(value: unknown): { low: number; high: number } | null {
  if (!isRecord(value)) return null;
  const low = num(value.low);
  const high = num(value.high);
  return low === null || high === null ? null : { low, high };
}

function groups(value: unknown): Record<string, GroupStats> {
  const out: Record<string, GroupStats> = {};
  if (!isRecord(value)) return out;
  for (const [key, raw] of Object.entries(value)) {
    if (!isRecord(raw)) continue;
    out[key] = { correct: num(raw.correct) ?? 0, n: num(raw.n) ?? 0, accuracy: num(raw.accuracy), ci: interval(raw.ci) };
  }
  return out;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The `cached` part of a run summary; null when absent (a live run) or malformed. */
export function parseCachedInfo(summary: unknown): CachedInfo | null {
  if (!isRecord(summary) || !isRecord(summary.cached)) return null;
  const raw = summary.cached;
  const weighting = raw.weighting === 'N_WEIGHTED' || raw.weighting === 'UNWEIGHTED_UNKNOWN_N' ? raw.weighting : null;
  return {
    cells: num(raw.cells) ?? 0,
    weighting,
    oldestUpdate: str(raw.oldestUpdate),
    sources: strings(raw.sources),
    taskIds: strings(raw.taskIds),
  };
}

export function parseRunSummary(value: unknown): RunSummary | null {
  if (!isRecord(value)) return null;
  return {
    n: num(value.n) ?? 0,
    total: num(value.total),
    correct: num(value.correct),
    accuracy: num(value.accuracy),
    ci: interval(value.ci),
    unparsedRate: num(value.unparsedRate),
    ambiguousRate: num(value.ambiguousRate),
    chanceAccuracy: num(value.chanceAccuracy),
    errorCount: num(value.errorCount) ?? 0,
    errorRate: num(value.errorRate),
    unscoredCount: num(value.unscoredCount) ?? 0,
    latencyP50Ms: num(value.latencyP50Ms),
    latencyP95Ms: num(value.latencyP95Ms),
    tokensIn: num(value.tokensIn),
    tokensOut: num(value.tokensOut),
    estimatedCost: num(value.estimatedCost),
    fromCacheCount: num(value.fromCacheCount),
    bySubject: groups(value.bySubject),
    byTaskType: groups(value.byTaskType),
    cached: parseCachedInfo(value),
  };
}

export function parseTaskResult(value: unknown): TaskResult | null {
  if (!isRecord(value) || !Array.isArray(value.models)) return null;
  const models: ModelResult[] = [];
  for (const raw of value.models) {
    if (!isRecord(raw)) continue;
    const modelName = str(raw.modelName);
    if (modelName === null) continue;
    models.push({
      modelName,
      rank: num(raw.rank),
      letters: str(raw.letters),
      status: str(raw.status) ?? 'SUCCEEDED',
      source: str(raw.source),
      error: str(raw.error),
      summary: parseRunSummary(raw.summary),
    });
  }
  const pairwise: PairwiseResult[] = [];
  for (const raw of Array.isArray(value.pairwise) ? value.pairwise : []) {
    if (!isRecord(raw)) continue;
    const modelA = str(raw.modelA);
    const modelB = str(raw.modelB);
    if (modelA === null || modelB === null) continue;
    pairwise.push({
      modelA,
      modelB,
      sharedItems: num(raw.sharedItems) ?? 0,
      onlyACorrect: num(raw.onlyACorrect) ?? 0,
      onlyBCorrect: num(raw.onlyBCorrect) ?? 0,
      pValue: num(raw.pValue),
      adjustedP: num(raw.adjustedP),
      significant: raw.significant === true,
    });
  }
  const tiedGroups = (Array.isArray(value.tiedGroups) ? value.tiedGroups : [])
    .filter((group): group is unknown[] => Array.isArray(group))
    .map((group) => group.filter((name): name is string => typeof name === 'string'))
    .filter((group) => group.length > 0);
  const method = str(value.method);
  return { alpha: num(value.alpha), method, methodKind: methodKindOf(value.methodKind, method), models, pairwise, tiedGroups };
}

/** The stored code, or — for results stored before it existed — the interval method is the one that says "Some models". */
function methodKindOf(kind: unknown, method: string | null): TaskResult['methodKind'] {
  if (kind === 'PAIRED' || kind === 'INTERVALS') return kind;
  if (method === null) return null;
  return method.startsWith('Some models') ? 'INTERVALS' : 'PAIRED';
}

/** The tied group (band) index of each model; models in no group are absent. */
export function tiedGroupOf(result: TaskResult): Map<string, number> {
  const out = new Map<string, number>();
  result.tiedGroups.forEach((group, index) => {
    for (const name of group) if (!out.has(name)) out.set(name, index);
  });
  return out;
}

/** Names of the models statistically tied with `model` (sharing at least one group), excluding itself. */
export function tiedWith(result: TaskResult, model: string): string[] {
  const out = new Set<string>();
  for (const group of result.tiedGroups) {
    if (group.length > 1 && group.includes(model)) for (const name of group) if (name !== model) out.add(name);
  }
  return [...out];
}

export interface HeatmapCell {
  subject: string;
  accuracy: number | null;
  n: number;
  correct: number;
  ci: { low: number; high: number } | null;
}

export interface Heatmap {
  subjects: string[];
  rows: { modelName: string; cells: HeatmapCell[] }[];
}

/** Models × subjects accuracy, subjects in taxonomy order (when loaded); a missing combination is a cell with n = 0. */
export function buildHeatmap(models: readonly ModelResult[], taxonomy: Taxonomy | null = null): Heatmap {
  const all = new Set<string>();
  for (const model of models) for (const subject of Object.keys(model.summary?.bySubject ?? {})) all.add(subject);
  const subjects = sortSubjects([...all], taxonomy);
  return {
    subjects,
    rows: models.map((model) => ({
      modelName: model.modelName,
      cells: subjects.map((subject) => {
        const stats = model.summary?.bySubject[subject];
        return { subject, accuracy: stats?.accuracy ?? null, n: stats?.n ?? 0, correct: stats?.correct ?? 0, ci: stats?.ci ?? null };
      }),
    })),
  };
}

/** sRGB relative luminance (WCAG 2). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

const WHITE: [number, number, number] = [255, 255, 255];
const BLACK: [number, number, number] = [0, 0, 0];

/**
 * Background for an accuracy cell on a sequential scale (pale → deep blue) and the text colour (black or white,
 * whichever contrasts more — always at least 4.5:1). null → neutral grey.
 */
export function heatColor(accuracy: number | null): { background: string; color: string; rgb: [number, number, number] } {
  if (accuracy === null) return { background: 'rgb(241 243 245)', color: '#000000', rgb: [241, 243, 245] };
  const a = Math.min(1, Math.max(0, accuracy));
  const rgb = hslToRgb(214, 0.8, 0.96 - a * 0.66);
  const color = contrastRatio(rgb, WHITE) >= contrastRatio(rgb, BLACK) ? '#ffffff' : '#000000';
  return { background: `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`, color, rgb };
}
