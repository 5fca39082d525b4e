// `npm test`: every workspace's tests on the embedded SQLite database, then every test that touches a
// database again on PostgreSQL (TEST_DATABASE=postgres: each test creates a throwaway database with a
// unique name on POSTGRES_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres, and drops it).
// The PostgreSQL pass runs each workspace's `test:postgres` script; pure workspaces (core, the web app's
// unit tests) have none. `npm run test:sqlite` / `npm run test:postgres` run one pass.
//
//   node scripts/test.mjs [--sqlite | --postgres]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const PASSES = [
  { name: 'sqlite', task: 'test', env: { TEST_DATABASE: 'sqlite' } },
  { name: 'postgres', task: 'test:postgres', env: { TEST_DATABASE: 'postgres' }, preflight: true },
];

const argv = process.argv.slice(2);
const unknown = argv.filter((arg) => arg !== '--sqlite' && arg !== '--postgres');
if (unknown.length) {
  console.error(`test: unknown option ${unknown[0]} (use --sqlite or --postgres, or nothing for both passes)`);
  process.exit(2);
}
const chosen = PASSES.filter((pass) => argv.length === 0 || argv.includes(`--${pass.name}`));

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results = [];
for (const pass of chosen) {
  const started = Date.now();
  console.log(`test: ${pass.name} pass (TEST_DATABASE=${pass.env.TEST_DATABASE})`);
  let code = pass.preflight ? await run(bin('tsx'), [path.join('prisma', 'scripts', 'check-test-postgres.ts')], pass.env) : 0;
  if (code === 0) code = await run(bin('turbo'), ['run', pass.task, '--concurrency=1'], pass.env);
  results.push({ ...pass, code, seconds: Math.round((Date.now() - started) / 1000) });
}
const line = results.map((r) => `${r.name} ${r.code === 0 ? 'passed' : 'FAILED'} in ${Math.floor(r.seconds / 60)}m${String(r.seconds % 60).padStart(2, '0')}s`).join(', ');
console.log(`test: ${line}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
