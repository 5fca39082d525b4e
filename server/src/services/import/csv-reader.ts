/**
 * Streaming CSV/TSV reader (RFC 4180 plus the usual leniencies). Quoted fields may hold the
 * delimiter, doubled quotes ("") and line breaks; LF, CRLF and lone CR end records; a quote inside
 * an unquoted field is literal; text after a closing quote is kept (`"ab"c` → `abc`, like Python's
 * csv). Only the record being parsed is held in memory.
 */
import { ValidationError } from '../../errors';
import { decodeUtf8, type Chunks } from './jsonl-reader';
import type { RawRecord } from './types';

export interface CsvOptions {
  /** Field delimiter, one character (default ","). */
  delimiter?: string;
  /** A record longer than this aborts the read (an unbalanced quote swallowing the file). */
  maxRecordChars?: number;
}

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

/** A record whose quoted field never closed (at end of input). */
export interface CsvRecordError {
  line: number;
  error: string;
}

const DEFAULT_MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Parser states. */
const State = {
  /** At the start of a field. */
  FieldStart: 0,
  /** Inside an unquoted field. */
  Unquoted: 1,
  /** Inside a quoted field. */
  Quoted: 2,
  /** Just read a quote inside a quoted field: a doubled quote or the closing quote. */
  QuoteInQuoted: 3,
} as const;
type State = (typeof State)[keyof typeof State];

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** Parses CSV text chunks into records (lists of fields). Blank lines are skipped. */
export async function* parseCsv(
  chunks: Chunks,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord | CsvRecordError> {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new ValidationError(`Invalid CSV delimiter ${JSON.stringify(delimiter)}`, [], 'CSV_DELIMITER_INVALID', { delimiter: JSON.stringify(delimiter) });
  }
  const delim = delimiter.charCodeAt(0);
  const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;

  let state: State = State.FieldStart;
  let fields: string[] = [];
  let field = '';
  /** Any field of the current record was quoted (so a lone `""` line is a record, not a blank line). */
  let quotedRecord = false;
  let line = 1;
  let recordLine = 1;
  /** The previous character (possibly in the previous chunk) was a CR: an LF now completes a CRLF. */
  let prevCr = false;

  const records: (CsvRecord | CsvRecordError)[] = [];
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !quotedRecord)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quotedRecord = false;
    state = State.FieldStart;
  };

  for await (const text of decodeUtf8(chunks)) {
    const n = text.length;
    /** Start of the current run of literal characters in `text` (or -1). */
    let runStart = -1;
    const flushRun = (end: number) => {
      if (runStart !== -1) {
        field += text.slice(runStart, end);
        runStart = -1;
      }
    };
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const crlf = c === LF && prevCr;
      prevCr = c === CR;
      switch (state) {
        case State.FieldStart:
          if (crlf) break; // the CR already ended the record
          if (fields.length === 0) recordLine = line;
          if (c === QUOTE) {
            state = State.Quoted;
            quotedRecord = true;
          } else if (c === delim) {
            fields.push('');
          } else if (c === CR || c === LF) {
            endRecord();
            line++;
          } else {
            state = State.Unquoted;
            runStart = i;
          }
          break;
        case State.Unquoted:
          if (c === delim) {
            flushRun(i);
            fields.push(field);
            field = '';
            state = State.FieldStart;
          } else if (c === CR || c === LF) {
            flushRun(i);
            endRecord();
            line++;
          } else if (runStart === -1) {
            runStart = i;
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            flushRun(i);
            state = State.QuoteInQuoted;
          } else {
            if (runStart === -1) runStart = i;
            // Line breaks inside quoted fields still count, so later records keep true line numbers.
            if (c === CR || (c === LF && !crlf)) line++;
          }
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            field += '"';
            state = State.Quoted;
          } else if (c === delim) {
            fields.push(field);
            field = '';
            state = State.FieldStart;
          } else if (c === CR || c === LF) {
            endRecord();
            line++;
          } else {
            // Lenient: text after the closing quote is kept literally.
            state = State.Unquoted;
            runStart = i;
          }
          break;
      }
    }
    flushRun(n);
    yield* records;
    records.length = 0;
    let size = field.length;
    for (const f of fields) size += f.length;
    if (size > maxRecordChars) {
      throw ValidationError.ofField(
        `The CSV record starting at line ${recordLine} is longer than ${maxRecordChars} characters (an unclosed quote?)`,
        { path: 'source', message: 'record too long' },
        'CSV_RECORD_TOO_LONG',
        { line: recordLine, max: maxRecordChars },
      );
    }
  }
  if (state === State.Quoted) {
    records.push({ line: recordLine, error: `unclosed quoted field (the record starts at line ${recordLine})` });
  } else if (state !== State.FieldStart || fields.length > 0) {
    endRecord();
  }
  yield* records;
}

/** Parses a whole CSV string (tests, small inputs). Throws on an unclosed quote. */
export async function parseCsvText(text: string, options: CsvOptions = {}): Promise<string[][]> {
  const out: string[][] = [];
  for await (const record of parseCsv([text], options)) {
    if ('error' in record) throw new Error(record.error);
    out.push(record.fields);
  }
  return out;
}

/**
 * CSV/TSV records as objects keyed by the header row (first record). A record with a different
 * number of fields than the header becomes a row error; empty header names are ignored.
 */
export async function* readCsv(chunks: Chunks, options: CsvOptions = {}): AsyncGenerator<RawRecord> {
  let header: string[] | null = null;
  for await (const record of parseCsv(chunks, options)) {
    if ('error' in record) {
      yield { row: record.line, error: record.error };
      continue;
    }
    if (header === null) {
      header = record.fields.map((name) => name.trim());
      const seen = new Set<string>();
      for (const name of header) {
        if (name !== '' && seen.has(name)) {
          throw ValidationError.ofField(`Duplicate CSV column "${name}" in the header`, { path: 'source', message: 'duplicate column' }, 'CSV_DUPLICATE_COLUMN', { column: name });
        }
        seen.add(name);
      }
      continue;
    }
    if (record.fields.length !== header.length) {
      yield { row: record.line, error: `expected ${header.length} fields (as in the header), found ${record.fields.length}` };
      continue;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < header.length; i++) {
      const name = header[i]!;
      if (name !== '') out[name] = record.fields[i];
    }
    yield { row: record.line, record: out };
  }
}
