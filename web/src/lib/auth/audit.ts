/** Audit events carry their details as a JSON string; the table shows them as short `key: value` text. */

const MAX = 240;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function detailsSummary(details: string | null | undefined): string {
  if (!details) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details.length > MAX ? `${details.slice(0, MAX - 1)}…` : details;
  }
  const text =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? Object.entries(parsed as Record<string, unknown>)
          .map(([key, value]) => `${key}: ${scalar(value)}`)
          .join(', ')
      : scalar(parsed);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
