// Usage: npm run db:migrate:create -- <name>
// Writes prisma/migrations/<stamp>_<name>/migration.sql (SQLite) and
// prisma/migrations-postgresql/<stamp>_<name>/migration.sql (PostgreSQL, replayed on a throwaway
// shadow database on POSTGRES_ADMIN_URL) for the changes to prisma/schema.prisma.
import { createMigrations } from '../src/migrate';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run db:migrate:create -- <migration_name>');
  process.exit(2);
}
try {
  const written = await createMigrations(name);
  if (written.length === 0) console.log('schema.prisma and the migrations of both providers are already in sync');
  for (const { provider, dir } of written) console.log(`created ${dir} (${provider})`);
  // The schema changed: both clients follow it.
  if (written.length > 0) await import('./generate');
} catch (error) {
  console.error(`db:migrate:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
