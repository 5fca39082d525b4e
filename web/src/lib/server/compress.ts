/**
 * Rendered pages and data compressed on the way out (built assets are precompressed at build time and served by
 * adapter-node before this runs). Streams stay streams: CompressionStream flushes as the page renders.
 */
const COMPRESSIBLE = /^(text\/(html|css|plain|csv|javascript)|application\/(json|javascript|xml)|image\/svg\+xml)/;
const MIN_BYTES = 1024;

export function compressResponse(requestHeaders: Headers, response: Response): Response {
  const type = response.headers.get('content-type') ?? '';
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  if (
    !response.body ||
    response.headers.has('content-encoding') ||
    !COMPRESSIBLE.test(type) ||
    (Number.isFinite(length) && length < MIN_BYTES) ||
    !/\bgzip\b/.test(requestHeaders.get('accept-encoding') ?? '')
  ) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.set('content-encoding', 'gzip');
  headers.delete('content-length');
  headers.append('vary', 'accept-encoding');
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), { status: response.status, statusText: response.statusText, headers });
}
