// `npm run test:faults`: the fault suite (server/test/faults, RELIABILITY.md) on the embedded SQLite
// database and on PostgreSQL (TEST_DATABASE=postgres: throwaway databases on POSTGRES_ADMIN_URL).
// The storage scenarios mostly wait out their 90 s windows, so they run in a lane of their own
// beside the busy scenarios (processes, Redis, load); each lane runs its files one at a time.
//
//   node scripts/test-faults.mjs [--sqlite | --postgres] [file filter…]
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * Two lanes run at once; each is a list of steps run in order, a step being files run at the same
 * time ([database, file]). The storage files (SQLite and PostgreSQL) mostly wait out their 90 s
 * windows, so they share the first step; at most two busy files run at any time. Balanced for wall
 * time. Load scenarios (CPU-bound, measuring the embedded setup) run on SQLite only.
 */
const LANES = [
  [[['sqlite', 'storage'], ['postgres', 'storage']], [['postgres', 'processes']], [['postgres', 'redis']]],
  [[['sqlite', 'processes']], [['sqlite', 'redis']], [['sqlite', 'load']]],
];

const argv = process.argv.slice(2);
const only = argv.find((arg) => arg === '--sqlite' || arg === '--postgres')?.slice(2);
const filters = argv.filter((arg) => !arg.startsWith('--'));
const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--sqlite' && arg !== '--postgres');
if (unknown.length) {
  console.error(`test:faults: unknown option ${unknown[0]} (use --sqlite or --postgres, and file names to filter)`);
  process.exit(2);
}
const chosen = ([database, file]) => (!only || only === database) && (filters.length === 0 || filters.some((f) => file.includes(f)));

const children = new Set();
// Interrupted: pass it on, so each vitest stops its stacks (and unmounts) before exiting.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));

function run(label, command, args, env) {
  return new Promise((resolve) => {
    // Each vitest marks (and at its end kills) the processes it started: lanes must not share a mark.
    const childEnv = { ...process.env, ...env };
    delete childEnv.BENCHHUB_TEST_RUN;
    const child = spawn(command, args, { cwd: path.join(root, 'server'), env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    for (const stream of [child.stdout, child.stderr]) readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${label}] ${line}`));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const TEST_DATABASE = { sqlite: 'sqlite', postgres: 'postgres' };
if (!only || only === 'postgres') {
  const code = await run('postgres preflight', bin('tsx'), [path.join(root, 'prisma', 'scripts', 'check-test-postgres.ts')], { TEST_DATABASE: 'postgres' });
  if (code !== 0) {
    console.error('test:faults: PostgreSQL is not reachable for the PostgreSQL pass (see above)');
    process.exit(1);
  }
}

const started = Date.now();
const results = [];
async function runFile([database, file]) {
  const label = `${database} ${file}`;
  const stepStarted = Date.now();
  const code = await run(label, bin('vitest'), ['run', '--config', 'vitest.faults.config.ts', `test/faults/${file}.faults.ts`], { TEST_DATABASE: TEST_DATABASE[database] });
  results.push({ label, code, seconds: Math.round((Date.now() - stepStarted) / 1000) });
}
await Promise.all(
  LANES.map(async (lane) => {
    for (const step of lane) await Promise.all(step.filter(chosen).map(runFile));
  }),
);
const total = Math.round((Date.now() - started) / 1000);
console.log(`test:faults: ${results.map((r) => `${r.label} ${r.code === 0 ? 'passed' : 'FAILED'} (${r.seconds} s)`).join(', ')}; wall time ${total} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
