// Generates both Prisma clients from prisma/schema.prisma: the SQLite one (and the Pothos types)
// from the schema itself, the PostgreSQL one from the schema derived from it (prisma/src/providers.ts).
// Offline: `prisma generate` never runs the native schema engine, so it is pointed at /bin/false.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/config';
import { writeFileSync } from 'node:fs';
import { GENERATED_STAMP, POSTGRES_SCHEMA_PATH, PRISMA_DIR, SCHEMA_PATH, schemaStamp, writePostgresSchema } from '../src/providers';

const prisma = path.join(REPO_ROOT, 'node_modules', '.bin', 'prisma');

function generate(schema: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(prisma, ['generate', '--schema', schema], {
      cwd: PRISMA_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate --schema ${path.relative(REPO_ROOT, schema)} exited with ${code}`))));
  });
}

writePostgresSchema();
await Promise.all([generate(SCHEMA_PATH), generate(POSTGRES_SCHEMA_PATH)]);
writeFileSync(GENERATED_STAMP, schemaStamp());
