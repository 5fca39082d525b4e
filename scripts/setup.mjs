// `npm install` runs this (postinstall): generate both Prisma clients (SQLite and PostgreSQL), apply
// migrations to DATABASE_URL (SQLite .data/benchhub.db by default), install baselines and the sample benchmark,
// then build the services, the CLI and the web app.
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
run(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'prisma', 'scripts', 'generate.ts')]);
run(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'setup-database.ts')]);
// The bundles `npm start` and the CLI run, and the production web app: built now, so the first start is quick
// (both are rebuilt later only when their sources change).
run(process.execPath, [path.join(root, 'scripts', 'build-services.mjs')]);
run(process.execPath, [path.join(root, 'scripts', 'build-web.mjs')]);
