/** The bytes of the shipped import sample files (JSONL and parquet), from the sample rows. */
import { toJsonl, toParquetFile } from './benchhub-writer';
import { EXPORT_COLUMNS, IMPORT_SAMPLE_BASENAME, IMPORT_SAMPLE_ROWS } from './import-sample';

export interface SampleFile {
  name: string;
  content: Uint8Array;
}

export function importSampleFiles(): SampleFile[] {
  return [
    { name: `${IMPORT_SAMPLE_BASENAME}.jsonl`, content: new TextEncoder().encode(toJsonl(IMPORT_SAMPLE_ROWS)) },
    { name: `${IMPORT_SAMPLE_BASENAME}.parquet`, content: new Uint8Array(toParquetFile(IMPORT_SAMPLE_ROWS, EXPORT_COLUMNS, { offsetIndex: false })) },
  ];
}
