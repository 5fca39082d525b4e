// Bundles the server, worker and CLI into single ES modules (dist/*.mjs) with esbuild: workspace
// code is inlined, npm dependencies stay external. Running a bundle with plain node avoids the
// TypeScript loader at run time (about half the resident memory of a worker). Takes well under a second.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dependencies = new Set();
for (const workspace of ['prisma', 'server', 'worker']) {
  const pkg = JSON.parse(readFileSync(path.join(root, workspace, 'package.json'), 'utf8'));
  for (const name of Object.keys(pkg.dependencies ?? {})) if (!name.startsWith('@benchhub/')) dependencies.add(name);
}
const external = [...dependencies].flatMap((name) => [name, `${name}/*`]).concat(['@prisma/*']);

const entries = {
  'worker/dist/main': 'worker/src/main.ts',
  'server/dist/main': 'server/src/main.ts',
  'server/dist/cli': 'server/src/cli/main.ts',
};
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(entries).map(([out, src]) => [out, path.join(root, src)])),
  outdir: root,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give ES modules one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
console.log(`built ${Object.keys(entries).map((e) => `${e}.mjs`).join(', ')}`);
