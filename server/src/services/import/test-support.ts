/** Test helpers for the import pipeline: temp databases and BenchHub fixtures in every format. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTempDatabase, type TempDatabase } from '../../../test/support/temp-database';
import { toParquetFile, type ColumnSpec } from './benchhub-writer';

export type TestDatabase = TempDatabase;

/** A migrated database of the test dialect (with the baselines and the bundled sample, like `npm install`). */
export async function createTestDatabase(): Promise<TestDatabase> {
  return createTempDatabase('benchhub-import-test-');
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

export { pythonList, toCsv, toJsonl, toParquetFile } from './benchhub-writer';

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

const BENCHHUB_COLUMNS: readonly ColumnSpec[] = [
  ...STRING_COLUMNS.map((name) => ({ name, kind: 'string' as const })),
  { name: 'options', kind: 'list' },
  { name: 'subject_type', kind: 'list' },
];

/**
 * A parquet file of BenchHub rows with real LIST<string> columns (options, subject_type), like
 * the Hugging Face files. `offsetIndex: false` mimics pyarrow's default (no page index).
 */
export function toParquet(rows: readonly BenchHubRow[], options: { rowGroupSize?: number; offsetIndex?: boolean; pageSize?: number } = {}): ArrayBuffer {
  return toParquetFile(rows, BENCHHUB_COLUMNS, options);
}

export function writeFixture(dir: string, name: string, content: string | ArrayBuffer | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : content instanceof Uint8Array ? content : new Uint8Array(content));
  return file;
}

/**
 * Rows in the layout of BenchHub's multilingual exports, written by this project: gold in `answer`
 * (text, or a letter for MCQA), the `option` column (null for short answers), subject_type as a
 * Python-list string with lower-case coarse/fine names, problem_type missing on short answers, no
 * task or target type, a `metadata` id, and rows in Indonesian and Hindi.
 */
export const MULTILINGUAL_ROWS: readonly Record<string, unknown>[] = [
  { prompt: 'Which organ pumps blood through the human body?', context: '', answer: 'B', option: ['Liver', 'Heart', 'Lung', 'Kidney'], subject_type: "['science/biology']", problem_type: 'MCQA', metadata: 'ml-0001' },
  { prompt: '다음 중 광합성이 일어나는 세포 소기관은?', context: '', answer: '엽록체', option: ['미토콘드리아', '엽록체', '리보솜', '골지체'], subject_type: "['science/biology']", problem_type: 'MCQA', metadata: 'ml-0002' },
  { prompt: 'What is 12 × 12?', context: '', answer: '144', option: null, subject_type: "['science/math']", problem_type: null, metadata: 'ml-0003' },
  { prompt: '조선 시대에 훈민정음을 창제한 왕은?', context: '', answer: '세종', option: null, subject_type: "['social&humanity/history']", problem_type: null, metadata: 'ml-0004' },
  { prompt: 'Apa ibu kota Indonesia?', context: '', answer: 'A', option: ['Jakarta', 'Surabaya', 'Bandung', 'Medan'], subject_type: "['social&humanity/geography']", problem_type: 'MCQA', metadata: 'ml-0005' },
  { prompt: 'भारत की राजधानी क्या है?', context: '', answer: 'नई दिल्ली', option: null, subject_type: "['social&humanity/geography']", problem_type: null, metadata: 'ml-0006' },
  { prompt: 'If you drop a glass on a stone floor, what most likely happens?', context: '', answer: 'B', option: ['It bounces back up', 'It breaks', 'It melts', 'It floats'], subject_type: "['misc/commonsense']", problem_type: 'MCQA', metadata: 'ml-0007' },
  { prompt: 'What do you usually say when someone hands you a gift?', context: '', answer: 'Thank you', option: ['Thank you', 'Go away', 'Nothing at all', 'Hurry up'], subject_type: "['misc']", problem_type: 'MCQA', metadata: 'ml-0008' },
  { prompt: 'How many nucleotide bases make up one codon?', context: '', answer: '3', option: null, subject_type: "['science/dna']", problem_type: null, metadata: 'ml-0009' },
  {
    prompt: 'Which of these numbers is the largest?',
    context: '',
    answer: 'J',
    option: ['11', '29', '35', '42', '50', '63', '71', '88', '90', '97'],
    subject_type: "['science/math']",
    problem_type: 'MCQA',
    metadata: 'ml-0010',
  },
  {
    prompt: 'Which of these letters comes last in the alphabet?',
    context: '',
    answer: 'K',
    option: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'],
    subject_type: "['misc']",
    problem_type: 'MCQA',
    metadata: 'ml-0011',
  },
];

export const MULTILINGUAL_COLUMNS: readonly ColumnSpec[] = [
  { name: 'prompt', kind: 'string' },
  { name: 'context', kind: 'string' },
  { name: 'answer', kind: 'string' },
  { name: 'option', kind: 'list' },
  { name: 'subject_type', kind: 'string' },
  { name: 'problem_type', kind: 'string' },
  { name: 'metadata', kind: 'string' },
];

/**
 * Export-layout rows (BenchHub-En/Ko) that exercise the gold cross-checks and the skips: gold only
 * in mcqa_meta.original_answer (index and letter), answer_key and answer_str disagreeing, a stale
 * original_answer, `answer` given as well, an unknown target type, no gold at all, an Indonesian
 * row, and a Python-list subject string.
 */
export function exportEdgeRows(base: Record<string, unknown>): Record<string, unknown>[] {
  const meta = (original: string | number, n = 4) => JSON.stringify({ num_options: n, option_keys: ['A', 'B', 'C', 'D', 'E'].slice(0, n), original_answer: original });
  const mcqa = { ...base, problem_type: 'MCQA', answer: '', options: ['Paris', 'Rome', 'Madrid', 'Berlin'] };
  return [
    { ...mcqa, prompt: 'Which city is the capital of Spain? (gold only in mcqa_meta, as an index)', answer_key: '', answer_str: '', mcqa_meta: meta(2) },
    { ...mcqa, prompt: 'Which city is the capital of Germany? (gold only in mcqa_meta, as a letter)', answer_key: '', answer_str: '', mcqa_meta: meta('D') },
    { ...mcqa, prompt: 'Which city is the capital of Italy? (answer_key and answer_str disagree)', answer_key: 'B', answer_str: 'Madrid', mcqa_meta: meta('B') },
    { ...mcqa, prompt: 'Which city is the capital of France? (original_answer is stale)', answer_key: 'A', answer_str: 'Paris', mcqa_meta: meta(3) },
    { ...mcqa, prompt: 'Which city lies on the Tiber? (answer given as well)', answer: 'Rome', answer_key: 'B', answer_str: 'Rome', mcqa_meta: meta('B') },
    { ...mcqa, prompt: 'Which city hosts the Prado museum? (unknown target type)', answer_key: 'C', answer_str: 'Madrid', mcqa_meta: meta('C'), target_type: 'Galactic' },
    { ...mcqa, prompt: 'Which city is on the Spree? (no gold anywhere)', answer_key: '', answer_str: '', mcqa_meta: '{}' },
    { ...mcqa, prompt: 'Apa ibu kota Prancis?', answer_key: 'A', answer_str: 'Paris', mcqa_meta: meta('A') },
  ];
}
