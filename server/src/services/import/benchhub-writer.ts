/**
 * Writes rows in BenchHub's published file layouts (JSONL, CSV, parquet with real list columns),
 * for the shipped import sample and the importer's tests. Development tool: it uses
 * hyparquet-writer, a dev dependency, and nothing at run time imports it.
 */
import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';

export type Row = Record<string, unknown>;

/** How a column is stored in parquet: UTF-8 text, a LIST<string>, an int64 or a boolean. */
export type ColumnKind = 'string' | 'list' | 'int' | 'bool';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
}

export const toJsonl = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

/** A Python list literal, as pandas writes a list into a text column ("['science/chemistry']"). */
export const pythonList = (items: readonly string[]) => `[${items.map((s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(', ')}]`;

function csvField(value: unknown, delimiter: string, lists: 'json' | 'python'): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : Array.isArray(value) && lists === 'python' ? pythonList(value.map(String)) : JSON.stringify(value);
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV with a header. Lists are written as JSON strings, or as Python list literals the way pandas'
 * `to_csv` writes a list column (`lists: 'python'`).
 */
export function toCsv(rows: readonly object[], columns?: readonly string[], delimiter = ',', lists: 'json' | 'python' = 'json'): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const lines = [header.join(delimiter)];
  for (const row of rows) lines.push(header.map((c) => csvField((row as Row)[c], delimiter, lists)).join(delimiter));
  return lines.join('\r\n') + '\r\n';
}

function columnData(rows: readonly Row[], spec: ColumnSpec): unknown[] {
  return rows.map((row) => {
    const value = row[spec.name];
    if (value === undefined || value === null) return null;
    if (spec.kind === 'int') return BigInt(value as number);
    if (spec.kind === 'list') return (value as unknown[]).map(String);
    if (spec.kind === 'bool') return Boolean(value);
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

function schemaOf(spec: ColumnSpec): SchemaElement[] {
  const optional = 'OPTIONAL' as const;
  switch (spec.kind) {
    case 'list':
      return [
        { name: spec.name, repetition_type: optional, converted_type: 'LIST' as const, num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: optional },
      ];
    case 'int':
      return [{ name: spec.name, type: 'INT64' as const, repetition_type: optional }];
    case 'bool':
      return [{ name: spec.name, type: 'BOOLEAN' as const, repetition_type: optional }];
    default:
      return [{ name: spec.name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: optional }];
  }
}

/**
 * A parquet file with the given columns, like the Hugging Face files (pyarrow: LIST<string> for
 * list columns). `offsetIndex: false` mimics pyarrow's default (no page index).
 */
export function toParquetFile(rows: readonly Row[], columns: readonly ColumnSpec[], options: { rowGroupSize?: number; offsetIndex?: boolean; pageSize?: number } = {}): ArrayBuffer {
  const offsetIndex = options.offsetIndex ?? true;
  return parquetWriteBuffer({
    columnData: columns.map((spec) => ({ name: spec.name, data: columnData(rows, spec), offsetIndex })),
    schema: [{ name: 'root', num_children: columns.length }, ...columns.flatMap(schemaOf)],
    rowGroupSize: options.rowGroupSize ?? 10_000,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
}
