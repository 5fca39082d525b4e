import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors';
import { authHeadersFor, detectFormat, httpFetch, isHuggingFaceHost, probeUrl, sourceFileName, type FetchLike } from './source';

describe('detectFormat', () => {
  it('detects by extension, ignoring URL queries; --format overrides', () => {
    expect(detectFormat('data/train.parquet')).toEqual({ format: 'parquet', gzip: false });
    expect(detectFormat('x.JSONL')).toEqual({ format: 'jsonl', gzip: false });
    expect(detectFormat('x.ndjson')).toEqual({ format: 'jsonl', gzip: false });
    expect(detectFormat('x.csv')).toEqual({ format: 'csv', gzip: false });
    expect(detectFormat('x.tsv')).toEqual({ format: 'tsv', gzip: false });
    expect(detectFormat('x.jsonl.gz')).toEqual({ format: 'jsonl', gzip: true });
    expect(detectFormat('https://huggingface.co/datasets/BenchHub/BenchHub-Ko/resolve/main/data/a.parquet?download=true')).toEqual({
      format: 'parquet',
      gzip: false,
    });
    expect(detectFormat('export.txt', 'csv')).toEqual({ format: 'csv', gzip: false });
    expect(detectFormat('export.json', 'JSONL')).toEqual({ format: 'jsonl', gzip: false });
  });

  it('throws ValidationError for unknown formats', () => {
    expect(() => detectFormat('x.json')).toThrow(ValidationError);
    expect(() => detectFormat('x.csv', 'xlsx')).toThrow(/Unknown format "xlsx"/);
    expect(() => detectFormat('x.parquet.gz')).toThrow(/Gzip-compressed parquet/);
    // Each with a stable code and the values its message names.
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return { code: (error as ValidationError).code, params: (error as ValidationError).params };
      }
      return null;
    };
    expect(codeOf(() => detectFormat('x.json'))).toMatchObject({ code: 'IMPORT_FORMAT_UNDETECTED', params: { file: 'x.json' } });
    expect(codeOf(() => detectFormat('x.csv', 'xlsx'))).toMatchObject({ code: 'IMPORT_FORMAT_UNKNOWN', params: { value: 'xlsx' } });
    expect(codeOf(() => detectFormat('x.parquet.gz'))).toEqual({ code: 'PARQUET_GZIP_UNSUPPORTED', params: {} });
  });

  it('names sources by their last path segment', () => {
    expect(sourceFileName('/tmp/a/b.csv')).toBe('b.csv');
    expect(sourceFileName('https://host/x/my%20file.jsonl?x=1')).toBe('my file.jsonl');
  });
});

describe('HF_TOKEN header', () => {
  const env = { HF_TOKEN: 'hf_secret' };

  it('is sent to https Hugging Face hosts only', () => {
    expect(authHeadersFor('https://huggingface.co/datasets/BenchHub/BenchHub-Ko/resolve/main/a.parquet', env)).toEqual({
      authorization: 'Bearer hf_secret',
    });
    expect(authHeadersFor('https://cdn-lfs.huggingface.co/x', env)).toEqual({ authorization: 'Bearer hf_secret' });
    expect(authHeadersFor('https://hf.co/datasets/x', env)).toEqual({ authorization: 'Bearer hf_secret' });
    for (const url of [
      'http://huggingface.co/datasets/x', // plain http: never
      'https://huggingface.co.evil.example/x',
      'https://evilhuggingface.co/x',
      'https://cas-bridge.xethub.hf.co/signed',
      'https://example.com/a.parquet',
      'http://127.0.0.1:8080/a.parquet',
    ]) {
      expect(authHeadersFor(url, env), url).toEqual({});
    }
    expect(authHeadersFor('https://huggingface.co/x', {})).toEqual({});
    expect(authHeadersFor('https://huggingface.co/x', { HF_TOKEN: '  ' })).toEqual({});
  });

  it('isHuggingFaceHost', () => {
    expect(isHuggingFaceHost('HuggingFace.co')).toBe(true);
    expect(isHuggingFaceHost('huggingface.co.')).toBe(true);
    expect(isHuggingFaceHost('nothuggingface.co')).toBe(false);
  });

  it('follows redirects itself: the token goes to huggingface.co, not to the CDN it redirects to', async () => {
    const calls: { url: string; auth: string | null; redirect: RequestRedirect | undefined }[] = [];
    const fakeFetch: FetchLike = async (input, init) => {
      const url = String(input);
      calls.push({ url, auth: new Headers(init?.headers).get('authorization'), redirect: init?.redirect });
      if (url.startsWith('https://huggingface.co/')) {
        return new Response(null, {
          status: 302,
          headers: { location: 'https://cas-bridge.xethub.hf.co/signed?x=1', 'x-linked-etag': `"${'ab'.repeat(32)}"` },
        });
      }
      return new Response('x', { status: 206, headers: { 'content-range': 'bytes 0-0/1234' } });
    };
    const response = await httpFetch(
      'https://huggingface.co/datasets/BenchHub/BenchHub-Ko/resolve/main/a.parquet',
      { headers: { authorization: 'Bearer leaked?', range: 'bytes=0-0' } },
      { env: { HF_TOKEN: 'hf_secret' }, fetch: fakeFetch },
    );
    expect(response.status).toBe(206);
    expect(calls).toEqual([
      { url: 'https://huggingface.co/datasets/BenchHub/BenchHub-Ko/resolve/main/a.parquet', auth: 'Bearer hf_secret', redirect: 'manual' },
      { url: 'https://cas-bridge.xethub.hf.co/signed?x=1', auth: null, redirect: 'manual' },
    ]);

    const probe = await probeUrl('https://huggingface.co/datasets/BenchHub/BenchHub-Ko/resolve/main/a.parquet', {
      env: {},
      fetch: fakeFetch,
    });
    expect(probe).toEqual({ sha256: 'ab'.repeat(32), byteLength: 1234, acceptsRanges: true });
  });

  it('does not trust a 64-hex ETag from other hosts as a content hash', async () => {
    const fakeFetch: FetchLike = async () => new Response('abc', { status: 200, headers: { etag: `"${'cd'.repeat(32)}"`, 'content-length': '3' } });
    expect(await probeUrl('https://example.com/a.jsonl', { fetch: fakeFetch })).toEqual({ sha256: null, byteLength: 3, acceptsRanges: false });
  });

  it('turns HTTP errors into ValidationErrors with a hint for gated Hugging Face data', async () => {
    const fakeFetch: FetchLike = async () => new Response('no', { status: 401, statusText: 'Unauthorized' });
    await expect(probeUrl('https://huggingface.co/datasets/x/resolve/main/a.parquet', { fetch: fakeFetch })).rejects.toThrow(/HTTP 401.*HF_TOKEN/);
  });
});
