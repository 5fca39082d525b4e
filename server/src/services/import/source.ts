/**
 * Where import bytes come from: a local file or an http(s) URL. Format detection, streamed
 * sha256 hashing, Hugging Face authentication and redirects, and temp-file downloads.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { ValidationError } from '../../errors';
import { config, loadConfig } from '@benchhub/db';
import { createEgressFetch } from '@benchhub/db/egress';
import { IMPORT_FORMATS, type ByteChunks, type ImportFormat } from './types';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface HttpOptions {
  /** Environment holding HF_TOKEN (default: the process configuration). */
  env?: NodeJS.ProcessEnv;
  /** fetch implementation (default: the egress-checked fetch, streaming, no size limit). */
  fetch?: FetchLike;
}

export const isHttpUrl = (location: string): boolean => /^https?:\/\//i.test(location);

/** The last path segment of a file path or URL (query and fragment removed, URL-decoded). */
export function sourceFileName(location: string): string {
  if (isHttpUrl(location)) {
    const url = new URL(location);
    const last = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  }
  return path.basename(location);
}

export interface DetectedFormat {
  format: ImportFormat;
  /** The bytes are gzip-compressed (".jsonl.gz", ".csv.gz"): hashed as stored, parsed after gunzip. */
  gzip: boolean;
}

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  parquet: 'parquet',
  pq: 'parquet',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
};

/** Format from `--format` when given, else from the file extension. Throws ValidationError when unknown. */
export function detectFormat(location: string, override?: string): DetectedFormat {
  const name = sourceFileName(location).toLowerCase();
  const gzip = name.endsWith('.gz');
  const base = gzip ? name.slice(0, -3) : name;
  let format: ImportFormat | undefined;
  if (override !== undefined && override.trim() !== '') {
    const key = override.trim().toLowerCase().replace(/^\./, '');
    format = EXTENSIONS[key];
    if (!format) {
      throw ValidationError.ofField(
        `Unknown format "${override}" (expected one of ${IMPORT_FORMATS.join(', ')})`,
        { path: 'format', message: 'unknown format' },
        'IMPORT_FORMAT_UNKNOWN',
        { value: override, formats: IMPORT_FORMATS.join(', ') },
      );
    }
  } else {
    const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
    format = EXTENSIONS[ext];
    if (!format) {
      throw ValidationError.ofField(
        `Cannot tell the format of "${sourceFileName(location)}" from its extension: pass --format ${IMPORT_FORMATS.join('|')}`,
        { path: 'format', message: 'unknown extension' },
        'IMPORT_FORMAT_UNDETECTED',
        { file: sourceFileName(location), formats: IMPORT_FORMATS.join(', ') },
      );
    }
  }
  if (format === 'parquet' && gzip) {
    throw ValidationError.ofField(
      'Gzip-compressed parquet is not supported (parquet compresses its pages itself)',
      { path: 'format', message: 'parquet.gz' },
      'PARQUET_GZIP_UNSUPPORTED',
    );
  }
  return { format, gzip };
}

/** Hugging Face hosts that may receive HF_TOKEN: huggingface.co, its subdomains, and hf.co. */
export function isHuggingFaceHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'huggingface.co' || host.endsWith('.huggingface.co') || host === 'hf.co';
}

/**
 * `Authorization: Bearer $HF_TOKEN` for https Hugging Face URLs, nothing for any other host
 * (the token never leaves for a CDN, a mirror or a local server).
 */
export function authHeadersFor(url: string | URL, env?: NodeJS.ProcessEnv): Record<string, string> {
  const token = (env ? loadConfig(env) : config()).HF_TOKEN;
  if (!token) return {};
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'https:' || !isHuggingFaceHost(parsed.hostname)) return {};
  return { authorization: `Bearer ${token}` };
}

const MAX_REDIRECTS = 10;

let egressFetch: FetchLike | undefined;
/**
 * Downloads go through the egress policy (each redirect hop is a request of its own, so each is
 * checked) and are streamed: the import's own limits apply, not the model reply cap.
 */
const importFetch: FetchLike = (input, init) => (egressFetch ??= createEgressFetch({ stream: true, crossOrigin: 'strip' }))(input, init);

/**
 * fetch that follows redirects itself so the auth header is computed per hop: a Hugging Face
 * URL gets the token, the CDN it redirects to does not. `onHop` sees every redirect response
 * (Hugging Face puts the LFS sha256 in `X-Linked-Etag` of its 302).
 */
export async function httpFetch(
  url: string | URL,
  init: RequestInit = {},
  options: HttpOptions = {},
  onHop?: (response: Response, url: URL) => void,
): Promise<Response> {
  const doFetch: FetchLike = options.fetch ?? importFetch;
  let current = new URL(url);
  let method = (init.method ?? 'GET').toUpperCase();
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const headers = new Headers(init.headers);
    headers.delete('authorization');
    for (const [name, value] of Object.entries(authHeadersFor(current, options.env))) headers.set(name, value);
    const response = await doFetch(current, { ...init, method, headers, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      onHop?.(response, current);
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new Error(`refusing redirect to ${next.protocol} URL`);
      if (response.status === 303 && method !== 'HEAD') method = 'GET';
      current = next;
      continue;
    }
    return response;
  }
  throw new Error(`too many redirects fetching ${String(url)}`);
}

