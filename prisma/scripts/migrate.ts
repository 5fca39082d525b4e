// Usage: npm run db:migrate   — applies the pending migrations of DATABASE_URL's provider.
// A deploy step for PostgreSQL (run it once per release, before starting servers and workers: they
// refuse to start against a schema that is behind); safe to run from several machines at once (an
// advisory lock makes the others wait, then find nothing to do).
import '../src/config-check';
import { databaseUrl } from '../src/config';
import { describeDatabase, applyMigrations, migrationNames } from '../src/migrate';
import { DatabaseUnavailableError } from '../src/postgres';
import { providerOf } from '../src/providers';

const url = databaseUrl();
try {
  const applied = await applyMigrations(url);
  console.log(
    applied.length > 0
      ? `db:migrate: applied ${applied.length} migration${applied.length > 1 ? 's' : ''} to ${describeDatabase(url)}: ${applied.join(', ')}`
      : `db:migrate: ${describeDatabase(url)} is up to date (${migrationNames(providerOf(url)).length} migrations)`,
  );
} catch (error) {
  console.error(error instanceof DatabaseUnavailableError ? error.message : `db:migrate failed on ${describeDatabase(url)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
}
