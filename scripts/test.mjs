// `npm test`: every workspace's tests on the embedded SQLite database and every test that touches a
// database again on PostgreSQL (TEST_DATABASE=postgres: each test creates a throwaway database with a
// unique name on POSTGRES_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres, and drops it).
// The PostgreSQL pass runs each workspace's `test:postgres` script; pure workspaces (core, the web app's
// unit tests) have none. `npm run test:sqlite` / `npm run test:postgres` run one pass.
//
// The two passes run at the same time, each one workspace and one test file at a time: most of a pass is
// waiting (processes starting, evaluations against test models with latency, browsers), so on two cores
// both together take little longer than the longer one alone. Their tests share nothing: every stack has
// its own database, redis-server and ports. Each pass's lines are prefixed with its name. A failing workspace
// does not stop the others of its pass (turbo --continue): one run reports every failure.
//
//   node scripts/test.mjs [--sqlite | --postgres]
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
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

const children = new Set();
// Interrupted: pass it on, so each vitest stops its stacks before exiting.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));

function run(label, command, args, env) {
  return new Promise((resolve) => {
    // Each vitest marks (and at its end kills) the processes it started: passes must not share a mark.
    const childEnv = { ...process.env, ...env };
    delete childEnv.BENCHHUB_TEST_RUN;
    const child = spawn(command, args, { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    for (const stream of [child.stdout, child.stderr]) readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${label}] ${line}`));
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

// A PostgreSQL that refuses us is said in one line before anything starts.
for (const pass of chosen.filter((p) => p.preflight)) {
  const code = await run(pass.name, bin('tsx'), [path.join('prisma', 'scripts', 'check-test-postgres.ts')], pass.env);
  if (code !== 0) {
    console.log(`test: ${pass.name} pass FAILED (its database is not reachable, see above); no tests run`);
    process.exit(1);
  }
}

const started = Date.now();
const results = await Promise.all(
  chosen.map(async (pass) => {
    const passStarted = Date.now();
    console.log(`test: ${pass.name} pass (TEST_DATABASE=${pass.env.TEST_DATABASE})`);
    const code = await run(pass.name, bin('turbo'), ['run', pass.task, '--concurrency=1', '--continue=dependencies-successful'], pass.env);
    return { ...pass, code, seconds: Math.round((Date.now() - passStarted) / 1000) };
  }),
);
const minutes = (seconds) => `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
const line = results.map((r) => `${r.name} ${r.code === 0 ? 'passed' : 'FAILED'} in ${minutes(r.seconds)}`).join(', ');
console.log(`test: ${line}; wall time ${minutes(Math.round((Date.now() - started) / 1000))}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
