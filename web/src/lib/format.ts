/** Pure formatting helpers (no DOM, no Svelte): numbers, intervals, durations and dates. */

export type Locale = 'en' | 'ko';

const intlLocale = (locale: Locale) => (locale === 'ko' ? 'ko-KR' : 'en-US');

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** 0.8234 → "82.3%"; null/NaN → "—". */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (!isNumber(value)) return '—';
  return `${(value * 100).toFixed(digits)}%`;
}

/** A 95% interval as "71.2–90.1%"; missing bounds → "—". */
export function formatInterval(low: number | null | undefined, high: number | null | undefined, digits = 1): string {
  if (!isNumber(low) || !isNumber(high)) return '—';
  return `${(low * 100).toFixed(digits)}–${(high * 100).toFixed(digits)}%`;
}

/** Integers with thousands separators; null → "—". */
export function formatInteger(value: number | null | undefined, locale: Locale = 'en'): string {
  if (!isNumber(value)) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(value);
}

/** Latency: 850 → "850 ms", 2300 → "2.3 s". */
export function formatLatency(ms: number | null | undefined): string {
  if (!isNumber(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** USD cost with enough precision for small amounts; null → "—". */
export function formatCost(usd: number | null | undefined): string {
  if (!isNumber(usd)) return '—';
  if (usd === 0) return '$0';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  return `$${usd.toFixed(2)}`;
}

/**
 * A duration in compact units: 45 s → "45s", 125 s → "2m 05s", 3725 s → "1h 02m".
 * Negative or missing values → "—".
 */
export function formatDuration(seconds: number | null | undefined): string {
  if (!isNumber(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  if (total < 60) return `${total}s`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  return `${m}m ${String(s).padStart(2, '0')}s`;
}

/** Seconds between two ISO timestamps (end defaults to `now`); null when start is missing or invalid. */
export function secondsBetween(start: string | null | undefined, end: string | null | undefined, now: number = Date.now()): number | null {
  if (!start) return null;
  const a = Date.parse(start);
  const b = end ? Date.parse(end) : now;
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.max(0, (b - a) / 1000);
}

/** A local date-time for tables: "2025-03-01 14:05". */
export function formatDateTime(iso: string | null | undefined, locale: Locale = 'en'): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** done/total as a 0..1 fraction, safe for total = 0. */
export function progressFraction(done: number, total: number): number {
  if (!isNumber(done) || !isNumber(total) || total <= 0) return 0;
  return Math.min(1, Math.max(0, done / total));
}

/** Shortens long text for one-line previews, keeping whole characters (Hangul-safe). */
export function truncate(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Parses an optional numeric form field: "" → undefined, otherwise a finite number or NaN. */
export function parseOptionalNumber(raw: string | number | null | undefined): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Built-in baselines (not LLMs) are named "baseline/…"; the server reserves that prefix. */
export function isBaselineName(modelName: string): boolean {
  return modelName.startsWith('baseline/');
}
