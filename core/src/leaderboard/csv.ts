/** RFC 4180 CSV: a parser for what spreadsheets, pandas and our own exports write. */

import { unescapeCsvFormula } from '../export/csv';

// Writing lives in the shared export module (formula-injection escaping for every CSV this project writes).
export { csvCell as csvField, toCsv, type CsvValue } from '../export/csv';

/**
 * Parses CSV into rows of fields. Handles quoted fields with commas, doubled quotes and line breaks,
 * CRLF or LF line ends, a UTF-8 BOM, and a missing final newline. Blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    field = '';
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new SyntaxError('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * CSV rows as objects keyed by the header row. `formulaEscaped` undoes the export's formula-injection escape
 * (`'=x` → `=x`, see core/src/export/csv.ts) on every cell, for files this project wrote.
 */
export function parseCsvRecords(text: string, options: { formulaEscaped?: boolean } = {}): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const cell = options.formulaEscaped ? unescapeCsvFormula : (value: string) => value;
  const names = header.map((h) => cell(h.trim()));
  return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, cell(row[i] ?? '')])));
}
