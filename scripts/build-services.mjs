// Bundles the server, the worker and the CLI into ES modules with esbuild: workspace code is inlined, npm
// dependencies stay external. Running a bundle with plain node avoids the TypeScript loader at run time (about
// half the resident memory of a worker, and 2–9 s per CLI call).
//   server/dist/main.mjs, worker/dist/main.mjs   one file each
//   server/dist/cli/main.mjs + <name>.command.mjs + chunks/   code-split: a command loads only what it imports,
//     so `plan`, `score` and `--help` never load Prisma or BullMQ (their modules are imported lazily)
// `node scripts/build-services.mjs` builds when the sources changed since the last build (see build-state.mjs);
// `--force` always builds. Takes about a second.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT as root, buildState, withBuildLock } from './build-state.mjs';

export const servicesBuild = buildState({
  inputs: ['core/src', 'prisma/src', 'prisma/generated', 'server/src', 'worker/src', 'package-lock.json', 'scripts/build-services.mjs', 'scripts/start.ts', 'scripts/web.ts', 'scripts/setup-database.ts'],
  outputs: ['server/dist/main.mjs', 'worker/dist/main.mjs', 'server/dist/cli/main.mjs', 'scripts/dist/start.mjs', 'scripts/dist/web.mjs', 'scripts/dist/setup-database.mjs'],
  stamp: 'server/dist/.build-stamp.json',
  extra: process.versions.node.split('.')[0],
});

function externals() {
  const dependencies = new Set();
  for (const workspace of ['prisma', 'server', 'worker']) {
    const pkg = JSON.parse(readFileSync(path.join(root, workspace, 'package.json'), 'utf8'));
    for (const name of Object.keys(pkg.dependencies ?? {})) if (!name.startsWith('@benchhub/')) dependencies.add(name);
  }
  return [...dependencies].flatMap((name) => [name, `${name}/*`]).concat(['@prisma/*']);
}

// Prisma's generated client loads its query compiler from a module whose only export is the WebAssembly as a
// 2 MB base64 string; an ES module is never unloaded, so its source and that string (4 MB) stayed in every
// process's heap for good. The bundles read the same file's text once instead, leaving nothing behind.
const WASM_IMPORT = /await import\("(@prisma\/client\/runtime\/query_compiler_[\w.]+\.wasm-base64)\.mjs"\)/g;
const prismaWasmFromText = {
  name: 'prisma-wasm-from-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]prisma[\\/]generated[\\/].*[\\/]internal[\\/]class\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(
        WASM_IMPORT,
        (_, specifier) =>
          `await (async () => { const text = await (await import('node:fs/promises')).readFile((await import('node:module')).createRequire(import.meta.url).resolve(${JSON.stringify(`${specifier}.js`)}), 'utf8'); return { wasm: text.slice(text.indexOf('"') + 1, text.indexOf('"', text.indexOf('"') + 1)) }; })()`,
      );
      if (contents === source) throw new Error(`${args.path}: Prisma's query compiler import changed; update prismaWasmFromText in scripts/build-services.mjs`);
      return { contents, loader: 'ts' };
    });
  },
};

async function bundle() {
  const { build } = await import('esbuild');
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: externals(),
    sourcemap: true,
    logLevel: 'warning',
    plugins: [prismaWasmFromText],
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS dependencies call require(); give ES modules one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  };
  const cliDir = path.join(root, 'server', 'src', 'cli');
  const commandFiles = readdirSync(cliDir).filter((f) => /\.command\.ts$/.test(f));
  // The CLI is written to a fresh folder and swapped in, so a CLI call running meanwhile never sees half a build.
  const cliOut = path.join(root, 'server', 'dist', 'cli');
  const cliNext = `${cliOut}.next`;
  rmSync(cliNext, { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: {
        'worker/dist/main': path.join(root, 'worker/src/main.ts'),
        'server/dist/main': path.join(root, 'server/src/main.ts'),
        // `npm start` (scripts/start.mjs) and its database step run these: no TypeScript loader on the way up.
        'scripts/dist/start': path.join(root, 'scripts/start.ts'),
        // `npm run web`: the web app alone (DEPLOY.md).
        'scripts/dist/web': path.join(root, 'scripts/web.ts'),
        'scripts/dist/setup-database': path.join(root, 'scripts/setup-database.ts'),
      },
      outdir: root,
    }),
    build({
      ...common,
      entryPoints: ['main.ts', ...commandFiles].map((f) => path.join(cliDir, f)),
      outbase: cliDir,
      outdir: cliNext,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    }),
  ]);
  const old = `${cliOut}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(cliOut)) renameSync(cliOut, old);
  renameSync(cliNext, cliOut);
  rmSync(old, { recursive: true, force: true });
}

/** Builds when stale (or always with force); true when it built. */
export async function buildServices({ force = false, quiet = false } = {}) {
  if (!force && servicesBuild.fresh()) return false;
  return withBuildLock('services', async () => {
    if (!force && servicesBuild.fresh()) return false; // another process built it while we waited
    const snapshot = servicesBuild.snapshot();
    const started = Date.now();
    await bundle();
    servicesBuild.record(snapshot);
    if (!quiet) console.error(`built server/dist/main.mjs, worker/dist/main.mjs, server/dist/cli/, scripts/dist/ in ${Date.now() - started} ms`);
    return true;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServices({ force: process.argv.includes('--force') });
}
