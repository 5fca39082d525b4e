import { describe, expect, it } from 'vitest';
import { readJsonl, splitLines } from './jsonl-reader';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe('readJsonl', () => {
  it('reads objects line by line, skipping blank lines, with line numbers', async () => {
    const text = '{"a":1}\r\n\n  \n{"b":"x\\ny"}\n{"c":[1,2]}';
    expect(await collect(readJsonl([text]))).toEqual([
      { row: 1, record: { a: 1 } },
      { row: 4, record: { b: 'x\ny' } },
      { row: 5, record: { c: [1, 2] } },
    ]);
  });

  it('reports invalid JSON and non-object lines as row errors and goes on', async () => {
    const rows = await collect(readJsonl(['{"ok":1}\n{"broken":\n[1,2]\n"text"\nnull\n{"ok":2}\n']));
    expect(rows.map((r) => ('error' in r ? `${r.row}: ${r.error.split(':')[0]}` : `${r.row}: ok`))).toEqual([
      '1: ok',
      '2: invalid JSON',
      '3: expected a JSON object, got an array',
      '4: expected a JSON object, got string',
      '5: expected a JSON object, got null',
      '6: ok',
    ]);
  });

  it('handles lines and multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('\ufeff{"prompt":"한국어 문제"}\n{"prompt":"two"}\n');
    const chunks = [...bytes].map((b) => new Uint8Array([b]));
    expect(await collect(readJsonl(chunks))).toEqual([
      { row: 1, record: { prompt: '한국어 문제' } },
      { row: 2, record: { prompt: 'two' } },
    ]);
  });

  it('is lazy: pulls only the chunks needed for the lines consumed', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 1_000; i++) {
        pulled++;
        yield `{"i":${i}}\n`;
      }
    }
    const lines = splitLines(source());
    for (let i = 0; i < 10; i++) await lines.next();
    expect(pulled).toBeLessThanOrEqual(11);
    await lines.return(undefined);
  });
});

describe('splitLines', () => {
  it('refuses a line longer than the limit with a stable code, the line number and the limit', async () => {
    await expect(collect(splitLines(['{"a":1}\n', 'x'.repeat(30)], 20))).rejects.toMatchObject({
      code: 'JSONL_LINE_TOO_LONG',
      params: { line: 2, max: 20 },
      message: 'Line 2 is longer than 20 characters: is this really JSON Lines?',
    });
  });
});
