/** Test helpers for the import pipeline: temp databases and BenchHub fixtures in every format. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@benchhub/db';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { setupDatabase } from '../setup.service';

export interface TestDatabase {
  db: PrismaClient;
  dir: string;
  close(): Promise<void>;
}

/** A migrated SQLite database in a temp dir (with the baselines and the bundled sample, like `npm install`). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'benchhub-import-test-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  const db = createPrismaClient(url);
  await setupDatabase(db, url);
  return {
    db,
    dir,
    async close() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type BenchHubRow = {
  problem_type: string;
  context: string | null;
  prompt: string;
  options: string[] | null;
  answer: string;
  reference: string | null;
  task_type: string;
  target_type: string;
  subject_type: string[];
  benchmark_name: string;
  mcqa_meta: string | null;
  original_category: string | null;
  additional_info: string | null;
  split: string;
  language?: string;
};

/** A valid BenchHub MCQA row, distinct per `i`. */
export function benchhubRow(i: number, overrides: Partial<BenchHubRow> = {}): BenchHubRow {
  return {
    problem_type: 'MCQA',
    context: i % 2 === 0 ? null : `Context ${i}, with a comma and "quotes"`,
    prompt: `Question ${i}: which option is right?\nSecond line.`,
    options: [`alpha ${i}`, `beta ${i}`, `gamma ${i}`, `delta ${i}`],
    answer: `beta ${i}`,
    reference: null,
    task_type: 'Knowledge',
    target_type: 'General',
    subject_type: ['Science/Math'],
    benchmark_name: 'TestBench',
    mcqa_meta: null,
    original_category: 'math',
    additional_info: null,
    split: 'test',
    language: 'English',
    ...overrides,
  };
}

export const toJsonl = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

function csvField(value: unknown, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header; lists are written as JSON strings (as BenchHub CSV exports do). */
export function toCsv(rows: readonly object[], columns?: readonly string[], delimiter = ','): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const lines = [header.join(delimiter)];
  for (const row of rows) lines.push(header.map((c) => csvField((row as Record<string, unknown>)[c], delimiter)).join(delimiter));
  return lines.join('\r\n') + '\r\n';
}

const STRING_COLUMNS = [
  'problem_type',
  'context',
  'prompt',
  'answer',
  'reference',
  'task_type',
  'target_type',
  'benchmark_name',
  'mcqa_meta',
  'original_category',
  'additional_info',
  'split',
  'language',
] as const;

/**
 * A parquet file of BenchHub rows with real LIST<string> columns (options, subject_type), like
 * the Hugging Face files. `offsetIndex: false` mimics pyarrow's default (no page index).
 */
export function toParquet(rows: readonly BenchHubRow[], options: { rowGroupSize?: number; offsetIndex?: boolean; pageSize?: number } = {}): ArrayBuffer {
  const listColumn = (name: string) => [
    { name, repetition_type: 'OPTIONAL' as const, converted_type: 'LIST' as const, num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
    { name: 'element', type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const },
  ];
  const text = (name: string) => ({ name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const });
  const offsetIndex = options.offsetIndex ?? true;
  return parquetWriteBuffer({
    columnData: [
      ...STRING_COLUMNS.map((name) => ({ name, data: rows.map((row) => row[name] ?? null), offsetIndex })),
      { name: 'options', data: rows.map((row) => row.options), offsetIndex },
      { name: 'subject_type', data: rows.map((row) => row.subject_type), offsetIndex },
    ],
    schema: [
      { name: 'root', num_children: STRING_COLUMNS.length + 2 },
      ...STRING_COLUMNS.map(text),
      ...listColumn('options'),
      ...listColumn('subject_type'),
    ],
    rowGroupSize: options.rowGroupSize ?? 10_000,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
}

export function writeFixture(dir: string, name: string, content: string | ArrayBuffer | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : content instanceof Uint8Array ? content : new Uint8Array(content));
  return file;
}
