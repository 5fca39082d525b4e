// GraphiQL from local files: Yoga's default page loads its script, styles, editor workers and favicon from a CDN
// and stays on "Loading…" offline. The same GraphiQL build ships in @graphql-yoga/render-graphiql; its parts are
// served here as separate, compressed, immutable files under <endpoint>/graphiql/<version>/ (so they also pass
// through the web app's /graphql proxy), and the page itself is small. The 9 MB of assets are loaded on the first
// GraphiQL request, not at start (idle memory).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlibConstants } from 'node:zlib';
import type { GraphiQLOptions } from 'graphql-yoga';

const gzip = promisify(gzipCallback);
const VERSION: string = createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json').version;

const FAVICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><path d="M8 22V10h3v12zm6.5 0V6h3v16zm6.5 0v-8h3v8z" fill="#fff"/></svg>',
  );

type Part = 'css' | 'js' | 'editorWorkerService' | 'jsonWorker' | 'graphqlWorker' | 'boot';
const FILES: Record<string, { part: Part; type: string }> = {
  'boot.js': { part: 'boot', type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { part: 'css', type: 'text/css; charset=utf-8' },
  'graphiql.js': { part: 'js', type: 'text/javascript; charset=utf-8' },
  'editor.worker.js': { part: 'editorWorkerService', type: 'text/javascript; charset=utf-8' },
  'json.worker.js': { part: 'jsonWorker', type: 'text/javascript; charset=utf-8' },
  'graphql.worker.js': { part: 'graphqlWorker', type: 'text/javascript; charset=utf-8' },
};

interface Asset {
  type: string;
  raw: Buffer;
  gzipped: Buffer;
}

/**
 * Starts GraphiQL from the options in the page's JSON data block. A file, not an inline script, so the page's
 * Content-Security-Policy can be `script-src 'self'` (see GRAPHIQL_CSP).
 */
const BOOT = `(() => {
  const { base, options } = JSON.parse(document.getElementById('graphiql-options').textContent);
  const workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => base + '/' + workers[label] };
  const script = document.createElement('script');
  script.src = base + '/graphiql.js';
  script.onload = () => YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), options);
  document.body.appendChild(script);
})();
`;

let assets: Promise<Map<string, Asset>> | undefined;

function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= (async () => {
    const parts = await import('@graphql-yoga/render-graphiql/graphiql');
    const entries = await Promise.all(
      Object.entries(FILES).map(async ([name, { part, type }]) => {
        const raw = Buffer.from(part === 'boot' ? BOOT : parts[part], 'utf8');
        const gzipped = await gzip(raw, { level: 6, memLevel: zlibConstants.Z_DEFAULT_MEMLEVEL });
        return [name, { type, raw, gzipped }] as const;
      }),
    );
    return new Map(entries);
  })();
  return assets;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
// JSON inside <script>: "</script>" and U+2028/2029 must not end or break the script.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The prefix under which the assets of this GraphiQL version are served. */
export function graphiqlAssetBase(endpoint: string): string {
  return `${endpoint}/graphiql/${VERSION}`;
}

/**
 * The GraphiQL page (Yoga's `renderGraphiQL`): same options as Yoga's own, assets from this server, no inline script
 * (served with GRAPHIQL_CSP by the security plugin).
 */
export function renderLocalGraphiQL(endpoint: string) {
  const base = graphiqlAssetBase(endpoint);
  return (options: GraphiQLOptions): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${FAVICON}" />
    <link rel="stylesheet" href="${base}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${scriptJson({ base, options })}</script>
    <script src="${base}/boot.js"></script>
  </body>
</html>`;
}

/**
 * Serves `<endpoint>/graphiql/<version>/<file>`; false for any other request. Assets are immutable (the version is
 * in the path) and sent gzip-compressed to clients that accept it.
 */
export async function handleGraphiqlAsset(req: IncomingMessage, res: ServerResponse, endpoint: string): Promise<boolean> {
  const prefix = `${endpoint}/graphiql/`;
  const pathname = (req.url ?? '').split('?')[0]!;
  if (!pathname.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const [version, name, ...rest] = pathname.slice(prefix.length).split('/');
  const known = version === VERSION && rest.length === 0 && name !== undefined && name in FILES;
  if (!known) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return true;
  }
  const asset = (await loadAssets()).get(name)!;
  const useGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = useGzip ? asset.gzipped : asset.raw;
  res.writeHead(200, {
    'content-type': asset.type,
    'content-length': body.length,
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
