/**
 * The one CSV writer for everything this project exports (leaderboard over HTTP and in the CLI, samples, …).
 *
 * RFC 4180 with minimal quoting, plus CSV-injection ("formula injection") escaping as OWASP recommends:
 * a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be read by Excel,
 * LibreOffice or Google Sheets as a formula (`=HYPERLINK(…)`, `-2+cmd|' /C calc'!A0`, DDE), so it is written
 * with a leading apostrophe (`'=…`), which spreadsheets show as text, and quoted.
 *
 * The escape is reversible: a cell that already begins with apostrophes followed by one of those characters
 * gets one more, and `unescapeCsvFormula` removes exactly one, so our own files re-import unchanged
 * (`benchhub import-leaderboard` does this). Values of type number (and booleans) are data, never formulas:
 * `-0.25` stays a number a spreadsheet can compute with. Strings are always escaped, numeric-looking or not.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** What a spreadsheet treats as the start of a formula, after any apostrophes already present. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/** `=1+2` → `'=1+2`; `'=x` → `''=x`; anything else unchanged. */
export function escapeCsvFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Inverse of escapeCsvFormula: drops one leading apostrophe before a formula character. */
export function unescapeCsvFormula(text: string): string {
  return ESCAPED_FORMULA.test(text) ? text.slice(1) : text;
}

/**
 * One CSV cell: null/undefined empty, numbers and booleans as written by String(), text escaped against
 * formula injection, then quoted when it holds a comma, quote, CR/LF, leading/trailing whitespace, or was escaped.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const escaped = escapeCsvFormula(value);
  return escaped !== value || /[",\r\n]|^\s|\s$/.test(escaped) ? `"${escaped.replace(/"/g, '""')}"` : escaped;
}

/** CSV text with a header row; lines end with CRLF as RFC 4180 says. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
