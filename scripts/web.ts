// `npm run web`: the built web app alone (SvelteKit, adapter-node), for deployments that run it on machines of its
// own behind a reverse proxy (DEPLOY.md); `npm start` runs the same build inside its own process instead.
// It listens on HOST:WEB_PORT and forwards /graphql, /export and /api/auth to BENCHHUB_API_URL (when the proxy
// sends them here rather than to the API servers). SIGTERM stops it cleanly (adapter-node closes its server).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// The configuration module only: no Prisma client in this process.
import { REPO_ROOT, configOrExit } from '@benchhub/db/config';

const settings = configOrExit();
const origins = settings.WEB_ORIGIN ?? [];
const apiUrl = settings.BENCHHUB_API_URL ?? `http://127.0.0.1:${settings.PORT}`;
// adapter-node reads its own variables (prefix BENCHHUB_WEB_, svelte.config.js). With one public origin it is the
// app's URL origin (adapter-node's ORIGIN), as the browser sees it behind a TLS-terminating proxy.
Object.assign(process.env, {
  BENCHHUB_WEB_PORT: String(settings.WEB_PORT),
  BENCHHUB_WEB_HOST: settings.HOST,
  BENCHHUB_API_URL: apiUrl,
  ...(origins.length === 1 ? { BENCHHUB_WEB_ORIGIN: origins[0] } : {}),
});
await import(pathToFileURL(path.join(REPO_ROOT, 'web', 'build', 'index.js')).href);
