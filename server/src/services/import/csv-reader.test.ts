import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors';
import { parseCsv, parseCsvText, readCsv, type CsvRecord, type CsvRecordError } from './csv-reader';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

/** Every way of cutting `text` into two chunks, plus one character per chunk. */
function chunkings(text: string): string[][] {
  const out: string[][] = [[text], [...text]];
  for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  return out;
}

describe('parseCsv', () => {
  it('parses plain records', async () => {
    expect(await parseCsvText('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('handles quoted fields with delimiters, doubled quotes and line breaks', async () => {
    const text = 'id,text\n1,"hello, world"\n2,"she said ""hi"""\n3,"line one\nline two\r\nline three"\n4,"""quoted"""\n';
    expect(await parseCsvText(text)).toEqual([
      ['id', 'text'],
      ['1', 'hello, world'],
      ['2', 'she said "hi"'],
      ['3', 'line one\nline two\r\nline three'],
      ['4', '"quoted"'],
    ]);
  });

  it('accepts LF, CRLF and lone CR line endings and a missing final newline', async () => {
    expect(await parseCsvText('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(await parseCsvText('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(await parseCsvText('"a"\r\n"b"')).toEqual([['a'], ['b']]);
  });

  it('keeps empty fields, skips blank lines, keeps a lone quoted empty field', async () => {
    expect(await parseCsvText('a,,c\n,\nx,y,\n\n\n""\n"",""\n')).toEqual([
      ['a', '', 'c'],
      ['', ''],
      ['x', 'y', ''],
      [''],
      ['', ''],
    ]);
  });

  it('is lenient with stray quotes', async () => {
    expect(await parseCsvText('ab"c,d\n"ab"c,d\n')).toEqual([
      ['ab"c', 'd'],
      ['abc', 'd'],
    ]);
  });

  it('gives the same records however the input is chunked', async () => {
    const text = 'h1,h2\r\n"a,""b""\r\nc",d\r\n\r\ne,"f"\r\n"",g\rlast,"x\ny"';
    const expected = await parseCsvText(text);
    expect(expected).toEqual([
      ['h1', 'h2'],
      ['a,"b"\r\nc', 'd'],
      ['e', 'f'],
      ['', 'g'],
      ['last', 'x\ny'],
    ]);
    for (const chunks of chunkings(text)) {
      const records = (await collect(parseCsv(chunks))) as CsvRecord[];
      expect(records.map((r) => r.fields)).toEqual(expected);
      expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6, 7]);
    }
  });

  it('decodes UTF-8 split across byte chunks and strips a BOM', async () => {
    const bytes = new TextEncoder().encode('\ufeffprompt,lang\n"다음 중, 옳은 것은?",ko\n');
    const chunks = [...bytes].map((b) => new Uint8Array([b]));
    const records = (await collect(parseCsv(chunks))) as CsvRecord[];
    expect(records.map((r) => r.fields)).toEqual([
      ['prompt', 'lang'],
      ['다음 중, 옳은 것은?', 'ko'],
    ]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', async () => {
    const records = (await collect(parseCsv(['a\n"1\n2\n3"\nb\r\n"x\r\ny"\nz\n']))) as CsvRecord[];
    expect(records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [2, '1\n2\n3'],
      [5, 'b'],
      [6, 'x\r\ny'],
      [8, 'z'],
    ]);
  });

  it('reports an unclosed quote as an error record at its line', async () => {
    const records = await collect(parseCsv(['a,b\n1,2\n3,"never closed\nmore\n']));
    expect(records.at(-1)).toEqual({ line: 3, error: expect.stringContaining('unclosed quoted field') } satisfies CsvRecordError);
    expect(records).toHaveLength(3);
  });

  it('stops on a record longer than the limit instead of buffering the file', async () => {
    await expect(collect(parseCsv(['a\n"', 'x'.repeat(50), 'y'.repeat(50)], { maxRecordChars: 60 }))).rejects.toBeInstanceOf(ValidationError);
    // A stable code and the values its message names, for clients that say it in their own language.
    await expect(collect(parseCsv(['a\n"', 'x'.repeat(50), 'y'.repeat(50)], { maxRecordChars: 60 }))).rejects.toMatchObject({ code: 'CSV_RECORD_TOO_LONG', params: { line: 2, max: 60 } });
  });

  it('supports other delimiters (TSV)', async () => {
    expect(await parseCsvText('a\tb\n"x\ty"\tz\n', { delimiter: '\t' })).toEqual([
      ['a', 'b'],
      ['x\ty', 'z'],
    ]);
  });
});

describe('readCsv', () => {
  it('keys records by the header and reports field-count mismatches as row errors', async () => {
    const rows = await collect(readCsv(['prompt, answer ,\nq1,a1,x\nq2,a2\n"q3\nstill q3",a3,\n']));
    expect(rows).toEqual([
      { row: 2, record: { prompt: 'q1', answer: 'a1' } },
      { row: 3, error: 'expected 3 fields (as in the header), found 2' },
      { row: 4, record: { prompt: 'q3\nstill q3', answer: 'a3' } },
    ]);
  });

  it('rejects duplicate column names', async () => {
    await expect(collect(readCsv(['a,b,a\n1,2,3\n']))).rejects.toThrow(/Duplicate CSV column "a"/);
    await expect(collect(readCsv(['a,b,a\n1,2,3\n']))).rejects.toMatchObject({ code: 'CSV_DUPLICATE_COLUMN', params: { column: 'a' }, issues: [{ code: 'CSV_DUPLICATE_COLUMN' }] });
  });
});
