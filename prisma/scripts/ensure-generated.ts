// Regenerates both Prisma clients when they are missing or older than prisma/schema.prisma (run
// before typecheck and tests, so a checkout that pulled a schema change needs no manual step).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../src/config';
import { GENERATED_STAMP, POSTGRES_SCHEMA_PATH, PRISMA_DIR, schemaStamp } from '../src/providers';

const upToDate =
  existsSync(GENERATED_STAMP) &&
  readFileSync(GENERATED_STAMP, 'utf8') === schemaStamp() &&
  existsSync(path.join(PRISMA_DIR, 'generated', 'client', 'client.ts')) &&
  existsSync(path.join(path.dirname(POSTGRES_SCHEMA_PATH), 'client', 'client.ts'));
if (!upToDate) {
  console.log('prisma: clients missing or older than schema.prisma; generating both');
  const result = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(PRISMA_DIR, 'scripts', 'generate.ts')], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
