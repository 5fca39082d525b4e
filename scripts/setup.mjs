// `npm run setup`, and `npm install` (postinstall, with --postinstall): generate both Prisma clients
// (SQLite and PostgreSQL) when they are missing or stale, apply migrations to DATABASE_URL, install
// baselines and the sample benchmark. At install only the embedded SQLite database is set up: on
// PostgreSQL migrations are a deploy step (`npm run setup` or `npm run db:migrate`).
// Offline: Prisma's native engine is never downloaded (see prisma/src/schema-engine.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, cwd = root) => {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(path.join(root, 'node_modules', '.bin', 'prisma'))) {
  console.log('setup: dependencies not installed yet, skipping');
  process.exit(0);
}
const mode = process.argv.includes('--postinstall') ? '--postinstall' : '--setup';
run(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'prisma', 'scripts', 'ensure-generated.ts')]);
run(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'setup-database.ts'), mode]);
// The bundles `npm start` and the CLI run, and the production web app: built now, so the first start is quick
// (both are rebuilt later only when their sources change).
run(process.execPath, [path.join(root, 'scripts', 'build-services.mjs')]);
run(process.execPath, [path.join(root, 'scripts', 'build-web.mjs')]);