function httpError(url: string, response: Response): ValidationError {
  const host = new URL(url).hostname;
  const hint =
    (response.status === 401 || response.status === 403) && isHuggingFaceHost(host)
      ? ' (gated or private dataset? set HF_TOKEN to a Hugging Face access token)'
      : '';
  return ValidationError.ofField(
    `HTTP ${response.status} ${response.statusText} fetching ${url}${hint}`,
    { path: 'source', message: `HTTP ${response.status}` },
    'IMPORT_HTTP_ERROR',
    { status: response.status, url },
  );
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

function sha256FromEtag(value: string | null): string | null {
  if (!value) return null;
  const bare = value.replace(/^W\//, '').replace(/"/g, '').trim().toLowerCase();
  return SHA256_HEX.test(bare) ? bare : null;
}

export interface UrlProbe {
  /** sha256 of the file, when the server states it (Hugging Face LFS: X-Linked-Etag). */
  sha256: string | null;
  /** Total size in bytes, when known. */
  byteLength: number | null;
  /** The server answered a Range request with 206 Partial Content. */
  acceptsRanges: boolean;
}

/**
 * One ranged GET (bytes 0-0), following redirects: does the server support ranges, how big is
 * the file, and does it state the file's sha256? Only Hugging Face's `X-Linked-Etag` (any hop)
 * or a 64-hex ETag from a Hugging Face host are trusted as a content sha256.
 */
export async function probeUrl(url: string, options: HttpOptions = {}): Promise<UrlProbe> {
  let sha256: string | null = null;
  let linkedSize: number | null = null;
  const inspect = (response: Response, at: URL) => {
    sha256 ??= sha256FromEtag(response.headers.get('x-linked-etag'));
    if (isHuggingFaceHost(at.hostname)) sha256 ??= sha256FromEtag(response.headers.get('etag'));
    const size = Number(response.headers.get('x-linked-size'));
    if (Number.isFinite(size) && size > 0) linkedSize ??= size;
  };
  let finalUrl = new URL(url);
  const response = await httpFetch(url, { headers: { range: 'bytes=0-0' } }, options, (res, at) => {
    inspect(res, at);
    finalUrl = new URL(res.headers.get('location') ?? '', at);
  });
  try {
    if (!response.ok) throw httpError(url, response);
    inspect(response, finalUrl);
    let byteLength: number | null = linkedSize;
    const acceptsRanges = response.status === 206;
    if (acceptsRanges) {
      const total = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '')?.[1];
      if (total) byteLength = Number(total);
    } else {
      const length = Number(response.headers.get('content-length'));
      if (Number.isFinite(length) && length > 0) byteLength ??= length;
    }
    return { sha256, byteLength, acceptsRanges };
  } finally {
    await response.body?.cancel().catch(() => undefined);
  }
}

/** Bytes of a local file or a URL (GET, redirects followed, HF token for Hugging Face hosts). */
export async function* sourceBytes(location: string, options: HttpOptions = {}): ByteChunks {
  if (!isHttpUrl(location)) {
    for await (const chunk of createReadStream(location, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
    return;
  }
  const response = await httpFetch(location, {}, options);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw httpError(location, response);
  }
  for await (const chunk of response.body) yield chunk;
}

/** Passes chunks through unchanged, calling `see` on each (hashing, byte counting). */
export async function* tap(chunks: ByteChunks, see: (chunk: Uint8Array) => void): ByteChunks {
  for await (const chunk of chunks) {
    see(chunk);
    yield chunk;
  }
}

/** Gunzips a byte stream. */
export async function* gunzip(chunks: ByteChunks): ByteChunks {
  const stream = Readable.from(chunks).pipe(createGunzip());
  for await (const chunk of stream) yield chunk as Buffer;
}

/** Full sha256 (hex) of a local file, streamed. */
export async function sha256OfFile(file: string, onBytes?: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
  }
  return hash.digest('hex');
}

/** A local file that must exist and be a regular file (ValidationError otherwise). Returns its size. */
export async function checkLocalFile(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw ValidationError.ofField(`Not a file: ${file}`, { path: 'source', message: 'not a file' }, 'NOT_A_FILE', { file });
    return info.size;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw ValidationError.ofField(`File not found: ${file}`, { path: 'source', message: 'file not found' }, 'FILE_NOT_FOUND', { file });
  }
}

export interface TempDownload {
  path: string;
  sha256: string;
  bytes: number;
  /** Removes the temp directory. */
  cleanup(): Promise<void>;
}

/** Downloads a URL to a file under the OS temp dir, hashing while writing. */
export async function downloadToTemp(
  url: string,
  options: HttpOptions = {},
  onBytes?: (bytes: number, total: number | null) => void,
): Promise<TempDownload> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'benchhub-download-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const response = await httpFetch(url, {}, options);
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw httpError(url, response);
    }
    const total = Number(response.headers.get('content-length')) || null;
    const file = path.join(dir, sourceFileName(url).replace(/[^\w.-]+/g, '_') || 'download');
    const hash = createHash('sha256');
    let bytes = 0;
    const hasher = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        bytes += chunk.length;
        onBytes?.(bytes, total);
        callback(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), hasher, createWriteStream(file));
    return { path: file, sha256: hash.digest('hex'), bytes, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
