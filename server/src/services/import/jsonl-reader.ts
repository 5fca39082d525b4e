/** JSON Lines reader: one JSON object per line, streamed (only the current line is held in memory). */
import { ValidationError } from '../../errors';
import type { RawRecord } from './types';

/** Source text or bytes, chunked (an async stream, or an array in tests). */
export type Chunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** A single line longer than this is not JSONL (or is a runaway file): stop instead of buffering it. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

export interface TextLine {
  /** 1-based line number. */
  line: number;
  text: string;
}

/** Decodes UTF-8 chunks into text pieces (a chunk boundary may split a character). */
export async function* decodeUtf8(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Splits text chunks into lines (LF or CRLF), keeping only the unfinished line between chunks. */
export async function* splitLines(chunks: Chunks, maxLineChars = MAX_LINE_CHARS): AsyncGenerator<TextLine> {
  let pending = '';
  let line = 0;
  for await (const text of decodeUtf8(chunks)) {
    pending += text;
    let start = 0;
    for (let nl = pending.indexOf('\n', start); nl !== -1; nl = pending.indexOf('\n', start)) {
      line++;
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line, text: pending.slice(start, end) };
      start = nl + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLineChars) {
      throw ValidationError.ofField(
        `Line ${line + 1} is longer than ${maxLineChars} characters: is this really JSON Lines?`,
        { path: 'source', message: 'line too long' },
        'JSONL_LINE_TOO_LONG',
        { line: line + 1, max: maxLineChars },
      );
    }
  }
  if (pending.length > 0) {
    line++;
    yield { line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
  }
}

/** JSONL records: blank lines are skipped; a line that is not a JSON object becomes a row error. */
export async function* readJsonl(chunks: Chunks): AsyncGenerator<RawRecord> {
  for await (const { line, text } of splitLines(chunks)) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { row: line, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { row: line, error: `expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` };
      continue;
    }
    yield { row: line, record: value as Record<string, unknown> };
  }
}
