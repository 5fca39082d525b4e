/** A plain aligned text table (numbers right-aligned). */
export function renderTable(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = rows.map((row) => row.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const isNumeric = headers.map((_, i) => rows.every((row) => typeof row[i] === 'number' || /^[-\d.,%\[\] —]+$/.test(String(row[i]))));
  const line = (row: string[]) =>
    row.map((cell, i) => (isNumeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
