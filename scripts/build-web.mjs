// Builds the web app for production (SvelteKit + adapter-node → web/build/) when its sources changed since the
// last build (content hash, see build-state.mjs): at install, and on `npm start` after an edit or a pull. A build
// takes one to two minutes on two cores; an unchanged tree is checked in milliseconds.
// `node scripts/build-web.mjs` builds when stale; `--force` always builds.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, buildState, withBuildLock } from './build-state.mjs';

export const webBuild = buildState({
  inputs: ['web/src', 'web/static', 'web/svelte.config.js', 'web/vite.config.ts', 'web/tsconfig.json', 'web/package.json', 'schema.graphql', 'package-lock.json', 'scripts/build-web.mjs'],
  outputs: ['web/build/index.js', 'web/build/handler.js'],
  stamp: 'web/build/.build-stamp.json',
  extra: process.versions.node.split('.')[0],
});

const webDir = path.join(REPO_ROOT, 'web');
const bin = (name) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

function run(command, args, quiet) {
  const result = spawnSync(command, args, { cwd: webDir, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Builds when stale (or always with force); true when it built. */
export async function buildWeb({ force = false, quiet = false } = {}) {
  if (!force && webBuild.fresh()) return false;
  return withBuildLock('web', async () => {
    if (!force && webBuild.fresh()) return false; // built by another process while we waited
    const started = Date.now();
    console.error('Building the web app (first start, or its sources changed; about a minute)…');
    // Generated sources first (route types, GraphQL types), so the snapshot is of what gets built.
    run(bin('svelte-kit'), ['sync'], quiet);
    run(bin('gql-tada'), ['generate', 'output'], quiet);
    const snapshot = webBuild.snapshot();
    run(bin('vite'), ['build', '--logLevel', quiet ? 'error' : 'warn'], quiet);
    webBuild.record(snapshot);
    console.error(`Built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  }, 900_000);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb({ force: process.argv.includes('--force') });
}
